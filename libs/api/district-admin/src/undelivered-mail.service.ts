import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { isUuid } from '@iep/api/core';
import { OutboxService } from '@iep/api/notifications';
import { DistrictScope, NotInDistrict, type Actor } from './district-scope.service';
import type { UndeliveredEmailModel } from './models/undelivered-email.model';

/** The newest first; an administrator acts on a handful, and a longer list says the mail server is down. */
const LIST_LIMIT = 200;

interface UndeliveredRow {
  id: string;
  to: string;
  recipientName: string | null;
  subject: string;
  reason: string;
  attempts: number;
  createdAt: Date;
  failedAt: Date;
}

/** E-mail of the district that used up its attempts: who, what, why and when; and sending one again. */
@Injectable()
export class UndeliveredMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scope: DistrictScope,
    private readonly outbox: OutboxService,
  ) {}

  async list(actor: Actor): Promise<UndeliveredEmailModel[]> {
    const rows: UndeliveredRow[] = await this.dataSource.query(
      `SELECT e.id, e.to_address AS "to", u.display_name AS "recipientName", e.subject,
              coalesce(e.last_error, '') AS reason, e.attempts, e.created_at AS "createdAt", e.failed_at AS "failedAt"
         FROM outbound_emails e LEFT JOIN users u ON u.email = lower(e.to_address)
        WHERE e.district_id = $1 AND e.failed_at IS NOT NULL AND e.sent_at IS NULL
        ORDER BY e.failed_at DESC, e.id LIMIT $2`,
      [actor.districtId, LIST_LIMIT],
    );
    await this.audit.record({ event: AuditEvent.UndeliveredEmailsViewed, ...this.scope.entryBase(actor), data: { count: rows.length } });
    return rows;
  }

  /**
   * Puts a failed message back in the outbox with its attempts renewed, and queues it at once. A message
   * that is not failed (already sent, or retried by someone else meanwhile) is a CONFLICT-free no-op: it
   * is simply no longer on the list, which is what the caller wanted.
   */
  retry(actor: Actor, id: string): Promise<boolean> {
    return this.scope.guard(actor, 'retryEmail', async () => {
      const retried = await this.dataSource.transaction(async (m) => {
        const [[row]]: [Array<{ id: string; to: string; attempts: number }>, number] = isUuid(id)
          ? await m.query(
              `WITH previous AS (SELECT id, attempts FROM outbound_emails WHERE id = $1 AND district_id = $2 FOR UPDATE)
               UPDATE outbound_emails e
                  SET failed_at = NULL, attempts = 0, next_attempt_at = now(), claimed_until = NULL
                 FROM previous p
                WHERE e.id = p.id AND e.failed_at IS NOT NULL AND e.sent_at IS NULL
               RETURNING e.id, e.to_address AS "to", p.attempts`,
              [id, actor.districtId],
            )
          : [[], 0];
        if (!row) {
          const [exists] = isUuid(id)
            ? await m.query(`SELECT 1 FROM outbound_emails WHERE id = $1 AND district_id = $2`, [id, actor.districtId])
            : [];
          if (!exists) throw new NotInDistrict('That e-mail');
          return false;
        }
        await this.audit.record(
          { event: AuditEvent.EmailRetried, ...this.scope.entryBase(actor), data: { emailId: row.id, to: row.to, attempts: row.attempts } },
          m,
        );
        return true;
      });
      if (retried) await this.outbox.dispatch([id]);
      return retried;
    });
  }
}
