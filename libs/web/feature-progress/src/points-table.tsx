import { Table, Text } from '@mantine/core';
import { useProgressText, type MeasureForText } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';
import { aimOn, type ChartGoal } from './chart-series';

type Point = { id: string; observedOn: string; value: number; setting: string; note: string; recordedBy: { displayName: string } };
type Props = { goal: ChartGoal & { measure: MeasureForText }; points: readonly Point[]; caption: string };

/** The chart's measurements as a table: what a screen reader reads, and what anyone can check a point against. */
export function PointsTable({ goal, points, caption }: Props) {
  const { t } = useTranslation();
  const { value, date } = useProgressText();
  return (
    <div role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped verticalSpacing="xs" miw={520}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('progress.chart.date')}</Table.Th>
            <Table.Th scope="col">{t('progress.chart.value')}</Table.Th>
            <Table.Th scope="col">{t('progress.chart.aimValue')}</Table.Th>
            <Table.Th scope="col">{t('progress.chart.setting')}</Table.Th>
            <Table.Th scope="col">{t('progress.chart.note')}</Table.Th>
            <Table.Th scope="col">{t('progress.chart.recordedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => {
            const aim = aimOn(goal, point.observedOn);
            return (
              <Table.Tr key={point.id}>
                <Table.Th scope="row" fw={500}>
                  {date(point.observedOn)}
                </Table.Th>
                <Table.Td>{value(goal.measure, point.value)}</Table.Td>
                <Table.Td>{aim === null ? '–' : value(goal.measure, Math.round(aim * 10) / 10)}</Table.Td>
                <Table.Td>{point.setting}</Table.Td>
                <Table.Td>
                  <Text size="sm">{point.note || '–'}</Text>
                </Table.Td>
                <Table.Td>{point.recordedBy.displayName}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
