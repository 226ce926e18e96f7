/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptIepSuggestionInput = {
  /** The merged content; the proposal as it is when left out. */
  content?: Record<string, unknown> | null | undefined;
  /** When the part moved on since the proposal: the version the merged content was made on. */
  partVersion?: number | null | undefined;
  suggestionId: string | number;
};

export type AcceptInvitationInput = {
  /** New accounts only: the name to show, if the invitation spelled it wrong. */
  displayName?: string | null | undefined;
  /** A new password for a new account; the account's own password otherwise. */
  password: string;
  token: string;
};

export type AcknowledgeGoalFlagInput = {
  /** What was changed (instruction, the goal), or why nothing needs to. */
  note: string;
  partId: string | number;
  rule: GoalFlagRule;
};

export type AddCalendarClosureInput = {
  calendarId: string | number;
  firstDay: string;
  kind: CalendarClosureKind;
  /** The first day again for a single day. */
  lastDay: string;
  name: string;
  /** The calendar's version the edit started from. */
  version: number;
};

export type AddGuardianInput = {
  /** Used only when a new account is made. */
  displayName: string;
  /** An existing family account with this address is linked; otherwise a new one is made. */
  email: string;
  /** Preferred language of a new account: en (default) or es. */
  locale?: string | null | undefined;
  /** e.g. Mother, Father, Legal guardian, Foster parent. */
  relationship: string;
  /** Holds the educational rights: signs the IEP and gives consent. */
  rightsHolder: boolean;
  studentId: string | number;
};

export type AddIepPartInput = {
  /** Empty content when left out. */
  content?: Record<string, unknown> | null | undefined;
  iepId: string | number;
  /** GOAL or SERVICE. */
  kind: IepPartKind;
};

export type AgreeReevaluationNotNeededInput = {
  /** YYYY-MM-DD the parent agreed. */
  agreedOn: string;
  /** The agreement as written (or where the signed paper is kept). */
  note: string;
  /** The parent who agreed. */
  parentName: string;
  studentId: string | number;
};

export type AgreeToElectronicRecordsInput = {
  /** ElectronicRecordsDisclosure.version as shown. */
  disclosureVersion: string;
  /** The language the disclosure was read in: en or es. */
  locale: string;
};

export type AskProgressReportQuestionInput = {
  body: string;
  /** The goal the question is about. */
  partId: string | number;
  reportId: string | number;
};

export type AssignCaseloadInput = {
  /** A special education teacher of the caller’s district. */
  caseManagerId: string | number;
  /** The students to put on the caseload (moved from whoever managed them). */
  studentIds: Array<string | number>;
};

export type AssignIepCommentThreadInput = {
  /** The new assignee; null takes the assignment away. */
  assigneeId?: string | number | null | undefined;
  threadId: string | number;
};

export type AssignIepPartInput = {
  /** A school staff member on the IEP's team; null gives the part back to the case manager. */
  assigneeId?: string | number | null | undefined;
  partId: string | number;
};

export type AttendanceEntryInput = {
  /** Outside attendees: in what capacity they came. */
  capacity?: string | null | undefined;
  /** The person can interpret the evaluation results (300.321(a)(5)). Unchanged when omitted. */
  interpretsEvaluations?: boolean | null | undefined;
  name?: string | null | undefined;
  status: AttendanceStatus;
  /** An invitee; leave empty for an outside attendee and give a name. */
  userId?: string | number | null | undefined;
  writtenInputSubmitted?: boolean | null | undefined;
};

/** Present, absent, or excused with the written agreement of the parent and the district. */
export type AttendanceStatus = 'ABSENT' | 'EXCUSED' | 'PRESENT';

/** A day or run of days without school: a holiday, a break (winter, spring) or another non-school day. */
export type CalendarClosureKind = 'BREAK' | 'HOLIDAY' | 'NON_SCHOOL_DAY';

/** Narrows the compliance dashboard; every field is optional. */
export type ComplianceFilterInput = {
  /** A case manager of the caller's district: the person responsible for the deadlines. */
  caseManagerId?: string | number | null | undefined;
  kind?: DeadlineKind | null | undefined;
  /** A school of the caller's district. */
  schoolId?: string | number | null | undefined;
};

/** How the parent's consent reached the district: e-signed, or on paper. */
export type ConsentMethod = 'E_SIGNED' | 'PAPER';

/** A school year of the district's calendar, or of one school's. */
export type CreateSchoolCalendarInput = {
  /** ISO date (YYYY-MM-DD) of the first day of school. */
  firstDay: string;
  /** ISO date of the last day of school. */
  lastDay: string;
  /** Omit for the district's own calendar. */
  schoolId?: string | number | null | undefined;
  /** How the district names the year, e.g. "2026–27". Unique per district (or school). */
  schoolYear: string;
};

export type CreateStaffUserInput = {
  displayName: string;
  /** Where the person signs in and receives the link to set a password. */
  email: string;
  role: StaffRole;
  /** For specialists, e.g. "Occupational therapist". */
  specialty?: string | null | undefined;
};

export type CreateStudentInput = {
  /** ISO date (YYYY-MM-DD) in the past. */
  dateOfBirth: string;
  firstName: string;
  /** PK, K, 1–12 or TRANSITION (ages 18–21). */
  grade: string;
  lastName: string;
  /** A school of the administrator's district. */
  schoolId: string | number;
};

export type DayCountRuleInput = {
  amount: number;
  /** CALENDAR_DAYS or SCHOOL_DAYS (records requests: CALENDAR_DAYS or BUSINESS_DAYS). */
  unit: string;
};

/** Why a deadline no longer applies: consent for services revoked (300.300(b)(4)), the child not produced for, or moved during, the evaluation (300.301(d)); for a progress report, its IEP superseded or expired, or its reporting period removed. */
export type DeadlineClosedReason =
  | 'CHILD_NOT_PRODUCED'
  | 'CHILD_TRANSFERRED'
  | 'CONSENT_REVOKED'
  | 'IEP_EXPIRED'
  | 'IEP_SUPERSEDED'
  | 'PERIOD_DELETED';

/** A legal deadline of DESIGN §4: annual review, start of services, … */
export type DeadlineKind =
  | 'ANNUAL_REVIEW'
  | 'FIRST_IEP_MEETING'
  | 'INITIAL_EVALUATION'
  | 'MEETING_NOTICE'
  | 'PROGRESS_REPORT'
  | 'RECORDS_REQUEST'
  | 'REEVALUATION'
  | 'SERVICE_START'
  | 'TRANSITION_PLAN';

/** A language the deadline rules are explained in. */
export type DeadlineLocale = 'en' | 'es';

/** Where a deadline stands today: upcoming, due within 7 days, overdue, met on time or late, or closed because it no longer applies. */
export type DeadlineStatus = 'CLOSED' | 'DUE_THIS_WEEK' | 'MET_LATE' | 'MET_ON_TIME' | 'OVERDUE' | 'UPCOMING';

export type DecideOnIepInput = {
  decision: IepParentDecision;
  /** For CONSENT_WITH_EXCEPTIONS: IepVersionPart ids not consented to. */
  exceptedPartIds?: Array<string | number> | null | undefined;
  iepId: string | number;
  /** SignatureIntent.version of the statement shown. */
  intentVersion: string;
  /** The account password, entered again at signing. */
  password: string;
  /** For DECLINE (required) and CONSENT_WITH_EXCEPTIONS (optional). */
  reasons?: Array<string> | null | undefined;
  /** The signer types their name as on their account (case, accents and spacing do not matter). */
  typedName: string;
  /** The proposed version the parent read and decides on. */
  version: number;
};

/** How a notice reached the family: in the app, by e-mail, or on paper. */
export type DeliveryChannel = 'EMAIL' | 'IN_APP' | 'PAPER';

export type DetermineEligibilityInput = {
  category?: DisabilityCategory | null | undefined;
  /** YYYY-MM-DD of the eligibility meeting. */
  determinedOn: string;
  eligible: boolean;
  evaluationId: string | number;
  /** What the team found, in words for the family (goes into the prior written notice). */
  summary: string;
};

export type DiffSegmentKind = 'ADDED' | 'REMOVED' | 'UNCHANGED';

/** IDEA's thirteen disability categories (34 CFR 300.8(c)). */
export type DisabilityCategory =
  | 'AUTISM'
  | 'DEAFNESS'
  | 'DEAF_BLINDNESS'
  | 'EMOTIONAL_DISTURBANCE'
  | 'HEARING_IMPAIRMENT'
  | 'INTELLECTUAL_DISABILITY'
  | 'MULTIPLE_DISABILITIES'
  | 'ORTHOPEDIC_IMPAIRMENT'
  | 'OTHER_HEALTH_IMPAIRMENT'
  | 'SPECIFIC_LEARNING_DISABILITY'
  | 'SPEECH_OR_LANGUAGE_IMPAIRMENT'
  | 'TRAUMATIC_BRAIN_INJURY'
  | 'VISUAL_IMPAIRMENT';

export type DistrictUsersFilter = {
  /** Only active (true) or only deactivated (false) accounts. */
  active?: boolean | null | undefined;
  role?: UserRole | null | undefined;
  /** Part of the name or e-mail address. */
  search?: string | null | undefined;
};

/** An area of suspected disability to assess (34 CFR 300.304(c)(4)). */
export type EvaluationArea =
  | 'ACADEMIC_PERFORMANCE'
  | 'COMMUNICATION'
  | 'GENERAL_INTELLIGENCE'
  | 'HEALTH'
  | 'HEARING'
  | 'MOTOR_ABILITIES'
  | 'SOCIAL_EMOTIONAL'
  | 'VISION';

export type EvaluationAreaInput = {
  area: EvaluationArea;
  assessorId: string | number;
};

/** Ed-Fi's reasons an evaluation ran past the state's timeline. */
export type EvaluationDelayReason = 'CHILD_UNAVAILABLE' | 'INITIAL_SLD_EVALUATION' | 'TRANSFER';

/** An initial evaluation or a reevaluation. */
export type EvaluationKind = 'INITIAL' | 'REEVALUATION';

/** Where an evaluation stands: referred, consented, or determined. */
export type EvaluationStage = 'CONSENTED' | 'DETERMINED' | 'REFERRED';

export type FinalizeIepInput = {
  /** Every warning of the quality checks, as `CODE:partId` (or `CODE:iep`). */
  acknowledgedWarnings: Array<string>;
  iepId: string | number;
};

/** A decision rule that holds for a goal: FOUR_SHORT_OF_AIM (consider a change in instruction), SIX_BEYOND_AIM (consider raising the goal), TREND_MISSES_TARGET. */
export type GoalFlagRule = 'FOUR_SHORT_OF_AIM' | 'SIX_BEYOND_AIM' | 'TREND_MISSES_TARGET';

/** How progress on a goal is measured; the scale of its data points follows. */
export type GoalMeasureKind = 'DURATION' | 'PERCENT_ACCURACY' | 'PROMPT_LEVEL' | 'RATE' | 'TRIALS' | 'YES_NO';

/** A measurement taken in the session on a goal the student worked on: its day is the session's, its setting the session's location. */
export type GroupSessionDataPointInput = {
  /** A goal the service supports. */
  goalId: string | number;
  /** A UUID made on the device for this point (recordGoalDataPoint's key). */
  idempotencyKey: string | number;
  value: number;
};

/** One student's session in the group: their service and whatever differs for them from the group's fields. */
export type GroupSessionEntryInput = {
  dataPoints?: Array<GroupSessionDataPointInput>;
  goalIds?: Array<string | number>;
  /** Made once on the device for this student's session; the same key sent again finds the session already recorded. */
  idempotencyKey: string;
  /** This student's minutes when they are not the group's. */
  minutes?: number | null | undefined;
  note?: string;
  serviceId: string | number;
  /** This student's status when it is not the group's (one student absent). */
  status?: SessionStatus | null | undefined;
};

/** What happened on an IEP: a part saved, added, removed or assigned, a comment or thread change, a suggestion, or who is viewing. */
export type IepActivityKind =
  | 'COMMENT_ADDED'
  | 'IEP_UPDATED'
  | 'PART_ADDED'
  | 'PART_ASSIGNED'
  | 'PART_REMOVED'
  | 'PART_SAVED'
  | 'PRESENCE_CHANGED'
  | 'SUGGESTION_CREATED'
  | 'SUGGESTION_DECIDED'
  | 'THREAD_UPDATED';

/** What happened to a proposed version. */
export type IepDecisionKind =
  'CONSENT' | 'CONSENT_WITH_EXCEPTIONS' | 'DECLINE' | 'REVIEWED' | 'TOOK_EFFECT_AFTER_NOTICE' | 'WITHDRAWN';

/** Initial IEP, annual review or amendment. */
export type IepKind = 'AMENDMENT' | 'ANNUAL' | 'INITIAL';

/** What the parent decides on a proposed IEP. */
export type IepParentDecision = 'CONSENT' | 'CONSENT_WITH_EXCEPTIONS' | 'DECLINE';

/** A section of the IEP document (34 CFR 300.320); goals and services repeat. */
export type IepPartKind =
  | 'ACCOMMODATIONS'
  | 'ASSESSMENT_PARTICIPATION'
  | 'EXTENDED_SCHOOL_YEAR'
  | 'GOAL'
  | 'PARENT_CONCERNS'
  | 'PLACEMENT'
  | 'PRESENT_LEVELS'
  | 'SERVICE'
  | 'STUDENT_VISION'
  | 'TRANSITION_PLAN'
  | 'TRANSPORTATION';

/** ERROR blocks finalizing the IEP; WARNING is acknowledged by the case manager. */
export type IepQualitySeverity = 'ERROR' | 'WARNING';

/** How a revision of a part came about. */
export type IepRevisionChange =
  'COPIED' | 'CREATED' | 'EDITED' | 'REMOVED' | 'RESTORED' | 'SUGGESTION_ACCEPTED';

/** Where an IEP is in its lifecycle: draft, proposed, active, superseded or expired. */
export type IepStatus = 'ACTIVE' | 'DRAFT' | 'EXPIRED' | 'PROPOSED' | 'SUPERSEDED';

export type IepSuggestionStatus = 'ACCEPTED' | 'PENDING' | 'REJECTED' | 'WITHDRAWN';

export type InviteToTeamInput = {
  /** The person's name as the team should see it. */
  displayName: string;
  email: string;
  /** Guests only: when their access ends (default: a year after they are invited). */
  expiresAt?: string | null | undefined;
  iepId: string | number;
  role: UserRole;
  /** What the person does on this team, e.g. "Parent advocate". */
  teamRole: string;
};

export type MarkIepReviewedInput = {
  iepId: string | number;
  /** The version the parent read. */
  version: number;
};

/** Accept the meeting time, or ask for another one. */
export type MeetingAnswer = 'ACCEPT' | 'REQUEST_ANOTHER_TIME';

/** Why the team meets: the first IEP, the annual review, an amendment, a reevaluation, or something else. */
export type MeetingPurpose = 'AMENDMENT' | 'ANNUAL_REVIEW' | 'INITIAL_IEP' | 'OTHER' | 'REEVALUATION';

/** An invitee's answer: none yet, accepted, or asked for another time. */
export type MeetingResponse = 'ACCEPTED' | 'PENDING' | 'RESCHEDULE_REQUESTED';

/** Scheduled, a parent asked for another time, held, or cancelled. */
export type MeetingStatus = 'CANCELLED' | 'HELD' | 'RESCHEDULE_REQUESTED' | 'SCHEDULED';

/** A date and time on the district's clock. */
export type MeetingTimeInput = {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
};

export type NotificationPreferenceInput = {
  deadlineKind: DeadlineKind;
  /** Whether this reminder also comes by e-mail. */
  email: boolean;
  reminderKind: ReminderKind;
};

/** Make-up sessions planned against the compensatory minutes a service owes; never more than is owed and not yet planned. */
export type PlanCompensatoryMinutesInput = {
  note?: string;
  serviceId: string | number;
  sessions: Array<PlannedMakeUpInput>;
};

export type PlanEvaluationInput = {
  areas: Array<EvaluationAreaInput>;
  evaluationId: string | number;
};

/** One make-up session planned: its day and minutes. */
export type PlannedMakeUpInput = {
  /** YYYY-MM-DD: a school day of the service, today or later. */
  date: string;
  minutes: number;
};

export type PrepareRecordsExportInput = {
  requestId: string | number;
};

export type PriorWrittenNoticeAction = 'PROPOSE' | 'REFUSE';

/** The refusal or proposal the notice is about. */
export type PriorWrittenNoticeSource =
  | 'CONSENT_REVOKED'
  | 'ELIGIBILITY_DETERMINED'
  | 'EVALUATION_PROPOSED'
  | 'EVALUATION_REFUSED'
  | 'IEP_DECLINED'
  | 'IEP_PROPOSED'
  | 'ITEMS_EXCEPTED'
  | 'REQUEST_DECLINED'
  | 'SUGGESTION_REJECTED';

export type PriorWrittenNoticeStatus = 'DRAFT' | 'SENT';

/** Every rule of a district’s own profile. */
export type ProfileRulesInput = {
  /** The state’s age of majority (34 CFR 300.520), 18 to 21; omitted: the base profile’s. */
  ageOfMajority?: number | null | undefined;
  annualReview: ReviewPeriodInput;
  breakExclusionMinimumWeekdays: number;
  effectAfterNoticeDays: number;
  excludeBreaksFromCalendarDayCounts: boolean;
  firstIepMeetingDays: number;
  initialEvaluation: DayCountRuleInput;
  meetingNoticeDays: number;
  recordsRequest: DayCountRuleInput;
  reevaluation: ReviewPeriodInput;
  requiresParentSignature: boolean;
  serviceStartSchoolDays: number;
  transitionAge: number;
};

/** How a goal stands in a progress report: GOAL_MET, SUFFICIENT_PROGRESS (to meet the goal by its date), INSUFFICIENT_PROGRESS, NOT_YET_ADDRESSED, DISCONTINUED. */
export type ProgressReportCode =
  'DISCONTINUED' | 'GOAL_MET' | 'INSUFFICIENT_PROGRESS' | 'NOT_YET_ADDRESSED' | 'SUFFICIENT_PROGRESS';

/** DRAFT while the team writes it; SENT once the case manager sent it to the family (frozen and sealed). */
export type ProgressReportStatus = 'DRAFT' | 'SENT';

export type ProposeIepChangeInput = {
  /** The version of the part the proposal was written against. */
  baseVersion?: number | null | undefined;
  content: Record<string, unknown>;
  iepId: string | number;
  /** The part to change; leave out to propose a new goal or service. */
  partId?: string | number | null | undefined;
  /** GOAL or SERVICE when proposing a new one. */
  partKind?: IepPartKind | null | undefined;
  rationale?: string | null | undefined;
};

export type RecordAdultGuardianshipInput = {
  /** The court order or what the district holds of it. */
  note: string;
  studentId: string | number;
};

export type RecordChildProducedInput = {
  evaluationId: string | number;
  /** YYYY-MM-DD: the day the parent produced the child for the evaluation; a new timeframe runs from it. */
  producedOn: string;
};

export type RecordEvaluationDelayInput = {
  /** YYYY-MM-DD agreed with the parent (a transfer, an SLD extension). */
  agreedCompletionOn?: string | null | undefined;
  evaluationId: string | number;
  note: string;
  reason: EvaluationDelayReason;
};

export type RecordGoalDataPointInput = {
  /** A UUID the client makes once per entry (kept with an entry queued offline): sending the same entry again returns the point already stored. */
  idempotencyKey: string | number;
  note?: string;
  /** YYYY-MM-DD. */
  observedOn: string;
  /** A goal of an IEP in force. */
  partId: string | number;
  /** Where: "Speech room", "General education classroom". */
  setting: string;
  value: number;
};

/** A group session entered once for several students: the shared fields, then one entry per student. */
export type RecordGroupSessionInput = {
  /** YYYY-MM-DD, inside each service's dates and not after today. */
  date: string;
  /** 1–12 students. */
  entries: Array<GroupSessionEntryInput>;
  /** 1–12: at least the students entered here. */
  groupSize: number;
  location?: string;
  /** 1–480. */
  minutes: number;
  status: SessionStatus;
};

export type RecordMeetingAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  meetingId: string | number;
};

export type RecordPaperConsentInput = {
  /** YYYY-MM-DD: the date the parent signed the paper consent. */
  consentOn: string;
  evaluationId: string | number;
};

export type RecordSafeguardsDeliveryInput = {
  /** IN_APP and EMAIL send the notice now; PAPER records a copy handed or mailed on deliveredOn. */
  channel: DeliveryChannel;
  /** YYYY-MM-DD, for a paper copy; the district's today when left out. */
  deliveredOn?: string | null | undefined;
  occasion: SafeguardsOccasion;
  studentId: string | number;
};

export type RecordServiceSessionInput = {
  /** YYYY-MM-DD, inside the service's dates and not after today. */
  date: string;
  goalIds?: Array<string | number>;
  /** 1–12, this student included. */
  groupSize: number;
  /** Made once on the device for this entry; sending the same key again returns the session already recorded. */
  idempotencyKey: string;
  location?: string;
  /** 1–480. For a session that did not happen, the minutes it should have had. */
  minutes: number;
  note?: string;
  serviceId: string | number;
  status: SessionStatus;
};

/** REQUESTED: the district is preparing the records; READY: the ZIP can be downloaded; DELIVERED: the family downloaded it. */
export type RecordsRequestStatus = 'DELIVERED' | 'READY' | 'REQUESTED';

export type ReferForEvaluationInput = {
  /** For a reevaluation within a year of the last: the parent and the district agree. */
  agreedWithinYear?: boolean | null | undefined;
  kind: EvaluationKind;
  /** Why the child may need special education (or why a reevaluation is asked for). */
  reason: string;
  /** YYYY-MM-DD: the day the referral or request was made. */
  referredOn: string;
  studentId: string | number;
};

/** Who asked for the evaluation: the school or the parent. */
export type ReferralSource = 'PARENT' | 'SCHOOL';

export type RejectIepSuggestionInput = {
  reason: string;
  suggestionId: string | number;
};

/** REMINDER: before and on the due date, to whoever must meet it. ESCALATION: while it is overdue, to the district representatives. */
export type ReminderKind = 'ESCALATION' | 'REMINDER';

export type RemoveIepPartInput = {
  baseVersion: number;
  partId: string | number;
};

export type ReplyToIepCommentThreadInput = {
  /** The comment (at most 10000 characters). */
  body: string;
  /** People to notify, in the app and by e-mail: only people who can see this IEP. */
  mentionIds?: Array<string | number> | null | undefined;
  threadId: string | number;
};

export type ReportFileInput = {
  /** The file, base64, at most 2 MB. */
  base64: string;
  /** application/pdf, image/png, image/jpeg or text/plain. */
  contentType: string;
  name: string;
};

export type ReportIepPresenceInput = {
  /** Whether the caller is editing that part. */
  editing: boolean;
  iepId: string | number;
  /** The part on screen or being edited; null when just reading the IEP. */
  partId?: string | number | null | undefined;
};

export type RequestMeetingExcusalInput = {
  meetingId: string | number;
  reason: string;
  /** The invited team member who would miss the meeting. */
  userId: string | number;
  /** The member has given the parent and the team written input (300.321(e)(2)). */
  writtenInputSubmitted?: boolean;
};

export type RequestRecordsInput = {
  /** What the parent wants to see or anything the district should know (at most 2,000 characters). */
  note?: string | null | undefined;
  studentId: string | number;
};

/** A member every IEP meeting must have (34 CFR 300.321(a)). */
export type RequiredMember =
  | 'DISTRICT_REPRESENTATIVE'
  | 'EVALUATION_INTERPRETER'
  | 'PARENT'
  | 'REGULAR_EDUCATION_TEACHER'
  | 'SPECIAL_EDUCATION_TEACHER';

/** Someone present fills the seat, a member excused in writing leaves it filled, otherwise it is missing. */
export type RequiredSeatState = 'EXCUSED' | 'MISSING' | 'PRESENT';

export type RescheduleIepMeetingInput = {
  /** Unchanged when omitted; an empty string clears it. */
  callIn?: string | null | undefined;
  date: string;
  /** Unchanged when omitted. */
  durationMinutes?: number | null | undefined;
  /** Unchanged when omitted; an empty string clears it. */
  location?: string | null | undefined;
  meetingId: string | number;
  shortNoticeAgreed?: boolean;
  time: string;
  /** The version the caller saw. */
  version: number;
};

export type RespondToIepMeetingInput = {
  answer: MeetingAnswer;
  meetingId: string | number;
  message?: string | null | undefined;
  /** Up to three times that suit the person better. */
  proposedTimes?: Array<MeetingTimeInput> | null | undefined;
};

export type ReviewPeriodInput = {
  months: number;
  /** WITHIN_MONTHS or BY_ANNIVERSARY. */
  rule: string;
};

/** Where a revocation of consent for services stands: awaiting the district’s notice, services ending on the named day, services ended. */
export type RevocationStatus = 'AWAITING_NOTICE' | 'SERVICES_ENDED' | 'SERVICES_ENDING';

export type RevokeConsentForServicesInput = {
  /** SignatureIntent.version of the statement shown. */
  intentVersion: string;
  /** The account password, entered again at signing. */
  password: string;
  /** Why, in the rights holder’s words; may be empty (the regulation asks for no reason). */
  reason: string;
  studentId: string | number;
  /** The signer types their name as on their account (case, accents and spacing do not matter). */
  typedName: string;
};

/** Who holds the educational rights: the parents, the adult student after the transfer at majority (300.520), or guardians of the adult student. */
export type RightsStanding = 'GUARDIANSHIP' | 'PARENTS' | 'TRANSFERRED';

/** What an import does to a record (a guardian link is removed, never a record). */
export type RosterAction = 'CREATE' | 'DEACTIVATE' | 'UPDATE';

/** A kind of record an import writes. */
export type RosterEntity = 'GUARDIAN' | 'GUARDIAN_LINK' | 'SCHOOL' | 'STAFF' | 'STUDENT';

/** Why an import stopped other than for problems in its rows. */
export type RosterImportFailure = 'NOT_A_ZIP' | 'UNEXPECTED' | 'UPLOAD_TOO_LARGE';

/** manifest.csv's processing mode: BULK (a full roster: what it leaves out is deactivated) or DELTA (updates only). */
export type RosterImportMode = 'BULK' | 'DELTA';

/** Where an import is: uploaded and QUEUED, VALIDATING (the dry run), VALIDATED (ready to apply) or INVALID (problems, nothing written), APPLY_QUEUED, APPLYING, APPLIED; FAILED when something other than the bundle went wrong. */
export type RosterImportStatus =
  | 'APPLIED'
  | 'APPLYING'
  | 'APPLY_QUEUED'
  | 'FAILED'
  | 'INVALID'
  | 'QUEUED'
  | 'UPLOADING'
  | 'VALIDATED'
  | 'VALIDATING';

/** Why the procedural safeguards notice was given: the yearly copy, a first referral or request for evaluation, a parent’s request, a complaint, a disciplinary change of placement. */
export type SafeguardsOccasion =
  'ANNUAL' | 'COMPLAINT' | 'DISCIPLINARY_REMOVAL' | 'PARENT_REQUEST' | 'REFERRAL';

/** Creates or changes the district's own rule profile, derived from a built-in one. */
export type SaveDistrictRuleProfileInput = {
  /** The built-in profile it derives from: IDEA, MA, CA or IDEA_NOTICE. */
  basedOn: string;
  name: string;
  rules: ProfileRulesInput;
  /** Whether the district uses it from now on (it stays in use once chosen). */
  use: boolean;
  /** The version the edit started from; omit to create. A newer one on record is a CONFLICT. */
  version?: number | null | undefined;
};

export type SaveIepPartInput = {
  /** The version the edit was made on (IepPart.version when it was loaded). */
  baseVersion: number;
  content: Record<string, unknown>;
  partId: string | number;
};

export type SaveProgressReportEntryInput = {
  /** The version written over (ProgressReportEntry.version when read; 0 for the first words). */
  baseVersion: number;
  code?: ProgressReportCode | null | undefined;
  iepId: string | number;
  narrative: string;
  /** A goal of the IEP. */
  partId: string | number;
  periodId: string | number;
};

/** A new reporting period (no id), or an edit of one (id and the version it started from). */
export type SaveReportingPeriodInput = {
  /** YYYY-MM-DD. */
  firstDay: string;
  id?: string | number | null | undefined;
  /** YYYY-MM-DD. */
  lastDay: string;
  name: string;
  /** The version the edit started from; a newer one on record is a CONFLICT. */
  version?: number | null | undefined;
};

export type ScheduleIepMeetingInput = {
  /** Phone number or video link. */
  callIn?: string | null | undefined;
  /** YYYY-MM-DD on the district's clock. */
  date: string;
  /** The meeting discusses transition, so the student on the team is invited. Left out, it does when the student reaches the state’s transition age within a year. */
  discussesTransition?: boolean | null | undefined;
  durationMinutes: number;
  iepId: string | number;
  /** People on the IEP's team; the student's rights-holding guardians are always invited. */
  inviteeIds: Array<string | number>;
  location?: string | null | undefined;
  /** Left out, it follows the IEP's kind: an initial IEP, an annual review, an amendment. */
  purpose?: MeetingPurpose | null | undefined;
  /** The parent agreed to less notice than the state requires. */
  shortNoticeAgreed?: boolean;
  /** HH:MM, 24-hour, on the district's clock. */
  time: string;
};

export type SendPriorWrittenNoticeInput = {
  id: string | number;
  version: number;
};

/** Narrows the service delivery dashboard; each field left out means all. */
export type ServiceDeliveryFilterInput = {
  /** A service category: SPECIAL_EDUCATION, RELATED_SERVICE, SUPPLEMENTARY_AID or PROGRAM_MODIFICATION. */
  category?: string | null | undefined;
  providerId?: string | number | null | undefined;
  schoolId?: string | number | null | undefined;
};

/** What happened to a session: delivered, the student absent or unavailable, the provider absent or cancelled, school closed, or a make-up of compensatory minutes. */
export type SessionStatus =
  'DELIVERED' | 'MAKE_UP' | 'PROVIDER_ABSENT' | 'SCHOOL_CLOSED' | 'STUDENT_ABSENT' | 'STUDENT_UNAVAILABLE';

export type SetGuardianRightsInput = {
  /** Whether this guardian holds the educational rights: consents to or declines the IEP. */
  rightsHolder: boolean;
  studentId: string | number;
  userId: string | number;
};

export type SetServicesEndInput = {
  revocationId: string | number;
  /** YYYY-MM-DD: the last day of services, named in the prior written notice; today or within 30 days. */
  servicesEndOn: string;
};

export type SignConsentToEvaluateInput = {
  evaluationId: string | number;
  /** SignatureIntent.version of the statement shown. */
  intentVersion: string;
  /** The account password, entered again at signing. */
  password: string;
  /** The signer types their name as on their account (case, accents and spacing do not matter). */
  typedName: string;
};

export type SignIepAttendanceInput = {
  /** SignatureIntent.version of the statement shown. */
  intentVersion: string;
  meetingId: string | number;
  /** The account password, entered again at signing. */
  password: string;
  /** The signer types their name as on their account (case, accents and spacing do not matter). */
  typedName: string;
};

export type SignInInput = {
  email: string;
  password: string;
};

/** What a signature attests: the parent's decision on a version, or attendance at a meeting. */
export type SignaturePurpose = 'ATTENDANCE' | 'PARENT_DECISION';

/** The roles a district administrator can give a staff account: teachers, specialists, district representatives and administrators. */
export type StaffRole =
  | 'DISTRICT_ADMIN'
  | 'DISTRICT_REPRESENTATIVE'
  | 'GENERAL_EDUCATION_TEACHER'
  | 'SPECIALIST'
  | 'SPECIAL_EDUCATION_TEACHER';

export type StartIepCommentThreadInput = {
  /** Who should act on the thread: someone who can see this IEP. */
  assigneeId?: string | number | null | undefined;
  /** The first comment (at most 10000 characters). */
  body: string;
  iepId: string | number;
  /** People to notify, in the app and by e-mail: only people who can see this IEP. */
  mentionIds?: Array<string | number> | null | undefined;
  /** The section, goal or service the thread is about. */
  partId: string | number;
  /** The passage the thread is about (at most 2000 characters). */
  quote?: string | null | undefined;
};

export type StartIepInput = {
  /** INITIAL when the student has no active IEP; ANNUAL or AMENDMENT copy the active one. */
  kind: IepKind;
  studentId: string | number;
};

export type SubmitEvaluationReportInput = {
  area: EvaluationArea;
  /** YYYY-MM-DD. */
  completedOn: string;
  evaluationId: string | number;
  file?: ReportFileInput | null | undefined;
  /** The report, or its summary when a file is attached. */
  summary: string;
};

export type TransferCaseloadInput = {
  /** The case manager whose whole caseload moves. */
  fromCaseManagerId: string | number;
  /** A special education teacher of the caller’s district. */
  toCaseManagerId: string | number;
};

export type UpdateCalendarClosureInput = {
  firstDay: string;
  id: string | number;
  kind: CalendarClosureKind;
  lastDay: string;
  name: string;
  /** The calendar's version the edit started from. */
  version: number;
};

export type UpdateNotificationPreferencesInput = {
  preferences: Array<NotificationPreferenceInput>;
};

export type UpdatePriorWrittenNoticeInput = {
  actionDescription?: string | null | undefined;
  evaluationBasis?: string | null | undefined;
  explanation?: string | null | undefined;
  id: string | number;
  optionsConsidered?: string | null | undefined;
  otherFactors?: string | null | undefined;
  proceduralSafeguards?: string | null | undefined;
  sourcesForAssistance?: string | null | undefined;
  version: number;
};

export type UpdateSchoolCalendarInput = {
  firstDay: string;
  id: string | number;
  lastDay: string;
  schoolYear: string;
  /** The version the edit started from; a newer one on record is a CONFLICT. */
  version: number;
};

/** Only the fields given change. */
export type UpdateStudentInput = {
  dateOfBirth?: string | null | undefined;
  firstName?: string | null | undefined;
  grade?: string | null | undefined;
  id: string | number;
  lastName?: string | null | undefined;
  schoolId?: string | number | null | undefined;
};

/** Only the fields given change; an empty or null specialty clears it. */
export type UpdateUserInput = {
  displayName?: string | null | undefined;
  id: string | number;
  /** en or es. */
  locale?: string | null | undefined;
  /** Staff accounts only; nobody can change their own role. */
  role?: StaffRole | null | undefined;
  specialty?: string | null | undefined;
};

/** The kind of work a person does on IEP teams. */
export type UserRole =
  | 'DISTRICT_ADMIN'
  | 'DISTRICT_REPRESENTATIVE'
  | 'GENERAL_EDUCATION_TEACHER'
  | 'GUEST'
  | 'PARENT'
  | 'SPECIALIST'
  | 'SPECIAL_EDUCATION_TEACHER'
  | 'STUDENT';

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string; displayName: string; locale: string; role: UserRole } | null };

export type AdminCalendar_CalendarFragment = {
  id: string;
  schoolId: string | null;
  schoolName: string | null;
  schoolYear: string;
  firstDay: string;
  lastDay: string;
  version: number;
  closures: Array<{ id: string; kind: CalendarClosureKind; name: string; firstDay: string; lastDay: string }>;
} & { ' $fragmentName'?: 'AdminCalendar_CalendarFragment' };

export type AdminCalendar_ChangeFragment = {
  calendar: { ' $fragmentRefs'?: { AdminCalendar_CalendarFragment: AdminCalendar_CalendarFragment } };
  deadlines: { recomputed: number; moved: number };
} & { ' $fragmentName'?: 'AdminCalendar_ChangeFragment' };

export type AdminSchoolCalendarsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminSchoolCalendarsQuery = {
  schoolCalendars: Array<{
    ' $fragmentRefs'?: { AdminCalendar_CalendarFragment: AdminCalendar_CalendarFragment };
  }>;
};

export type CreateSchoolCalendarMutationVariables = Exact<{
  input: CreateSchoolCalendarInput;
}>;

export type CreateSchoolCalendarMutation = {
  createSchoolCalendar: { ' $fragmentRefs'?: { AdminCalendar_ChangeFragment: AdminCalendar_ChangeFragment } };
};

export type UpdateSchoolCalendarMutationVariables = Exact<{
  input: UpdateSchoolCalendarInput;
}>;

export type UpdateSchoolCalendarMutation = {
  updateSchoolCalendar: { ' $fragmentRefs'?: { AdminCalendar_ChangeFragment: AdminCalendar_ChangeFragment } };
};

export type AddCalendarClosureMutationVariables = Exact<{
  input: AddCalendarClosureInput;
}>;

export type AddCalendarClosureMutation = {
  addCalendarClosure: { ' $fragmentRefs'?: { AdminCalendar_ChangeFragment: AdminCalendar_ChangeFragment } };
};

export type UpdateCalendarClosureMutationVariables = Exact<{
  input: UpdateCalendarClosureInput;
}>;

export type UpdateCalendarClosureMutation = {
  updateCalendarClosure: {
    ' $fragmentRefs'?: { AdminCalendar_ChangeFragment: AdminCalendar_ChangeFragment };
  };
};

export type RemoveCalendarClosureMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type RemoveCalendarClosureMutation = {
  removeCalendarClosure: {
    ' $fragmentRefs'?: { AdminCalendar_ChangeFragment: AdminCalendar_ChangeFragment };
  };
};

export type ReportingPeriodsQueryVariables = Exact<{ [key: string]: never }>;

export type ReportingPeriodsQuery = {
  reportingPeriods: Array<{ id: string; name: string; firstDay: string; lastDay: string; version: number }>;
};

export type SaveReportingPeriodMutationVariables = Exact<{
  input: SaveReportingPeriodInput;
}>;

export type SaveReportingPeriodMutation = {
  saveReportingPeriod: {
    deadlinesWritten: number;
    period: { id: string; name: string; firstDay: string; lastDay: string; version: number };
  };
};

export type DeleteReportingPeriodMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type DeleteReportingPeriodMutation = {
  deleteReportingPeriod: { periodId: string; deadlinesClosed: number };
};

export type StateRuleProfilesQueryVariables = Exact<{ [key: string]: never }>;

export type StateRuleProfilesQuery = {
  stateRuleProfiles: Array<{
    code: string;
    name: string;
    inUse: boolean;
    initialEvaluationDays: number;
    initialEvaluationUnit: string;
    serviceStartSchoolDays: number;
    transitionAge: number;
    breaksStopEvaluationClock: boolean;
    breakMinimumWeekdays: number;
    requiresParentSignature: boolean;
    effectAfterNoticeDays: number;
  }>;
};

export type SetDistrictStateProfileMutationVariables = Exact<{
  code: string;
}>;

export type SetDistrictStateProfileMutation = {
  setDistrictStateProfile: {
    profile: { code: string; inUse: boolean };
    deadlines: { recomputed: number; moved: number };
  };
};

export type UndeliveredEmailsQueryVariables = Exact<{ [key: string]: never }>;

export type UndeliveredEmailsQuery = {
  undeliveredEmails: Array<{
    id: string;
    to: string;
    recipientName: string | null;
    subject: string;
    reason: string;
    attempts: number;
    createdAt: string;
    failedAt: string;
  }>;
};

export type RetryEmailMutationVariables = Exact<{
  id: string | number;
}>;

export type RetryEmailMutation = { retryEmail: boolean };

export type RosterImportQueryVariables = Exact<{
  id: string | number;
}>;

export type RosterImportQuery = {
  rosterImport: {
    id: string;
    fileName: string;
    status: RosterImportStatus;
    mode: RosterImportMode | null;
    progress: number;
    rows: number;
    changeCount: number;
    unchanged: number;
    skipped: number;
    problemCount: number;
    failure: RosterImportFailure | null;
    counts: Array<{ entity: RosterEntity; created: number; updated: number; deactivated: number }>;
    changes: Array<{ entity: RosterEntity; action: RosterAction; sourcedId: string | null; name: string }>;
    problems: Array<{ file: string; line: number; column: string | null; message: string }>;
  };
};

export type RosterImportsQueryVariables = Exact<{ [key: string]: never }>;

export type RosterImportsQuery = {
  rosterImports: Array<{ id: string; fileName: string; status: RosterImportStatus; createdAt: string }>;
};

export type ApplyRosterImportMutationVariables = Exact<{
  id: string | number;
}>;

export type ApplyRosterImportMutation = { applyRosterImport: { id: string; status: RosterImportStatus } };

export type RuleProfilesQueryVariables = Exact<{
  locale?: DeadlineLocale | null | undefined;
}>;

export type RuleProfilesQuery = {
  stateRuleProfiles: Array<{
    code: string;
    name: string;
    basedOn: string | null;
    version: number | null;
    inUse: boolean;
    rules: {
      excludeBreaksFromCalendarDayCounts: boolean;
      breakExclusionMinimumWeekdays: number;
      firstIepMeetingDays: number;
      meetingNoticeDays: number;
      serviceStartSchoolDays: number;
      transitionAge: number;
      requiresParentSignature: boolean;
      effectAfterNoticeDays: number;
      ageOfMajority: number;
      initialEvaluation: { amount: number; unit: string };
      annualReview: { rule: string; months: number };
      reevaluation: { rule: string; months: number };
      recordsRequest: { amount: number; unit: string };
    };
    sources: Array<{ rule: string; citation: string; basis: string; note: string | null }>;
  }>;
};

export type SaveDistrictRuleProfileMutationVariables = Exact<{
  input: SaveDistrictRuleProfileInput;
}>;

export type SaveDistrictRuleProfileMutation = {
  saveDistrictRuleProfile: {
    profile: { code: string; version: number | null; inUse: boolean };
    deadlines: { recomputed: number; moved: number };
  };
};

export type AdminSchoolsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminSchoolsQuery = { schools: Array<{ id: string; name: string }> };

export type CreateSchoolMutationVariables = Exact<{
  name: string;
}>;

export type CreateSchoolMutation = { createSchool: { id: string; name: string } };

export type RenameSchoolMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;

export type RenameSchoolMutation = { renameSchool: { id: string; name: string } };

export type AdminStudent_StudentFragment = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  grade: string;
  school: { id: string; name: string };
} & { ' $fragmentName'?: 'AdminStudent_StudentFragment' };

export type DistrictStudentsQueryVariables = Exact<{
  search?: string | null | undefined;
  schoolId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DistrictStudentsQuery = {
  districtStudents: {
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    nodes: Array<{
      id: string;
      firstName: string;
      lastName: string;
      dateOfBirth: string;
      grade: string;
      guardians: Array<{
        userId: string;
        displayName: string;
        email: string;
        relationship: string;
        rightsHolder: boolean;
        active: boolean;
      }>;
      school: { id: string; name: string };
    }>;
  };
};

export type AddGuardianMutationVariables = Exact<{
  input: AddGuardianInput;
}>;

export type AddGuardianMutation = {
  addGuardian: {
    id: string;
    guardians: Array<{
      userId: string;
      displayName: string;
      email: string;
      relationship: string;
      rightsHolder: boolean;
      active: boolean;
    }>;
  };
};

export type RemoveGuardianMutationVariables = Exact<{
  studentId: string | number;
  userId: string | number;
}>;

export type RemoveGuardianMutation = {
  removeGuardian: {
    id: string;
    guardians: Array<{
      userId: string;
      displayName: string;
      email: string;
      relationship: string;
      rightsHolder: boolean;
      active: boolean;
    }>;
  };
};

export type SetGuardianRightsMutationVariables = Exact<{
  input: SetGuardianRightsInput;
}>;

export type SetGuardianRightsMutation = {
  setGuardianRights: {
    id: string;
    guardians: Array<{
      userId: string;
      displayName: string;
      email: string;
      relationship: string;
      rightsHolder: boolean;
      active: boolean;
    }>;
  };
};

export type CreateStudentMutationVariables = Exact<{
  input: CreateStudentInput;
}>;

export type CreateStudentMutation = { createStudent: { id: string } };

export type UpdateStudentMutationVariables = Exact<{
  input: UpdateStudentInput;
}>;

export type UpdateStudentMutation = {
  updateStudent: {
    id: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    grade: string;
    school: { id: string; name: string };
  };
};

export type DistrictUsersQueryVariables = Exact<{
  filter?: DistrictUsersFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DistrictUsersQuery = {
  districtUsers: {
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    nodes: Array<{
      id: string;
      email: string;
      displayName: string;
      role: UserRole;
      specialty: string | null;
      locale: string;
      active: boolean;
      passwordSet: boolean;
    }>;
  };
};

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DeactivateUserMutation = { deactivateUser: { id: string; active: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;

export type ReactivateUserMutation = { reactivateUser: { id: string; active: boolean } };

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;

export type CreateStaffUserMutation = { createStaffUser: { id: string; displayName: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: { id: string; displayName: string; role: UserRole; specialty: string | null; locale: string };
};

export type CaseloadStudentCard_RowFragment = {
  managed: boolean;
  currentIepId: string | null;
  overdueCount: number;
  student: { id: string; firstName: string; lastName: string; grade: string; schoolName: string };
  caseManager: { id: string; displayName: string } | null;
  nextDeadlines: Array<{ id: string; kind: DeadlineKind; status: DeadlineStatus; dueDate: string }>;
  waiting: {
    threadsAssigned: number;
    proposalsToDecide: number;
    noticesToSend: number;
    iepId: string | null;
  };
} & { ' $fragmentName'?: 'CaseloadStudentCard_RowFragment' };

export type CaseManagersQueryVariables = Exact<{ [key: string]: never }>;

export type CaseManagersQuery = {
  caseManagers: Array<{ id: string; displayName: string }>;
  students: Array<{ id: string; firstName: string; lastName: string }>;
};

export type DistrictCaseloadQueryVariables = Exact<{
  caseManagerId: string | number;
}>;

export type DistrictCaseloadQuery = {
  caseload: {
    owner: { id: string; displayName: string };
    students: Array<{
      overdueCount: number;
      student: { id: string; firstName: string; lastName: string; schoolName: string };
    }>;
  };
};

export type AssignCaseloadMutationVariables = Exact<{
  input: AssignCaseloadInput;
}>;

export type AssignCaseloadMutation = { assignCaseload: { owner: { id: string } } };

export type TransferCaseloadMutationVariables = Exact<{
  input: TransferCaseloadInput;
}>;

export type TransferCaseloadMutation = { transferCaseload: { owner: { id: string } } };

export type MyCaseloadQueryVariables = Exact<{ [key: string]: never }>;

export type MyCaseloadQuery = {
  myCaseload: {
    owner: { id: string; displayName: string };
    students: Array<
      { student: { id: string } } & {
        ' $fragmentRefs'?: { CaseloadStudentCard_RowFragment: CaseloadStudentCard_RowFragment };
      }
    >;
  };
};

export type StudentPageQueryVariables = Exact<{
  studentId: string | number;
}>;

export type StudentPageQuery = {
  student: {
    id: string;
    firstName: string;
    lastName: string;
    grade: string;
    schoolName: string;
    dateOfBirth: string;
    ieps: Array<{
      id: string;
      kind: IepKind;
      status: IepStatus;
      meetingDate: string | null;
      startDate: string | null;
      annualReviewDue: string | null;
      caseManager: { id: string; displayName: string } | null;
      versions: Array<{ id: string; number: number; proposedOn: string; pdfUrl: string }>;
    }>;
  };
  studentDeadlines: Array<{
    id: string;
    kind: DeadlineKind;
    status: DeadlineStatus;
    dueDate: string;
    metOn: string | null;
    closedOn: string | null;
    closedReason: DeadlineClosedReason | null;
  }>;
  studentRights: {
    studentId: string;
    majority: {
      standing: RightsStanding;
      ageOfMajority: number;
      citation: string;
      majorityOn: string;
      transferredOn: string | null;
      guardianshipOn: string | null;
      transferNoticeDue: boolean;
    };
    consentRevocation: { id: string; status: RevocationStatus; servicesEndOn: string | null } | null;
  };
};

export type StudentPageTeamQueryVariables = Exact<{
  iepId: string | number;
}>;

export type StudentPageTeamQuery = {
  iepTeam: { iepId: string; members: Array<{ userId: string; displayName: string; teamRole: string }> };
};

export type ComplianceDashboardQueryVariables = Exact<{
  filter?: ComplianceFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
  locale?: DeadlineLocale | null | undefined;
}>;

export type ComplianceDashboardQuery = {
  complianceDashboard: {
    today: string;
    schoolCount: number;
    familiesWithoutSafeguards: Array<{
      studentId: string;
      studentName: string;
      schoolName: string;
      lastReceivedOn: string | null;
    }>;
    totals: { upcoming: number; dueThisWeek: number; overdue: number; metOnTime: number; metLate: number };
    byKind: Array<{
      kind: DeadlineKind;
      counts: { upcoming: number; dueThisWeek: number; overdue: number; metOnTime: number; metLate: number };
    }>;
    bySchool: Array<{
      name: string | null;
      groupId: string | null;
      counts: { upcoming: number; dueThisWeek: number; overdue: number; metOnTime: number; metLate: number };
    }>;
    byCaseManager: Array<{
      name: string | null;
      groupId: string | null;
      counts: { upcoming: number; dueThisWeek: number; overdue: number; metOnTime: number; metLate: number };
    }>;
    upcomingWeeks: Array<{
      startDate: string;
      endDate: string;
      total: number;
      byKind: Array<{ kind: DeadlineKind; count: number }>;
    }>;
    overdue: {
      hasNextPage: boolean;
      endCursor: string | null;
      nodes: Array<{
        id: string;
        kind: DeadlineKind;
        studentId: string;
        studentName: string;
        iepId: string | null;
        schoolName: string;
        caseManagerName: string | null;
        dueDate: string;
        daysOverdue: number;
        explanation: string;
        estimated: boolean;
      }>;
    };
  };
};

export type ComplianceFilterOptionsQueryVariables = Exact<{
  schoolId?: string | number | null | undefined;
}>;

export type ComplianceFilterOptionsQuery = {
  complianceDashboard: {
    filterOptions: {
      schools: Array<{ id: string; name: string }>;
      caseManagers: Array<{ id: string; name: string }>;
    };
  };
};

export type IepCommentsQueryVariables = Exact<{
  iepId: string | number;
  partId: string | number;
}>;

export type IepCommentsQuery = {
  iep: {
    id: string;
    mentionablePeople: Array<{ id: string; displayName: string }>;
    commentThreads: Array<{
      id: string;
      partId: string | null;
      quote: string | null;
      createdAt: string;
      resolvedAt: string | null;
      createdBy: { id: string; displayName: string };
      assignee: { id: string; displayName: string } | null;
      resolvedBy: { id: string; displayName: string } | null;
      comments: Array<{
        id: string;
        threadId: string;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
        mentions: Array<{ id: string; displayName: string }>;
      }>;
    }>;
  };
};

export type StartIepCommentThreadMutationVariables = Exact<{
  input: StartIepCommentThreadInput;
}>;

export type StartIepCommentThreadMutation = { startIepCommentThread: { id: string } };

export type ReplyToIepCommentThreadMutationVariables = Exact<{
  input: ReplyToIepCommentThreadInput;
}>;

export type ReplyToIepCommentThreadMutation = { replyToIepCommentThread: { id: string } };

export type AssignIepCommentThreadMutationVariables = Exact<{
  input: AssignIepCommentThreadInput;
}>;

export type AssignIepCommentThreadMutation = {
  assignIepCommentThread: { id: string; assignee: { id: string; displayName: string } | null };
};

export type ResolveIepCommentThreadMutationVariables = Exact<{
  threadId: string | number;
}>;

export type ResolveIepCommentThreadMutation = {
  resolveIepCommentThread: {
    id: string;
    resolvedAt: string | null;
    resolvedBy: { id: string; displayName: string } | null;
  };
};

export type ReopenIepCommentThreadMutationVariables = Exact<{
  threadId: string | number;
}>;

export type ReopenIepCommentThreadMutation = {
  reopenIepCommentThread: {
    id: string;
    resolvedAt: string | null;
    resolvedBy: { id: string; displayName: string } | null;
  };
};

export type IepPartDiffFieldsFragment = {
  partId: string | null;
  kind: IepPartKind;
  fromVersion: number | null;
  toVersion: number | null;
  fields: Array<{ field: string; segments: Array<{ kind: DiffSegmentKind; text: string }> }>;
} & { ' $fragmentName'?: 'IepPartDiffFieldsFragment' };

export type IepPartRevisionsQueryVariables = Exact<{
  partId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type IepPartRevisionsQuery = {
  iepPartRevisions: {
    hasMore: boolean;
    endCursor: string | null;
    nodes: Array<{
      id: string;
      partId: string;
      version: number;
      change: IepRevisionChange;
      createdAt: string;
      suggestionId: string | null;
      author: { id: string; displayName: string } | null;
    }>;
  };
};

export type IepPartDiffQueryVariables = Exact<{
  partId: string | number;
  fromVersion: number;
  toVersion: number;
}>;

export type IepPartDiffQuery = {
  iepPartDiff: {
    partId: string | null;
    kind: IepPartKind;
    fromVersion: number | null;
    toVersion: number | null;
    fields: Array<{ field: string; segments: Array<{ kind: DiffSegmentKind; text: string }> }>;
  };
};

export type ShareIepWithFamilyMutationVariables = Exact<{
  iepId: string | number;
}>;

export type ShareIepWithFamilyMutation = {
  shareIepWithFamily: { id: string; sharedWithFamilyAt: string | null };
};

export type IepPageQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepPageQuery = {
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    studentId: string;
    derivedFromIepId: string | null;
    sharedWithFamilyAt: string | null;
    canEdit: boolean;
    canAddParts: boolean;
    canSuggest: boolean;
    canDecideSuggestions: boolean;
    canComment: boolean;
    canDecide: boolean;
    studentFirstName: string;
    caseManager: { id: string; displayName: string } | null;
    parts: Array<{
      id: string;
      iepId: string;
      kind: IepPartKind;
      position: number;
      content: Record<string, unknown>;
      version: number;
      unchangedSinceLastYear: boolean;
      updatedAt: string;
      changedSinceMyLastView: boolean;
      threadCount: number;
      openThreadCount: number;
      viewerCanEdit: boolean;
      updatedBy: { id: string; displayName: string } | null;
      assignee: { id: string; displayName: string } | null;
    }>;
    qualityChecks: Array<{
      code: string;
      severity: IepQualitySeverity;
      partId: string | null;
      message: string;
    }>;
    suggestions: Array<{
      id: string;
      iepId: string;
      partId: string | null;
      partKind: IepPartKind;
      baseVersion: number | null;
      proposedContent: Record<string, unknown>;
      rationale: string;
      status: IepSuggestionStatus;
      createdAt: string;
      decidedAt: string | null;
      decisionReason: string | null;
      proposer: { id: string; displayName: string };
      decidedBy: { id: string; displayName: string } | null;
      diff: {
        partId: string | null;
        kind: IepPartKind;
        fromVersion: number | null;
        toVersion: number | null;
        fields: Array<{ field: string; segments: Array<{ kind: DiffSegmentKind; text: string }> }>;
      };
    }>;
  };
};

export type IepAssignableTeamQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepAssignableTeamQuery = {
  iepTeam: { iepId: string; members: Array<{ userId: string; displayName: string; role: UserRole }> };
};

export type IepThreadCountsQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepThreadCountsQuery = {
  iep: { id: string; parts: Array<{ id: string; threadCount: number; openThreadCount: number }> };
};

export type IepViewersQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepViewersQuery = {
  iep: {
    id: string;
    viewers: Array<{
      partId: string | null;
      editing: boolean;
      since: string;
      person: { id: string; displayName: string };
    }>;
  };
};

export type IepChangesSinceLastViewQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepChangesSinceLastViewQuery = {
  iep: {
    id: string;
    changesSinceMyLastView: {
      lastViewedAt: string | null;
      parts: Array<{
        partId: string | null;
        kind: IepPartKind;
        fromVersion: number | null;
        toVersion: number | null;
        fields: Array<{ field: string; segments: Array<{ kind: DiffSegmentKind; text: string }> }>;
      }>;
    };
  };
};

export type MarkIepViewedMutationVariables = Exact<{
  iepId: string | number;
}>;

export type MarkIepViewedMutation = { markIepViewed: { id: string } };

export type AddIepPartMutationVariables = Exact<{
  input: AddIepPartInput;
}>;

export type AddIepPartMutation = { addIepPart: { id: string } };

export type AssignIepPartMutationVariables = Exact<{
  input: AssignIepPartInput;
}>;

export type AssignIepPartMutation = {
  assignIepPart: { id: string; viewerCanEdit: boolean; assignee: { id: string; displayName: string } | null };
};

export type SaveIepPartMutationVariables = Exact<{
  input: SaveIepPartInput;
}>;

export type SaveIepPartMutation = {
  saveIepPart: {
    id: string;
    content: Record<string, unknown>;
    version: number;
    unchangedSinceLastYear: boolean;
    updatedAt: string;
    updatedBy: { id: string; displayName: string } | null;
  };
};

export type RemoveIepPartMutationVariables = Exact<{
  input: RemoveIepPartInput;
}>;

export type RemoveIepPartMutation = { removeIepPart: { id: string } };

export type ProposeIepChangeMutationVariables = Exact<{
  input: ProposeIepChangeInput;
}>;

export type ProposeIepChangeMutation = { proposeIepChange: { id: string; status: IepSuggestionStatus } };

export type IepConsentRevocationQueryVariables = Exact<{
  studentId: string | number;
}>;

export type IepConsentRevocationQuery = {
  studentRights: {
    studentId: string;
    consentRevocation: {
      id: string;
      revokedOn: string;
      status: RevocationStatus;
      servicesEndOn: string | null;
    } | null;
  };
};

export type StartIepMutationVariables = Exact<{
  input: StartIepInput;
}>;

export type StartIepMutation = { startIep: { id: string } };

export type AcceptIepSuggestionMutationVariables = Exact<{
  input: AcceptIepSuggestionInput;
}>;

export type AcceptIepSuggestionMutation = {
  acceptIepSuggestion: {
    id: string;
    status: IepSuggestionStatus;
    decidedAt: string | null;
    decisionReason: string | null;
    decidedBy: { id: string; displayName: string } | null;
  };
};

export type RejectIepSuggestionMutationVariables = Exact<{
  input: RejectIepSuggestionInput;
}>;

export type RejectIepSuggestionMutation = {
  rejectIepSuggestion: {
    id: string;
    status: IepSuggestionStatus;
    decidedAt: string | null;
    decisionReason: string | null;
    decidedBy: { id: string; displayName: string } | null;
  };
};

export type WithdrawIepSuggestionMutationVariables = Exact<{
  suggestionId: string | number;
}>;

export type WithdrawIepSuggestionMutation = {
  withdrawIepSuggestion: { id: string; status: IepSuggestionStatus };
};

export type IepActivitySubscriptionVariables = Exact<{
  iepId: string | number;
}>;

export type IepActivitySubscription = {
  iepActivity: {
    iepId: string;
    kind: IepActivityKind;
    subjectId: string | null;
    actorId: string | null;
    at: string;
  };
};

export type ReportIepPresenceMutationVariables = Exact<{
  input: ReportIepPresenceInput;
}>;

export type ReportIepPresenceMutation = { reportIepPresence: boolean };

export type LeaveIepMutationVariables = Exact<{
  iepId: string | number;
}>;

export type LeaveIepMutation = { leaveIep: boolean };

export type StudentAccessRecordQueryVariables = Exact<{
  studentId: string | number;
  before?: string | null | undefined;
  actorId?: string | number | null | undefined;
  event?: string | null | undefined;
}>;

export type StudentAccessRecordQuery = {
  student: { id: string; firstName: string; lastName: string };
  studentAccessRecord: {
    totalCount: number;
    nextCursor: string | null;
    events: Array<string>;
    actors: Array<{ id: string; name: string; role: UserRole | null }>;
    entries: Array<{
      id: string;
      occurredAt: string;
      firstOccurredAt: string;
      count: number;
      actorName: string | null;
      actorRole: UserRole | null;
      event: string;
    }>;
  };
};

export type IepItem_IepFragment = {
  id: string;
  kind: IepKind;
  status: IepStatus;
  canDecide: boolean;
  meetingDate: string | null;
  startDate: string | null;
  annualReviewDue: string | null;
  caseManager: { id: string; displayName: string } | null;
} & { ' $fragmentName'?: 'IepItem_IepFragment' };

export type StudentCard_StudentFragment = {
  id: string;
  firstName: string;
  lastName: string;
  grade: string;
  schoolName: string;
  canStartIep: boolean;
  activeIepId: string | null;
  ieps: Array<{ id: string } & { ' $fragmentRefs'?: { IepItem_IepFragment: IepItem_IepFragment } }>;
} & { ' $fragmentName'?: 'StudentCard_StudentFragment' };

export type StudentsQueryVariables = Exact<{ [key: string]: never }>;

export type StudentsQuery = {
  students: Array<
    { id: string } & { ' $fragmentRefs'?: { StudentCard_StudentFragment: StudentCard_StudentFragment } }
  >;
};

export type SignConsentToEvaluateMutationVariables = Exact<{
  input: SignConsentToEvaluateInput;
}>;

export type SignConsentToEvaluateMutation = { signConsentToEvaluate: { studentId: string } };

export type EvaluationDeadline_DeadlineFragment = {
  kind: DeadlineKind;
  eventDate: string;
  dueDate: string;
  metOn: string | null;
  status: DeadlineStatus;
  closedOn: string | null;
  closedReason: DeadlineClosedReason | null;
  explanation: string;
  estimated: boolean;
} & { ' $fragmentName'?: 'EvaluationDeadline_DeadlineFragment' };

export type StudentEvaluationsQueryVariables = Exact<{
  studentId: string | number;
}>;

export type StudentEvaluationsQuery = {
  studentEvaluations: {
    studentId: string;
    studentName: string;
    lastEvaluatedOn: string | null;
    earliestReevaluationOn: string | null;
    mayRefer: boolean;
    mayRecord: boolean;
    mayConsent: boolean;
    mayReport: boolean;
    reportableAreas: Array<string>;
    consentStatement: string;
    consentIntentVersion: string;
    assessorOptions: Array<{ id: string; displayName: string }>;
    reevaluationDeadline: {
      ' $fragmentRefs'?: { EvaluationDeadline_DeadlineFragment: EvaluationDeadline_DeadlineFragment };
    } | null;
    reevaluationAgreements: Array<{
      id: string;
      agreedOn: string;
      parentName: string;
      note: string;
      recordedByName: string;
    }>;
    evaluations: Array<{
      id: string;
      kind: EvaluationKind;
      stage: EvaluationStage;
      referralSource: ReferralSource;
      referredOn: string;
      referralReason: string;
      referredByName: string;
      agreedWithinYear: boolean;
      consentOn: string | null;
      consentMethod: ConsentMethod | null;
      consentSignedName: string | null;
      delayReason: EvaluationDelayReason | null;
      delayAgreedCompletionOn: string | null;
      delayNote: string | null;
      childProducedOn: string | null;
      determinedOn: string | null;
      eligible: boolean | null;
      disabilityCategory: DisabilityCategory | null;
      determinationSummary: string | null;
      initialIepId: string | null;
      plan: Array<{
        area: EvaluationArea;
        assessorId: string;
        assessorName: string;
        report: {
          id: string;
          authorName: string;
          completedOn: string;
          summary: string;
          fileName: string | null;
          fileSize: number | null;
          fileUrl: string | null;
        } | null;
      }>;
      deadlines: Array<{
        ' $fragmentRefs'?: { EvaluationDeadline_DeadlineFragment: EvaluationDeadline_DeadlineFragment };
      }>;
      notice: {
        id: string;
        action: string;
        sentAt: string;
        actionDescription: string;
        explanation: string;
        evaluationBasis: string;
        proceduralSafeguards: string;
        sourcesForAssistance: string;
        optionsConsidered: string;
        otherFactors: string;
      } | null;
    }>;
  };
};

export type AgreeReevaluationNotNeededMutationVariables = Exact<{
  input: AgreeReevaluationNotNeededInput;
}>;

export type AgreeReevaluationNotNeededMutation = { agreeReevaluationNotNeeded: { studentId: string } };

export type ReferForEvaluationMutationVariables = Exact<{
  input: ReferForEvaluationInput;
}>;

export type ReferForEvaluationMutation = { referForEvaluation: { studentId: string } };

export type RecordPaperConsentToEvaluateMutationVariables = Exact<{
  input: RecordPaperConsentInput;
}>;

export type RecordPaperConsentToEvaluateMutation = { recordPaperConsentToEvaluate: { studentId: string } };

export type PlanEvaluationMutationVariables = Exact<{
  input: PlanEvaluationInput;
}>;

export type PlanEvaluationMutation = { planEvaluation: { studentId: string } };

export type SubmitEvaluationReportMutationVariables = Exact<{
  input: SubmitEvaluationReportInput;
}>;

export type SubmitEvaluationReportMutation = { submitEvaluationReport: { studentId: string } };

export type RecordEvaluationDelayMutationVariables = Exact<{
  input: RecordEvaluationDelayInput;
}>;

export type RecordEvaluationDelayMutation = { recordEvaluationDelay: { studentId: string } };

export type RecordChildProducedMutationVariables = Exact<{
  input: RecordChildProducedInput;
}>;

export type RecordChildProducedMutation = { recordChildProduced: { studentId: string } };

export type DetermineEligibilityMutationVariables = Exact<{
  input: DetermineEligibilityInput;
}>;

export type DetermineEligibilityMutation = { determineEligibility: { studentId: string } };

export type StartInitialIepFromEvaluationMutationVariables = Exact<{
  evaluationId: string | number;
}>;

export type StartInitialIepFromEvaluationMutation = { startInitialIepFromEvaluation: { studentId: string } };

export type RecordMeetingAttendanceMutationVariables = Exact<{
  input: RecordMeetingAttendanceInput;
}>;

export type RecordMeetingAttendanceMutation = { recordMeetingAttendance: { id: string } };

export type MarkMeetingHeldMutationVariables = Exact<{
  meetingId: string | number;
  version: number;
}>;

export type MarkMeetingHeldMutation = { markMeetingHeld: { id: string } };

export type CancelIepMeetingMutationVariables = Exact<{
  meetingId: string | number;
  reason: string;
}>;

export type CancelIepMeetingMutation = { cancelIepMeeting: { id: string } };

export type RequestMeetingExcusalMutationVariables = Exact<{
  input: RequestMeetingExcusalInput;
}>;

export type RequestMeetingExcusalMutation = { requestMeetingExcusal: { id: string } };

export type MeetingPage_MeetingFragment = {
  id: string;
  purpose: MeetingPurpose;
  status: MeetingStatus;
  startsAt: string;
  timeZone: string;
  localDate: string;
  localTime: string;
  durationMinutes: number;
  location: string | null;
  callIn: string | null;
  noticeSentAt: string;
  noticeDays: number;
  shortNoticeAgreed: boolean;
  notes: string;
  version: number;
  cancelReason: string | null;
  viewerCanManage: boolean;
  viewerIsRightsHolder: boolean;
  studentFirstName: string;
  viewerCanSeeIep: boolean;
  viewerCanSignAttendance: boolean;
  discussesTransition: boolean;
  calendarInvitation: string | null;
  noticeDeadline: { id: string; dueDate: string; metOn: string | null } | null;
  viewerInvitation: { userId: string; response: MeetingResponse } | null;
  requiredMembers: Array<{ member: RequiredMember; state: RequiredSeatState }>;
  attendanceSignatures: Array<{ userId: string; name: string; role: UserRole; signedAt: string }>;
  invitees: Array<{
    userId: string;
    displayName: string;
    teamRole: string;
    isGuardian: boolean;
    response: MeetingResponse;
    message: string | null;
    proposedTimes: Array<string>;
  }>;
  attendance: Array<{
    id: string;
    userId: string | null;
    name: string;
    capacity: string;
    status: AttendanceStatus | null;
    writtenInputSubmitted: boolean;
    interpretsEvaluations: boolean;
    excusalRequestedAt: string | null;
    excusalReason: string | null;
    parentAgreedByName: string | null;
    parentAgreedAt: string | null;
    districtAgreedByName: string | null;
    districtAgreedAt: string | null;
  }>;
} & { ' $fragmentName'?: 'MeetingPage_MeetingFragment' };

export type IepMeetingPageQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepMeetingPageQuery = {
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    meetings: Array<{ ' $fragmentRefs'?: { MeetingPage_MeetingFragment: MeetingPage_MeetingFragment } }>;
  };
  iepTeam: {
    iepId: string;
    studentFirstName: string;
    viewerCanManage: boolean;
    members: Array<{ userId: string; displayName: string; teamRole: string; isGuardian: boolean }>;
  };
};

export type IepMeetingOneQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type IepMeetingOneQuery = {
  iepMeeting: { ' $fragmentRefs'?: { MeetingPage_MeetingFragment: MeetingPage_MeetingFragment } };
};

export type AgreeToMeetingExcusalMutationVariables = Exact<{
  attendanceId: string | number;
}>;

export type AgreeToMeetingExcusalMutation = { agreeToMeetingExcusal: { id: string } };

export type SaveMeetingNotesMutationVariables = Exact<{
  meetingId: string | number;
  version: number;
  notes: string;
}>;

export type SaveMeetingNotesMutation = { saveMeetingNotes: { id: string } };

export type RescheduleIepMeetingMutationVariables = Exact<{
  input: RescheduleIepMeetingInput;
}>;

export type RescheduleIepMeetingMutation = { rescheduleIepMeeting: { id: string } };

export type RespondToIepMeetingMutationVariables = Exact<{
  input: RespondToIepMeetingInput;
}>;

export type RespondToIepMeetingMutation = { respondToIepMeeting: { id: string } };

export type ScheduleIepMeetingMutationVariables = Exact<{
  input: ScheduleIepMeetingInput;
}>;

export type ScheduleIepMeetingMutation = { scheduleIepMeeting: { id: string } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type BellNotificationsQueryVariables = Exact<{
  first: number;
}>;

export type BellNotificationsQuery = {
  notifications: Array<{
    id: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    createdAt: string;
    readAt: string | null;
  }>;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationSettings_PreferenceFragment = {
  reminderKind: ReminderKind;
  deadlineKind: DeadlineKind;
  email: boolean;
  inApp: boolean;
} & { ' $fragmentName'?: 'NotificationSettings_PreferenceFragment' };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type MyNotificationPreferencesQuery = {
  myNotificationPreferences: Array<{
    reminderKind: ReminderKind;
    deadlineKind: DeadlineKind;
    email: boolean;
    inApp: boolean;
  }>;
};

export type UpdateMyNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;

export type UpdateMyNotificationPreferencesMutation = {
  updateMyNotificationPreferences: Array<{
    reminderKind: ReminderKind;
    deadlineKind: DeadlineKind;
    email: boolean;
    inApp: boolean;
  }>;
};

export type SetMyLanguageMutationVariables = Exact<{
  language: string;
}>;

export type SetMyLanguageMutation = { setMyLanguage: { id: string; locale: string } };

export type MyNotificationEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type MyNotificationEventsSubscription = { myNotificationEvents: { at: string } };

export type ProgressGoal_MeasureFragment = {
  kind: GoalMeasureKind;
  baseline: number;
  target: number;
  targetDate: string;
  unit: string;
  trials: number | null;
  scaleMin: number;
  scaleMax: number;
  wholeNumbers: boolean;
} & { ' $fragmentName'?: 'ProgressGoal_MeasureFragment' };

export type ProgressGoal_PointFragment = {
  id: string;
  value: number;
  observedOn: string;
  setting: string;
  note: string;
  version: number;
  recordedBy: { id: string; displayName: string };
} & { ' $fragmentName'?: 'ProgressGoal_PointFragment' };

export type ProgressGoal_ChartFragment = {
  partId: string;
  area: string;
  annualGoal: string;
  aimStartDate: string | null;
  measure: {
    kind: GoalMeasureKind;
    baseline: number;
    target: number;
    targetDate: string;
    unit: string;
    trials: number | null;
    scaleMin: number;
    scaleMax: number;
    wholeNumbers: boolean;
  } | null;
  points: Array<{
    id: string;
    value: number;
    observedOn: string;
    setting: string;
    note: string;
    version: number;
    recordedBy: { id: string; displayName: string };
  }>;
  trend: {
    slopePerWeek: number;
    projectedAtTargetDate: number;
    fromDate: string;
    fromValue: number;
    toDate: string;
    toValue: number;
    pointsUsed: number;
  } | null;
  flags: Array<{
    rule: GoalFlagRule;
    windowStart: string;
    windowEnd: string;
    acknowledgment: {
      id: string;
      note: string;
      acknowledgedAt: string;
      acknowledgedBy: { id: string; displayName: string };
    } | null;
  }>;
} & { ' $fragmentName'?: 'ProgressGoal_ChartFragment' };

export type IepProgressQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepProgressQuery = {
  iep: { id: string; studentFirstName: string; status: IepStatus };
  iepProgress: Array<{
    needsMeasure: boolean;
    viewerCanRecord: boolean;
    partId: string;
    area: string;
    annualGoal: string;
    aimStartDate: string | null;
    measure: {
      kind: GoalMeasureKind;
      baseline: number;
      target: number;
      targetDate: string;
      unit: string;
      trials: number | null;
      scaleMin: number;
      scaleMax: number;
      wholeNumbers: boolean;
    } | null;
    points: Array<{
      id: string;
      value: number;
      observedOn: string;
      setting: string;
      note: string;
      version: number;
      recordedBy: { id: string; displayName: string };
    }>;
    trend: {
      slopePerWeek: number;
      projectedAtTargetDate: number;
      fromDate: string;
      fromValue: number;
      toDate: string;
      toValue: number;
      pointsUsed: number;
    } | null;
    flags: Array<{
      rule: GoalFlagRule;
      windowStart: string;
      windowEnd: string;
      acknowledgment: {
        id: string;
        note: string;
        acknowledgedAt: string;
        acknowledgedBy: { id: string; displayName: string };
      } | null;
    }>;
  }>;
};

export type RecordGoalDataPointMutationVariables = Exact<{
  input: RecordGoalDataPointInput;
}>;

export type RecordGoalDataPointMutation = {
  recordGoalDataPoint: {
    partId: string;
    id: string;
    value: number;
    observedOn: string;
    setting: string;
    note: string;
    version: number;
    recordedBy: { id: string; displayName: string };
  };
};

export type AcknowledgeGoalFlagMutationVariables = Exact<{
  input: AcknowledgeGoalFlagInput;
}>;

export type AcknowledgeGoalFlagMutation = {
  acknowledgeGoalFlag: {
    partId: string;
    flags: Array<{ rule: GoalFlagRule; acknowledgment: { id: string; note: string } | null }>;
  };
};

export type IepProgressReportsQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepProgressReportsQuery = {
  iep: { id: string; studentFirstName: string };
  iepProgressReports: Array<{
    id: string | null;
    status: ProgressReportStatus;
    dueDate: string;
    digest: string | null;
    sentAt: string | null;
    readAt: string | null;
    viewerCanSend: boolean;
    viewerCanConfirmRead: boolean;
    pdfUrl: string | null;
    sentBy: { id: string; displayName: string } | null;
    readBy: { id: string; displayName: string } | null;
    period: { id: string; name: string; firstDay: string; lastDay: string };
    entries: Array<{
      partId: string;
      code: ProgressReportCode | null;
      narrative: string;
      version: number;
      viewerCanWrite: boolean;
      updatedBy: { id: string; displayName: string } | null;
      questions: Array<{
        id: string;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
      }>;
      progress: {
        partId: string;
        area: string;
        annualGoal: string;
        aimStartDate: string | null;
        measure: {
          kind: GoalMeasureKind;
          baseline: number;
          target: number;
          targetDate: string;
          unit: string;
          trials: number | null;
          scaleMin: number;
          scaleMax: number;
          wholeNumbers: boolean;
        } | null;
        points: Array<{
          id: string;
          value: number;
          observedOn: string;
          setting: string;
          note: string;
          version: number;
          recordedBy: { id: string; displayName: string };
        }>;
        trend: {
          slopePerWeek: number;
          projectedAtTargetDate: number;
          fromDate: string;
          fromValue: number;
          toDate: string;
          toValue: number;
          pointsUsed: number;
        } | null;
        flags: Array<{
          rule: GoalFlagRule;
          windowStart: string;
          windowEnd: string;
          acknowledgment: {
            id: string;
            note: string;
            acknowledgedAt: string;
            acknowledgedBy: { id: string; displayName: string };
          } | null;
        }>;
      };
    }>;
  }>;
};

export type SaveProgressReportEntryMutationVariables = Exact<{
  input: SaveProgressReportEntryInput;
}>;

export type SaveProgressReportEntryMutation = {
  saveProgressReportEntry: {
    partId: string;
    code: ProgressReportCode | null;
    narrative: string;
    version: number;
  };
};

export type SendProgressReportMutationVariables = Exact<{
  iepId: string | number;
  periodId: string | number;
}>;

export type SendProgressReportMutation = {
  sendProgressReport: { id: string | null; status: ProgressReportStatus; digest: string | null };
};

export type MarkProgressReportReadMutationVariables = Exact<{
  reportId: string | number;
}>;

export type MarkProgressReportReadMutation = {
  markProgressReportRead: { id: string | null; readAt: string | null; viewerCanConfirmRead: boolean };
};

export type AskProgressReportQuestionMutationVariables = Exact<{
  input: AskProgressReportQuestionInput;
}>;

export type AskProgressReportQuestionMutation = { askProgressReportQuestion: { id: string; body: string } };

export type ProgressCaseloadQueryVariables = Exact<{ [key: string]: never }>;

export type ProgressCaseloadQuery = {
  myProgressCaseload: Array<{
    iepId: string;
    studentId: string;
    studentName: string;
    goals: Array<{
      partId: string;
      area: string;
      viewerCanRecord: boolean;
      measure: {
        kind: GoalMeasureKind;
        baseline: number;
        target: number;
        targetDate: string;
        unit: string;
        trials: number | null;
        scaleMin: number;
        scaleMax: number;
        wholeNumbers: boolean;
      } | null;
      flags: Array<{ rule: GoalFlagRule; acknowledgment: { id: string } | null }>;
    }>;
  }>;
};

export type RevokeConsentForServicesMutationVariables = Exact<{
  input: RevokeConsentForServicesInput;
}>;

export type RevokeConsentForServicesMutation = { revokeConsentForServices: { studentId: string } };

export type ServicesStatus_RevocationFragment = { status: RevocationStatus; servicesEndOn: string | null } & {
  ' $fragmentName'?: 'ServicesStatus_RevocationFragment';
};

export type RevocationStatus_RevocationFragment = {
  revokedOn: string;
  revokedByName: string;
  reason: string;
  noticeStatus: string | null;
  noticePdfUrl: string | null;
  status: RevocationStatus;
  servicesEndOn: string | null;
} & { ' $fragmentName'?: 'RevocationStatus_RevocationFragment' };

export type SetServicesEndAfterRevocationMutationVariables = Exact<{
  input: SetServicesEndInput;
}>;

export type SetServicesEndAfterRevocationMutation = { setServicesEndAfterRevocation: { studentId: string } };

export type MajorityStatus_MajorityFragment = {
  standing: RightsStanding;
  ageOfMajority: number;
  citation: string;
  majorityOn: string;
  transferredOn: string | null;
  guardianshipOn: string | null;
  transferNoticeDue: boolean;
} & { ' $fragmentName'?: 'MajorityStatus_MajorityFragment' };

export type RecordAdultGuardianshipMutationVariables = Exact<{
  input: RecordAdultGuardianshipInput;
}>;

export type RecordAdultGuardianshipMutation = { recordAdultGuardianship: { studentId: string } };

export type StudentRecordsRequestsQueryVariables = Exact<{
  studentId: string | number;
}>;

export type StudentRecordsRequestsQuery = {
  studentRecordsRequests: {
    studentId: string;
    studentFirstName: string;
    viewerCanRequest: boolean;
    viewerCanPrepare: boolean;
    requests: Array<{
      id: string;
      status: RecordsRequestStatus;
      requestedOn: string;
      requestedByName: string;
      note: string;
      dueDate: string;
      dueExplanation: string;
      dueBeforeMeeting: string | null;
      metOn: string | null;
      preparedAt: string | null;
      preparedByName: string | null;
      exportBytes: number | null;
      exportSha256: string | null;
      fileCount: number | null;
      deliveredAt: string | null;
      deliveredToName: string | null;
      downloadUrl: string | null;
    }>;
  };
};

export type StudentRecords_RequestsFragment = {
  studentId: string;
  studentFirstName: string;
  viewerCanRequest: boolean;
  viewerCanPrepare: boolean;
  requests: Array<{
    id: string;
    status: RecordsRequestStatus;
    requestedOn: string;
    requestedByName: string;
    note: string;
    dueDate: string;
    dueExplanation: string;
    dueBeforeMeeting: string | null;
    metOn: string | null;
    preparedAt: string | null;
    preparedByName: string | null;
    exportBytes: number | null;
    exportSha256: string | null;
    fileCount: number | null;
    deliveredAt: string | null;
    deliveredToName: string | null;
    downloadUrl: string | null;
  }>;
} & { ' $fragmentName'?: 'StudentRecords_RequestsFragment' };

export type RequestRecordsMutationVariables = Exact<{
  input: RequestRecordsInput;
}>;

export type RequestRecordsMutation = {
  requestRecords: {
    studentId: string;
    studentFirstName: string;
    viewerCanRequest: boolean;
    viewerCanPrepare: boolean;
    requests: Array<{
      id: string;
      status: RecordsRequestStatus;
      requestedOn: string;
      requestedByName: string;
      note: string;
      dueDate: string;
      dueExplanation: string;
      dueBeforeMeeting: string | null;
      metOn: string | null;
      preparedAt: string | null;
      preparedByName: string | null;
      exportBytes: number | null;
      exportSha256: string | null;
      fileCount: number | null;
      deliveredAt: string | null;
      deliveredToName: string | null;
      downloadUrl: string | null;
    }>;
  };
};

export type PrepareRecordsExportMutationVariables = Exact<{
  input: PrepareRecordsExportInput;
}>;

export type PrepareRecordsExportMutation = {
  prepareRecordsExport: {
    studentId: string;
    studentFirstName: string;
    viewerCanRequest: boolean;
    viewerCanPrepare: boolean;
    requests: Array<{
      id: string;
      status: RecordsRequestStatus;
      requestedOn: string;
      requestedByName: string;
      note: string;
      dueDate: string;
      dueExplanation: string;
      dueBeforeMeeting: string | null;
      metOn: string | null;
      preparedAt: string | null;
      preparedByName: string | null;
      exportBytes: number | null;
      exportSha256: string | null;
      fileCount: number | null;
      deliveredAt: string | null;
      deliveredToName: string | null;
      downloadUrl: string | null;
    }>;
  };
};

export type StudentRightsQueryVariables = Exact<{
  studentId: string | number;
}>;

export type StudentRightsQuery = {
  studentRights: {
    studentId: string;
    studentFirstName: string;
    safeguardsLastReceivedOn: string | null;
    safeguardsGivenThisYear: boolean;
    viewerCanRecord: boolean;
    viewerCanRevoke: boolean;
    revocationIntent: string;
    revocationIntentVersion: string;
    majority: {
      guardianshipNote: string;
      standing: RightsStanding;
      ageOfMajority: number;
      citation: string;
      majorityOn: string;
      transferredOn: string | null;
      guardianshipOn: string | null;
      transferNoticeDue: boolean;
    };
    consentRevocation: {
      id: string;
      revokedOn: string;
      revokedByName: string;
      reason: string;
      noticeStatus: string | null;
      noticePdfUrl: string | null;
      status: RevocationStatus;
      servicesEndOn: string | null;
    } | null;
    safeguardsDeliveries: Array<{
      id: string;
      recipientName: string;
      occasion: SafeguardsOccasion;
      channel: DeliveryChannel;
      locale: string;
      deliveredOn: string;
      recordedByName: string;
    }>;
  };
};

export type RecordSafeguardsDeliveryMutationVariables = Exact<{
  input: RecordSafeguardsDeliveryInput;
}>;

export type RecordSafeguardsDeliveryMutation = {
  recordSafeguardsDelivery: {
    studentId: string;
    safeguardsLastReceivedOn: string | null;
    safeguardsGivenThisYear: boolean;
  };
};

export type PlanCompensatoryMinutesMutationVariables = Exact<{
  input: PlanCompensatoryMinutesInput;
}>;

export type PlanCompensatoryMinutesMutation = {
  planCompensatoryMinutes: { owed: number; planned: number; delivered: number };
};

export type GroupSessionServicesQueryVariables = Exact<{ [key: string]: never }>;

export type GroupSessionServicesQuery = {
  myGroupSessionServices: Array<{
    serviceId: string;
    iepId: string;
    studentName: string;
    category: string;
    description: string;
    minutes: number | null;
    startDate: string | null;
    endDate: string | null;
    location: string;
    goals: Array<{
      id: string;
      area: string;
      scaleMin: number | null;
      scaleMax: number | null;
      wholeNumbers: boolean;
      viewerCanRecord: boolean;
    }>;
  }>;
};

export type RecordGroupSessionMutationVariables = Exact<{
  input: RecordGroupSessionInput;
}>;

export type RecordGroupSessionMutation = {
  recordGroupSession: { replayed: boolean; dataPoints: number; sessions: Array<{ id: string }> };
};

export type IepServicesPageQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepServicesPageQuery = {
  iepTeam: { iepId: string; studentFirstName: string };
  iepServiceDelivery: Array<{
    serviceId: string;
    description: string;
    providerRole: string;
    minutes: number | null;
    frequency: string | null;
    startDate: string | null;
    endDate: string | null;
    location: string;
    providerName: string | null;
    viewerCanRecord: boolean;
    requiredIsEstimate: boolean;
    underDelivered: boolean;
    compensatoryBalance: number;
    compensatory: {
      owed: number;
      planned: number;
      delivered: number;
      plans: Array<{ id: string; date: string; minutes: number; fulfilledBySessionId: string | null }>;
    };
    goals: Array<{ id: string; area: string }>;
    toDate: { required: number; delivered: number; excused: number; missedBySchool: number; madeUp: number };
    lastFourWeeks: { required: number; delivered: number };
    weeks: Array<{
      weekStart: string;
      schoolDays: number;
      required: number;
      delivered: number;
      excused: number;
      missedBySchool: number;
      madeUp: number;
    }>;
    sessions: Array<{
      id: string;
      date: string;
      minutes: number;
      groupSize: number;
      status: SessionStatus;
      providerName: string;
    }>;
  }>;
};

export type RecordServiceSessionMutationVariables = Exact<{
  input: RecordServiceSessionInput;
}>;

export type RecordServiceSessionMutation = { recordServiceSession: { id: string } };

export type ServiceDeliveryDashboardPageQueryVariables = Exact<{
  filter?: ServiceDeliveryFilterInput | null | undefined;
}>;

export type ServiceDeliveryDashboardPageQuery = {
  serviceDeliveryDashboard: {
    asOf: string;
    services: number;
    underDelivered: number;
    compensatoryOwed: number;
    groups: Array<{
      dimension: string;
      key: string | null;
      label: string | null;
      services: number;
      underDelivered: number;
      compensatoryOwed: number;
    }>;
    rows: Array<{
      serviceId: string;
      iepId: string;
      studentName: string;
      schoolName: string;
      providerName: string | null;
      category: string;
      description: string;
      required: number;
      delivered: number;
      compensatoryBalance: number;
      compensatoryPlanned: number;
      underDelivered: boolean;
    }>;
  };
};

export type ChangePasswordAccountQueryVariables = Exact<{ [key: string]: never }>;

export type ChangePasswordAccountQuery = { me: { id: string; email: string; displayName: string } | null };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: { user: { id: string; displayName: string; locale: string; role: UserRole } };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SignoffAmendmentChangesQueryVariables = Exact<{
  iepId: string | number;
}>;

export type SignoffAmendmentChangesQuery = {
  iepVersionDiff: {
    fromIepId: string;
    fromVersion: number;
    toIepId: string;
    toVersion: number | null;
    parts: Array<{
      kind: IepPartKind;
      change: string;
      fromPartId: string | null;
      toPartId: string | null;
      fields: Array<{ field: string; segments: Array<{ kind: DiffSegmentKind; text: string }> }>;
    }>;
  };
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    parts: Array<{ id: string; kind: IepPartKind; position: number; content: Record<string, unknown> }>;
  };
  iepTeam: { iepId: string; studentFirstName: string };
};

export type SignoffAttendanceIntentQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;

export type SignoffAttendanceIntentQuery = {
  signatureIntent: { version: string; locale: string; statement: string };
};

export type SignoffSignIepAttendanceMutationVariables = Exact<{
  input: SignIepAttendanceInput;
}>;

export type SignoffSignIepAttendanceMutation = {
  signIepAttendance: { id: string; signedAt: string; typedName: string };
};

export type SignoffDecision_DecisionFragment = {
  id: string;
  version: number;
  kind: IepDecisionKind;
  decidedAt: string;
  signedOn: string | null;
  effectiveOn: string | null;
  reasons: Array<string>;
  exceptedPartIds: Array<string>;
  amendmentIepId: string | null;
  decidedBy: { id: string; displayName: string } | null;
} & { ' $fragmentName'?: 'SignoffDecision_DecisionFragment' };

export type SignoffMyElectronicRecordsConsentQueryVariables = Exact<{ [key: string]: never }>;

export type SignoffMyElectronicRecordsConsentQuery = {
  myElectronicRecordsConsent: {
    id: string;
    disclosureVersion: string;
    locale: string;
    agreedAt: string;
    withdrawnAt: string | null;
    current: boolean;
  } | null;
};

export type SignoffWithdrawElectronicRecordsConsentMutationVariables = Exact<{ [key: string]: never }>;

export type SignoffWithdrawElectronicRecordsConsentMutation = {
  withdrawElectronicRecordsConsent: { id: string; withdrawnAt: string | null; current: boolean };
};

export type SignoffFinalizePageQueryVariables = Exact<{
  iepId: string | number;
}>;

export type SignoffFinalizePageQuery = {
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    canFinalize: boolean;
    parts: Array<{ id: string; kind: IepPartKind; position: number; content: Record<string, unknown> }>;
    qualityChecks: Array<{
      code: string;
      severity: IepQualitySeverity;
      partId: string | null;
      message: string;
    }>;
  };
  iepTeam: {
    iepId: string;
    studentFirstName: string;
    members: Array<{ userId: string; isGuardian: boolean }>;
  };
};

export type SignoffFinalizeIepMutationVariables = Exact<{
  input: FinalizeIepInput;
}>;

export type SignoffFinalizeIepMutation = {
  finalizeIep: {
    id: string;
    status: IepStatus;
    canFinalize: boolean;
    canWithdrawProposal: boolean;
    currentVersion: { id: string; number: number; digest: string } | null;
  };
};

export type SignoffIepStatusQueryVariables = Exact<{
  iepId: string | number;
}>;

export type SignoffIepStatusQuery = {
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    studentId: string;
    derivedFromIepId: string | null;
    supersededByIepId: string | null;
    canFinalize: boolean;
    canWithdrawProposal: boolean;
    canDecide: boolean;
    canManagePriorWrittenNotices: boolean;
    requiresParentSignature: boolean;
    currentVersion: { id: string; number: number } | null;
    priorWrittenNotices: Array<{
      id: string;
      source: PriorWrittenNoticeSource;
      action: PriorWrittenNoticeAction;
      status: PriorWrittenNoticeStatus;
      createdAt: string;
      sentAt: string | null;
    }>;
  };
  iepTeam: { iepId: string; studentFirstName: string };
};

export type SignoffStudentForAmendmentQueryVariables = Exact<{
  studentId: string | number;
}>;

export type SignoffStudentForAmendmentQuery = {
  student: { id: string; canStartIep: boolean; activeIepId: string | null };
};

export type SignoffStartAmendmentMutationVariables = Exact<{
  input: StartIepInput;
}>;

export type SignoffStartAmendmentMutation = { startIep: { id: string } };

export type SignoffWithdrawProposalMutationVariables = Exact<{
  iepId: string | number;
}>;

export type SignoffWithdrawProposalMutation = {
  withdrawIepProposal: {
    id: string;
    status: IepStatus;
    canFinalize: boolean;
    canWithdrawProposal: boolean;
    canDecide: boolean;
  };
};

export type SignoffVersion_VersionFragment = {
  id: string;
  number: number;
  digest: string;
  frozenAt: string;
  pdfUrl: string;
  certificateUrl: string;
  frozenBy: { id: string; displayName: string } | null;
} & { ' $fragmentName'?: 'SignoffVersion_VersionFragment' };

export type SignoffIepTimelineQueryVariables = Exact<{
  iepId: string | number;
}>;

export type SignoffIepTimelineQuery = {
  iep: {
    id: string;
    status: IepStatus;
    versions: Array<{
      id: string;
      number: number;
      digest: string;
      frozenAt: string;
      pdfUrl: string;
      certificateUrl: string;
      frozenBy: { id: string; displayName: string } | null;
    }>;
    decisions: Array<{
      ' $fragmentRefs'?: { SignoffDecision_DecisionFragment: SignoffDecision_DecisionFragment };
    }>;
    signatures: Array<{
      id: string;
      purpose: SignaturePurpose;
      version: number | null;
      meetingId: string | null;
      signerRole: string;
      typedName: string;
      signedAt: string;
      signer: { id: string; displayName: string };
    }>;
  };
};

export type SignoffNoticePageQueryVariables = Exact<{
  id: string | number;
  iepId: string | number;
}>;

export type SignoffNoticePageQuery = {
  priorWrittenNotice: { ' $fragmentRefs'?: { SignoffNoticeFieldsFragment: SignoffNoticeFieldsFragment } };
  iep: { id: string; canManagePriorWrittenNotices: boolean };
  iepTeam: { iepId: string; studentFirstName: string };
};

export type SignoffNoticeFieldsFragment = {
  id: string;
  iepId: string;
  source: PriorWrittenNoticeSource;
  action: PriorWrittenNoticeAction;
  status: PriorWrittenNoticeStatus;
  version: number;
  locale: string;
  actionDescription: string;
  explanation: string;
  evaluationBasis: string;
  proceduralSafeguards: string;
  sourcesForAssistance: string;
  optionsConsidered: string;
  otherFactors: string;
  createdAt: string;
  sentAt: string | null;
  pdfUrl: string;
  sentBy: { id: string; displayName: string } | null;
} & { ' $fragmentName'?: 'SignoffNoticeFieldsFragment' };

export type SignoffCurrentNoticeQueryVariables = Exact<{
  id: string | number;
}>;

export type SignoffCurrentNoticeQuery = {
  priorWrittenNotice: { ' $fragmentRefs'?: { SignoffNoticeFieldsFragment: SignoffNoticeFieldsFragment } };
};

export type SignoffUpdateNoticeMutationVariables = Exact<{
  input: UpdatePriorWrittenNoticeInput;
}>;

export type SignoffUpdateNoticeMutation = {
  updatePriorWrittenNotice: {
    ' $fragmentRefs'?: { SignoffNoticeFieldsFragment: SignoffNoticeFieldsFragment };
  };
};

export type SignoffSendNoticeMutationVariables = Exact<{
  input: SendPriorWrittenNoticeInput;
}>;

export type SignoffSendNoticeMutation = {
  sendPriorWrittenNotice: { ' $fragmentRefs'?: { SignoffNoticeFieldsFragment: SignoffNoticeFieldsFragment } };
};

export type SignoffElectronicRecordsDisclosureQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;

export type SignoffElectronicRecordsDisclosureQuery = {
  electronicRecordsDisclosure: { version: string; locale: string; title: string; paragraphs: Array<string> };
};

export type SignoffAgreeToElectronicRecordsMutationVariables = Exact<{
  input: AgreeToElectronicRecordsInput;
}>;

export type SignoffAgreeToElectronicRecordsMutation = {
  agreeToElectronicRecords: {
    id: string;
    disclosureVersion: string;
    locale: string;
    agreedAt: string;
    withdrawnAt: string | null;
    current: boolean;
  };
};

export type SignoffReviewQueryVariables = Exact<{
  iepId: string | number;
}>;

export type SignoffReviewQuery = {
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    canDecide: boolean;
    currentVersion: {
      id: string;
      number: number;
      digest: string;
      frozenAt: string;
      pdfUrl: string;
      parts: Array<{
        id: string;
        kind: IepPartKind;
        position: number;
        content: Record<string, unknown>;
        excepted: boolean;
      }>;
    } | null;
    decisions: Array<{
      id: string;
      version: number;
      kind: IepDecisionKind;
      decidedAt: string;
      decidedBy: { id: string; displayName: string } | null;
    }>;
  };
  iepTeam: { iepId: string; studentFirstName: string };
  myElectronicRecordsConsent: { id: string; current: boolean } | null;
};

export type SignoffMarkIepReviewedMutationVariables = Exact<{
  input: MarkIepReviewedInput;
}>;

export type SignoffMarkIepReviewedMutation = {
  markIepReviewed: { id: string; kind: IepDecisionKind; version: number; decidedAt: string };
};

export type SignoffDecisionIntentQueryVariables = Exact<{
  decision: IepParentDecision;
  locale?: string | null | undefined;
}>;

export type SignoffDecisionIntentQuery = {
  signatureIntent: { version: string; locale: string; statement: string };
};

export type SignoffDecideOnIepMutationVariables = Exact<{
  input: DecideOnIepInput;
}>;

export type SignoffDecideOnIepMutation = {
  decideOnIep: { id: string; version: number; kind: IepDecisionKind; amendmentIepId: string | null };
};

export type SignoffVersionQueryVariables = Exact<{
  iepId: string | number;
  version: number;
}>;

export type SignoffVersionQuery = {
  iepVersion: {
    acknowledgedWarnings: Array<string>;
    id: string;
    number: number;
    digest: string;
    frozenAt: string;
    pdfUrl: string;
    certificateUrl: string;
    parts: Array<{
      id: string;
      kind: IepPartKind;
      position: number;
      content: Record<string, unknown>;
      excepted: boolean;
    }>;
    frozenBy: { id: string; displayName: string } | null;
  };
  iep: {
    id: string;
    kind: IepKind;
    status: IepStatus;
    decisions: Array<{
      ' $fragmentRefs'?: { SignoffDecision_DecisionFragment: SignoffDecision_DecisionFragment };
    }>;
    signatures: Array<{
      id: string;
      purpose: SignaturePurpose;
      version: number | null;
      digest: string | null;
      signerRole: string;
      typedName: string;
      intentStatement: string;
      intentStatementVersion: string;
      electronicRecordsDisclosureVersion: string;
      signedAt: string;
      ip: string | null;
      userAgent: string | null;
      signer: { id: string; displayName: string };
    }>;
  };
  iepTeam: { iepId: string; studentFirstName: string };
};

export type SignoffVerifyVersionQueryVariables = Exact<{
  iepId: string | number;
  version: number;
}>;

export type SignoffVerifyVersionQuery = {
  verifyIepVersion: {
    iepId: string;
    version: number;
    storedDigest: string;
    computedDigest: string;
    intact: boolean;
    checkedAt: string;
    signatures: Array<{ signatureId: string; digest: string; matches: boolean }>;
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    iepId: string;
    user: { id: string; displayName: string; locale: string; role: UserRole };
  };
};

export type IepTeamQueryVariables = Exact<{
  iepId: string | number;
}>;

export type IepTeamQuery = {
  iep: { id: string; kind: IepKind; status: IepStatus };
  iepTeam: {
    iepId: string;
    studentFirstName: string;
    viewerCanManage: boolean;
    invitableRoles: Array<UserRole>;
    members: Array<
      { userId: string } & {
        ' $fragmentRefs'?: { TeamMemberItem_MemberFragment: TeamMemberItem_MemberFragment };
      }
    >;
    pendingInvitations: Array<
      { id: string } & {
        ' $fragmentRefs'?: {
          PendingInvitationItem_InvitationFragment: PendingInvitationItem_InvitationFragment;
        };
      }
    >;
  };
};

export type RemoveTeamMemberMutationVariables = Exact<{
  iepId: string | number;
  userId: string | number;
}>;

export type RemoveTeamMemberMutation = { removeTeamMember: boolean };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;

export type InvitationQuery = {
  invitation: {
    studentFirstName: string;
    inviterName: string;
    teamRole: string;
    role: UserRole;
    email: string;
    displayName: string;
    needsPassword: boolean;
    expiresAt: string;
  };
};

export type InviteToTeamMutationVariables = Exact<{
  input: InviteToTeamInput;
}>;

export type InviteToTeamMutation = { inviteToTeam: { id: string; email: string } };

export type PendingInvitationItem_InvitationFragment = {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  teamRole: string;
  invitedByName: string;
  sentAt: string;
  expiresAt: string;
} & { ' $fragmentName'?: 'PendingInvitationItem_InvitationFragment' };

export type TeamMemberItem_MemberFragment = {
  userId: string;
  displayName: string;
  role: UserRole;
  teamRole: string;
  invitedByName: string | null;
  expiresAt: string | null;
  isCaseManager: boolean;
  isGuardian: boolean;
} & { ' $fragmentName'?: 'TeamMemberItem_MemberFragment' };

export const AdminCalendar_CalendarFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCalendar_CalendarFragment, unknown>;
export const AdminCalendar_ChangeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCalendar_ChangeFragment, unknown>;
export const AdminStudent_StudentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStudent_student' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistrictStudent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'school' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminStudent_StudentFragment, unknown>;
export const CaseloadStudentCard_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseloadStudentCard_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseloadStudent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'student' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentIepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdueCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waiting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threadsAssigned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalsToDecide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticesToSend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseloadStudentCard_RowFragment, unknown>;
export const IepPartDiffFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepPartDiffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepPartDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepPartDiffFieldsFragment, unknown>;
export const IepItem_IepFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepItem_iep' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Iep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualReviewDue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepItem_IepFragment, unknown>;
export const StudentCard_StudentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudentCard_student' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Student' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canStartIep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeIepId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ieps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IepItem_iep' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepItem_iep' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Iep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualReviewDue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentCard_StudentFragment, unknown>;
export const EvaluationDeadline_DeadlineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDeadline_deadline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationDeadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimated' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationDeadline_DeadlineFragment, unknown>;
export const MeetingPage_MeetingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingPage_meeting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepMeeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortNoticeAgreed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsRightsHolder' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'noticeDeadline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerInvitation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSeeIep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSignAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'discussesTransition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarInvitation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredMembers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'member' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendanceSignatures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenInputSubmitted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretsEvaluations' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excusalRequestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excusalReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentAgreedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentAgreedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'districtAgreedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'districtAgreedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingPage_MeetingFragment, unknown>;
export const NotificationSettings_PreferenceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettings_preference' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reminderKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inApp' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettings_PreferenceFragment, unknown>;
export const ProgressGoal_MeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trials' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wholeNumbers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressGoal_MeasureFragment, unknown>;
export const ProgressGoal_PointFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalDataPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressGoal_PointFragment, unknown>;
export const ProgressGoal_ChartFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_chart' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualGoal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aimStartDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_measure' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_point' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slopePerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedAtTargetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pointsUsed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'acknowledgedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trials' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wholeNumbers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalDataPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressGoal_ChartFragment, unknown>;
export const ServicesStatus_RevocationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesStatus_revocation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentRevocation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servicesEndOn' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesStatus_RevocationFragment, unknown>;
export const RevocationStatus_RevocationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevocationStatus_revocation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentRevocation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticePdfUrl' } },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'ServicesStatus_revocation' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesStatus_revocation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentRevocation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servicesEndOn' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevocationStatus_RevocationFragment, unknown>;
export const MajorityStatus_MajorityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MajorityStatus_majority' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MajorityRights' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'standing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageOfMajority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'majorityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardianshipOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferNoticeDue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MajorityStatus_MajorityFragment, unknown>;
export const StudentRecords_RequestsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudentRecords_requests' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudentRecordsRequests' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRequest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPrepare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueExplanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueBeforeMeeting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportSha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredToName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentRecords_RequestsFragment, unknown>;
export const SignoffDecision_DecisionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffDecision_decision' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceptedPartIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentIepId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffDecision_DecisionFragment, unknown>;
export const SignoffVersion_VersionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffVersion_version' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'frozenBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffVersion_VersionFragment, unknown>;
export const SignoffNoticeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriorWrittenNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proceduralSafeguards' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcesForAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionsConsidered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffNoticeFieldsFragment, unknown>;
export const PendingInvitationItem_InvitationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PendingInvitationItem_invitation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingInvitationItem_InvitationFragment, unknown>;
export const TeamMemberItem_MemberFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberItem_member' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isCaseManager' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamMemberItem_MemberFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AdminSchoolCalendarsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminSchoolCalendars' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolCalendars' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSchoolCalendarsQuery, AdminSchoolCalendarsQueryVariables>;
export const CreateSchoolCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSchoolCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSchoolCalendarInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSchoolCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_change' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSchoolCalendarMutation, CreateSchoolCalendarMutationVariables>;
export const UpdateSchoolCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSchoolCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSchoolCalendarInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSchoolCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_change' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSchoolCalendarMutation, UpdateSchoolCalendarMutationVariables>;
export const AddCalendarClosureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddCalendarClosure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCalendarClosureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addCalendarClosure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_change' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCalendarClosureMutation, AddCalendarClosureMutationVariables>;
export const UpdateCalendarClosureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCalendarClosure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCalendarClosureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCalendarClosure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_change' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCalendarClosureMutation, UpdateCalendarClosureMutationVariables>;
export const RemoveCalendarClosureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveCalendarClosure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCalendarClosure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_change' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_calendar' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendar' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCalendar_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolCalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCalendar_calendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveCalendarClosureMutation, RemoveCalendarClosureMutationVariables>;
export const ReportingPeriodsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingPeriods' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingPeriodsQuery, ReportingPeriodsQueryVariables>;
export const SaveReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveReportingPeriodInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deadlinesWritten' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveReportingPeriodMutation, SaveReportingPeriodMutationVariables>;
export const DeleteReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadlinesClosed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteReportingPeriodMutation, DeleteReportingPeriodMutationVariables>;
export const StateRuleProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StateRuleProfiles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateRuleProfiles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inUse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'initialEvaluationDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'initialEvaluationUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceStartSchoolDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'transitionAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'breaksStopEvaluationClock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'breakMinimumWeekdays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiresParentSignature' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectAfterNoticeDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StateRuleProfilesQuery, StateRuleProfilesQueryVariables>;
export const SetDistrictStateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDistrictStateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDistrictStateProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'profile' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inUse' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadlines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDistrictStateProfileMutation, SetDistrictStateProfileMutationVariables>;
export const UndeliveredEmailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UndeliveredEmails' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'undeliveredEmails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UndeliveredEmailsQuery, UndeliveredEmailsQueryVariables>;
export const RetryEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryEmailMutation, RetryEmailMutationVariables>;
export const RosterImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RosterImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rosterImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problemCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failure' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'entity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deactivated' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'entity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourcedId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterImportQuery, RosterImportQueryVariables>;
export const RosterImportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RosterImports' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rosterImports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RosterImportsQuery, RosterImportsQueryVariables>;
export const ApplyRosterImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyRosterImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyRosterImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyRosterImportMutation, ApplyRosterImportMutationVariables>;
export const RuleProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RuleProfiles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadlineLocale' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateRuleProfiles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inUse' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'initialEvaluation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'excludeBreaksFromCalendarDayCounts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'breakExclusionMinimumWeekdays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstIepMeetingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingNoticeDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceStartSchoolDays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'annualReview' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'months' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reevaluation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'months' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recordsRequest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'transitionAge' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiresParentSignature' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectAfterNoticeDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ageOfMajority' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'note' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'locale' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
                          },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleProfilesQuery, RuleProfilesQueryVariables>;
export const SaveDistrictRuleProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveDistrictRuleProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveDistrictRuleProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveDistrictRuleProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'profile' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inUse' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadlines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'recomputed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveDistrictRuleProfileMutation, SaveDistrictRuleProfileMutationVariables>;
export const AdminSchoolsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminSchools' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schools' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSchoolsQuery, AdminSchoolsQueryVariables>;
export const CreateSchoolDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSchool' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSchool' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const RenameSchoolDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenameSchool' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameSchool' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenameSchoolMutation, RenameSchoolMutationVariables>;
export const DistrictStudentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DistrictStudents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'schoolId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'districtStudents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'schoolId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'schoolId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AdminStudent_student' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'guardians' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'relationship' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rightsHolder' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStudent_student' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistrictStudent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'school' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DistrictStudentsQuery, DistrictStudentsQueryVariables>;
export const AddGuardianDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddGuardian' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddGuardianInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addGuardian' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relationship' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rightsHolder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddGuardianMutation, AddGuardianMutationVariables>;
export const RemoveGuardianDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveGuardian' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeGuardian' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relationship' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rightsHolder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveGuardianMutation, RemoveGuardianMutationVariables>;
export const SetGuardianRightsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetGuardianRights' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetGuardianRightsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGuardianRights' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relationship' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rightsHolder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetGuardianRightsMutation, SetGuardianRightsMutationVariables>;
export const CreateStudentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStudent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStudentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStudent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStudentMutation, CreateStudentMutationVariables>;
export const UpdateStudentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStudent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStudentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStudent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AdminStudent_student' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminStudent_student' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistrictStudent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'school' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStudentMutation, UpdateStudentMutationVariables>;
export const DistrictUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DistrictUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DistrictUsersFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'districtUsers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'specialty' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passwordSet' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DistrictUsersQuery, DistrictUsersQueryVariables>;
export const DeactivateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const CreateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStaffUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'specialty' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const CaseManagersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseManagers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseManagers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'students' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseManagersQuery, CaseManagersQueryVariables>;
export const DistrictCaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DistrictCaseload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseManagerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseManagerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseManagerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'students' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'student' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdueCount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DistrictCaseloadQuery, DistrictCaseloadQueryVariables>;
export const AssignCaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignCaseload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignCaseloadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignCaseload' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignCaseloadMutation, AssignCaseloadMutationVariables>;
export const TransferCaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransferCaseload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferCaseloadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferCaseload' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferCaseloadMutation, TransferCaseloadMutationVariables>;
export const MyCaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCaseload' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCaseload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'students' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'student' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseloadStudentCard_row' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseloadStudentCard_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseloadStudent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'student' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentIepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdueCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waiting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threadsAssigned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalsToDecide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticesToSend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const StudentPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudentPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'student' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ieps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'annualReviewDue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'caseManager' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'proposedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentDeadlines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentRights' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'majority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MajorityStatus_majority' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consentRevocation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ServicesStatus_revocation' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MajorityStatus_majority' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MajorityRights' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'standing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageOfMajority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'majorityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardianshipOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferNoticeDue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesStatus_revocation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentRevocation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servicesEndOn' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentPageQuery, StudentPageQueryVariables>;
export const StudentPageTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudentPageTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentPageTeamQuery, StudentPageTeamQueryVariables>;
export const ComplianceDashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplianceDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplianceFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadlineLocale' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complianceDashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'today' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'familiesWithoutSafeguards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'studentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastReceivedOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'upcoming' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueThisWeek' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'metOnTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'metLate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byKind' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'upcoming' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueThisWeek' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metOnTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metLate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bySchool' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'groupId' },
                        name: { kind: 'Name', value: 'id' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'upcoming' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueThisWeek' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metOnTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metLate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'schoolCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCaseManager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'groupId' },
                        name: { kind: 'Name', value: 'id' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'upcoming' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueThisWeek' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metOnTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'metLate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upcomingWeeks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byKind' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overdue' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'studentName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseManagerName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'explanation' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'locale' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
                                },
                              ],
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'estimated' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplianceDashboardQuery, ComplianceDashboardQueryVariables>;
export const ComplianceFilterOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplianceFilterOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'schoolId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complianceDashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'schoolId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'schoolId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filterOptions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'schools' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'caseManagers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplianceFilterOptionsQuery, ComplianceFilterOptionsQueryVariables>;
export const IepCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentionablePeople' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentThreads' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'partId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignee' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'resolvedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'threadId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mentions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepCommentsQuery, IepCommentsQueryVariables>;
export const StartIepCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartIepCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartIepCommentThreadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startIepCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartIepCommentThreadMutation, StartIepCommentThreadMutationVariables>;
export const ReplyToIepCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplyToIepCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReplyToIepCommentThreadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replyToIepCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplyToIepCommentThreadMutation, ReplyToIepCommentThreadMutationVariables>;
export const AssignIepCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignIepCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignIepCommentThreadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignIepCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignIepCommentThreadMutation, AssignIepCommentThreadMutationVariables>;
export const ResolveIepCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveIepCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'threadId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveIepCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'threadId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'threadId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolveIepCommentThreadMutation, ResolveIepCommentThreadMutationVariables>;
export const ReopenIepCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenIepCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'threadId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenIepCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'threadId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'threadId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenIepCommentThreadMutation, ReopenIepCommentThreadMutationVariables>;
export const IepPartRevisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepPartRevisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepPartRevisions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'partId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggestionId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepPartRevisionsQuery, IepPartRevisionsQueryVariables>;
export const IepPartDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepPartDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepPartDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'partId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'IepPartDiffFields' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepPartDiffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepPartDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepPartDiffQuery, IepPartDiffQueryVariables>;
export const ShareIepWithFamilyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShareIepWithFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareIepWithFamily' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sharedWithFamilyAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareIepWithFamilyMutation, ShareIepWithFamilyMutationVariables>;
export const IepPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derivedFromIepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sharedWithFamilyAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canAddParts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSuggest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecideSuggestions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'caseManager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchangedSinceLastYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedSinceMyLastView' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threadCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openThreadCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updatedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignee' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'qualityChecks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggestions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedContent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'proposer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decidedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'diff' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'IepPartDiffFields' },
                              directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepPartDiffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepPartDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepPageQuery, IepPageQueryVariables>;
export const IepAssignableTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepAssignableTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepAssignableTeamQuery, IepAssignableTeamQueryVariables>;
export const IepThreadCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepThreadCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threadCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openThreadCount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepThreadCountsQuery, IepThreadCountsQueryVariables>;
export const IepViewersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepViewers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'editing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepViewersQuery, IepViewersQueryVariables>;
export const IepChangesSinceLastViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepChangesSinceLastView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changesSinceMyLastView' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lastViewedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'IepPartDiffFields' },
                              directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepPartDiffFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepPartDiff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepChangesSinceLastViewQuery, IepChangesSinceLastViewQueryVariables>;
export const MarkIepViewedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkIepViewed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markIepViewed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkIepViewedMutation, MarkIepViewedMutationVariables>;
export const AddIepPartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddIepPart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddIepPartInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addIepPart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddIepPartMutation, AddIepPartMutationVariables>;
export const AssignIepPartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignIepPart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignIepPartInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignIepPart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignIepPartMutation, AssignIepPartMutationVariables>;
export const SaveIepPartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveIepPart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveIepPartInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIepPart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchangedSinceLastYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'updatedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveIepPartMutation, SaveIepPartMutationVariables>;
export const RemoveIepPartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveIepPart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveIepPartInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeIepPart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveIepPartMutation, RemoveIepPartMutationVariables>;
export const ProposeIepChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeIepChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeIepChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeIepChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeIepChangeMutation, ProposeIepChangeMutationVariables>;
export const IepConsentRevocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepConsentRevocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentRights' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consentRevocation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'servicesEndOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepConsentRevocationQuery, IepConsentRevocationQueryVariables>;
export const StartIepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartIep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartIepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startIep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartIepMutation, StartIepMutationVariables>;
export const AcceptIepSuggestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptIepSuggestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptIepSuggestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptIepSuggestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decidedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptIepSuggestionMutation, AcceptIepSuggestionMutationVariables>;
export const RejectIepSuggestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectIepSuggestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RejectIepSuggestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectIepSuggestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decidedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectIepSuggestionMutation, RejectIepSuggestionMutationVariables>;
export const WithdrawIepSuggestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawIepSuggestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'suggestionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawIepSuggestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'suggestionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'suggestionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawIepSuggestionMutation, WithdrawIepSuggestionMutationVariables>;
export const IepActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'IepActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepActivitySubscription, IepActivitySubscriptionVariables>;
export const ReportIepPresenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportIepPresence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportIepPresenceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportIepPresence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportIepPresenceMutation, ReportIepPresenceMutationVariables>;
export const LeaveIepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LeaveIep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaveIep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaveIepMutation, LeaveIepMutationVariables>;
export const StudentAccessRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudentAccessRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'event' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'student' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentAccessRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'event' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'event' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstOccurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentAccessRecordQuery, StudentAccessRecordQueryVariables>;
export const StudentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Students' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'students' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudentCard_student' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IepItem_iep' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Iep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualReviewDue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseManager' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudentCard_student' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Student' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grade' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canStartIep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeIepId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ieps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IepItem_iep' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentsQuery, StudentsQueryVariables>;
export const SignConsentToEvaluateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignConsentToEvaluate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignConsentToEvaluateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signConsentToEvaluate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignConsentToEvaluateMutation, SignConsentToEvaluateMutationVariables>;
export const StudentEvaluationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudentEvaluations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentEvaluations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastEvaluatedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'earliestReevaluationOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayRefer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayRecord' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayConsent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportableAreas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consentStatement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consentIntentVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessorOptions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reevaluationDeadline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EvaluationDeadline_deadline' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reevaluationAgreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referralSource' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referredOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referralReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referredByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreedWithinYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consentOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consentMethod' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consentSignedName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delayAgreedCompletionOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delayNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'childProducedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'determinedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disabilityCategory' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'determinationSummary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'initialIepId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'assessorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'assessorName' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'report' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fileSize' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fileUrl' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deadlines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'EvaluationDeadline_deadline' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'notice' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actionDescription' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'evaluationBasis' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'proceduralSafeguards' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sourcesForAssistance' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'optionsConsidered' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'otherFactors' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationDeadline_deadline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationDeadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimated' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentEvaluationsQuery, StudentEvaluationsQueryVariables>;
export const AgreeReevaluationNotNeededDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AgreeReevaluationNotNeeded' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreeReevaluationNotNeededInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreeReevaluationNotNeeded' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreeReevaluationNotNeededMutation, AgreeReevaluationNotNeededMutationVariables>;
export const ReferForEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReferForEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferForEvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referForEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferForEvaluationMutation, ReferForEvaluationMutationVariables>;
export const RecordPaperConsentToEvaluateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordPaperConsentToEvaluate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordPaperConsentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPaperConsentToEvaluate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordPaperConsentToEvaluateMutation,
  RecordPaperConsentToEvaluateMutationVariables
>;
export const PlanEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanEvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanEvaluationMutation, PlanEvaluationMutationVariables>;
export const SubmitEvaluationReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitEvaluationReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitEvaluationReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitEvaluationReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitEvaluationReportMutation, SubmitEvaluationReportMutationVariables>;
export const RecordEvaluationDelayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordEvaluationDelay' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordEvaluationDelayInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordEvaluationDelay' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordEvaluationDelayMutation, RecordEvaluationDelayMutationVariables>;
export const RecordChildProducedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordChildProduced' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordChildProducedInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordChildProduced' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordChildProducedMutation, RecordChildProducedMutationVariables>;
export const DetermineEligibilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DetermineEligibility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DetermineEligibilityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'determineEligibility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DetermineEligibilityMutation, DetermineEligibilityMutationVariables>;
export const StartInitialIepFromEvaluationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartInitialIepFromEvaluation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startInitialIepFromEvaluation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evaluationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evaluationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StartInitialIepFromEvaluationMutation,
  StartInitialIepFromEvaluationMutationVariables
>;
export const RecordMeetingAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMeetingAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMeetingAttendanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMeetingAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingAttendanceMutation, RecordMeetingAttendanceMutationVariables>;
export const MarkMeetingHeldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMeetingHeld' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMeetingHeld' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkMeetingHeldMutation, MarkMeetingHeldMutationVariables>;
export const CancelIepMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelIepMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelIepMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelIepMeetingMutation, CancelIepMeetingMutationVariables>;
export const RequestMeetingExcusalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestMeetingExcusal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestMeetingExcusalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestMeetingExcusal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestMeetingExcusalMutation, RequestMeetingExcusalMutationVariables>;
export const IepMeetingPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepMeetingPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingPage_meeting' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingPage_meeting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepMeeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortNoticeAgreed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsRightsHolder' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'noticeDeadline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerInvitation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSeeIep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSignAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'discussesTransition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarInvitation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredMembers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'member' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendanceSignatures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenInputSubmitted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretsEvaluations' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excusalRequestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excusalReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentAgreedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentAgreedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'districtAgreedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'districtAgreedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepMeetingPageQuery, IepMeetingPageQueryVariables>;
export const IepMeetingOneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepMeetingOne' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingPage_meeting' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingPage_meeting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepMeeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortNoticeAgreed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsRightsHolder' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'noticeDeadline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerInvitation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSeeIep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSignAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'discussesTransition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarInvitation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredMembers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'member' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendanceSignatures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenInputSubmitted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretsEvaluations' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excusalRequestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excusalReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentAgreedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentAgreedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'districtAgreedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'districtAgreedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepMeetingOneQuery, IepMeetingOneQueryVariables>;
export const AgreeToMeetingExcusalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AgreeToMeetingExcusal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attendanceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreeToMeetingExcusal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attendanceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attendanceId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreeToMeetingExcusalMutation, AgreeToMeetingExcusalMutationVariables>;
export const SaveMeetingNotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveMeetingNotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'notes' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveMeetingNotes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'notes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'notes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveMeetingNotesMutation, SaveMeetingNotesMutationVariables>;
export const RescheduleIepMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RescheduleIepMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RescheduleIepMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rescheduleIepMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RescheduleIepMeetingMutation, RescheduleIepMeetingMutationVariables>;
export const RespondToIepMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToIepMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToIepMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToIepMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToIepMeetingMutation, RespondToIepMeetingMutationVariables>;
export const ScheduleIepMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleIepMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleIepMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleIepMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleIepMeetingMutation, ScheduleIepMeetingMutationVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const BellNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BellNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BellNotificationsQuery, BellNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotificationPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotificationPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NotificationSettings_preference' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettings_preference' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reminderKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inApp' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const UpdateMyNotificationPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyNotificationPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateNotificationPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyNotificationPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NotificationSettings_preference' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationSettings_preference' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reminderKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inApp' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateMyNotificationPreferencesMutation,
  UpdateMyNotificationPreferencesMutationVariables
>;
export const SetMyLanguageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMyLanguage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMyLanguage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const MyNotificationEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MyNotificationEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotificationEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'at' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationEventsSubscription, MyNotificationEventsSubscriptionVariables>;
export const IepProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'needsMeasure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRecord' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_chart' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trials' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wholeNumbers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalDataPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_chart' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualGoal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aimStartDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_measure' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_point' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slopePerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedAtTargetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pointsUsed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'acknowledgedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepProgressQuery, IepProgressQueryVariables>;
export const RecordGoalDataPointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordGoalDataPoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordGoalDataPointInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordGoalDataPoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_point' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalDataPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordGoalDataPointMutation, RecordGoalDataPointMutationVariables>;
export const AcknowledgeGoalFlagDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeGoalFlag' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcknowledgeGoalFlagInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeGoalFlag' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flags' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'acknowledgment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeGoalFlagMutation, AcknowledgeGoalFlagMutationVariables>;
export const IepProgressReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepProgressReports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepProgressReports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sentBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'readBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSend' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanConfirmRead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstDay' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastDay' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWrite' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updatedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'questions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'progress' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ProgressGoal_chart' },
                              directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trials' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wholeNumbers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalDataPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_chart' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualGoal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aimStartDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_measure' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'points' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProgressGoal_point' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slopePerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedAtTargetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pointsUsed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flags' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'acknowledgedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepProgressReportsQuery, IepProgressReportsQueryVariables>;
export const SaveProgressReportEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveProgressReportEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveProgressReportEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveProgressReportEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveProgressReportEntryMutation, SaveProgressReportEntryMutationVariables>;
export const SendProgressReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendProgressReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendProgressReportMutation, SendProgressReportMutationVariables>;
export const MarkProgressReportReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkProgressReportRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reportId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markProgressReportRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reportId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reportId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanConfirmRead' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkProgressReportReadMutation, MarkProgressReportReadMutationVariables>;
export const AskProgressReportQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AskProgressReportQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AskProgressReportQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askProgressReportQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AskProgressReportQuestionMutation, AskProgressReportQuestionMutationVariables>;
export const ProgressCaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgressCaseload' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgressCaseload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRecord' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'measure' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ProgressGoal_measure' },
                              directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'flags' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'acknowledgment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressGoal_measure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trials' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wholeNumbers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressCaseloadQuery, ProgressCaseloadQueryVariables>;
export const RevokeConsentForServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeConsentForServices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeConsentForServicesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeConsentForServices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeConsentForServicesMutation, RevokeConsentForServicesMutationVariables>;
export const SetServicesEndAfterRevocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetServicesEndAfterRevocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetServicesEndInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setServicesEndAfterRevocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetServicesEndAfterRevocationMutation,
  SetServicesEndAfterRevocationMutationVariables
>;
export const RecordAdultGuardianshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAdultGuardianship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAdultGuardianshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAdultGuardianship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'studentId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAdultGuardianshipMutation, RecordAdultGuardianshipMutationVariables>;
export const StudentRecordsRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudentRecordsRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentRecordsRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'StudentRecords_requests' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudentRecords_requests' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudentRecordsRequests' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRequest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPrepare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueExplanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueBeforeMeeting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportSha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredToName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentRecordsRequestsQuery, StudentRecordsRequestsQueryVariables>;
export const RequestRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestRecordsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'StudentRecords_requests' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudentRecords_requests' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudentRecordsRequests' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRequest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPrepare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueExplanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueBeforeMeeting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportSha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredToName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestRecordsMutation, RequestRecordsMutationVariables>;
export const PrepareRecordsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PrepareRecordsExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PrepareRecordsExportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prepareRecordsExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'StudentRecords_requests' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudentRecords_requests' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudentRecordsRequests' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRequest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPrepare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueExplanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueBeforeMeeting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preparedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exportSha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredToName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PrepareRecordsExportMutation, PrepareRecordsExportMutationVariables>;
export const StudentRightsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudentRights' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studentRights' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'studentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safeguardsLastReceivedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safeguardsGivenThisYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRecord' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRevoke' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revocationIntent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revocationIntentVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'majority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MajorityStatus_majority' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'guardianshipNote' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consentRevocation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RevocationStatus_revocation' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'safeguardsDeliveries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occasion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deliveredOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesStatus_revocation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentRevocation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servicesEndOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MajorityStatus_majority' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MajorityRights' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'standing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageOfMajority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'majorityOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardianshipOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferNoticeDue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevocationStatus_revocation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentRevocation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revokedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticePdfUrl' } },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'ServicesStatus_revocation' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudentRightsQuery, StudentRightsQueryVariables>;
export const RecordSafeguardsDeliveryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordSafeguardsDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordSafeguardsDeliveryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordSafeguardsDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safeguardsLastReceivedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safeguardsGivenThisYear' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordSafeguardsDeliveryMutation, RecordSafeguardsDeliveryMutationVariables>;
export const PlanCompensatoryMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanCompensatoryMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanCompensatoryMinutesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planCompensatoryMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'owed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanCompensatoryMinutesMutation, PlanCompensatoryMinutesMutationVariables>;
export const GroupSessionServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GroupSessionServices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myGroupSessionServices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scaleMin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scaleMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wholeNumbers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRecord' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GroupSessionServicesQuery, GroupSessionServicesQueryVariables>;
export const RecordGroupSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordGroupSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordGroupSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordGroupSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataPoints' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordGroupSessionMutation, RecordGroupSessionMutationVariables>;
export const IepServicesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepServicesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepServiceDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'providerRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRecord' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredIsEstimate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'underDelivered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'compensatoryBalance' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'compensatory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'owed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plans' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fulfilledBySessionId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'toDate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excused' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missedBySchool' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'madeUp' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastFourWeeks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weeks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schoolDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excused' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missedBySchool' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'madeUp' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepServicesPageQuery, IepServicesPageQueryVariables>;
export const RecordServiceSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordServiceSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordServiceSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordServiceSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordServiceSessionMutation, RecordServiceSessionMutationVariables>;
export const ServiceDeliveryDashboardPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceDeliveryDashboardPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceDeliveryFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceDeliveryDashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'services' } },
                { kind: 'Field', name: { kind: 'Name', value: 'underDelivered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'compensatoryOwed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'services' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'underDelivered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'compensatoryOwed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'studentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schoolName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'compensatoryBalance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'compensatoryPlanned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'underDelivered' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceDeliveryDashboardPageQuery, ServiceDeliveryDashboardPageQueryVariables>;
export const ChangePasswordAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChangePasswordAccount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordAccountQuery, ChangePasswordAccountQueryVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignoffAmendmentChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffAmendmentChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepVersionDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromIepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toIepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromPartId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toPartId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'segments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffAmendmentChangesQuery, SignoffAmendmentChangesQueryVariables>;
export const SignoffAttendanceIntentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffAttendanceIntent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signatureIntent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'purpose' },
                value: { kind: 'EnumValue', value: 'ATTENDANCE' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffAttendanceIntentQuery, SignoffAttendanceIntentQueryVariables>;
export const SignoffSignIepAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffSignIepAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignIepAttendanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIepAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'typedName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffSignIepAttendanceMutation, SignoffSignIepAttendanceMutationVariables>;
export const SignoffMyElectronicRecordsConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffMyElectronicRecordsConsent' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myElectronicRecordsConsent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosureVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agreedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignoffMyElectronicRecordsConsentQuery,
  SignoffMyElectronicRecordsConsentQueryVariables
>;
export const SignoffWithdrawElectronicRecordsConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffWithdrawElectronicRecordsConsent' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawElectronicRecordsConsent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignoffWithdrawElectronicRecordsConsentMutation,
  SignoffWithdrawElectronicRecordsConsentMutationVariables
>;
export const SignoffFinalizePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffFinalizePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canFinalize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'qualityChecks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffFinalizePageQuery, SignoffFinalizePageQueryVariables>;
export const SignoffFinalizeIepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffFinalizeIep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FinalizeIepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'finalizeIep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canFinalize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canWithdrawProposal' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffFinalizeIepMutation, SignoffFinalizeIepMutationVariables>;
export const SignoffIepStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffIepStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derivedFromIepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supersededByIepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canFinalize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canWithdrawProposal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canManagePriorWrittenNotices' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiresParentSignature' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'priorWrittenNotices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffIepStatusQuery, SignoffIepStatusQueryVariables>;
export const SignoffStudentForAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffStudentForAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'student' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'studentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canStartIep' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeIepId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffStudentForAmendmentQuery, SignoffStudentForAmendmentQueryVariables>;
export const SignoffStartAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffStartAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartIepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startIep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffStartAmendmentMutation, SignoffStartAmendmentMutationVariables>;
export const SignoffWithdrawProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffWithdrawProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawIepProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canFinalize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canWithdrawProposal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffWithdrawProposalMutation, SignoffWithdrawProposalMutationVariables>;
export const SignoffIepTimelineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffIepTimeline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SignoffVersion_version' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignoffDecision_decision' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signerRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'typedName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'signer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffVersion_version' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'frozenBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffDecision_decision' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceptedPartIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentIepId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffIepTimelineQuery, SignoffIepTimelineQueryVariables>;
export const SignoffNoticePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffNoticePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'priorWrittenNotice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignoffNoticeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canManagePriorWrittenNotices' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriorWrittenNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proceduralSafeguards' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcesForAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionsConsidered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffNoticePageQuery, SignoffNoticePageQueryVariables>;
export const SignoffCurrentNoticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffCurrentNotice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'priorWrittenNotice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignoffNoticeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriorWrittenNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proceduralSafeguards' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcesForAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionsConsidered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffCurrentNoticeQuery, SignoffCurrentNoticeQueryVariables>;
export const SignoffUpdateNoticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffUpdateNotice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePriorWrittenNoticeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePriorWrittenNotice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignoffNoticeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriorWrittenNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proceduralSafeguards' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcesForAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionsConsidered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffUpdateNoticeMutation, SignoffUpdateNoticeMutationVariables>;
export const SignoffSendNoticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffSendNotice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SendPriorWrittenNoticeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendPriorWrittenNotice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignoffNoticeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffNoticeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriorWrittenNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evaluationBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proceduralSafeguards' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourcesForAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionsConsidered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffSendNoticeMutation, SignoffSendNoticeMutationVariables>;
export const SignoffElectronicRecordsDisclosureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffElectronicRecordsDisclosure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'electronicRecordsDisclosure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paragraphs' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignoffElectronicRecordsDisclosureQuery,
  SignoffElectronicRecordsDisclosureQueryVariables
>;
export const SignoffAgreeToElectronicRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffAgreeToElectronicRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreeToElectronicRecordsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreeToElectronicRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosureVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agreedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SignoffAgreeToElectronicRecordsMutation,
  SignoffAgreeToElectronicRecordsMutationVariables
>;
export const SignoffReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'excepted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decidedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myElectronicRecordsConsent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffReviewQuery, SignoffReviewQueryVariables>;
export const SignoffMarkIepReviewedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffMarkIepReviewed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkIepReviewedInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markIepReviewed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffMarkIepReviewedMutation, SignoffMarkIepReviewedMutationVariables>;
export const SignoffDecisionIntentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffDecisionIntent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IepParentDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signatureIntent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'purpose' },
                value: { kind: 'EnumValue', value: 'PARENT_DECISION' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffDecisionIntentQuery, SignoffDecisionIntentQueryVariables>;
export const SignoffDecideOnIepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignoffDecideOnIep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideOnIepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideOnIep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentIepId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffDecideOnIepMutation, SignoffDecideOnIepMutationVariables>;
export const SignoffVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SignoffVersion_version' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedWarnings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excepted' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignoffDecision_decision' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signerRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'typedName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'intentStatement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'intentStatementVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'electronicRecordsDisclosureVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'signer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffVersion_version' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'frozenBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignoffDecision_decision' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IepDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exceptedPartIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentIepId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffVersionQuery, SignoffVersionQueryVariables>;
export const SignoffVerifyVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignoffVerifyVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyIepVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storedDigest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'computedDigest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'signatureId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'matches' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignoffVerifyVersionQuery, SignoffVerifyVersionQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const IepTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IepTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'iepTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'iepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitableRoles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberItem_member' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingInvitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PendingInvitationItem_invitation' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberItem_member' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isCaseManager' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isGuardian' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PendingInvitationItem_invitation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IepTeamQuery, IepTeamQueryVariables>;
export const RemoveTeamMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveTeamMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeTeamMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'iepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'iepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Invitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'studentFirstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inviterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsPassword' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const InviteToTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteToTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteToTeamInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteToTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteToTeamMutation, InviteToTeamMutationVariables>;
