/**
 * The checks the API makes on a school year and on a closure (school-calendars.service), first in the
 * browser so the problem shows next to its field. Dates are ISO days, compared as text.
 */
export type YearValues = { schoolYear: string; firstDay: string; lastDay: string };
export type YearProblem = 'required' | 'dateRequired' | 'lastBeforeFirst';

export function yearProblems({ schoolYear, firstDay, lastDay }: YearValues): Partial<Record<keyof YearValues, YearProblem>> {
  const problems: Partial<Record<keyof YearValues, YearProblem>> = {};
  if (!schoolYear.trim()) problems.schoolYear = 'required';
  if (!firstDay) problems.firstDay = 'dateRequired';
  if (!lastDay) problems.lastDay = 'dateRequired';
  else if (firstDay && lastDay < firstDay) problems.lastDay = 'lastBeforeFirst';
  return problems;
}

export type ClosureValues = { kind: string; name: string; firstDay: string; lastDay: string };
export type ClosureProblem = YearProblem | 'outsideYear';

/** A closure of one day leaves its last day empty: it ends on its first. */
export function closureProblems(
  { name, firstDay, lastDay }: ClosureValues,
  year: { firstDay: string; lastDay: string },
): Partial<Record<'name' | 'firstDay' | 'lastDay', ClosureProblem>> {
  const problems: Partial<Record<'name' | 'firstDay' | 'lastDay', ClosureProblem>> = {};
  const end = lastDay || firstDay;
  if (!name.trim()) problems.name = 'required';
  if (!firstDay) problems.firstDay = 'dateRequired';
  else if (firstDay < year.firstDay || firstDay > year.lastDay) problems.firstDay = 'outsideYear';
  if (end && end < firstDay) problems.lastDay = 'lastBeforeFirst';
  else if (end && end > year.lastDay) problems.lastDay = 'outsideYear';
  return problems;
}
