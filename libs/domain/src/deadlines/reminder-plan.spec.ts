import { nextEscalationDate, planReminders, type ExistingReminder } from './reminders';

const CM = 'case-manager';
const REP = 'district-rep';

describe('reminder plan', () => {
  it('reminds 30, 14, 7 and 1 days before and on the day, and escalates the day after', () => {
    const plan = planReminders({ dueDate: '2027-01-29', today: '2026-11-22', remindUserIds: [CM], escalateUserIds: [REP], existing: [] });
    expect(plan.cancelIds).toEqual([]);
    expect(plan.upsert).toEqual([
      { recipientUserId: CM, offsetDays: 30, dueOn: '2026-12-30', kind: 'REMINDER' },
      { recipientUserId: CM, offsetDays: 14, dueOn: '2027-01-15', kind: 'REMINDER' },
      { recipientUserId: CM, offsetDays: 7, dueOn: '2027-01-22', kind: 'REMINDER' },
      { recipientUserId: CM, offsetDays: 1, dueOn: '2027-01-28', kind: 'REMINDER' },
      { recipientUserId: CM, offsetDays: 0, dueOn: '2027-01-29', kind: 'REMINDER' },
      { recipientUserId: REP, offsetDays: -1, dueOn: '2027-01-30', kind: 'ESCALATION' },
    ]);
  });

  it('does not create reminders dated before today, but keeps one that waits unsent', () => {
    const existing: ExistingReminder[] = [
      { id: 'r14', recipientUserId: CM, offsetDays: 14, dueOn: '2026-11-20', state: 'PENDING' },
      { id: 'r30', recipientUserId: CM, offsetDays: 30, dueOn: '2026-11-04', state: 'SENT' },
    ];
    const plan = planReminders({ dueDate: '2026-12-04', today: '2026-11-22', remindUserIds: [CM], escalateUserIds: [REP], existing });
    expect(plan.upsert.map((row) => row.offsetDays)).toEqual([7, 1, 0, -1]);
    expect(plan.cancelIds).toEqual([]);
  });

  it('re-dates unsent reminders when the due date moves and cancels those that no longer belong', () => {
    const existing: ExistingReminder[] = [
      { id: 'r7', recipientUserId: CM, offsetDays: 7, dueOn: '2026-12-01', state: 'PENDING' },
      { id: 'esc', recipientUserId: REP, offsetDays: -8, dueOn: '2026-12-16', state: 'PENDING' },
      { id: 'old-cm', recipientUserId: 'former-case-manager', offsetDays: 1, dueOn: '2026-12-07', state: 'CLAIMED' },
    ];
    const plan = planReminders({ dueDate: '2026-12-15', today: '2026-11-22', remindUserIds: [CM], escalateUserIds: [REP], existing });
    expect(plan.upsert).toContainEqual({ recipientUserId: CM, offsetDays: 7, dueOn: '2026-12-08', kind: 'REMINDER' });
    expect(plan.cancelIds.sort()).toEqual(['esc', 'old-cm']);
  });

  it('escalates weekly while overdue, on the rhythm that starts the day after the due date', () => {
    expect(nextEscalationDate('2026-11-08', '2026-11-05')).toBe('2026-11-09');
    expect(nextEscalationDate('2026-11-08', '2026-11-09')).toBe('2026-11-09');
    expect(nextEscalationDate('2026-11-08', '2026-11-10')).toBe('2026-11-16');
    expect(nextEscalationDate('2026-11-08', '2026-11-16')).toBe('2026-11-16');
    const plan = planReminders({ dueDate: '2026-11-08', today: '2026-11-22', remindUserIds: [CM], escalateUserIds: [REP], existing: [] });
    expect(plan.upsert).toEqual([{ recipientUserId: REP, offsetDays: -15, dueOn: '2026-11-23', kind: 'ESCALATION' }]);
  });

  it('leaves sent reminders alone and revives cancelled ones that belong again', () => {
    const existing: ExistingReminder[] = [
      { id: 'sent', recipientUserId: CM, offsetDays: 0, dueOn: '2026-12-10', state: 'SENT' },
      { id: 'cancelled', recipientUserId: CM, offsetDays: 1, dueOn: '2026-12-09', state: 'CANCELLED' },
    ];
    const plan = planReminders({ dueDate: '2026-12-10', today: '2026-11-22', remindUserIds: [CM], escalateUserIds: [], existing });
    expect(plan.upsert.map((row) => row.offsetDays)).toEqual([14, 7, 1]);
    expect(plan.cancelIds).toEqual([]);
  });
});
