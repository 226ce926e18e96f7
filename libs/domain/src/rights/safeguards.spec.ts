import { safeguardsGivenThisYear, schoolYearStart } from './safeguards';

describe('the procedural safeguards notice, once a school year (34 CFR 300.504(a))', () => {
  it('reads the school year from 1 July to 30 June', () => {
    expect(schoolYearStart('2026-12-07')).toBe('2026-07-01');
    expect(schoolYearStart('2026-07-01')).toBe('2026-07-01');
    expect(schoolYearStart('2026-06-30')).toBe('2025-07-01');
    expect(schoolYearStart('2028-02-29')).toBe('2027-07-01');
  });

  it('counts a copy given since 1 July, and none given before it or never', () => {
    expect(safeguardsGivenThisYear('2026-09-02', '2026-12-07')).toBe(true);
    expect(safeguardsGivenThisYear('2026-07-01', '2026-12-07')).toBe(true);
    expect(safeguardsGivenThisYear('2026-06-30', '2026-12-07')).toBe(false);
    expect(safeguardsGivenThisYear('2026-06-30', '2026-06-30')).toBe(true);
    expect(safeguardsGivenThisYear(null, '2026-12-07')).toBe(false);
    // A date after today is a typo, not a delivery.
    expect(safeguardsGivenThisYear('2026-12-08', '2026-12-07')).toBe(false);
  });
});
