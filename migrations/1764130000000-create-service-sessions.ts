import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'iep_app';
const STATUSES = `'DELIVERED', 'STUDENT_ABSENT', 'STUDENT_UNAVAILABLE', 'PROVIDER_ABSENT', 'SCHOOL_CLOSED', 'MAKE_UP'`;

/**
 * Service delivery (DESIGN §6): every session a provider logs against a service (a SERVICE part) of the
 * IEP in force. The bounds are checked in libs/domain (sessionProblems) before a row is written; the
 * database keeps the same shape so that no other path writes a 600-minute session.
 *
 * - Offline entry sends a session again when the connection returns: the client's idempotency key,
 *   unique per person who recorded it, makes the second send find the first row instead of adding one.
 * - A correction is `UPDATE … WHERE version = $n`, and each version's content is kept, append-only, in
 *   service_session_revisions: the record a Medicaid audit asks for.
 * - Student, school and district are copied on the row so that the district's dashboard and the billing
 *   export read one table by district and date, at twenty million rows a year.
 * - Nothing is deleted: `iep_app` gets no DELETE on either table, and no UPDATE on the revisions.
 */
export class CreateServiceSessions1764130000000 implements MigrationInterface {
  name = 'CreateServiceSessions1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES iep_parts(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        student_id uuid NOT NULL REFERENCES students(id),
        school_id uuid NOT NULL REFERENCES schools(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        session_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 480),
        group_size integer NOT NULL CHECK (group_size BETWEEN 1 AND 12),
        location text NOT NULL DEFAULT '' CHECK (char_length(location) <= 200),
        goal_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(goal_ids) <= 50),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
        provider_id uuid NOT NULL REFERENCES users(id),
        idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 8 AND 100),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT service_sessions_idempotency_key UNIQUE (provider_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX service_sessions_service_idx ON service_sessions (service_id, session_date)`);
    await q.query(`CREATE INDEX service_sessions_district_idx ON service_sessions (district_id, session_date)`);
    await q.query(`
      CREATE TABLE service_session_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES service_sessions(id),
        version integer NOT NULL,
        content jsonb NOT NULL,
        change text NOT NULL CHECK (change IN ('RECORDED', 'CORRECTED')),
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION service_session_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'service_session_revisions is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER service_session_revisions_no_update_or_delete BEFORE UPDATE OR DELETE ON service_session_revisions
      FOR EACH ROW EXECUTE FUNCTION service_session_revisions_append_only()`);
    await q.query(`
      CREATE TRIGGER service_session_revisions_no_truncate BEFORE TRUNCATE ON service_session_revisions
      FOR EACH STATEMENT EXECUTE FUNCTION service_session_revisions_append_only()`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON service_sessions TO ${APP_ROLE}`);
    await q.query(`REVOKE DELETE, TRUNCATE ON service_sessions FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON service_session_revisions TO ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON service_session_revisions FROM ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_session_revisions`);
    await q.query(`DROP FUNCTION service_session_revisions_append_only()`);
    await q.query(`DROP TABLE service_sessions`);
  }
}
