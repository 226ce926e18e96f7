import { fromEpochDay, toEpochDay } from '@iep/domain/deadlines';
import { aimValueAt, type AimLine } from '@iep/domain/progress';

export interface ChartGoal {
  aimStartDate: string | null;
  measure: { baseline: number; target: number; targetDate: string } | null;
  points: ReadonlyArray<{ observedOn: string; value: number }>;
  trend: { fromDate: string; fromValue: number; toDate: string; toValue: number } | null;
}

export interface XY {
  day: number;
  value: number;
}

/** The goal's aim line as the API placed it (GoalProgress.aimStartDate), or null without a measure. */
function aimLineOf(goal: ChartGoal): AimLine | null {
  if (!goal.measure || !goal.aimStartDate) return null;
  return { startDate: goal.aimStartDate, baseline: goal.measure.baseline, targetDate: goal.measure.targetDate, target: goal.measure.target };
}

/** The three series of a goal's chart, x in days since 1970 (a date axis that keeps real spacing). */
export function chartSeries(goal: ChartGoal): { points: XY[]; aim: XY[]; trend: XY[] } {
  const aim = aimLineOf(goal);
  return {
    points: goal.points.map((point) => ({ day: toEpochDay(point.observedOn), value: point.value })),
    aim: aim
      ? [
        { day: toEpochDay(aim.startDate), value: aim.baseline },
        { day: toEpochDay(aim.targetDate), value: aim.target },
      ]
      : [],
    trend: goal.trend
      ? [
        { day: toEpochDay(goal.trend.fromDate), value: goal.trend.fromValue },
        { day: toEpochDay(goal.trend.toDate), value: goal.trend.toValue },
      ]
      : [],
  };
}

/** The aim line's value on a day, for the table beside the chart. */
export function aimOn(goal: ChartGoal, date: string): number | null {
  const aim = aimLineOf(goal);
  return aim ? aimValueAt(aim, date) : null;
}

export const dayToIso = fromEpochDay;
