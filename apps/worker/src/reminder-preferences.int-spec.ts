import type { DataSource } from 'typeorm';
import { addDays } from '@iep/domain';
import { createDeadlineFixture, type DeadlineFixture } from '@iep/api/testing';
import { useWorkerHarness } from './worker-test-harness';

/**
 * Each person's e-mail choices (written by updateMyNotificationPreferences as rows of
 * notification_preferences) honoured by the real worker: the scheduled sweep, the queue and delivery.
 * In the app every reminder still appears.
 */
describe('reminder delivery honours each person’s e-mail choices', () => {
  const harness = useWorkerHarness('pref');
  let db: DataSource;
  beforeAll(() => {
    db = harness.db;
  });

  async function startWorker(): Promise<void> {
    await harness.startWorker(harness.newPrefix());
  }

  /** Student 1's meeting notice is due today (a reminder to the case manager); student 2's was due yesterday (an escalation). */
  async function reminderAndEscalationDueToday(fixture: DeadlineFixture) {
    const [a, b] = fixture.students;
    await db.transaction(async (m) => {
      await fixture.deadlines.recordEvent(m, { studentId: a.id, iepId: a.iepId, eventKind: 'MEETING', date: addDays(fixture.today, 10) }, { today: fixture.today });
      await fixture.deadlines.recordEvent(m, { studentId: b.id, iepId: b.iepId, eventKind: 'MEETING', date: addDays(fixture.today, 9) }, { today: fixture.today });
    });
  }

  const choose = (userId: string, rows: Array<[reminderKind: string, deadlineKind: string, email: boolean]>) =>
    db.query(
      `INSERT INTO notification_preferences (user_id, reminder_kind, deadline_kind, email)
       SELECT $1, r.reminder_kind, r.deadline_kind, r.email FROM jsonb_to_recordset($2::jsonb) AS r(reminder_kind text, deadline_kind text, email boolean)`,
      [userId, JSON.stringify(rows.map(([reminder_kind, deadline_kind, email]) => ({ reminder_kind, deadline_kind, email })))],
    );

  async function delivered(fixture: DeadlineFixture) {
    const [row] = await db.query(
      `WITH r AS (SELECT r.* FROM reminders r JOIN deadlines d ON d.id = r.deadline_id WHERE d.district_id = $1)
       SELECT (SELECT count(*) FROM r WHERE state = 'SENT')::int AS sent,
              (SELECT count(*) FROM notifications WHERE user_id = $2)::int AS "caseManagerInApp",
              (SELECT count(*) FROM notifications WHERE user_id = $3)::int AS "repInApp",
              (SELECT count(*) FROM outbound_emails WHERE to_address = $4)::int AS "caseManagerEmails",
              (SELECT count(*) FROM outbound_emails WHERE to_address = $5)::int AS "repEmails"`,
      [fixture.districtId, fixture.caseManager.id, fixture.districtRep.id, fixture.caseManager.email, fixture.districtRep.email],
    );
    return row as Record<'sent' | 'caseManagerInApp' | 'repInApp' | 'caseManagerEmails' | 'repEmails', number>;
  }

  async function waitUntilSent(fixture: DeadlineFixture, expected: number) {
    const deadline = Date.now() + 20_000;
    while ((await delivered(fixture)).sent < expected) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expected} reminders to be sent`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('sends no e-mail for a reminder or an escalation its recipient turned off, and still shows both in the app', async () => {
    const fixture = await createDeadlineFixture(db, { students: 2, today: harness.today });
    await choose(fixture.caseManager.id, [['REMINDER', 'MEETING_NOTICE', false]]);
    await choose(fixture.districtRep.id, [['ESCALATION', 'MEETING_NOTICE', false], ['REMINDER', '*', true]]);
    await reminderAndEscalationDueToday(fixture);
    await startWorker();
    await waitUntilSent(fixture, 2);
    expect(await delivered(fixture)).toEqual({ sent: 2, caseManagerInApp: 1, repInApp: 1, caseManagerEmails: 0, repEmails: 0 });
    const channels = await db.query(
      `SELECT x.channel, count(*)::int AS n FROM reminder_deliveries x JOIN reminders r ON r.id = x.reminder_id
         JOIN deadlines d ON d.id = r.deadline_id WHERE d.district_id = $1 GROUP BY 1`,
      [fixture.districtId],
    );
    expect(channels).toEqual([{ channel: 'IN_APP', n: 2 }]);
  });

  it('lets the most specific choice win: a deadline kind’s own row over “every escalation”', async () => {
    const fixture = await createDeadlineFixture(db, { students: 2, today: harness.today });
    // The case manager turned reminders off by e-mail altogether; the escalation row is not theirs to receive.
    await choose(fixture.caseManager.id, [['REMINDER', '*', false], ['ESCALATION', 'MEETING_NOTICE', true]]);
    await choose(fixture.districtRep.id, [['ESCALATION', '*', false], ['*', 'MEETING_NOTICE', true]]);
    await reminderAndEscalationDueToday(fixture);
    await startWorker();
    await waitUntilSent(fixture, 2);
    expect(await delivered(fixture)).toEqual({ sent: 2, caseManagerInApp: 1, repInApp: 1, caseManagerEmails: 0, repEmails: 1 });
  });
});
