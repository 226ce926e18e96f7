import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The end of access an inviter grants a guest, kept with the invitation until it is accepted. */
export class AddInvitationMembershipExpiry1763865000000 implements MigrationInterface {
  name = 'AddInvitationMembershipExpiry1763865000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations ADD COLUMN membership_expires_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations DROP COLUMN membership_expires_at`);
  }
}
