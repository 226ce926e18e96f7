import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A student has at most one IEP in the making (DRAFT or PROPOSED) at a time: two open drafts would
 * split the team's work and leave the parent unsure which one to read. startIep checks this under a
 * row lock on the student; the index makes it hold against any other writer too.
 */
export class AddOneOpenIepPerStudent1763881000000 implements MigrationInterface {
  name = 'AddOneOpenIepPerStudent1763881000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX ieps_one_open_per_student ON ieps (student_id) WHERE status IN ('DRAFT', 'PROPOSED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ieps_one_open_per_student`);
  }
}
