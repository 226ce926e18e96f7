import { Group, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, QueryStatus, ShowMoreButton } from '@iep/web/ui';

type Props = {
  /** `admin.<section>.heading`, `.intro` and `.search` name the page, say what it is for and label the search. */
  section: 'users' | 'students';
  search: string;
  onSearchChange: (search: string) => void;
  /** The other filters and the "create" button, on the line of the search field. */
  filters: ReactNode;
  /** The list query: the page on screen (the last answer while a new search loads) and how to load the next. */
  list: {
    page: { hasNextPage: boolean } | undefined;
    loading: boolean;
    error?: unknown;
    refetch: () => unknown;
    showMore: () => void;
  };
  /** The table of the page's records. */
  children: ReactNode;
};

/** A district list (accounts, students): search and filters, the table, and "show more" a page at a time. */
export function AdminListPage({ section, search, onSearchChange, filters, list, children }: Props) {
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
        {list.page && children}
        {list.page?.hasNextPage && (
          <ShowMoreButton onClick={list.showMore}>{t('admin.common.showMore')}</ShowMoreButton>
        )}
      </Stack>
    </>
  );
}
