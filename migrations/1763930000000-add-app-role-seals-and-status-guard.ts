import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database's own defences (issue 14, DESIGN §8 "Security posture"):
 *
 * - Only the district designates who holds a child's educational rights: a guardianship made without
 *   saying so (an invitation "as a parent") grants none.
 * - An IEP's status moves only along the lifecycle (IEP_STATUS_TRANSITIONS in libs/domain; an
 *   integration test checks that this trigger and that list agree). A change the lifecycle never makes,
 *   such as ACTIVE back to DRAFT, is refused whoever writes it.
 * - Frozen versions and signatures carry a seal: an HMAC made with a key the database never sees
 *   (SEAL_KEYS), so rewriting content and digest together no longer passes verification.
 * - The API and the worker connect as `iep_app`, a role that owns nothing: it cannot alter a table,
 *   disable a trigger or set session_replication_role, and holds no UPDATE on what is append-only or
 *   frozen, and DELETE only where the product deletes. Migrations keep running as the schema owner.
 *   Default privileges give future tables SELECT, INSERT, UPDATE and DELETE; a migration that adds a
 *   frozen or append-only table revokes UPDATE and DELETE on it, as this one does for today's.
 *
 * Roles belong to the whole cluster, not to a database: the role is created once and left in place by
 * `down`, since other databases of the cluster (test copies, staging) may use it.
 */
const APP_ROLE = 'iep_app';

/** Tables whose rows are never changed once written: append-only logs and the signed record. */
const FROZEN_TABLES = ['audit_events', 'iep_part_revisions', 'iep_versions', 'iep_signatures', 'iep_decisions'];

/** The only tables the product deletes rows from (unlinking, sign-in clean-up, calendar edits). */
const DELETABLE_TABLES = ['guardianships', 'iep_team_members', 'sessions', 'sign_in_failures', 'calendar_closures'];

/** The same pairs as IEP_STATUS_TRANSITIONS (libs/domain); migrations import no path aliases. */
const STATUS_TRANSITIONS: Array<[string, string]> = [
  ['DRAFT', 'PROPOSED'],
  ['PROPOSED', 'DRAFT'],
  ['PROPOSED', 'ACTIVE'],
  ['ACTIVE', 'SUPERSEDED'],
  ['ACTIVE', 'EXPIRED'],
];

const SEAL_FORMAT = `'^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$'`;

export class AddAppRoleSealsAndStatusGuard1763930000000 implements MigrationInterface {
  name = 'AddAppRoleSealsAndStatusGuard1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE guardianships ALTER COLUMN rights_holder SET DEFAULT false`);

    // "<key id>:<base64 HMAC-SHA-256>"; NULL on rows frozen before sealing existed.
    await q.query(`ALTER TABLE iep_versions ADD COLUMN seal text CHECK (seal ~ ${SEAL_FORMAT})`);
    await q.query(`ALTER TABLE iep_signatures ADD COLUMN seal text CHECK (seal ~ ${SEAL_FORMAT})`);

    const allowed = STATUS_TRANSITIONS.map(([from, to]) => `('${from}', '${to}')`).join(', ');
    await q.query(`
      CREATE FUNCTION ieps_status_follows_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (OLD.status::text, NEW.status::text) NOT IN (VALUES ${allowed}) THEN
          RAISE EXCEPTION 'IEP_STATUS: an IEP cannot go from % to % (IEP %)', OLD.status, NEW.status, OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ieps_status_follows_lifecycle BEFORE UPDATE OF status ON ieps
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION ieps_status_follows_lifecycle()`);

    // Two migrations creating the role at once (parallel test runs on one cluster) must both succeed.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON TABLE migrations FROM ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON TABLE ${FROZEN_TABLES.join(', ')} FROM ${APP_ROLE}`);
    await q.query(`GRANT DELETE ON TABLE ${DELETABLE_TABLES.join(', ')} TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`DROP TRIGGER ieps_status_follows_lifecycle ON ieps`);
    await q.query(`DROP FUNCTION ieps_status_follows_lifecycle()`);
    await q.query(`ALTER TABLE iep_signatures DROP COLUMN seal`);
    await q.query(`ALTER TABLE iep_versions DROP COLUMN seal`);
    await q.query(`ALTER TABLE guardianships ALTER COLUMN rights_holder SET DEFAULT true`);
  }
}
