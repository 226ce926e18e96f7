import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sending no longer holds a row lock across the SMTP conversation. A send claims the message for a
 * bounded time (`claimed_until`), talks to the mail server with no transaction open, then records the
 * outcome. A failure waits until `next_attempt_at` (exponential backoff) and after the last allowed
 * attempt is marked `failed_at`, which puts it on the district administrator's "could not be sent" list.
 * `district_id` says whose list that is; it is filled from the recipient's account where there is one.
 */
export class AddMailDeliveryState1763950000000 implements MigrationInterface {
  name = 'AddMailDeliveryState1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbound_emails
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN claimed_until timestamptz,
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN district_id uuid REFERENCES districts(id)`);
    await q.query(`
      UPDATE outbound_emails e SET district_id = u.district_id FROM users u WHERE u.email = lower(e.to_address)`);
    // Messages that used up their attempts under the old rule (10) count as failed.
    await q.query(`UPDATE outbound_emails SET failed_at = now() WHERE sent_at IS NULL AND attempts >= 10`);
    await q.query(`DROP INDEX outbound_emails_unsent_idx`);
    await q.query(`
      CREATE INDEX outbound_emails_due_idx ON outbound_emails (next_attempt_at)
        WHERE sent_at IS NULL AND failed_at IS NULL`);
    await q.query(`
      CREATE INDEX outbound_emails_failed_idx ON outbound_emails (district_id, failed_at DESC)
        WHERE failed_at IS NOT NULL AND sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbound_emails_failed_idx`);
    await q.query(`DROP INDEX outbound_emails_due_idx`);
    await q.query(`CREATE INDEX outbound_emails_unsent_idx ON outbound_emails (created_at) WHERE sent_at IS NULL`);
    await q.query(`
      ALTER TABLE outbound_emails
        DROP COLUMN district_id, DROP COLUMN last_attempt_at, DROP COLUMN failed_at,
        DROP COLUMN claimed_until, DROP COLUMN next_attempt_at`);
  }
}
