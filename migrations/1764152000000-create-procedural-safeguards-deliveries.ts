import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each copy of the procedural safeguards notice given to a parent (34 CFR 300.504): on which occasion, how (in the
 * app, by e-mail, on paper), in which language and on which day. The record is the district's proof that the notice
 * went out once a year and on every occasion the regulation names; it is never edited, only added to.
 */
export class CreateProceduralSafeguardsDeliveries1764152000000 implements MigrationInterface {
  name = 'CreateProceduralSafeguardsDeliveries1764152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE procedural_safeguards_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        recipient_id uuid NOT NULL REFERENCES users(id),
        occasion text NOT NULL CHECK (occasion IN ('ANNUAL', 'REFERRAL', 'PARENT_REQUEST', 'COMPLAINT', 'DISCIPLINARY_REMOVAL')),
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'PAPER')),
        locale text NOT NULL CHECK (locale IN ('en', 'es')),
        delivered_on date NOT NULL,
        recorded_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX procedural_safeguards_deliveries_student_idx ON procedural_safeguards_deliveries (student_id, delivered_on DESC)`);
    await q.query(`
      CREATE FUNCTION procedural_safeguards_deliveries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'IEP_FROZEN: a recorded delivery of the procedural safeguards cannot be changed or deleted'
          USING ERRCODE = 'object_not_in_prerequisite_state';
      END $$`);
    await q.query(`
      CREATE TRIGGER procedural_safeguards_deliveries_append_only BEFORE UPDATE OR DELETE ON procedural_safeguards_deliveries
        FOR EACH ROW EXECUTE FUNCTION procedural_safeguards_deliveries_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE procedural_safeguards_deliveries`);
    await q.query(`DROP FUNCTION procedural_safeguards_deliveries_append_only()`);
  }
}
