import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfer of rights at the age of majority (34 CFR 300.520). A student record may name the student's own account;
 * the day the rights passed to the student is kept on the record (set once, by the worker's daily sweep), and so is a
 * guardianship of the adult student, which keeps the rights with the guardians. The parents keep their guardianship
 * rows (no longer rights holders), so they keep reading and receiving every notice, as 300.520(a)(1)(i) requires.
 */
export class AddRightsTransferAtMajority1764161000000 implements MigrationInterface {
  name = 'AddRightsTransferAtMajority1764161000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE students
        ADD COLUMN user_id uuid UNIQUE REFERENCES users(id),
        ADD COLUMN rights_transferred_on date,
        ADD COLUMN adult_guardianship_on date,
        ADD COLUMN adult_guardianship_note text NOT NULL DEFAULT '',
        ADD CONSTRAINT students_rights_transfer_check CHECK (rights_transferred_on IS NULL OR rights_transferred_on >= date_of_birth)`);
    // The sweep asks, per district, for the students who have not had their rights transferred yet.
    await q.query(`CREATE INDEX students_rights_pending_idx ON students (district_id, date_of_birth) WHERE rights_transferred_on IS NULL AND adult_guardianship_on IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX students_rights_pending_idx`);
    await q.query(`
      ALTER TABLE students DROP CONSTRAINT students_rights_transfer_check, DROP COLUMN adult_guardianship_note, DROP COLUMN adult_guardianship_on,
        DROP COLUMN rights_transferred_on, DROP COLUMN user_id`);
  }
}
