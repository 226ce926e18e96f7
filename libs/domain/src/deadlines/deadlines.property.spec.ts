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

/**
 * What the calendar knows about a day, from the raw years: in a year, in a summer between two entered
 * years no longer than half a year, or nothing.
 */
function oracleCoverage(years: readonly SchoolYear[], date: string): 'SCHOOL_YEAR' | 'BETWEEN_YEARS' | 'UNKNOWN' {
  const sorted = [...years].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
  if (sorted.some((y) => within(date, y.firstDay, y.lastDay))) return 'SCHOOL_YEAR';
  for (let i = 1; i < sorted.length; i++) {
    const gap = Math.round((Date.parse(sorted[i].firstDay) - Date.parse(sorted[i - 1].lastDay)) / MS_PER_DAY) - 1;
    if (date > sorted[i - 1].lastDay && date < sorted[i].firstDay) return gap <= 183 ? 'BETWEEN_YEARS' : 'UNKNOWN';
  }
  return 'UNKNOWN';
}

const isWeekday = (date: string) => ![0, 6].includes(new Date(Date.parse(date)).getUTCDay());

/** The n-th school day after `date`, counting every weekday the calendar does not cover; estimated if any was. */
function oracleEstimate(years: readonly SchoolYear[], date: string, n: number): { due: string; estimated: boolean } {
  let day = date;
  let estimated = false;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, 1);
    if (oracleCoverage(years, day) === 'UNKNOWN') {
      estimated = true;
      if (isWeekday(day)) counted++;
    } else if (oracleIsSchoolDay(years, day)) counted++;
  }
  return { due: day, estimated };
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

const YEAR_2025_26 = schoolYear('2025–26', '2025-08-25', '2026-06-19');
const YEAR_2026_27 = schoolYear('2026–27', '2026-08-24', '2027-06-18');
const YEAR_2027_28 = schoolYear('2027–28', '2027-08-23', '2028-06-16');
const YEAR_2028_29 = schoolYear('2028–29', '2028-08-28', '2029-06-15');

/** The full run of years, some of which a district may not have entered. */
const fullYearsArb: fc.Arbitrary<SchoolYear[]> = fc.tuple(YEAR_2025_26, YEAR_2026_27, YEAR_2027_28, YEAR_2028_29);

/**
 * The years a district entered out of the full run: 2026–27 always, any of the others, so that
 * some calendars start late, end early or miss a year in the middle.
 */
const enteredArb = fc.record({ y25: fc.boolean(), y27: fc.boolean(), y28: fc.boolean() });
const pickEntered = (full: SchoolYear[], e: { y25: boolean; y27: boolean; y28: boolean }): SchoolYear[] =>
  full.filter((_, i) => i === 1 || (i === 0 && e.y25) || (i === 2 && e.y27) || (i === 3 && e.y28));
const yearsArb: fc.Arbitrary<SchoolYear[]> = fc.tuple(fullYearsArb, enteredArb).map(([full, e]) => pickEntered(full, e));

/** Any day from the summer before the first possible year to early in the last one. */
const eventDateArb = fc.integer({ min: -60, max: 1200 }).map((i) => plusDays('2025-08-25', i));
const schoolDaysArb = fc.integer({ min: 1, max: 30 });

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
        const expected = oracleEstimate(years, date, n);
        const profile = defineStateRuleProfile({
          code: 'P',
          name: 'Property',
          serviceStartSchoolDays: n,
          initialEvaluation: { amount: n, unit: 'SCHOOL_DAYS' },
        });
        const calendar = new SchoolCalendar(years);
        const service = computeDeadline('SERVICE_START', { date }, calendar, profile);
        expect(service.dueDate).toBe(expected.due);
        expect(service.explanation.estimated === true).toBe(expected.estimated);
        expect(computeDeadline('INITIAL_EVALUATION', { date }, calendar, profile).dueDate).toBe(expected.due);
        const { skipped } = service.explanation;
        expect(skipped.total).toBe(Math.round((Date.parse(expected.due) - Date.parse(date)) / MS_PER_DAY) - n);
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
  const days = fc.integer({ min: 1, max: 90 });

  it('without break exclusion equal plain date arithmetic, whatever the calendar', () => {
    fc.assert(
      fc.property(yearsArb, anyDate, days, (years, date, n) => {
        const calendar = new SchoolCalendar(years);
        const profile = defineStateRuleProfile({
          code: 'P',
          name: 'Property',
          initialEvaluation: { amount: n, unit: 'CALENDAR_DAYS' },
          firstIepMeetingDays: Math.min(n, 30),
          recordsRequest: { amount: Math.min(n, 45), unit: 'CALENDAR_DAYS' },
          meetingNoticeDays: Math.min(n, 30),
        });
        expect(computeDeadline('INITIAL_EVALUATION', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, n),
        );
        expect(computeDeadline('FIRST_IEP_MEETING', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, Math.min(n, 30)),
        );
        expect(computeDeadline('RECORDS_REQUEST', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, Math.min(n, 45)),
        );
        expect(computeDeadline('MEETING_NOTICE', { date }, calendar, profile).dueDate).toBe(
          plusDays(date, -Math.min(n, 30)),
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
          const summer = (d: string) => oracleCoverage(years, d) === 'BETWEEN_YEARS';
          const excluded = (d: string) =>
            summer(d) || (oracleCoverage(years, d) === 'SCHOOL_YEAR' && longBreaks.some((b) => within(d, b.start, b.end)));
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
          let unknown = false;
          for (let d = plusDays(date, 1); d <= dueDate; d = plusDays(d, 1)) if (oracleCoverage(years, d) === 'UNKNOWN') unknown = true;
          expect(explanation.estimated === true).toBe(unknown);
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

  it('never refuse a school-day count: exact where the calendar covers it, weekdays elsewhere, marked estimated', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, schoolDaysArb, (years, date, n) => {
        const { dueDate, explanation } = computeDeadline('SERVICE_START', { date }, new SchoolCalendar(years), serviceProfile(n));
        const exact = oracleAddSchoolDays(years, date, n);
        const expected = oracleEstimate(years, date, n);
        expect(dueDate).toBe(expected.due);
        if (!expected.estimated) {
          expect(dueDate).toBe(exact);
          expect(explanation.estimated).toBeUndefined();
        } else expect(explanation.estimated).toBe(true);
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

describe('calendar gaps: never silently late (properties)', () => {
  const caLike = (n: number, threshold: number) =>
    defineStateRuleProfile({
      code: 'P',
      name: 'Property',
      initialEvaluation: { amount: Math.min(n, 90), unit: 'CALENDAR_DAYS' },
      excludeBreaksFromCalendarDayCounts: true,
      breakExclusionMinimumWeekdays: threshold,
      serviceStartSchoolDays: Math.min(n, 30),
      recordsRequest: { amount: Math.min(n, 45), unit: 'BUSINESS_DAYS' },
    });
  // Events up to early 2029, so that every count ends inside the full run of years.
  const coveredEventArb = fc.integer({ min: -60, max: 1200 - 150 }).map((i) => plusDays('2025-08-25', i));

  it('with years missing before, between or after, every due date is the exact one or earlier and marked estimated', () => {
    fc.assert(
      fc.property(
        fullYearsArb,
        enteredArb,
        coveredEventArb,
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 6 }),
        (full, entered, date, n, threshold) => {
          const profile = caLike(n, threshold);
          const partial = new SchoolCalendar(pickEntered(full, entered));
          const complete = new SchoolCalendar(full);
          for (const kind of ['SERVICE_START', 'INITIAL_EVALUATION', 'RECORDS_REQUEST'] as const) {
            const estimate = computeDeadline(kind, { date }, partial, profile);
            const exact = computeDeadline(kind, { date }, complete, profile);
            expect(estimate.dueDate <= exact.dueDate).toBe(true);
            if (estimate.dueDate !== exact.dueDate) expect(estimate.explanation.estimated).toBe(true);
          }
        },
      ),
    );
  });

  it('a count that starts before the first entered year, or inside a year never entered, is always estimated', () => {
    fc.assert(
      fc.property(fullYearsArb, enteredArb, coveredEventArb, schoolDaysArb, (full, entered, date, n) => {
        const years = pickEntered(full, entered);
        let firstWeekday = plusDays(date, 1);
        while (!isWeekday(firstWeekday)) firstWeekday = plusDays(firstWeekday, 1);
        fc.pre(oracleCoverage(years, firstWeekday) === 'UNKNOWN');
        const profile = caLike(n, 5);
        const calendar = new SchoolCalendar(years);
        for (const kind of ['SERVICE_START', 'INITIAL_EVALUATION', 'RECORDS_REQUEST'] as const) {
          expect(computeDeadline(kind, { date }, calendar, profile).explanation.estimated).toBe(true);
        }
      }),
    );
  });

  it('business days land on a weekday that is not a holiday, after exactly N such days', () => {
    fc.assert(
      fc.property(yearsArb, eventDateArb, fc.integer({ min: 1, max: 45 }), (years, date, n) => {
        const profile = defineStateRuleProfile({ code: 'P', name: 'P', recordsRequest: { amount: n, unit: 'BUSINESS_DAYS' } });
        const { dueDate } = computeDeadline('RECORDS_REQUEST', { date }, new SchoolCalendar(years), profile);
        const holiday = (d: string) =>
          oracleCoverage(years, d) === 'SCHOOL_YEAR' && years.some((y) => (y.holidays ?? []).some((h) => h.date === d));
        let counted = 0;
        for (let d = plusDays(date, 1); d <= dueDate; d = plusDays(d, 1)) if (isWeekday(d) && !holiday(d)) counted++;
        expect(counted).toBe(n);
        expect(isWeekday(dueDate) && !holiday(dueDate)).toBe(true);
      }),
    );
  });
});

describe('annual review and reevaluation as each profile states them (properties)', () => {
  const anyDate = fc.integer({ min: 0, max: 50_000 }).map((i) => plusDays('1970-01-01', i));
  const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

  it('"within N months": the same day N months later, or the last day of a shorter month; never the day before', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 12, max: 36 }), (date, annual, reeval) => {
        const profile = defineStateRuleProfile({
          code: 'P',
          name: 'P',
          annualReview: { rule: 'WITHIN_MONTHS', months: annual },
          reevaluation: { rule: 'WITHIN_MONTHS', months: reeval },
        });
        for (const [kind, months] of [['ANNUAL_REVIEW', annual], ['REEVALUATION', reeval]] as const) {
          const { dueDate, explanation } = computeDeadline(kind, { date }, null, profile);
          const [y, m, d] = date.split('-').map(Number);
          const index = y * 12 + (m - 1) + months;
          const ty = Math.floor(index / 12);
          const tm = (index % 12) + 1;
          const td = Math.min(d, lastDayOfMonth(ty, tm));
          expect(dueDate).toBe(`${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`);
          expect(explanation).toMatchObject({ rule: 'MONTHS_AFTER', amount: months, unit: 'MONTHS' });
          expect(explanation.leapDayAdjusted).toBe(date.endsWith('-02-29') && !dueDate.endsWith('-02-29'));
        }
      }),
    );
  });

  it('"by the anniversary": the same month and day N years later, 29 February on 28 February in a common year', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(12, 24, 36), (date, reeval) => {
        const profile = defineStateRuleProfile({
          code: 'P',
          name: 'P',
          annualReview: { rule: 'BY_ANNIVERSARY', months: 12 },
          reevaluation: { rule: 'BY_ANNIVERSARY', months: reeval },
        });
        for (const [kind, years] of [['ANNUAL_REVIEW', 1], ['REEVALUATION', reeval / 12]] as const) {
          const { dueDate, explanation } = computeDeadline(kind, { date }, null, profile);
          const [y, m, d] = date.split('-').map(Number);
          const ty = y + years;
          const leap = (ty % 4 === 0 && ty % 100 !== 0) || ty % 400 === 0;
          const expectedDay = m === 2 && d === 29 && !leap ? 28 : d;
          expect(dueDate).toBe(`${ty}-${String(m).padStart(2, '0')}-${String(expectedDay).padStart(2, '0')}`);
          expect(explanation).toMatchObject({ rule: 'ANNIVERSARY', amount: years, unit: 'YEARS' });
          expect(explanation.leapDayAdjusted).toBe(expectedDay !== d);
        }
      }),
    );
  });

  it('the IDEA annual review falls on the anniversary of a meeting that is not on 29 February', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        fc.pre(!date.endsWith('-02-29'));
        const { dueDate } = computeDeadline('ANNUAL_REVIEW', { date }, null, defineStateRuleProfile({ code: 'P', name: 'P' }));
        expect(dueDate.slice(4)).toBe(date.slice(4));
        expect(Number(dueDate.slice(0, 4))).toBe(Number(date.slice(0, 4)) + 1);
      }),
    );
  });
});
