import type { MigrationInterface, QueryRunner } from 'typeorm';

// Before: the refusals, and the eligibility determination's notice (which belongs to its evaluation, not an IEP).
const OLD_SOURCES = `'SUGGESTION_REJECTED', 'IEP_DECLINED', 'ITEMS_EXCEPTED', 'ELIGIBILITY_DETERMINED'`;
const NEW_SOURCES = `${OLD_SOURCES}, 'IEP_PROPOSED', 'EVALUATION_PROPOSED', 'EVALUATION_REFUSED', 'REQUEST_DECLINED', 'CONSENT_REVOKED'`;
/** An eligibility notice belongs to its evaluation; every other notice to an IEP. */
const SUBJECT_CHECK = `CHECK ((source = 'ELIGIBILITY_DETERMINED') = (evaluation_id IS NOT NULL) AND (evaluation_id IS NULL) = (iep_id IS NOT NULL))`;

/**
 * Prior written notice whenever the district proposes or refuses (34 CFR 300.503(a)), not only when the family
 * declines: an initial IEP or a change of services or placement, an evaluation, an eligibility decision, a
 * parent's request declined, a revocation of consent. Such a notice is drafted from `facts`, what the system
 * knew when the district acted (the action in both languages, what changed), rather than from a decision row.
 */
export class WidenPriorWrittenNotices1764151000000 implements MigrationInterface {
  name = 'WidenPriorWrittenNotices1764151000000';

  async up(q: QueryRunner): Promise<void> {
    await dropChecksMentioning(q, ['source IN', 'source = ', 'source <> ']);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_source_check CHECK (source IN (${NEW_SOURCES}))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_suggestion_check CHECK ((source = 'SUGGESTION_REJECTED') = (suggestion_id IS NOT NULL))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_decision_check CHECK ((source IN ('IEP_DECLINED', 'ITEMS_EXCEPTED')) = (decision_id IS NOT NULL))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_subject_check ${SUBJECT_CHECK}`);
    await q.query(`ALTER TABLE prior_written_notices ADD COLUMN facts jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(facts) = 'object')`);
    // One notice per proposed version of an IEP: finalizing twice never drafts two.
    await q.query(`CREATE UNIQUE INDEX prior_written_notices_proposal_key ON prior_written_notices (iep_id, (facts->>'version')) WHERE source = 'IEP_PROPOSED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Sent notices are frozen by a trigger; going back removes the notices of the new kinds.
    await q.query(`ALTER TABLE prior_written_notices DISABLE TRIGGER prior_written_notices_frozen`);
    await q.query(`DELETE FROM prior_written_notices WHERE source NOT IN (${OLD_SOURCES})`);
    await q.query(`ALTER TABLE prior_written_notices ENABLE TRIGGER prior_written_notices_frozen`);
    await q.query(`DROP INDEX prior_written_notices_proposal_key`);
    await q.query(`ALTER TABLE prior_written_notices DROP COLUMN facts`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_subject_check`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_decision_check`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_suggestion_check`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_source_check`);
    // The constraints as the evaluations migration left them, under the names it reverts by.
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_source_check CHECK (source IN (${OLD_SOURCES}))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_check CHECK ((source = 'SUGGESTION_REJECTED') = (suggestion_id IS NOT NULL))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_check1 CHECK ((source IN ('IEP_DECLINED', 'ITEMS_EXCEPTED')) = (decision_id IS NOT NULL))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_subject_check ${SUBJECT_CHECK}`);
  }
}

/** The table's CHECKs were created unnamed; they are found by what they say. */
async function dropChecksMentioning(q: QueryRunner, fragments: string[]): Promise<void> {
  const rows: Array<{ conname: string; def: string }> = await q.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'prior_written_notices'::regclass AND contype = 'c'`,
  );
  for (const row of rows) {
    if (fragments.some((fragment) => row.def.includes(fragment)) && !row.def.includes('status')) {
      await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT "${row.conname}"`);
    }
  }
}
