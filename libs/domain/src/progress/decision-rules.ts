import { compareDates, toEpochDay, type IsoDate } from '../deadlines/local-date';

/**
 * The decision rules of progress monitoring (DESIGN §6). A goal's aim line runs from its baseline on the
 * day the IEP starts to its target on the goal's date; after that date it stays at the target.
 *
 * "Short of" the aim line means on the side away from the target: below it when the target is above the
 * baseline, above it when the goal is to bring a value down (fewer outbursts, shorter transitions). A
 * point exactly on the line is neither short of it nor beyond it.
 */
export enum GoalFlagRule {
  /** The last four points are all short of the aim line: consider a change in instruction. */
  FourShortOfAim = 'FOUR_SHORT_OF_AIM',
  /** The last six points are all beyond the aim line: consider raising the goal. */
  SixBeyondAim = 'SIX_BEYOND_AIM',
  /** The trend line projects that the target will not be reached by the goal's date. */
  TrendMissesTarget = 'TREND_MISSES_TARGET',
}

export const SHORT_OF_AIM_RUN = 4;
export const BEYOND_AIM_RUN = 6;
/** The trend is the least-squares line through the most recent points: at most this many … */
export const TREND_WINDOW = 8;
/** … and at least this many (fewer say nothing about a direction). */
export const TREND_MIN_POINTS = 3;

export interface AimLine {
  readonly startDate: IsoDate;
  readonly baseline: number;
  readonly targetDate: IsoDate;
  readonly target: number;
}

export interface ProgressPoint {
  readonly date: IsoDate;
  readonly value: number;
}

/** The aim line's value on `date`: the baseline before the start, the target from the goal's date on. */
export function aimValueAt(aim: AimLine, date: IsoDate): number {
  const span = toEpochDay(aim.targetDate) - toEpochDay(aim.startDate);
  const elapsed = toEpochDay(date) - toEpochDay(aim.startDate);
  if (span <= 0 || elapsed >= span) return aim.target;
  if (elapsed <= 0) return aim.baseline;
  return aim.baseline + ((aim.target - aim.baseline) * elapsed) / span;
}

/** +1 when the goal is to raise the value, -1 when it is to bring it down. */
function direction(aim: AimLine): 1 | -1 {
  return aim.target >= aim.baseline ? 1 : -1;
}

/** How far a point is past the aim line towards the target (negative: short of it). */
function beyondAim(aim: AimLine, point: ProgressPoint): number {
  return direction(aim) * (point.value - aimValueAt(aim, point.date));
}

/** Points in date order (a stable sort keeps same-day points in the order they were given). */
export function inDateOrder<P extends ProgressPoint>(points: readonly P[]): P[] {
  return [...points].sort((a, b) => compareDates(a.date, b.date));
}

export interface Trend {
  /** Change per day of the least-squares line. */
  readonly slopePerDay: number;
  /** The line's value on the goal's date. */
  readonly projectedAtTargetDate: number;
  /** The line's value at the first and last of the points it was fitted to (to draw it). */
  readonly from: ProgressPoint;
  readonly to: ProgressPoint;
  readonly pointsUsed: number;
}

/**
 * The least-squares line through the last TREND_WINDOW points (by date), with x in days; null with fewer
 * than TREND_MIN_POINTS points or when they all fall on one day.
 */
export function trendOf(points: readonly ProgressPoint[], targetDate: IsoDate): Trend | null {
  const recent = inDateOrder(points).slice(-TREND_WINDOW);
  if (recent.length < TREND_MIN_POINTS) return null;
  const origin = toEpochDay(recent[0]!.date);
  const xs = recent.map((point) => toEpochDay(point.date) - origin);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = recent.reduce((sum, point) => sum + point.value, 0) / recent.length;
  let sxx = 0;
  let sxy = 0;
  recent.forEach((point, index) => {
    const dx = xs[index]! - meanX;
    sxx += dx * dx;
    sxy += dx * (point.value - meanY);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const at = (day: number) => meanY + slope * (day - meanX);
  const last = recent[recent.length - 1]!;
  return {
    slopePerDay: slope,
    projectedAtTargetDate: at(toEpochDay(targetDate) - origin),
    from: { date: recent[0]!.date, value: at(0) },
    to: { date: last.date, value: at(xs[xs.length - 1]!) },
    pointsUsed: recent.length,
  };
}

export interface RaisedFlag {
  readonly rule: GoalFlagRule;
  /** The date of the earliest point the rule looked at: an acknowledgment made through a later date covers the flag. */
  readonly windowStart: IsoDate;
  /** The date of the latest point the rule looked at. */
  readonly windowEnd: IsoDate;
}

/** Which rules hold for a goal's points, in the order of GoalFlagRule. */
export function raisedFlags(aim: AimLine, points: readonly ProgressPoint[]): RaisedFlag[] {
  const ordered = inDateOrder(points);
  const flags: RaisedFlag[] = [];
  const lastRun = (size: number) => (ordered.length >= size ? ordered.slice(-size) : null);
  const shortRun = lastRun(SHORT_OF_AIM_RUN);
  if (shortRun && shortRun.every((point) => beyondAim(aim, point) < 0)) {
    flags.push({ rule: GoalFlagRule.FourShortOfAim, windowStart: shortRun[0]!.date, windowEnd: shortRun[shortRun.length - 1]!.date });
  }
  const beyondRun = lastRun(BEYOND_AIM_RUN);
  if (beyondRun && beyondRun.every((point) => beyondAim(aim, point) > 0)) {
    flags.push({ rule: GoalFlagRule.SixBeyondAim, windowStart: beyondRun[0]!.date, windowEnd: beyondRun[beyondRun.length - 1]!.date });
  }
  const trend = trendOf(ordered, aim.targetDate);
  if (trend && direction(aim) * (trend.projectedAtTargetDate - aim.target) < 0) {
    flags.push({ rule: GoalFlagRule.TrendMissesTarget, windowStart: trend.from.date, windowEnd: trend.to.date });
  }
  return flags;
}

export interface FlagAcknowledgment {
  readonly rule: GoalFlagRule;
  /** The latest point's date when the flag was acknowledged. */
  readonly throughDate: IsoDate;
}

/**
 * The acknowledgment that covers a raised flag: the latest one of the same rule made when the flag's
 * window had already begun. A flag whose every point is newer than the last acknowledgment is new.
 */
export function coveringAcknowledgment<A extends FlagAcknowledgment>(flag: RaisedFlag, acknowledgments: readonly A[]): A | null {
  let covering: A | null = null;
  for (const ack of acknowledgments) {
    if (ack.rule !== flag.rule || compareDates(ack.throughDate, flag.windowStart) < 0) continue;
    if (!covering || compareDates(ack.throughDate, covering.throughDate) >= 0) covering = ack;
  }
  return covering;
}
