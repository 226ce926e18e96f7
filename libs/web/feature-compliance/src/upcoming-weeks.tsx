import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@iep/web/ui';
import { DEADLINE_KINDS, type DeadlineKindName } from './compliance-queries';

type Week = { startDate: string; endDate: string; total: number; byKind: Array<{ kind: DeadlineKindName; count: number }> };

const COLORS: Record<DeadlineKindName, string> = {
  INITIAL_EVALUATION: 'indigo.6',
  FIRST_IEP_MEETING: 'cyan.7',
  MEETING_NOTICE: 'orange.6',
  SERVICE_START: 'grape.6',
  ANNUAL_REVIEW: 'blue.6',
  REEVALUATION: 'teal.7',
  PROGRESS_REPORT: 'lime.8',
  TRANSITION_PLAN: 'pink.6',
  RECORDS_REQUEST: 'yellow.8',
};

/**
 * What comes due in the next twelve weeks, stacked by kind. The chart is a picture for sighted readers
 * (its summary is its label); the same numbers follow as a table, which a screen reader reads instead.
 */
export function UpcomingWeeks({ weeks }: { weeks: Week[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const shortDate = (iso: string) =>
    new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const kinds = DEADLINE_KINDS.filter((kind) => weeks.some((week) => week.byKind.some((entry) => entry.kind === kind)));
  const data = weeks.map((week) => ({
    week: shortDate(week.startDate),
    ...Object.fromEntries(kinds.map((kind) => [kind, week.byKind.find((entry) => entry.kind === kind)?.count ?? 0])),
  }));
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  return (
    <Box component="section" aria-labelledby="compliance-weeks">
      <Title order={2} size="h3" id="compliance-weeks" mb="xs">
        {t('compliance.weeks.heading')}
      </Title>
      <div role="img" aria-label={t('compliance.weeks.chartLabel', { count: total, weeks: weeks.length })}>
        <BarChart
          h={280}
          data={data}
          dataKey="week"
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={kinds.map((kind) => ({ name: kind, label: t(`compliance.kinds.${kind}`), color: COLORS[kind] }))}
          barChartProps={{ accessibilityLayer: false }}
          tooltipAnimationDuration={0}
        />
      </div>
      <details style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
        <summary>
          <Text span fw={600}>
            {t('compliance.weeks.asTable')}
          </Text>
        </summary>
        <div role="region" aria-label={t('compliance.weeks.heading')} tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table striped verticalSpacing="xs" miw={420}>
            <Table.Caption>{t('compliance.weeks.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('compliance.weeks.week')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('compliance.weeks.total')}
                </Table.Th>
                <Table.Th scope="col">{t('compliance.weeks.byKind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weeks.map((week) => (
                <Table.Tr key={week.startDate}>
                  <Table.Th scope="row" fw={500}>
                    {t('compliance.weeks.range', { start: formatIsoDate(week.startDate, language), end: formatIsoDate(week.endDate, language) })}
                  </Table.Th>
                  <Table.Td ta="right">{week.total}</Table.Td>
                  <Table.Td>
                    {week.byKind.map((entry) => `${t(`compliance.kinds.${entry.kind}`)}: ${entry.count}`).join(', ') || '–'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </details>
    </Box>
  );
}
