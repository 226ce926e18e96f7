import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LOGGER } from '@iep/api/core';
import { JobName, QueueName, jobsOfQueue } from '@iep/api/jobs';
import { missingHandlers, type JobHandlers } from './job-handlers';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';

const SWEEP_BATCH = 500;

@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: JobHandlers = {
    [JobName.SendEmail]: (job) => this.sendEmail(String(job.data.emailId)),
    [JobName.SweepUnsentEmail]: () => this.sweepUnsent(),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
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
   * The row lock keeps two workers from sending one message at once, and `sent_at` is set in the
   * same transaction, so a retry after success finds nothing to do.
   */
  async sendEmail(emailId: string): Promise<'sent' | 'already-sent'> {
    return this.dataSource.transaction(async (manager) => {
      const [email]: Array<{ id: string; to_address: string; subject: string; text_body: string }> =
        await manager.query(
          `SELECT id, to_address, subject, text_body FROM outbound_emails WHERE id = $1 AND sent_at IS NULL FOR UPDATE SKIP LOCKED`,
          [emailId],
        );
      if (!email) return 'already-sent';
      try {
        await this.transport.send({
          id: email.id,
          to: email.to_address,
          subject: email.subject,
          text: email.text_body,
        });
      } catch (error) {
        await this.dataSource.query(
          `UPDATE outbound_emails SET attempts = attempts + 1, last_error = $2 WHERE id = $1`,
          [email.id, String(error instanceof Error ? error.message : error).slice(0, 500)],
        );
        throw error;
      }
      await manager.query(
        `UPDATE outbound_emails SET sent_at = now(), attempts = attempts + 1 WHERE id = $1`,
        [email.id],
      );
      return 'sent';
    });
  }

  /** Re-derives from PostgreSQL whatever Redis lost: every unsent message older than a minute is queued again. */
  async sweepUnsent(): Promise<{ queued: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM outbound_emails WHERE sent_at IS NULL AND attempts < 10 AND created_at < now() - interval '1 minute'
        ORDER BY created_at LIMIT $1`,
      [SWEEP_BATCH],
    );
    await this.queue.addBulk(
      rows.map((row) => ({
        name: JobName.SendEmail,
        data: { emailId: row.id },
        opts: { jobId: `email-${row.id}`, removeOnComplete: 1000, removeOnFail: 5000 },
      })),
    );
    if (rows.length) this.logger.info({ queued: rows.length }, 'queued unsent e-mail again');
    return { queued: rows.length };
  }
}
