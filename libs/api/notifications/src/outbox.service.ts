import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { LOGGER } from '@iep/api/core';
import { QueueName, sendEmailJob } from '@iep/api/jobs';

export interface OutgoingEmail {
  /** What the message is about, e.g. `password-reset:<token id>`: the same key is never sent twice. */
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
  /** Small text files that go with the message, e.g. a meeting's `.ics` invitation. */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
  /** A binary file (a PDF) travels as base64 text. */
  encoding?: 'base64';
}

/**
 * E-mail leaves through an outbox: the row is written in the caller's transaction, so a message
 * exists exactly when the change that caused it committed. The queue only speeds delivery up; the
 * worker's sweep sends anything the queue lost.
 */
@Injectable()
export class OutboxService {
  constructor(
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Inside the transaction: returns the ids to pass to `dispatch` once it has committed. */
  async write(manager: EntityManager, emails: OutgoingEmail[]): Promise<string[]> {
    if (emails.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      // The recipient's district owns the message: its administrators see it if it cannot be sent.
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body, attachments, district_id)
       SELECT r.dedupe_key, r.to_address, r.subject, r.text_body, coalesce(r.attachments, '[]'),
              (SELECT u.district_id FROM users u WHERE u.email = lower(r.to_address))
         FROM jsonb_to_recordset($1::jsonb) AS r(dedupe_key text, to_address text, subject text, text_body text, attachments jsonb)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [JSON.stringify(emails.map((e) => ({ dedupe_key: e.dedupeKey, to_address: e.to, subject: e.subject, text_body: e.text, attachments: e.attachments ?? [] })))],
    );
    return rows.map((row) => row.id);
  }

  /** After commit. A Redis outage only delays the message: the sweep picks it up. */
  async dispatch(emailIds: string[]): Promise<void> {
    try {
      await this.mailQueue.addBulk(emailIds.map((id) => sendEmailJob(id, 0)));
    } catch (error) {
      this.logger.warn({ err: error, emailIds }, 'could not enqueue e-mail; the sweep will send it');
    }
  }
}
