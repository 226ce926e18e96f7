import { SchoolCalendar } from '../deadlines/school-calendar';
import { YEAR_2026_27 } from '../deadlines/testing/district-calendar';
import { SessionStatus } from './sessions';
import { summarizeDelivery } from './summary';

const calendar = new SchoolCalendar([YEAR_2026_27]);
const isSchoolDay = (date: string) => calendar.isSchoolDay(date);
const speech = { minutes: 30, frequency: 'WEEKLY' as const, startDate: '2026-11-02', endDate: '2027-06-15' };

describe('summarizeDelivery', () => {
  it('counts delivered against required per week and to date, and owes back what the provider missed', () => {
    const summary = summarizeDelivery(speech, [
      { date: '2026-11-03', minutes: 30, status: SessionStatus.Delivered },
      { date: '2026-11-10', minutes: 30, status: SessionStatus.ProviderAbsent },
      { date: '2026-11-17', minutes: 30, status: SessionStatus.StudentAbsent },
      { date: '2026-11-24', minutes: 20, status: SessionStatus.MakeUp },
    ], isSchoolDay, '2026-11-27');
    // Four weeks: 30 + 24 (Veterans Day) + 30 + 12 (Thanksgiving).
    expect(summary.toDate.required).toBeCloseTo(96);
    expect(summary.toDate).toMatchObject({ delivered: 30, excused: 30, missedBySchool: 30, madeUp: 20 });
    expect(summary.compensatoryBalance).toBe(10);
    expect(summary.weeks.map((w) => w.weekStart)).toEqual(['2026-11-23', '2026-11-16', '2026-11-09', '2026-11-02']);
    expect(summary.weeks[2]).toMatchObject({ schoolDays: 4, missedBySchool: 30 });
    // 30 delivered of 66 accountable (96 less 30 excused): under 90%.
    expect(summary.underDelivered).toBe(true);
  });

  it('requires nothing before the service starts and of a service without minutes', () => {
    expect(summarizeDelivery(speech, [], isSchoolDay, '2026-10-01').toDate.required).toBe(0);
    const blank = summarizeDelivery(null, [{ date: '2026-11-03', minutes: 30, status: SessionStatus.Delivered }], isSchoolDay, '2026-11-27');
    expect(blank).toMatchObject({ underDelivered: false, weeks: [], toDate: { required: 0, delivered: 30 } });
  });
});
