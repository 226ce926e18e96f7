import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password resets, team invitations, in-app notifications and the outbox of e-mail. Tokens are kept
 * only as SHA-256 hashes; e-mail is a row first, so a lost queue never loses a message.
 */
export class CreateAccountsAndMail1763850000000 implements MigrationInterface {
  name = 'CreateAccountsAndMail1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id)`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        iep_id uuid NOT NULL REFERENCES ieps(id),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        display_name text NOT NULL,
        role user_role NOT NULL,
        team_role text NOT NULL,
        invited_by_id uuid NOT NULL REFERENCES users(id),
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX invitations_iep_idx ON invitations (iep_id)`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE outbound_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL UNIQUE,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbound_emails_unsent_idx ON outbound_emails (created_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['outbound_emails', 'notifications', 'invitations', 'password_reset_tokens']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
