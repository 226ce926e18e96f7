import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { redisOptions } from '@iep/api/core';
import { JobName, QueueName } from '@iep/api/jobs';
import { addDays } from '@iep/domain';
import { createDeadlineFixture, recordNoticesDueToday, testRedisUrl, type DeadlineFixture } from '@iep/api/testing';
import { useWorkerHarness } from './worker-test-harness';
import { shutdownWorker } from './bootstrap';
import { ORPHANED_CLAIM_SECONDS, RemindersProcessor } from './reminders.processor';
import { WorkerModule } from './worker.module';

/**
 * The reminder pipeline against the real PostgreSQL and Redis: each test has its own district (so its
 * counts are its own) and its own queue prefix (so no test sees another's jobs). Waits are bounded
 * polls; a crash is a worker whose queue connection is dropped without finishing its jobs and whose
 * database sessions are terminated mid-transaction, as the operating system does to a killed process.
 */
describe('deadline reminders through the worker', () => {
  const harness = useWorkerHarness('rem');
  const { started, newPrefix, startWorker } = harness;
  let db: DataSource;
  let databaseUrl: string;
  beforeAll(() => {
    db = harness.db;
    databaseUrl = harness.databaseUrl;
  });

  async function counts(fixture: DeadlineFixture) {
    const [row] = await db.query(
      `WITH r AS (SELECT r.* FROM reminders r JOIN deadlines d ON d.id = r.deadline_id WHERE d.district_id = $1)
       SELECT
         (SELECT count(*) FROM r WHERE state = 'SENT')::int AS sent,
         (SELECT count(*) FROM r WHERE state IN ('PENDING', 'CLAIMED') AND due_on <= $6::date)::int AS waiting,
         (SELECT count(*) FROM reminder_deliveries x JOIN r ON r.id = x.reminder_id WHERE x.channel = 'IN_APP')::int AS "inApp",
         (SELECT count(*) FROM reminder_deliveries x JOIN r ON r.id = x.reminder_id WHERE x.channel = 'EMAIL')::int AS email,
         (SELECT count(*) FROM notifications WHERE user_id IN ($2, $3))::int AS notifications,
         (SELECT count(*) FROM outbound_emails WHERE to_address IN ($4, $5))::int AS emails,
         (SELECT count(*) FROM (SELECT data->>'reminderId' FROM notifications WHERE user_id IN ($2, $3)
                                 GROUP BY 1 HAVING count(*) > 1) doubled)::int AS "doubledNotifications"`,
      [fixture.districtId, fixture.caseManager.id, fixture.districtRep.id, fixture.caseManager.email, fixture.districtRep.email, fixture.today],
    );
    return row as Record<'sent' | 'waiting' | 'inApp' | 'email' | 'notifications' | 'emails' | 'doubledNotifications', number>;
  }

  async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const allSent = (fixture: DeadlineFixture, expected: number) => async () => (await counts(fixture)).sent === expected;

  /** Blocks every delivery at its first insert, as a slow or stuck database would. */
  async function holdDeliveries(): Promise<Client> {
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE reminder_deliveries IN EXCLUSIVE MODE');
    return blocker;
  }

  const deliveriesWaiting = async () => {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%reminder_deliveries%'`,
    );
    return n as number;
  };

  it('delivers each due reminder once, in the app and by e-mail, in the recipient’s language', async () => {
    const fixture = await createDeadlineFixture(db, { students: 3, caseManagerLocale: 'es', today: harness.today });
    await recordNoticesDueToday(db, fixture);
    await startWorker(newPrefix());
    // No call here: the worker's own scheduled sweep runs as soon as it starts.
    await waitFor('three reminders are sent', allSent(fixture, 3));
    expect(await counts(fixture)).toMatchObject({ sent: 3, waiting: 0, inApp: 3, email: 3, notifications: 3, emails: 3 });
    const notes = await db.query(`SELECT title, body, link, kind FROM notifications WHERE user_id = $1 ORDER BY title`, [fixture.caseManager.id]);
    expect(notes[0]).toMatchObject({
      kind: 'DEADLINE_REMINDER',
      title: `Aviso de reunión de ${fixture.students[0].name}: vence hoy`,
      link: `/ieps/${fixture.students[0].iepId}`,
    });
    expect(notes[0].body).toContain('10 días calendario antes de la reunión');
    const mails = await db.query(`SELECT dedupe_key, subject FROM outbound_emails WHERE to_address = $1`, [fixture.caseManager.email]);
    expect(mails.map((m: { dedupe_key: string }) => m.dedupe_key)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^reminder:[0-9a-f-]{36}:EMAIL$/)]),
    );
    // The escalations fall tomorrow, and stay pending until then.
    const [{ pending }] = await db.query(
      `SELECT count(*)::int AS pending FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
        WHERE d.district_id = $1 AND r.kind = 'ESCALATION' AND r.state = 'PENDING' AND r.due_on = $2::date + 1`,
      [fixture.districtId, fixture.today],
    );
    expect(pending).toBe(3);
  });

  it('sends by e-mail only what the recipient chose: the deadline kind’s own setting wins over “all”', async () => {
    const fixture = await createDeadlineFixture(db, { students: 2, today: harness.today });
    await db.query(
      `INSERT INTO notification_preferences (user_id, deadline_kind, email) VALUES ($1, '*', true), ($1, 'MEETING_NOTICE', false)`,
      [fixture.caseManager.id],
    );
    await recordNoticesDueToday(db, fixture);
    await startWorker(newPrefix());
    await waitFor('both reminders are sent', allSent(fixture, 2));
    expect(await counts(fixture)).toMatchObject({ inApp: 2, email: 0, notifications: 2, emails: 0 });
  });

  it('escalates an overdue deadline to the district representative, and again a week later while it stays open', async () => {
    const fixture = await createDeadlineFixture(db, { students: 1, today: harness.today });
    const [student] = fixture.students;
    // A meeting in nine days: its notice was due yesterday, so the first escalation is due today.
    await db.transaction((m) =>
      fixture.deadlines.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'MEETING', date: addDays(fixture.today, 9) }, { today: fixture.today }),
    );
    await startWorker(newPrefix());
    await waitFor('the escalation is sent', allSent(fixture, 1));
    const [note] = await db.query(`SELECT kind, title FROM notifications WHERE user_id = $1`, [fixture.districtRep.id]);
    expect(note).toMatchObject({ kind: 'DEADLINE_ESCALATION', title: expect.stringMatching(/^Overdue: Meeting notice for /) });
    const next = await db.query(
      `SELECT r.offset_days AS "offsetDays", to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn", r.state FROM reminders r
         JOIN deadlines d ON d.id = r.deadline_id WHERE d.district_id = $1 AND r.state = 'PENDING'`,
      [fixture.districtId],
    );
    expect(next).toEqual([{ offsetDays: -8, dueOn: addDays(fixture.today, 7), state: 'PENDING' }]);
  });

  it('never delivers a reminder twice when two workers sweep and deliver at once', async () => {
    const fixture = await createDeadlineFixture(db, { students: 120, today: harness.today });
    await recordNoticesDueToday(db, fixture);
    const prefix = newPrefix();
    const [a, b] = await Promise.all([startWorker(prefix), startWorker(prefix)]);
    const ids: string[] = (
      await db.query(
        `SELECT r.id FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
          WHERE d.district_id = $1 AND r.due_on <= $2::date ORDER BY r.id LIMIT 30`,
        [fixture.districtId, fixture.today],
      )
    ).map((row: { id: string }) => row.id);
    // Both sweep, and both also deliver the same 30 reminders directly, racing their own queued jobs.
    await Promise.all([
      a.get(RemindersProcessor).sweepDue(),
      b.get(RemindersProcessor).sweepDue(),
      ...ids.flatMap((id) => [a.get(RemindersProcessor).deliver(id), b.get(RemindersProcessor).deliver(id)]),
    ]);
    await waitFor('all 120 reminders are sent', allSent(fixture, 120), 30_000);
    expect(await counts(fixture)).toEqual({
      sent: 120, waiting: 0, inApp: 120, email: 120, notifications: 120, emails: 120, doubledNotifications: 0,
    });
  }, 60_000);

  it('loses and doubles nothing when a worker is killed in the middle of a batch', async () => {
    const fixture = await createDeadlineFixture(db, { students: 40, today: harness.today });
    await recordNoticesDueToday(db, fixture);
    const prefix = newPrefix();
    const blocker = await holdDeliveries();
    const doomed = await startWorker(prefix);
    await waitFor('deliveries are in progress', async () => (await deliveriesWaiting()) > 0);
    expect((await counts(fixture)).sent).toBe(0);

    // The kill: the worker stops talking to Redis without finishing or acknowledging its jobs, and its
    // database sessions die mid-transaction.
    await doomed.get(RemindersProcessor).worker.close(true);
    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%reminder_deliveries%'`,
    );
    started.splice(started.indexOf(doomed), 1);
    await doomed.close().catch(() => undefined);
    await blocker.query('ROLLBACK');
    await blocker.end();

    await startWorker(prefix);
    // Jobs the dead worker had taken come back when their short lock expires; the rest are waiting.
    await waitFor('all 40 reminders are sent by the new worker', allSent(fixture, 40), 45_000);
    expect(await counts(fixture)).toEqual({
      sent: 40, waiting: 0, inApp: 40, email: 40, notifications: 40, emails: 40, doubledNotifications: 0,
    });
  }, 60_000);

  it('loses nothing when Redis loses its keys: the next sweep queues again every claim whose job is gone', async () => {
    // `lost` is claimed and queued, then Redis loses its keys; `later` falls due after the loss and is
    // queued in two jobs, so the queue is not empty when the next sweep looks at the claims.
    const lost = await createDeadlineFixture(db, { students: 30, today: harness.today });
    const later = await createDeadlineFixture(db, { students: 150, today: harness.today });
    const prefix = newPrefix();
    const worker = await startWorker(prefix);
    const reminders = worker.get(RemindersProcessor);
    // Jobs stay in Redis until the worker takes them again, as a busy worker leaves them. (Pausing
    // waits for a sweep already running, so every claim below is the test's own sweeps'.)
    await reminders.worker.pause();
    const claimedIn = async (fixture: DeadlineFixture, sinceSeconds?: number) => {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
          WHERE d.district_id = $1 AND r.state = 'CLAIMED' AND ($2::int IS NULL OR r.claimed_at > now() - make_interval(secs => $2))`,
        [fixture.districtId, sinceSeconds ?? null],
      );
      return n as number;
    };
    await recordNoticesDueToday(db, lost);
    expect(await reminders.sweepDue()).toEqual({ claimed: 30, reclaimed: 0 });

    // What FLUSHALL does to this installation: every key under its queue prefix is gone, jobs and
    // schedules alike. Only this test's keys, since test runs of other projects may share the database.
    const redis = new Redis(redisOptions(testRedisUrl()));
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 })) keys.push(...(batch as string[]));
    expect(keys.length).toBeGreaterThan(0);
    // The worker is busy while the keys go: a job it was moving to active at that instant may write its
    // lock again, so the keys are deleted until none is left, as a flush would leave them.
    for (let round = 0; round < 50; round++) {
      const left = round === 0 ? keys : await redis.keys(`${prefix}:*`);
      if (left.length === 0) break;
      await redis.del(...left);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await redis.keys(`${prefix}:*`)).toEqual([]);
    await redis.quit();
    // The worker notices that its schedules vanished with the keys and restores them (every 15 s).
    expect(await worker.get(WorkerModule).restoreMissingSchedules()).toContain(JobName.SweepDueReminders);

    await recordNoticesDueToday(db, later);
    // As claimed a moment ago, however long the steps above took: this sweep must not take them yet.
    await db.query(
      `UPDATE reminders r SET claimed_at = now() FROM deadlines d WHERE d.id = r.deadline_id AND d.district_id = $1 AND r.state = 'CLAIMED'`,
      [lost.districtId],
    );
    expect(await reminders.sweepDue()).toEqual({ claimed: 150, reclaimed: 0 });
    const queue = worker.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
    expect((await queue.getJobCounts('waiting')).waiting).toBeGreaterThanOrEqual(2);

    // The grace for a sweep between claiming and queuing passes (not the five-minute stale-claim
    // timeout), and the next sweep queues the 30 lost claims again, and only those: the other 150 still
    // have their jobs.
    await db.query(
      `UPDATE reminders r SET claimed_at = r.claimed_at - make_interval(secs => $3) FROM deadlines d
        WHERE d.id = r.deadline_id AND d.district_id IN ($1, $2) AND r.state = 'CLAIMED'`,
      [lost.districtId, later.districtId, ORPHANED_CLAIM_SECONDS + 1],
    );
    expect(await reminders.sweepDue()).toEqual({ claimed: 0, reclaimed: 30 });
    expect(await claimedIn(lost, ORPHANED_CLAIM_SECONDS)).toBe(30);
    expect(await claimedIn(later, ORPHANED_CLAIM_SECONDS)).toBe(0);

    reminders.worker.resume();
    await waitFor('all 180 reminders are sent', async () => (await counts(lost)).sent === 30 && (await counts(later)).sent === 150, 45_000);
    expect(await counts(lost)).toEqual({
      sent: 30, waiting: 0, inApp: 30, email: 30, notifications: 30, emails: 30, doubledNotifications: 0,
    });
    expect(await counts(later)).toEqual({
      sent: 150, waiting: 0, inApp: 150, email: 150, notifications: 150, emails: 150, doubledNotifications: 0,
    });
  }, 90_000);

  it('only delays reminders while Redis is unreachable, and delivers them once it answers again', async () => {
    const fixture = await createDeadlineFixture(db, { students: 5, today: harness.today });
    await recordNoticesDueToday(db, fixture);
    // A port nothing listens on yet; later a relay to the real Redis opens on it.
    const port = await freePort();
    const redisUrl = testRedisUrl().replace(':6379', `:${port}`);
    const starting = startWorker(newPrefix(), redisUrl);
    const outage = Date.now() + 1500;
    while (Date.now() < outage) {
      expect((await counts(fixture)).sent).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const relay = await relayTo(port, 6379);
    try {
      await starting;
      await waitFor('the five reminders are sent once Redis answers', allSent(fixture, 5), 30_000);
      expect(await counts(fixture)).toMatchObject({ sent: 5, inApp: 5, email: 5, doubledNotifications: 0 });
    } finally {
      for (const app of started.splice(0)) await shutdownWorker(app).catch(() => app.close());
      await relay.close();
    }
  }, 60_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP relay from `port` to the real Redis: Redis "comes back" when it starts listening. */
async function relayTo(port: number, target: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
