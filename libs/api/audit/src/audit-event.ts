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
}

export const auditDataSchemas = {
  [AuditEvent.SignIn]: z.object({}).strict(),
  [AuditEvent.SignInFailed]: z.object({ email: z.string(), reason: z.enum(['BAD_CREDENTIALS', 'THROTTLED', 'INACTIVE']) }).strict(),
  [AuditEvent.SignOut]: z.object({}).strict(),
  [AuditEvent.StudentViewed]: z.object({}).strict(),
  [AuditEvent.StudentListed]: z.object({}).strict(),
  [AuditEvent.IepViewed]: z.object({}).strict(),
  [AuditEvent.AccessDenied]: z.object({ operation: z.string(), reason: z.string() }).strict(),
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
