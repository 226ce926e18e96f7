import { Box } from '@mantine/core';
import { useProgressText } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import { chartSeries, dayToIso, type ChartGoal } from './chart-series';

type Props = {
  goal: ChartGoal & { area: string; measure: NonNullable<ChartGoal['measure']> & { scaleMin: number; scaleMax: number } };
  label: string;
};

/**
 * The goal's measurements, its aim line and its trend line. A picture for sighted readers, named by its
 * label; the same measurements follow as a table that a screen reader reads instead.
 */
export function GoalChart({ goal, label }: Props) {
  const { t } = useTranslation();
  const { date } = useProgressText();
  const series = chartSeries(goal);
  const days = [...series.points, ...series.aim, ...series.trend].map((point) => point.day);
  const domain: [number, number] = [Math.min(...days), Math.max(...days)];
  const tick = (day: number) => date(dayToIso(day));
  return (
    <Box role="img" aria-label={label} h={260}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="day" domain={domain} tickFormatter={tick} tickCount={4} allowDuplicatedCategory={false} />
          <YAxis type="number" dataKey="value" domain={[goal.measure.scaleMin, goal.measure.scaleMax === 100 ? 100 : 'auto']} width={48} />
          <Legend />
          <Line data={series.aim} dataKey="value" name={t('progress.chart.aim')} stroke="var(--mantine-color-teal-8)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          {series.trend.length > 0 && (
            <Line data={series.trend} dataKey="value" name={t('progress.chart.trend')} stroke="var(--mantine-color-orange-8)" dot={false} isAnimationActive={false} />
          )}
          <Scatter data={series.points} dataKey="value" name={t('progress.chart.points')} fill="var(--mantine-color-indigo-8)" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </Box>
  );
}
