import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Relative on purpose: Jest's global setup loads this file without the path aliases.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { migrations } from '../../../../migrations/index';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { databaseOptions, MIGRATION_DATABASE_LIMITS } from '../../core/src/database';

/**
 * Test databases: one migrated template per Jest run, and a fresh copy of it for every test file
 * (CREATE DATABASE … TEMPLATE takes milliseconds), so no test sees another's rows.
 */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The least-privilege role the migrations create, which the API and the worker use (as in production). */
export const APP_ROLE = 'iep_app';

/** The same database as the app role; the test server trusts local connections (TEST_DATABASE_APP_PASSWORD otherwise). */
export function appUrlFor(database: string): string {
  const url = new URL(urlFor(database));
  url.username = APP_ROLE;
  url.password = process.env.TEST_DATABASE_APP_PASSWORD ?? '';
  return url.toString();
}

/** A fixed key for tests: the API under test and the seed that freezes demo versions must share it. */
export const TEST_SEAL_KEYS = `t1:${Buffer.alloc(32, 't').toString('base64')}`;

export function runId(): string {
  const id = process.env.IEP_TEST_RUN;
  if (!id) throw new Error('IEP_TEST_RUN is not set: run tests through the project jest configs (global setup).');
  return id;
}

export const templateName = (run: string) => `iep_tpl_${run}`;

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTemplate(run: string): Promise<void> {
  const name = templateName(run);
  await withAdmin(async (client) => {
    await dropStaleTestDatabases(client);
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const dataSource = new DataSource({ ...databaseOptions(urlFor(name), [], MIGRATION_DATABASE_LIMITS), migrations });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Databases left by a run whose process is gone (a killed run); names carry the owning pid. */
async function dropStaleTestDatabases(client: Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname ~ '^iep_(tpl|t)_[0-9]+'`,
  );
  for (const { datname } of rows) {
    const pid = Number(/^iep_(?:tpl|t)_(\d+)/.exec(datname)?.[1]);
    if (pid && !isAlive(pid)) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function dropRunDatabases(run: string): Promise<void> {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`iep_t_${run}_%`, templateName(run)],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  });
}

let counter = 0;

/**
 * A fresh database copied from the run's migrated template: `url` connects as the owner (for arranging
 * and asserting), `appUrl` as the app role the API and the worker use; and a dropper.
 */
export async function createTestDatabase(): Promise<{ name: string; url: string; appUrl: string; drop: () => Promise<void> }> {
  const run = runId();
  // Jest gives every test file fresh modules, so the counter starts again in each file of one worker:
  // a random part keeps the names of two files in the same process apart.
  const name = `iep_t_${run}_w${process.env.JEST_WORKER_ID ?? '1'}_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateName(run)}`));
  return {
    name,
    url: urlFor(name),
    appUrl: appUrlFor(name),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
