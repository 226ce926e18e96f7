import fc from 'fast-check';
import { computeDeadline } from './compute-deadline';
import { CalendarRangeError } from './errors';
import { SchoolCalendar, type SchoolYear } from './school-calendar';
import { defineStateRuleProfile } from './state-rule-profiles';

// The oracle below deliberately shares no code with the engine: it reads the raw year definitions and
// steps through JavaScript Dates one day at a time.
const MS_PER_DAY = 86_400_000;
const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
const within = (date: string, start: string, end: string) => start <= date && date <= end;

function oracleIsSchoolDay(years: readonly SchoolYear[], date: string): boolean {
  const weekday = new Date(Date.parse(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (!years.some((y) => within(date, y.firstDay, y.lastDay))) return false;
  return !years.some(
    (y) =>
      (y.holidays ?? []).some((h) => h.date === date) ||
      (y.nonSchoolDays ?? []).some((h) => h.date === date) ||
      (y.breaks ?? []).some((b) => within(date, b.start, b.end)),
  );
}

/** The n-th school day after `date` by walking the calendar, or null when the configured years run out. */
function oracleAddSchoolDays(years: readonly SchoolYear[], date: string, n: number): string | null {
  const lastDay = years.map((y) => y.lastDay).reduce((a, b) => (a > b ? a : b));
  let day = date;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, 1);
    if (day > lastDay) return null;
    if (oracleIsSchoolDay(years, day)) counted++;
  }
  return day;
}

const schoolYear = (label: string, firstDay: string, lastDay: string): fc.Arbitrary<SchoolYear> => {
  const span = Math.round((Date.parse(lastDay) - Date.parse(firstDay)) / MS_PER_DAY);
  const offset = fc.integer({ min: 0, max: span });
  return fc
    .record({
      holidays: fc.uniqueArray(offset, { maxLength: 20 }),
      nonSchoolDays: fc.uniqueArray(offset, { maxLength: 5 }),
      breaks: fc.array(fc.record({ start: offset, length: fc.integer({ min: 1, max: 16 }) }), {
        maxLength: 4,
      }),
    })
    .map(({ holidays, nonSchoolDays, breaks }) => ({
      label,
      firstDay,
      lastDay,
      holidays: holidays.map((i, k) => ({ date: plusDays(firstDay, i), name: `Holiday ${k}` })),
      nonSchoolDays: nonSchoolDays.map((i, k) => ({ date: plusDays(firstDay, i), name: `Closure ${k}` })),
      breaks: breaks.map((b, k) => ({
        name: `Break ${k}`,
        start: plusDays(firstDay, b.start),
        end: plusDays(firstDay, b.start + b.length - 1),
      })),
    }));
};

const yearsArb: fc.Arbitrary<SchoolYear[]> = fc
  .tuple(
    schoolYear('2026–27', '2026-08-24', '2027-06-18'),
    fc.option(schoolYear('2027–28', '2027-08-23', '2028-06-16')),
  )
  .map(([first, second]) => (second ? [first, second] : [first]));

/** Any day from a month before the first year to a little after the last configured day. */
const eventDateArb = fc.integer({ min: -30, max: 680 }).map((i) => plusDays('2026-08-24', i));
const schoolDaysArb = fc.integer({ min: 1, max: 60 });

function addSchoolDaysOrNull(calendar: SchoolCalendar, date: string, n: number): string | null {
  try {
    return calendar.addSchoolDays(date, n);
  } catch (error) {
    if (error instanceof CalendarRangeError) return null;
    throw error;
  }
}

// Half the new holidays land near the event so that the "inside the span" branch is well exercised.
const holidayArb = fc.record({
  nearEvent: fc.boolean(),
  offset: fc.integer({ min: -3, max: 90 }),
  anywhere: eventDateArb,
});

describe('school-day counts (properties)', () => {
  it('never land on a non-school day, and land strictly after the event', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, (years, date, n) => {
        const due = addSchoolDaysOrNull(new SchoolCalendar(years), date, n);
        fc.pre(due !== null);
        expect(oracleIsSchoolDay(years, due)).toBe(true);
        expect(due > date).toBe(true);
      }),
    );
  });

  it('agree with a naive day-by-day count, including when the configured years run out', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, (years, date, n) => {
        expect(addSchoolDaysOrNull(new SchoolCalendar(years), date, n)).toBe(
          oracleAddSchoolDays(years, date, n),
        );
      }),
    );
  });

  it('agree with the naive count through computeDeadline for SERVICE_START and school-day evaluations', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, (years, date, n) => {
        const expected = oracleAddSchoolDays(years, date, n);
        fc.pre(expected !== null);
        const profile = defineStateRuleProfile({
          code: 'P',
          name: 'Property',
          serviceStartSchoolDays: n,
          initialEvaluation: { amount: n, unit: 'SCHOOL_DAYS' },
        });
        const calendar = new SchoolCalendar(years);
        const service = computeDeadline('SERVICE_START', { date }, calendar, profile);
        expect(service.dueDate).toBe(expected);
        expect(computeDeadline('INITIAL_EVALUATION', { date }, calendar, profile).dueDate).toBe(expected);
        const { skipped } = service.explanation;
        expect(skipped.total).toBe(Math.round((Date.parse(expected) - Date.parse(date)) / MS_PER_DAY) - n);
        expect(skipped.weekendDays + skipped.schoolHolidays + skipped.daysOutsideSchoolYear).toBe(
          skipped.total,
        );
      }),
    );
  });

  it('move only when a new holiday falls on a school day inside their span, and then to the next school day', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, holidayArb, (years, date, n, pick) => {
        const holiday = pick.nearEvent ? plusDays(date, pick.offset) : pick.anywhere;
        const before = new SchoolCalendar(years);
        const due = addSchoolDaysOrNull(before, date, n);
        fc.pre(due !== null);
        const [first, ...rest] = years;
        const withHoliday = [
          { ...first, holidays: [...(first.holidays ?? []), { date: holiday, name: 'Snow Day' }] },
          ...rest,
        ];
        const after = addSchoolDaysOrNull(new SchoolCalendar(withHoliday), date, n);
        const insideSpan = date < holiday && holiday <= due;
        if (insideSpan && before.isSchoolDay(holiday)) {
          expect(after).toBe(addSchoolDaysOrNull(before, due, 1));
        } else {
          expect(after).toBe(due);
        }
      }),
    );
  });

  it('are strictly monotonic in the number of school days', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, schoolDaysArb, (years, date, a, b) => {
        fc.pre(a !== b);
        const calendar = new SchoolCalendar(years);
        const [low, high] = a < b ? [a, b] : [b, a];
        const later = addSchoolDaysOrNull(calendar, date, high);
        fc.pre(later !== null);
        const earlier = addSchoolDaysOrNull(calendar, date, low);
        expect(earlier).not.toBeNull();
        expect((earlier ?? '') < later).toBe(true);
      }),
    );
  });
});

describe('calendar-day counts (properties)', () => {
  const anyDate = fc.integer({ min: -20_000, max: 40_000 }).map((i) => plusDays('1970-01-01', i));
  const days = fc.integer({ min: 1, max: 400 });

  it('without break exclusion equal plain date arithmetic, whatever the calendar', () => {
    fc.assert(
      fc.property(yearsArb, anyDate, days, (years, date, n) => {
        const calendar = new SchoolCalendar(years);
        const profile = defineStateRuleProfile({
          code: 'P',
          name: 'Property',
          initialEvaluation: { amount: n, unit: 'CALENDAR_DAYS' },
          firstIepMeetingDays: n,
          recordsRequestDays: n,
          meetingNoticeDays: n,
        });
        expect(computeDeadline('INITIAL_EVALUATION', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, n),
        );
        expect(computeDeadline('FIRST_IEP_MEETING', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, n),
        );
        expect(computeDeadline('RECORDS_REQUEST', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, n),
        );
        expect(computeDeadline('MEETING_NOTICE', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, -n),
        );
      }),
    );
  });

  it('with break exclusion count exactly N days outside long breaks and never end inside one', () => {
    fc.assert(
      fc.property(
        yearsArb,
        eventDateArb,
        days,
        fc.integer({ min: 0, max: 6 }),
        (years, date, n, threshold) => {
          const profile = defineStateRuleProfile({
            code: 'P',
            name: 'Property',
            initialEvaluation: { amount: n, unit: 'CALENDAR_DAYS' },
            excludeBreaksFromCalendarDayCounts: true,
            breakExclusionMinimumWeekdays: threshold,
          });
          const weekdaysIn = (start: string, end: string) => {
            let count = 0;
            for (let d = start; d <= end; d = plusDays(d, 1))
              if (![0, 6].includes(new Date(Date.parse(d)).getUTCDay())) count++;
            return count;
          };
          const longBreaks = years
            .flatMap((y) => y.breaks ?? [])
            .filter((b) => weekdaysIn(b.start, b.end) > threshold);
          const excluded = (d: string) => longBreaks.some((b) => within(d, b.start, b.end));
          const { dueDate, explanation } = computeDeadline(
            'INITIAL_EVALUATION',
            { date },
            new SchoolCalendar(years),
            profile,
          );
          let counted = 0;
          let skipped = 0;
          for (let d = plusDays(date, 1); d <= dueDate; d = plusDays(d, 1)) {
            if (excluded(d)) skipped++;
            else counted++;
          }
          expect(counted).toBe(n);
          expect(excluded(dueDate)).toBe(false);
          expect(explanation.skipped.total).toBe(skipped);
        },
      ),
    );
  });
});

/** The n-th weekday after `date`, walking JavaScript Dates: what an estimate without a calendar must give. */
function oracleAddWeekdays(date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, 1);
    if (![0, 6].includes(new Date(Date.parse(day)).getUTCDay())) counted++;
  }
  return day;
}

describe('estimates where no school calendar covers the dates (properties)', () => {
  const serviceProfile = (n: number) =>
    defineStateRuleProfile({ code: 'P', name: 'Property', serviceStartSchoolDays: n });

  it('never refuse a school-day count: exact when the calendar covers it, else the n-th weekday, marked estimated', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, (years, date, n) => {
        const { dueDate, explanation } = computeDeadline('SERVICE_START', { date }, new SchoolCalendar(years), serviceProfile(n));
        const exact = oracleAddSchoolDays(years, date, n);
        if (exact !== null) {
          expect(dueDate).toBe(exact);
          expect(explanation.estimated).toBeUndefined();
        } else {
          expect(dueDate).toBe(oracleAddWeekdays(date, n));
          expect(explanation.estimated).toBe(true);
        }
      }),
    );
  });

  it('without any calendar land on a weekday strictly after the event, and skip only weekends', () => {
    fc.assert(
      fc.property(eventDateArb, schoolDaysArb, (date, n) => {
        const { dueDate, explanation } = computeDeadline('SERVICE_START', { date }, null, serviceProfile(n));
        expect(dueDate).toBe(oracleAddWeekdays(date, n));
        expect(dueDate > date).toBe(true);
        expect([0, 6]).not.toContain(new Date(Date.parse(dueDate)).getUTCDay());
        expect(explanation).toMatchObject({ estimated: true, skipped: { schoolHolidays: 0, daysOutsideSchoolYear: 0 } });
        expect(explanation.skipped.total).toBe(explanation.skipped.weekendDays);
        expect(explanation.skipped.total).toBe(Math.round((Date.parse(dueDate) - Date.parse(date)) / MS_PER_DAY) - n);
      }),
    );
  });

  it('are never later than the exact date the calendar gives once it is entered', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, (years, date, n) => {
        const exact = oracleAddSchoolDays(years, date, n);
        fc.pre(exact !== null);
        const estimate = computeDeadline('SERVICE_START', { date }, null, serviceProfile(n));
        expect(estimate.dueDate <= exact).toBe(true);
      }),
    );
  });
});
