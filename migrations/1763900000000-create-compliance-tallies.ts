import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the district compliance dashboard reads. A district with 200,000 students on IEPs has about a
 * million deadlines, and counting them on every dashboard view costs ~200 ms of database time. So the
 * counts that do not depend on the date are kept as tallies, written by statement-level triggers in the
 * same transaction as the deadlines they count (no job, nothing to lag behind):
 *
 * - KIND_DAY: per deadline kind, open deadlines by due date (the dashboard turns dates into overdue, due
 *   this week, upcoming and the weekly chart for whatever "today" is), met ones on time and late;
 * - SCHOOL and CASE_MANAGER: per school and per responsible case manager, open, met on time and met late.
 *
 * Only the overdue and due-this-week split per school and case manager is read from the deadlines
 * themselves, through the covering index below, which holds nothing but open deadlines. A version per
 * district moves with every change to its tallies, so a dashboard computed once can be reused until then.
 */
const COUNTED_OF = (t: string) =>
  ['district_id', 'school_id', 'responsible_user_id', 'kind', 'due_date', 'met_on'].map((c) => `${t}.${c}`).join(', ');
const COUNTED = 'district_id, school_id, responsible_user_id, kind, due_date, met_on';

/**
 * Adds the signed rows of `changes` (the counted columns and a sign, +1 for a row version that now
 * exists, -1 for one that no longer does) to the tallies: summed per tally key and applied in key order,
 * so that concurrent statements lock tally rows in the same order. Every district whose tallies changed
 * gets a new version number.
 */
function applyTally(changes: string, extraCte?: string): string {
  return `
    WITH ${extraCte ? `${extraCte},` : ''} c AS (
      SELECT x.district_id, x.school_id, x.responsible_user_id, x.kind, x.due_date, x.sign,
             CASE WHEN x.met_on IS NULL THEN 'OPEN' WHEN x.met_on <= x.due_date THEN 'MET_ON_TIME' ELSE 'MET_LATE' END AS state
        FROM (${changes}) AS x),
    applied AS (
    INSERT INTO compliance_tallies AS t (district_id, grain, owner_id, kind, due_date, state, n)
    SELECT c.district_id, g.grain, g.owner_id, c.kind, g.due_date, c.state, sum(c.sign)::int
      FROM c CROSS JOIN LATERAL (VALUES ('KIND_DAY', NULL::uuid, CASE WHEN c.state = 'OPEN' THEN c.due_date END),
                                        ('SCHOOL', c.school_id, NULL::date),
                                        ('CASE_MANAGER', c.responsible_user_id, NULL::date)) AS g(grain, owner_id, due_date)
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.sign) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT compliance_tallies_key DO UPDATE SET n = t.n + EXCLUDED.n
    RETURNING t.district_id),
    districts_changed AS (SELECT DISTINCT district_id FROM applied ORDER BY 1)
    INSERT INTO compliance_versions AS v (district_id, version)
    SELECT district_id, 1 FROM districts_changed
    ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1`;
}

export class CreateComplianceTallies1763900000000 implements MigrationInterface {
  name = 'CreateComplianceTallies1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // Derived data, rebuilt from deadlines at any time: no foreign keys, so the trigger's upserts stay cheap.
    await q.query(`
      CREATE TABLE compliance_tallies (
        district_id uuid NOT NULL,
        grain text NOT NULL CHECK (grain IN ('KIND_DAY', 'SCHOOL', 'CASE_MANAGER')),
        owner_id uuid,
        kind text NOT NULL,
        due_date date,
        state text NOT NULL CHECK (state IN ('OPEN', 'MET_ON_TIME', 'MET_LATE')),
        n integer NOT NULL,
        CHECK (CASE grain WHEN 'KIND_DAY' THEN owner_id IS NULL AND (due_date IS NOT NULL) = (state = 'OPEN')
                          WHEN 'SCHOOL' THEN owner_id IS NOT NULL AND due_date IS NULL
                          ELSE due_date IS NULL END),
        CONSTRAINT compliance_tallies_key UNIQUE NULLS NOT DISTINCT (district_id, grain, owner_id, kind, due_date, state)
      )`);
    await q.query(`COMMENT ON TABLE compliance_tallies IS 'Deadline counts for the compliance dashboard, kept by triggers on deadlines'`);
    // Changes with every write to a district's tallies: the API keeps a computed dashboard for as long as
    // the version (and the date) it was computed at are current, so repeated views cost one lookup.
    await q.query(`
      CREATE TABLE compliance_versions (
        district_id uuid PRIMARY KEY,
        version bigint NOT NULL
      )`);

    await q.query(`
      CREATE FUNCTION compliance_tally_deadlines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyTally(`SELECT ${COUNTED}, 1 AS sign FROM new_rows`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${applyTally(`SELECT ${COUNTED}, -1 AS sign FROM old_rows`)};
        ELSE
          -- Most updates re-date reminders or reword explanations: only rows whose counted columns changed
          -- make a delta.
          ${applyTally(`
            SELECT ${COUNTED}, -1 AS sign FROM old_rows WHERE id IN (SELECT id FROM changed)
            UNION ALL
            SELECT ${COUNTED}, 1 AS sign FROM new_rows WHERE id IN (SELECT id FROM changed)`,
            `changed AS (SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                          WHERE (${COUNTED_OF('o')}) IS DISTINCT FROM (${COUNTED_OF('n')}))`)};
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER deadlines_tally_insert AFTER INSERT ON deadlines REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION compliance_tally_deadlines()`);
    await q.query(`
      CREATE TRIGGER deadlines_tally_update AFTER UPDATE ON deadlines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION compliance_tally_deadlines()`);
    await q.query(`
      CREATE TRIGGER deadlines_tally_delete AFTER DELETE ON deadlines REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION compliance_tally_deadlines()`);
    await q.query(`
      CREATE FUNCTION compliance_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM compliance_tallies;
        UPDATE compliance_versions SET version = version + 1;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER deadlines_tally_truncate AFTER TRUNCATE ON deadlines FOR EACH STATEMENT EXECUTE FUNCTION compliance_tally_truncate()`);

    // Deadlines written before this migration.
    await q.query(applyTally(`SELECT ${COUNTED}, 1 AS sign FROM deadlines`));

    // Open deadlines by due date with what the dashboard groups them by: overdue and due-this-week counts
    // per school and case manager, and the overdue list, read this index alone. It replaces the narrower
    // (district_id, due_date) WHERE met_on IS NULL index, which it covers.
    await q.query(`
      CREATE INDEX deadlines_district_open_cover_idx ON deadlines (district_id, due_date, id)
        INCLUDE (kind, school_id, responsible_user_id) WHERE met_on IS NULL`);
    await q.query(`DROP INDEX IF EXISTS deadlines_district_open_idx`);
    // A dashboard filtered to one school or one case manager counts that school's or person's deadlines directly.
    await q.query(`CREATE INDEX deadlines_school_cover_idx ON deadlines (school_id, kind) INCLUDE (due_date, met_on, responsible_user_id)`);
    await q.query(`
      CREATE INDEX deadlines_responsible_cover_idx ON deadlines (responsible_user_id, kind) INCLUDE (due_date, met_on, school_id)
        WHERE responsible_user_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS deadlines_responsible_cover_idx`);
    await q.query(`DROP INDEX IF EXISTS deadlines_school_cover_idx`);
    await q.query(`CREATE INDEX IF NOT EXISTS deadlines_district_open_idx ON deadlines (district_id, due_date) WHERE met_on IS NULL`);
    await q.query(`DROP INDEX IF EXISTS deadlines_district_open_cover_idx`);
    for (const trigger of ['deadlines_tally_insert', 'deadlines_tally_update', 'deadlines_tally_delete', 'deadlines_tally_truncate']) {
      await q.query(`DROP TRIGGER IF EXISTS ${trigger} ON deadlines`);
    }
    await q.query(`DROP FUNCTION IF EXISTS compliance_tally_truncate()`);
    await q.query(`DROP FUNCTION IF EXISTS compliance_tally_deadlines()`);
    await q.query(`DROP TABLE IF EXISTS compliance_tallies`);
    await q.query(`DROP TABLE IF EXISTS compliance_versions`);
  }
}
