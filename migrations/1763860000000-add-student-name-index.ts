import type { MigrationInterface, QueryRunner } from 'typeorm';

/** District lists are sorted by name; without this index a district's students are sorted on every read. */
export class AddStudentNameIndex1763860000000 implements MigrationInterface {
  name = 'AddStudentNameIndex1763860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX students_district_name_idx ON students (district_id, last_name, first_name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS students_district_name_idx`);
  }
}
