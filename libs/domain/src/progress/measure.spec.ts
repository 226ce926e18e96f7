import { GoalMeasure, GoalMeasureKind, isOnScale } from './measure';

const measure = (over: Partial<GoalMeasure>) => ({
  kind: GoalMeasureKind.PercentAccuracy, baseline: 40, target: 80, targetDate: '2027-06-01', unit: '', trials: null, ...over,
});

describe('a goal measure', () => {
  it.each([
    [GoalMeasureKind.PercentAccuracy, null, [0, 55.5, 100], [-1, 100.5]],
    [GoalMeasureKind.Rate, null, [0, 120], [-3]],
    [GoalMeasureKind.Duration, null, [0, 12.5], [-0.5, 1e9]],
    [GoalMeasureKind.Trials, 10, [0, 7, 10], [11, 2.5]],
    [GoalMeasureKind.PromptLevel, null, [0, 5], [6, 1.5]],
    [GoalMeasureKind.YesNo, null, [0, 1], [2, 0.5]],
  ])('%s keeps values on its scale', (kind, trials, ok, off) => {
    for (const value of ok) expect(isOnScale({ kind, trials }, value)).toBe(true);
    for (const value of off) expect(isOnScale({ kind, trials }, value)).toBe(false);
    expect(isOnScale({ kind, trials }, Number.NaN)).toBe(false);
  });

  it('needs trials for TRIALS, a target other than the baseline, both on the scale and a real date', () => {
    expect(GoalMeasure.safeParse(measure({})).success).toBe(true);
    expect(GoalMeasure.safeParse(measure({ kind: GoalMeasureKind.Trials, baseline: 2, target: 8 })).success).toBe(false);
    expect(GoalMeasure.safeParse(measure({ kind: GoalMeasureKind.Trials, baseline: 2, target: 8, trials: 10 })).success).toBe(true);
    expect(GoalMeasure.safeParse(measure({ target: 40 })).success).toBe(false);
    expect(GoalMeasure.safeParse(measure({ target: 140 })).success).toBe(false);
    expect(GoalMeasure.safeParse(measure({ targetDate: '2027-02-30' })).success).toBe(false);
  });
});
