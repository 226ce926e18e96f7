import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueEvents, type ConnectionOptions, type Queue } from 'bullmq';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { databaseOptions, loadConfig, redisOptions } from '@iep/api/core';
import { JobName, QueueName } from '@iep/api/jobs';
import { DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { createTestDatabase, testRedisUrl, testSealer } from '@iep/api/testing';
import { Client } from 'pg';
import { createWorker, shutdownWorker } from './bootstrap';
import { missingHandlers } from './job-handlers';

describe('worker against the real PostgreSQL and Redis', () => {
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  const prefix = `t${process.env.IEP_TEST_RUN}w${process.env.JEST_WORKER_ID}worker`;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    databaseUrl = database.appUrl;
    db = new DataSource(databaseOptions(database.url));
    await db.initialize();
    await seedDemoDistrict(db, testSealer());
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.appUrl,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: prefix,
    });
    worker = await createWorker(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    await worker.init();
  });

  let databaseUrl: string;

  afterAll(async () => {
    const cleanup = await createWorker(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: prefix,
      }),
      pino({ level: 'silent' }),
    );
    for (const name of Object.values(QueueName)) {
      await cleanup.get<Queue>(getQueueToken(name), { strict: false }).obliterate({ force: true });
    }
    await cleanup.close();
    await db.destroy();
    await drop();
  });

  it('registers one scheduler per recurring job, however often it starts', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    await worker.get(await import('./worker.module').then((m) => m.WorkerModule)).onApplicationBootstrap();
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual([JobName.TakeEffectAfterNotice, JobName.PurgeExpiredSessions, JobName.ExpireLapsedIeps, JobName.TransferRightsAtMajority].sort());
  });

  it('purges sessions that ended long ago and keeps live ones', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    // Each scheduler runs its job once as the worker starts; when that first purge is still queued it
    // would take the rows below, so the test waits for the queue to be idle and its own job is the only purge.
    await waitUntilIdle(queue);
    await db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, revoked_at) VALUES
         ($1, 'old-expired', now() - interval '40 days', NULL),
         ($1, 'old-revoked', now() + interval '1 hour' - interval '60 days', now() - interval '45 days'),
         ($1, 'live', now() + interval '1 hour', NULL)`,
      [DEMO_USERS.parent.id],
    );
    const events = new QueueEvents(QueueName.Maintenance, {
      connection: redisOptions(testRedisUrl()) as ConnectionOptions,
      prefix,
    });
    await events.waitUntilReady();
    const job = await queue.add(JobName.PurgeExpiredSessions, {});
    const result = await job.waitUntilFinished(events, 15_000);
    await events.close();
    expect(result).toEqual({ sessions: 2, failures: 0 });
    const left = await db.query(`SELECT convert_from(token_hash, 'UTF8') AS t FROM sessions`);
    expect(left).toEqual([{ t: 'live' }]);
  });

  it('finishes the job in progress before it stops', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    const events = new QueueEvents(QueueName.Maintenance, {
      connection: redisOptions(testRedisUrl()) as ConnectionOptions,
      prefix,
    });
    await events.waitUntilReady();
    // Hold a lock the job needs, so it is still running when shutdown starts.
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
    const job = await queue.add(JobName.PurgeExpiredSessions, {});
    for (let i = 0; i < 50 && (await job.getState()) !== 'active'; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await job.getState()).toBe('active');
    const finished = job.waitUntilFinished(events, 15_000);
    const stopped = shutdownWorker(worker);
    await new Promise((r) => setTimeout(r, 300));
    await blocker.query('COMMIT');
    await blocker.end();
    await stopped;
    await expect(finished).resolves.toEqual({ sessions: 0, failures: 0 });
    await events.close();
  });

  it('finds a job without a handler', () => {
    expect(missingHandlers([JobName.PurgeExpiredSessions], {})).toEqual([JobName.PurgeExpiredSessions]);
    expect(
      missingHandlers([JobName.PurgeExpiredSessions], { [JobName.PurgeExpiredSessions]: async () => 1 }),
    ).toEqual([]);
  });
});

async function waitUntilIdle(queue: Queue, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
    if (Object.values(counts).every((n) => n === 0)) return;
    if (Date.now() > deadline) throw new Error(`queue ${queue.name} still busy: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
