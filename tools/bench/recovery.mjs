// Recovery after Redis loses its keys (every key of the worker's queue prefix deleted), with the real worker:
//
// - `recovery: reminders after key loss`: reminders are due and being delivered when the keys go; every
//   one must be delivered, once, within one reminder sweep interval plus delivery time;
// - `recovery: 20,000 unsent e-mails`: the outbox holds 20,000 unsent messages and Redis has no job for
//   any of them; they must drain to a no-op mail transport (SMTP_URL=noop://) within two minutes.
//
// Each prints the recovery time and counts what was delivered, lost and doubled.
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { ROOT, startService, stopChild } from '../lib/processes.mjs';
import { createDueReminders, SWEEP_INTERVAL_SECONDS } from './reminder-sweep.mjs';

const QUEUE_PREFIX = 'bench-recovery';
const MAIL_TARGET_SECONDS = 120;

function workerEnv(databaseUrl, redisUrl) {
  return { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX, SMTP_URL: 'noop://', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
}

async function waitUntil(check, limitMs, what) {
  const limit = performance.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > limit) throw new Error(`${what} did not happen within ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function withRedis(redisUrl, work) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}

/**
 * Every key of the worker's installation (its queue prefix) goes, as a FLUSHALL would take them; the
 * Redis may be shared (other benchmarks, tests), so nothing outside the prefix is touched.
 */
const loseKeys = (redisUrl) =>
  withRedis(redisUrl, async (redis) => {
    for await (const keys of redis.scanStream({ match: `${QUEUE_PREFIX}:*`, count: 1000 })) if (keys.length) await redis.del(...keys);
  });

export async function runReminderRecovery({ databaseUrl, redisUrl, logDir, say }) {
  const total = Number(process.env.BENCH_RECOVERY_REMINDERS ?? 20_000);
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-recovery' });
  await db.connect();
  let worker = null;
  try {
    await db.query(`UPDATE reminders SET state = 'CANCELLED' WHERE state IN ('PENDING', 'CLAIMED')`);
    const { reminders, dueAt } = await createDueReminders(db, total);
    await loseKeys(redisUrl);
    worker = startService('worker', join(ROOT, 'dist/worker/main.mjs'), workerEnv(databaseUrl, redisUrl), logDir);
    // Keys go while deliveries are under way: some reminders sent, others claimed with their jobs queued.
    await waitUntil(async () => {
      const { rows: [row] } = await db.query(`SELECT count(*) FILTER (WHERE state = 'SENT')::int AS sent FROM reminders WHERE claimed_at >= $1`, [dueAt]);
      return row.sent > 0;
    }, 120_000, 'a first delivery');
    const lostAt = performance.now();
    await loseKeys(redisUrl);
    const { rows: [atLoss] } = await db.query(
      `SELECT count(*) FILTER (WHERE state = 'CLAIMED')::int AS claimed, count(*) FILTER (WHERE state = 'SENT')::int AS sent
         FROM reminders WHERE due_on <= current_date AND updated_at >= $1`, [dueAt]);
    say(`  keys lost with ${atLoss.sent.toLocaleString('en')} sent and ${atLoss.claimed.toLocaleString('en')} claimed`);
    await waitUntil(async () => {
      const { rows: [row] } = await db.query(
        `SELECT count(*)::int AS open FROM reminders WHERE state IN ('PENDING', 'CLAIMED') AND due_on <= current_date`);
      return row.open === 0;
    }, 10 * 60_000, 'every reminder delivered');
    const recoverySeconds = (performance.now() - lostAt) / 1000;
    const { rows: [counts] } = await db.query(`
      SELECT (SELECT count(*) FROM reminders WHERE state = 'SENT' AND claimed_at >= $1)::int AS delivered,
             (SELECT count(*) FROM (SELECT reminder_id FROM reminder_deliveries WHERE delivered_at >= $1 GROUP BY reminder_id, channel HAVING count(*) > 1) x)::int AS doubled,
             (SELECT count(*) FROM (SELECT data->>'reminderId' FROM notifications WHERE created_at >= $1 AND data ? 'reminderId' GROUP BY 1 HAVING count(*) > 1) y)::int AS "doubledNotifications"`,
      [dueAt]);
    const result = {
      reminders, delivered: counts.delivered, lost: reminders - counts.delivered, doubled: counts.doubled + counts.doubledNotifications,
      recoverySeconds: Number(recoverySeconds.toFixed(1)), sweepIntervalSeconds: SWEEP_INTERVAL_SECONDS,
      withinOneSweepPlusDelivery: recoverySeconds <= SWEEP_INTERVAL_SECONDS + 30,
    };
    say(`  every reminder delivered ${result.recoverySeconds} s after the keys were lost (one sweep: ${SWEEP_INTERVAL_SECONDS} s); ` +
      `delivered ${result.delivered}, lost ${result.lost}, doubled ${result.doubled}`);
    if (result.lost !== 0 || result.doubled !== 0) throw new Error(`reminders lost or doubled: ${JSON.stringify(result)}`);
    return result;
  } finally {
    if (worker) await stopChild(worker);
    await db.end();
    await loseKeys(redisUrl);
  }
}

export async function runMailRecovery({ databaseUrl, redisUrl, logDir, say }) {
  const total = Number(process.env.BENCH_RECOVERY_EMAILS ?? 20_000);
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-recovery' });
  await db.connect();
  let worker = null;
  try {
    // The outbox as Redis lost it: written a while ago, due, and no job anywhere.
    await db.query(`UPDATE outbound_emails SET sent_at = coalesce(sent_at, now()) WHERE sent_at IS NULL`);
    const tag = `bench-recovery-${Date.now()}`;
    await db.query(
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body, created_at, next_attempt_at)
       SELECT $1 || ':' || g, 'reader' || g || '@example.org', 'Reminder ' || g, 'Body', now() - interval '5 minutes', now() - interval '5 minutes'
         FROM generate_series(1, $2) g`,
      [tag, total]);
    await loseKeys(redisUrl);
    const started = performance.now();
    worker = startService('worker', join(ROOT, 'dist/worker/main.mjs'), workerEnv(databaseUrl, redisUrl), logDir);
    await waitUntil(async () => {
      const { rows: [row] } = await db.query(`SELECT count(*)::int AS unsent FROM outbound_emails WHERE dedupe_key LIKE $1 AND sent_at IS NULL`, [`${tag}:%`]);
      return row.unsent === 0;
    }, 10 * 60_000, `${total} e-mails sent`);
    const drainSeconds = (performance.now() - started) / 1000;
    const { rows: [counts] } = await db.query(
      `SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS delivered, count(*) FILTER (WHERE attempts > 1)::int AS "attemptedTwice"
         FROM outbound_emails WHERE dedupe_key LIKE $1`, [`${tag}:%`]);
    const result = {
      emails: total, delivered: counts.delivered, lost: total - counts.delivered, doubled: counts.attemptedTwice,
      drainSecondsIncludingWorkerStart: Number(drainSeconds.toFixed(1)), targetSeconds: MAIL_TARGET_SECONDS,
      withinTarget: drainSeconds <= MAIL_TARGET_SECONDS,
    };
    say(`  ${total.toLocaleString('en')} unsent e-mails drained in ${result.drainSecondsIncludingWorkerStart} s (target ≤ ${MAIL_TARGET_SECONDS} s); ` +
      `delivered ${result.delivered}, lost ${result.lost}, sent twice ${result.doubled}`);
    if (result.lost !== 0) throw new Error(`e-mails lost: ${JSON.stringify(result)}`);
    return result;
  } finally {
    if (worker) await stopChild(worker);
    await db.end();
    await loseKeys(redisUrl);
  }
}
