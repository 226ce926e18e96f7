import { createHash } from 'node:crypto';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, JobType, Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, CLOCK, LOGGER, type AppConfig, type Clock } from '@iep/api/core';
import { asLocale, nextEscalationDate, reminderEmail, reminderText, type ReminderKind, type ReminderSubject } from '@iep/api/deadlines';
import { JobName, QueueName, jobsOfQueue } from '@iep/api/jobs';
import { NotificationService, OutboxService } from '@iep/api/notifications';
import { addDays, daysBetween, type DeadlineExplanation, type DeadlineKind, type IsoDate } from '@iep/domain';
import { missingHandlers, type JobHandlers } from './job-handlers';

/** Reminders claimed per statement: enough to keep delivery busy, small enough to lock briefly. */
export const CLAIM_BATCH = 500;
/** A claim older than this belonged to a worker that died or to a job Redis lost: it is claimed again. */
export const STALE_CLAIM_SECONDS = 5 * 60;
/**
 * A claim this old whose reminder no delivery job in Redis carries was lost (Redis lost its keys, or its
 * delivery failed for good): it is claimed again at once instead of after STALE_CLAIM_SECONDS. The few
 * seconds cover a sweep that has claimed rows and not yet queued them.
 */
export const ORPHANED_CLAIM_SECONDS = 10;
/** Every state in which a delivery job is still on its way to delivering its reminders. */
const LIVE_JOB_STATES: JobType[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];
/** One sweep drains at most this many batches, so a sweep always ends before the next one is due. */
const MAX_BATCHES_PER_SWEEP = 400;
/**
 * Reminders per delivery job, delivered in one transaction with set-based statements: a job per reminder
 * spends most of its time on round trips (to Redis and PostgreSQL), not on the reminder.
 */
export const DELIVERY_BATCH = 100;

export type DeliveryOutcome = 'sent' | 'skipped' | 'cancelled' | 'not-due';

interface ReminderRow {
  id: string;
  state: 'PENDING' | 'CLAIMED' | 'SENT' | 'CANCELLED';
  kind: ReminderKind;
  offsetDays: number;
  today: IsoDate;
  due: boolean;
  deadlineId: string;
  deadlineKind: DeadlineKind;
  dueDate: IsoDate;
  explanation: DeadlineExplanation;
  met: boolean;
  studentId: string;
  iepId: string | null;
  studentName: string;
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  active: boolean;
  wantsEmail: boolean;
}

/**
 * Deadline reminders (DESIGN §4). PostgreSQL holds every reminder; Redis only carries the work. The
 * sweep claims due reminders and enqueues one delivery job per batch under an id derived from them,
 * so enqueuing twice is harmless; a delivery counts only once its `reminder_deliveries` rows exist,
 * written in the same transaction as the notification, the e-mail and the SENT state.
 *
 * The short lock lets another worker take over the deliveries of one that died within seconds
 * rather than a minute; a delivery job takes milliseconds, and BullMQ renews the lock while it runs.
 */
@Processor(QueueName.Reminders, { concurrency: 8, lockDuration: 10_000, stalledInterval: 5_000 })
export class RemindersProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: JobHandlers = {
    [JobName.SweepDueReminders]: () => this.sweepDue(),
    // A job names a batch of reminders; a job queued by an earlier version names one.
    [JobName.DeliverReminder]: (job) =>
      Array.isArray(job.data.reminderIds) ? this.deliverMany(job.data.reminderIds.map(String)) : this.deliver(String(job.data.reminderId)),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  /**
   * The reminders carried by a delivery job that is still in Redis (waiting, delayed for a retry, running
   * on any worker), or null when Redis cannot answer: then nothing counts as lost.
   */
  private async remindersInLiveJobs(): Promise<Set<string> | null> {
    try {
      const jobs = await this.queue.getJobs(LIVE_JOB_STATES);
      const ids = new Set<string>();
      for (const job of jobs) {
        if (job?.name !== JobName.DeliverReminder) continue;
        if (Array.isArray(job.data?.reminderIds)) for (const id of job.data.reminderIds) ids.add(String(id));
        else if (job.data?.reminderId) ids.add(String(job.data.reminderId));
      }
      return ids;
    } catch {
      return null;
    }
  }

  /**
   * Claimed reminders that no delivery job carries any more: their job was lost with Redis's keys, or
   * failed for good. Asks Redis only when some claim is older than ORPHANED_CLAIM_SECONDS, and reads the
   * jobs after the claims, so a job that finishes in between has already marked its reminders SENT.
   */
  private async orphanedClaims(): Promise<string[]> {
    const claims: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM reminders WHERE state = 'CLAIMED' AND claimed_at < now() - make_interval(secs => $1)
        ORDER BY claimed_at LIMIT $2`,
      [ORPHANED_CLAIM_SECONDS, MAX_BATCHES_PER_SWEEP * CLAIM_BATCH],
    );
    if (claims.length === 0) return [];
    const live = await this.remindersInLiveJobs();
    if (!live) return [];
    return claims.map((row) => row.id).filter((id) => !live.has(id));
  }

  /** Each district time zone's today, from the clock seam, as the JSON parameter the queries above read. */
  private async todays(m: Pick<DataSource, 'query'> = this.dataSource): Promise<string> {
    const zones: Array<{ zone: string }> = await m.query(`SELECT DISTINCT time_zone AS zone FROM districts`);
    return JSON.stringify(Object.fromEntries(zones.map(({ zone }) => [zone, this.clock.today(zone)])));
  }

  onModuleInit() {
    const missing = missingHandlers(jobsOfQueue(QueueName.Reminders), this.handlers);
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  /** A Redis outage surfaces here once per reconnect attempt; it only delays jobs, so it is a warning. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error) {
    this.logger.warn({ err: error, queue: QueueName.Reminders }, 'queue connection error');
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return handler(job);
  }

  /**
   * Claims due reminders in batches (`FOR UPDATE SKIP LOCKED`, so sweeps on several workers take
   * disjoint rows) and enqueues their deliveries. Abandoned claims are claimed again first: that is
   * how the work of a killed worker, or of jobs a flushed Redis lost, is derived again from the rows.
   */
  async sweepDue(): Promise<{ claimed: number; reclaimed: number }> {
    // A claim whose delivery job is gone from Redis is queued again now, so a lost job costs one sweep
    // interval; the state and age are checked again under the row lock, and a reminder that is queued
    // twice is still delivered once (see deliver). Claims older than STALE_CLAIM_SECONDS are taken again
    // whatever Redis says: the last resort should a job stay in Redis and never run.
    const reclaimed =
      (await this.reclaimOrphans(await this.orphanedClaims())) +
      (await this.claimAll(
        `UPDATE reminders SET claimed_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM reminders
                        WHERE state = 'CLAIMED' AND claimed_at < now() - make_interval(secs => $2)
                        ORDER BY claimed_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [STALE_CLAIM_SECONDS],
      ));
    // "Due" is measured against each district's today, from the clock seam (not the database's date).
    const claimed = await this.claimAll(
      `UPDATE reminders SET state = 'CLAIMED', claimed_at = now(), updated_at = now()
        WHERE id IN (SELECT r.id FROM reminders r
                       JOIN deadlines d ON d.id = r.deadline_id JOIN districts z ON z.id = d.district_id
                      WHERE r.state = 'PENDING' AND r.due_on <= ($2::jsonb ->> z.time_zone)::date
                      ORDER BY r.due_on LIMIT $1 FOR UPDATE OF r SKIP LOCKED)
        RETURNING id`,
      [await this.todays()],
    );
    if (claimed || reclaimed) this.logger.info({ claimed, reclaimed }, 'reminders claimed for delivery');
    return { claimed, reclaimed };
  }

  private async claimAll(claimSql: string, params: unknown[]): Promise<number> {
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_SWEEP; batch++) {
      // An UPDATE answers [rows, row count]. The claim commits before the jobs are queued: should
      // queuing fail, the rows stay CLAIMED with no job, and the next sweep takes them again.
      const [rows]: [Array<{ id: string }>, number] = await this.dataSource.query(claimSql, [CLAIM_BATCH, ...params]);
      await this.enqueue(rows.map((row) => row.id));
      total += rows.length;
      if (rows.length < CLAIM_BATCH) break;
    }
    return total;
  }

  /** Claims again, a batch at a time, the orphaned claims that are still CLAIMED and old enough, and queues them. */
  private async reclaimOrphans(orphaned: string[]): Promise<number> {
    let total = 0;
    for (let i = 0; i < orphaned.length; i += CLAIM_BATCH) {
      const [rows]: [Array<{ id: string }>, number] = await this.dataSource.query(
        `UPDATE reminders SET claimed_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM reminders
                        WHERE id = ANY($1::uuid[]) AND state = 'CLAIMED' AND claimed_at < now() - make_interval(secs => $2)
                        FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [orphaned.slice(i, i + CLAIM_BATCH), ORPHANED_CLAIM_SECONDS],
      );
      await this.enqueue(rows.map((row) => row.id));
      total += rows.length;
    }
    return total;
  }

  /** Queues the delivery of claimed reminders, DELIVERY_BATCH to a job. */
  private async enqueue(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += DELIVERY_BATCH) batches.push(ids.slice(i, i + DELIVERY_BATCH));
    await this.queue.addBulk(
      batches.map((reminderIds) => ({
        name: JobName.DeliverReminder,
        data: { reminderIds },
        // The id is derived from the reminders it carries. Removed when done either way: a kept job
        // would make a later enqueue under the same id a no-op, and a reminder whose delivery failed
        // for good must be queued again by the sweep.
        opts: { jobId: batchJobId(reminderIds), removeOnComplete: true, removeOnFail: true, attempts: 3, backoff: { type: 'exponential', delay: 2000 } },
      })),
    );
  }

  /**
   * Delivers one reminder exactly once. The reminder row is locked for the whole transaction, so a
   * second delivery of it waits and then finds it SENT; each channel is recorded under a unique key
   * (`reminder:<id>:<channel>`) in the same transaction as what it sends, so nothing counts twice.
   */
  async deliver(reminderId: string): Promise<{ outcome: DeliveryOutcome }> {
    const { outcomes, emailIds } = await this.dataSource.transaction(async (m) => {
      const rows: ReminderRow[] = await m.query(`${selectReminders('$2')} WHERE r.id = $1 FOR UPDATE OF r`, [reminderId, await this.todays(m)]);
      return this.deliverLocked(m, rows);
    });
    // After commit: the e-mail exists exactly when the delivery does; the mail sweep covers a lost enqueue.
    if (emailIds.length) await this.outbox.dispatch(emailIds);
    return { outcome: outcomes.get(reminderId) ?? 'skipped' };
  }

  /**
   * Delivers a batch in one transaction, with the same guarantees as `deliver`. Rows another
   * transaction holds (a delivery of the same reminder, a deadline being recomputed) are skipped rather
   * than waited for, so a batch never waits on row locks while holding its own; each of those is then
   * delivered on its own, which waits for its lock and finds it SENT if the other was a delivery.
   */
  async deliverMany(reminderIds: string[]): Promise<Record<DeliveryOutcome, number>> {
    const ids = [...new Set(reminderIds)];
    const { outcomes, emailIds } = await this.dataSource.transaction(async (m) => {
      const rows: ReminderRow[] = await m.query(
        `${selectReminders('$2')} WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE OF r SKIP LOCKED`,
        [ids, await this.todays(m)],
      );
      return this.deliverLocked(m, rows);
    });
    if (emailIds.length) await this.outbox.dispatch(emailIds);
    const counts: Record<DeliveryOutcome, number> = { sent: 0, skipped: 0, cancelled: 0, 'not-due': 0 };
    for (const id of ids) {
      const outcome = outcomes.get(id) ?? (await this.deliver(id)).outcome;
      counts[outcome] += 1;
    }
    return counts;
  }

  /** What `deliver` and `deliverMany` do with the rows they have locked: a few statements for any number. */
  private async deliverLocked(
    m: EntityManager,
    rows: ReminderRow[],
  ): Promise<{ outcomes: Map<string, DeliveryOutcome>; emailIds: string[] }> {
    const outcomes = new Map<string, DeliveryOutcome>();
    const send: ReminderRow[] = [];
    const cancel: string[] = [];
    const notDue: string[] = [];
    for (const row of rows) {
      const outcome: DeliveryOutcome =
        row.state === 'SENT' || row.state === 'CANCELLED' ? 'skipped' : row.met || !row.active ? 'cancelled' : row.due ? 'sent' : 'not-due';
      outcomes.set(row.id, outcome);
      if (outcome === 'cancelled') cancel.push(row.id);
      // Its deadline moved later while the delivery waited: back to the sweep, on its new date.
      else if (outcome === 'not-due') notDue.push(row.id);
      else if (outcome === 'sent') send.push(row);
    }
    if (cancel.length) await m.query(`UPDATE reminders SET state = 'CANCELLED', updated_at = now() WHERE id = ANY($1::uuid[])`, [cancel]);
    if (notDue.length)
      await m.query(`UPDATE reminders SET state = 'PENDING', claimed_at = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`, [notDue]);
    if (send.length === 0) return { outcomes, emailIds: [] };

    const content = new Map(send.map((row) => [row.id, this.wording(row)]));
    const inApp = await recordDeliveries(m, send.map((row) => row.id), 'IN_APP');
    await this.notifications.notify(
      m,
      send
        .filter((row) => inApp.has(row.id))
        .map((row) => ({
          userId: row.userId,
          kind: row.kind === 'ESCALATION' ? 'DEADLINE_ESCALATION' : 'DEADLINE_REMINDER',
          title: content.get(row.id)!.title,
          body: content.get(row.id)!.body,
          link: content.get(row.id)!.link,
          data: { reminderId: row.id, deadlineId: row.deadlineId, deadlineKind: row.deadlineKind, dueDate: row.dueDate },
        })),
    );
    const byEmail = await recordDeliveries(m, send.filter((row) => row.wantsEmail).map((row) => row.id), 'EMAIL');
    const emailIds = await this.outbox.write(
      m,
      send
        .filter((row) => byEmail.has(row.id))
        .map((row) => {
          const { subject, text } = content.get(row.id)!.email();
          return { dedupeKey: `reminder:${row.id}:EMAIL`, to: row.email, subject, text };
        }),
    );
    await m.query(`UPDATE reminders SET state = 'SENT', sent_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])`, [
      send.map((row) => row.id),
    ]);
    // While the deadline stays open the representative hears again next week; from tomorrow at the
    // earliest, so that escalations held up by an outage do not arrive in a burst.
    const escalations = send
      .filter((row) => row.kind === 'ESCALATION')
      .map((row) => {
        const next = nextEscalationDate(row.dueDate, addDays(row.today, 1));
        return { deadlineId: row.deadlineId, userId: row.userId, offsetDays: -daysBetween(row.dueDate, next), dueOn: next };
      });
    if (escalations.length) {
      await m.query(
        `INSERT INTO reminders (deadline_id, recipient_user_id, offset_days, due_on, kind)
         SELECT x."deadlineId", x."userId", x."offsetDays", x."dueOn", 'ESCALATION'
           FROM jsonb_to_recordset($1::jsonb) AS x("deadlineId" uuid, "userId" uuid, "offsetDays" int, "dueOn" date)
         ON CONFLICT ON CONSTRAINT reminders_offset_key DO NOTHING`,
        [JSON.stringify(escalations)],
      );
    }
    return { outcomes, emailIds };
  }

  private wording(row: ReminderRow) {
    const locale = asLocale(row.locale);
    const subject: ReminderSubject = {
      reminderKind: row.kind,
      offsetDays: row.offsetDays,
      deadlineKind: row.deadlineKind,
      dueDate: row.dueDate,
      explanation: row.explanation,
      studentName: row.studentName,
    };
    const link = row.iepId ? `/ieps/${row.iepId}` : `/students/${row.studentId}`;
    return {
      ...reminderText(subject, locale),
      link,
      email: () => reminderEmail(subject, locale, row.displayName, `${this.config.PUBLIC_URL}${link}`),
    };
  }
}

/** `todays` names the parameter holding each time zone's today (see RemindersProcessor.todays). */
const selectReminders = (todays: string) => `
  SELECT r.id, r.state, r.kind, r.offset_days AS "offsetDays", (${todays}::jsonb ->> z.time_zone) AS today,
         r.due_on <= (${todays}::jsonb ->> z.time_zone)::date AS due, d.id AS "deadlineId", d.kind AS "deadlineKind",
         to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.explanation, (d.met_on IS NOT NULL OR d.closed_on IS NOT NULL) AS met,
         d.student_id AS "studentId", d.iep_id AS "iepId", s.first_name || ' ' || s.last_name AS "studentName",
         u.id AS "userId", u.email, u.display_name AS "displayName", u.locale, u.active,
         -- The most specific choice wins (see effectiveEmailChoice); none means yes.
         coalesce((SELECT p.email FROM notification_preferences p
                    WHERE p.user_id = u.id AND p.deadline_kind IN (d.kind, '*') AND p.reminder_kind IN (r.kind, '*')
                    ORDER BY p.deadline_kind = '*', p.reminder_kind = '*' LIMIT 1), true) AS "wantsEmail"
    FROM reminders r
    JOIN deadlines d ON d.id = r.deadline_id
    JOIN districts z ON z.id = d.district_id
    JOIN students s ON s.id = d.student_id
    JOIN users u ON u.id = r.recipient_user_id`;

/** Records the channel's deliveries under their unique keys; answers the reminders that were not yet recorded. */
async function recordDeliveries(m: EntityManager, reminderIds: string[], channel: 'IN_APP' | 'EMAIL'): Promise<Set<string>> {
  if (reminderIds.length === 0) return new Set();
  const inserted: Array<{ reminderId: string }> = await m.query(
    `INSERT INTO reminder_deliveries (reminder_id, channel, delivery_key)
     SELECT x.id, $2, 'reminder:' || x.id::text || ':' || $2 FROM unnest($1::uuid[]) AS x(id)
     ON CONFLICT (delivery_key) DO NOTHING RETURNING reminder_id AS "reminderId"`,
    [reminderIds, channel],
  );
  return new Set(inserted.map((row) => row.reminderId));
}

/** The same reminders always make the same job id, so enqueuing a batch twice is harmless. */
function batchJobId(reminderIds: string[]): string {
  return `reminders-${createHash('sha256').update([...reminderIds].sort().join(',')).digest('hex').slice(0, 32)}`;
}
