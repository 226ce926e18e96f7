import { DeadlineInputError } from './errors';
import { addDays, addMonths, addYears, assertIsoDate, compareDates, dayOfWeek, isLeapDay, type IsoDate } from './local-date';
import { assertPositiveInteger, SCHOOL_DAY_COUNT, type SchoolCalendar } from './school-calendar';
import type { ReviewPeriod, StateRuleProfile } from './state-rule-profiles';

// A const object rather than an enum so that callers may pass either DeadlineKind.ServiceStart or the
// plain string that arrives from GraphQL and PostgreSQL; registerEnumType accepts it as well.
export const DeadlineKind = {
  InitialEvaluation: 'INITIAL_EVALUATION',
  FirstIepMeeting: 'FIRST_IEP_MEETING',
  MeetingNotice: 'MEETING_NOTICE',
  ServiceStart: 'SERVICE_START',
  AnnualReview: 'ANNUAL_REVIEW',
  Reevaluation: 'REEVALUATION',
  ProgressReport: 'PROGRESS_REPORT',
  TransitionPlan: 'TRANSITION_PLAN',
  RecordsRequest: 'RECORDS_REQUEST',
} as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];
export const DEADLINE_KINDS: readonly DeadlineKind[] = Object.freeze(Object.values(DeadlineKind));

/** The event a deadline runs from; what `date` means depends on the kind (see DeadlineEventByKind). */
export interface DeadlineEvent {
  readonly date: IsoDate;
}

export interface InitialEvaluationEvent extends DeadlineEvent {
  /**
   * The completion date the parent and the district agreed in writing for a specific learning disability
   * evaluation (34 CFR 300.309(c)): it replaces the state's timeframe as the due date.
   */
  readonly agreedDueDate?: IsoDate | null;
}

export interface RecordsRequestEvent extends DeadlineEvent {
  /**
   * The day of the student's next scheduled IEP meeting on or after the request, if any: 34 CFR 300.613(a)
   * requires the records before any meeting about an IEP, whichever comes first.
   */
  readonly nextMeetingDate?: IsoDate | null;
}

export interface ProgressReportEvent extends DeadlineEvent {
  /** Last days of the reporting periods the IEP promises (e.g. report-card dates). */
  readonly reportingPeriodEnds: readonly IsoDate[];
}

export interface DeadlineEventByKind {
  /** `date`: the parent's written consent to evaluate. */
  INITIAL_EVALUATION: InitialEvaluationEvent;
  /** `date`: the eligibility determination. */
  FIRST_IEP_MEETING: DeadlineEvent;
  /** `date`: the scheduled meeting; the deadline is the last day to send notice. */
  MEETING_NOTICE: DeadlineEvent;
  /** `date`: the parent's signature (or the day the IEP took effect where no signature is required). */
  SERVICE_START: DeadlineEvent;
  /** `date`: the IEP meeting that adopted the current IEP. */
  ANNUAL_REVIEW: DeadlineEvent;
  /** `date`: the last evaluation. */
  REEVALUATION: DeadlineEvent;
  /** `date`: any day of the reporting period (the IEP start, or the day after the last report). */
  PROGRESS_REPORT: ProgressReportEvent;
  /** `date`: the student's date of birth. */
  TRANSITION_PLAN: DeadlineEvent;
  /** `date`: the parent's request for the education records. */
  RECORDS_REQUEST: RecordsRequestEvent;
}

export type DeadlineRule =
  | 'CALENDAR_DAYS_AFTER'
  | 'CALENDAR_DAYS_AFTER_EXCLUDING_BREAKS'
  | 'SCHOOL_DAYS_AFTER'
  | 'BUSINESS_DAYS_AFTER'
  | 'CALENDAR_DAYS_BEFORE'
  | 'MONTHS_AFTER'
  | 'ANNIVERSARY'
  /** Only in rows stored before the review rules were stated per profile; recomputed rows never carry it. */
  | 'YEARS_AFTER_LESS_ONE_DAY'
  | 'AGE_REACHED'
  | 'REPORTING_PERIOD_END';

export type DeadlineUnit = 'CALENDAR_DAYS' | 'SCHOOL_DAYS' | 'BUSINESS_DAYS' | 'MONTHS' | 'YEARS' | 'REPORTING_PERIODS';

export type DeadlineEventType =
  | 'CONSENT_TO_EVALUATE'
  | 'ELIGIBILITY_DETERMINED'
  | 'MEETING'
  | 'PARENT_SIGNATURE'
  | 'IEP_IN_EFFECT'
  | 'IEP_MEETING'
  | 'LAST_EVALUATION'
  | 'REPORTING_PERIOD'
  | 'DATE_OF_BIRTH'
  | 'RECORDS_REQUEST';

/**
 * Days between the event and the due date that the rule did not count. For school-day rules that is
 * every non-school day; for calendar-day rules that stop over breaks it is the days of those breaks
 * (weekends inside them included); for every other rule it is empty.
 */
export interface SkippedDays {
  readonly total: number;
  readonly weekendDays: number;
  /** Weekdays without school inside the school year: holidays, break days, other non-school days. */
  readonly schoolHolidays: number;
  /**
   * School-day rules: weekdays between the entered school years (summer). Calendar-day rules that stop
   * between sessions: every day between the school years, weekends included.
   */
  readonly daysOutsideSchoolYear: number;
  /** Distinct names of the holidays, breaks and non-school days skipped, in date order. */
  readonly names: readonly string[];
}

export interface DeadlineExplanation {
  readonly rule: DeadlineRule;
  readonly amount: number;
  readonly unit: DeadlineUnit;
  readonly from: { readonly event: DeadlineEventType; readonly date: IsoDate };
  readonly profileCode: string;
  readonly skipped: SkippedDays;
  /** The rule started on 29 February and landed in a common year, where 28 February stands in. */
  readonly leapDayAdjusted: boolean;
  /**
   * Present (true) when the school calendar does not cover every day the rule counts (no calendar,
   * days before the first entered school year, after the last, or in a year never entered): those days
   * were counted as if school were in session, so the date can only be early, and it is recomputed
   * once the district enters the calendar. Absent otherwise, so that exact explanations stored before
   * estimates existed compare equal.
   */
  readonly estimated?: true;
  /**
   * Present on a records request when the student's IEP meeting on this day comes before the profile's
   * days run out: the records are due the day before it (the request's own day at the earliest).
   */
  readonly beforeMeeting?: IsoDate;
  /**
   * Present on an initial evaluation whose timeline the parent and the district extended by written agreement
   * (34 CFR 300.309(c)): the state's timeframe would have ended on this day; the agreed date is the due date.
   */
  readonly extendedFrom?: IsoDate;
}

export interface DeadlineResult<K extends DeadlineKind = DeadlineKind> {
  readonly kind: K;
  readonly dueDate: IsoDate;
  readonly explanation: DeadlineExplanation;
}

const NOTHING_SKIPPED: SkippedDays = Object.freeze({
  total: 0,
  weekendDays: 0,
  schoolHolidays: 0,
  daysOutsideSchoolYear: 0,
  names: Object.freeze([]),
});

type Computation = Omit<DeadlineExplanation, 'profileCode' | 'from'> & {
  readonly dueDate: IsoDate;
  readonly event: DeadlineEventType;
};

type Compute<K extends DeadlineKind> = (
  event: DeadlineEventByKind[K],
  calendar: SchoolCalendar | null,
  profile: StateRuleProfile,
) => Computation;

const computations: { [K in DeadlineKind]: Compute<K> } = {
  INITIAL_EVALUATION: ({ date, agreedDueDate }, calendar, profile) => {
    const { amount, unit } = profile.initialEvaluation;
    const byProfile =
      unit === 'SCHOOL_DAYS'
        ? schoolDaysAfter(date, amount, calendar, 'CONSENT_TO_EVALUATE')
        : calendarDaysAfter(date, amount, calendar, profile, 'CONSENT_TO_EVALUATE', true);
    if (agreedDueDate === undefined || agreedDueDate === null) return byProfile;
    assertIsoDate(agreedDueDate, { en: 'the agreed completion date', es: 'la fecha de finalización acordada' });
    if (compareDates(agreedDueDate, date) <= 0) {
      throw new DeadlineInputError(
        {
          en: 'The agreed completion date must come after the consent to evaluate.',
          es: 'La fecha de finalización acordada debe ser posterior al consentimiento para evaluar.',
        },
        'agreedCompletionOn',
      );
    }
    // The agreed date is certain; whether the state's own date was an estimate no longer matters.
    const exact: Computation = { ...byProfile, dueDate: agreedDueDate, extendedFrom: byProfile.dueDate };
    delete (exact as { estimated?: true }).estimated;
    return exact;
  },
  FIRST_IEP_MEETING: ({ date }, calendar, profile) =>
    calendarDaysAfter(date, profile.firstIepMeetingDays, calendar, profile, 'ELIGIBILITY_DETERMINED', true),
  MEETING_NOTICE: ({ date }, _calendar, profile) => ({
    rule: 'CALENDAR_DAYS_BEFORE',
    amount: profile.meetingNoticeDays,
    unit: 'CALENDAR_DAYS',
    event: 'MEETING',
    dueDate: addDays(date, -profile.meetingNoticeDays),
    skipped: NOTHING_SKIPPED,
    leapDayAdjusted: false,
  }),
  SERVICE_START: ({ date }, calendar, profile) =>
    schoolDaysAfter(
      date,
      profile.serviceStartSchoolDays,
      calendar,
      profile.requiresParentSignature ? 'PARENT_SIGNATURE' : 'IEP_IN_EFFECT',
    ),
  ANNUAL_REVIEW: ({ date }, _calendar, profile) => reviewPeriodAfter(date, profile.annualReview, 'IEP_MEETING'),
  REEVALUATION: ({ date }, _calendar, profile) => reviewPeriodAfter(date, profile.reevaluation, 'LAST_EVALUATION'),
  PROGRESS_REPORT: ({ date, reportingPeriodEnds }) => {
    const periodEnds = sortedPeriodEnds(reportingPeriodEnds);
    const end = periodEnds.find((candidate) => compareDates(candidate, date) >= 0);
    if (end === undefined) {
      throw new DeadlineInputError({
        en: `No reporting period ends on or after ${date}; add the reporting periods of the IEP's remaining year.`,
        es: `Ningún período de informe termina el ${date} o después; agregue los períodos de informe del resto del año del IEP.`,
      });
    }
    return {
      rule: 'REPORTING_PERIOD_END',
      amount: 1,
      unit: 'REPORTING_PERIODS',
      event: 'REPORTING_PERIOD',
      dueDate: end,
      skipped: NOTHING_SKIPPED,
      leapDayAdjusted: false,
    };
  },
  TRANSITION_PLAN: ({ date }, _calendar, profile) => {
    const dueDate = addYears(date, profile.transitionAge);
    return {
      rule: 'AGE_REACHED',
      amount: profile.transitionAge,
      unit: 'YEARS',
      event: 'DATE_OF_BIRTH',
      dueDate,
      skipped: NOTHING_SKIPPED,
      leapDayAdjusted: isLeapDay(date) && !isLeapDay(dueDate),
    };
  },
  RECORDS_REQUEST: ({ date, nextMeetingDate }, calendar, profile) => {
    const byDays =
      profile.recordsRequest.unit === 'BUSINESS_DAYS'
        ? businessDaysAfter(date, profile.recordsRequest.amount, calendar, 'RECORDS_REQUEST')
        : calendarDaysAfter(date, profile.recordsRequest.amount, calendar, profile, 'RECORDS_REQUEST', false);
    if (nextMeetingDate === undefined || nextMeetingDate === null) return byDays;
    assertIsoDate(nextMeetingDate, { en: 'the next IEP meeting date', es: 'la fecha de la próxima reunión del IEP' });
    if (compareDates(nextMeetingDate, date) < 0) return byDays;
    const dayBefore = addDays(nextMeetingDate, -1);
    const beforeMeeting = compareDates(dayBefore, date) < 0 ? date : dayBefore;
    return compareDates(beforeMeeting, byDays.dueDate) < 0 ? { ...byDays, dueDate: beforeMeeting, beforeMeeting: nextMeetingDate } : byDays;
  },
};

/**
 * The due date of one deadline with the reasons for it. School-day rules count the N-th school day
 * strictly after the event; calendar-day rules add N days; review periods follow the profile's wording
 * ("within N months" or "by the anniversary").
 *
 * A deadline is never refused for want of a calendar, and never silently late: wherever the calendar
 * does not cover a day the rule counts (no calendar, before the first entered school year, after the
 * last, or inside a year never entered), that day counts as if school were in session (weekdays for
 * school days), which can only make the date earlier, and the explanation is marked `estimated` until
 * a recompute with the calendar makes it exact.
 *
 * @throws DeadlineInputError for a malformed date or a missing reporting period.
 */
export function computeDeadline<K extends DeadlineKind>(
  kind: K,
  event: DeadlineEventByKind[K],
  calendar: SchoolCalendar | null,
  profile: StateRuleProfile,
): DeadlineResult<K> {
  if (!DEADLINE_KINDS.includes(kind)) {
    throw new DeadlineInputError({
      en: `Unknown deadline kind ${JSON.stringify(kind)}.`,
      es: `Tipo de plazo desconocido: ${JSON.stringify(kind)}.`,
    });
  }
  assertIsoDate(event?.date, { en: `${kind} event date`, es: `la fecha del evento de ${kind}` });
  const compute: Compute<K> = computations[kind];
  const { dueDate, event: eventType, ...explanation } = compute(event, calendar, profile);
  return {
    kind,
    dueDate,
    explanation: { ...explanation, from: { event: eventType, date: event.date }, profileCode: profile.code },
  };
}

function schoolDaysAfter(
  date: IsoDate,
  amount: number,
  calendar: SchoolCalendar | null,
  event: DeadlineEventType,
): Computation {
  assertPositiveInteger(amount, SCHOOL_DAY_COUNT);
  const tally = new SkipTally();
  let estimated = false;
  let day = date;
  for (let counted = 0; counted < amount;) {
    day = addDays(day, 1);
    if (calendar === null || calendar.coverageOf(day) === 'UNKNOWN') {
      estimated = true;
      if (isWeekendDate(day)) tally.add('WEEKEND', null);
      else counted++;
      continue;
    }
    const { kind, name } = calendar.describeDay(day);
    if (kind === 'SCHOOL_DAY') counted++;
    else if (kind === 'WEEKEND') tally.add('WEEKEND', null);
    else if (kind === 'OUTSIDE_SCHOOL_YEAR') tally.add('OUTSIDE_SCHOOL_YEAR', null);
    else tally.add('HOLIDAY', name);
  }
  return {
    rule: 'SCHOOL_DAYS_AFTER',
    amount,
    unit: 'SCHOOL_DAYS',
    event,
    dueDate: day,
    skipped: tally.result(),
    leapDayAdjusted: false,
    ...(estimated ? { estimated: true as const } : {}),
  };
}

/**
 * Business days: weekdays that are not holidays. School breaks and summers are business days (the
 * district office is open); a holiday the calendar does not know of is counted, so an estimate is early.
 */
function businessDaysAfter(
  date: IsoDate,
  amount: number,
  calendar: SchoolCalendar | null,
  event: DeadlineEventType,
): Computation {
  assertPositiveInteger(amount, { en: 'number of business days', es: 'el número de días hábiles' });
  const tally = new SkipTally();
  let estimated = false;
  let day = date;
  for (let counted = 0; counted < amount;) {
    day = addDays(day, 1);
    if (isWeekendDate(day)) {
      tally.add('WEEKEND', null);
      continue;
    }
    if (calendar === null || calendar.coverageOf(day) === 'UNKNOWN') {
      estimated = true;
      counted++;
      continue;
    }
    const holiday = calendar.holidayOn(day);
    if (holiday !== null) tally.add('HOLIDAY', holiday);
    else counted++;
  }
  return {
    rule: 'BUSINESS_DAYS_AFTER',
    amount,
    unit: 'BUSINESS_DAYS',
    event,
    dueDate: day,
    skipped: tally.result(),
    leapDayAdjusted: false,
    ...(estimated ? { estimated: true as const } : {}),
  };
}

function calendarDaysAfter(
  date: IsoDate,
  amount: number,
  calendar: SchoolCalendar | null,
  profile: StateRuleProfile,
  event: DeadlineEventType,
  breaksMayStopTheClock: boolean,
): Computation {
  assertPositiveInteger(amount, { en: 'number of calendar days', es: 'el número de días calendario' });
  const stopsOverBreaks = breaksMayStopTheClock && profile.excludeBreaksFromCalendarDayCounts;
  if (!stopsOverBreaks || calendar === null) {
    return {
      rule: 'CALENDAR_DAYS_AFTER',
      amount,
      unit: 'CALENDAR_DAYS',
      event,
      dueDate: addDays(date, amount),
      skipped: NOTHING_SKIPPED,
      leapDayAdjusted: false,
      // Without a calendar the breaks that would stop the clock are unknown.
      ...(stopsOverBreaks ? { estimated: true as const } : {}),
    };
  }
  // The clock stops between school sessions (summer) and over breaks longer than the profile's minimum.
  const tally = new SkipTally();
  let estimated = false;
  let day = date;
  for (let counted = 0; counted < amount;) {
    day = addDays(day, 1);
    const coverage = calendar.coverageOf(day);
    if (coverage === 'UNKNOWN') {
      estimated = true;
      counted++;
      continue;
    }
    if (coverage === 'BETWEEN_YEARS') {
      tally.add('BETWEEN_SESSIONS', null);
      continue;
    }
    const longBreak = calendar.longBreakOn(day, profile.breakExclusionMinimumWeekdays);
    if (longBreak)
      tally.add(calendar.describeDay(day).kind === 'WEEKEND' ? 'WEEKEND' : 'HOLIDAY', longBreak.name);
    else counted++;
  }
  return {
    rule: 'CALENDAR_DAYS_AFTER_EXCLUDING_BREAKS',
    amount,
    unit: 'CALENDAR_DAYS',
    event,
    dueDate: day,
    skipped: tally.result(),
    leapDayAdjusted: false,
    ...(estimated ? { estimated: true as const } : {}),
  };
}

function reviewPeriodAfter(date: IsoDate, period: ReviewPeriod, event: DeadlineEventType): Computation {
  const byAnniversary = period.rule === 'BY_ANNIVERSARY';
  const dueDate = byAnniversary ? addYears(date, period.months / 12) : addMonths(date, period.months);
  return {
    rule: byAnniversary ? 'ANNIVERSARY' : 'MONTHS_AFTER',
    amount: byAnniversary ? period.months / 12 : period.months,
    unit: byAnniversary ? 'YEARS' : 'MONTHS',
    event,
    dueDate,
    skipped: NOTHING_SKIPPED,
    leapDayAdjusted: isLeapDay(date) && !isLeapDay(dueDate),
  };
}

function isWeekendDate(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

class SkipTally {
  private weekendDays = 0;
  private schoolHolidays = 0;
  private daysOutsideSchoolYear = 0;
  private readonly names: string[] = [];

  add(kind: 'WEEKEND' | 'HOLIDAY' | 'OUTSIDE_SCHOOL_YEAR' | 'BETWEEN_SESSIONS', name: string | null): void {
    if (kind === 'WEEKEND') this.weekendDays++;
    else if (kind === 'HOLIDAY') this.schoolHolidays++;
    else this.daysOutsideSchoolYear++;
    if (name !== null && !this.names.includes(name)) this.names.push(name);
  }

  result(): SkippedDays {
    return Object.freeze({
      total: this.weekendDays + this.schoolHolidays + this.daysOutsideSchoolYear,
      weekendDays: this.weekendDays,
      schoolHolidays: this.schoolHolidays,
      daysOutsideSchoolYear: this.daysOutsideSchoolYear,
      names: Object.freeze([...this.names]),
    });
  }
}

function sortedPeriodEnds(reportingPeriodEnds: readonly IsoDate[]): IsoDate[] {
  if (!Array.isArray(reportingPeriodEnds) || reportingPeriodEnds.length === 0) {
    throw new DeadlineInputError({
      en: 'A progress report deadline needs the reporting period end dates of the IEP.',
      es: 'Un plazo de informe de progreso necesita las fechas de fin de los períodos de informe del IEP.',
    });
  }
  reportingPeriodEnds.forEach((end) => assertIsoDate(end, { en: 'reporting period end', es: 'el fin del período de informe' }));
  return [...new Set(reportingPeriodEnds)].sort(compareDates);
}
