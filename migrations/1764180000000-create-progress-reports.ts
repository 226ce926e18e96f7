import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'iep_app';
const CODES = `'GOAL_MET', 'SUFFICIENT_PROGRESS', 'INSUFFICIENT_PROGRESS', 'NOT_YET_ADDRESSED', 'DISCONTINUED'`;

/**
 * Progress reports to families (34 CFR 300.320(a)(3)(ii), DESIGN §6).
 *
 * The district's reporting periods are kept beside its school calendar. Each period of each ACTIVE IEP
 * is a PROGRESS_REPORT deadline that names its period: an IEP has one open deadline per period, so the
 * "one open deadline per kind" index leaves this kind out, as it does records requests, and a unique
 * index on (IEP, period) is what a district-wide generation upserts on.
 *
 * A report is co-written per goal with `UPDATE … WHERE version = $n` (every version kept in
 * progress_report_entry_revisions), then sent: its content is frozen in the row with a SHA-256 digest
 * and a seal. The database refuses to change a sent report (but for the family's read receipt) and to
 * write an entry of one, whatever the application does. The family's questions are a small append-only
 * thread per goal: the IEP's comment threads belong to its negotiation, closed once it is in force.
 */
export class CreateProgressReports1764180000000 implements MigrationInterface {
  name = 'CreateProgressReports1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reporting_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
        first_day date NOT NULL,
        last_day date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (last_day >= first_day)
      )`);
    await q.query(`CREATE INDEX reporting_periods_district_idx ON reporting_periods (district_id, first_day)`);

    await q.query(`ALTER TABLE deadlines ADD COLUMN reporting_period_id uuid REFERENCES reporting_periods(id)`);
    await q.query(`ALTER TABLE deadlines ADD CONSTRAINT deadlines_period_only_for_reports CHECK (reporting_period_id IS NULL OR kind = 'PROGRESS_REPORT')`);
    await q.query(`CREATE UNIQUE INDEX deadlines_report_period_key ON deadlines (iep_id, reporting_period_id) WHERE reporting_period_id IS NOT NULL`);
    await q.query(`DROP INDEX deadlines_one_open_key`);
    await q.query(`
      CREATE UNIQUE INDEX deadlines_one_open_key ON deadlines (student_id, kind, iep_id) NULLS NOT DISTINCT
       WHERE met_on IS NULL AND closed_on IS NULL AND kind NOT IN ('RECORDS_REQUEST', 'PROGRESS_REPORT')`);

    await q.query(`
      CREATE TABLE progress_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        reporting_period_id uuid NOT NULL REFERENCES reporting_periods(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT')),
        content jsonb,
        digest text CHECK (digest ~ '^[0-9a-f]{64}$'),
        seal text,
        sent_at timestamptz,
        sent_by_id uuid REFERENCES users(id),
        read_at timestamptz,
        read_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (iep_id, reporting_period_id),
        CHECK ((status = 'SENT') = (content IS NOT NULL AND digest IS NOT NULL AND seal IS NOT NULL AND sent_at IS NOT NULL AND sent_by_id IS NOT NULL)),
        CHECK (read_at IS NULL OR status = 'SENT'),
        CHECK ((read_at IS NULL) = (read_by_id IS NULL))
      )`);

    await q.query(`
      CREATE TABLE progress_report_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES progress_reports(id),
        part_id uuid NOT NULL REFERENCES iep_parts(id),
        code text CHECK (code IN (${CODES})),
        narrative text NOT NULL DEFAULT '' CHECK (length(narrative) <= 4000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by_id uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (report_id, part_id)
      )`);
    await q.query(`
      CREATE TABLE progress_report_entry_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id uuid NOT NULL REFERENCES progress_report_entries(id),
        version integer NOT NULL,
        code text,
        narrative text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (entry_id, version)
      )`);
    await q.query(`
      CREATE TABLE progress_report_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES progress_reports(id),
        part_id uuid NOT NULL REFERENCES iep_parts(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX progress_report_questions_report_idx ON progress_report_questions (report_id, part_id, created_at)`);

    // A sent report is the record the family received: only its read receipt may still be written, once.
    await q.query(`
      CREATE FUNCTION progress_report_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'progress_reports' THEN
          IF OLD.status = 'SENT' AND (
               (to_jsonb(NEW) - 'read_at' - 'read_by_id') IS DISTINCT FROM (to_jsonb(OLD) - 'read_at' - 'read_by_id')
               OR (OLD.read_at IS NOT NULL AND (NEW.read_at, NEW.read_by_id) IS DISTINCT FROM (OLD.read_at, OLD.read_by_id))) THEN
            RAISE EXCEPTION 'progress report % was sent and is frozen', OLD.id USING ERRCODE = 'insufficient_privilege';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM progress_reports r WHERE r.id = NEW.report_id AND r.status = 'SENT') THEN
          RAISE EXCEPTION 'progress report % was sent and is frozen', NEW.report_id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER progress_reports_frozen BEFORE UPDATE ON progress_reports FOR EACH ROW EXECUTE FUNCTION progress_report_frozen()`);
    await q.query(`
      CREATE TRIGGER progress_report_entries_frozen BEFORE INSERT OR UPDATE ON progress_report_entries
      FOR EACH ROW EXECUTE FUNCTION progress_report_frozen()`);
    for (const table of ['progress_report_entry_revisions', 'progress_report_questions']) {
      await q.query(`
        CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION goal_progress_append_only()`);
    }

    await q.query(`REVOKE DELETE, TRUNCATE ON reporting_periods, progress_reports, progress_report_entries, progress_report_entry_revisions, progress_report_questions FROM ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE ON progress_report_entry_revisions, progress_report_questions FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON progress_report_entry_revisions, progress_report_questions TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON reporting_periods, progress_reports, progress_report_entries TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['progress_report_questions', 'progress_report_entry_revisions', 'progress_report_entries', 'progress_reports']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION progress_report_frozen()`);
    await q.query(`DROP INDEX deadlines_one_open_key`);
    // A district may have several progress reports open by now; they cannot all stay open under the old index.
    await q.query(`DELETE FROM deadlines WHERE reporting_period_id IS NOT NULL`);
    await q.query(`
      CREATE UNIQUE INDEX deadlines_one_open_key ON deadlines (student_id, kind, iep_id) NULLS NOT DISTINCT
       WHERE met_on IS NULL AND closed_on IS NULL AND kind <> 'RECORDS_REQUEST'`);
    await q.query(`DROP INDEX deadlines_report_period_key`);
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_period_only_for_reports`);
    await q.query(`ALTER TABLE deadlines DROP COLUMN reporting_period_id`);
    await q.query(`DROP TABLE reporting_periods`);
  }
}
