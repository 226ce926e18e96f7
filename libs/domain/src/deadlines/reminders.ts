import { DeadlineInputError } from './errors';
import { addDays, assertIsoDate, compareDates, daysBetween, type IsoDate } from './local-date';

export interface ReminderDate {
  /** Calendar days before the due date; 0 is the due date itself. */
  readonly offsetDays: number;
  readonly date: IsoDate;
}

export const DEFAULT_REMINDER_OFFSETS: readonly number[] = Object.freeze([30, 14, 7, 1, 0]);

export interface ReminderOptions {
  /**
   * Drop reminders dated before this day (usually the day the deadline is created), so that a
   * deadline created 5 days out does not fire its 30- and 14-day reminders at once.
   */
  readonly notBefore?: IsoDate;
}

/** The reminder dates of one deadline, earliest first, one per distinct offset. */
export function reminderDates(
  dueDate: IsoDate,
  offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS,
  options: ReminderOptions = {},
): ReminderDate[] {
  assertIsoDate(dueDate, { en: 'due date', es: 'la fecha de vencimiento' });
  if (options.notBefore !== undefined)
    assertIsoDate(options.notBefore, { en: 'first reminder date', es: 'la fecha del primer recordatorio' });
  for (const offset of offsets) {
    if (!Number.isInteger(offset) || offset < 0) {
      throw new DeadlineInputError({
        en: `A reminder offset must be a whole number of days, 0 or more; got ${offset}.`,
        es: `La antelación de un recordatorio debe ser un número entero de días, 0 o más; se recibió ${offset}.`,
      });
    }
  }
  return [...new Set(offsets)]
    .sort((a, b) => b - a)
    .map((offsetDays) => ({ offsetDays, date: addDays(dueDate, -offsetDays) }))
    .filter(({ date }) => options.notBefore === undefined || compareDates(date, options.notBefore) >= 0);
}

/** Escalation to the district representative starts the day after the due date. */
export function escalationStartDate(dueDate: IsoDate): IsoDate {
  assertIsoDate(dueDate, { en: 'due date', es: 'la fecha de vencimiento' });
  return addDays(dueDate, 1);
}

// The reminder plan of one open deadline: which reminder rows it should have, whatever it has now. The
// API writes the plan in the transaction that changes the deadline; the worker's sweep sends the rows.

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
  for (const { offsetDays, date: dueOn } of reminderDates(input.dueDate)) {
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
