import { assertIsoDate, compareDates, daysBetween, type IsoDate } from './local-date';

export type DeadlineStatus = 'UPCOMING' | 'DUE_THIS_WEEK' | 'OVERDUE' | 'MET_ON_TIME' | 'MET_LATE';

/** Due within the next 7 calendar days, today included: today … today + 6. */
export const DUE_THIS_WEEK_DAYS = 7;

/**
 * Where a deadline stands on `today`. A deadline met on its due date is on time; a met deadline
 * keeps its verdict forever, whatever `today` is.
 */
export function deadlineStatus(dueDate: IsoDate, metOn: IsoDate | null, today: IsoDate): DeadlineStatus {
  assertIsoDate(dueDate, { en: 'due date', es: 'la fecha de vencimiento' });
  assertIsoDate(today, { en: 'today', es: 'la fecha de hoy' });
  if (metOn !== null) {
    assertIsoDate(metOn, { en: 'date the deadline was met', es: 'la fecha en que se cumplió el plazo' });
    return compareDates(metOn, dueDate) <= 0 ? 'MET_ON_TIME' : 'MET_LATE';
  }
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'OVERDUE';
  return daysLeft < DUE_THIS_WEEK_DAYS ? 'DUE_THIS_WEEK' : 'UPCOMING';
}
