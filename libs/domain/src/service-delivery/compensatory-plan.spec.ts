import fc from 'fast-check';
import { SchoolCalendar } from '../deadlines/school-calendar';
import { YEAR_2026_27 } from '../deadlines/testing/district-calendar';
import { compensatoryPlanProblems, compensatoryPlanStatus, plannedMinutes, type PlannedMakeUp } from './compensatory-plan';

const calendar = new SchoolCalendar([YEAR_2026_27]);
const context = {
  owed: 60, planned: 0, service: { startDate: '2026-09-01', endDate: '2027-06-15' }, isSchoolDay: (d: string) => calendar.isSchoolDay(d), today: '2026-12-07',
};
const rules = (sessions: Array<{ date: string; minutes: number }>, over: Partial<typeof context> = {}) =>
  compensatoryPlanProblems(sessions, { ...context, ...over }).map((p) => `${p.index ?? 'plan'}:${p.rule}`);

describe('compensatoryPlanProblems', () => {
  it('accepts make-up sessions on school days of the service, up to what is owed', () => {
    expect(rules([{ date: '2026-12-08', minutes: 30 }, { date: '2026-12-09', minutes: 30 }])).toEqual([]);
  });

  it('refuses more than is owed and not yet planned', () => {
    expect(rules([{ date: '2026-12-08', minutes: 30 }, { date: '2026-12-09', minutes: 31 }])).toEqual(['plan:MORE_THAN_OWED']);
    expect(rules([{ date: '2026-12-08', minutes: 30 }], { planned: 40 })).toEqual(['plan:MORE_THAN_OWED']);
    expect(rules([{ date: '2026-12-08', minutes: 1 }], { owed: 0 })).toEqual(['plan:MORE_THAN_OWED']);
  });

  it('refuses a day in the past, outside the service, or without school', () => {
    expect(rules([{ date: '2026-12-04', minutes: 30 }])).toEqual(['0:IN_THE_PAST']);
    expect(rules([{ date: '2027-06-16', minutes: 30 }])).toEqual(['0:OUTSIDE_SERVICE']);
    expect(rules([{ date: '2026-12-12', minutes: 30 }])).toEqual(['0:NOT_A_SCHOOL_DAY']);
    // Winter break.
    expect(rules([{ date: '2026-12-23', minutes: 30 }])).toEqual(['0:NOT_A_SCHOOL_DAY']);
    expect(rules([{ date: '2026-12-08', minutes: 600 }])).toEqual(['0:MINUTES_RANGE', 'plan:MORE_THAN_OWED']);
    expect(rules([])).toEqual(['plan:NO_SESSIONS']);
  });
});

describe('compensatoryPlanStatus', () => {
  const plan = (id: string, date: string, plannedOn = '2026-12-01', minutes = 30): PlannedMakeUp => ({ id, date, minutes, plannedOn });

  it('lets each make-up session fulfil the earliest open plan made before it', () => {
    const statuses = compensatoryPlanStatus(
      [plan('b', '2026-12-10'), plan('a', '2026-12-08')],
      [{ id: 's1', date: '2026-12-09', minutes: 30 }, { id: 'old', date: '2026-11-20', minutes: 30 }],
    );
    expect(statuses.map((s) => [s.id, s.fulfilledBy])).toEqual([['a', 's1'], ['b', null]]);
    expect(plannedMinutes(statuses)).toBe(30);
  });

  it('never fulfils more plans than there are make-up sessions, nor one plan twice', () => {
    const dates = fc.integer({ min: 1, max: 28 }).map((d) => `2027-02-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(dates, { maxLength: 10 }), fc.array(dates, { maxLength: 10 }), (planDates, sessionDates) => {
        const statuses = compensatoryPlanStatus(
          planDates.map((d, i) => plan(`p${i}`, d, d)),
          sessionDates.map((d, i) => ({ id: `s${i}`, date: d, minutes: 30 })),
        );
        const used = statuses.flatMap((s) => (s.fulfilledBy ? [s.fulfilledBy] : []));
        return used.length <= sessionDates.length && new Set(used).size === used.length && statuses.length === planDates.length;
      }),
    );
  });
});
