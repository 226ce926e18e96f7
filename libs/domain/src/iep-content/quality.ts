import { addYears, compareDates, type IsoDate } from '../deadlines/local-date';
import type { GoalContent, ServiceContent } from './content';
import { IepPartKind } from './part-kinds';
import { transferNoticeRequired } from '../rights/majority';

export type IepQualitySeverity = 'ERROR' | 'WARNING';

/**
 * What the checks report. ERROR codes block finalizing: without them the document is not a lawful IEP
 * (34 CFR 300.320: a measurable annual goal needs its statement, a starting point, a target, a criterion
 * and how progress is measured; a service needs its amount, frequency and start date
 * (300.320(a)(7)); removal from the regular
 * class needs its justification; a transition plan is due by the transition age). WARNING codes break
 * the chain from present levels to goals to services, or leave a decision open that the team may still
 * settle at the meeting; the case manager acknowledges them before finalizing.
 */
export const IEP_QUALITY_CODES = {
  GOAL_WITHOUT_ANNUAL_GOAL: 'ERROR',
  GOAL_WITHOUT_BASELINE: 'ERROR',
  GOAL_WITHOUT_TARGET: 'ERROR',
  GOAL_WITHOUT_CRITERIA: 'ERROR',
  GOAL_WITHOUT_MEASUREMENT: 'ERROR',
  SERVICE_WITHOUT_MINUTES: 'ERROR',
  SERVICE_WITHOUT_FREQUENCY: 'ERROR',
  SERVICE_WITHOUT_START_DATE: 'ERROR',
  PLACEMENT_WITHOUT_JUSTIFICATION: 'ERROR',
  TRANSITION_PLAN_MISSING: 'ERROR',
  RIGHTS_TRANSFER_NOT_STATED: 'ERROR',
  GOAL_WITHOUT_REPORTING_SCHEDULE: 'WARNING',
  GOAL_WITHOUT_SERVICE: 'WARNING',
  GOAL_WITHOUT_PROGRESS_MEASURE: 'WARNING',
  SERVICE_WITHOUT_GOAL: 'WARNING',
  NO_GOALS: 'WARNING',
  PRESENT_LEVELS_MISSING: 'WARNING',
  PRESENT_LEVELS_UNCHANGED: 'WARNING',
  ESY_DECISION_MISSING: 'WARNING',
} as const satisfies Record<string, IepQualitySeverity>;

export type IepQualityCode = keyof typeof IEP_QUALITY_CODES;

export interface IepQualityIssue {
  readonly code: IepQualityCode;
  readonly severity: IepQualitySeverity;
  /** The part to fix; null when the fix is a part that does not exist yet. */
  readonly partId: string | null;
  /** English, for logs and API users; the client words each code in the reader's language. */
  readonly message: string;
}

export interface QualityCheckPart {
  readonly id: string;
  readonly kind: IepPartKind;
  /** Content as stored (already validated on save); read defensively all the same. */
  readonly content: unknown;
  readonly unchangedSinceLastYear: boolean;
}

export interface QualityCheckDocument {
  /** The parts in force in the draft (removed ones left out). */
  readonly parts: readonly QualityCheckPart[];
}

export interface QualityCheckContext {
  readonly studentDateOfBirth: IsoDate;
  /** The state rule profile's transition age (16 under IDEA, 14 in some states). */
  readonly transitionAge: number;
  /** The state's age of majority, at which the educational rights pass to the student (300.520). */
  readonly ageOfMajority: number;
  /** The last day this IEP can be in force: its annual review date, or a year from its start. */
  readonly coversUntil: IsoDate;
  /** Only an annual review is expected to renew the present levels. */
  readonly iepKind: 'INITIAL' | 'ANNUAL' | 'AMENDMENT';
}

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function issue(code: IepQualityCode, partId: string | null, message: string): IepQualityIssue {
  return { code, severity: IEP_QUALITY_CODES[code], partId, message };
}

/** Whether the IEP must hold a transition plan: the student reaches the transition age while it is in force. */
export function transitionPlanRequired(context: Pick<QualityCheckContext, 'studentDateOfBirth' | 'transitionAge' | 'coversUntil'>): boolean {
  return compareDates(addYears(context.studentDateOfBirth, context.transitionAge), context.coversUntil) <= 0;
}

/**
 * Checks that keep the chain present levels → goals → services intact. Pure: the same document and
 * context always give the same issues, in document order, errors and warnings together.
 */
export function checkIepQuality(document: QualityCheckDocument, context: QualityCheckContext): IepQualityIssue[] {
  const issues: IepQualityIssue[] = [];
  const byKind = (kind: IepPartKind) => document.parts.filter((part) => part.kind === kind);
  const goals = byKind(IepPartKind.Goal);
  const services = byKind(IepPartKind.Service);
  const goalIds = new Set(goals.map((goal) => goal.id));
  const supported = new Set<string>();
  for (const service of services) {
    const ids = record(service.content).goalIds;
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string' && goalIds.has(id)) supported.add(id);
  }

  const [presentLevels] = byKind(IepPartKind.PresentLevels);
  const levels = record(presentLevels?.content);
  if (!presentLevels || (!filled(levels.academic) && !filled(levels.functional))) {
    issues.push(issue('PRESENT_LEVELS_MISSING', presentLevels?.id ?? null, 'Present levels of academic achievement and functional performance are empty.'));
  } else if (presentLevels.unchangedSinceLastYear && context.iepKind === 'ANNUAL') {
    issues.push(issue('PRESENT_LEVELS_UNCHANGED', presentLevels.id, "Present levels are unchanged since last year's IEP."));
  }

  if (goals.length === 0) issues.push(issue('NO_GOALS', null, 'The IEP has no measurable annual goal.'));
  goals.forEach((goal, index) => {
    const content = record(goal.content) as Partial<GoalContent>;
    const name = filled(content.area) ? `Goal "${content.area!.trim()}"` : `Goal ${index + 1}`;
    if (!filled(content.annualGoal)) issues.push(issue('GOAL_WITHOUT_ANNUAL_GOAL', goal.id, `${name} has no annual goal statement.`));
    if (!filled(content.baseline)) issues.push(issue('GOAL_WITHOUT_BASELINE', goal.id, `${name} has no baseline.`));
    if (!filled(content.target)) issues.push(issue('GOAL_WITHOUT_TARGET', goal.id, `${name} has no target.`));
    if (!filled(content.criteria)) issues.push(issue('GOAL_WITHOUT_CRITERIA', goal.id, `${name} has no measurable criteria.`));
    if (!filled(content.measurementMethod)) issues.push(issue('GOAL_WITHOUT_MEASUREMENT', goal.id, `${name} does not say how progress is measured.`));
    if (!filled(content.reportingSchedule)) {
      issues.push(issue('GOAL_WITHOUT_REPORTING_SCHEDULE', goal.id, `${name} does not say when progress is reported.`));
    }
    if (!content.measure) {
      issues.push(issue('GOAL_WITHOUT_PROGRESS_MEASURE', goal.id, `${name} has no measure, baseline value, target value and date for charting progress.`));
    }
    if (!supported.has(goal.id)) issues.push(issue('GOAL_WITHOUT_SERVICE', goal.id, `${name} is supported by no service.`));
  });

  services.forEach((service, index) => {
    const content = record(service.content) as Partial<ServiceContent>;
    const ids = Array.isArray(content.goalIds) ? content.goalIds : [];
    const name = filled(content.description) ? `Service "${content.description!.trim().slice(0, 80)}"` : `Service ${index + 1}`;
    if (typeof content.minutes !== 'number' || content.minutes <= 0)
      issues.push(issue('SERVICE_WITHOUT_MINUTES', service.id, `${name} does not say how many minutes.`));
    if (!filled(content.frequency)) issues.push(issue('SERVICE_WITHOUT_FREQUENCY', service.id, `${name} does not say how often.`));
    if (!filled(content.startDate)) issues.push(issue('SERVICE_WITHOUT_START_DATE', service.id, `${name} has no start date.`));
    if (!ids.some((id) => goalIds.has(id))) {
      issues.push(issue('SERVICE_WITHOUT_GOAL', service.id, `${name} supports no goal of this IEP.`));
    }
  });

  const [placement] = byKind(IepPartKind.Placement);
  const placed = record(placement?.content);
  if (placement && typeof placed.percentOutsideRegularClass === 'number' && placed.percentOutsideRegularClass > 0 && !filled(placed.justification)) {
    issues.push(issue('PLACEMENT_WITHOUT_JUSTIFICATION', placement.id, 'Time outside the regular class is not justified.'));
  }

  const [esy] = byKind(IepPartKind.ExtendedSchoolYear);
  const decision = record(esy?.content).decision;
  if (decision !== 'ELIGIBLE' && decision !== 'NOT_ELIGIBLE') {
    issues.push(issue('ESY_DECISION_MISSING', esy?.id ?? null, 'The extended school year decision is not made.'));
  }

  if (transitionPlanRequired(context)) {
    const [plan] = byKind(IepPartKind.TransitionPlan);
    const content = record(plan?.content);
    // A plan needs postsecondary goals and the services to reach them (34 CFR 300.320(b)).
    const hasGoals = filled(content.postsecondaryEducation) || filled(content.employment) || filled(content.independentLiving);
    if (!plan || !hasGoals || !filled(content.transitionServices)) {
      issues.push(issue('TRANSITION_PLAN_MISSING', plan?.id ?? null,
        `The student reaches the transition age (${context.transitionAge}) while this IEP is in force, and the transition plan is incomplete.`));
    }
  }
  // From one year before the age of majority, the IEP states that the student was told of the rights that will
  // transfer (34 CFR 300.320(c)): the IEP in force on that day carries the statement.
  if (transferNoticeRequired(context.studentDateOfBirth, context.ageOfMajority, context.coversUntil)) {
    const [plan] = byKind(IepPartKind.TransitionPlan);
    if (!filled(record(plan?.content).rightsTransferStatement)) {
      issues.push(issue('RIGHTS_TRANSFER_NOT_STATED', plan?.id ?? null,
        `The student turns ${context.ageOfMajority - 1} while this IEP is in force: it must state that the student was told of the rights that transfer at ${context.ageOfMajority}.`));
    }
  }
  return issues;
}

/** A stable id per issue, for acknowledging warnings when the IEP is finalized. */
export function qualityIssueId(issue: Pick<IepQualityIssue, 'code' | 'partId'>): string {
  return `${issue.code}:${issue.partId ?? 'iep'}`;
}

/** The issues in the shape the lifecycle's FINALIZE command takes. */
export function toLifecycleQualityCheck(issues: readonly IepQualityIssue[]): {
  errors: { id: string; message: string }[];
  warnings: { id: string; message: string }[];
} {
  const shaped = (severity: IepQualitySeverity) =>
    issues.filter((i) => i.severity === severity).map((i) => ({ id: qualityIssueId(i), message: i.message }));
  return { errors: shaped('ERROR'), warnings: shaped('WARNING') };
}
