import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster import (OneRoster 1.2 CSV, issue 19): the district's student information system is the source
 * of its schools, students, families and staff.
 *
 * - `sourced_id` is the record's OneRoster sourcedId, unique per district, so re-running an import
 *   updates the same rows and never duplicates them. Records typed in by hand have none until an import
 *   adopts them (same e-mail, same school name, same student name and birth date).
 * - Schools and students gain an `active` flag: a full import deactivates what the district's system
 *   no longer lists, never deletes it (IEPs, signatures and the audit log point at those rows).
 * - An uploaded bundle is kept as ordered chunks in PostgreSQL, written as the upload streams in, so any
 *   worker replica can read it without a shared disk; the chunks go once the import is done with.
 */
export class AddRosterImport1764110000000 implements MigrationInterface {
  name = 'AddRosterImport1764110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE schools ADD COLUMN sourced_id text, ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE students ADD COLUMN sourced_id text, ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE users ADD COLUMN sourced_id text`);
    await q.query(`ALTER TABLE guardianships ADD COLUMN sourced_id text`);
    await q.query(`CREATE UNIQUE INDEX schools_sourced_id_key ON schools (district_id, sourced_id) WHERE sourced_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX students_sourced_id_key ON students (district_id, sourced_id) WHERE sourced_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX users_sourced_id_key ON users (district_id, sourced_id) WHERE sourced_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE roster_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        uploaded_by_id uuid NOT NULL REFERENCES users(id),
        file_name text NOT NULL,
        byte_size bigint NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'UPLOADING' CHECK (status IN
          ('UPLOADING', 'QUEUED', 'VALIDATING', 'VALIDATED', 'INVALID', 'APPLY_QUEUED', 'APPLYING', 'APPLIED', 'FAILED')),
        mode text CHECK (mode IN ('BULK', 'DELTA')),
        phase text,
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        report jsonb,
        applied_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX roster_imports_district_idx ON roster_imports (district_id, created_at DESC)`);
    await q.query(`CREATE INDEX roster_imports_pending_idx ON roster_imports (status) WHERE status IN ('QUEUED', 'APPLY_QUEUED')`);
    await q.query(`
      CREATE TABLE roster_import_chunks (
        import_id uuid NOT NULL REFERENCES roster_imports(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
    // The default privileges already cover new tables; said here so that the grant is visible in review.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON roster_imports TO iep_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON roster_import_chunks TO iep_app`);
    await q.query(`REVOKE UPDATE, TRUNCATE ON roster_import_chunks FROM iep_app`);
    await q.query(`REVOKE DELETE, TRUNCATE ON roster_imports FROM iep_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roster_import_chunks`);
    await q.query(`DROP TABLE roster_imports`);
    await q.query(`DROP INDEX users_sourced_id_key`);
    await q.query(`DROP INDEX students_sourced_id_key`);
    await q.query(`DROP INDEX schools_sourced_id_key`);
    await q.query(`ALTER TABLE guardianships DROP COLUMN sourced_id`);
    await q.query(`ALTER TABLE users DROP COLUMN sourced_id`);
    await q.query(`ALTER TABLE students DROP COLUMN sourced_id, DROP COLUMN active`);
    await q.query(`ALTER TABLE schools DROP COLUMN sourced_id, DROP COLUMN active`);
  }
}
