import { Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type Props = {
  title: ReactNode;
  children: ReactNode;
  /** h2 by default; every section card looks like an h3. */
  headingLevel?: 2 | 3 | 4;
  /** A fixed id for the heading, where a journey or a link points at it. */
  headingId?: string;
};

/** A bordered region of a page, named by its heading (`<section aria-labelledby>`). */
export function SectionCard({ title, children, headingLevel = 2, headingId }: Props) {
  const generated = useId();
  const id = headingId ?? generated;
  return (
    <Paper component="section" aria-labelledby={id} withBorder p={{ base: 'sm', sm: 'md' }}>
      <Title order={headingLevel} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
