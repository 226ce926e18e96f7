// Service delivery (DESIGN §6): the minutes an ACTIVE IEP's services require over the school calendar,
// what each logged session counts as, and the compensatory minutes the school owes.
export {
  roundMinutes,
  schoolDayShares,
  type DeliveryFrequency,
  type SchoolDayTest,
  type ServicePlan,
  type WeekRequirement,
  type WindowDay,
} from './required-minutes';
export {
  compensatoryBalance,
  SESSION_LIMITS,
  SESSION_ACCOUNT,
  SESSION_STATUSES,
  sessionProblems,
  SessionStatus,
  tallySessions,
  UNDER_DELIVERY_THRESHOLD,
  type DeliveryTally,
  type SessionAccount,
  type SessionInput,
  type SessionMinutes,
  type SessionProblem,
} from './sessions';
export {
  COMPENSATORY_PLAN_LIMIT,
  compensatoryPlanProblems,
  compensatoryPlanStatus,
  plannedMinutes,
  type CompensatoryPlanProblem,
  type MakeUpSession,
  type PlannedMakeUp,
  type PlanStatus,
} from './compensatory-plan';
export {
  groupEntrySession,
  groupSessionProblems,
  type GroupSessionEntry,
  type GroupSessionProblem,
  type GroupSessionService,
  type GroupSessionShared,
} from './group-session';
export { summarizeDelivery, type DatedSession, type DeliverySummary, type SpanDelivery, type WeekDelivery } from './summary';
