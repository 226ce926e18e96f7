import { Anchor, Group, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link of a page's line of links; `false` (or nothing) leaves out one that does not apply here. */
export type PageLink = { to: string; label: ReactNode } | false | null | undefined;

type Props = {
  links: readonly PageLink[];
  /** Names the line as navigation (a `<nav>`), for a line that repeats on a set of pages. */
  label?: string;
  mb?: MantineSpacing;
};

/** The line of links under a page's heading: the way back, and the pages beside this one. */
export function PageLinks({ links, label, mb = 'md' }: Props) {
  return (
    <Group component={label ? 'nav' : 'div'} aria-label={label} gap="md" mb={mb} wrap="wrap">
      {links.map(
        (link) =>
          link && (
            <Anchor key={link.to} component={Link} to={link.to}>
              {link.label}
            </Anchor>
          ),
      )}
    </Group>
  );
}
