// The deadline engine of DESIGN §4: pure functions from events, a school calendar and a state rule
// profile to due dates, reminders and statuses. No I/O; the API and worker persist what it computes.
export { CalendarRangeError, DeadlineError, DeadlineInputError } from './errors';
export {
  addDays,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  isLeapYear,
  type IsoDate,
} from './local-date';
export {
  SchoolCalendar,
  type CalendarDay,
  type DayKind,
  type NamedDay,
  type SchoolBreak,
  type SchoolYear,
} from './school-calendar';
export {
  CA_PROFILE,
  deriveDistrictProfile,
  DISTRICT_PROFILE_CODE,
  IDEA_NOTICE_PROFILE,
  defineStateRuleProfile,
  getStateRuleProfile,
  IDEA_PROFILE,
  MA_PROFILE,
  pickRuleValues,
  PROFILE_RULE_BOUNDS,
  PROFILE_RULE_KEYS,
  profileNameProblem,
  profileRuleProblems,
  resolveRuleProfile,
  STATE_RULE_PROFILES,
  type DayCountRule,
  type DayCountUnit,
  type ProfileRuleKey,
  type ProfileRuleProblem,
  type ProfileRuleValues,
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
  computeProgressReportDeadlines,
  DEADLINE_KINDS,
  DeadlineKind,
  needsTransitionPlan,
  type DeadlineEvent,
  type DeadlineEventByKind,
  type DeadlineEventType,
  type DeadlineExplanation,
  type DeadlineResult,
  type DeadlineRule,
  type DeadlineUnit,
  type ProgressReportEvent,
  type SkippedDays,
} from './compute-deadline';
export { describeDeadline, formatLongDate, type DeadlineLocale } from './describe-deadline';
export {
  DEFAULT_REMINDER_OFFSETS,
  escalationDates,
  escalationStartDate,
  isEscalated,
  reminderDates,
  type ReminderDate,
  type ReminderOptions,
} from './reminders';
export { deadlineStatus, DUE_THIS_WEEK_DAYS, type DeadlineStatus } from './deadline-status';
