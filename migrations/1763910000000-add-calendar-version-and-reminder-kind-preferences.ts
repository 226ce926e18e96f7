import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * District admins edit school calendars from the admin pages, possibly two at once: every edit of a
 * calendar or of its closures names the version it started from, and a stale edit is refused.
 *
 * E-mail choices distinguish the reminders before a due date from the escalations while a deadline is
 * overdue (the district representatives' e-mail), so a preference row names the reminder kind too;
 * '*' keeps meaning "every kind". Existing rows become ('*', kind): what they meant before.
 */
export class AddCalendarVersionAndReminderKindPreferences1763910000000 implements MigrationInterface {
  name = 'AddCalendarVersionAndReminderKindPreferences1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE school_calendars ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`);
    await q.query(`
      ALTER TABLE notification_preferences
        ADD COLUMN reminder_kind text NOT NULL DEFAULT '*' CHECK (reminder_kind IN ('*', 'REMINDER', 'ESCALATION'))`);
    await q.query(`ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_pkey`);
    await q.query(`ALTER TABLE notification_preferences ADD PRIMARY KEY (user_id, reminder_kind, deadline_kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_preferences WHERE reminder_kind <> '*'`);
    await q.query(`ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_pkey`);
    await q.query(`ALTER TABLE notification_preferences DROP COLUMN reminder_kind`);
    await q.query(`ALTER TABLE notification_preferences ADD PRIMARY KEY (user_id, deadline_kind)`);
    await q.query(`ALTER TABLE school_calendars DROP COLUMN version`);
  }
}
