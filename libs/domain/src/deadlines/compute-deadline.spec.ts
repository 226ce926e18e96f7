import { computeDeadline, DEADLINE_KINDS, DeadlineKind } from './compute-deadline';
import { describeDeadline } from './describe-deadline';
import { CalendarRangeError, DeadlineInputError } from './errors';
import { SchoolCalendar, type SchoolYear } from './school-calendar';
import {
  CA_PROFILE,
  defineStateRuleProfile,
  deriveDistrictProfile,
  getStateRuleProfile,
  IDEA_PROFILE,
  MA_PROFILE,
  pickRuleValues,
  PROFILE_RULE_KEYS,
  profileRuleProblems,
  STATE_RULE_PROFILES,
} from './state-rule-profiles';
import { YEAR_2026_27, YEAR_2027_28 } from './testing/district-calendar';

const oneYear = new SchoolCalendar([YEAR_2026_27]);
const twoYears = new SchoolCalendar([YEAR_2027_28, YEAR_2026_27]);

describe('SchoolCalendar', () => {
  it.each([
    ['2026-08-26', 'SCHOOL_DAY', null],
    ['2026-08-29', 'WEEKEND', null],
    ['2026-09-07', 'HOLIDAY', 'Labor Day'],
    ['2026-10-09', 'NON_SCHOOL_DAY', 'Staff Development Day'],
    ['2026-11-26', 'BREAK', 'Thanksgiving Break'],
    ['2027-01-01', 'BREAK', 'Winter Break'],
    ['2027-01-18', 'HOLIDAY', 'Martin Luther King Jr. Day'],
    ['2027-06-15', 'SCHOOL_DAY', null],
    ['2027-06-16', 'OUTSIDE_SCHOOL_YEAR', null],
    ['2026-08-25', 'OUTSIDE_SCHOOL_YEAR', null],
    ['2030-01-07', 'OUTSIDE_SCHOOL_YEAR', null],
  ])('describes %s as %s', (date, kind, name) => {
    expect(oneYear.describeDay(date)).toEqual({ date, kind, name });
    expect(oneYear.isSchoolDay(date)).toBe(kind === 'SCHOOL_DAY');
  });

  it('treats the summer between two configured years as no school', () => {
    expect(twoYears.isSchoolDay('2027-07-07')).toBe(false);
    expect(twoYears.isSchoolDay('2027-08-25')).toBe(true);
    expect(twoYears.firstDay).toBe('2026-08-26');
    expect(twoYears.lastDay).toBe('2028-06-14');
  });

  it('refuses overlapping years, reversed ranges and malformed dates', () => {
    expect(() => new SchoolCalendar([])).toThrow(DeadlineInputError);
    expect(
      () => new SchoolCalendar([YEAR_2026_27, { label: 'x', firstDay: '2027-06-01', lastDay: '2027-12-01' }]),
    ).toThrow(/overlap/);
    expect(() => new SchoolCalendar([{ label: 'x', firstDay: '2027-06-01', lastDay: '2027-05-01' }])).toThrow(
      /ends/,
    );
    expect(
      () => new SchoolCalendar([{ ...YEAR_2026_27, holidays: [{ date: '2026-02-30', name: 'Nope' }] }]),
    ).toThrow(DeadlineInputError);
  });

  it('counts school days in a half-open span', () => {
    expect(oneYear.countSchoolDays('2026-11-20', '2026-12-09')).toBe(10);
    expect(oneYear.countSchoolDays('2026-12-09', '2026-11-20')).toBe(0);
  });
});

describe('computeDeadline', () => {
  describe('SERVICE_START (10 school days after the parent signs)', () => {
    it('skips Thanksgiving break', () => {
      const result = computeDeadline('SERVICE_START', { date: '2026-11-20' }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe('2026-12-09');
      expect(result.explanation).toEqual({
        rule: 'SCHOOL_DAYS_AFTER',
        amount: 10,
        unit: 'SCHOOL_DAYS',
        from: { event: 'PARENT_SIGNATURE', date: '2026-11-20' },
        profileCode: 'IDEA',
        skipped: {
          total: 9,
          weekendDays: 6,
          schoolHolidays: 3,
          daysOutsideSchoolYear: 0,
          names: ['Thanksgiving Break'],
        },
        leapDayAdjusted: false,
      });
    });

    it('skips the whole winter break', () => {
      const result = computeDeadline(
        DeadlineKind.ServiceStart,
        { date: '2026-12-17' },
        oneYear,
        IDEA_PROFILE,
      );
      expect(result.dueDate).toBe('2027-01-14');
      expect(result.explanation.skipped.schoolHolidays).toBe(10);
    });

    it('skips Martin Luther King Jr. Day', () => {
      const result = computeDeadline('SERVICE_START', { date: '2027-01-11' }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe('2027-01-26');
      expect(result.explanation.skipped.names).toEqual(['Martin Luther King Jr. Day']);
    });

    it('signing on a Saturday gives the same due date as signing on the Friday before', () => {
      expect(computeDeadline('SERVICE_START', { date: '2026-11-21' }, oneYear, IDEA_PROFILE).dueDate).toBe(
        '2026-12-09',
      );
    });

    it('crosses the summer into the next configured school year', () => {
      const result = computeDeadline('SERVICE_START', { date: '2027-06-10' }, twoYears, IDEA_PROFILE);
      expect(result.dueDate).toBe('2027-09-02');
      expect(result.explanation.skipped).toEqual({
        total: 74,
        weekendDays: 24,
        schoolHolidays: 0,
        daysOutsideSchoolYear: 50,
        names: [],
      });
    });

    it('estimates with weekdays when the next school year is not configured, and says so', () => {
      // The calendar itself still refuses to count past its last day; the engine falls back.
      expect(() => oneYear.addSchoolDays('2027-06-10', 10)).toThrow(CalendarRangeError);
      const result = computeDeadline('SERVICE_START', { date: '2027-06-10' }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe('2027-06-24');
      expect(result.explanation).toMatchObject({
        rule: 'SCHOOL_DAYS_AFTER',
        amount: 10,
        estimated: true,
        skipped: { total: 4, weekendDays: 4, schoolHolidays: 0, daysOutsideSchoolYear: 0, names: [] },
      });
      // Once the next year is entered the same event gives the exact date, with no estimate mark.
      const exact = computeDeadline('SERVICE_START', { date: '2027-06-10' }, twoYears, IDEA_PROFILE);
      expect(exact.dueDate).toBe('2027-09-02');
      expect('estimated' in exact.explanation).toBe(false);
    });

    it('estimates with weekdays when the district has no calendar at all', () => {
      const result = computeDeadline('SERVICE_START', { date: '2026-11-20' }, null, IDEA_PROFILE);
      expect(result.dueDate).toBe('2026-12-04');
      expect(result.explanation.estimated).toBe(true);
      // Rules that never count school days need no calendar and are never estimates.
      expect(computeDeadline('ANNUAL_REVIEW', { date: '2026-11-20' }, null, IDEA_PROFILE).explanation.estimated).toBeUndefined();
      expect(computeDeadline('INITIAL_EVALUATION', { date: '2026-11-20' }, null, IDEA_PROFILE).explanation.estimated).toBeUndefined();
      // A state whose calendar-day clocks stop over breaks cannot know them without a calendar.
      const withoutBreaks = computeDeadline('INITIAL_EVALUATION', { date: '2026-11-20' }, null, CA_PROFILE);
      expect(withoutBreaks.explanation).toMatchObject({ rule: 'CALENDAR_DAYS_AFTER', estimated: true });
    });

    it('runs from the day the IEP took effect where no signature is required', () => {
      const profile = defineStateRuleProfile({
        code: 'XX',
        name: 'No signature',
        requiresParentSignature: false,
      });
      const result = computeDeadline('SERVICE_START', { date: '2026-11-20' }, oneYear, profile);
      expect(result.explanation.from.event).toBe('IEP_IN_EFFECT');
    });
  });

  describe('INITIAL_EVALUATION', () => {
    it('IDEA: 60 calendar days after consent, breaks included', () => {
      const result = computeDeadline('INITIAL_EVALUATION', { date: '2026-11-16' }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe('2027-01-15');
      expect(result.explanation.rule).toBe('CALENDAR_DAYS_AFTER');
      expect(result.explanation.skipped.total).toBe(0);
    });

    it('MA: 30 school days after consent, across Thanksgiving and winter break', () => {
      const result = computeDeadline('INITIAL_EVALUATION', { date: '2026-11-16' }, oneYear, MA_PROFILE);
      expect(result.dueDate).toBe('2027-01-14');
      expect(result.explanation).toMatchObject({
        rule: 'SCHOOL_DAYS_AFTER',
        amount: 30,
        unit: 'SCHOOL_DAYS',
      });
      expect(result.explanation.skipped).toMatchObject({
        schoolHolidays: 13,
        names: ['Thanksgiving Break', 'Winter Break'],
      });
    });

    it('CA: the clock stops for the 10-weekday winter break', () => {
      const result = computeDeadline('INITIAL_EVALUATION', { date: '2026-11-16' }, oneYear, CA_PROFILE);
      // 34 days from 17 Nov to 20 Dec, the 12 days of winter break not counted, 26 more to 27 Jan.
      expect(result.dueDate).toBe('2027-01-27');
      expect(result.explanation.rule).toBe('CALENDAR_DAYS_AFTER_EXCLUDING_BREAKS');
      expect(result.explanation.skipped).toEqual({
        total: 12,
        weekendDays: 2,
        schoolHolidays: 10,
        daysOutsideSchoolYear: 0,
        names: ['Winter Break'],
      });
    });

    it('CA: a 3-weekday Thanksgiving break does not stop the clock, and a due date inside a long break moves past it', () => {
      expect(
        computeDeadline('INITIAL_EVALUATION', { date: '2026-11-01' }, oneYear, IDEA_PROFILE).dueDate,
      ).toBe('2026-12-31');
      const result = computeDeadline('INITIAL_EVALUATION', { date: '2026-11-01' }, oneYear, CA_PROFILE);
      expect(result.dueDate).toBe('2027-01-12');
      expect(result.explanation.skipped.names).toEqual(['Winter Break']);
    });

    it('CA: consent given during the break starts counting after it', () => {
      // Day 1 is 2 January; day 60 is 2 March.
      expect(computeDeadline('INITIAL_EVALUATION', { date: '2026-12-23' }, oneYear, CA_PROFILE).dueDate).toBe(
        '2027-03-02',
      );
    });
  });

  it('FIRST_IEP_MEETING: 30 calendar days after eligibility (CA stops for long breaks too)', () => {
    expect(computeDeadline('FIRST_IEP_MEETING', { date: '2026-11-16' }, oneYear, IDEA_PROFILE).dueDate).toBe(
      '2026-12-16',
    );
    expect(computeDeadline('FIRST_IEP_MEETING', { date: '2026-12-07' }, oneYear, CA_PROFILE).dueDate).toBe(
      '2027-01-18',
    );
  });

  it('MEETING_NOTICE: the last day to send notice is 10 calendar days before the meeting', () => {
    const result = computeDeadline('MEETING_NOTICE', { date: '2026-12-09' }, oneYear, IDEA_PROFILE);
    expect(result.dueDate).toBe('2026-11-29');
    expect(result.explanation).toMatchObject({
      rule: 'CALENDAR_DAYS_BEFORE',
      amount: 10,
      from: { event: 'MEETING' },
    });
    // Notice is a plain calendar count even where breaks stop the evaluation clock.
    expect(computeDeadline('MEETING_NOTICE', { date: '2027-01-08' }, oneYear, CA_PROFILE).dueDate).toBe(
      '2026-12-29',
    );
  });

  describe('ANNUAL_REVIEW (IDEA: within 12 months of the IEP meeting, on the anniversary, not the day before)', () => {
    it.each([
      ['2026-10-20', '2027-10-20'],
      ['2027-03-10', '2028-03-10'],
      ['2027-06-01', '2028-06-01'],
      ['2027-03-01', '2028-03-01'],
      ['2027-02-28', '2028-02-28'],
      ['2028-03-01', '2029-03-01'],
    ])('meeting %s → due %s', (meeting, due) => {
      const result = computeDeadline('ANNUAL_REVIEW', { date: meeting }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe(due);
      expect(result.explanation).toMatchObject({ rule: 'MONTHS_AFTER', amount: 12, unit: 'MONTHS', leapDayAdjusted: false });
    });

    it('a meeting on 29 February: twelve months end on 28 February in a common year', () => {
      const result = computeDeadline('ANNUAL_REVIEW', { date: '2028-02-29' }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe('2029-02-28');
      expect(result.explanation.leapDayAdjusted).toBe(true);
      expect(computeDeadline('ANNUAL_REVIEW', { date: '2031-02-28' }, oneYear, IDEA_PROFILE).dueDate).toBe('2032-02-28');
    });

    it('"by the anniversary": the anniversary, and 29 February\'s on 28 February in a common year', () => {
      const profile = defineStateRuleProfile({
        code: 'X',
        name: 'X',
        annualReview: { rule: 'BY_ANNIVERSARY', months: 12 },
        reevaluation: { rule: 'BY_ANNIVERSARY', months: 36 },
      });
      expect(computeDeadline('ANNUAL_REVIEW', { date: '2027-03-10' }, null, profile)).toMatchObject({
        dueDate: '2028-03-10',
        explanation: { rule: 'ANNIVERSARY', amount: 1, unit: 'YEARS', leapDayAdjusted: false },
      });
      expect(computeDeadline('ANNUAL_REVIEW', { date: '2028-02-29' }, null, profile).dueDate).toBe('2029-02-28');
      expect(computeDeadline('REEVALUATION', { date: '2028-02-29' }, null, profile).dueDate).toBe('2031-02-28');
      expect(computeDeadline('REEVALUATION', { date: '2029-02-28' }, null, profile).dueDate).toBe('2032-02-28');
    });
  });

  it('REEVALUATION (IDEA: within 36 months of the last evaluation)', () => {
    expect(computeDeadline('REEVALUATION', { date: '2026-10-05' }, oneYear, IDEA_PROFILE).dueDate).toBe('2029-10-05');
    expect(computeDeadline('REEVALUATION', { date: '2028-02-29' }, oneYear, IDEA_PROFILE).dueDate).toBe('2031-02-28');
    expect(computeDeadline('REEVALUATION', { date: '2025-02-28' }, oneYear, IDEA_PROFILE).dueDate).toBe('2028-02-28');
  });

  describe('calendar gaps: estimated, never silently late', () => {
    const gapYear: SchoolYear = { label: '2028–29', firstDay: '2028-08-28', lastDay: '2029-06-15' };

    it('an event before the first entered school year counts the unknown weekdays as school days, marked estimated', () => {
      const result = computeDeadline('SERVICE_START', { date: '2026-08-10' }, oneYear, IDEA_PROFILE);
      expect(result.dueDate).toBe('2026-08-24');
      expect(result.explanation.estimated).toBe(true);
    });

    it('a year never entered between two entered ones is unknown, not a summer', () => {
      const calendar = new SchoolCalendar([YEAR_2026_27, gapYear]);
      const result = computeDeadline('SERVICE_START', { date: '2027-06-10' }, calendar, IDEA_PROFILE);
      // 11, 14 and 15 June are school days; from the 16th the year 2027–28 was never entered.
      expect(result.dueDate).toBe('2027-06-24');
      expect(result.explanation.estimated).toBe(true);
      // Once 2027–28 is entered the same count crosses the summer exactly.
      const exact = computeDeadline('SERVICE_START', { date: '2027-06-10' }, new SchoolCalendar([YEAR_2026_27, YEAR_2027_28, gapYear]), IDEA_PROFILE);
      expect(exact.dueDate).toBe('2027-09-02');
      expect(exact.explanation.estimated).toBeUndefined();
    });

    it('California: unknown days count toward the evaluation clock, marked estimated', () => {
      const calendar = new SchoolCalendar([YEAR_2026_27, gapYear]);
      const result = computeDeadline('INITIAL_EVALUATION', { date: '2027-06-01' }, calendar, CA_PROFILE);
      expect(result.dueDate).toBe('2027-07-31');
      expect(result.explanation.estimated).toBe(true);
    });
  });

  describe('TRANSITION_PLAN (the birthday at the transition age)', () => {
    it('is the 16th birthday under IDEA and the 14th in MA', () => {
      expect(computeDeadline('TRANSITION_PLAN', { date: '2010-05-04' }, oneYear, IDEA_PROFILE).dueDate).toBe(
        '2026-05-04',
      );
      expect(computeDeadline('TRANSITION_PLAN', { date: '2012-05-04' }, oneYear, MA_PROFILE).dueDate).toBe(
        '2026-05-04',
      );
    });

    it('a 29 February birthday falls on 28 February in a non-leap year and stays on the 29th in a leap year', () => {
      const ma = computeDeadline('TRANSITION_PLAN', { date: '2012-02-29' }, oneYear, MA_PROFILE);
      expect(ma.dueDate).toBe('2026-02-28');
      expect(ma.explanation).toMatchObject({ rule: 'AGE_REACHED', amount: 14, leapDayAdjusted: true });
      const idea = computeDeadline('TRANSITION_PLAN', { date: '2012-02-29' }, oneYear, IDEA_PROFILE);
      expect(idea.dueDate).toBe('2028-02-29');
      expect(idea.explanation.leapDayAdjusted).toBe(false);
    });
  });

  describe('PROGRESS_REPORT', () => {
    const reportingPeriodEnds = ['2027-04-09', '2026-11-06', '2027-01-29', '2027-06-15'];

    it('is due at the end of the reporting period that includes the date', () => {
      const event = { date: '2026-12-01', reportingPeriodEnds };
      expect(computeDeadline('PROGRESS_REPORT', event, oneYear, IDEA_PROFILE).dueDate).toBe('2027-01-29');
      expect(
        computeDeadline('PROGRESS_REPORT', { ...event, date: '2027-01-29' }, oneYear, IDEA_PROFILE).dueDate,
      ).toBe('2027-01-29');
    });

    it('refuses a date after the last reporting period, and missing periods', () => {
      expect(() =>
        computeDeadline(
          'PROGRESS_REPORT',
          { date: '2027-06-16', reportingPeriodEnds },
          oneYear,
          IDEA_PROFILE,
        ),
      ).toThrow(/No reporting period ends on or after 2027-06-16/);
      expect(() =>
        computeDeadline(
          'PROGRESS_REPORT',
          { date: '2027-01-01', reportingPeriodEnds: [] },
          oneYear,
          IDEA_PROFILE,
        ),
      ).toThrow(DeadlineInputError);
    });
  });

  it('RECORDS_REQUEST: 45 calendar days under IDEA, 10 in MA, never paused by breaks; 5 business days in CA', () => {
    expect(computeDeadline('RECORDS_REQUEST', { date: '2026-12-15' }, oneYear, IDEA_PROFILE).dueDate).toBe(
      '2027-01-29',
    );
    expect(computeDeadline('RECORDS_REQUEST', { date: '2026-12-15' }, oneYear, MA_PROFILE).dueDate).toBe('2026-12-25');
    // Winter break is not a holiday for the district office: 16, 17, 18, 21 and 22 December.
    const ca = computeDeadline('RECORDS_REQUEST', { date: '2026-12-15' }, oneYear, CA_PROFILE);
    expect(ca).toMatchObject({ dueDate: '2026-12-22', explanation: { rule: 'BUSINESS_DAYS_AFTER', amount: 5, unit: 'BUSINESS_DAYS' } });
    // Veterans Day is a holiday: 10, 12, 13, 16 and 17 November.
    expect(computeDeadline('RECORDS_REQUEST', { date: '2026-11-09' }, oneYear, CA_PROFILE).dueDate).toBe('2026-11-17');
  });

  it('RECORDS_REQUEST: due the day before a scheduled IEP meeting that comes before the profile runs out (300.613(a))', () => {
    const beforeMeeting = computeDeadline('RECORDS_REQUEST', { date: '2026-12-15', nextMeetingDate: '2027-01-10' }, oneYear, IDEA_PROFILE);
    expect(beforeMeeting).toMatchObject({ dueDate: '2027-01-09', explanation: { beforeMeeting: '2027-01-10', amount: 45 } });
    expect(describeDeadline(beforeMeeting, 'en')).toBe(
      '45 calendar days after the parent requested the records on 15 December 2026; due the day before the IEP meeting on 10 January 2027, which comes first',
    );
    expect(describeDeadline(beforeMeeting, 'es')).toContain('vence el día antes de la reunión del IEP del 10 de enero de 2027');
    // A meeting after the profile's days changes nothing, and leaves no trace in the explanation.
    const later = computeDeadline('RECORDS_REQUEST', { date: '2026-12-15', nextMeetingDate: '2027-03-01' }, oneYear, IDEA_PROFILE);
    expect(later).toEqual(computeDeadline('RECORDS_REQUEST', { date: '2026-12-15' }, oneYear, IDEA_PROFILE));
    // A meeting on the day of the request, or the next day: due that very day, never before the request.
    expect(computeDeadline('RECORDS_REQUEST', { date: '2026-12-15', nextMeetingDate: '2026-12-15' }, oneYear, IDEA_PROFILE).dueDate).toBe('2026-12-15');
    expect(computeDeadline('RECORDS_REQUEST', { date: '2026-12-15', nextMeetingDate: '2026-12-16' }, oneYear, IDEA_PROFILE).dueDate).toBe('2026-12-15');
    // A meeting already past is not the "next" one.
    expect(computeDeadline('RECORDS_REQUEST', { date: '2026-12-15', nextMeetingDate: '2026-12-01' }, oneYear, CA_PROFILE).dueDate).toBe('2026-12-22');
    expect(() => computeDeadline('RECORDS_REQUEST', { date: '2026-12-15', nextMeetingDate: '2026-02-30' }, oneYear, IDEA_PROFILE)).toThrow(DeadlineInputError);
  });

  it('INITIAL_EVALUATION: an SLD evaluation extended by written agreement is due on the agreed date (300.309(c))', () => {
    const byState = computeDeadline('INITIAL_EVALUATION', { date: '2026-10-01' }, oneYear, IDEA_PROFILE);
    const extended = computeDeadline('INITIAL_EVALUATION', { date: '2026-10-01', agreedDueDate: '2027-01-15' }, oneYear, IDEA_PROFILE);
    expect(extended).toEqual({ ...byState, dueDate: '2027-01-15', explanation: { ...byState.explanation, extendedFrom: byState.dueDate } });
    expect(describeDeadline(extended, 'en')).toContain('extended by written agreement between the parent and the district');
    expect(describeDeadline(extended, 'en')).toContain('would otherwise have ended on 30 November 2026');
    expect(describeDeadline(extended, 'es')).toContain('acuerdo escrito');
    // The agreed date is certain even where the state's own date was only an estimate.
    expect(computeDeadline('INITIAL_EVALUATION', { date: '2026-10-01', agreedDueDate: '2027-01-15' }, null, CA_PROFILE).explanation.estimated).toBeUndefined();
    expect(computeDeadline('INITIAL_EVALUATION', { date: '2026-10-01', agreedDueDate: null }, oneYear, IDEA_PROFILE)).toEqual(byState);
    expect(() => computeDeadline('INITIAL_EVALUATION', { date: '2026-10-01', agreedDueDate: '2026-10-01' }, oneYear, IDEA_PROFILE)).toThrow(DeadlineInputError);
    expect(() => computeDeadline('INITIAL_EVALUATION', { date: '2026-10-01', agreedDueDate: '2026-13-01' }, oneYear, IDEA_PROFILE)).toThrow(DeadlineInputError);
  });

  it('CA: the evaluation clock does not count the summer between two school years', () => {
    // 26 days from 21 May to 15 June; the summer to 24 August is not counted; 34 more from 25 August.
    const result = computeDeadline('INITIAL_EVALUATION', { date: '2027-05-20' }, twoYears, CA_PROFILE);
    expect(result.dueDate).toBe('2027-09-27');
    expect(result.explanation.skipped.daysOutsideSchoolYear).toBe(70);
    expect(result.explanation.estimated).toBeUndefined();
    // IDEA counts every day.
    expect(computeDeadline('INITIAL_EVALUATION', { date: '2027-05-20' }, twoYears, IDEA_PROFILE).dueDate).toBe('2027-07-19');
  });

  it('computes every kind and tags it with the profile', () => {
    for (const kind of DEADLINE_KINDS) {
      const event = { date: '2026-10-01', reportingPeriodEnds: ['2026-11-06'] };
      const result = computeDeadline(kind, event, oneYear, MA_PROFILE);
      expect(result.kind).toBe(kind);
      expect(result.explanation.profileCode).toBe('MA');
    }
  });

  it('refuses malformed input with a typed error', () => {
    expect(() => computeDeadline('SERVICE_START', { date: '2026-02-30' }, oneYear, IDEA_PROFILE)).toThrow(
      DeadlineInputError,
    );
    expect(() => computeDeadline('SERVICE_START', { date: '3/4/2026' }, oneYear, IDEA_PROFILE)).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() =>
      computeDeadline('NOT_A_KIND' as DeadlineKind, { date: '2026-10-01' }, oneYear, IDEA_PROFILE),
    ).toThrow(/Unknown deadline kind/);
  });
});

describe('state rule profiles', () => {
  it('ships IDEA defaults from the DESIGN table', () => {
    expect(IDEA_PROFILE).toMatchObject({
      initialEvaluation: { amount: 60, unit: 'CALENDAR_DAYS' },
      firstIepMeetingDays: 30,
      meetingNoticeDays: 10,
      serviceStartSchoolDays: 10,
      annualReview: { rule: 'WITHIN_MONTHS', months: 12 },
      reevaluation: { rule: 'WITHIN_MONTHS', months: 36 },
      recordsRequest: { amount: 45, unit: 'CALENDAR_DAYS' },
      transitionAge: 16,
      requiresParentSignature: true,
      excludeBreaksFromCalendarDayCounts: false,
    });
  });

  it('MA and CA differ in kind from IDEA', () => {
    expect(MA_PROFILE).toMatchObject({
      initialEvaluation: { amount: 30, unit: 'SCHOOL_DAYS' },
      transitionAge: 14,
    });
    expect(CA_PROFILE).toMatchObject({
      initialEvaluation: { amount: 60, unit: 'CALENDAR_DAYS' },
      excludeBreaksFromCalendarDayCounts: true,
      breakExclusionMinimumWeekdays: 5,
      transitionAge: 16,
    });
    expect(getStateRuleProfile('MA')).toBe(MA_PROFILE);
    expect(() => getStateRuleProfile('toString')).toThrow(/no state rule profile/);
  });

  it('refuses numbers that cannot be applied', () => {
    expect(() => defineStateRuleProfile({ code: 'X', name: 'X', serviceStartSchoolDays: 0 })).toThrow(
      /serviceStartSchoolDays/,
    );
    expect(() => defineStateRuleProfile({ code: 'X', name: 'X', transitionAge: 15.5 })).toThrow(
      /transitionAge/,
    );
    expect(() =>
      defineStateRuleProfile({
        code: 'X',
        name: 'X',
        initialEvaluation: { amount: -1, unit: 'SCHOOL_DAYS' },
      }),
    ).toThrow(/initialEvaluation.amount/);
  });

  it('name a source beside every rule, and the federal profile calls state choices what they are', () => {
    for (const profile of Object.values(STATE_RULE_PROFILES)) {
      for (const key of PROFILE_RULE_KEYS) expect(profile.sources[key].citation).toMatch(/\S/);
    }
    expect(IDEA_PROFILE.sources.meetingNotice).toMatchObject({ basis: 'COMMON_STATE_CHOICE', citation: '34 CFR 300.322(a)(1)' });
    expect(IDEA_PROFILE.sources.serviceStart).toMatchObject({ basis: 'COMMON_STATE_CHOICE', citation: '34 CFR 300.323(c)(2)' });
    expect(IDEA_PROFILE.sources.meetingNotice.note?.en).toMatch(/state choice/);
    expect(CA_PROFILE.sources.recordsRequest).toEqual({ citation: 'Cal. Educ. Code 56504', basis: 'STATE' });
    expect(MA_PROFILE.sources.recordsRequest).toEqual({ citation: '603 CMR 23.07(2)', basis: 'STATE' });
    expect(CA_PROFILE.recordsRequest).toEqual({ amount: 5, unit: 'BUSINESS_DAYS' });
    expect(MA_PROFILE.recordsRequest).toEqual({ amount: 10, unit: 'CALENDAR_DAYS' });
  });

  it('a district profile derives from a built-in one, sources its changes to the district, and stays within bounds', () => {
    const values = { ...pickRuleValues(MA_PROFILE), initialEvaluation: { amount: 45, unit: 'SCHOOL_DAYS' as const } };
    const own = deriveDistrictProfile(MA_PROFILE, '  Springfield rules ', values);
    expect(own).toMatchObject({ code: 'DISTRICT', name: 'Springfield rules', basedOn: 'MA', initialEvaluation: { amount: 45 } });
    expect(own.sources.initialEvaluation).toMatchObject({ basis: 'DISTRICT', citation: '603 CMR 28.04(2)' });
    expect(own.sources.recordsRequest).toBe(MA_PROFILE.sources.recordsRequest);
    expect(profileRuleProblems(pickRuleValues(IDEA_PROFILE))).toEqual([]);
    expect(() => deriveDistrictProfile(IDEA_PROFILE, 'X', { ...values, recordsRequest: { amount: 46, unit: 'CALENDAR_DAYS' } })).toThrow(
      expect.objectContaining({ field: 'recordsRequest.amount' }),
    );
    expect(() => deriveDistrictProfile(IDEA_PROFILE, ' ', values)).toThrow(expect.objectContaining({ field: 'name' }));
    expect(
      profileRuleProblems({ ...values, annualReview: { rule: 'BY_ANNIVERSARY', months: 6 }, transitionAge: 17 }).map((p) => p.field),
    ).toEqual(['transitionAge', 'annualReview.months']);
  });

  it('a district profile may set its state’s age of majority, 18 to 21, sourced to the district; one saved before keeps its base’s', () => {
    const values = { ...pickRuleValues(CA_PROFILE), ageOfMajority: 19 };
    const own = deriveDistrictProfile(CA_PROFILE, 'Ours', values);
    expect(own.ageOfMajority).toBe(19);
    expect(own.sources.ageOfMajority).toMatchObject({ basis: 'DISTRICT', citation: CA_PROFILE.sources.ageOfMajority.citation });
    expect(deriveDistrictProfile(CA_PROFILE, 'Ours', pickRuleValues(CA_PROFILE)).sources.ageOfMajority).toBe(CA_PROFILE.sources.ageOfMajority);
    for (const age of [17, 22, 18.5]) {
      expect(() => deriveDistrictProfile(CA_PROFILE, 'Ours', { ...values, ageOfMajority: age })).toThrow(expect.objectContaining({ field: 'ageOfMajority' }));
    }
    const { ageOfMajority: _omitted, ...stored } = values;
    expect(deriveDistrictProfile(MA_PROFILE, 'Older', stored).ageOfMajority).toBe(MA_PROFILE.ageOfMajority);
  });
});
