// Starts the built product the way `npm start` does — migrated and seeded database, API serving the
// built web client, worker — on a fresh database and a free port, for the browser journeys.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, run, startService, waitForReady } from '../../../../tools/lib/processes.mjs';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export default async function globalSetup() {
  for (const file of ['dist/api/main.mjs', 'dist/worker/main.mjs', 'apps/web/dist/index.html']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: build first (nx run web-e2e:e2e does).`);
  }
  const database = `iep_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const port = await freePort();
  // As npm start: migrations as the owner, the API and the worker as the least-privilege role.
  const appUrl = new URL(url);
  appUrl.username = 'iep_app';
  appUrl.password = process.env.TEST_DATABASE_APP_PASSWORD ?? '';
  const env = {
    DATABASE_URL: appUrl.toString(),
    SEAL_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
    REDIS_URL: process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/15',
    QUEUE_PREFIX: `e2e${process.pid}`,
    PORT: String(port),
    // development, as npm start runs it: the journeys read e-mail from the dev mailbox (/dev/mail).
    NODE_ENV: 'development',
    WEB_DIST: join(ROOT, 'apps/web/dist'),
    LOG_LEVEL: 'warn',
  };
  await run(process.execPath, ['dist/api/setup.mjs', 'migrate', 'seed'], { env: { ...process.env, ...env, DATABASE_MIGRATION_URL: url.toString() } });
  const logs = join(ROOT, 'tmp', 'e2e-logs');
  const api = startService('api', 'dist/api/main.mjs', env, logs);
  const worker = startService('worker', 'dist/worker/main.mjs', env, logs);
  globalThis.__E2E__ = { api, worker, database };
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(baseUrl, api);
  process.env.E2E_BASE_URL = baseUrl;
  // For journeys that arrange what another process (the worker, a mail server) would have produced.
  process.env.E2E_DATABASE_URL = url.toString();
}
