import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'iep_app';

/**
 * A parent's request to inspect their child's education records (34 CFR 300.613): asked in the app, answered
 * by the district with one ZIP of the records and a manifest of their SHA-256 digests, and delivered when the
 * family downloads it. The ZIP is kept as it was handed over, so the district can show what the family received;
 * once prepared it is never rewritten, and a request is never deleted.
 */
export class CreateRecordsRequests1764170000000 implements MigrationInterface {
  name = 'CreateRecordsRequests1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE records_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        requested_by_id uuid NOT NULL REFERENCES users(id),
        requested_on date NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        locale text NOT NULL CHECK (locale IN ('en', 'es')),
        deadline_id uuid NOT NULL REFERENCES deadlines(id),
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'READY', 'DELIVERED')),
        prepared_by_id uuid REFERENCES users(id),
        prepared_at timestamptz,
        export_file_name text CHECK (length(export_file_name) BETWEEN 1 AND 200),
        export_sha256 text CHECK (export_sha256 ~ '^[0-9a-f]{64}$'),
        export_size integer CHECK (export_size > 0),
        export_content bytea,
        manifest jsonb,
        delivered_to_id uuid REFERENCES users(id),
        delivered_at timestamptz,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'REQUESTED') = (prepared_at IS NULL)),
        CHECK ((prepared_at IS NULL) = (prepared_by_id IS NULL) AND (prepared_at IS NULL) = (export_content IS NULL)
               AND (export_content IS NULL) = (export_sha256 IS NULL) AND (export_content IS NULL) = (export_size IS NULL)
               AND (export_content IS NULL) = (manifest IS NULL) AND (export_content IS NULL) = (export_file_name IS NULL)),
        CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL) AND (delivered_at IS NULL) = (delivered_to_id IS NULL))
      )`);
    // One open request per student: a second ask while one is being answered is the same request.
    await q.query(`CREATE UNIQUE INDEX records_requests_open_key ON records_requests (student_id) WHERE status <> 'DELIVERED'`);
    await q.query(`CREATE INDEX records_requests_student_idx ON records_requests (student_id, requested_at DESC)`);
    // What was handed over stays as it was: the export, once prepared, and the delivery, once made.
    await q.query(`
      CREATE FUNCTION records_requests_keep_export() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'IEP_FROZEN: a records request is kept' USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF OLD.export_content IS NOT NULL AND (NEW.export_content IS DISTINCT FROM OLD.export_content OR NEW.manifest IS DISTINCT FROM OLD.manifest
            OR NEW.export_sha256 IS DISTINCT FROM OLD.export_sha256) THEN
          RAISE EXCEPTION 'IEP_FROZEN: a prepared records export cannot be changed' USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF OLD.delivered_at IS NOT NULL AND (NEW.delivered_at IS DISTINCT FROM OLD.delivered_at OR NEW.delivered_to_id IS DISTINCT FROM OLD.delivered_to_id) THEN
          RAISE EXCEPTION 'IEP_FROZEN: a recorded delivery cannot be changed' USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER records_requests_keep_export BEFORE UPDATE OR DELETE ON records_requests
        FOR EACH ROW EXECUTE FUNCTION records_requests_keep_export()`);
    await q.query(`REVOKE DELETE, TRUNCATE ON TABLE records_requests FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON TABLE records_requests TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE records_requests`);
    await q.query(`DROP FUNCTION records_requests_keep_export()`);
  }
}
