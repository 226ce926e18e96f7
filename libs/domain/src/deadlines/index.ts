// The deadline engine of DESIGN §4: pure functions from events, a school calendar and a state rule
// profile to due dates, reminders and statuses. No I/O; the API and worker persist what it computes.
export { DeadlineError } from './errors';
export {
  addDays,
  addYears,
  compareDates,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
  type IsoDate,
} from './local-date';
export {
  closureProblems,
  SCHOOL_CALENDAR_LIMITS,
  schoolYearProblems,
  type SchoolCalendarProblem,
  type SchoolYearValues,
} from './school-calendar-rules';
export {
  SchoolCalendar,
  type CalendarDay,
  type DayKind,
  type NamedDay,
  type SchoolBreak,
  type SchoolYear,
} from './school-calendar';
export {
  /** @internal for the specs */ CA_PROFILE,
  deriveDistrictProfile,
  DISTRICT_PROFILE_CODE,
  /** @internal for the specs */ IDEA_NOTICE_PROFILE,
  /** @internal for the specs */ defineStateRuleProfile,
  getStateRuleProfile,
  stateRuleProfileFor,
  IDEA_PROFILE,
  /** @internal for the specs */ MA_PROFILE,
  pickRuleValues,
  PROFILE_RULE_BOUNDS,
  PROFILE_RULE_KEYS,
  profileNameProblem,
  profileRuleProblems,
  STATE_RULE_PROFILES,
  type DayCountRule,
  type DayCountUnit,
  type ProfileRuleKey,
  type ProfileRuleProblem,
  type ProfileRuleValues,
  type StoredRuleValues,
  type RecordsDayUnit,
  type RecordsRequestRule,
  type ReviewPeriod,
  type ReviewPeriodRule,
  type RuleBasis,
  type RuleBound,
  type RuleSource,
  type StateRuleProfile,
  type StoredRuleProfile,
} from './state-rule-profiles';
export {
  computeDeadline,
  DEADLINE_KINDS,
  DeadlineKind,
  type DeadlineEvent,
  type DeadlineEventByKind,
  type DeadlineEventType,
  type DeadlineExplanation,
  type DeadlineResult,
  type DeadlineRule,
  type DeadlineUnit,
  type ProgressReportEvent,
  type RecordsRequestEvent,
  type SkippedDays,
} from './compute-deadline';
export { describeDeadline, formatLongDate, type DeadlineLocale } from './describe-deadline';
export {
  DEFAULT_REMINDER_OFFSETS,
  ESCALATION_EVERY_DAYS,
  nextEscalationDate,
  planReminders,
  type ExistingReminder,
  type PlannedReminder,
  type ReminderKind,
  type ReminderPlan,
  type ReminderPlanInput,
  type ReminderState,
} from './reminders';
export { DeadlineClosedReason, deadlineStatus, KINDS_ENDED_BY_REVOCATION, type DeadlineStatus } from './deadline-status';
