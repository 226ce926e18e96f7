export * from './deadlines.module';
export { DeadlinesService, type AgreeDueDateInput, type DeadlineActor, type DeadlineChangeOptions, type DeadlineRecord, type DistrictRecomputeResult, type RecordEventInput } from './deadlines.service';
export { DeadlineEventKind } from './deadline-events';
export { DeadlineClosedReasonGql, DeadlineKindGql, DeadlineModel, DeadlineStatusGql, LocaleGql } from './models/deadline.model';
export { DeadlinesReadService } from './deadlines-read.service';
// The reminder plan is the domain's (libs/domain deadlines/reminders.ts); the worker reads its escalation rule here.
export { nextEscalationDate, type ReminderKind, type ReminderState } from '@iep/domain';
export { asLocale, reminderEmail, reminderText, type ReminderSubject } from './reminder-words';
export { asBadInput, DistrictRules, loadDistrictProfile } from './district-rules';
export { ProgressReportDeadlinesService, type ProgressReportDeadlineScope } from './progress-report-deadlines';
