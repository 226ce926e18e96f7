import { deadlineStatus } from './deadline-status';
import { DeadlineInputError } from './errors';
import { escalationStartDate, reminderDates } from './reminders';

describe('reminderDates', () => {
  it('defaults to 30, 14, 7 and 1 days before and the due date itself, earliest first', () => {
    expect(reminderDates('2026-12-09')).toEqual([
      { offsetDays: 30, date: '2026-11-09' },
      { offsetDays: 14, date: '2026-11-25' },
      { offsetDays: 7, date: '2026-12-02' },
      { offsetDays: 1, date: '2026-12-08' },
      { offsetDays: 0, date: '2026-12-09' },
    ]);
  });

  it('crosses month and year ends and sorts and de-duplicates custom offsets', () => {
    expect(reminderDates('2027-01-05', [0, 7, 7, 10])).toEqual([
      { offsetDays: 10, date: '2026-12-26' },
      { offsetDays: 7, date: '2026-12-29' },
      { offsetDays: 0, date: '2027-01-05' },
    ]);
  });

  it('drops reminders that would be in the past when the deadline is created', () => {
    expect(
      reminderDates('2026-12-09', undefined, { notBefore: '2026-12-02' }).map((r) => r.offsetDays),
    ).toEqual([7, 1, 0]);
  });

  it('refuses negative or fractional offsets', () => {
    expect(() => reminderDates('2026-12-09', [-1])).toThrow(DeadlineInputError);
    expect(() => reminderDates('2026-12-09', [1.5])).toThrow(DeadlineInputError);
  });
});

describe('escalation', () => {
  it('starts the day after the due date', () => {
    expect(escalationStartDate('2026-12-31')).toBe('2027-01-01');
  });
});

describe('deadlineStatus', () => {
  it.each([
    ['2026-12-09', null, '2026-12-01', 'UPCOMING'],
    ['2026-12-09', null, '2026-12-02', 'UPCOMING'],
    ['2026-12-09', null, '2026-12-03', 'DUE_THIS_WEEK'],
    ['2026-12-09', null, '2026-12-09', 'DUE_THIS_WEEK'],
    ['2026-12-09', null, '2026-12-10', 'OVERDUE'],
    ['2026-12-09', '2026-12-01', '2027-05-01', 'MET_ON_TIME'],
    ['2026-12-09', '2026-12-09', '2026-12-09', 'MET_ON_TIME'],
    ['2026-12-09', '2026-12-10', '2026-12-10', 'MET_LATE'],
  ] as const)('due %s, met %s, today %s → %s', (due, metOn, today, status) => {
    expect(deadlineStatus(due, metOn, today)).toBe(status);
  });

  it('refuses malformed dates', () => {
    expect(() => deadlineStatus('2026-12-09', '2026-13-01', '2026-12-09')).toThrow(DeadlineInputError);
  });
});
