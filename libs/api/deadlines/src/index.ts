export * from './deadlines.module';
export {
  canonicalJson,
  DeadlinesService,
  type DeadlineActor,
  type DeadlineChangeOptions,
  type DeadlineRecord,
  type DistrictRecomputeResult,
  type RecordEventInput,
} from './deadlines.service';
export { DEADLINE_EVENT_KINDS, DeadlineEventKind } from './deadline-events';
export { DeadlineKindGql, LocaleGql } from './models/deadline.model';
export { ESCALATION_EVERY_DAYS, nextEscalationDate, type ReminderKind, type ReminderState } from './reminder-plan';
export { asLocale, DEADLINE_KIND_NAMES, reminderEmail, reminderText, type ReminderSubject } from './reminder-words';
export { asBadInput, loadDistrictProfile } from './district-rules';
