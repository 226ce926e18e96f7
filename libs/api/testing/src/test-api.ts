import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { closeRedis, createRedis, databaseOptions, loadConfig, parseSealKeys, rateLimitPrefix, Sealer, type AppConfig } from '@iep/api/core';
import { GraphQLTestClient } from './graphql-client';
import { createTestDatabase, TEST_SEAL_KEYS } from './test-database';

export interface TestApi {
  url: string;
  config: AppConfig;
  app: INestApplication;
  /**
   * Direct access, as the schema owner, for assertions about what was written (not for arranging
   * behaviour behind the API's back). The API itself connects as the least-privilege app role.
   */
  db: DataSource;
  /** The API's sealer (same SEAL_KEYS), for seeding frozen versions that verify. */
  sealer: Sealer;
  /**
   * Forgets every rate-limit count of this API (its own key prefix), for a test that means to start
   * from a clean allowance: the limits stay as strict as in production.
   */
  clearRateLimits(): Promise<void>;
  close(): Promise<void>;
}

/** The sealer of the API under test, for seeding frozen versions that verify. */
export function testSealer(): Sealer {
  return new Sealer(parseSealKeys(TEST_SEAL_KEYS));
}

/** Redis is shared; each worker gets its own logical database and key prefix. */
export function testRedisUrl(): string {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return `redis://127.0.0.1:6379/${1 + (worker % 15)}`;
}

export type ApiFactory = (config: AppConfig, logger: Logger) => Promise<INestApplication>;

/**
 * Starts the real API on a free port against a fresh database; the app passes its own factory in.
 * With a DATABASE_URL override it joins that database instead (a second API process beside the first),
 * and leaves dropping it to whoever created it.
 */
export async function startTestApi(createApiApp: ApiFactory, overrides: Record<string, string> = {}): Promise<TestApi> {
  const shared = overrides['DATABASE_URL'];
  const database = shared
    ? { url: overrides['DATABASE_MIGRATION_URL'] ?? shared, appUrl: shared, drop: async () => undefined }
    : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.appUrl,
    DATABASE_MIGRATION_URL: database.url,
    SEAL_KEYS: TEST_SEAL_KEYS,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: `t${process.env.IEP_TEST_RUN}w${process.env.JEST_WORKER_ID ?? '1'}`,
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...overrides,
  });
  // A file before this one in the same Jest worker shares the prefix; its counts must not carry over.
  const clearRateLimits = () => clearLimitKeys(config);
  await clearRateLimits();
  const app = await createApiApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const db = new DataSource(databaseOptions(database.url));
  await db.initialize();
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    app,
    db,
    sealer: testSealer(),
    clearRateLimits,
    async close() {
      await app.close();
      if (db.isInitialized) await db.destroy();
      await database.drop();
    },
  };
}

async function clearLimitKeys(config: AppConfig): Promise<void> {
  // A test of the API without Redis has no counts to clear, and must not wait for a Redis that is not there.
  const redis = createRedis(config.REDIS_URL, {
    connectionName: 'iep-test-limits', lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch {
    redis.disconnect();
    return;
  }
  try {
    const pattern = `${rateLimitPrefix(config)}*`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await closeRedis(redis);
  }
}

/** A client of the API under test, signed in as `email`; a refused sign-in fails the test that asked for it. */
export async function signedIn(api: Pick<TestApi, 'url'>, email: string, password: string): Promise<GraphQLTestClient> {
  const client = new GraphQLTestClient(api.url);
  const result = await client.signIn(email, password);
  if (result.errors?.length) throw new Error(`Sign-in as ${email} was refused: ${result.errors[0].message}`);
  return client;
}

/**
 * How many refusals of one GraphQL operation the audit log holds. The guard names the operation alone
 * ("prepareRecordsExport"); a denial decided in a resolver names it with its class ("RecordsResolver.prepareRecordsExport").
 */
export async function denials(api: Pick<TestApi, 'db'>, operation: string): Promise<number> {
  const [{ count }]: Array<{ count: number }> = await api.db.query(
    `SELECT count(*)::int AS count FROM audit_events
      WHERE outcome = 'DENIED' AND (data->>'operation' = $1 OR right(data->>'operation', length($1) + 1) = '.' || $1)`,
    [operation],
  );
  return count;
}
