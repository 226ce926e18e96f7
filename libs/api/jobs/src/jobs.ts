/**
 * Every queue and job of the system, in one place. The worker refuses to start when a job here has
 * no handler; the API only ever enqueues these.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Mail = 'mail',
  Reminders = 'reminders',
  Roster = 'roster',
}

export enum JobName {
  PurgeExpiredSessions = 'maintenance.purge-expired-sessions',
  SendEmail = 'mail.send-email',
  SweepUnsentEmail = 'mail.sweep-unsent',
  SweepDueReminders = 'reminders.sweep-due',
  DeliverReminder = 'reminders.deliver-reminder',
  TakeEffectAfterNotice = 'lifecycle.take-effect-after-notice',
  ExpireLapsedIeps = 'lifecycle.expire-lapsed-ieps',
  ValidateRosterImport = 'roster.validate-import',
  ApplyRosterImport = 'roster.apply-import',
  SweepRosterImports = 'roster.sweep-waiting',
  TransferRightsAtMajority = 'rights.transfer-at-majority',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PurgeExpiredSessions]: QueueName.Maintenance,
  [JobName.SendEmail]: QueueName.Mail,
  [JobName.SweepUnsentEmail]: QueueName.Mail,
  [JobName.SweepDueReminders]: QueueName.Reminders,
  [JobName.DeliverReminder]: QueueName.Reminders,
  [JobName.TakeEffectAfterNotice]: QueueName.Maintenance,
  [JobName.ExpireLapsedIeps]: QueueName.Maintenance,
  [JobName.ValidateRosterImport]: QueueName.Roster,
  [JobName.ApplyRosterImport]: QueueName.Roster,
  [JobName.SweepRosterImports]: QueueName.Roster,
  [JobName.TransferRightsAtMajority]: QueueName.Maintenance,
};

/** Recurring jobs: the scheduler id is the job name, so upserting on every start never duplicates one. */
export const JOB_SCHEDULES: Partial<Record<JobName, { every: number }>> = {
  [JobName.PurgeExpiredSessions]: { every: 60 * 60 * 1000 },
  // Short, so that mail Redis lost is queued again within seconds, not minutes (see MailProcessor.sweepUnsent).
  [JobName.SweepUnsentEmail]: { every: 15 * 1000 },
  [JobName.SweepDueReminders]: { every: 60 * 1000 },
  // Notice periods are counted in days; an hourly sweep puts an IEP in force on the right day.
  [JobName.TakeEffectAfterNotice]: { every: 60 * 60 * 1000 },
  // A daily transition, checked hourly: each district's day starts at its own midnight, and the job is
  // idempotent (an IEP already EXPIRED is left alone), so the extra runs cost one query each.
  [JobName.ExpireLapsedIeps]: { every: 60 * 60 * 1000 },
  // Re-enqueues an import whose job Redis lost (the row in PostgreSQL says it is waiting).
  [JobName.SweepRosterImports]: { every: 60 * 1000 },
  // A daily transition (300.520), checked hourly like expiry: each district's day starts at its own midnight, and a
  // student whose rights have passed is left alone, so the extra runs cost one query per district.
  [JobName.TransferRightsAtMajority]: { every: 60 * 60 * 1000 },
};

export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(JOB_QUEUE) as JobName[]).filter((job) => JOB_QUEUE[job] === queue);
}

/**
 * One send attempt of one message. The attempt number is part of the id: enqueuing the same attempt
 * twice is harmless, and a retry (a later attempt) is never mistaken for the one that failed. The rows
 * in PostgreSQL decide whether anything is sent, so finished jobs need not be kept for deduplication.
 */
export function sendEmailJob(emailId: string, attempt: number, delayMs = 0) {
  return {
    name: JobName.SendEmail,
    data: { emailId },
    opts: { jobId: `email-${emailId}-${attempt}`, delay: Math.max(0, delayMs), removeOnComplete: true, removeOnFail: true },
  };
}

/** One step of one roster import: the id makes enqueuing it twice (the API, then the sweep) harmless. */
export function rosterImportJob(importId: string, step: 'validate' | 'apply') {
  return {
    name: step === 'validate' ? JobName.ValidateRosterImport : JobName.ApplyRosterImport,
    data: { importId },
    opts: { jobId: `roster-${step}-${importId}`, removeOnComplete: true, removeOnFail: true },
  };
}
