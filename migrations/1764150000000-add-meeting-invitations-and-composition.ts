import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meeting notices carry an .ics invitation: the meeting counts its changes (the invitation's SEQUENCE), and
 * e-mail can carry attachments. The attendance record names who interprets the evaluation results
 * (300.321(a)(5)), and a meeting says whether it discusses transition, so the student is invited (300.321(b)).
 */
export class AddMeetingInvitationsAndComposition1764150000000 implements MigrationInterface {
  name = 'AddMeetingInvitationsAndComposition1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE iep_meetings ADD COLUMN invitation_sequence integer NOT NULL DEFAULT 0 CHECK (invitation_sequence >= 0)`);
    await q.query(`ALTER TABLE iep_meetings ADD COLUMN discusses_transition boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE iep_meeting_attendance ADD COLUMN interprets_evaluations boolean NOT NULL DEFAULT false`);
    // [{ "filename", "contentType", "content" }]: small text attachments (an invitation), kept with the message they go out with.
    await q.query(`ALTER TABLE outbound_emails ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbound_emails DROP COLUMN attachments`);
    await q.query(`ALTER TABLE iep_meeting_attendance DROP COLUMN interprets_evaluations`);
    await q.query(`ALTER TABLE iep_meetings DROP COLUMN discusses_transition`);
    await q.query(`ALTER TABLE iep_meetings DROP COLUMN invitation_sequence`);
  }
}
