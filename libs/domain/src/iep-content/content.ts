import { z } from 'zod';
import { IepPartKind } from './part-kinds';

// The content of each part, shared by the server (which validates every save) and the client (whose
// forms use the same rules). Free text is bounded so that one save cannot bloat the revision history.
const text = (max = 20_000) => z.string().max(max);
const shortText = () => z.string().max(500);
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD');

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
});

export const ServiceCategory = z.enum(['SPECIAL_EDUCATION', 'RELATED_SERVICE', 'SUPPLEMENTARY_AID', 'PROGRAM_MODIFICATION']);
export const ServiceFrequency = z.enum(['DAILY', 'WEEKLY', 'MONTHLY']);
export const ServiceContent = z.strictObject({
  category: ServiceCategory,
  description: text(2_000),
  providerRole: shortText(),
  minutes: z.number().int().min(0).max(10_000).nullable(),
  frequency: ServiceFrequency.nullable(),
  location: shortText(),
  startDate: isoDate().nullable(),
  endDate: isoDate().nullable(),
  /** Ids of the GOAL parts this service supports: the chain the quality checks keep intact. */
  goalIds: z.array(z.uuid()).max(50),
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

export type ParsedPartContent =
  | { readonly ok: true; readonly content: IepPartContent }
  | { readonly ok: false; readonly problems: readonly { readonly path: string; readonly message: string }[] };

/** Validates untrusted content for a part; the problems name the field so a form can show them in place. */
export function parsePartContent(kind: IepPartKind, raw: unknown): ParsedPartContent {
  const result = PART_CONTENT_SCHEMAS[kind].safeParse(raw);
  if (result.success) return { ok: true, content: result.data as IepPartContent };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/** What a new part holds before anyone writes in it. */
export function emptyPartContent<K extends IepPartKind>(kind: K): PartContentOf<K> {
  const empty: { [P in IepPartKind]: PartContentOf<P> } = {
    [IepPartKind.ParentConcerns]: { concerns: '', vision: '' },
    [IepPartKind.StudentVision]: { vision: '' },
    [IepPartKind.PresentLevels]: { academic: '', functional: '' },
    [IepPartKind.Goal]: {
      area: '', annualGoal: '', baseline: '', target: '', criteria: '', measurementMethod: '', reportingSchedule: '', objectives: [],
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
      ageAppropriateAssessments: '',
    },
  };
  return empty[kind];
}
