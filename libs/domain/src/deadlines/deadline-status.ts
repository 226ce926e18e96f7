import { assertIsoDate, compareDates, daysBetween, type IsoDate } from './local-date';

import { DeadlineKind } from './compute-deadline';

export type DeadlineStatus = 'UPCOMING' | 'DUE_THIS_WEEK' | 'OVERDUE' | 'MET_ON_TIME' | 'MET_LATE' | 'CLOSED';

/**
 * Why a deadline no longer applies: it is closed, neither met nor owed.
 * - CONSENT_REVOKED: the parent revoked consent for special education and services (34 CFR 300.300(b)(4)).
 * - CHILD_NOT_PRODUCED: the parent repeatedly failed to produce the child for the evaluation (300.301(d)(1)).
 * - CHILD_TRANSFERRED: the child enrolled in another district before the determination (300.301(d)(2)).
 * - IEP_SUPERSEDED / IEP_EXPIRED: the IEP a progress report was owed on is no longer in force (a newer IEP owes its own).
 * - PERIOD_DELETED: the district removed the reporting period the progress report was owed for.
 */
export const DeadlineClosedReason = {
  ConsentRevoked: 'CONSENT_REVOKED',
  ChildNotProduced: 'CHILD_NOT_PRODUCED',
  ChildTransferred: 'CHILD_TRANSFERRED',
  IepSuperseded: 'IEP_SUPERSEDED',
  IepExpired: 'IEP_EXPIRED',
  PeriodDeleted: 'PERIOD_DELETED',
} as const;
export type DeadlineClosedReason = (typeof DeadlineClosedReason)[keyof typeof DeadlineClosedReason];

/**
 * The deadlines a revocation of consent for services ends: every duty that follows from providing special
 * education. A records request stays, since the parent keeps the right to inspect the records (300.613).
 */
export const KINDS_ENDED_BY_REVOCATION: readonly DeadlineKind[] = [
  DeadlineKind.InitialEvaluation, DeadlineKind.FirstIepMeeting, DeadlineKind.MeetingNotice, DeadlineKind.ServiceStart,
  DeadlineKind.AnnualReview, DeadlineKind.Reevaluation, DeadlineKind.ProgressReport, DeadlineKind.TransitionPlan,
];

/** Due within the next 7 calendar days, today included: today … today + 6. */
export const DUE_THIS_WEEK_DAYS = 7;

/**
 * Where a deadline stands on `today`. A closed one (no longer applicable) stays closed. A deadline met on its due date is on time; a met deadline
 * keeps its verdict forever, whatever `today` is.
 */
export function deadlineStatus(dueDate: IsoDate, metOn: IsoDate | null, today: IsoDate, closedOn: IsoDate | null = null): DeadlineStatus {
  assertIsoDate(dueDate, { en: 'due date', es: 'la fecha de vencimiento' });
  assertIsoDate(today, { en: 'today', es: 'la fecha de hoy' });
  // A closed deadline is no longer owed: it is neither late nor met, whatever today is.
  if (closedOn !== null) return 'CLOSED';
  if (metOn !== null) {
    assertIsoDate(metOn, { en: 'date the deadline was met', es: 'la fecha en que se cumplió el plazo' });
    return compareDates(metOn, dueDate) <= 0 ? 'MET_ON_TIME' : 'MET_LATE';
  }
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'OVERDUE';
  return daysLeft < DUE_THIS_WEEK_DAYS ? 'DUE_THIS_WEEK' : 'UPCOMING';
}
