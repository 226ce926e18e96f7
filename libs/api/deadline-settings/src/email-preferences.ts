import type { DeadlineKind } from '@iep/domain';
import type { ReminderKind } from './models/notification-preference.model';

export interface EmailPreferenceRow {
  reminderKind: ReminderKind | '*';
  deadlineKind: DeadlineKind | '*';
  email: boolean;
}

/**
 * Whether a reminder also goes out by e-mail: the most specific row wins (the deadline kind's own row
 * first, then the reminder kind's own), and no row means yes, because a missed legal deadline costs
 * more than an extra e-mail. The worker's delivery query applies the same order in SQL.
 */
export function effectiveEmailChoice(
  rows: readonly EmailPreferenceRow[],
  reminderKind: ReminderKind,
  deadlineKind: DeadlineKind,
): boolean {
  const matching = rows
    .filter((row) => (row.reminderKind === '*' || row.reminderKind === reminderKind) && (row.deadlineKind === '*' || row.deadlineKind === deadlineKind))
    .sort((a, b) => specificity(b) - specificity(a));
  return matching[0]?.email ?? true;
}

const specificity = (row: EmailPreferenceRow) => (row.deadlineKind === '*' ? 0 : 2) + (row.reminderKind === '*' ? 0 : 1);
