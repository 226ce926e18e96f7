import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A specific learning disability evaluation whose timeline the parent and the district extend by written
 * agreement (34 CFR 300.309(c)) is due on the agreed date, not on the state's. The agreement is kept on the
 * deadline so that every recompute (a calendar or profile change, the consent recorded again) keeps it.
 */
export class AddDeadlineAgreedDueDate1764190000000 implements MigrationInterface {
  name = 'AddDeadlineAgreedDueDate1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE deadlines ADD COLUMN agreed_due_date date,
         ADD CONSTRAINT deadlines_agreed_due_date_check
           CHECK (agreed_due_date IS NULL OR (kind = 'INITIAL_EVALUATION' AND agreed_due_date > event_date))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_agreed_due_date_check, DROP COLUMN agreed_due_date`);
  }
}
