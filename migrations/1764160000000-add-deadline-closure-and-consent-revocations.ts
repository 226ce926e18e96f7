import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLOSED_REASONS = `'CONSENT_REVOKED', 'CHILD_NOT_PRODUCED', 'CHILD_TRANSFERRED'`;
const COUNTED_OF = (t: string) =>
  ['district_id', 'school_id', 'responsible_user_id', 'kind', 'due_date', 'met_on', 'closed_on'].map((c) => `${t}.${c}`).join(', ');
const COUNTED = 'district_id, school_id, responsible_user_id, kind, due_date, met_on, closed_on';

/** The compliance tallies as 1763900000000 keeps them, with a closed deadline counted apart from open and met ones. */
function applyTally(changes: string, extraCte?: string): string {
  return `
    WITH ${extraCte ? `${extraCte},` : ''} c AS (
      SELECT x.district_id, x.school_id, x.responsible_user_id, x.kind, x.due_date, x.sign,
             CASE WHEN x.closed_on IS NOT NULL THEN 'CLOSED' WHEN x.met_on IS NULL THEN 'OPEN'
                  WHEN x.met_on <= x.due_date THEN 'MET_ON_TIME' ELSE 'MET_LATE' END AS state
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

function tallyFunction(apply: typeof applyTally, counted: string, countedOf: (t: string) => string): string {
  return `
    CREATE OR REPLACE FUNCTION compliance_tally_deadlines() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${apply(`SELECT ${counted}, 1 AS sign FROM new_rows`)};
      ELSIF TG_OP = 'DELETE' THEN
        ${apply(`SELECT ${counted}, -1 AS sign FROM old_rows`)};
      ELSE
        ${apply(`
          SELECT ${counted}, -1 AS sign FROM old_rows WHERE id IN (SELECT id FROM changed)
          UNION ALL
          SELECT ${counted}, 1 AS sign FROM new_rows WHERE id IN (SELECT id FROM changed)`,
          `changed AS (SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                        WHERE (${countedOf('o')}) IS DISTINCT FROM (${countedOf('n')}))`)};
      END IF;
      RETURN NULL;
    END
    $$`;
}

/**
 * A deadline that no longer applies is closed, with the day and the reason, rather than met or left open:
 * - CONSENT_REVOKED: the parent revoked consent for services (34 CFR 300.300(b)(4)), so no annual review,
 *   reevaluation, progress report or service start is owed any more;
 * - CHILD_NOT_PRODUCED / CHILD_TRANSFERRED: the evaluation timeframe does not apply (300.301(d)).
 * A closed deadline is not open (no reminders, not on the dashboard) and not met; a new deadline of the
 * same kind may start beside it. The parent's written revocation is kept with its e-signature evidence,
 * and the district's answer (the services' end and its prior written notice) beside it.
 */
export class AddDeadlineClosureAndConsentRevocations1764160000000 implements MigrationInterface {
  name = 'AddDeadlineClosureAndConsentRevocations1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deadlines
        ADD COLUMN closed_on date,
        ADD COLUMN closed_reason text CHECK (closed_reason IN (${CLOSED_REASONS})),
        ADD CONSTRAINT deadlines_closed_check CHECK ((closed_on IS NULL) = (closed_reason IS NULL) AND (closed_on IS NULL OR met_on IS NULL))`);
    await q.query(`DROP INDEX deadlines_one_open_key`);
    await q.query(`
      CREATE UNIQUE INDEX deadlines_one_open_key ON deadlines (student_id, kind, iep_id) NULLS NOT DISTINCT
       WHERE met_on IS NULL AND closed_on IS NULL AND kind <> 'RECORDS_REQUEST'`);
    await q.query(`ALTER TABLE compliance_tallies DROP CONSTRAINT compliance_tallies_state_check`);
    await q.query(`ALTER TABLE compliance_tallies ADD CONSTRAINT compliance_tallies_state_check CHECK (state IN ('OPEN', 'MET_ON_TIME', 'MET_LATE', 'CLOSED'))`);
    await q.query(tallyFunction(applyTally, COUNTED, COUNTED_OF));

    await q.query(`
      CREATE TABLE consent_revocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        revoked_by_id uuid NOT NULL REFERENCES users(id),
        revoked_on date NOT NULL,
        reason text NOT NULL DEFAULT '',
        typed_name text NOT NULL CHECK (length(trim(typed_name)) > 0),
        intent_statement text NOT NULL,
        intent_version text NOT NULL,
        electronic_records_consent_id uuid NOT NULL REFERENCES electronic_records_consents(id),
        signed_at timestamptz NOT NULL DEFAULT now(),
        ip text,
        user_agent text,
        services_end_on date,
        notice_id uuid REFERENCES prior_written_notices(id),
        processed_by_id uuid REFERENCES users(id),
        processed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((services_end_on IS NULL) = (notice_id IS NULL) AND (notice_id IS NULL) = (processed_at IS NULL)),
        CHECK (services_end_on IS NULL OR services_end_on >= revoked_on)
      )`);
    // One revocation at a time: a second one while the first is on record means nothing more.
    await q.query(`CREATE UNIQUE INDEX consent_revocations_student_key ON consent_revocations (student_id)`);
    await q.query(`
      CREATE FUNCTION consent_revocations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.processed_at IS NOT NULL
           OR (NEW.student_id, NEW.revoked_by_id, NEW.revoked_on, NEW.reason, NEW.typed_name, NEW.intent_statement, NEW.intent_version,
               NEW.electronic_records_consent_id, NEW.signed_at, NEW.ip, NEW.user_agent)
              IS DISTINCT FROM
              (OLD.student_id, OLD.revoked_by_id, OLD.revoked_on, OLD.reason, OLD.typed_name, OLD.intent_statement, OLD.intent_version,
               OLD.electronic_records_consent_id, OLD.signed_at, OLD.ip, OLD.user_agent) THEN
          RAISE EXCEPTION 'IEP_FROZEN: a signed revocation of consent cannot be changed or deleted'
            USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER consent_revocations_guard BEFORE UPDATE OR DELETE ON consent_revocations
        FOR EACH ROW EXECUTE FUNCTION consent_revocations_guard()`);
    // Evidence is kept: the application may add and answer a revocation, never remove one.
    await q.query(`REVOKE DELETE, TRUNCATE ON consent_revocations FROM iep_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consent_revocations`);
    await q.query(`DROP FUNCTION consent_revocations_guard()`);
    const oldCounted = 'district_id, school_id, responsible_user_id, kind, due_date, met_on';
    const oldCountedOf = (t: string) => oldCounted.split(', ').map((c) => `${t}.${c}`).join(', ');
    const oldApply = (changes: string, extra?: string) =>
      applyTally(changes, extra).replace(`CASE WHEN x.closed_on IS NOT NULL THEN 'CLOSED' WHEN x.met_on IS NULL`, `CASE WHEN x.met_on IS NULL`);
    await q.query(tallyFunction(oldApply, oldCounted, oldCountedOf));
    await q.query(`DELETE FROM compliance_tallies WHERE state = 'CLOSED'`);
    await q.query(`ALTER TABLE compliance_tallies DROP CONSTRAINT compliance_tallies_state_check`);
    await q.query(`ALTER TABLE compliance_tallies ADD CONSTRAINT compliance_tallies_state_check CHECK (state IN ('OPEN', 'MET_ON_TIME', 'MET_LATE'))`);
    await q.query(`DROP INDEX deadlines_one_open_key`);
    await q.query(`
      CREATE UNIQUE INDEX deadlines_one_open_key ON deadlines (student_id, kind, iep_id) NULLS NOT DISTINCT
       WHERE met_on IS NULL AND kind <> 'RECORDS_REQUEST'`);
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_closed_check, DROP COLUMN closed_reason, DROP COLUMN closed_on`);
  }
}
