import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, LOGGER, type AppConfig } from '@iep/api/core';
import { JobName, QueueName, jobsOfQueue, sendEmailJob } from '@iep/api/jobs';
import { missingHandlers, type JobHandlers } from './job-handlers';
import { MAIL_TRANSPORT, type MailMessage, type MailTransport } from './mail-transport';

/** Rows one sweep query queues; a sweep repeats it while it finds full batches (up to SWEEP_MAX_ROWS). */
const SWEEP_BATCH = 2_000;
const SWEEP_MAX_ROWS = 50_000;
/** A message the queue should already be sending is left alone this long before the sweep queues it again. */
const SWEEP_GRACE_MS = 10_000;
/** A claim outlives the send timeout by this much, so that only a dead worker's claim ever expires. */
const CLAIM_MARGIN_MS = 30_000;
/** Backoff never waits longer than this between two attempts. */
const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

export type SendOutcome = 'sent' | 'not-due' | 'retry-later' | 'failed';

interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  attachments: MailMessage['attachments'];
  attempts: number;
}

export class MailSendTimeout extends Error {
  constructor(ms: number) {
    super(`the mail server did not finish within ${ms} ms`);
  }
}

/**
 * Sends the outbox. No transaction or row lock is held while the mail server talks: a send claims
 * its row for a bounded time in one statement, calls the transport under a timeout, and records the
 * outcome in another statement. A slow, failing or silent mail server therefore costs one worker
 * slot for at most MAIL_SEND_TIMEOUT_MS and no database connection at all while it waits.
 */
@Processor(QueueName.Mail, { concurrency: 16 })
export class MailProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: JobHandlers = {
    [JobName.SendEmail]: (job) => this.sendEmail(String(job.data.emailId)),
    [JobName.SweepUnsentEmail]: () => this.sweepUnsent(),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  onModuleInit() {
    const missing = missingHandlers(jobsOfQueue(QueueName.Mail), this.handlers);
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  /** A Redis outage surfaces here once per reconnect attempt; it only delays jobs, so it is a warning. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error) {
    this.logger.warn({ err: error, queue: QueueName.Mail }, 'queue connection error');
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return handler(job);
  }

  /**
   * One attempt. The claim (one UPDATE) lets exactly one worker send a due message; `sent_at` is set
   * only after the transport accepted it, so a retry after success finds nothing to do. A worker that
   * dies mid-send leaves a claim that expires, and the sweep queues the message again.
   */
  // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
  async sendEmail(emailId: string): Promise<SendOutcome> {
    const timeoutMs = this.config.MAIL_SEND_TIMEOUT_MS;
    const [[claimed]]: [ClaimedEmail[], number] = await this.dataSource.query(
      `UPDATE outbound_emails
          SET attempts = attempts + 1, last_attempt_at = now(), claimed_until = now() + $2 * interval '1 millisecond'
        WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
          AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING id, to_address, subject, text_body, attachments, attempts`,
      [emailId, timeoutMs + CLAIM_MARGIN_MS],
    );
    if (!claimed) return 'not-due';
    try {
      await withTimeout(
        this.transport.send({ id: claimed.id, to: claimed.to_address, subject: claimed.subject, text: claimed.text_body, attachments: claimed.attachments }),
        timeoutMs,
      );
    } catch (error) {
      return this.recordFailure(claimed, error);
    }
    await this.dataSource.query(
      `UPDATE outbound_emails SET sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = $1`,
      [claimed.id],
    );
    return 'sent';
  }

  /**
   * Backoff doubles from MAIL_RETRY_BASE_MS; after MAIL_MAX_ATTEMPTS the message is failed and waits for
   * an administrator. The next attempt is queued with the delay PostgreSQL computed, so both agree on
   * when it is due; if Redis is down, the sweep queues it instead.
   */
  private async recordFailure(claimed: ClaimedEmail, error: unknown): Promise<SendOutcome> {
    const reason = String(error instanceof Error ? error.message : error).slice(0, 500);
    const [[row]]: [Array<{ failed: boolean; delay_ms: number; attempts: number }>, number] = await this.dataSource.query(
      `UPDATE outbound_emails
          SET claimed_until = NULL, last_error = $2,
              failed_at = CASE WHEN attempts >= $3 THEN now() END,
              next_attempt_at = now() + least($4 * power(2, attempts - 1), $5) * interval '1 millisecond'
        WHERE id = $1 AND sent_at IS NULL
        RETURNING failed_at IS NOT NULL AS failed, ceil(extract(epoch FROM next_attempt_at - now()) * 1000)::int AS delay_ms, attempts`,
      [claimed.id, reason, this.config.MAIL_MAX_ATTEMPTS, this.config.MAIL_RETRY_BASE_MS, MAX_RETRY_DELAY_MS],
    );
    if (!row) return 'not-due';
    if (row.failed) {
      this.logger.warn({ emailId: claimed.id, attempts: row.attempts, reason }, 'e-mail could not be sent; left for a district administrator');
      return 'failed';
    }
    this.logger.info({ emailId: claimed.id, attempts: row.attempts, retryInMs: row.delay_ms, reason }, 'e-mail send failed; will retry');
    await this.queue
      .add(...spread(sendEmailJob(claimed.id, row.attempts, row.delay_ms)))
      .catch((queueError: unknown) => this.logger.warn({ err: queueError, emailId: claimed.id }, 'could not queue the retry; the sweep will'));
    return 'retry-later';
  }

  /**
   * Re-derives from PostgreSQL whatever Redis lost: every due message that is neither claimed nor
   * recently queued is queued again, in batches, until none is left or the sweep has done its share.
   * Queuing one already waiting is harmless (the job id names the attempt).
   */
  async sweepUnsent(): Promise<{ queued: number }> {
    let queued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    let afterDue = new Date(0);
    while (queued < SWEEP_MAX_ROWS) {
      const rows: Array<{ id: string; attempts: number; next_attempt_at: Date }> = await this.dataSource.query(
        `SELECT id, attempts, next_attempt_at FROM outbound_emails
          WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() - $1 * interval '1 millisecond'
            AND (claimed_until IS NULL OR claimed_until < now())
            AND (next_attempt_at, id) > ($2::timestamptz, $3::uuid)
          ORDER BY next_attempt_at, id LIMIT $4`,
        [SWEEP_GRACE_MS, afterDue, after, SWEEP_BATCH],
      );
      if (rows.length === 0) break;
      await this.queue.addBulk(rows.map((row) => sendEmailJob(row.id, row.attempts)));
      queued += rows.length;
      const last = rows[rows.length - 1];
      after = last.id;
      afterDue = last.next_attempt_at;
      if (rows.length < SWEEP_BATCH) break;
    }
    if (queued) this.logger.info({ queued }, 'queued unsent e-mail again');
    return { queued };
  }
}

function spread(job: ReturnType<typeof sendEmailJob>): [string, unknown, ReturnType<typeof sendEmailJob>['opts']] {
  return [job.name, job.data, job.opts];
}

/** The transport's promise, or a MailSendTimeout once `ms` have passed; the timer never keeps the process alive. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MailSendTimeout(ms)), ms);
    timer.unref();
  });
  // A transport that answers after the timeout must not surface as an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
