import { Table, type TableProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

/** One column of a RecordTable: its header and what each row shows in it. */
export type RecordColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row: a row header (`<th scope="row">`), in bold. */
  rowHeader?: boolean;
  style?: CSSProperties;
};

type Props<Row> = {
  caption: ReactNode;
  columns: RecordColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in one full-width row when there are no rows; without it an empty list shows only the headers. */
  empty?: ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Defaults to a striped table with `verticalSpacing="sm"`. */
  tableProps?: TableProps;
  /** `native` (the default) scrolls with the page's own scrollbar. */
  scrollType?: 'native' | 'scrollarea';
};

/**
 * A captioned table of records, one row each, with column headers and (when a column names the row) row
 * headers, so a screen reader announces which record a cell belongs to.
 */
export function RecordTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  minWidth,
  tableProps,
  scrollType = 'native',
}: Props<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type={scrollType}>
      <Table striped verticalSpacing="sm" {...tableProps}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={index} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && empty !== undefined && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty}</Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column, index) =>
                column.rowHeader ? (
                  <Table.Th key={index} scope="row" fw={600} style={column.style}>
                    {column.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={index} style={column.style}>
                    {column.cell(row)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
