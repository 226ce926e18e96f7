import { z } from 'zod';
import { compareDates, isIsoDate } from '../deadlines/local-date';
import { GoalMeasure } from '../progress/measure';
import { IepPartKind } from './part-kinds';

// The content of each part, shared by the server (which validates every save) and the client (whose
// forms use the same rules). Free text is bounded so that one save cannot bloat the revision history.
const text = (max = 20_000) => z.string().max(max);
const shortText = () => z.string().max(500);
const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD')
    .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isIsoDate(value), {
      message: 'Not a real calendar date',
      params: { rule: 'REAL_DATE' },
    });

/**
 * How many minutes a service may take per session at each frequency: at least one, and no more than a
 * school day (8 hours) a day, five of them a week, twenty a month.
 */
export const SERVICE_MINUTES_RANGE = {
  DAILY: { min: 1, max: 480 },
  WEEKLY: { min: 1, max: 2_400 },
  MONTHLY: { min: 1, max: 9_600 },
} as const;
const SERVICE_MINUTES_MAX = SERVICE_MINUTES_RANGE.MONTHLY.max;

export const ParentConcernsContent = z.strictObject({ concerns: text(), vision: text() });
export const StudentVisionContent = z.strictObject({ vision: text() });
export const PresentLevelsContent = z.strictObject({ academic: text(), functional: text() });

export const GoalObjective = z.strictObject({ id: z.string().min(1).max(64), text: text(2_000) });
export const GoalContent = z.strictObject({
  /** Academic or functional area, e.g. "Reading fluency". */
  area: shortText(),
  annualGoal: text(4_000),
  baseline: text(4_000),
  target: text(4_000),
  /** How the team will know the goal is met, e.g. "4 of 5 trials over 3 consecutive weeks". */
  criteria: text(2_000),
  measurementMethod: text(2_000),
  reportingSchedule: text(1_000),
  objectives: z.array(GoalObjective).max(20),
  /**
   * How progress is measured, with the baseline and target as numbers and the goal's date: what data points,
   * the chart and the decision rules read. A goal written before this existed has none and needs one.
   */
  measure: GoalMeasure.nullable().default(null),
});

export const ServiceCategory = z.enum(['SPECIAL_EDUCATION', 'RELATED_SERVICE', 'SUPPLEMENTARY_AID', 'PROGRAM_MODIFICATION']);
export const ServiceFrequency = z.enum(['DAILY', 'WEEKLY', 'MONTHLY']);
export const ServiceContent = z
  .strictObject({
    category: ServiceCategory,
    description: text(2_000),
    providerRole: shortText(),
    /** Minutes per session; SERVICE_MINUTES_RANGE bounds them by the frequency. */
    minutes: z.number().int().min(SERVICE_MINUTES_RANGE.DAILY.min).max(SERVICE_MINUTES_MAX).nullable(),
    frequency: ServiceFrequency.nullable(),
    location: shortText(),
    startDate: isoDate().nullable(),
    endDate: isoDate().nullable(),
    /** Ids of the GOAL parts this service supports: the chain the quality checks keep intact. */
    goalIds: z.array(z.uuid()).max(50),
  })
  .superRefine((service, ctx) => {
    const { startDate, endDate, minutes, frequency } = service;
    if (startDate && endDate && isIsoDate(startDate) && isIsoDate(endDate) && compareDates(endDate, startDate) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'The end date is before the start date',
        params: { rule: 'END_BEFORE_START' },
      });
    }
    if (typeof minutes === 'number' && frequency && minutes > SERVICE_MINUTES_RANGE[frequency].max) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: SERVICE_MINUTES_RANGE[frequency].max,
        inclusive: true,
        path: ['minutes'],
        message: `At most ${SERVICE_MINUTES_RANGE[frequency].max} minutes ${frequency.toLowerCase()}`,
      });
    }
  });

export const AccommodationsContent = z.strictObject({ instructional: text(), testing: text() });

export const AssessmentOption = z.enum(['GENERAL', 'GENERAL_WITH_ACCOMMODATIONS', 'ALTERNATE']);
export const AssessmentParticipationContent = z.strictObject({
  stateAssessments: AssessmentOption.nullable(),
  districtAssessments: AssessmentOption.nullable(),
  /** Why an alternate assessment is appropriate (34 CFR 300.320(a)(6)(ii)). */
  alternateJustification: text(4_000),
});

export const PlacementContent = z.strictObject({
  setting: shortText(),
  /** Share of the school week spent outside the regular class, 0–100. */
  percentOutsideRegularClass: z.number().min(0).max(100).nullable(),
  /** Why the student is not with non-disabled peers for that time (least restrictive environment). */
  justification: text(4_000),
});

export const TransportationContent = z.strictObject({ specialTransportation: z.boolean().nullable(), details: text(4_000) });

export const ExtendedSchoolYearContent = z.strictObject({
  decision: z.enum(['ELIGIBLE', 'NOT_ELIGIBLE']).nullable(),
  rationale: text(4_000),
});

export const TransitionPlanContent = z.strictObject({
  postsecondaryEducation: text(4_000),
  employment: text(4_000),
  independentLiving: text(4_000),
  transitionServices: text(4_000),
  courseOfStudy: text(4_000),
  ageAppropriateAssessments: text(4_000),
  /** How and when the student was told of the rights that transfer at the age of majority (300.320(c)); older plans lack it. */
  rightsTransferStatement: text(4_000).optional(),
});

export const PART_CONTENT_SCHEMAS = {
  [IepPartKind.ParentConcerns]: ParentConcernsContent,
  [IepPartKind.StudentVision]: StudentVisionContent,
  [IepPartKind.PresentLevels]: PresentLevelsContent,
  [IepPartKind.Goal]: GoalContent,
  [IepPartKind.Service]: ServiceContent,
  [IepPartKind.Accommodations]: AccommodationsContent,
  [IepPartKind.AssessmentParticipation]: AssessmentParticipationContent,
  [IepPartKind.Placement]: PlacementContent,
  [IepPartKind.Transportation]: TransportationContent,
  [IepPartKind.ExtendedSchoolYear]: ExtendedSchoolYearContent,
  [IepPartKind.TransitionPlan]: TransitionPlanContent,
} as const satisfies Record<IepPartKind, z.ZodType>;

export type PartContentOf<K extends IepPartKind> = z.infer<(typeof PART_CONTENT_SCHEMAS)[K]>;
export type GoalContent = z.infer<typeof GoalContent>;
export type ServiceContent = z.infer<typeof ServiceContent>;
export type IepPartContent = { [K in IepPartKind]: PartContentOf<K> }[IepPartKind];

export interface PartContentProblem {
  readonly path: string;
  readonly message: string;
  /** The zod issue code (too_big, invalid_format, custom …), so a form can word it in its language. */
  readonly code: string;
  /** For the rules zod has no code of its own for: REAL_DATE, END_BEFORE_START. */
  readonly rule?: string;
  readonly maximum?: number;
  readonly minimum?: number;
}

export type ParsedPartContent =
  | { readonly ok: true; readonly content: IepPartContent }
  | { readonly ok: false; readonly problems: readonly PartContentProblem[] };

/** Validates untrusted content for a part; the problems name the field so a form can show them in place. */
export function parsePartContent(kind: IepPartKind, raw: unknown): ParsedPartContent {
  const result = PART_CONTENT_SCHEMAS[kind].safeParse(raw);
  if (result.success) return { ok: true, content: result.data as IepPartContent };
  return { ok: false, problems: contentProblems(result.error.issues) };
}

/** The problems of a failed parse, one per issue, each naming its field; the server and the web form both use it. */
function contentProblems(issues: readonly z.core.$ZodIssue[]): PartContentProblem[] {
  return issues.map((issue) => {
    const rule = issue.code === 'custom' && typeof issue.params?.['rule'] === 'string' ? (issue.params['rule'] as string) : undefined;
    const maximum = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : undefined;
    const minimum = 'minimum' in issue && typeof issue.minimum === 'number' ? issue.minimum : undefined;
    return {
      path: issue.path.join('.'),
      message: issue.message,
      code: issue.code,
      ...(rule ? { rule } : {}),
      ...(maximum !== undefined ? { maximum } : {}),
      ...(minimum !== undefined ? { minimum } : {}),
    };
  });
}

/** What a new part holds before anyone writes in it. */
export function emptyPartContent<K extends IepPartKind>(kind: K): PartContentOf<K> {
  const empty: { [P in IepPartKind]: PartContentOf<P> } = {
    [IepPartKind.ParentConcerns]: { concerns: '', vision: '' },
    [IepPartKind.StudentVision]: { vision: '' },
    [IepPartKind.PresentLevels]: { academic: '', functional: '' },
    [IepPartKind.Goal]: {
      area: '', annualGoal: '', baseline: '', target: '', criteria: '', measurementMethod: '', reportingSchedule: '', objectives: [],
      measure: null,
    },
    [IepPartKind.Service]: {
      category: 'SPECIAL_EDUCATION', description: '', providerRole: '', minutes: null, frequency: null, location: '',
      startDate: null, endDate: null, goalIds: [],
    },
    [IepPartKind.Accommodations]: { instructional: '', testing: '' },
    [IepPartKind.AssessmentParticipation]: { stateAssessments: null, districtAssessments: null, alternateJustification: '' },
    [IepPartKind.Placement]: { setting: '', percentOutsideRegularClass: null, justification: '' },
    [IepPartKind.Transportation]: { specialTransportation: null, details: '' },
    [IepPartKind.ExtendedSchoolYear]: { decision: null, rationale: '' },
    [IepPartKind.TransitionPlan]: {
      postsecondaryEducation: '', employment: '', independentLiving: '', transitionServices: '', courseOfStudy: '',
      ageAppropriateAssessments: '', rightsTransferStatement: '',
    },
  };
  return empty[kind];
}
