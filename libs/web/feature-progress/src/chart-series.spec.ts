import { aimOn, chartSeries } from './chart-series';

const goal = {
  aimStartDate: '2026-09-01',
  measure: { baseline: 20, target: 80, targetDate: '2027-06-01' },
  points: [{ observedOn: '2026-10-01', value: 30 }, { observedOn: '2026-10-15', value: 34 }],
  trend: null,
};

describe('the series of a goal chart', () => {
  it('draws the aim line from the baseline at the IEP start to the target on the goal date, on a day axis', () => {
    const series = chartSeries(goal);
    expect(series.aim).toEqual([{ day: 20697, value: 20 }, { day: 20970, value: 80 }]);
    expect(series.points.map((p) => p.day)).toEqual([20727, 20741]);
    expect(series.trend).toEqual([]);
    expect(aimOn(goal, '2026-09-01')).toBe(20);
    expect(aimOn(goal, '2027-06-01')).toBe(80);
  });

  it('has no aim line for a goal without a measure', () => {
    expect(chartSeries({ ...goal, measure: null }).aim).toEqual([]);
    expect(aimOn({ ...goal, measure: null }, '2026-10-01')).toBeNull();
  });
});
