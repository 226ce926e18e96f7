export type { CanonicalJsonOutcome, CanonicalJsonValue } from './canonical-json';
export { contentDigest } from './digest';
export { IEP_STATUS_ES, ROLE_ES } from './messages';
export { createIepDraft, transition } from './transition';
export {
  /** @internal for the tests that hold the database trigger to it */ IEP_STATUS_TRANSITIONS,
} from './status-transitions';
export type {
  CreateDraftResult,
  EffectiveVersion,
  IepLifecycleState,
  IepVersion,
  LifecycleActor,
  LifecycleActorLabel,
  LifecycleCommand,
  LifecycleCommandType,
  LifecycleContext,
  LifecycleEffect,
  LifecycleError,
  LifecycleErrorCode,
  LifecycleQualityCheck,
  LifecycleQualityIssue,
  LifecycleRecord,
  NewIepDraft,
  OpenProposal,
  TransitionResult,
} from './types';
export {
  decisionReasons, parentDecisionProblem, PARENT_DECISION_LIMITS, type ParentDecisionKind, type ParentDecisionProblem,
} from './parent-decision';
export {
  noticeElementProblems, PRIOR_WRITTEN_NOTICE_ELEMENTS, PRIOR_WRITTEN_NOTICE_LIMITS, TO_COMPLETE, type NoticeElementProblem,
  type PriorWrittenNoticeElement,
} from './prior-written-notice';
