import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A special-education teacher's caseload: the students they manage, whether or not an IEP exists yet
 * (issue 16: a new student can be put on a caseload before anyone starts an IEP). One row per student,
 * so a student has one case manager; a transfer updates the row, nothing deletes it. The case manager of
 * the student's current IEPs is kept equal to it by the transfer, in the same transaction.
 *
 * Existing students take the case manager of their newest current IEP.
 */
export class CreateCaseloads1764100000000 implements MigrationInterface {
  name = 'CreateCaseloads1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE caseloads (
        student_id uuid PRIMARY KEY REFERENCES students(id),
        case_manager_id uuid NOT NULL REFERENCES users(id),
        assigned_by_id uuid REFERENCES users(id),
        assigned_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX caseloads_case_manager_idx ON caseloads (case_manager_id)`);
    await q.query(`
      INSERT INTO caseloads (student_id, case_manager_id)
      SELECT DISTINCT ON (student_id) student_id, case_manager_id
        FROM ieps WHERE status IN ('DRAFT', 'PROPOSED', 'ACTIVE')
       ORDER BY student_id, created_at DESC, id`);
    // Default privileges give iep_app every right on a new table; the product never deletes a caseload row.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON caseloads TO iep_app`);
    await q.query(`REVOKE DELETE ON caseloads FROM iep_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE caseloads`);
  }
}
