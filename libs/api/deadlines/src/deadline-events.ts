import { DeadlineKind, type DeadlineEventType } from '@iep/domain';

/**
 * The events a deadline runs from (DESIGN §4), as the rest of the system reports them. Progress
 * reports are missing on purpose: they need the IEP's reporting periods, which no table holds yet.
 */
export const DeadlineEventKind = {
  ConsentToEvaluate: 'CONSENT_TO_EVALUATE',
  EligibilityDetermined: 'ELIGIBILITY_DETERMINED',
  Meeting: 'MEETING',
  ParentSignature: 'PARENT_SIGNATURE',
  IepInEffect: 'IEP_IN_EFFECT',
  IepMeeting: 'IEP_MEETING',
  LastEvaluation: 'LAST_EVALUATION',
  DateOfBirth: 'DATE_OF_BIRTH',
  RecordsRequest: 'RECORDS_REQUEST',
} as const satisfies Record<string, DeadlineEventType>;
export type DeadlineEventKind = (typeof DeadlineEventKind)[keyof typeof DeadlineEventKind];
export const DEADLINE_EVENT_KINDS: readonly DeadlineEventKind[] = Object.freeze(Object.values(DeadlineEventKind));

interface EventRule {
  readonly deadline: DeadlineKind;
  /** Whether the event belongs to one IEP (a meeting, a signature) rather than to the student. */
  readonly iep: 'REQUIRED' | 'OPTIONAL' | 'NONE';
}

export const EVENT_RULES: Readonly<Record<DeadlineEventKind, EventRule>> = Object.freeze({
  CONSENT_TO_EVALUATE: { deadline: DeadlineKind.InitialEvaluation, iep: 'NONE' },
  ELIGIBILITY_DETERMINED: { deadline: DeadlineKind.FirstIepMeeting, iep: 'OPTIONAL' },
  MEETING: { deadline: DeadlineKind.MeetingNotice, iep: 'REQUIRED' },
  PARENT_SIGNATURE: { deadline: DeadlineKind.ServiceStart, iep: 'REQUIRED' },
  IEP_IN_EFFECT: { deadline: DeadlineKind.ServiceStart, iep: 'REQUIRED' },
  IEP_MEETING: { deadline: DeadlineKind.AnnualReview, iep: 'REQUIRED' },
  LAST_EVALUATION: { deadline: DeadlineKind.Reevaluation, iep: 'NONE' },
  DATE_OF_BIRTH: { deadline: DeadlineKind.TransitionPlan, iep: 'NONE' },
  RECORDS_REQUEST: { deadline: DeadlineKind.RecordsRequest, iep: 'NONE' },
});

/** Kinds of which a student (or IEP) may have several open at once; every other kind has one. */
export const MANY_OPEN_KINDS: ReadonlySet<DeadlineKind> = new Set([DeadlineKind.RecordsRequest]);
