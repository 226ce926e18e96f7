/**
 * The parts of an IEP document (34 CFR 300.320). Each singleton part appears once per IEP; goals and
 * services repeat. A part is the unit that is saved, versioned, commented on and suggested against.
 */
export enum IepPartKind {
  ParentConcerns = 'PARENT_CONCERNS',
  StudentVision = 'STUDENT_VISION',
  PresentLevels = 'PRESENT_LEVELS',
  Goal = 'GOAL',
  Service = 'SERVICE',
  Accommodations = 'ACCOMMODATIONS',
  AssessmentParticipation = 'ASSESSMENT_PARTICIPATION',
  Placement = 'PLACEMENT',
  Transportation = 'TRANSPORTATION',
  ExtendedSchoolYear = 'EXTENDED_SCHOOL_YEAR',
  TransitionPlan = 'TRANSITION_PLAN',
}

export const REPEATABLE_PART_KINDS: ReadonlySet<IepPartKind> = new Set([IepPartKind.Goal, IepPartKind.Service]);

/** Document order: the chain from concerns and present levels to goals, then to services and placement. */
export const PART_KIND_ORDER: readonly IepPartKind[] = [
  IepPartKind.ParentConcerns,
  IepPartKind.StudentVision,
  IepPartKind.PresentLevels,
  IepPartKind.Goal,
  IepPartKind.Service,
  IepPartKind.Accommodations,
  IepPartKind.AssessmentParticipation,
  IepPartKind.Placement,
  IepPartKind.Transportation,
  IepPartKind.ExtendedSchoolYear,
  IepPartKind.TransitionPlan,
];

/** The singleton parts every new IEP starts with (the transition plan too: a check says when it is due). */
export const SINGLETON_PART_KINDS: readonly IepPartKind[] = PART_KIND_ORDER.filter((kind) => !REPEATABLE_PART_KINDS.has(kind));

