import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Today" is the district's: a review due on the 1st has passed when the 2nd begins where the school is,
 * not at midnight UTC. Every date-driven job reads the district's zone through the one clock seam.
 */
export class AddDistrictTimeZone1763951000000 implements MigrationInterface {
  name = 'AddDistrictTimeZone1763951000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE districts ADD COLUMN time_zone text NOT NULL DEFAULT 'America/New_York' CHECK (length(time_zone) > 0)`);
    // The expiry job looks for IEPs in force whose review date has passed.
    await q.query(`CREATE INDEX ieps_active_review_idx ON ieps (annual_review_due) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ieps_active_review_idx`);
    await q.query(`ALTER TABLE districts DROP COLUMN time_zone`);
  }
}
