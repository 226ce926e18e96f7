import { DeadlineInputError } from './errors';

export type DayCountUnit = 'CALENDAR_DAYS' | 'SCHOOL_DAYS';

export interface DayCountRule {
  readonly amount: number;
  readonly unit: DayCountUnit;
}

/**
 * The timelines one state applies on top of IDEA. Every district picks one profile; its admin
 * confirms the numbers against current state regulations, because states amend them.
 */
export interface StateRuleProfile {
  readonly code: string;
  readonly name: string;
  /** From the parent's consent to evaluate to the completed evaluation. */
  readonly initialEvaluation: DayCountRule;
  /**
   * Some states stop the calendar-day clock of the evaluation timelines (initial evaluation and first
   * IEP meeting) during school breaks: when true, calendar days inside a break that holds more than
   * `breakExclusionMinimumWeekdays` weekdays are not counted.
   */
  readonly excludeBreaksFromCalendarDayCounts: boolean;
  /** Breaks of this many weekdays or fewer (a Thanksgiving break) do not stop the clock. */
  readonly breakExclusionMinimumWeekdays: number;
  /** Calendar days from the eligibility determination to the first IEP meeting. */
  readonly firstIepMeetingDays: number;
  /** Calendar days before a meeting by which the parent must have been sent notice. */
  readonly meetingNoticeDays: number;
  /** School days after the parent's signature by which services must start. */
  readonly serviceStartSchoolDays: number;
  /** The annual review is due by the day before this anniversary of the IEP meeting. */
  readonly annualReviewYears: number;
  /** The reevaluation is due by the day before this anniversary of the last evaluation. */
  readonly reevaluationYears: number;
  /** Calendar days to answer a parent's request for education records (FERPA: 45). */
  readonly recordsRequestDays: number;
  /** The IEP in effect when the student reaches this age must contain a transition plan. */
  readonly transitionAge: number;
  /** Whether an IEP comes into force only once the parent signs (DESIGN §1 step 5). */
  readonly requiresParentSignature: boolean;
  /**
   * Where no signature is required: calendar days after the parent was sent the proposed annual IEP or
   * amendment (with its prior written notice) before it takes effect. An initial IEP always needs consent.
   */
  readonly effectAfterNoticeDays: number;
}

/** The federal floor (34 CFR 300.301–300.324 and FERPA), used where a state adds nothing. */
export const IDEA_PROFILE: StateRuleProfile = Object.freeze({
  code: 'IDEA',
  name: 'IDEA federal defaults',
  initialEvaluation: Object.freeze({ amount: 60, unit: 'CALENDAR_DAYS' }),
  excludeBreaksFromCalendarDayCounts: false,
  breakExclusionMinimumWeekdays: 0,
  firstIepMeetingDays: 30,
  meetingNoticeDays: 10,
  serviceStartSchoolDays: 10,
  annualReviewYears: 1,
  reevaluationYears: 3,
  recordsRequestDays: 45,
  transitionAge: 16,
  requiresParentSignature: true,
  effectAfterNoticeDays: 10,
});

/**
 * Fills a state's differences in over the IDEA defaults and checks that every number can be applied,
 * so that a mistyped profile is refused when the district admin saves it rather than on a deadline.
 */
export function defineStateRuleProfile(
  overrides: Partial<StateRuleProfile> & Pick<StateRuleProfile, 'code' | 'name'>,
): StateRuleProfile {
  const profile: StateRuleProfile = { ...IDEA_PROFILE, ...overrides };
  const wholeNumbers: readonly (readonly [field: string, value: number, minimum: number])[] = [
    ['initialEvaluation.amount', profile.initialEvaluation.amount, 1],
    ['firstIepMeetingDays', profile.firstIepMeetingDays, 1],
    ['meetingNoticeDays', profile.meetingNoticeDays, 1],
    ['serviceStartSchoolDays', profile.serviceStartSchoolDays, 1],
    ['annualReviewYears', profile.annualReviewYears, 1],
    ['reevaluationYears', profile.reevaluationYears, 1],
    ['recordsRequestDays', profile.recordsRequestDays, 1],
    ['transitionAge', profile.transitionAge, 1],
    ['breakExclusionMinimumWeekdays', profile.breakExclusionMinimumWeekdays, 0],
    ['effectAfterNoticeDays', profile.effectAfterNoticeDays, 0],
  ];
  for (const [field, value, minimum] of wholeNumbers) {
    if (!Number.isInteger(value) || value < minimum) {
      throw new DeadlineInputError({
        en: `State rule profile ${profile.code}: ${field} must be a whole number of at least ${minimum}; got ${value}.`,
        es: `Perfil de reglas estatales ${profile.code}: ${field} debe ser un número entero de al menos ${minimum}; se recibió ${value}.`,
      });
    }
  }
  if (
    profile.initialEvaluation.unit !== 'CALENDAR_DAYS' &&
    profile.initialEvaluation.unit !== 'SCHOOL_DAYS'
  ) {
    throw new DeadlineInputError({
      en: `State rule profile ${profile.code}: initialEvaluation.unit must be CALENDAR_DAYS or SCHOOL_DAYS.`,
      es: `Perfil de reglas estatales ${profile.code}: initialEvaluation.unit debe ser CALENDAR_DAYS o SCHOOL_DAYS.`,
    });
  }
  return Object.freeze({ ...profile, initialEvaluation: Object.freeze({ ...profile.initialEvaluation }) });
}

/**
 * Illustrative Massachusetts profile (603 CMR 28): evaluation counted in school days, transition
 * planning from 14. The district admin confirms the numbers before relying on them.
 */
export const MA_PROFILE: StateRuleProfile = defineStateRuleProfile({
  code: 'MA',
  name: 'Massachusetts (illustrative)',
  initialEvaluation: { amount: 30, unit: 'SCHOOL_DAYS' },
  transitionAge: 14,
});

/**
 * Illustrative California-like profile (Ed. Code 56043, 56344): 60 calendar days that stop over
 * school vacations of more than five school days. The district admin confirms the numbers before
 * relying on them.
 */
export const CA_PROFILE: StateRuleProfile = defineStateRuleProfile({
  code: 'CA',
  name: 'California (illustrative)',
  initialEvaluation: { amount: 60, unit: 'CALENDAR_DAYS' },
  excludeBreaksFromCalendarDayCounts: true,
  breakExclusionMinimumWeekdays: 5,
  transitionAge: 16,
});

/**
 * The federal floor on consent (34 CFR 300.300(b)): the parent's consent is needed for the initial
 * provision of services only; later annual IEPs and amendments take effect a reasonable time after
 * the parent was sent them with prior written notice. Illustrative, like the state profiles above.
 */
export const IDEA_NOTICE_PROFILE: StateRuleProfile = defineStateRuleProfile({
  code: 'IDEA_NOTICE',
  name: 'IDEA, consent for the initial IEP only (illustrative)',
  requiresParentSignature: false,
  effectAfterNoticeDays: 10,
});

export const STATE_RULE_PROFILES: Readonly<Record<string, StateRuleProfile>> = Object.freeze({
  [IDEA_PROFILE.code]: IDEA_PROFILE,
  [MA_PROFILE.code]: MA_PROFILE,
  [CA_PROFILE.code]: CA_PROFILE,
  [IDEA_NOTICE_PROFILE.code]: IDEA_NOTICE_PROFILE,
});

/**
 * The rule profile a district follows, from its state code: THE lookup every area uses. One fallback
 * rule: a state without a built-in profile follows the federal IDEA defaults (and the district can
 * derive its own profile from them), never an error in the middle of someone's work.
 */
export function stateRuleProfileFor(stateCode: string): StateRuleProfile {
  return Object.hasOwn(STATE_RULE_PROFILES, stateCode) ? STATE_RULE_PROFILES[stateCode]! : IDEA_PROFILE;
}

/** A built-in profile by its code, or DeadlineInputError naming the known ones (choosing a profile). */
export function getStateRuleProfile(code: string): StateRuleProfile {
  const profile = Object.hasOwn(STATE_RULE_PROFILES, code) ? STATE_RULE_PROFILES[code] : undefined;
  if (!profile) {
    const known = Object.keys(STATE_RULE_PROFILES).join(', ');
    throw new DeadlineInputError({
      en: `There is no state rule profile "${code}"; known profiles: ${known}.`,
      es: `No existe el perfil de reglas estatales «${code}»; perfiles disponibles: ${known}.`,
    });
  }
  return profile;
}
