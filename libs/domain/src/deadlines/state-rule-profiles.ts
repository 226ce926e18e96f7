import type { Localized } from '../localized';
import { DeadlineInputError } from './errors';

export type DayCountUnit = 'CALENDAR_DAYS' | 'SCHOOL_DAYS';
export type RecordsDayUnit = 'CALENDAR_DAYS' | 'BUSINESS_DAYS';

export interface DayCountRule {
  readonly amount: number;
  readonly unit: DayCountUnit;
}

export interface RecordsRequestRule {
  readonly amount: number;
  readonly unit: RecordsDayUnit;
}

/**
 * How a regulation words a review period, which decides the due date:
 * - WITHIN_MONTHS: "within 12 months": the same day `months` later; where that month has no such day
 *   (29 February in a common year, 31 in a 30-day month) the last day of that month.
 * - BY_ANNIVERSARY: "by the anniversary": the (months / 12)-th anniversary of the date; the anniversary
 *   of 29 February in a common year is 28 February, so the deadline never falls after the legal limit.
 */
export type ReviewPeriodRule = 'WITHIN_MONTHS' | 'BY_ANNIVERSARY';

export interface ReviewPeriod {
  readonly rule: ReviewPeriodRule;
  /** Months; a whole number of years (12, 24, 36) for BY_ANNIVERSARY. */
  readonly months: number;
}

/** Where one rule of a profile comes from: a federal rule, a state's own, a common state choice, a district's. */
export type RuleBasis = 'FEDERAL' | 'STATE' | 'COMMON_STATE_CHOICE' | 'DISTRICT';

export interface RuleSource {
  /** The regulation or statute section, e.g. "34 CFR 300.301(c)(1)" or "Cal. Educ. Code 56504". */
  readonly citation: string;
  readonly basis: RuleBasis;
  /** Why the number is what it is where the citation alone does not say (a state choice, a district's change). */
  readonly note?: Localized;
}

/** The rules of a profile a district can edit, each shown with its source. */
export const PROFILE_RULE_KEYS = [
  'initialEvaluation',
  'evaluationBreaks',
  'firstIepMeeting',
  'meetingNotice',
  'serviceStart',
  'annualReview',
  'reevaluation',
  'recordsRequest',
  'transitionAge',
  'parentSignature',
  'ageOfMajority',
] as const;
export type ProfileRuleKey = (typeof PROFILE_RULE_KEYS)[number];

/**
 * The timelines one state applies on top of IDEA. Every district picks one profile, or derives its own
 * from one; its admin confirms the numbers against current state regulations, because states amend them.
 */
export interface StateRuleProfile {
  readonly code: string;
  readonly name: string;
  /** The built-in profile a district's own profile was derived from; null for the built-in ones. */
  readonly basedOn: string | null;
  /** From the parent's consent to evaluate to the completed evaluation. */
  readonly initialEvaluation: DayCountRule;
  /**
   * Some states stop the calendar-day clock of the evaluation timelines (initial evaluation and first
   * IEP meeting) between school sessions: when true, the days between two school years and the days of
   * a break that holds more than `breakExclusionMinimumWeekdays` weekdays are not counted.
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
  /** From the IEP meeting to the next annual review. */
  readonly annualReview: ReviewPeriod;
  /** From the last evaluation to the reevaluation. */
  readonly reevaluation: ReviewPeriod;
  /** To answer a parent's request for the education records. */
  readonly recordsRequest: RecordsRequestRule;
  /** The IEP in effect when the student reaches this age must contain a transition plan. */
  readonly transitionAge: number;
  /** Whether an IEP comes into force only once the parent signs (DESIGN §1 step 5). */
  readonly requiresParentSignature: boolean;
  /**
   * Where no signature is required: calendar days after the parent was sent the proposed annual IEP or
   * amendment (with its prior written notice) before it takes effect. An initial IEP always needs consent.
   */
  readonly effectAfterNoticeDays: number;
  /** The source of every rule, shown beside it. */
  readonly sources: Readonly<Record<ProfileRuleKey, RuleSource>>;
  /**
   * The age at which the educational rights pass from the parents to the student (34 CFR 300.520), set by state
   * law. A district's own profile sets it to its state's where no built-in profile does (19 or 21 in a few states).
   */
  readonly ageOfMajority: number;
}

/** The values of a profile a district administrator edits: every rule, without the code and sources. */
export type ProfileRuleValues = Pick<
  StateRuleProfile,
  | 'initialEvaluation'
  | 'excludeBreaksFromCalendarDayCounts'
  | 'breakExclusionMinimumWeekdays'
  | 'firstIepMeetingDays'
  | 'meetingNoticeDays'
  | 'serviceStartSchoolDays'
  | 'annualReview'
  | 'reevaluation'
  | 'recordsRequest'
  | 'transitionAge'
  | 'requiresParentSignature'
  | 'effectAfterNoticeDays'
  | 'ageOfMajority'
>;

/**
 * A district's own rules as stored: profiles saved before the age of majority could be edited lack it, and keep
 * their base's.
 */
export type StoredRuleValues = Omit<ProfileRuleValues, 'ageOfMajority'> & Partial<Pick<ProfileRuleValues, 'ageOfMajority'>>;

const federal = (citation: string, note?: Localized): RuleSource => ({ citation, basis: 'FEDERAL', ...(note ? { note } : {}) });
const state = (citation: string): RuleSource => ({ citation, basis: 'STATE' });

const IDEA_SOURCES: Record<ProfileRuleKey, RuleSource> = {
  initialEvaluation: federal('34 CFR 300.301(c)(1)'),
  evaluationBreaks: federal('34 CFR 300.301(c)(1)', {
    en: 'IDEA counts every calendar day; some states stop the clock over school breaks.',
    es: 'IDEA cuenta todos los días calendario; algunos estados detienen el plazo durante las vacaciones escolares.',
  }),
  firstIepMeeting: federal('34 CFR 300.323(c)(1)'),
  meetingNotice: {
    citation: '34 CFR 300.322(a)(1)',
    basis: 'COMMON_STATE_CHOICE',
    note: {
      en: 'IDEA requires notice "early enough" for the parent to attend; 10 days is a common state choice, not a federal rule.',
      es: 'IDEA exige avisar «con suficiente anticipación» para que el padre pueda asistir; 10 días es una elección común de los estados, no una regla federal.',
    },
  },
  serviceStart: {
    citation: '34 CFR 300.323(c)(2)',
    basis: 'COMMON_STATE_CHOICE',
    note: {
      en: 'IDEA requires services "as soon as possible" after the IEP is developed; 10 school days is a common state choice, not a federal rule.',
      es: 'IDEA exige los servicios «lo antes posible» después de elaborar el IEP; 10 días escolares es una elección común de los estados, no una regla federal.',
    },
  },
  annualReview: federal('34 CFR 300.324(b)(1)(i)'),
  reevaluation: federal('34 CFR 300.303(b)(2)'),
  recordsRequest: federal('34 CFR 300.613(a); 34 CFR 99.10(b)'),
  transitionAge: federal('34 CFR 300.320(b)'),
  parentSignature: federal('34 CFR 300.300(b)'),
  ageOfMajority: {
    citation: '34 CFR 300.520(a)',
    basis: 'COMMON_STATE_CHOICE',
    note: {
      en: 'IDEA lets each state transfer the rights at the age of majority under its law; 18 in most states.',
      es: 'IDEA permite que cada estado transfiera los derechos a la mayoría de edad según su ley; 18 años en la mayoría de los estados.',
    },
  },
};

/** The federal floor (34 CFR 300.301–300.324 and FERPA), used where a state adds nothing. */
export const IDEA_PROFILE: StateRuleProfile = deepFreeze({
  code: 'IDEA',
  name: 'IDEA federal defaults',
  basedOn: null,
  initialEvaluation: { amount: 60, unit: 'CALENDAR_DAYS' },
  excludeBreaksFromCalendarDayCounts: false,
  breakExclusionMinimumWeekdays: 0,
  firstIepMeetingDays: 30,
  meetingNoticeDays: 10,
  serviceStartSchoolDays: 10,
  annualReview: { rule: 'WITHIN_MONTHS', months: 12 },
  reevaluation: { rule: 'WITHIN_MONTHS', months: 36 },
  recordsRequest: { amount: 45, unit: 'CALENDAR_DAYS' },
  transitionAge: 16,
  requiresParentSignature: true,
  effectAfterNoticeDays: 10,
  ageOfMajority: 18,
  sources: IDEA_SOURCES,
});

/** One bound of a number a district may edit; the same table checks the server and the web form. */
export interface RuleBound {
  readonly min: number;
  readonly max: number;
  readonly label: Localized;
}

/**
 * What a district may set. Upper bounds keep the federal ceilings where IDEA or FERPA sets one
 * (30 days to the first IEP meeting, 45 days for records, a review at least every 12 months, a
 * reevaluation at least every 3 years, transition planning by 16).
 */
export const PROFILE_RULE_BOUNDS = {
  initialEvaluationAmount: { min: 1, max: 90, label: { en: 'Initial evaluation', es: 'Evaluación inicial' } },
  breakExclusionMinimumWeekdays: {
    min: 0,
    max: 10,
    label: { en: 'Shortest break that stops the clock', es: 'Vacaciones más cortas que detienen el plazo' },
  },
  firstIepMeetingDays: { min: 1, max: 30, label: { en: 'First IEP meeting', es: 'Primera reunión del IEP' } },
  meetingNoticeDays: { min: 1, max: 30, label: { en: 'Meeting notice', es: 'Aviso de reunión' } },
  serviceStartSchoolDays: { min: 1, max: 30, label: { en: 'Start of services', es: 'Inicio de los servicios' } },
  annualReviewMonths: { min: 1, max: 12, label: { en: 'Annual review', es: 'Revisión anual' } },
  reevaluationMonths: { min: 12, max: 36, label: { en: 'Reevaluation', es: 'Reevaluación' } },
  recordsRequestAmount: { min: 1, max: 45, label: { en: 'Records request', es: 'Solicitud de expedientes' } },
  transitionAge: { min: 12, max: 16, label: { en: 'Transition planning age', es: 'Edad de planificación de la transición' } },
  // The states' ages of majority run from 18 to 21.
  ageOfMajority: { min: 18, max: 21, label: { en: 'Age of majority', es: 'Mayoría de edad' } },
  effectAfterNoticeDays: {
    min: 0,
    max: 30,
    label: { en: 'Days after notice before a later IEP takes effect', es: 'Días después del aviso antes de que un IEP posterior entre en vigor' },
  },
} as const satisfies Record<string, RuleBound>;

const PROFILE_NAME_MAX_LENGTH = 100;

/** One refusal of a profile value, naming the field as the form and the GraphQL input call it. */
export interface ProfileRuleProblem {
  readonly field: string;
  readonly message: Localized;
}

const numberFields: ReadonlyArray<readonly [field: string, bound: keyof typeof PROFILE_RULE_BOUNDS, read: (v: ProfileRuleValues) => number]> = [
  ['initialEvaluation.amount', 'initialEvaluationAmount', (v) => v.initialEvaluation.amount],
  ['breakExclusionMinimumWeekdays', 'breakExclusionMinimumWeekdays', (v) => v.breakExclusionMinimumWeekdays],
  ['firstIepMeetingDays', 'firstIepMeetingDays', (v) => v.firstIepMeetingDays],
  ['meetingNoticeDays', 'meetingNoticeDays', (v) => v.meetingNoticeDays],
  ['serviceStartSchoolDays', 'serviceStartSchoolDays', (v) => v.serviceStartSchoolDays],
  ['annualReview.months', 'annualReviewMonths', (v) => v.annualReview.months],
  ['reevaluation.months', 'reevaluationMonths', (v) => v.reevaluation.months],
  ['recordsRequest.amount', 'recordsRequestAmount', (v) => v.recordsRequest.amount],
  ['transitionAge', 'transitionAge', (v) => v.transitionAge],
  ['effectAfterNoticeDays', 'effectAfterNoticeDays', (v) => v.effectAfterNoticeDays],
  ['ageOfMajority', 'ageOfMajority', (v) => v.ageOfMajority],
];

/**
 * Every problem with a profile's rules, or none. The server refuses a save with the first one (naming
 * its field); the web form shows each beside its field. The same function, so the two never disagree.
 */
export function profileRuleProblems(values: ProfileRuleValues): ProfileRuleProblem[] {
  const problems: ProfileRuleProblem[] = [];
  for (const [field, key, read] of numberFields) {
    const bound: RuleBound = PROFILE_RULE_BOUNDS[key];
    const value = read(values);
    if (!Number.isInteger(value) || value < bound.min || value > bound.max) {
      problems.push({
        field,
        message: {
          en: `${bound.label.en}: enter a whole number from ${bound.min} to ${bound.max}.`,
          es: `${bound.label.es}: escriba un número entero de ${bound.min} a ${bound.max}.`,
        },
      });
    }
  }
  if (values.initialEvaluation.unit !== 'CALENDAR_DAYS' && values.initialEvaluation.unit !== 'SCHOOL_DAYS') {
    problems.push({
      field: 'initialEvaluation.unit',
      message: { en: 'Choose calendar days or school days.', es: 'Elija días calendario o días escolares.' },
    });
  }
  if (values.recordsRequest.unit !== 'CALENDAR_DAYS' && values.recordsRequest.unit !== 'BUSINESS_DAYS') {
    problems.push({
      field: 'recordsRequest.unit',
      message: { en: 'Choose calendar days or business days.', es: 'Elija días calendario o días hábiles.' },
    });
  }
  for (const field of ['annualReview', 'reevaluation'] as const) {
    const period = values[field];
    if (period.rule !== 'WITHIN_MONTHS' && period.rule !== 'BY_ANNIVERSARY') {
      problems.push({
        field: `${field}.rule`,
        message: { en: 'Choose "within N months" or "by the anniversary".', es: 'Elija «dentro de N meses» o «antes del aniversario».' },
      });
    } else if (period.rule === 'BY_ANNIVERSARY' && period.months % 12 !== 0) {
      problems.push({
        field: `${field}.months`,
        message: {
          en: '"By the anniversary" needs a whole number of years: 12, 24 or 36 months.',
          es: '«Antes del aniversario» necesita un número entero de años: 12, 24 o 36 meses.',
        },
      });
    }
  }
  if (typeof values.excludeBreaksFromCalendarDayCounts !== 'boolean') {
    problems.push({ field: 'excludeBreaksFromCalendarDayCounts', message: { en: 'Choose yes or no.', es: 'Elija sí o no.' } });
  }
  if (typeof values.requiresParentSignature !== 'boolean') {
    problems.push({ field: 'requiresParentSignature', message: { en: 'Choose yes or no.', es: 'Elija sí o no.' } });
  }
  return problems;
}

/** A refusal of a profile's name, or null. */
export function profileNameProblem(name: string): ProfileRuleProblem | null {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > PROFILE_NAME_MAX_LENGTH) {
    return {
      field: 'name',
      message: {
        en: `Name the profile in 1 to ${PROFILE_NAME_MAX_LENGTH} characters.`,
        es: `Escriba un nombre de 1 a ${PROFILE_NAME_MAX_LENGTH} caracteres para el perfil.`,
      },
    };
  }
  return null;
}

/** Which rules' values two profiles disagree on. */
function changedRules(a: ProfileRuleValues, b: ProfileRuleValues): Set<ProfileRuleKey> {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const changed = new Set<ProfileRuleKey>();
  if (!same(a.initialEvaluation, b.initialEvaluation)) changed.add('initialEvaluation');
  if (a.excludeBreaksFromCalendarDayCounts !== b.excludeBreaksFromCalendarDayCounts || a.breakExclusionMinimumWeekdays !== b.breakExclusionMinimumWeekdays)
    changed.add('evaluationBreaks');
  if (a.firstIepMeetingDays !== b.firstIepMeetingDays) changed.add('firstIepMeeting');
  if (a.meetingNoticeDays !== b.meetingNoticeDays) changed.add('meetingNotice');
  if (a.serviceStartSchoolDays !== b.serviceStartSchoolDays) changed.add('serviceStart');
  if (!same(a.annualReview, b.annualReview)) changed.add('annualReview');
  if (!same(a.reevaluation, b.reevaluation)) changed.add('reevaluation');
  if (!same(a.recordsRequest, b.recordsRequest)) changed.add('recordsRequest');
  if (a.transitionAge !== b.transitionAge) changed.add('transitionAge');
  if (a.requiresParentSignature !== b.requiresParentSignature || a.effectAfterNoticeDays !== b.effectAfterNoticeDays)
    changed.add('parentSignature');
  if (a.ageOfMajority !== b.ageOfMajority) changed.add('ageOfMajority');
  return changed;
}

export const DISTRICT_PROFILE_CODE = 'DISTRICT';

/**
 * A district's own profile: the built-in `base` with the district's values. A rule the district changed
 * is sourced to the district, with the regulation it departs from; the others keep the base's source.
 *
 * @throws DeadlineInputError naming the first value out of bounds.
 */
export function deriveDistrictProfile(base: StateRuleProfile, name: string, stored: StoredRuleValues): StateRuleProfile {
  const values: ProfileRuleValues = { ...stored, ageOfMajority: stored.ageOfMajority ?? base.ageOfMajority };
  const problem = profileNameProblem(name) ?? profileRuleProblems(values)[0];
  if (problem) throw new DeadlineInputError(problem.message, problem.field);
  const changed = changedRules(base, values);
  const sources = Object.fromEntries(
    PROFILE_RULE_KEYS.map((key) => {
      const source = base.sources[key];
      if (!changed.has(key)) return [key, source];
      const districtSource: RuleSource = {
        citation: source.citation,
        basis: 'DISTRICT',
        note: {
          en: `The district's own rule, changed from ${base.name}.`,
          es: `Regla propia del distrito, cambiada respecto de ${base.name}.`,
        },
      };
      return [key, districtSource];
    }),
  ) as Record<ProfileRuleKey, RuleSource>;
  return deepFreeze({
    ...pickRuleValues(values),
    code: DISTRICT_PROFILE_CODE,
    name: name.trim(),
    basedOn: base.code,
    sources,
  });
}

/** The editable values of a profile, copied (so a form may start from a built-in one). */
export function pickRuleValues(profile: ProfileRuleValues): ProfileRuleValues {
  return {
    initialEvaluation: { amount: profile.initialEvaluation.amount, unit: profile.initialEvaluation.unit },
    excludeBreaksFromCalendarDayCounts: profile.excludeBreaksFromCalendarDayCounts,
    breakExclusionMinimumWeekdays: profile.breakExclusionMinimumWeekdays,
    firstIepMeetingDays: profile.firstIepMeetingDays,
    meetingNoticeDays: profile.meetingNoticeDays,
    serviceStartSchoolDays: profile.serviceStartSchoolDays,
    annualReview: { rule: profile.annualReview.rule, months: profile.annualReview.months },
    reevaluation: { rule: profile.reevaluation.rule, months: profile.reevaluation.months },
    recordsRequest: { amount: profile.recordsRequest.amount, unit: profile.recordsRequest.unit },
    transitionAge: profile.transitionAge,
    requiresParentSignature: profile.requiresParentSignature,
    effectAfterNoticeDays: profile.effectAfterNoticeDays,
    ageOfMajority: profile.ageOfMajority,
  };
}

/**
 * Fills a state's differences in over the IDEA defaults and checks that every number can be applied,
 * so that a mistyped profile is refused when it is defined rather than on a deadline.
 *
 * @internal Production reaches it through STATE_RULE_PROFILES; exported for the specs.
 */
export function defineStateRuleProfile(
  overrides: Partial<Omit<StateRuleProfile, 'sources'>> &
    Pick<StateRuleProfile, 'code' | 'name'> & { readonly sources?: Partial<Record<ProfileRuleKey, RuleSource>> },
): StateRuleProfile {
  const profile: StateRuleProfile = {
    ...IDEA_PROFILE,
    ...overrides,
    basedOn: overrides.basedOn ?? null,
    sources: { ...IDEA_PROFILE.sources, ...overrides.sources },
  };
  const problem = profileRuleProblems(profile)[0];
  if (problem) {
    throw new DeadlineInputError(
      {
        en: `State rule profile ${profile.code}: ${problem.field}: ${problem.message.en}`,
        es: `Perfil de reglas estatales ${profile.code}: ${problem.field}: ${problem.message.es}`,
      },
      problem.field,
    );
  }
  return deepFreeze(profile);
}

/**
 * Illustrative Massachusetts profile (603 CMR 28): evaluation counted in school days, transition
 * planning from 14, records within 10 days. The district admin confirms the numbers before relying on them.
 *
 * @internal Production reaches it through STATE_RULE_PROFILES; exported for the specs.
 */
export const MA_PROFILE: StateRuleProfile = defineStateRuleProfile({
  code: 'MA',
  name: 'Massachusetts (illustrative)',
  initialEvaluation: { amount: 30, unit: 'SCHOOL_DAYS' },
  transitionAge: 14,
  recordsRequest: { amount: 10, unit: 'CALENDAR_DAYS' },
  ageOfMajority: 18,
  sources: {
    ageOfMajority: state('603 CMR 28.07(5); M.G.L. c. 4, § 7 (cl. 51)'),
    initialEvaluation: state('603 CMR 28.04(2)'),
    transitionAge: state('603 CMR 28.05(4)(c); M.G.L. c. 71B, § 2'),
    recordsRequest: state('603 CMR 23.07(2)'),
  },
});

/**
 * Illustrative California profile (Ed. Code 56043, 56344, 56504): 60 calendar days not counting the
 * days between school sessions or school vacations of more than five school days; records within five
 * business days. The district admin confirms the numbers before relying on them.
 *
 * @internal Production reaches it through STATE_RULE_PROFILES; exported for the specs.
 */
export const CA_PROFILE: StateRuleProfile = defineStateRuleProfile({
  code: 'CA',
  name: 'California (illustrative)',
  initialEvaluation: { amount: 60, unit: 'CALENDAR_DAYS' },
  excludeBreaksFromCalendarDayCounts: true,
  breakExclusionMinimumWeekdays: 5,
  transitionAge: 16,
  recordsRequest: { amount: 5, unit: 'BUSINESS_DAYS' },
  ageOfMajority: 18,
  sources: {
    ageOfMajority: state('Cal. Educ. Code 56041.5; Cal. Fam. Code 6500, 6501'),
    initialEvaluation: state('Cal. Educ. Code 56043(c), 56344(a)'),
    evaluationBreaks: state('Cal. Educ. Code 56043(c), 56344(a)'),
    firstIepMeeting: state('Cal. Educ. Code 56043(f)(1), 56344(a)'),
    annualReview: state('Cal. Educ. Code 56043(j), 56343(d)'),
    reevaluation: state('Cal. Educ. Code 56043(k), 56381(a)(2)'),
    recordsRequest: state('Cal. Educ. Code 56504'),
    transitionAge: state('Cal. Educ. Code 56043(g)(1), 56345(a)(8)'),
  },
});

/**
 * The federal floor on consent (34 CFR 300.300(b)): the parent's consent is needed for the initial
 * provision of services only; later annual IEPs and amendments take effect a reasonable time after
 * the parent was sent them with prior written notice. Illustrative, like the state profiles above.
 *
 * @internal Production reaches it through STATE_RULE_PROFILES; exported for the specs.
 */
export const IDEA_NOTICE_PROFILE: StateRuleProfile = defineStateRuleProfile({
  code: 'IDEA_NOTICE',
  name: 'IDEA, consent for the initial IEP only (illustrative)',
  requiresParentSignature: false,
  effectAfterNoticeDays: 10,
  sources: {
    parentSignature: {
      citation: '34 CFR 300.300(b), 300.503',
      basis: 'FEDERAL',
      note: {
        en: 'Consent for the initial IEP only; how long after notice a later IEP takes effect is a state choice.',
        es: 'Consentimiento solo para el IEP inicial; cuánto después del aviso entra en vigor un IEP posterior es una elección del estado.',
      },
    },
  },
});

export const STATE_RULE_PROFILES: Readonly<Record<string, StateRuleProfile>> = Object.freeze({
  [IDEA_PROFILE.code]: IDEA_PROFILE,
  [MA_PROFILE.code]: MA_PROFILE,
  [CA_PROFILE.code]: CA_PROFILE,
  [IDEA_NOTICE_PROFILE.code]: IDEA_NOTICE_PROFILE,
});

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

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value as object)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A district's profile as the database holds it: the code it uses, and its own profile if it has one. */
export interface StoredRuleProfile {
  readonly code: string;
  readonly own: { readonly name: string; readonly basedOn: string; readonly rules: StoredRuleValues } | null;
}

/**
 * The profile a district applies: its own when its code is DISTRICT_PROFILE_CODE, else the built-in one
 * the code names. Every caller that needs a district's rules goes through here, so they all agree.
 *
 * @throws DeadlineInputError for an unknown code or a stored profile out of bounds.
 */
/**
 * The rule profile a district follows, from what is stored (its state code, or its own profile):
 * THE lookup every area uses. One fallback rule: a code without a built-in profile, or an own profile
 * that no longer derives, follows the federal IDEA defaults (and the district can derive its own
 * profile from them), never an error in the middle of someone's work. Administration, which must say
 * what is wrong, uses resolveRuleProfile.
 */
export function stateRuleProfileFor(stored: StoredRuleProfile): StateRuleProfile {
  try {
    return resolveRuleProfile(stored);
  } catch {
    return IDEA_PROFILE;
  }
}

/** The stored profile resolved strictly: DeadlineInputError when it names no profile. */
export function resolveRuleProfile(stored: StoredRuleProfile): StateRuleProfile {
  if (stored.code === DISTRICT_PROFILE_CODE && stored.own) {
    return deriveDistrictProfile(getStateRuleProfile(stored.own.basedOn), stored.own.name, stored.own.rules);
  }
  return getStateRuleProfile(stored.code);
}
