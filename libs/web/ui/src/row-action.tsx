import { Button, Group, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Omit<ButtonProps, 'size'> & {
  /** The accessible name: the visible text and the record it acts on ("Edit Ana Ruiz"). */
  label: string;
  onClick: () => void;
  children: ReactNode;
};

/** A small button acting on one row of a table or list; `variant` defaults to `default`. */
export function RowAction({ label, onClick, children, variant = 'default', ...props }: Props) {
  return (
    <Button size="xs" variant={variant} aria-label={label} onClick={onClick} {...props}>
      {children}
    </Button>
  );
}

/** A row's buttons side by side, kept on one line. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap">
      {children}
    </Group>
  );
}
