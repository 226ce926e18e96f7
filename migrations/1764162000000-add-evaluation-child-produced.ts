import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recorded delay now acts on the evaluation timeframe (34 CFR 300.301(d)): when the parent repeatedly fails to
 * produce the child, or the child enrolls in another district, the timeframe does not apply and its deadline closes
 * with that reason. If the child is produced later, a new timeframe runs from that day, which is recorded here.
 */
export class AddEvaluationChildProduced1764162000000 implements MigrationInterface {
  name = 'AddEvaluationChildProduced1764162000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluations ADD COLUMN child_produced_on date, ADD CONSTRAINT evaluations_child_produced_check CHECK (child_produced_on IS NULL OR child_produced_on >= consent_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluations DROP CONSTRAINT evaluations_child_produced_check, DROP COLUMN child_produced_on`);
  }
}
