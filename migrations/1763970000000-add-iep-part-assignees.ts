import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A part of a draft (a section, a goal, a service) may be assigned to one member of the IEP's team: the
 * assignee edits it, the other team members read, comment and propose like the family (IEP_POLICY's
 * EDIT_PART). The case manager and the district representative edit every part, assigned or not.
 * Unassigned is the default: a part nobody was given is the case manager's.
 */
export class AddIepPartAssignees1763970000000 implements MigrationInterface {
  name = 'AddIepPartAssignees1763970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE iep_parts ADD COLUMN assignee_id uuid REFERENCES users(id)`);
    await q.query(`CREATE INDEX iep_parts_assignee_idx ON iep_parts (assignee_id) WHERE assignee_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX iep_parts_assignee_idx`);
    await q.query(`ALTER TABLE iep_parts DROP COLUMN assignee_id`);
  }
}
