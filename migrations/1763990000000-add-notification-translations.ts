import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification was stored only in its recipient's profile language at the time it was written, so a
 * reader who switched to Spanish kept reading it in English. Where the sender can say it in every
 * language, each translation is kept ({"en": {"title", "body"}, "es": {...}}) and the bell shows the
 * reader's; `title` and `body` stay the text in the profile's language, for rows without translations.
 */
export class AddNotificationTranslations1763990000000 implements MigrationInterface {
  name = 'AddNotificationTranslations1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN translations jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN translations`);
  }
}
