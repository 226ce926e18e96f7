import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'iep_app';

/**
 * Compensatory minutes planned (DESIGN §6): the make-up sessions the case manager or the provider plans
 * against what the school owes on a service. The rules (no more than is owed, school days inside the
 * service's dates) are checked in libs/domain (compensatoryPlanProblems) before a row is written.
 *
 * Which make-up session fulfils which planned one is not stored: the domain pairs them in date order
 * (compensatoryPlanStatus), so a corrected session never leaves a stale link behind. A plan that is no
 * longer wanted is cancelled (cancelled_at), never deleted: the family has seen it.
 */
export class CreateCompensatoryPlans1764210000000 implements MigrationInterface {
  name = 'CreateCompensatoryPlans1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compensatory_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES iep_parts(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        student_id uuid NOT NULL REFERENCES students(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        planned_on date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 480),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
        planned_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        cancelled_by_id uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX compensatory_plans_service_idx ON compensatory_plans (service_id, planned_on) WHERE cancelled_at IS NULL`);
    await q.query(`CREATE INDEX compensatory_plans_district_idx ON compensatory_plans (district_id) WHERE cancelled_at IS NULL`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON compensatory_plans TO ${APP_ROLE}`);
    await q.query(`REVOKE DELETE, TRUNCATE ON compensatory_plans FROM ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compensatory_plans`);
  }
}
