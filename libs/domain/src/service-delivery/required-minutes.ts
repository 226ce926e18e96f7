import { addDays, compareDates, dateParts, daysInMonth, dayOfWeek, formatDateParts, type IsoDate } from '../deadlines/local-date';

/** How often a service's minutes recur, as the IEP states it (ServiceContent.frequency). */
export type DeliveryFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** What the signed IEP promises for one service: `minutes` per `frequency` from `startDate` to `endDate`, both included. */
export interface ServicePlan {
  readonly minutes: number;
  readonly frequency: DeliveryFrequency;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
}

/** Whether students have school on a day (SchoolCalendar.isSchoolDay, or any other source of the same answer). */
export type SchoolDayTest = (date: IsoDate) => boolean;

/**
 * How required minutes are counted — the rule, stated once:
 *
 * A service's minutes are spread evenly over the weekdays (Monday to Friday) of their period, and only
 * the weekdays that are school days inside the service's start and end carry their share. So:
 * - DAILY: the minutes on every school day.
 * - WEEKLY: a fifth of the minutes on each school day of the week. A full week of school owes the weekly
 *   minutes exactly; a partial week (a holiday, a break, the week the service starts or ends) owes them
 *   pro rata by its school days: Thanksgiving week with two school days owes 2/5 of them.
 * - MONTHLY: the minutes divided by the month's weekdays (20 to 23), on each school day of the month.
 *
 * No minutes are ever due on a day without school, and a service never owes more in a week or month
 * than the IEP states. Shares are exact fractions; round only for display (`roundMinutes`).
 */
export function dailyShare(plan: Pick<ServicePlan, 'minutes' | 'frequency'>, date: IsoDate): number {
  switch (plan.frequency) {
    case 'DAILY':
      return plan.minutes;
    case 'WEEKLY':
      return plan.minutes / 5;
    case 'MONTHLY':
      return plan.minutes / weekdaysInMonth(date);
  }
}

/** Minutes the service requires over `from`…`to` (both included); zero outside the service's own dates. */
export function requiredMinutes(plan: ServicePlan, isSchoolDay: SchoolDayTest, from: IsoDate, to: IsoDate): number {
  const start = compareDates(from, plan.startDate) < 0 ? plan.startDate : from;
  const end = compareDates(to, plan.endDate) > 0 ? plan.endDate : to;
  let total = 0;
  for (let day = start; compareDates(day, end) <= 0; day = addDays(day, 1)) {
    if (isWeekday(day) && isSchoolDay(day)) total += dailyShare(plan, day);
  }
  return total;
}

/** The Monday of the week that holds `date`: weeks run Monday to Sunday. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

export interface WeekRequirement {
  /** The week's Monday. */
  readonly weekStart: IsoDate;
  /** School days of the week inside the service's dates. */
  readonly schoolDays: number;
  readonly required: number;
}

/** Each week (Monday to Sunday) that overlaps `from`…`to`, with the minutes the service requires in it (inside `from`…`to`). */
export function weeklyRequirements(plan: ServicePlan, isSchoolDay: SchoolDayTest, from: IsoDate, to: IsoDate): WeekRequirement[] {
  const weeks: WeekRequirement[] = [];
  if (compareDates(to, from) < 0) return weeks;
  for (let monday = weekStart(from); compareDates(monday, to) <= 0; monday = addDays(monday, 7)) {
    const first = compareDates(monday, from) < 0 ? from : monday;
    const sunday = addDays(monday, 6);
    const last = compareDates(sunday, to) > 0 ? to : sunday;
    weeks.push({
      weekStart: monday,
      schoolDays: countServiceSchoolDays(plan, isSchoolDay, first, last),
      required: requiredMinutes(plan, isSchoolDay, first, last),
    });
  }
  return weeks;
}

/** School days inside both `from`…`to` and the service's own dates. */
export function countServiceSchoolDays(plan: ServicePlan, isSchoolDay: SchoolDayTest, from: IsoDate, to: IsoDate): number {
  const start = compareDates(from, plan.startDate) < 0 ? plan.startDate : from;
  const end = compareDates(to, plan.endDate) > 0 ? plan.endDate : to;
  let count = 0;
  for (let day = start; compareDates(day, end) <= 0; day = addDays(day, 1)) {
    if (isWeekday(day) && isSchoolDay(day)) count++;
  }
  return count;
}

/** The `count` most recent weeks that held school for this service, ending with the week of `asOf` (the "last four school weeks"). */
export function lastSchoolWeeks(plan: ServicePlan, isSchoolDay: SchoolDayTest, asOf: IsoDate, count: number): { from: IsoDate; to: IsoDate } | null {
  let found = 0;
  let from: IsoDate | null = null;
  // A year has no gap of school longer than a summer: stop looking after a year of weeks without school.
  for (let monday = weekStart(asOf), weeksLooked = 0; found < count && weeksLooked < 53; monday = addDays(monday, -7), weeksLooked++) {
    if (compareDates(addDays(monday, 6), plan.startDate) < 0) break;
    const last = compareDates(addDays(monday, 6), asOf) > 0 ? asOf : addDays(monday, 6);
    if (countServiceSchoolDays(plan, isSchoolDay, monday, last) > 0) {
      found++;
      from = monday;
    }
  }
  return from === null ? null : { from: compareDates(from, plan.startDate) < 0 ? plan.startDate : from, to: asOf };
}

/** Minutes rounded to a tenth, for display and for the API (shares of a weekly or monthly service are fractions). */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 10) / 10;
}

function isWeekday(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

function weekdaysInMonth(date: IsoDate): number {
  const { year, month } = dateParts(date);
  let count = 0;
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    if (isWeekday(formatDateParts({ year, month, day }))) count++;
  }
  return count;
}

/** One school day of a district window, with what one minute of each frequency owes on it. */
export interface WindowDay {
  readonly day: IsoDate;
  readonly weekStart: IsoDate;
  /** dailyShare of a one-minute service of each frequency: 1, 1/5 and 1/(weekdays of the month). */
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}

/**
 * Every school day from `from` to `to` with its shares: what a query over many services (the district's
 * dashboard) multiplies by each service's minutes, so that SQL applies the same rule as `requiredMinutes`.
 */
export function schoolDayShares(isSchoolDay: SchoolDayTest, from: IsoDate, to: IsoDate): WindowDay[] {
  const days: WindowDay[] = [];
  for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) {
    if (!isWeekday(day) || !isSchoolDay(day)) continue;
    days.push({
      day, weekStart: weekStart(day),
      daily: dailyShare({ minutes: 1, frequency: 'DAILY' }, day),
      weekly: dailyShare({ minutes: 1, frequency: 'WEEKLY' }, day),
      monthly: dailyShare({ minutes: 1, frequency: 'MONTHLY' }, day),
    });
  }
  return days;
}
