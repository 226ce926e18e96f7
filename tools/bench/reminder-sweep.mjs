// The `reminder-sweep` scenario: 100,000 reminders due at once, delivered by the real worker (its
// scheduled sweep claims them, BullMQ carries one delivery job per batch, delivery writes the in-app
// notification, the e-mail and the delivery records) with a no-op e-mail transport (SMTP_URL=noop://).
// Prints reminders per second and the worst lateness against the sweep interval.
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { ROOT, startService, stopChild } from '../lib/processes.mjs';
import { DEMO } from './generate.mjs';

/** JOB_SCHEDULES[reminders.sweep-due].every in libs/api/jobs: a reminder must go out within one interval. */
export const SWEEP_INTERVAL_SECONDS = 60;
export const TARGET_PER_SECOND = 2000;
const OFFSETS = [30, 14, 7, 1, 0];
const QUEUE_PREFIX = 'bench-sweep';

function positiveInteger(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

/**
 * Records requests (several may be open per student) for the demo district's students, five reminders
 * each (30, 14, 7, 1 and 0 days before), all due today and sent to the students' case managers, with
 * set-based SQL. Answers the moment they became due: the clock every lateness is measured from.
 */
export async function createDueReminders(db, total) {
  const deadlines = Math.ceil(total / OFFSETS.length);
  // The reminders are due on PostgreSQL's current_date; the worker measures "due" in the district's time
  // zone, so the district keeps UTC's day for the run.
  await db.query(`UPDATE districts SET time_zone = 'UTC' WHERE id = $1`, [DEMO.districtId]);
  await db.query('BEGIN');
  await db.query(`
    CREATE TEMP TABLE bench_students ON COMMIT DROP AS
      SELECT s.id, s.school_id, i.case_manager_id, row_number() OVER (ORDER BY s.id) AS n
        FROM students s JOIN LATERAL (SELECT case_manager_id FROM ieps WHERE student_id = s.id ORDER BY created_at DESC LIMIT 1) i ON true
       WHERE s.district_id = $1`, [DEMO.districtId]);
  const { rows: [{ students }] } = await db.query(`SELECT count(*)::int AS students FROM bench_students`);
  if (students === 0) throw new Error('the demo district has no students with an IEP');
  // Due today: 45 days after a request made 45 days ago; each student gets as many requests as needed.
  await db.query(`
    INSERT INTO deadlines (district_id, school_id, student_id, kind, event_kind, event_date, due_date, explanation, responsible_user_id)
    SELECT $1, s.school_id, s.id, 'RECORDS_REQUEST', 'RECORDS_REQUEST', current_date - 45 - (g / $3), current_date - (g / $3),
           jsonb_build_object('rule', 'CALENDAR_DAYS_AFTER', 'amount', 45, 'unit', 'CALENDAR_DAYS',
             'from', jsonb_build_object('event', 'RECORDS_REQUEST', 'date', to_char(current_date - 45 - (g / $3), 'YYYY-MM-DD')),
             'profileCode', 'IDEA',
             'skipped', jsonb_build_object('total', 0, 'weekendDays', 0, 'schoolHolidays', 0, 'daysOutsideSchoolYear', 0, 'names', '[]'::jsonb),
             'leapDayAdjusted', false),
           s.case_manager_id
      FROM generate_series(0, $2 - 1) AS g
      JOIN bench_students s ON s.n = 1 + (g % $3)`,
    [DEMO.districtId, deadlines, students]);
  const inserted = await db.query(`
    INSERT INTO reminders (deadline_id, recipient_user_id, offset_days, due_on, kind)
    SELECT d.id, d.responsible_user_id, o.offset_days, current_date, 'REMINDER'
      FROM deadlines d CROSS JOIN unnest($2::int[]) AS o(offset_days)
     WHERE d.district_id = $1 AND d.kind = 'RECORDS_REQUEST' AND d.met_on IS NULL
     LIMIT $3`,
    [DEMO.districtId, OFFSETS, total]);
  await db.query('COMMIT');
  const { rows: [{ now }] } = await db.query(`SELECT clock_timestamp() AS now`);
  return { reminders: inserted.rowCount, dueAt: new Date(now) };
}

async function progress(db) {
  const { rows: [row] } = await db.query(`
    SELECT count(*) FILTER (WHERE state = 'SENT')::int AS sent,
           count(*) FILTER (WHERE state IN ('PENDING', 'CLAIMED'))::int AS waiting
      FROM reminders WHERE due_on <= current_date`);
  return row;
}

/** Runs the scenario on the bench database; `say` prints a line. */
export async function runReminderSweep({ databaseUrl, appDatabaseUrl, redisUrl, logDir, say }) {
  const total = positiveInteger('BENCH_REMINDERS', 100_000);
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-sweep' });
  await db.connect();
  let worker = null;
  const stopOnExit = () => worker?.kill('SIGTERM');
  try {
    // Earlier reminders of the seed (and of any earlier run) are sent first, so only these are measured.
    await db.query(`UPDATE reminders SET state = 'CANCELLED' WHERE state IN ('PENDING', 'CLAIMED')`);
    const t = performance.now();
    const { reminders, dueAt } = await createDueReminders(db, total);
    say(`  ${reminders.toLocaleString('en')} reminders due, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // Jobs an interrupted earlier run left in Redis would be worked off first and distort the numbers.
    await deleteQueueKeys(redisUrl);
    const started = performance.now();
    worker = startService('worker', join(ROOT, 'dist/worker/main.mjs'), {
      DATABASE_URL: appDatabaseUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX,
      SMTP_URL: 'noop://',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    }, logDir);
    // Ctrl-C ends the run with process.exit, before any finally: the worker must not outlive it.
    process.once('exit', stopOnExit);
    const limit = started + 10 * 60_000;
    let last = { sent: 0, waiting: reminders };
    let lastSay = performance.now();
    while (last.sent < reminders) {
      if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode} (see ${join('bench-results', 'logs', 'worker.log')})`);
      if (performance.now() > limit) throw new Error(`only ${last.sent} of ${reminders} reminders were sent in 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      last = await progress(db);
      if (performance.now() - lastSay > 5000) {
        say(`  … ${last.sent.toLocaleString('en')} sent`);
        lastSay = performance.now();
      }
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const { rows: [timing] } = await db.query(`
      SELECT extract(epoch FROM max(r.sent_at) - min(r.claimed_at))::float AS "deliverySeconds",
             extract(epoch FROM max(r.sent_at) - $1::timestamptz)::float AS "maxLatenessSeconds",
             extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY r.sent_at - $1::timestamptz))::float AS "medianLatenessSeconds",
             count(*)::int AS sent
        FROM reminders r WHERE r.state = 'SENT' AND r.sent_at >= $1::timestamptz`,
      [dueAt]);
    const { rows: [channels] } = await db.query(`
      SELECT count(*) FILTER (WHERE channel = 'IN_APP')::int AS "inApp", count(*) FILTER (WHERE channel = 'EMAIL')::int AS email
        FROM reminder_deliveries WHERE delivered_at >= $1::timestamptz`,
      [dueAt]);
    Object.assign(timing, channels);
    const perSecond = timing.sent / timing.deliverySeconds;
    const result = {
      reminders,
      sent: timing.sent,
      inAppDeliveries: timing.inApp,
      emailDeliveries: timing.email,
      remindersPerSecond: Math.round(perSecond),
      deliverySeconds: Number(timing.deliverySeconds.toFixed(2)),
      wallSecondsIncludingWorkerStart: Number(wallSeconds.toFixed(2)),
      maxLatenessSeconds: Number(timing.maxLatenessSeconds.toFixed(2)),
      medianLatenessSeconds: Number(timing.medianLatenessSeconds.toFixed(2)),
      sweepIntervalSeconds: SWEEP_INTERVAL_SECONDS,
      targetPerSecond: TARGET_PER_SECOND,
      meetsTarget: perSecond >= TARGET_PER_SECOND,
      withinOneSweepInterval: timing.maxLatenessSeconds <= SWEEP_INTERVAL_SECONDS,
    };
    say(`  ${result.remindersPerSecond.toLocaleString('en')} reminders/s (target ≥ ${TARGET_PER_SECOND.toLocaleString('en')}): ` +
      `${result.sent.toLocaleString('en')} sent in ${result.deliverySeconds} s from the first claim ` +
      `(${result.wallSecondsIncludingWorkerStart} s including the worker's start)`);
    say(`  lateness: max ${result.maxLatenessSeconds} s, median ${result.medianLatenessSeconds} s after becoming due; ` +
      `sweep interval ${SWEEP_INTERVAL_SECONDS} s → ${result.withinOneSweepInterval ? 'within one interval' : 'LATER THAN ONE INTERVAL'}`);
    if (result.inAppDeliveries !== result.sent || result.emailDeliveries !== result.sent)
      throw new Error(`deliveries do not match: ${JSON.stringify(result)}`);
    return result;
  } finally {
    if (worker) await stopChild(worker);
    process.removeListener('exit', stopOnExit);
    await db.end();
    await deleteQueueKeys(redisUrl);
  }
}

async function deleteQueueKeys(redisUrl) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = [];
    for await (const batch of redis.scanStream({ match: `${QUEUE_PREFIX}:*`, count: 1000 })) keys.push(...batch);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  } finally {
    redis.disconnect();
  }
}
