import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A list read writes ONE audit row per request that names every student listed (`student_ids`), instead of
 * one row per student: a district administrator's page of 500 students was 500 rows, and a parent's access
 * record was mostly "appeared on a list". The access record finds a student's entries in either column.
 */
export class AddAuditListedStudents1763971000000 implements MigrationInterface {
  name = 'AddAuditListedStudents1763971000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN student_ids uuid[]`);
    await q.query(`CREATE INDEX audit_events_student_ids_idx ON audit_events USING gin (student_ids) WHERE student_ids IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_student_ids_idx`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN student_ids`);
  }
}
