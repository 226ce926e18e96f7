import type { Localized } from '../localized';
import { DeadlineInputError, sentenceStart } from './errors';

/**
 * A calendar date as `YYYY-MM-DD`. Legal deadlines are calendar dates in the district's own sense of
 * "today", so there is deliberately no time of day and no time zone anywhere in this module; the
 * string form is what PostgreSQL `date` columns and GraphQL carry without conversion.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `what` names the date in each language; the Spanish with its article ("la fecha de vencimiento"). */
export function assertIsoDate(
  value: unknown,
  what: Localized = { en: 'date', es: 'la fecha' },
): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new DeadlineInputError({
      en: `The ${what.en} must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}.`,
      es: `${sentenceStart(what.es)} debe ser una fecha real del calendario escrita AAAA-MM-DD; se recibió ${JSON.stringify(value)}.`,
    });
  }
}

export function dateParts(date: IsoDate): DateParts {
  assertIsoDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatDateParts({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Integer day numbers (days since 1970-01-01) make every count exact; the conversion is Howard
// Hinnant's days_from_civil, which avoids Date's two-digit-year and time-zone traps.
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatDateParts({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function dayOfWeek(date: IsoDate): number {
  return epochDayOfWeek(toEpochDay(date));
}

export function epochDayOfWeek(epochDay: number): number {
  // 1970-01-01 was a Thursday.
  return (((epochDay + 4) % 7) + 7) % 7;
}

/**
 * The same month and day `years` later. 29 February has no such day in a common year; it becomes
 * 28 February, the earlier choice, because a deadline computed from it must never fall after the
 * legal limit.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const target = year + years;
  return formatDateParts({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

export function isLeapDay(date: IsoDate): boolean {
  return date.endsWith('-02-29');
}

/**
 * The same day `months` later; where that month has no such day (29 February in a common year, the
 * 31st of a 30-day month) the last day of that month, which keeps a "within N months" limit inside N months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatDateParts({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}
