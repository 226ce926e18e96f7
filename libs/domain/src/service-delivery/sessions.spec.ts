import fc from 'fast-check';
import {
  accountableMinutes, compensatoryBalance, isUnderDelivered, SESSION_STATUSES, sessionProblems, SessionStatus, tallySessions, type SessionInput,
} from './sessions';

const GOAL = '11111111-1111-4111-8111-111111111111';
const service = { startDate: '2026-09-01', endDate: '2027-06-15', goalIds: [GOAL] };
const valid: SessionInput = { date: '2026-10-05', minutes: 30, groupSize: 3, status: 'DELIVERED', location: 'Speech room', note: '', goalIds: [GOAL] };
const rules = (input: Partial<SessionInput>, today = '2026-12-07') => sessionProblems({ ...valid, ...input }, service, today).map((p) => p.rule);

describe('sessionProblems', () => {
  it('accepts a session inside the service', () => {
    expect(rules({})).toEqual([]);
  });

  it('refuses a date before the service starts, after it ends, or in the future', () => {
    expect(rules({ date: '2026-08-31' })).toEqual(['BEFORE_SERVICE_START']);
    expect(rules({ date: '2027-06-16' }, '2027-07-01')).toEqual(['AFTER_SERVICE_END']);
    expect(rules({ date: '2026-12-08' })).toEqual(['IN_THE_FUTURE']);
    expect(rules({ date: '2026-02-30' })).toEqual(['REAL_DATE']);
  });

  it('refuses 600 minutes, zero minutes and groups outside 1–12', () => {
    expect(rules({ minutes: 600 })).toEqual(['MINUTES_RANGE']);
    expect(rules({ minutes: 0 })).toEqual(['MINUTES_RANGE']);
    expect(rules({ minutes: 12.5 })).toEqual(['MINUTES_RANGE']);
    expect(rules({ groupSize: 0 })).toEqual(['GROUP_SIZE_RANGE']);
    expect(rules({ groupSize: 13 })).toEqual(['GROUP_SIZE_RANGE']);
  });

  it('refuses a goal the service does not support and an unknown status', () => {
    expect(rules({ goalIds: ['22222222-2222-4222-8222-222222222222'] })).toEqual(['GOAL_OF_SERVICE']);
    expect(rules({ status: 'CANCELLED' })).toEqual(['STATUS']);
  });

  it('says every problem in both languages', () => {
    const problems = sessionProblems({ ...valid, minutes: 600, groupSize: 40, status: 'X', date: '2026-01-01' }, service, '2026-12-07');
    expect(problems).toHaveLength(4);
    for (const problem of problems) expect(problem.message.es.length).toBeGreaterThan(0);
  });
});

describe('compensatory minutes', () => {
  const sessions = fc.array(fc.record({ status: fc.constantFrom(...SESSION_STATUSES), minutes: fc.integer({ min: 1, max: 480 }) }), { maxLength: 40 });

  it('owes what the school missed, less make-ups, never below zero; a student absence owes nothing', () => {
    fc.assert(
      fc.property(sessions, (list) => {
        const tally = tallySessions(list);
        const missed = list.filter((s) => s.status === SessionStatus.ProviderAbsent).reduce((t, s) => t + s.minutes, 0);
        const madeUp = list.filter((s) => s.status === SessionStatus.MakeUp).reduce((t, s) => t + s.minutes, 0);
        return compensatoryBalance(tally) === Math.max(0, missed - madeUp);
      }),
    );
    expect(compensatoryBalance(tallySessions([{ status: SessionStatus.StudentAbsent, minutes: 30 }]))).toBe(0);
    expect(compensatoryBalance(tallySessions([{ status: SessionStatus.SchoolClosed, minutes: 30 }]))).toBe(0);
  });

  it('puts every minute in exactly one account', () => {
    fc.assert(
      fc.property(sessions, (list) => {
        const t = tallySessions(list);
        return t.delivered + t.excused + t.missedBySchool + t.madeUp === list.reduce((sum, s) => sum + s.minutes, 0);
      }),
    );
  });

  it('is under-delivered below 90% of the minutes the school answers for', () => {
    expect(isUnderDelivered(120, { delivered: 80, excused: 0 })).toBe(true);
    expect(isUnderDelivered(120, { delivered: 108, excused: 0 })).toBe(false);
    // A student absence lowers what the school answers for.
    expect(isUnderDelivered(120, { delivered: 90, excused: 30 })).toBe(false);
    expect(isUnderDelivered(0, { delivered: 0, excused: 0 })).toBe(false);
    expect(accountableMinutes(30, { excused: 60 })).toBe(0);
  });
});
