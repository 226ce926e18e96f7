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
  StudentListed = 'STUDENT_LISTED',
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
  UserCreated = 'USER_CREATED',
  UserUpdated = 'USER_UPDATED',
  UserDeactivated = 'USER_DEACTIVATED',
  UserReactivated = 'USER_REACTIVATED',
  StudentCreated = 'STUDENT_CREATED',
  StudentUpdated = 'STUDENT_UPDATED',
  GuardianAdded = 'GUARDIAN_ADDED',
  GuardianRemoved = 'GUARDIAN_REMOVED',
  DeadlinesViewed = 'DEADLINES_VIEWED',
  DeadlineEventRecorded = 'DEADLINE_EVENT_RECORDED',
  DeadlineMet = 'DEADLINE_MET',
  DistrictDeadlinesRecomputed = 'DISTRICT_DEADLINES_RECOMPUTED',
}

export const auditDataSchemas = {
  [AuditEvent.SignIn]: z.object({}).strict(),
  [AuditEvent.SignInFailed]: z.object({ email: z.string(), reason: z.enum(['BAD_CREDENTIALS', 'THROTTLED', 'INACTIVE']) }).strict(),
  [AuditEvent.SignOut]: z.object({}).strict(),
  [AuditEvent.StudentViewed]: z.object({}).strict(),
  [AuditEvent.StudentListed]: z.object({}).strict(),
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
  [AuditEvent.GuardianAdded]: z
    .object({ userId: z.uuid(), relationship: z.string(), rightsHolder: z.boolean(), accountCreated: z.boolean() })
    .strict(),
  [AuditEvent.GuardianRemoved]: z.object({ userId: z.uuid() }).strict(),
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
} satisfies Record<AuditEvent, z.ZodType>;

export type AuditData<E extends AuditEvent> = z.infer<(typeof auditDataSchemas)[E]>;

export interface AuditEntry<E extends AuditEvent = AuditEvent> {
  event: E;
  outcome?: 'ALLOWED' | 'DENIED';
  actorId: string | null;
  actorRole: string | null;
  studentId?: string | null;
  iepId?: string | null;
  ip: string | null;
  userAgent: string | null;
  data: AuditData<E>;
}
