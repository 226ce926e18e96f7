import fc from 'fast-check';
import { SchoolCalendar } from '../deadlines/school-calendar';
import { YEAR_2026_27 } from '../deadlines/testing/district-calendar';
import { lastSchoolWeeks, requiredMinutes, weeklyRequirements, weekStart, type ServicePlan } from './required-minutes';

// The oracle shares no code with the module: JavaScript Dates, one day at a time.
const MS_PER_DAY = 86_400_000;
const plusDays = (date: string, days: number) => new Date(Date.parse(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(Date.parse(date)).getUTCDay();

const calendar = new SchoolCalendar([YEAR_2026_27]);
const isSchoolDay = (date: string) => calendar.isSchoolDay(date);

const dateIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => plusDays(from, n));
const plans = fc
  .record({
    minutes: fc.integer({ min: 1, max: 480 }),
    frequency: fc.constantFrom<ServicePlan['frequency']>('DAILY', 'WEEKLY', 'MONTHLY'),
    startDate: dateIn('2026-08-01', 300),
    length: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ length, ...plan }) => ({ ...plan, endDate: plusDays(plan.startDate, length) }));
const spans = fc.tuple(dateIn('2026-07-01', 380), fc.integer({ min: 0, max: 120 })).map(([from, n]) => ({ from, to: plusDays(from, n) }));

describe('required minutes (property)', () => {
  it('owes nothing on a day without school or outside the service', () => {
    fc.assert(
      fc.property(plans, dateIn('2026-07-01', 380), (plan, day) => {
        const owed = requiredMinutes(plan, isSchoolDay, day, day);
        if (!calendar.isSchoolDay(day) || day < plan.startDate || day > plan.endDate) return owed === 0;
        return owed > 0;
      }),
    );
  });

  it('adds up: the weeks of a span owe what the span owes', () => {
    fc.assert(
      fc.property(plans, spans, (plan, { from, to }) => {
        const weeks = weeklyRequirements(plan, isSchoolDay, from, to);
        const sum = weeks.reduce((total, week) => total + week.required, 0);
        return Math.abs(sum - requiredMinutes(plan, isSchoolDay, from, to)) < 1e-6 && weeks.every((w) => weekday(w.weekStart) === 1);
      }),
    );
  });

  it('never owes more in a week than the IEP states, and a full school week of a weekly service owes it exactly', () => {
    fc.assert(
      fc.property(plans, dateIn('2026-08-24', 280), (plan, day) => {
        const monday = weekStart(day);
        const [week] = weeklyRequirements(plan, isSchoolDay, monday, plusDays(monday, 6));
        if (plan.frequency === 'WEEKLY') {
          if (week.required > plan.minutes + 1e-9) return false;
          // Pro rata: a fifth of the minutes for each school day of the week inside the service.
          return Math.abs(week.required - (plan.minutes * week.schoolDays) / 5) < 1e-9;
        }
        if (plan.frequency === 'DAILY') return week.required === plan.minutes * week.schoolDays;
        return week.required <= plan.minutes;
      }),
    );
  });

  it('counts the school days of a week as the calendar has them', () => {
    fc.assert(
      fc.property(plans, dateIn('2026-08-24', 280), (plan, day) => {
        const monday = weekStart(day);
        const [week] = weeklyRequirements(plan, isSchoolDay, monday, plusDays(monday, 6));
        let expected = 0;
        for (let i = 0; i < 7; i++) {
          const d = plusDays(monday, i);
          if (d >= plan.startDate && d <= plan.endDate && calendar.isSchoolDay(d)) expected++;
        }
        return week.schoolDays === expected;
      }),
    );
  });

  it('grows with the span', () => {
    fc.assert(
      fc.property(plans, spans, fc.integer({ min: 1, max: 30 }), (plan, { from, to }, more) =>
        requiredMinutes(plan, isSchoolDay, from, plusDays(to, more)) >= requiredMinutes(plan, isSchoolDay, from, to)),
    );
  });
});

describe('required minutes (hand-counted on the 2026–27 calendar)', () => {
  const speech: ServicePlan = { minutes: 30, frequency: 'WEEKLY', startDate: '2026-08-26', endDate: '2027-06-15' };

  it('owes the weekly minutes in a full week, and pro rata in a short one', () => {
    expect(requiredMinutes(speech, isSchoolDay, '2026-11-16', '2026-11-22')).toBe(30);
    // Thanksgiving week: Monday and Tuesday only.
    expect(requiredMinutes(speech, isSchoolDay, '2026-11-23', '2026-11-29')).toBeCloseTo(12);
    // The first week: school starts on Wednesday 26 August.
    expect(requiredMinutes(speech, isSchoolDay, '2026-08-24', '2026-08-30')).toBeCloseTo(18);
    // Winter break owes nothing.
    expect(requiredMinutes(speech, isSchoolDay, '2026-12-21', '2027-01-01')).toBe(0);
  });

  it('spreads monthly minutes over the month\'s weekdays', () => {
    // October 2026 has 22 weekdays; Staff Development Day (9th) and Indigenous Peoples' Day (12th) have no school.
    const monthly: ServicePlan = { ...speech, minutes: 220, frequency: 'MONTHLY' };
    expect(requiredMinutes(monthly, isSchoolDay, '2026-10-01', '2026-10-31')).toBeCloseTo(200);
  });

  it('finds the last four weeks that held school', () => {
    // From 4 January 2027 back: two weeks of winter break are skipped.
    expect(lastSchoolWeeks(speech, isSchoolDay, '2027-01-08', 4)).toEqual({ from: '2026-11-30', to: '2027-01-08' });
    expect(lastSchoolWeeks({ ...speech, startDate: '2026-12-14' }, isSchoolDay, '2027-01-08', 4)).toEqual({ from: '2026-12-14', to: '2027-01-08' });
    expect(lastSchoolWeeks(speech, isSchoolDay, '2026-08-01', 4)).toBeNull();
  });
});
