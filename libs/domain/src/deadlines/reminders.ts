import { DeadlineInputError } from './errors';
import { addDays, assertIsoDate, compareDates, type IsoDate } from './local-date';

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

/** Whether the district representative should be hearing about this deadline today. */
export function isEscalated(dueDate: IsoDate, metOn: IsoDate | null, today: IsoDate): boolean {
  assertIsoDate(today, { en: 'today', es: 'la fecha de hoy' });
  return metOn === null && compareDates(today, escalationStartDate(dueDate)) >= 0;
}

/**
 * The escalation dates of an open, overdue deadline from the day after the due date through
 * `through`, every `everyDays` days: the sweep materialises them as reminder rows so that a repeated
 * escalation is as idempotent as any other reminder.
 */
export function escalationDates(dueDate: IsoDate, through: IsoDate, everyDays = 7): IsoDate[] {
  assertIsoDate(through, { en: 'last escalation date', es: 'la fecha del último aviso de vencimiento' });
  if (!Number.isInteger(everyDays) || everyDays < 1) {
    throw new DeadlineInputError({
      en: `Escalations repeat every whole number of days, 1 or more; got ${everyDays}.`,
      es: `Los avisos de vencimiento se repiten cada número entero de días, 1 o más; se recibió ${everyDays}.`,
    });
  }
  const dates: IsoDate[] = [];
  for (
    let date = escalationStartDate(dueDate);
    compareDates(date, through) <= 0;
    date = addDays(date, everyDays)
  ) {
    dates.push(date);
  }
  return dates;
}
