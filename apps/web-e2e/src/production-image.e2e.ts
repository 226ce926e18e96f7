import { randomBytes } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * The image's commands, run as the image runs them: the Dockerfile's CMD and HEALTHCHECK and compose's
 * migrate and worker commands, read from those files, with the image's environment, against a fresh
 * database. (Docker is not available to the tests; the image is this same tree at /app.)
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

/** The JSON-array form of an instruction, e.g. CMD ["node", …], joined across continued lines. */
function execForm(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text.replace(/\\\n\s*/g, ''));
  if (!match) throw new Error(`not found: ${pattern}`);
  return JSON.parse(match[1]) as string[];
}

function serviceBlock(name: string): string {
  const start = compose.indexOf(`\n  ${name}:\n`);
  const end = compose.slice(start + 1).search(/\n {2}[a-z-]+:\n|\nvolumes:/);
  return compose.slice(start, start + 1 + end);
}

/** The image's ENV, with /app (its WORKDIR) standing for this tree. */
function imageEnv(scratch: string): Record<string, string> {
  const line = /^ENV (.+)$/m.exec(finalStage.replace(/\\\n\s*/g, ''))![1];
  // One mapping per path, read from the image's own value: a tree that itself lives under /tmp must not
  // be mapped twice.
  const inTree = (value: string) =>
    value.startsWith('/app/') ? ROOT + value.slice('/app/'.length) : /^\/(data|tmp)\//.test(value) ? `${scratch}/${value.replace(/^\/(data|tmp)\//, '')}` : value;
  const env = Object.fromEntries([...line.matchAll(/([A-Z_]+)=(\S+)/g)].map(([, key, value]) => [key, inTree(value)]));
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function run(command: string[], env: Record<string, string>) {
  const [bin, ...args] = command;
  expect(bin).toBe('node');
  return spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

function start(command: string[], env: Record<string, string>): ChildProcess {
  const [, ...args] = command;
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
}

async function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('the production image’s commands', () => {
  const database = `iep_image_${process.pid}`;
  const scratch = mkdtempSync(join(tmpdir(), 'iep-image-'));
  let env: Record<string, string>;
  let api: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let db: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${database}`;
    env = {
      ...imageEnv(scratch),
      DATABASE_URL: url.toString(),
      REDIS_URL: 'redis://127.0.0.1:6379/14',
      QUEUE_PREFIX: `image${process.pid}`,
      SMTP_URL: 'noop://',
      // Compose and the operator give the image its sealing key (.env.example); so does this check.
      SEAL_KEYS: `check:${randomBytes(32).toString('base64')}`,
      PORT: String(await freePort()),
      METRICS_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
    db = new pg.Client({ connectionString: env['DATABASE_URL'] });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all([stop(api), stop(worker)]);
    await db.end();
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('runs in production mode as the non-root user, writing only under /data and /tmp', () => {
    expect(env['NODE_ENV']).toBe('production');
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toMatch(/chown -R node:node \/data/);
    expect(finalStage).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(/^ENV .*MAIL_DIR=(\S+)/m.exec(finalStage.replace(/\\\n\s*/g, ''))![1]).toMatch(/^\/data\//);
    for (const service of ['api', 'worker', 'migrate']) expect(serviceBlock(service)).toBeTruthy();
    expect(compose).toMatch(/read_only: true/);
    expect(compose).toMatch(/- app-data:\/data/);
  });

  it('migrate: applies the migrations and adds no demo data', async () => {
    const command = execForm(serviceBlock('migrate'), /command: (\[.*\])/);
    const result = run(command, env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^migrations: Create/);
    expect((await db.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(0);
    expect((await db.query(`SELECT count(*)::int AS n FROM districts`)).rows[0].n).toBe(0);
  });

  it('CMD serves the API and the web client; HEALTHCHECK passes once it is ready', async () => {
    const healthcheck = execForm(finalStage, /HEALTHCHECK .*?CMD (\[.*\])/);
    expect(run(healthcheck, env).status).toBe(1);
    // Ready includes a fresh worker heartbeat, so the worker runs beside the API as compose runs it.
    const companion = start(execForm(serviceBlock('worker'), /command: (\[.*\])/), env);
    api = start(execForm(finalStage, /^CMD (\[.*\])$/m), env);
    await until('the image HEALTHCHECK passes', () => {
      if (api!.exitCode !== null) throw new Error(`the API exited (${api!.exitCode})`);
      return run(healthcheck, env).status === 0;
    });
    const page = await fetch(`http://127.0.0.1:${env['PORT']}/sign-in`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // Metrics on their own port only.
    const metrics = await fetch(`http://127.0.0.1:${env['METRICS_PORT']}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('# TYPE iep_graphql_operation_duration_seconds histogram');
    expect((await fetch(`http://127.0.0.1:${env['PORT']}/metrics`, { headers: { accept: 'text/plain' } })).status).toBe(404);
    // compose's api check asks the same endpoint on the container's port.
    expect(serviceBlock('api')).toContain("fetch('http://127.0.0.1:3000/health/ready')");
    await stop(companion);
  });

  it('the worker command runs, and its health check passes, and fails when PostgreSQL is unreachable', async () => {
    const [form, ...healthcheck] = execForm(serviceBlock('worker'), /test: (\[.*\])/);
    expect(form).toBe('CMD');
    worker = start(execForm(serviceBlock('worker'), /command: (\[.*\])/), env);
    await until('the worker health check passes', () => {
      if (worker!.exitCode !== null) throw new Error(`the worker exited (${worker!.exitCode})`);
      return run(healthcheck, env).status === 0;
    });
    const down = run(healthcheck, { ...env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(down.status).toBe(1);
    expect(down.stdout).toMatch(/^worker unhealthy: /);
    await stop(worker);
    const stopped = run(healthcheck, { ...env, WORKER_ALIVE_FILE: join(scratch, 'never-written') });
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toMatch(/has not touched/);
  });

  it('bootstrap through the image: once, then refused', async () => {
    const args = ['node', 'dist/api/setup.mjs', 'bootstrap', '--district', 'Cedar Falls Unified', '--state', 'CA', '--admin-email', 'admin@cedarfalls.example'];
    const first = run(args, env);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('District "Cedar Falls Unified" is set up with the CA state rule profile.');
    const second = run(args, env);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/^Refused: this database is already set up \(district "Cedar Falls Unified"\)/);
  });
});
