import type { Localized } from '../localized';

/**
 * Progress reports to families (34 CFR 300.320(a)(3)(ii)): one per reporting period of an IEP in force,
 * saying per goal how the child is doing. The one list of codes a report may give a goal.
 */
export enum ProgressReportCode {
  GoalMet = 'GOAL_MET',
  SufficientProgress = 'SUFFICIENT_PROGRESS',
  InsufficientProgress = 'INSUFFICIENT_PROGRESS',
  NotYetAddressed = 'NOT_YET_ADDRESSED',
  Discontinued = 'DISCONTINUED',
}

export const PROGRESS_REPORT_CODES: readonly ProgressReportCode[] = Object.freeze(Object.values(ProgressReportCode));

/** What each code says to a family, in plain words. */
// Keyed by the codes' text too, so a client's generated string union reads them without a cast.
export const PROGRESS_REPORT_CODE_LABELS: Readonly<Record<`${ProgressReportCode}`, Localized>> = Object.freeze({
  GOAL_MET: { en: 'Goal met', es: 'Meta alcanzada' },
  SUFFICIENT_PROGRESS: { en: 'Making enough progress to meet the goal', es: 'Progresa lo suficiente para alcanzar la meta' },
  INSUFFICIENT_PROGRESS: { en: 'Not making enough progress to meet the goal', es: 'No progresa lo suficiente para alcanzar la meta' },
  NOT_YET_ADDRESSED: { en: 'Not worked on yet', es: 'Todavía no se ha trabajado' },
  DISCONTINUED: { en: 'Goal discontinued', es: 'Meta suspendida' },
});

export enum ProgressReportStatus {
  /** Being written by the goals' assignees, the case manager and the district representative. */
  Draft = 'DRAFT',
  /** Sent to the family: frozen and sealed, never edited again. */
  Sent = 'SENT',
}

/** The longest narrative a goal's entry may carry. */
export const PROGRESS_NARRATIVE_MAX_LENGTH = 4000;

/** A goal's entry as the rules read it. */
export interface ProgressReportEntryState {
  readonly partId: string;
  readonly code: `${ProgressReportCode}` | null;
  readonly narrative: string;
}

/**
 * The goals a report cannot be sent without: every goal of the IEP needs a code, and every code but
 * "not worked on yet" needs a narrative that says what the data mean. Returned in the goals' order.
 */
export function entriesMissing(goalIds: readonly string[], entries: readonly ProgressReportEntryState[]): string[] {
  const byGoal = new Map(entries.map((entry) => [entry.partId, entry]));
  return goalIds.filter((partId) => {
    const entry = byGoal.get(partId);
    if (!entry || entry.code === null) return true;
    return entry.code !== ProgressReportCode.NotYetAddressed && entry.narrative.trim() === '';
  });
}

/** A sent report is frozen: only a draft is written on. */
export function isWritable(status: ProgressReportStatus): boolean {
  return status === ProgressReportStatus.Draft;
}

/** A reporting period of the district: its dates must be real and in order, and periods may not overlap. */
export interface ReportingPeriodDates {
  readonly id?: string | null;
  readonly firstDay: string;
  readonly lastDay: string;
}

/** The first period `candidate` overlaps among `others` (itself excluded by id), or null. */
export function overlappingPeriod<T extends ReportingPeriodDates>(candidate: ReportingPeriodDates, others: readonly T[]): T | null {
  return others.find((other) => (candidate.id == null || other.id !== candidate.id) && other.firstDay <= candidate.lastDay && candidate.firstDay <= other.lastDay) ?? null;
}
