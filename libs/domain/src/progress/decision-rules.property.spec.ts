import fc from 'fast-check';
import { addDays } from '../deadlines/local-date';
import {
  aimValueAt, BEYOND_AIM_RUN, coveringAcknowledgment, GoalFlagRule, raisedFlags, SHORT_OF_AIM_RUN, trendOf,
  type AimLine, type ProgressPoint,
} from './decision-rules';

const START = '2026-09-01';
const aimArb = fc.record({
  baseline: fc.integer({ min: 0, max: 50 }),
  gain: fc.integer({ min: 5, max: 50 }),
  span: fc.integer({ min: 30, max: 365 }),
  rising: fc.boolean(),
}).map(({ baseline, gain, span, rising }): AimLine => ({
  startDate: START,
  baseline: rising ? baseline : baseline + gain,
  targetDate: addDays(START, span),
  target: rising ? baseline + gain : baseline,
}));

/** Points on distinct days within the goal's period, each an offset from the aim line on its day. */
const pointsArb = (aim: AimLine, count: { minLength: number; maxLength: number }, offset: fc.Arbitrary<number>) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 364 }), count).chain((days) =>
    fc.tuple(...days.sort((a, b) => a - b).map((day) => offset.map((off): ProgressPoint => {
      const date = addDays(aim.startDate, day);
      return { date, value: aimValueAt(aim, date) + off };
    }))));

const towardsTarget = (aim: AimLine, amount: number) => (aim.target >= aim.baseline ? amount : -amount);
const flip = (aim: AimLine): AimLine => ({ ...aim, baseline: -aim.baseline, target: -aim.target });
const rules = (aim: AimLine, points: ProgressPoint[]) => raisedFlags(aim, points).map((flag) => flag.rule);

describe('the decision rules', () => {
  it('the aim line starts at the baseline and reaches the target on the goal date, moving monotonically', () => {
    fc.assert(fc.property(aimArb, fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 30 }), (aim, day, step) => {
      expect(aimValueAt(aim, aim.startDate)).toBe(aim.baseline);
      expect(aimValueAt(aim, aim.targetDate)).toBe(aim.target);
      const a = aimValueAt(aim, addDays(aim.startDate, day));
      const b = aimValueAt(aim, addDays(aim.startDate, day + step));
      expect(towardsTarget(aim, b - a)).toBeGreaterThanOrEqual(0);
    }));
  });

  it('four points in a row short of the aim line ask for a change in instruction, whatever came before', () => {
    fc.assert(fc.property(aimArb, fc.integer({ min: 0, max: 6 }), (aim, before) =>
      fc.assert(fc.property(
        pointsArb(aim, { minLength: before + SHORT_OF_AIM_RUN, maxLength: before + SHORT_OF_AIM_RUN }, fc.integer({ min: -20, max: 20 })),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: SHORT_OF_AIM_RUN, maxLength: SHORT_OF_AIM_RUN }),
        (points, shortBy) => {
          const last = points.slice(-SHORT_OF_AIM_RUN).map((point, i) => ({ ...point, value: aimValueAt(aim, point.date) - towardsTarget(aim, shortBy[i]!) }));
          const all = [...points.slice(0, -SHORT_OF_AIM_RUN), ...last];
          expect(rules(aim, all)).toContain(GoalFlagRule.FourShortOfAim);
          expect(rules(aim, all)).not.toContain(GoalFlagRule.SixBeyondAim);
        }), { numRuns: 5 })), { numRuns: 40 });
  });

  it('one of the last four on or beyond the aim line is enough to keep the instruction flag down', () => {
    fc.assert(fc.property(aimArb, fc.integer({ min: 0, max: SHORT_OF_AIM_RUN - 1 }), (aim, which) =>
      fc.assert(fc.property(pointsArb(aim, { minLength: SHORT_OF_AIM_RUN, maxLength: 12 }, fc.integer({ min: 1, max: 20 }).map((n) => -n)), (raw) => {
        const points = raw.map((point) => ({ ...point, value: aimValueAt(aim, point.date) - towardsTarget(aim, Math.abs(point.value - aimValueAt(aim, point.date))) }));
        const index = points.length - 1 - which;
        points[index] = { ...points[index]!, value: aimValueAt(aim, points[index]!.date) };
        expect(rules(aim, points)).not.toContain(GoalFlagRule.FourShortOfAim);
      }), { numRuns: 5 })), { numRuns: 40 });
  });

  it('six points in a row beyond the aim line suggest raising the goal; five do not', () => {
    fc.assert(fc.property(aimArb, (aim) =>
      fc.assert(fc.property(pointsArb(aim, { minLength: BEYOND_AIM_RUN, maxLength: BEYOND_AIM_RUN }, fc.integer({ min: 1, max: 20 })), (raw) => {
        const points = raw.map((point) => ({ ...point, value: aimValueAt(aim, point.date) + towardsTarget(aim, Math.abs(point.value - aimValueAt(aim, point.date))) }));
        expect(rules(aim, points)).toContain(GoalFlagRule.SixBeyondAim);
        expect(rules(aim, points)).not.toContain(GoalFlagRule.FourShortOfAim);
        expect(rules(aim, points.slice(1))).not.toContain(GoalFlagRule.SixBeyondAim);
      }), { numRuns: 5 })), { numRuns: 40 });
  });

  it('the least-squares trend of points on a straight line is that line', () => {
    fc.assert(fc.property(fc.integer({ min: -50, max: 50 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 3, maxLength: 20 }),
      (intercept, slope, days) => {
        const points = days.map((day) => ({ date: addDays(START, day), value: intercept + slope * day }));
        const trend = trendOf(points, addDays(START, 365));
        expect(trend).not.toBeNull();
        expect(trend!.slopePerDay).toBeCloseTo(slope, 6);
        expect(trend!.projectedAtTargetDate).toBeCloseTo(intercept + slope * 365, 4);
        expect(trend!.pointsUsed).toBe(Math.min(days.length, 8));
      }));
  });

  it('a trend that reaches past the target raises no trend flag; one that falls short does', () => {
    fc.assert(fc.property(aimArb, fc.integer({ min: 1, max: 20 }), fc.boolean(), (aim, margin, reaches) => {
      const end = reaches ? aim.target + towardsTarget(aim, margin) : aim.target - towardsTarget(aim, margin);
      const days = [0, 10, 20, 30];
      const span = (Date.parse(aim.targetDate) - Date.parse(aim.startDate)) / 86_400_000;
      const points = days.map((day) => ({ date: addDays(aim.startDate, day), value: aim.baseline + ((end - aim.baseline) * day) / span }));
      expect(rules(aim, points).includes(GoalFlagRule.TrendMissesTarget)).toBe(!reaches);
    }));
  });

  it('a goal to bring a value down is judged as the mirror image of one to raise it', () => {
    fc.assert(fc.property(aimArb, (aim) =>
      fc.assert(fc.property(pointsArb(aim, { minLength: 0, maxLength: 12 }, fc.integer({ min: -20, max: 20 })), (points) => {
        const mirrored = points.map((point) => ({ ...point, value: -point.value }));
        expect(rules(flip(aim), mirrored)).toEqual(rules(aim, points));
      }), { numRuns: 5 })), { numRuns: 40 });
  });

  it('an acknowledgment covers a flag whose window had begun, and not one raised wholly by later points', () => {
    const flag = { rule: GoalFlagRule.FourShortOfAim, windowStart: '2026-10-05', windowEnd: '2026-10-26' };
    const at = (throughDate: string, rule = GoalFlagRule.FourShortOfAim) => ({ rule, throughDate });
    expect(coveringAcknowledgment(flag, [at('2026-10-05')])).toEqual(at('2026-10-05'));
    expect(coveringAcknowledgment(flag, [at('2026-10-12'), at('2026-10-26')])).toEqual(at('2026-10-26'));
    expect(coveringAcknowledgment(flag, [at('2026-10-04')])).toBeNull();
    expect(coveringAcknowledgment(flag, [at('2026-10-26', GoalFlagRule.SixBeyondAim)])).toBeNull();
  });
});
