import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Districts, schools, people, students, IEPs and their teams, sign-in sessions and the audit log:
 * the base every later area builds on.
 */
export class CreateCoreSchema1763840000000 implements MigrationInterface {
  name = 'CreateCoreSchema1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TYPE user_role AS ENUM (
        'PARENT', 'STUDENT', 'GENERAL_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SPECIALIST',
        'DISTRICT_REPRESENTATIVE', 'DISTRICT_ADMIN', 'GUEST')`);
    await q.query(`CREATE TYPE iep_kind AS ENUM ('INITIAL', 'ANNUAL', 'AMENDMENT')`);
    await q.query(`CREATE TYPE iep_status AS ENUM ('DRAFT', 'PROPOSED', 'ACTIVE', 'SUPERSEDED', 'EXPIRED')`);

    await q.query(`
      CREATE TABLE districts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        state_code text NOT NULL DEFAULT 'IDEA',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE schools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, name)
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid REFERENCES districts(id),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        password_hash text,
        display_name text NOT NULL CHECK (length(trim(display_name)) > 0),
        role user_role NOT NULL,
        specialty text,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`
      CREATE TABLE students (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        school_id uuid NOT NULL REFERENCES schools(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        date_of_birth date NOT NULL,
        grade text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX students_district_idx ON students (district_id, school_id)`);
    await q.query(`
      CREATE TABLE guardianships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        user_id uuid NOT NULL REFERENCES users(id),
        relationship text NOT NULL DEFAULT 'Parent',
        rights_holder boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (student_id, user_id)
      )`);
    await q.query(`CREATE INDEX guardianships_user_idx ON guardianships (user_id)`);
    await q.query(`
      CREATE TABLE ieps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        kind iep_kind NOT NULL,
        status iep_status NOT NULL DEFAULT 'DRAFT',
        case_manager_id uuid NOT NULL REFERENCES users(id),
        meeting_date date,
        start_date date,
        annual_review_due date,
        shared_with_family_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ieps_student_idx ON ieps (student_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE iep_team_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        user_id uuid NOT NULL REFERENCES users(id),
        team_role text NOT NULL,
        invited_by_id uuid REFERENCES users(id),
        expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (iep_id, user_id)
      )`);
    await q.query(`CREATE INDEX iep_team_members_user_idx ON iep_team_members (user_id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE sign_in_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (email, occurred_at)`);
    await q.query(`CREATE INDEX sign_in_failures_ip_idx ON sign_in_failures (ip, occurred_at)`);

    // FERPA access record: append-only, enforced here so that no code path can rewrite history.
    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        event text NOT NULL,
        outcome text NOT NULL DEFAULT 'ALLOWED' CHECK (outcome IN ('ALLOWED', 'DENIED')),
        actor_id uuid REFERENCES users(id),
        actor_role user_role,
        student_id uuid REFERENCES students(id),
        iep_id uuid REFERENCES ieps(id),
        ip text,
        user_agent text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_events_student_idx ON audit_events (student_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, occurred_at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update_or_delete
      BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate
      BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events', 'sign_in_failures', 'sessions', 'iep_team_members', 'ieps', 'guardianships',
      'students', 'users', 'schools', 'districts',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_events_append_only()`);
    await q.query(`DROP TYPE IF EXISTS iep_status`);
    await q.query(`DROP TYPE IF EXISTS iep_kind`);
    await q.query(`DROP TYPE IF EXISTS user_role`);
  }
}
