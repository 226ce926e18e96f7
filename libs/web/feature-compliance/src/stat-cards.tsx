import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Counts } from './compliance-queries';

const COLOR: Record<string, string | undefined> = { overdue: 'red.8', dueThisWeek: 'orange.9', metLate: 'grape.8' };

/** The five totals at a glance; each card is one labelled number, read as a list. */
export function StatCards({ totals }: { totals: Counts }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  return (
    <SimpleGrid component="ul" cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {STATUSES.map((status) => (
        <Paper component="li" key={status} withBorder p="sm" radius="md">
          <Text size="sm" c="dimmed">
            {t(`compliance.status.${status}`)}
          </Text>
          <Text fz="xl" fw={700} c={COLOR[status]}>
            {number.format(totals[status])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
