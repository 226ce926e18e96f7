import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells the API, at commit, whose bell has something new: once per statement and recipient, on the
 * channel `iep_notification_added`, with the recipient's user id and the newest notification's time as
 * payload ({"userId", "at"}: never content).
 * A trigger rather than a publish beside each insert, because the API's services, the worker's reminders
 * and the seed all write notifications, and PostgreSQL delivers NOTIFY only when the transaction commits,
 * so a listener never hears of a row it cannot yet read, nor of one that was rolled back.
 */
export class AddNotificationArrivalSignal1764010000000 implements MigrationInterface {
  name = 'AddNotificationArrivalSignal1764010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION signal_notification_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('iep_notification_added', json_build_object('userId', user_id, 'at', max(created_at))::text)
           FROM added GROUP BY user_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER notifications_signal_added AFTER INSERT ON notifications
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION signal_notification_added()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER notifications_signal_added ON notifications`);
    await q.query(`DROP FUNCTION signal_notification_added()`);
  }
}
