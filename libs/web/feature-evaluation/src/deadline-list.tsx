import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '@iep/web/data-access';
import { formatIsoDate } from '@iep/web/ui';

export const EvaluationDeadlineFragment = graphql(`
  fragment EvaluationDeadline_deadline on EvaluationDeadline {
    kind
    eventDate
    dueDate
    metOn
    status
    closedOn
    closedReason
    explanation
    estimated
  }
`);

const STATUS_COLOR: Record<string, string> = { OVERDUE: 'red', DUE_THIS_WEEK: 'orange', MET_LATE: 'orange', MET_ON_TIME: 'green', UPCOMING: 'blue' };

/** Deadlines as a family reads them: what is due, by when, how it was counted, and whether it was met. */
export function DeadlineList({ deadlines }: { deadlines: ReadonlyArray<FragmentType<typeof EvaluationDeadlineFragment>> }) {
  const { t, i18n } = useTranslation();
  const items = deadlines.map((deadline) => getFragmentData(EvaluationDeadlineFragment, deadline));
  if (items.length === 0) return null;
  return (
    <List spacing="xs" listStyleType="none" p={0}>
      {items.map((d) => (
        <List.Item key={`${d.kind}-${d.eventDate}`}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700}>{t(`evaluation.deadlines.${d.kind as 'REEVALUATION'}`)}</Text>
            <Text>{t('evaluation.dueOn', { date: formatIsoDate(d.dueDate, i18n.language) })}</Text>
            <Badge color={STATUS_COLOR[d.status] ?? 'gray'}>
              {d.metOn ? t('evaluation.metOn', { date: formatIsoDate(d.metOn, i18n.language) }) : t(`evaluation.status.${d.status}`)}
            </Badge>
          </Group>
          {d.closedOn && d.closedReason ? (
            <Text size="sm" fw={700}>{t(`deadlineClosed.reason.${d.closedReason}`, { date: formatIsoDate(d.closedOn, i18n.language) })}</Text>
          ) : null}
          <Text size="sm">{d.explanation}</Text>
          {d.estimated && <Text size="sm">{t('evaluation.estimated')}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
