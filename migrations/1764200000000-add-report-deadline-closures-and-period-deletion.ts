import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'CONSENT_REVOKED', 'CHILD_NOT_PRODUCED', 'CHILD_TRANSFERRED'`;
const AFTER = `${BEFORE}, 'IEP_SUPERSEDED', 'IEP_EXPIRED', 'PERIOD_DELETED'`;

/**
 * A progress report stops being owed when the IEP it was owed on leaves force (superseded by a newer IEP, which owes
 * its own, or expired) and when the district removes the reporting period: the open deadline closes with that reason
 * rather than staying overdue forever.
 *
 * A reporting period is removed by marking it deleted rather than deleting the row: its closed deadlines, the drafts
 * written for it and their append-only revisions keep pointing at it, and the audit log names it. A deleted period is
 * left out of the district's list, of the overlap check and of deadline generation.
 *
 * A progress report's occurrence is its period (deadlines_report_period_key), not its event date: a period added
 * on the first day of a removed one owes a new report beside the closed one. The one-deadline-per-event key keeps
 * holding for every other deadline.
 */
export class AddReportDeadlineClosuresAndPeriodDeletion1764200000000 implements MigrationInterface {
  name = 'AddReportDeadlineClosuresAndPeriodDeletion1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_closed_reason_check`);
    await q.query(`ALTER TABLE deadlines ADD CONSTRAINT deadlines_closed_reason_check CHECK (closed_reason IN (${AFTER}))`);
    await q.query(`
      ALTER TABLE reporting_periods
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN deleted_by_id uuid REFERENCES users(id),
        ADD CONSTRAINT reporting_periods_deleted_check CHECK ((deleted_at IS NULL) = (deleted_by_id IS NULL))`);
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_occurrence_key`);
    await q.query(`
      CREATE UNIQUE INDEX deadlines_occurrence_key ON deadlines (student_id, kind, iep_id, event_date) NULLS NOT DISTINCT
       WHERE reporting_period_id IS NULL`);
    // Closing a removed period's deadlines finds them by period alone.
    await q.query(`CREATE INDEX deadlines_reporting_period_idx ON deadlines (reporting_period_id) WHERE reporting_period_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deadlines_reporting_period_idx`);
    await q.query(`DROP INDEX deadlines_occurrence_key`);
    await q.query(`ALTER TABLE deadlines ADD CONSTRAINT deadlines_occurrence_key UNIQUE NULLS NOT DISTINCT (student_id, kind, iep_id, event_date)`);
    await q.query(`ALTER TABLE reporting_periods DROP CONSTRAINT reporting_periods_deleted_check, DROP COLUMN deleted_by_id, DROP COLUMN deleted_at`);
    // Closed for a reason the older schema does not know: open again, as that schema would have left them.
    await q.query(`UPDATE deadlines SET closed_on = NULL, closed_reason = NULL WHERE closed_reason IN ('IEP_SUPERSEDED', 'IEP_EXPIRED', 'PERIOD_DELETED')`);
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_closed_reason_check`);
    await q.query(`ALTER TABLE deadlines ADD CONSTRAINT deadlines_closed_reason_check CHECK (closed_reason IN (${BEFORE}))`);
  }
}
