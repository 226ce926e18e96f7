import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'iep_app';

/**
 * Progress monitoring (DESIGN §6): data points recorded on a goal of the plan in force, their corrections
 * and the staff's acknowledgments of the decision rules' flags.
 *
 * A data point is corrected in place with `UPDATE … WHERE version = $n`; every version, the first
 * included, is a row of goal_data_point_revisions written in the same statement, so a correction keeps
 * what was recorded before it. A point entered offline carries the device's idempotency key: the key is
 * unique per recorder, so the same entry sent twice is stored once. How a goal is measured lives on the
 * goal's content (a goal written before has no measure and needs one: the drafting checks say so).
 */
export class CreateGoalProgress1764120000000 implements MigrationInterface {
  name = 'CreateGoalProgress1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE goal_data_points (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        part_id uuid NOT NULL REFERENCES iep_parts(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        value numeric NOT NULL,
        observed_on date NOT NULL,
        setting text NOT NULL CHECK (length(setting) <= 200),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        idempotency_key uuid NOT NULL,
        recorded_by_id uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recorded_by_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX goal_data_points_part_idx ON goal_data_points (part_id, observed_on, recorded_at)`);
    await q.query(`CREATE INDEX goal_data_points_iep_idx ON goal_data_points (iep_id)`);

    await q.query(`
      CREATE TABLE goal_data_point_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        point_id uuid NOT NULL REFERENCES goal_data_points(id),
        version integer NOT NULL,
        value numeric NOT NULL,
        observed_on date NOT NULL,
        setting text NOT NULL,
        note text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (point_id, version)
      )`);

    await q.query(`
      CREATE TABLE goal_flag_acknowledgments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        part_id uuid NOT NULL REFERENCES iep_parts(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        rule text NOT NULL CHECK (rule IN ('FOUR_SHORT_OF_AIM', 'SIX_BEYOND_AIM', 'TREND_MISSES_TARGET')),
        through_date date NOT NULL,
        note text NOT NULL CHECK (length(trim(note)) > 0 AND length(note) <= 2000),
        acknowledged_by_id uuid NOT NULL REFERENCES users(id),
        acknowledged_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX goal_flag_acknowledgments_part_idx ON goal_flag_acknowledgments (part_id, rule, through_date)`);

    // What was recorded stays on record: revisions and acknowledgments are append-only, like the audit log.
    await q.query(`
      CREATE FUNCTION goal_progress_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['goal_data_point_revisions', 'goal_flag_acknowledgments']) {
      await q.query(`
        CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION goal_progress_append_only()`);
    }
    // A point is corrected, never deleted.
    await q.query(`REVOKE DELETE, TRUNCATE ON goal_data_points, goal_data_point_revisions, goal_flag_acknowledgments FROM ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE ON goal_data_point_revisions, goal_flag_acknowledgments FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON goal_data_point_revisions, goal_flag_acknowledgments TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON goal_data_points TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE goal_flag_acknowledgments`);
    await q.query(`DROP TABLE goal_data_point_revisions`);
    await q.query(`DROP TABLE goal_data_points`);
    await q.query(`DROP FUNCTION goal_progress_append_only()`);
  }
}
