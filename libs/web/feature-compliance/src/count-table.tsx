import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Counts } from './compliance-queries';

export type CountRow = { key: string; label: ReactNode; counts: Counts };

/**
 * A table of counts by status, one row per kind, school or case manager. On a phone it scrolls sideways
 * inside a region that takes keyboard focus, so it can be scrolled without a mouse.
 */
export function CountTable({ caption, rowHeader, rows, note }: { caption: string; rowHeader: string; rows: CountRow[]; note?: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  return (
    <div role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped verticalSpacing="xs" miw={560}>
        <Table.Caption>
          {caption}
          {note && <Text span size="sm" c="dimmed"> {note}</Text>}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            {STATUSES.map((status) => (
              <Table.Th key={status} scope="col" ta="right">
                {t(`compliance.status.${status}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={STATUSES.length + 1}>{t('compliance.noDeadlines')}</Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              {STATUSES.map((status) => (
                <Table.Td key={status} ta="right" fw={status === 'overdue' && row.counts.overdue > 0 ? 700 : undefined}>
                  {number.format(row.counts[status])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
