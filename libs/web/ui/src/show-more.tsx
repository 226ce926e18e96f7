import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

/** "Show more" under a list that loads a page at a time; it stays at the start of the line. */
export function ShowMoreButton({
  onClick,
  children,
  mt,
}: {
  onClick: () => void;
  children: ReactNode;
  mt?: string;
}) {
  return (
    <Button variant="outline" mt={mt} style={{ alignSelf: 'flex-start' }} onClick={onClick}>
      {children}
    </Button>
  );
}

/**
 * The `updateQuery` of a `fetchMore` that appends the next page's items to a list field:
 * `fetchMore({ variables: { after }, updateQuery: appendPage('districtUsers', 'nodes') })`.
 */
export function appendPage<Field extends string, Items extends string>(field: Field, items: Items) {
  return <Q extends { [F in Field]: { [I in Items]: readonly unknown[] } }>(
    previous: Q,
    { fetchMoreResult }: { fetchMoreResult: Q },
  ): Q => ({
    ...fetchMoreResult,
    [field]: {
      ...fetchMoreResult[field],
      [items]: [...previous[field][items], ...fetchMoreResult[field][items]],
    },
  });
}
