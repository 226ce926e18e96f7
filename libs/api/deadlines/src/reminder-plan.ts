import {
  addDays,
  compareDates,
  daysBetween,
  DEFAULT_REMINDER_OFFSETS,
  escalationStartDate,
  type IsoDate,
} from '@iep/domain';

export type ReminderKind = 'REMINDER' | 'ESCALATION';
export type ReminderState = 'PENDING' | 'CLAIMED' | 'SENT' | 'CANCELLED';

/** While a deadline is overdue, the district representatives hear about it again every week. */
export const ESCALATION_EVERY_DAYS = 7;

export interface ExistingReminder {
  readonly id: string;
  readonly recipientUserId: string;
  readonly offsetDays: number;
  readonly dueOn: IsoDate;
  readonly state: ReminderState;
}

export interface PlannedReminder {
  readonly recipientUserId: string;
  readonly offsetDays: number;
  readonly dueOn: IsoDate;
  readonly kind: ReminderKind;
}

export interface ReminderPlan {
  /** Rows to insert, or to re-date and revive when they exist unsent. */
  readonly upsert: PlannedReminder[];
  /** Unsent rows that no longer belong to the deadline. */
  readonly cancelIds: string[];
}

export interface ReminderPlanInput {
  readonly dueDate: IsoDate;
  readonly today: IsoDate;
  /** Who is reminded before the due date: the responsible case manager. */
  readonly remindUserIds: readonly string[];
  /** Who hears about it once it is overdue: the district representatives. */
  readonly escalateUserIds: readonly string[];
  readonly existing: readonly ExistingReminder[];
}

/**
 * The first escalation on or after `today`: escalations fall on the day after the due date and every
 * week after it, so that the sweep and a recompute always agree on the same offsets.
 */
export function nextEscalationDate(dueDate: IsoDate, today: IsoDate): IsoDate {
  const first = escalationStartDate(dueDate);
  const late = daysBetween(first, today);
  if (late <= 0) return first;
  return addDays(first, Math.ceil(late / ESCALATION_EVERY_DAYS) * ESCALATION_EVERY_DAYS);
}

const key = (recipientUserId: string, offsetDays: number) => `${recipientUserId}|${offsetDays}`;
const unsent = (state: ReminderState) => state === 'PENDING' || state === 'CLAIMED';

/**
 * What the reminder rows of one open deadline should be. Reminders dated before today are not created
 * (a deadline recorded five days out does not fire its 30-day reminder), but one that already waits
 * unsent keeps its place and goes out late rather than never. Sent reminders are final.
 */
export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const existing = new Map(input.existing.map((row) => [key(row.recipientUserId, row.offsetDays), row]));
  const wanted: PlannedReminder[] = [];
  for (const offsetDays of DEFAULT_REMINDER_OFFSETS) {
    const dueOn = addDays(input.dueDate, -offsetDays);
    for (const recipientUserId of input.remindUserIds) {
      const current = existing.get(key(recipientUserId, offsetDays));
      if (compareDates(dueOn, input.today) >= 0 || (current && unsent(current.state))) {
        wanted.push({ recipientUserId, offsetDays, dueOn, kind: 'REMINDER' });
      }
    }
  }
  const escalation = nextEscalationDate(input.dueDate, input.today);
  const escalationOffset = -daysBetween(input.dueDate, escalation);
  for (const recipientUserId of input.escalateUserIds) {
    wanted.push({ recipientUserId, offsetDays: escalationOffset, dueOn: escalation, kind: 'ESCALATION' });
  }

  const wantedKeys = new Set(wanted.map((row) => key(row.recipientUserId, row.offsetDays)));
  const upsert = wanted.filter((row) => {
    const current = existing.get(key(row.recipientUserId, row.offsetDays));
    if (!current) return true;
    if (current.state === 'SENT') return false;
    return current.state === 'CANCELLED' || current.dueOn !== row.dueOn;
  });
  const cancelIds = input.existing
    .filter((row) => unsent(row.state) && !wantedKeys.has(key(row.recipientUserId, row.offsetDays)))
    .map((row) => row.id);
  return { upsert, cancelIds };
}
