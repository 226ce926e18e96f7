import type { Localized } from '../localized';
import { CalendarRangeError, DeadlineInputError, sentenceStart } from './errors';
import { assertIsoDate, epochDayOfWeek, fromEpochDay, type IsoDate, toEpochDay } from './local-date';

export interface NamedDay {
  readonly date: IsoDate;
  readonly name: string;
}

/** A named run of days with no school, both ends included (winter break, spring break). */
export interface SchoolBreak {
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** One school year as the district publishes it. */
export interface SchoolYear {
  /** How people name the year, e.g. "2026–27"; shown in error messages. */
  readonly label: string;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly holidays?: readonly NamedDay[];
  readonly breaks?: readonly SchoolBreak[];
  /** Other days without school for students: staff development, snow days made up elsewhere. */
  readonly nonSchoolDays?: readonly NamedDay[];
}

export type DayKind =
  'SCHOOL_DAY' | 'WEEKEND' | 'HOLIDAY' | 'BREAK' | 'NON_SCHOOL_DAY' | 'OUTSIDE_SCHOOL_YEAR';

export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: DayKind;
  /** The holiday, break or non-school day's name; null for school days, weekends and summer. */
  readonly name: string | null;
}

interface IndexedBreak {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Monday-to-Friday days inside the break: the school days it would otherwise have held. */
  readonly weekdays: number;
}

/**
 * The longest run of days between two entered school years that is still a summer. A longer one means
 * a school year in between was never entered: its days are unknown, not a vacation.
 */
const LONGEST_SUMMER_DAYS = 183;

/**
 * What the calendar knows about a day: inside an entered school year, between two entered years
 * (summer, no school), or nothing (before the first year, after the last, or in a year never entered).
 */
export type CalendarCoverage = 'SCHOOL_YEAR' | 'BETWEEN_YEARS' | 'UNKNOWN';

const isWeekend = (epochDay: number): boolean => {
  const weekday = epochDayOfWeek(epochDay);
  return weekday === 0 || weekday === 6;
};

/**
 * A district's school-day calendar over one or more school years. Days outside every configured
 * year are not school days, so a count that starts in June lands in the next year once that year is
 * configured, and refuses to guess (CalendarRangeError) while it is not.
 */
export class SchoolCalendar {
  readonly years: readonly SchoolYear[];
  /** First day of the earliest configured school year. */
  readonly firstDay: IsoDate;
  /** Last day of the latest configured school year: no school-day count may run past it. */
  readonly lastDay: IsoDate;

  private readonly coverageStart: number;
  private readonly coverageEnd: number;
  private readonly days: readonly { readonly kind: DayKind; readonly name: string | null }[];
  private readonly schoolDays: readonly number[];
  private readonly breakIndex: readonly IndexedBreak[];
  /** Epoch-day spans, both ends included, of the summers between consecutive entered years. */
  private readonly summers: readonly (readonly [number, number])[];
  private readonly yearSpans: readonly (readonly [number, number])[];
  /** Holidays by epoch day, including those inside a break (which describeDay reports as the break). */
  private readonly holidays: ReadonlyMap<number, string>;

  constructor(years: readonly SchoolYear[]) {
    if (years.length === 0) {
      throw new DeadlineInputError({
        en: 'A school calendar needs at least one school year.',
        es: 'Un calendario escolar necesita al menos un año escolar.',
      });
    }
    const sorted = [...years]
      .map(validateYear)
      .sort((a, b) => toEpochDay(a.firstDay) - toEpochDay(b.firstDay));
    for (let i = 1; i < sorted.length; i++) {
      if (toEpochDay(sorted[i].firstDay) <= toEpochDay(sorted[i - 1].lastDay)) {
        throw new DeadlineInputError({
          en: `School years ${sorted[i - 1].label} and ${sorted[i].label} overlap.`,
          es: `Los años escolares ${sorted[i - 1].label} y ${sorted[i].label} se superponen.`,
        });
      }
    }
    this.years = Object.freeze(sorted);
    this.firstDay = sorted[0].firstDay;
    this.lastDay = sorted[sorted.length - 1].lastDay;
    this.coverageStart = toEpochDay(this.firstDay);
    this.coverageEnd = toEpochDay(this.lastDay);
    this.yearSpans = Object.freeze(sorted.map((y) => [toEpochDay(y.firstDay), toEpochDay(y.lastDay)] as const));
    const summers: (readonly [number, number])[] = [];
    for (let i = 1; i < this.yearSpans.length; i++) {
      const start = this.yearSpans[i - 1][1] + 1;
      const end = this.yearSpans[i][0] - 1;
      if (end >= start && end - start + 1 <= LONGEST_SUMMER_DAYS) summers.push([start, end]);
    }
    this.summers = Object.freeze(summers);
    this.holidays = new Map(
      sorted.flatMap((year) => (year.holidays ?? []).map((h) => [toEpochDay(h.date), h.name] as const)),
    );

    this.breakIndex = Object.freeze(
      sorted.flatMap((year) =>
        (year.breaks ?? []).map((b) => {
          const start = toEpochDay(b.start);
          const end = toEpochDay(b.end);
          let weekdays = 0;
          for (let d = start; d <= end; d++) if (!isWeekend(d)) weekdays++;
          return { name: b.name, start, end, weekdays };
        }),
      ),
    );

    const days: { kind: DayKind; name: string | null }[] = [];
    for (let d = this.coverageStart; d <= this.coverageEnd; d++) {
      days.push({ kind: isWeekend(d) ? 'WEEKEND' : 'OUTSIDE_SCHOOL_YEAR', name: null });
    }
    // Later writes win: a holiday inside a break is reported as the break, which is what a parent
    // recognises ("winter break"), and a named day only matters on a weekday.
    const mark = (epochDay: number, kind: DayKind, name: string | null) => {
      const slot = days[epochDay - this.coverageStart];
      if (slot && slot.kind !== 'WEEKEND' && slot.kind !== 'OUTSIDE_SCHOOL_YEAR')
        days[epochDay - this.coverageStart] = { kind, name };
    };
    for (const year of sorted) {
      for (let d = toEpochDay(year.firstDay); d <= toEpochDay(year.lastDay); d++) {
        if (!isWeekend(d)) days[d - this.coverageStart] = { kind: 'SCHOOL_DAY', name: null };
      }
    }
    for (const year of sorted) {
      for (const day of year.nonSchoolDays ?? []) mark(toEpochDay(day.date), 'NON_SCHOOL_DAY', day.name);
      for (const day of year.holidays ?? []) mark(toEpochDay(day.date), 'HOLIDAY', day.name);
      for (const b of year.breaks ?? []) {
        for (let d = toEpochDay(b.start); d <= toEpochDay(b.end); d++) mark(d, 'BREAK', b.name);
      }
    }
    this.days = Object.freeze(days);
    const schoolDays: number[] = [];
    days.forEach((day, i) => {
      if (day.kind === 'SCHOOL_DAY') schoolDays.push(this.coverageStart + i);
    });
    this.schoolDays = Object.freeze(schoolDays);
  }

  coverageOf(date: IsoDate): CalendarCoverage {
    const epochDay = toEpochDay(date);
    if (this.yearSpans.some(([start, end]) => start <= epochDay && epochDay <= end)) return 'SCHOOL_YEAR';
    if (this.summers.some(([start, end]) => start <= epochDay && epochDay <= end)) return 'BETWEEN_YEARS';
    return 'UNKNOWN';
  }

  /** The holiday's name on `date`, even inside a break; null on any other day. */
  holidayOn(date: IsoDate): string | null {
    return this.holidays.get(toEpochDay(date)) ?? null;
  }

  isSchoolDay(date: IsoDate): boolean {
    return this.describeDay(date).kind === 'SCHOOL_DAY';
  }

  describeDay(date: IsoDate): CalendarDay {
    const epochDay = toEpochDay(date);
    const known = this.days[epochDay - this.coverageStart];
    if (known) return { date, ...known };
    return { date, kind: isWeekend(epochDay) ? 'WEEKEND' : 'OUTSIDE_SCHOOL_YEAR', name: null };
  }

  /** The `count`-th school day strictly after `date`. */
  addSchoolDays(date: IsoDate, count: number): IsoDate {
    assertPositiveInteger(count, SCHOOL_DAY_COUNT);
    const index = this.firstSchoolDayIndexAfter(toEpochDay(date)) + count - 1;
    if (index >= this.schoolDays.length) {
      const lastYear = this.years[this.years.length - 1];
      throw new CalendarRangeError(
        {
          en:
            `Counting ${count} school days after ${date} runs past ${this.lastDay}, the last day of the ${lastYear.label} ` +
            'school year; add the next school year to the district calendar.',
          es:
            `Contar ${count} días escolares después del ${date} va más allá del ${this.lastDay}, último día del año escolar ` +
            `${lastYear.label}; agregue el siguiente año escolar al calendario del distrito.`,
        },
        date,
        this.firstDay,
        this.lastDay,
      );
    }
    return fromEpochDay(this.schoolDays[index]);
  }

  /** School days in the span after `fromExclusive` up to and including `toInclusive`. */
  countSchoolDays(fromExclusive: IsoDate, toInclusive: IsoDate): number {
    const from = toEpochDay(fromExclusive);
    const to = toEpochDay(toInclusive);
    if (to <= from) return 0;
    return this.firstSchoolDayIndexAfter(to) - this.firstSchoolDayIndexAfter(from);
  }

  /**
   * The break that contains `date` if it holds more than `moreThanWeekdays` weekdays; for the states
   * whose calendar-day clocks stop only over long breaks.
   */
  longBreakOn(date: IsoDate, moreThanWeekdays: number): SchoolBreak | null {
    const epochDay = toEpochDay(date);
    const found = this.breakIndex.find(
      (b) => b.start <= epochDay && epochDay <= b.end && b.weekdays > moreThanWeekdays,
    );
    return found
      ? { name: found.name, start: fromEpochDay(found.start), end: fromEpochDay(found.end) }
      : null;
  }

  private firstSchoolDayIndexAfter(epochDay: number): number {
    let low = 0;
    let high = this.schoolDays.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.schoolDays[mid] <= epochDay) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function validateYear(year: SchoolYear): SchoolYear {
  const label = year.label || `${year.firstDay} to ${year.lastDay}`;
  const labelEs = year.label || `del ${year.firstDay} al ${year.lastDay}`;
  assertIsoDate(year.firstDay, { en: `first day of school year ${label}`, es: `el primer día del año escolar ${labelEs}` });
  assertIsoDate(year.lastDay, { en: `last day of school year ${label}`, es: `el último día del año escolar ${labelEs}` });
  if (toEpochDay(year.lastDay) < toEpochDay(year.firstDay)) {
    throw new DeadlineInputError({
      en: `School year ${label} ends (${year.lastDay}) before it starts (${year.firstDay}).`,
      es: `El año escolar ${labelEs} termina (${year.lastDay}) antes de empezar (${year.firstDay}).`,
    });
  }
  for (const day of [...(year.holidays ?? []), ...(year.nonSchoolDays ?? [])]) {
    assertIsoDate(day.date, { en: `date of "${day.name}" in ${label}`, es: `la fecha de «${day.name}» en ${labelEs}` });
  }
  for (const b of year.breaks ?? []) {
    assertIsoDate(b.start, { en: `start of "${b.name}" in ${label}`, es: `el inicio de «${b.name}» en ${labelEs}` });
    assertIsoDate(b.end, { en: `end of "${b.name}" in ${label}`, es: `el fin de «${b.name}» en ${labelEs}` });
    if (toEpochDay(b.end) < toEpochDay(b.start)) {
      throw new DeadlineInputError({
        en: `"${b.name}" in ${label} ends (${b.end}) before it starts (${b.start}).`,
        es: `«${b.name}» en ${labelEs} termina (${b.end}) antes de empezar (${b.start}).`,
      });
    }
  }
  return { ...year, label };
}

/** `what` names the number in each language; the Spanish with its article ("el número de días escolares"). */
/** How a refusal names a count of school days. */
export const SCHOOL_DAY_COUNT: Localized = { en: 'number of school days', es: 'el número de días escolares' };

export function assertPositiveInteger(value: number, what: Localized): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new DeadlineInputError({
      en: `The ${what.en} must be a whole number of at least 1; got ${value}.`,
      es: `${sentenceStart(what.es)} debe ser un número entero de al menos 1; se recibió ${value}.`,
    });
  }
}
