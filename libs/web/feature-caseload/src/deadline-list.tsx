import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineClosedReason, DeadlineKind, DeadlineStatus } from '@iep/web/data-access';
import { formatIsoDate } from '@iep/web/ui';
import { deadlineColor } from './caseload-rules';

const STATUS_KEY: Record<Exclude<DeadlineStatus, 'CLOSED'>, 'overdue' | 'dueThisWeek' | 'upcoming' | 'metOnTime' | 'metLate'> = {
  OVERDUE: 'overdue',
  DUE_THIS_WEEK: 'dueThisWeek',
  UPCOMING: 'upcoming',
  MET_ON_TIME: 'metOnTime',
  MET_LATE: 'metLate',
};

export interface DeadlineItem {
  id: string;
  kind: DeadlineKind;
  status: DeadlineStatus;
  dueDate: string;
  metOn?: string | null;
  closedOn?: string | null;
  closedReason?: DeadlineClosedReason | null;
}

/** Deadlines as a list a phone reads top to bottom: the status badge first, so an overdue one stands out. */
export function DeadlineList({ deadlines, label }: { deadlines: DeadlineItem[]; label: string }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatIsoDate(iso, i18n.resolvedLanguage ?? 'en');
  return (
    <Stack component="ul" role="list" aria-label={label} gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
      {deadlines.map((deadline) => (
        <li key={deadline.id}>
          <Group gap="xs" wrap="wrap" align="center">
            {/* A closed deadline shows only on pages that load the page texts (the student page); lists of open ones never hold it. */}
            <Badge color={deadlineColor(deadline.status)}>
              {deadline.status === 'CLOSED' ? t('deadlineClosed.badge') : t(`compliance.status.${STATUS_KEY[deadline.status]}`)}
            </Badge>
            <Text size="sm" fw={500}>
              {t(`compliance.kinds.${deadline.kind}`)}
            </Text>
            <Text size="sm">
              {deadline.status === 'CLOSED' && deadline.closedOn && deadline.closedReason
                ? t(`deadlineClosed.reason.${deadline.closedReason}`, { date: date(deadline.closedOn) })
                : deadline.metOn
                  ? t('caseload.metOn', { date: date(deadline.metOn) })
                  : t('caseload.dueOn', { date: date(deadline.dueDate) })}
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
