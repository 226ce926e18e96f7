import { z } from 'zod';

/**
 * Every kind of audited event, each with the schema of its `data`. A new event must be added here,
 * which keeps the access record (34 CFR 300.614) readable years later.
 */
export enum AuditEvent {
  SignIn = 'SIGN_IN',
  SignInFailed = 'SIGN_IN_FAILED',
  SignOut = 'SIGN_OUT',
  StudentViewed = 'STUDENT_VIEWED',
  /** Before one row per list read: kept for the rows written then. */
  StudentListed = 'STUDENT_LISTED',
  /** One list read: every student listed is in `studentIds`. */
  StudentsListed = 'STUDENTS_LISTED',
  IepViewed = 'IEP_VIEWED',
  AccessDenied = 'ACCESS_DENIED',
  PasswordResetRequested = 'PASSWORD_RESET_REQUESTED',
  PasswordResetCompleted = 'PASSWORD_RESET_COMPLETED',
  PasswordChanged = 'PASSWORD_CHANGED',
  IepTeamViewed = 'IEP_TEAM_VIEWED',
  TeamMemberInvited = 'TEAM_MEMBER_INVITED',
  InvitationAccepted = 'INVITATION_ACCEPTED',
  InvitationRevoked = 'INVITATION_REVOKED',
  TeamMemberRemoved = 'TEAM_MEMBER_REMOVED',
  AccessRecordViewed = 'ACCESS_RECORD_VIEWED',
  SchoolCreated = 'SCHOOL_CREATED',
  SchoolRenamed = 'SCHOOL_RENAMED',
  DistrictBootstrapped = 'DISTRICT_BOOTSTRAPPED',
  UndeliveredEmailsViewed = 'UNDELIVERED_EMAILS_VIEWED',
  EmailRetried = 'EMAIL_RETRIED',
  UserCreated = 'USER_CREATED',
  UserUpdated = 'USER_UPDATED',
  UserDeactivated = 'USER_DEACTIVATED',
  UserReactivated = 'USER_REACTIVATED',
  StudentCreated = 'STUDENT_CREATED',
  StudentUpdated = 'STUDENT_UPDATED',
  GuardianAdded = 'GUARDIAN_ADDED',
  GuardianRemoved = 'GUARDIAN_REMOVED',
  GuardianRightsSet = 'GUARDIAN_RIGHTS_SET',
  RosterImportUploaded = 'ROSTER_IMPORT_UPLOADED',
  RosterImportApplyRequested = 'ROSTER_IMPORT_APPLY_REQUESTED',
  /** Every student the import wrote is in `studentIds`; the actor is the administrator who asked for it. */
  RosterImportApplied = 'ROSTER_IMPORT_APPLIED',
  DeadlinesViewed = 'DEADLINES_VIEWED',
  DeadlineEventRecorded = 'DEADLINE_EVENT_RECORDED',
  DeadlineMet = 'DEADLINE_MET',
  DistrictDeadlinesRecomputed = 'DISTRICT_DEADLINES_RECOMPUTED',
  ComplianceDashboardViewed = 'COMPLIANCE_DASHBOARD_VIEWED',
  ComplianceExported = 'COMPLIANCE_EXPORTED',
  IepMeetingViewed = 'IEP_MEETING_VIEWED',
  IepMeetingScheduled = 'IEP_MEETING_SCHEDULED',
  IepMeetingRescheduled = 'IEP_MEETING_RESCHEDULED',
  IepMeetingCancelled = 'IEP_MEETING_CANCELLED',
  IepMeetingResponded = 'IEP_MEETING_RESPONDED',
  IepMeetingExcusalRequested = 'IEP_MEETING_EXCUSAL_REQUESTED',
  IepMeetingExcusalAgreed = 'IEP_MEETING_EXCUSAL_AGREED',
  IepMeetingAttendanceRecorded = 'IEP_MEETING_ATTENDANCE_RECORDED',
  IepMeetingNotesSaved = 'IEP_MEETING_NOTES_SAVED',
  IepMeetingHeld = 'IEP_MEETING_HELD',
  IepStarted = 'IEP_STARTED',
  IepPartSaved = 'IEP_PART_SAVED',
  IepPartAdded = 'IEP_PART_ADDED',
  IepPartRemoved = 'IEP_PART_REMOVED',
  IepPartAssigned = 'IEP_PART_ASSIGNED',
  IepHistoryViewed = 'IEP_HISTORY_VIEWED',
  IepSharedWithFamily = 'IEP_SHARED_WITH_FAMILY',
  IepSuggestionProposed = 'IEP_SUGGESTION_PROPOSED',
  IepSuggestionAccepted = 'IEP_SUGGESTION_ACCEPTED',
  IepSuggestionRejected = 'IEP_SUGGESTION_REJECTED',
  IepSuggestionWithdrawn = 'IEP_SUGGESTION_WITHDRAWN',
  SchoolCalendarCreated = 'SCHOOL_CALENDAR_CREATED',
  SchoolCalendarUpdated = 'SCHOOL_CALENDAR_UPDATED',
  CalendarClosureAdded = 'CALENDAR_CLOSURE_ADDED',
  CalendarClosureUpdated = 'CALENDAR_CLOSURE_UPDATED',
  CalendarClosureRemoved = 'CALENDAR_CLOSURE_REMOVED',
  DistrictStateProfileChanged = 'DISTRICT_STATE_PROFILE_CHANGED',
  DistrictRuleProfileSaved = 'DISTRICT_RULE_PROFILE_SAVED',
  NotificationPreferencesUpdated = 'NOTIFICATION_PREFERENCES_UPDATED',
  IepCommentThreadStarted = 'IEP_COMMENT_THREAD_STARTED',
  IepCommentAdded = 'IEP_COMMENT_ADDED',
  IepCommentThreadAssigned = 'IEP_COMMENT_THREAD_ASSIGNED',
  IepCommentThreadResolved = 'IEP_COMMENT_THREAD_RESOLVED',
  IepCommentThreadReopened = 'IEP_COMMENT_THREAD_REOPENED',
  IepFinalized = 'IEP_FINALIZED',
  IepProposalWithdrawn = 'IEP_PROPOSAL_WITHDRAWN',
  IepDecided = 'IEP_DECIDED',
  IepSuperseded = 'IEP_SUPERSEDED',
  IepExpired = 'IEP_EXPIRED',
  IepSigned = 'IEP_SIGNED',
  ElectronicRecordsConsentGiven = 'ELECTRONIC_RECORDS_CONSENT_GIVEN',
  ElectronicRecordsConsentWithdrawn = 'ELECTRONIC_RECORDS_CONSENT_WITHDRAWN',
  IepVersionViewed = 'IEP_VERSION_VIEWED',
  IepVersionVerified = 'IEP_VERSION_VERIFIED',
  IepDocumentDownloaded = 'IEP_DOCUMENT_DOWNLOADED',
  IepVersionDiffViewed = 'IEP_VERSION_DIFF_VIEWED',
  PriorWrittenNoticeDrafted = 'PRIOR_WRITTEN_NOTICE_DRAFTED',
  PriorWrittenNoticeViewed = 'PRIOR_WRITTEN_NOTICE_VIEWED',
  PriorWrittenNoticeUpdated = 'PRIOR_WRITTEN_NOTICE_UPDATED',
  PriorWrittenNoticeSent = 'PRIOR_WRITTEN_NOTICE_SENT',
  /** A student put on a case manager's caseload, or moved to another's (with the IEPs whose case manager changed). */
  CaseloadAssigned = 'CASELOAD_ASSIGNED',
  IepProgressViewed = 'IEP_PROGRESS_VIEWED',
  GoalDataPointRecorded = 'GOAL_DATA_POINT_RECORDED',
  GoalDataPointCorrected = 'GOAL_DATA_POINT_CORRECTED',
  GoalDataPointHistoryViewed = 'GOAL_DATA_POINT_HISTORY_VIEWED',
  GoalFlagAcknowledged = 'GOAL_FLAG_ACKNOWLEDGED',
  ServiceDeliveryViewed = 'SERVICE_DELIVERY_VIEWED',
  ServiceSessionRecorded = 'SERVICE_SESSION_RECORDED',
  ServiceSessionCorrected = 'SERVICE_SESSION_CORRECTED',
  ServiceSessionHistoryViewed = 'SERVICE_SESSION_HISTORY_VIEWED',
  ServiceDeliveryDashboardViewed = 'SERVICE_DELIVERY_DASHBOARD_VIEWED',
  ServiceSessionsExported = 'SERVICE_SESSIONS_EXPORTED',
  CompensatoryMinutesPlanned = 'COMPENSATORY_MINUTES_PLANNED',
  EvaluationViewed = 'EVALUATION_VIEWED',
  EvaluationStepRecorded = 'EVALUATION_STEP_RECORDED',
  EvaluationReportDownloaded = 'EVALUATION_REPORT_DOWNLOADED',
  ReevaluationNotNeededAgreed = 'REEVALUATION_NOT_NEEDED_AGREED',
  ProceduralSafeguardsDelivered = 'PROCEDURAL_SAFEGUARDS_DELIVERED',
  StudentRightsViewed = 'STUDENT_RIGHTS_VIEWED',
  /** A parent asked to inspect the student's education records (34 CFR 300.613). */
  RecordsRequested = 'RECORDS_REQUESTED',
  RecordsRequestsViewed = 'RECORDS_REQUESTS_VIEWED',
  /** The district prepared the export answering a records request. */
  RecordsExportPrepared = 'RECORDS_EXPORT_PREPARED',
  /** The export was downloaded; by a rights-holding parent, it is the delivery that meets the deadline. */
  RecordsExportDownloaded = 'RECORDS_EXPORT_DOWNLOADED',
  ReportingPeriodSaved = 'REPORTING_PERIOD_SAVED',
  ProgressReportDeadlinesGenerated = 'PROGRESS_REPORT_DEADLINES_GENERATED',
  ProgressReportViewed = 'PROGRESS_REPORT_VIEWED',
  ProgressReportEntrySaved = 'PROGRESS_REPORT_ENTRY_SAVED',
  ProgressReportSent = 'PROGRESS_REPORT_SENT',
  ProgressReportRead = 'PROGRESS_REPORT_READ',
  ProgressReportQuestionAsked = 'PROGRESS_REPORT_QUESTION_ASKED',
  ProgressReportDownloaded = 'PROGRESS_REPORT_DOWNLOADED',
  ReportingPeriodDeleted = 'REPORTING_PERIOD_DELETED',
  DeadlineClosed = 'DEADLINE_CLOSED',
  ConsentForServicesRevoked = 'CONSENT_FOR_SERVICES_REVOKED',
  ServicesEndAfterRevocationSet = 'SERVICES_END_AFTER_REVOCATION_SET',
  RightsTransferredAtMajority = 'RIGHTS_TRANSFERRED_AT_MAJORITY',
  AdultGuardianshipRecorded = 'ADULT_GUARDIANSHIP_RECORDED',
}

export const auditDataSchemas = {
  [AuditEvent.SignIn]: z.object({}).strict(),
  [AuditEvent.SignInFailed]: z.object({ email: z.string(), reason: z.enum(['BAD_CREDENTIALS', 'THROTTLED', 'INACTIVE']) }).strict(),
  [AuditEvent.SignOut]: z.object({}).strict(),
  [AuditEvent.StudentViewed]: z.object({}).strict(),
  [AuditEvent.StudentListed]: z.object({}).strict(),
  [AuditEvent.StudentsListed]: z.object({ list: z.enum(['STUDENTS', 'DISTRICT_STUDENTS', 'CASELOAD']) }).strict(),
  [AuditEvent.CaseloadAssigned]: z
    .object({ fromCaseManagerId: z.uuid().nullable(), toCaseManagerId: z.uuid(), iepIds: z.array(z.uuid()) })
    .strict(),
  [AuditEvent.IepViewed]: z.object({}).strict(),
  [AuditEvent.AccessDenied]: z.object({ operation: z.string(), reason: z.string() }).strict(),
  // The address as typed, so that requests for addresses without an account are on record too.
  [AuditEvent.PasswordResetRequested]: z
    .object({ email: z.string(), result: z.enum(['EMAIL_WRITTEN', 'NO_ACTIVE_ACCOUNT', 'THROTTLED']) })
    .strict(),
  [AuditEvent.PasswordResetCompleted]: z.object({ sessionsRevoked: z.number().int().min(0) }).strict(),
  [AuditEvent.PasswordChanged]: z.object({ otherSessionsRevoked: z.number().int().min(0) }).strict(),
  [AuditEvent.IepTeamViewed]: z.object({}).strict(),
  // Team changes: whom, in which capacity; a guest's end of access is part of what was granted.
  [AuditEvent.TeamMemberInvited]: z
    .object({
      invitationId: z.uuid(),
      inviteeId: z.uuid(),
      role: z.string(),
      teamRole: z.string(),
      accountCreated: z.boolean(),
      membershipExpiresAt: z.iso.datetime().nullable(),
      replacedInvitationIds: z.array(z.uuid()),
      /** A guardian's invitation to an address that cannot join: written, but no e-mail (and so no link) sent. */
      undeliverable: z.enum(['OTHER_DISTRICT', 'OTHER_ROLE', 'INACTIVE', 'ALREADY_ON_TEAM']).optional(),
    })
    .strict(),
  [AuditEvent.InvitationAccepted]: z
    .object({ invitationId: z.uuid(), role: z.string(), teamRole: z.string(), passwordSet: z.boolean() })
    .strict(),
  [AuditEvent.InvitationRevoked]: z.object({ invitationId: z.uuid(), inviteeId: z.uuid() }).strict(),
  [AuditEvent.TeamMemberRemoved]: z.object({ userId: z.uuid(), teamRole: z.string() }).strict(),
  [AuditEvent.AccessRecordViewed]: z.object({}).strict(),
  // District administration: the subject's id (a student's goes in the student_id column) and what changed.
  [AuditEvent.SchoolCreated]: z.object({ schoolId: z.uuid(), name: z.string() }).strict(),
  [AuditEvent.SchoolRenamed]: z.object({ schoolId: z.uuid(), previousName: z.string(), name: z.string() }).strict(),
  // The one-time setup of a real installation: run from a shell, so it has no actor.
  [AuditEvent.DistrictBootstrapped]: z
    .object({ districtId: z.uuid(), name: z.string(), stateCode: z.string(), adminUserId: z.uuid(), adminEmail: z.string() })
    .strict(),
  // Mail that could not be sent: the list shows recipients' addresses, and a retry sends a message again.
  [AuditEvent.UndeliveredEmailsViewed]: z.object({ count: z.number().int().min(0) }).strict(),
  [AuditEvent.EmailRetried]: z.object({ emailId: z.uuid(), to: z.string(), attempts: z.number().int().min(0) }).strict(),
  [AuditEvent.UserCreated]: z.object({ userId: z.uuid(), email: z.string(), role: z.string() }).strict(),
  [AuditEvent.UserUpdated]: z
    .object({
      userId: z.uuid(),
      fields: z.array(z.enum(['displayName', 'role', 'specialty', 'locale'])),
      previousRole: z.string().optional(),
      role: z.string().optional(),
    })
    .strict(),
  [AuditEvent.UserDeactivated]: z.object({ userId: z.uuid(), sessionsRevoked: z.number().int().min(0) }).strict(),
  [AuditEvent.UserReactivated]: z.object({ userId: z.uuid() }).strict(),
  [AuditEvent.StudentCreated]: z.object({ schoolId: z.uuid() }).strict(),
  [AuditEvent.StudentUpdated]: z
    .object({ fields: z.array(z.enum(['firstName', 'lastName', 'dateOfBirth', 'grade', 'schoolId'])) })
    .strict(),
  [AuditEvent.RosterImportUploaded]: z.object({ importId: z.uuid(), fileName: z.string(), byteSize: z.number().int().min(0) }).strict(),
  [AuditEvent.RosterImportApplyRequested]: z.object({ importId: z.uuid() }).strict(),
  [AuditEvent.RosterImportApplied]: z
    .object({
      importId: z.uuid(),
      mode: z.enum(['BULK', 'DELTA']),
      counts: z.array(z.object({ entity: z.string(), created: z.number().int(), updated: z.number().int(), deactivated: z.number().int() }).strict()),
    })
    .strict(),
  [AuditEvent.GuardianAdded]: z
    .object({ userId: z.uuid(), relationship: z.string(), rightsHolder: z.boolean(), accountCreated: z.boolean() })
    .strict(),
  [AuditEvent.GuardianRemoved]: z.object({ userId: z.uuid() }).strict(),
  [AuditEvent.GuardianRightsSet]: z.object({ userId: z.uuid(), rightsHolder: z.boolean(), previously: z.boolean() }).strict(),
  // Deadlines: a null actor is the system (the demo seed, a recompute after a calendar change).
  [AuditEvent.DeadlinesViewed]: z.object({ scope: z.enum(['IEP', 'STUDENT']) }).strict(),
  [AuditEvent.DeadlineEventRecorded]: z
    .object({
      eventKind: z.string(),
      eventDate: z.iso.date(),
      deadlineId: z.uuid(),
      kind: z.string(),
      dueDate: z.iso.date(),
      previousDueDate: z.iso.date().nullable(),
    })
    .strict(),
  [AuditEvent.DeadlineMet]: z.object({ deadlineId: z.uuid(), kind: z.string(), metOn: z.iso.date() }).strict(),
  [AuditEvent.DistrictDeadlinesRecomputed]: z
    .object({ districtId: z.uuid(), examined: z.number().int().min(0), changed: z.number().int().min(0) })
    .strict(),
  // IEP meetings: when, with how much notice (and whether the parent agreed to less), who answered what.
  [AuditEvent.IepMeetingViewed]: z.object({ meetingId: z.uuid() }).strict(),
  [AuditEvent.IepMeetingScheduled]: z
    .object({
      meetingId: z.uuid(),
      purpose: z.string(),
      startsAt: z.iso.datetime(),
      inviteeIds: z.array(z.uuid()),
      daysOfNotice: z.number().int(),
      shortNoticeAgreed: z.boolean(),
      discussesTransition: z.boolean(),
    })
    .strict(),
  [AuditEvent.IepMeetingRescheduled]: z
    .object({
      meetingId: z.uuid(),
      previousStartsAt: z.iso.datetime(),
      startsAt: z.iso.datetime(),
      daysOfNotice: z.number().int(),
      shortNoticeAgreed: z.boolean(),
    })
    .strict(),
  [AuditEvent.IepMeetingCancelled]: z.object({ meetingId: z.uuid(), reason: z.string() }).strict(),
  [AuditEvent.IepMeetingResponded]: z
    .object({ meetingId: z.uuid(), response: z.enum(['ACCEPTED', 'RESCHEDULE_REQUESTED']), proposedTimes: z.array(z.iso.datetime()) })
    .strict(),
  [AuditEvent.IepMeetingExcusalRequested]: z
    .object({ meetingId: z.uuid(), attendanceId: z.uuid(), memberId: z.uuid(), writtenInputSubmitted: z.boolean() })
    .strict(),
  [AuditEvent.IepMeetingExcusalAgreed]: z
    .object({ meetingId: z.uuid(), attendanceId: z.uuid(), memberId: z.uuid(), party: z.enum(['PARENT', 'DISTRICT']) })
    .strict(),
  [AuditEvent.IepMeetingAttendanceRecorded]: z
    .object({
      meetingId: z.uuid(),
      entries: z.array(
        z.object({
          userId: z.uuid().nullable(), name: z.string().nullable(), status: z.enum(['PRESENT', 'ABSENT', 'EXCUSED']),
          interpretsEvaluations: z.boolean().optional(),
        }).strict(),
      ),
    })
    .strict(),
  [AuditEvent.IepMeetingNotesSaved]: z.object({ meetingId: z.uuid(), version: z.number().int(), length: z.number().int().min(0) }).strict(),
  [AuditEvent.IepMeetingHeld]: z.object({ meetingId: z.uuid(), heldOn: z.iso.date(), annualReviewDeadlineId: z.uuid().nullable() }).strict(),
  // Co-drafting: which part moved to which version; the words stay in iep_part_revisions, append-only too.
  [AuditEvent.IepStarted]: z
    .object({ kind: z.string(), derivedFromIepId: z.uuid().nullable(), parts: z.number().int().min(0) })
    .strict(),
  [AuditEvent.IepPartSaved]: z
    .object({ partId: z.uuid(), kind: z.string(), version: z.number().int().min(1), suggestionId: z.uuid().nullable() })
    .strict(),
  [AuditEvent.IepPartAdded]: z
    .object({ partId: z.uuid(), kind: z.string(), suggestionId: z.uuid().nullable() })
    .strict(),
  [AuditEvent.IepPartRemoved]: z.object({ partId: z.uuid(), kind: z.string(), version: z.number().int().min(1) }).strict(),
  [AuditEvent.IepPartAssigned]: z.object({ partId: z.uuid(), kind: z.string(), assigneeId: z.uuid().nullable(), previousAssigneeId: z.uuid().nullable() }).strict(),
  [AuditEvent.IepHistoryViewed]: z.object({ partId: z.uuid(), view: z.enum(['REVISIONS', 'DIFF']) }).strict(),
  [AuditEvent.IepSharedWithFamily]: z.object({ guardianIds: z.array(z.uuid()) }).strict(),
  [AuditEvent.IepSuggestionProposed]: z
    .object({ suggestionId: z.uuid(), partId: z.uuid().nullable(), partKind: z.string() })
    .strict(),
  [AuditEvent.IepSuggestionAccepted]: z
    .object({ suggestionId: z.uuid(), partId: z.uuid(), version: z.number().int().min(1), merged: z.boolean() })
    .strict(),
  [AuditEvent.IepSuggestionRejected]: z.object({ suggestionId: z.uuid() }).strict(),
  [AuditEvent.IepSuggestionWithdrawn]: z.object({ suggestionId: z.uuid() }).strict(),
  // School calendars and the state rule profile: what the deadline engine counts on, before and after.
  [AuditEvent.SchoolCalendarCreated]: z
    .object({ calendarId: z.uuid(), schoolId: z.uuid().nullable(), schoolYear: z.string(), firstDay: z.iso.date(), lastDay: z.iso.date() })
    .strict(),
  [AuditEvent.SchoolCalendarUpdated]: z
    .object({
      calendarId: z.uuid(),
      version: z.number().int().min(1),
      previous: z.object({ schoolYear: z.string(), firstDay: z.iso.date(), lastDay: z.iso.date() }).strict(),
      schoolYear: z.string(),
      firstDay: z.iso.date(),
      lastDay: z.iso.date(),
    })
    .strict(),
  [AuditEvent.CalendarClosureAdded]: calendarClosureSchema(),
  [AuditEvent.CalendarClosureUpdated]: calendarClosureSchema().extend({
    previous: z.object({ kind: z.string(), name: z.string(), firstDay: z.iso.date(), lastDay: z.iso.date() }).strict(),
  }),
  [AuditEvent.CalendarClosureRemoved]: calendarClosureSchema(),
  [AuditEvent.DistrictStateProfileChanged]: z
    .object({ districtId: z.uuid(), previousCode: z.string(), code: z.string() })
    .strict(),
  // The district's own rules, in full, so the record shows what each deadline was computed under.
  [AuditEvent.DistrictRuleProfileSaved]: z
    .object({ districtId: z.uuid(), basedOn: z.string(), name: z.string(), version: z.number().int(), rules: z.record(z.string(), z.unknown()) })
    .strict(),
  [AuditEvent.NotificationPreferencesUpdated]: z
    .object({
      changes: z.array(z.object({ reminderKind: z.string(), deadlineKind: z.string(), email: z.boolean() }).strict()),
    })
    .strict(),
  // Comment threads: ids only; the words stay in iep_comments, where the access record points.
  [AuditEvent.IepCommentThreadStarted]: z
    .object({ threadId: z.uuid(), partId: z.uuid(), commentId: z.uuid(), mentionedIds: z.array(z.uuid()), assigneeId: z.uuid().nullable() })
    .strict(),
  [AuditEvent.IepCommentAdded]: z
    .object({ threadId: z.uuid(), commentId: z.uuid(), mentionedIds: z.array(z.uuid()) })
    .strict(),
  [AuditEvent.IepCommentThreadAssigned]: z
    .object({ threadId: z.uuid(), assigneeId: z.uuid().nullable(), previousAssigneeId: z.uuid().nullable() })
    .strict(),
  [AuditEvent.IepCommentThreadResolved]: z.object({ threadId: z.uuid() }).strict(),
  [AuditEvent.IepCommentThreadReopened]: z.object({ threadId: z.uuid() }).strict(),
  // Sign-off: versions by number and digest, decisions and signatures by id; the words stay in their tables.
  [AuditEvent.IepFinalized]: z
    .object({ version: z.number().int().min(1), digest: z.string(), acknowledgedWarnings: z.array(z.string()) })
    .strict(),
  [AuditEvent.IepProposalWithdrawn]: z.object({ version: z.number().int().min(1) }).strict(),
  [AuditEvent.IepDecided]: z
    .object({
      decisionId: z.uuid(),
      version: z.number().int().min(1),
      kind: z.enum(['REVIEWED', 'CONSENT', 'CONSENT_WITH_EXCEPTIONS', 'DECLINE', 'TOOK_EFFECT_AFTER_NOTICE']),
      signatureId: z.uuid().nullable(),
      exceptedPartIds: z.array(z.uuid()),
      amendmentIepId: z.uuid().nullable(),
      status: z.string(),
    })
    .strict(),
  [AuditEvent.IepSuperseded]: z.object({ byIepId: z.uuid() }).strict(),
  // Written by the daily expiry job (no actor): the review date that passed and the district's day it was noticed.
  [AuditEvent.IepExpired]: z.object({ annualReviewDueOn: z.iso.date(), today: z.iso.date() }).strict(),
  [AuditEvent.IepSigned]: z
    .object({
      signatureId: z.uuid(),
      purpose: z.enum(['PARENT_DECISION', 'ATTENDANCE']),
      version: z.number().int().min(1).nullable(),
      digest: z.string().nullable(),
      meetingId: z.uuid().nullable(),
      consentId: z.uuid(),
    })
    .strict(),
  [AuditEvent.ElectronicRecordsConsentGiven]: z.object({ consentId: z.uuid(), disclosureVersion: z.string(), locale: z.string() }).strict(),
  [AuditEvent.ElectronicRecordsConsentWithdrawn]: z.object({ consentId: z.uuid() }).strict(),
  [AuditEvent.IepVersionViewed]: z.object({ version: z.number().int().min(1) }).strict(),
  [AuditEvent.IepVersionVerified]: z.object({ version: z.number().int().min(1), intact: z.boolean() }).strict(),
  [AuditEvent.IepDocumentDownloaded]: z
    .object({ version: z.number().int().min(1), document: z.enum(['IEP', 'CERTIFICATE', 'PRIOR_WRITTEN_NOTICE']), locale: z.string() })
    .strict(),
  [AuditEvent.IepVersionDiffViewed]: z.object({ fromIepId: z.uuid() }).strict(),
  [AuditEvent.ProceduralSafeguardsDelivered]: z
    .object({
      deliveryIds: z.array(z.uuid()), occasion: z.string(), channel: z.enum(['IN_APP', 'EMAIL', 'PAPER']), deliveredOn: z.iso.date(),
      recipientIds: z.array(z.uuid()),
    })
    .strict(),
  [AuditEvent.StudentRightsViewed]: z.object({}).strict(),
  [AuditEvent.RecordsRequested]: z.object({ requestId: z.uuid(), deadlineId: z.uuid(), dueDate: z.iso.date() }).strict(),
  [AuditEvent.RecordsRequestsViewed]: z.object({}).strict(),
  [AuditEvent.RecordsExportPrepared]: z
    .object({ requestId: z.uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/), files: z.number().int().min(1), bytes: z.number().int().min(1) })
    .strict(),
  [AuditEvent.RecordsExportDownloaded]: z
    .object({ requestId: z.uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/), delivery: z.boolean(), deadlineMet: z.boolean() })
    .strict(),
  [AuditEvent.DeadlineClosed]: z
    .object({ deadlineId: z.uuid(), kind: z.string(), closedOn: z.iso.date(), reason: z.enum(['CONSENT_REVOKED', 'CHILD_NOT_PRODUCED', 'CHILD_TRANSFERRED', 'IEP_SUPERSEDED', 'IEP_EXPIRED', 'PERIOD_DELETED']) })
    .strict(),
  [AuditEvent.ConsentForServicesRevoked]: z
    .object({ revocationId: z.uuid(), revokedOn: z.iso.date(), electronicRecordsConsentId: z.uuid(), intentVersion: z.string() })
    .strict(),
  [AuditEvent.ServicesEndAfterRevocationSet]: z
    .object({ revocationId: z.uuid(), servicesEndOn: z.iso.date(), noticeId: z.uuid(), iepId: z.uuid(), closedDeadlineIds: z.array(z.uuid()) })
    .strict(),
  [AuditEvent.RightsTransferredAtMajority]: z
    .object({ studentUserId: z.uuid().nullable(), ageOfMajority: z.number().int(), transferredOn: z.iso.date(), toldUserIds: z.array(z.uuid()) })
    .strict(),
  [AuditEvent.AdultGuardianshipRecorded]: z.object({ recordedOn: z.iso.date(), note: z.string() }).strict(),
  [AuditEvent.PriorWrittenNoticeDrafted]: z.object({ noticeId: z.uuid(), source: z.string() }).strict(),
  [AuditEvent.PriorWrittenNoticeViewed]: z.object({ noticeId: z.uuid() }).strict(),
  [AuditEvent.PriorWrittenNoticeUpdated]: z
    .object({ noticeId: z.uuid(), version: z.number().int().min(1), fields: z.array(z.string()) })
    .strict(),
  [AuditEvent.PriorWrittenNoticeSent]: z.object({ noticeId: z.uuid(), guardianIds: z.array(z.uuid()) }).strict(),
  // Referral to eligibility and reevaluation: each step, with what it started or met.
  [AuditEvent.EvaluationViewed]: z.object({ evaluationIds: z.array(z.uuid()) }).strict(),
  [AuditEvent.EvaluationStepRecorded]: z
    .object({
      evaluationId: z.uuid(),
      step: z.enum(['REFERRED', 'CONSENTED', 'PLANNED', 'REPORTED', 'DELAYED', 'CHILD_PRODUCED', 'DETERMINED', 'INITIAL_IEP_STARTED']),
      kind: z.enum(['INITIAL', 'REEVALUATION']).optional(),
      method: z.enum(['E_SIGNED', 'PAPER']).optional(),
      date: z.iso.date().optional(),
      reportId: z.uuid().optional(),
      noticeId: z.uuid().optional(),
      iepId: z.uuid().optional(),
      areas: z.array(z.string()).optional(),
      reason: z.string().optional(),
      eligible: z.boolean().optional(),
      deadlineIds: z.array(z.uuid()).optional(),
    })
    .strict(),
  [AuditEvent.EvaluationReportDownloaded]: z.object({ evaluationId: z.uuid(), reportId: z.uuid() }).strict(),
  [AuditEvent.ReevaluationNotNeededAgreed]: z
    .object({ agreementId: z.uuid(), agreedOn: z.iso.date(), deadlineIds: z.array(z.uuid()) })
    .strict(),
  // The compliance dashboard: one entry per view or export of a district's deadlines, with its filter
  // (the students on it are the district's, so no row per student).
  [AuditEvent.ComplianceDashboardViewed]: z
    .object({
      districtId: z.uuid(),
      schoolId: z.uuid().nullable(),
      caseManagerId: z.uuid().nullable(),
      kind: z.string().nullable(),
    })
    .strict(),
  [AuditEvent.ComplianceExported]: z
    .object({
      districtId: z.uuid(),
      schoolId: z.uuid().nullable(),
      caseManagerId: z.uuid().nullable(),
      kind: z.string().nullable(),
      status: z.string().nullable(),
      format: z.literal('CSV'),
    })
    .strict(),
  // Progress monitoring: which point of which goal, at which version; the values stay in goal_data_point_revisions.
  [AuditEvent.IepProgressViewed]: z.object({ goals: z.number().int().min(0) }).strict(),
  [AuditEvent.GoalDataPointRecorded]: z.object({ pointId: z.uuid(), partId: z.uuid(), observedOn: z.iso.date() }).strict(),
  [AuditEvent.GoalDataPointCorrected]: z.object({ pointId: z.uuid(), partId: z.uuid(), version: z.number().int().min(2) }).strict(),
  [AuditEvent.GoalDataPointHistoryViewed]: z.object({ pointId: z.uuid() }).strict(),
  [AuditEvent.GoalFlagAcknowledged]: z.object({ acknowledgmentId: z.uuid(), partId: z.uuid(), rule: z.string(), throughDate: z.iso.date() }).strict(),
  // Service delivery: a session's content is on its revision row; the audit names it and what changed.
  [AuditEvent.ServiceDeliveryViewed]: z.object({ serviceIds: z.array(z.uuid()) }).strict(),
  [AuditEvent.ServiceSessionRecorded]: z
    .object({ sessionId: z.uuid(), serviceId: z.uuid(), date: z.iso.date(), minutes: z.number().int(), status: z.string() })
    .strict(),
  [AuditEvent.ServiceSessionCorrected]: z
    .object({ sessionId: z.uuid(), serviceId: z.uuid(), version: z.number().int().min(2), fields: z.array(z.string()) })
    .strict(),
  [AuditEvent.ServiceSessionHistoryViewed]: z.object({ sessionId: z.uuid() }).strict(),
  [AuditEvent.ServiceDeliveryDashboardViewed]: z
    .object({ districtId: z.uuid(), schoolId: z.uuid().nullable(), providerId: z.uuid().nullable(), category: z.string().nullable() })
    .strict(),
  [AuditEvent.ServiceSessionsExported]: z
    .object({ districtId: z.uuid(), from: z.iso.date(), to: z.iso.date(), rows: z.number().int().min(0), format: z.literal('CSV') })
    .strict(),
  [AuditEvent.CompensatoryMinutesPlanned]: z
    .object({ serviceId: z.uuid(), planIds: z.array(z.uuid()), minutes: z.number().int().min(1), owed: z.number().min(0) })
    .strict(),
  // Progress reports: which report, goal and version; the words stay in progress_report_entry_revisions and the sent content.
  [AuditEvent.ReportingPeriodSaved]: z
    .object({ periodId: z.uuid(), name: z.string(), firstDay: z.iso.date(), lastDay: z.iso.date(), version: z.number().int().min(1) })
    .strict(),
  [AuditEvent.ProgressReportDeadlinesGenerated]: z
    .object({ districtId: z.uuid(), periodIds: z.array(z.uuid()), written: z.number().int().min(0) })
    .strict(),
  [AuditEvent.ProgressReportViewed]: z.object({ periodIds: z.array(z.uuid()) }).strict(),
  [AuditEvent.ProgressReportEntrySaved]: z
    .object({ reportId: z.uuid(), partId: z.uuid(), entryId: z.uuid(), version: z.number().int().min(1) })
    .strict(),
  [AuditEvent.ProgressReportSent]: z
    .object({ reportId: z.uuid(), digest: z.string(), goals: z.number().int().min(0), deadlineId: z.uuid().nullable() })
    .strict(),
  [AuditEvent.ProgressReportRead]: z.object({ reportId: z.uuid() }).strict(),
  [AuditEvent.ProgressReportQuestionAsked]: z.object({ reportId: z.uuid(), partId: z.uuid(), questionId: z.uuid() }).strict(),
  [AuditEvent.ProgressReportDownloaded]: z.object({ reportId: z.uuid(), locale: z.enum(['en', 'es']) }).strict(),
  [AuditEvent.ReportingPeriodDeleted]: z
    .object({ periodId: z.uuid(), name: z.string(), version: z.number().int().min(1), closedDeadlines: z.number().int().min(0) })
    .strict(),
} satisfies Record<AuditEvent, z.ZodType>;

function calendarClosureSchema() {
  return z
    .object({
      calendarId: z.uuid(),
      closureId: z.uuid(),
      version: z.number().int().min(1),
      kind: z.enum(['HOLIDAY', 'BREAK', 'NON_SCHOOL_DAY']),
      name: z.string(),
      firstDay: z.iso.date(),
      lastDay: z.iso.date(),
    })
    .strict();
}

export type AuditData<E extends AuditEvent> = z.infer<(typeof auditDataSchemas)[E]>;

export interface AuditEntry<E extends AuditEvent = AuditEvent> {
  event: E;
  outcome?: 'ALLOWED' | 'DENIED';
  actorId: string | null;
  actorRole: string | null;
  studentId?: string | null;
  /** Every student a list read showed (StudentsListed): one row for the request, not one per student. */
  studentIds?: readonly string[] | null;
  iepId?: string | null;
  ip: string | null;
  userAgent: string | null;
  data: AuditData<E>;
}
