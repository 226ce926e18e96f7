import { IepPartKind, parsePartContent, SERVICE_MINUTES_RANGE, type PartContentProblem } from '@iep/domain/iep-content';

/**
 * How each field of a part's content is edited and shown. The content shapes themselves come from
 * @iep/domain/iep-content, so the form checks exactly what the API checks on save.
 */
export type FieldSpec =
  | { name: string; type: 'text' }
  | { name: string; type: 'longText' }
  | { name: string; type: 'number'; min: number; max: number; unit?: 'minutes' | 'percent' }
  | { name: string; type: 'choice'; options: readonly string[]; nullable: boolean }
  | { name: string; type: 'date' }
  | { name: string; type: 'yesNo' }
  | { name: string; type: 'objectives' }
  | { name: string; type: 'measure' }
  | { name: string; type: 'goals' };

const SERVICE_CATEGORIES = ['SPECIAL_EDUCATION', 'RELATED_SERVICE', 'SUPPLEMENTARY_AID', 'PROGRAM_MODIFICATION'] as const;
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
const ASSESSMENT_OPTIONS = ['GENERAL', 'GENERAL_WITH_ACCOMMODATIONS', 'ALTERNATE'] as const;
const ESY_DECISIONS = ['ELIGIBLE', 'NOT_ELIGIBLE'] as const;

export const PART_FIELDS: Record<IepPartKind, readonly FieldSpec[]> = {
  [IepPartKind.ParentConcerns]: [
    { name: 'concerns', type: 'longText' },
    { name: 'vision', type: 'longText' },
  ],
  [IepPartKind.StudentVision]: [{ name: 'vision', type: 'longText' }],
  [IepPartKind.PresentLevels]: [
    { name: 'academic', type: 'longText' },
    { name: 'functional', type: 'longText' },
  ],
  [IepPartKind.Goal]: [
    { name: 'area', type: 'text' },
    { name: 'annualGoal', type: 'longText' },
    { name: 'baseline', type: 'longText' },
    { name: 'target', type: 'longText' },
    { name: 'criteria', type: 'longText' },
    { name: 'measurementMethod', type: 'longText' },
    { name: 'reportingSchedule', type: 'text' },
    { name: 'measure', type: 'measure' },
    { name: 'objectives', type: 'objectives' },
  ],
  [IepPartKind.Service]: [
    { name: 'category', type: 'choice', options: SERVICE_CATEGORIES, nullable: false },
    { name: 'description', type: 'longText' },
    { name: 'providerRole', type: 'text' },
    { name: 'minutes', type: 'number', min: SERVICE_MINUTES_RANGE.DAILY.min, max: SERVICE_MINUTES_RANGE.MONTHLY.max, unit: 'minutes' },
    { name: 'frequency', type: 'choice', options: FREQUENCIES, nullable: true },
    { name: 'location', type: 'text' },
    { name: 'startDate', type: 'date' },
    { name: 'endDate', type: 'date' },
    { name: 'goalIds', type: 'goals' },
  ],
  [IepPartKind.Accommodations]: [
    { name: 'instructional', type: 'longText' },
    { name: 'testing', type: 'longText' },
  ],
  [IepPartKind.AssessmentParticipation]: [
    { name: 'stateAssessments', type: 'choice', options: ASSESSMENT_OPTIONS, nullable: true },
    { name: 'districtAssessments', type: 'choice', options: ASSESSMENT_OPTIONS, nullable: true },
    { name: 'alternateJustification', type: 'longText' },
  ],
  [IepPartKind.Placement]: [
    { name: 'setting', type: 'text' },
    { name: 'percentOutsideRegularClass', type: 'number', min: 0, max: 100, unit: 'percent' },
    { name: 'justification', type: 'longText' },
  ],
  [IepPartKind.Transportation]: [
    { name: 'specialTransportation', type: 'yesNo' },
    { name: 'details', type: 'longText' },
  ],
  [IepPartKind.ExtendedSchoolYear]: [
    { name: 'decision', type: 'choice', options: ESY_DECISIONS, nullable: true },
    { name: 'rationale', type: 'longText' },
  ],
  [IepPartKind.TransitionPlan]: [
    { name: 'postsecondaryEducation', type: 'longText' },
    { name: 'employment', type: 'longText' },
    { name: 'independentLiving', type: 'longText' },
    { name: 'transitionServices', type: 'longText' },
    { name: 'courseOfStudy', type: 'longText' },
    { name: 'ageAppropriateAssessments', type: 'longText' },
    { name: 'rightsTransferStatement', type: 'longText' },
  ],
};

export type PartContent = Record<string, unknown>;

export type Objective = { id: string; text: string };

export function objectivesOf(content: PartContent): Objective[] {
  const value = content['objectives'];
  return Array.isArray(value) ? (value as Objective[]) : [];
}

export function goalIdsOf(content: PartContent): string[] {
  const value = content['goalIds'];
  return Array.isArray(value) ? (value as string[]) : [];
}

export type ContentProblem = PartContentProblem;

/** The same check the API runs on save; each problem names the field so the form shows it in place. */
export function checkContent(kind: IepPartKind, content: PartContent): ContentProblem[] {
  const result = parsePartContent(kind, content);
  return result.ok ? [] : [...result.problems];
}

/** Whether two values of a field are the same, for conflicts and "what differs". */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function isRepeatable(kind: IepPartKind): boolean {
  return kind === IepPartKind.Goal || kind === IepPartKind.Service;
}
