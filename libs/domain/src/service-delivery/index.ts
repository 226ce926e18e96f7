// Service delivery (DESIGN §6): the minutes an ACTIVE IEP's services require over the school calendar,
// what each logged session counts as, and the compensatory minutes the school owes.
export {
  countServiceSchoolDays,
  dailyShare,
  lastSchoolWeeks,
  requiredMinutes,
  roundMinutes,
  weeklyRequirements,
  weekStart,
  type DeliveryFrequency,
  type SchoolDayTest,
  type ServicePlan,
  type WeekRequirement,
} from './required-minutes';
export {
  accountableMinutes,
  compensatoryBalance,
  isUnderDelivered,
  SESSION_ACCOUNT,
  SESSION_LIMITS,
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
export { summarizeDelivery, type DatedSession, type DeliverySummary, type SpanDelivery, type WeekDelivery } from './summary';
