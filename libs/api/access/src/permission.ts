import { ALL_ROLES, UserRole } from '@iep/domain';

/**
 * What an operation needs from the caller's role. A role only opens the door to an operation;
 * which records it reaches, and what it may do with each, is decided per record by the one IEP policy
 * (IEP_POLICY in libs/domain) from the caller's standing on the record (RecordAccessService.standings).
 */
export enum Permission {
  /** Anyone signed in: their own account and sign-out. */
  Authenticated = 'AUTHENTICATED',
  /** Read students and IEPs the caller has a relationship with. */
  ReadStudentRecords = 'READ_STUDENT_RECORDS',
  /** Read who accessed a student's records: rights-holding guardians and district staff. */
  ReadAccessRecord = 'READ_ACCESS_RECORD',
  /** Read the list of schools of the caller's own district: district staff. */
  ReadDistrictSchools = 'READ_DISTRICT_SCHOOLS',
  /** Manage the caller's own district: schools, staff and family accounts, students and guardians. */
  ManageDistrict = 'MANAGE_DISTRICT',
  /** Import the district's roster (OneRoster CSV) and read its imports: the district's administrators. */
  ImportRoster = 'IMPORT_ROSTER',
  /** Invite people to an IEP's team: case managers and district representatives anyone, guardians a guest. */
  InviteToTeam = 'INVITE_TO_TEAM',
  /** Remove team members, withdraw invitations and assign parts: the IEP's case manager and district representatives. */
  ManageTeam = 'MANAGE_TEAM',
  /** Schedule, move and cancel IEP meetings and record what happened at them: case managers and district representatives. */
  ScheduleMeeting = 'SCHEDULE_MEETING',
  /** Answer an invitation to an IEP meeting (accept, or ask for another time): everyone who can be invited. */
  RespondToMeeting = 'RESPOND_TO_MEETING',
  /** Agree in writing that a team member may miss a meeting: the rights-holding parent, and the district's side. */
  AgreeToMeetingExcusal = 'AGREE_TO_MEETING_EXCUSAL',
  /** Comment on an IEP the caller can see: start, answer, assign, resolve and reopen threads (district admins only read). */
  CommentOnIep = 'COMMENT_ON_IEP',
  /** Start an IEP (initial, annual review, amendment) for a student on the caller's caseload or in their district. */
  StartIep = 'START_IEP',
  /** Edit the parts of a draft IEP: the team's staff the parts assigned to them; its case manager and the district representative every part. */
  EditIepDraft = 'EDIT_IEP_DRAFT',
  /** Share a draft with the family before the meeting: the IEP's case manager and the district representative. */
  ShareIepWithFamily = 'SHARE_IEP_WITH_FAMILY',
  /** Accept or reject proposed changes: the IEP's case manager and the district representative. */
  DecideIepSuggestion = 'DECIDE_IEP_SUGGESTION',
  /** Propose (and withdraw) changes to a draft: the family and guests once it is shared with them; school staff on its team. */
  SuggestIepChange = 'SUGGEST_IEP_CHANGE',
  /** Finalize a draft into the proposed IEP (frozen for signature) and withdraw a proposal: the IEP's case manager and the district representative. */
  FinalizeIep = 'FINALIZE_IEP',
  /** Review and decide on a proposed IEP (consent, consent with exceptions, decline): a parent who holds the educational rights. */
  DecideOnIep = 'DECIDE_ON_IEP',
  /** Sign attendance at an IEP meeting: its invitees and team members (district admins only read). */
  SignIepAttendance = 'SIGN_IEP_ATTENDANCE',
  /** Complete and send prior written notices: the IEP's case manager and the district representative. */
  ManagePriorWrittenNotice = 'MANAGE_PRIOR_WRITTEN_NOTICE',
  /** Record and correct data points on the goals of an IEP in force, and acknowledge their flags: the goal's assignee on the team, the case manager, the district representative. */
  RecordGoalProgress = 'RECORD_GOAL_PROGRESS',
  /** The district compliance dashboard and its CSV export: the district's representatives and administrators. */
  ReadComplianceDashboard = 'READ_COMPLIANCE_DASHBOARD',
  /** The caller's own caseload: the students a case manager manages, or on whose IEP team a teacher or specialist is. */
  ReadOwnCaseload = 'READ_OWN_CASELOAD',
  /** Put students on a special education teacher's caseload and move them to another (StudentAction.ManageCaseload per student): district staff. */
  ManageCaseload = 'MANAGE_CASELOAD',
  /** Log and correct service sessions: the service's provider, the IEP's case manager and the district representative (IEP_POLICY RECORD_SERVICE_SESSION). */
  RecordServiceSession = 'RECORD_SERVICE_SESSION',
  /** Read a student's referrals and evaluations (EVALUATION_POLICY READ decides which). */
  ReadEvaluations = 'READ_EVALUATIONS',
  /** Refer a student for evaluation, or request one: parents, special education teachers, district representatives. */
  ReferForEvaluation = 'REFER_FOR_EVALUATION',
  /** Record the steps of an evaluation: special education teachers on the student's team and district representatives. */
  RecordEvaluation = 'RECORD_EVALUATION',
  /** E-sign consent to evaluate: a parent who holds the educational rights. */
  ConsentToEvaluation = 'CONSENT_TO_EVALUATION',
  /** Give an evaluator's report: the assessors of the plan (school staff) and who records the evaluation. */
  SubmitEvaluationReport = 'SUBMIT_EVALUATION_REPORT',
  /** Record the family's rights given (the procedural safeguards notice): a special education teacher with the student on their caseload, the district representative. */
  RecordFamilyRights = 'RECORD_FAMILY_RIGHTS',
  /** Ask to inspect a student's education records (StudentAction.RequestRecords per student): whoever holds the rights, a parent or the adult student. */
  RequestRecords = 'REQUEST_RECORDS',
  /** Prepare the records export answering a request (StudentAction.FulfilRecordsRequest): the case manager, district representatives and administrators. */
  FulfilRecordsRequest = 'FULFIL_RECORDS_REQUEST',
  /** Write a goal's entry of a progress report (IEP_POLICY WRITE_PROGRESS_REPORT): the goal's assignee, the case manager, the district representative. */
  WriteProgressReport = 'WRITE_PROGRESS_REPORT',
  /** Send a progress report to the family (IEP_POLICY SEND_PROGRESS_REPORT): the case manager and the district representative. */
  SendProgressReport = 'SEND_PROGRESS_REPORT',
  /** Say a sent progress report was read (IEP_POLICY CONFIRM_PROGRESS_REPORT_READ): the family. */
  ConfirmProgressReportRead = 'CONFIRM_PROGRESS_REPORT_READ',
  /** Revoke consent for special education and services, e-signed: whoever holds the student's educational rights. */
  RevokeConsentForServices = 'REVOKE_CONSENT_FOR_SERVICES',
}

export const PERMISSION_ROLES: Record<Permission, readonly UserRole[]> = {
  [Permission.Authenticated]: ALL_ROLES,
  [Permission.ReadStudentRecords]: ALL_ROLES,
  [Permission.ReadAccessRecord]: [UserRole.Parent, UserRole.Student, UserRole.DistrictRepresentative, UserRole.DistrictAdmin],
  [Permission.ReadDistrictSchools]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist,
    UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
  ],
  [Permission.ManageDistrict]: [UserRole.DistrictAdmin],
  [Permission.ImportRoster]: [UserRole.DistrictAdmin],
  [Permission.InviteToTeam]: [UserRole.Parent, UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.ManageTeam]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.ScheduleMeeting]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.RespondToMeeting]: ALL_ROLES.filter((role) => role !== UserRole.DistrictAdmin),
  [Permission.AgreeToMeetingExcusal]: [UserRole.Parent, UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.CommentOnIep]: ALL_ROLES.filter((role) => role !== UserRole.DistrictAdmin),
  [Permission.StartIep]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.EditIepDraft]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative,
  ],
  [Permission.ShareIepWithFamily]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.DecideIepSuggestion]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  // School staff on the team propose on the parts that are not theirs to edit (IEP_POLICY PROPOSE).
  [Permission.SuggestIepChange]: [
    UserRole.Parent, UserRole.Student, UserRole.Guest, UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist,
  ],
  [Permission.FinalizeIep]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.DecideOnIep]: [UserRole.Parent],
  [Permission.SignIepAttendance]: ALL_ROLES.filter((role) => role !== UserRole.DistrictAdmin),
  [Permission.ManagePriorWrittenNotice]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.RecordGoalProgress]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative,
  ],
  [Permission.ReadComplianceDashboard]: [UserRole.DistrictRepresentative, UserRole.DistrictAdmin],
  [Permission.ReadOwnCaseload]: [UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.GeneralEducationTeacher],
  [Permission.ManageCaseload]: [UserRole.DistrictRepresentative, UserRole.DistrictAdmin],
  [Permission.RecordServiceSession]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative,
  ],
  [Permission.ReadEvaluations]: ALL_ROLES,
  [Permission.ReferForEvaluation]: [UserRole.Parent, UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.RecordEvaluation]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.ConsentToEvaluation]: [UserRole.Parent],
  [Permission.SubmitEvaluationReport]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative,
  ],
  [Permission.RecordFamilyRights]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.RequestRecords]: [UserRole.Parent, UserRole.Student],
  [Permission.FulfilRecordsRequest]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative, UserRole.DistrictAdmin],
  [Permission.WriteProgressReport]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative,
  ],
  [Permission.SendProgressReport]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.ConfirmProgressReportRead]: [UserRole.Parent, UserRole.Student],
  [Permission.RevokeConsentForServices]: [UserRole.Parent, UserRole.Student],
};

export function roleHasPermission(role: UserRole, permission: Permission): boolean {
  return PERMISSION_ROLES[permission].includes(role);
}
