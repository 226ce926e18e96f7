import { Group, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appendPage,
  PageHeading,
  QueryStatus,
  RecordTable,
  ShowMoreButton,
  type RecordColumn,
} from '@iep/web/ui';

/** One page of a district list as the API answers it (accounts, students). */
type Paged<Row> = {
  totalCount: number;
  hasNextPage: boolean;
  endCursor?: string | null;
  nodes: readonly Row[];
};

/** What a list page needs of its query's result (Apollo's useQuery answers all of it). */
type ListQuery<Q> = {
  data?: Q;
  previousData?: Q;
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
  fetchMore: (options: {
    variables: { after?: string | null };
    updateQuery: (previous: Q, options: { fetchMoreResult: Q }) => Q;
  }) => Promise<unknown>;
};

type List<Row> = {
  page: Paged<Row> | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
  showMore: () => void;
};

/**
 * The list's page on screen, from the query's `field`: while a new search loads, the last answer stays (and an
 * open dialog keeps its record); "show more" appends the next page to it.
 */
export function useListPage<F extends string, Q extends { [K in F]: Paged<unknown> }>(
  query: ListQuery<Q>,
  field: F,
) {
  const page: Q[F] | undefined = (query.data ?? query.previousData)?.[field];
  const list = {
    page,
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    showMore: () =>
      void query.fetchMore({
        variables: { after: page?.endCursor },
        updateQuery: appendPage(field, 'nodes'),
      }),
  };
  return { page, list };
}

type Props<Row> = {
  /** `admin.<section>.heading`, `.intro`, `.search`, `.caption` and `.empty` name the page and its table. */
  section: 'users' | 'students';
  search: string;
  onSearchChange: (search: string) => void;
  /** The other filters and the "create" button, on the line of the search field. */
  filters: ReactNode;
  list: List<Row>;
  /** The table of the page's records. */
  table: { minWidth: number; rowKey: (row: Row) => string; columns: RecordColumn<Row>[] };
};

/** A district list (accounts, students): search and filters, the table, and "show more" a page at a time. */
export function AdminListPage<Row>({ section, search, onSearchChange, filters, list, table }: Props<Row>) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`admin.${section}.heading`)}</PageHeading>
      <Text mb="md">{t(`admin.${section}.intro`)}</Text>
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t(`admin.${section}.search`)}
            type="search"
            value={search}
            onChange={(event) => onSearchChange(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          {filters}
        </Group>
        <QueryStatus
          data={list.page}
          loading={list.loading}
          error={list.error}
          errorTitle={t('admin.common.loadErrorTitle')}
          refetch={list.refetch}
          errorWithData
        />
        {list.page && (
          <RecordTable
            minWidth={table.minWidth}
            caption={t(`admin.${section}.caption`, { count: list.page.totalCount })}
            rows={list.page.nodes}
            rowKey={table.rowKey}
            empty={t(`admin.${section}.empty`)}
            columns={table.columns}
          />
        )}
        {list.page?.hasNextPage && (
          <ShowMoreButton onClick={list.showMore}>{t('admin.common.showMore')}</ShowMoreButton>
        )}
      </Stack>
    </>
  );
}
