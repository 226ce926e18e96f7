import type { INestApplicationContext } from '@nestjs/common';
import { Queue, type ConnectionOptions } from 'bullmq';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createClock, databaseOptions, loadConfig, redisOptions } from '@iep/api/core';
import { DEFAULT_DISTRICT_TIME_ZONE, type IsoDate } from '@iep/domain';
import { QueueName } from '@iep/api/jobs';
import { createTestDatabase, testRedisUrl } from '@iep/api/testing';
import { createWorker, shutdownWorker } from './bootstrap';

export interface WorkerHarness {
  readonly db: DataSource;
  readonly databaseUrl: string;
  /**
   * The day every worker of this file sees (CLOCK_TODAY), fixed when the file starts: a run that crosses
   * midnight keeps one day, and no test reads the database's current_date.
   */
  readonly today: IsoDate;
  /** Workers still running; each test's are shut down after it. */
  readonly started: INestApplicationContext[];
  /** A queue prefix of this file's own, so that no test sees another's jobs; obliterated at the end. */
  newPrefix(): string;
  /** `env` adds settings (a mail server, timeouts) to the test defaults. */
  startWorker(prefix: string, redisUrl?: string, env?: Record<string, string>): Promise<INestApplicationContext>;
}

/**
 * Registers the hooks of a worker integration test file (call it inside `describe`): one migrated
 * database, a mail directory, workers stopped after each test and every queue used removed at the end.
 */
export function useWorkerHarness(tag: string): WorkerHarness {
  let db: DataSource | undefined;
  let databaseUrl = '';
  let appUrl = '';
  let drop: () => Promise<void> = async () => undefined;
  let mailDir = '';
  let prefixes = 0;
  const started: INestApplicationContext[] = [];
  const usedPrefixes: string[] = [];
  const today = createClock().today(DEFAULT_DISTRICT_TIME_ZONE) as IsoDate;

  beforeAll(async () => {
    const database = await createTestDatabase();
    databaseUrl = database.url;
    appUrl = database.appUrl;
    drop = database.drop;
    db = new DataSource(databaseOptions(database.url));
    await db.initialize();
    mailDir = mkdtempSync(join(tmpdir(), `iep-${tag}-mail-`));
  });

  afterEach(async () => {
    for (const app of started.splice(0)) await shutdownWorker(app).catch(() => app.close());
  });

  afterAll(async () => {
    for (const prefix of usedPrefixes) {
      for (const name of Object.values(QueueName)) {
        const queue = new Queue(name, { connection: redisOptions(testRedisUrl()) as ConnectionOptions, prefix });
        await queue.obliterate({ force: true });
        await queue.close();
      }
    }
    await db?.destroy();
    await drop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  return {
    get db() {
      if (!db) throw new Error('The worker harness is used before its beforeAll ran');
      return db;
    },
    get databaseUrl() {
      return databaseUrl;
    },
    today,
    started,
    newPrefix() {
      const prefix = `t${process.env.IEP_TEST_RUN}w${process.env.JEST_WORKER_ID}${tag}${++prefixes}`;
      usedPrefixes.push(prefix);
      return prefix;
    },
    async startWorker(prefix, redisUrl = testRedisUrl(), env = {}) {
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: appUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, MAIL_DIR: mailDir, CLOCK_TODAY: today, ...env });
      const app = await createWorker(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
      started.push(app);
      return app;
    },
  };
}
