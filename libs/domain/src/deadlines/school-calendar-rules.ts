// What a district administrator may enter as a school year or a closure (a holiday, a break). The calendar
// page checks it field by field before sending, and the API refuses the same: one rule, both sides.
import { compareDates, daysBetween, isIsoDate } from './local-date';

export const SCHOOL_CALENDAR_LIMITS = {
  schoolYearNameLength: 40,
  closureNameLength: 100,
  /** A school year lasts at most a year; more is a typo in the last day's year. */
  schoolYearDays: 366,
} as const;

export type SchoolCalendarProblem = 'required' | 'tooLong' | 'dateRequired' | 'lastBeforeFirst' | 'yearTooLong' | 'outsideYear';

export type SchoolYearValues = { schoolYear: string; firstDay: string; lastDay: string };
export type ClosureDates = { name: string; firstDay: string; lastDay: string };
type Problems<Field extends string> = Partial<Record<Field, SchoolCalendarProblem>>;

function nameProblem(name: string, maxLength: number): SchoolCalendarProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  return trimmed.length > maxLength ? 'tooLong' : undefined;
}

function rangeProblems(firstDay: string, lastDay: string): Problems<'firstDay' | 'lastDay'> {
  const problems: Problems<'firstDay' | 'lastDay'> = {};
  if (!isIsoDate(firstDay)) problems.firstDay = 'dateRequired';
  if (!isIsoDate(lastDay)) problems.lastDay = 'dateRequired';
  else if (isIsoDate(firstDay) && compareDates(lastDay, firstDay) < 0) problems.lastDay = 'lastBeforeFirst';
  return problems;
}

/** The problems of a school year, by field, in the form's order: a name, two real days in order, at most a year apart. */
export function schoolYearProblems({ schoolYear, firstDay, lastDay }: SchoolYearValues): Problems<keyof SchoolYearValues> {
  const problems: Problems<keyof SchoolYearValues> = {};
  const name = nameProblem(schoolYear, SCHOOL_CALENDAR_LIMITS.schoolYearNameLength);
  if (name) problems.schoolYear = name;
  Object.assign(problems, rangeProblems(firstDay, lastDay));
  if (!problems.firstDay && !problems.lastDay && isIsoDate(firstDay) && isIsoDate(lastDay) && daysBetween(firstDay, lastDay) > SCHOOL_CALENDAR_LIMITS.schoolYearDays) {
    problems.lastDay = 'yearTooLong';
  }
  return problems;
}

/**
 * The problems of a closure, by field: a name, two real days in order and, once its school year is known,
 * inside that year. A one-day closure ends on its first day.
 */
export function closureProblems(
  { name, firstDay, lastDay }: ClosureDates,
  year?: { firstDay: string; lastDay: string },
): Problems<keyof ClosureDates> {
  const problems: Problems<keyof ClosureDates> = {};
  const nameIssue = nameProblem(name, SCHOOL_CALENDAR_LIMITS.closureNameLength);
  if (nameIssue) problems.name = nameIssue;
  Object.assign(problems, rangeProblems(firstDay, lastDay));
  // ISO days compare as text.
  if (year && !problems.firstDay && (firstDay < year.firstDay || firstDay > year.lastDay)) problems.firstDay = 'outsideYear';
  if (year && !problems.lastDay && lastDay > year.lastDay) problems.lastDay = 'outsideYear';
  return problems;
}
