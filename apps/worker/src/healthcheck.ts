import { stat } from 'node:fs/promises';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig } from '@iep/api/core';
import { ALIVE_STALE_MS } from './alive-file';

/**
 * The worker container's health check (`node dist/worker/healthcheck.mjs`): the worker's event loop
 * turns (WORKER_ALIVE_FILE is fresh) and PostgreSQL and Redis answer from here. Prints one line and exits
 * 0 or 1, as Docker expects.
 */
const TIMEOUT_MS = 3000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
  ]);
}

async function check(): Promise<string> {
  const config = loadConfig();
  if (config.WORKER_ALIVE_FILE) {
    const age = Date.now() - (await stat(config.WORKER_ALIVE_FILE).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    if (age > ALIVE_STALE_MS) throw new Error(`the worker has not touched ${config.WORKER_ALIVE_FILE} for ${Math.round(age / 1000)} s`);
  }
  const client = new pg.Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: TIMEOUT_MS });
  const redis = new Redis(config.REDIS_URL, { lazyConnect: true, connectTimeout: TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await within(client.connect().then(() => client.query('SELECT 1')), 'PostgreSQL');
    await within(redis.connect().then(() => redis.ping()), 'Redis');
  } finally {
    await client.end().catch(() => undefined);
    redis.disconnect();
  }
  return 'worker ok';
}

check().then(
  (line) => {
    process.stdout.write(`${line}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stdout.write(`worker unhealthy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
