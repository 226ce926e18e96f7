// `npm run bench`: builds the server, loads a fresh database with a realistic district, starts the
// API and measures each scenario in tools/bench/scenarios.mjs with autocannon, next to a raw-SQL
// baseline of the same rows. Prints a table and writes bench-results/bench-<timestamp>.json.
// The API is stopped and the database dropped at the end, also on failure or Ctrl-C.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, run, startService, stopChild, waitForReady } from '../lib/processes.mjs';
import { assertSupportedNode } from '../lib/supported-node.cjs';
import { generateComplianceDistrict, generateData, generateServiceDistrict } from './generate.mjs';
import { DEMO_PASSWORD, USERS, scenarios as allScenarios } from './scenarios.mjs';

const say = (line = '') => process.stdout.write(`${line}\n`);
assertSupportedNode('npm run bench');

function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`${name} must be a positive number, not "${raw}".\n`);
    process.exit(2);
  }
  return value;
}

const config = {
  duration: positiveNumber('BENCH_DURATION', 10),
  scale: positiveNumber('BENCH_SCALE', 1),
  connections: Math.round(positiveNumber('BENCH_CONNECTIONS', 8)),
  // One API process per core, as a deployment on this machine would run it (API_PROCESSES).
  apiProcesses: Math.round(positiveNumber('BENCH_API_PROCESSES', 2)),
  // Every API process compiles its hot paths on its own, so each gets the warm-up one process would.
  warmupSeconds: 2 * Math.round(positiveNumber('BENCH_API_PROCESSES', 2)),
  rawWarmupSeconds: 1,
  adminUrl: process.env.BENCH_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379/14',
  // Two benchmarks at once (engineers sharing a machine) each need their own database.
  database: /^[a-z_][a-z0-9_]{0,62}$/.test(process.env.BENCH_DATABASE ?? '') ? process.env.BENCH_DATABASE : 'iep_bench',
  queuePrefix: 'bench',
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
  keepDatabase: process.env.BENCH_KEEP_DATABASE === '1',
  // Each API process writes a V8 CPU profile (.cpuprofile, for Chrome DevTools) here when it stops.
  cpuProfileDir: process.env.BENCH_CPU_PROFILE || null,
  // Extra Node.js options for the API processes (e.g. V8 heap settings), space-separated.
  apiNodeArgs: (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  // A machine shared with other work can take longer than a minute to start two API processes.
  readySeconds: Number(process.env.BENCH_READY_SECONDS ?? 60),
  only: (process.env.BENCH_SCENARIOS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
};
const databaseUrl = (() => {
  const url = new URL(config.adminUrl);
  url.pathname = `/${config.database}`;
  return url.toString();
})();
// The API and the raw baseline reach a local PostgreSQL through its Unix socket when there is one:
// no TCP stack on either side of every statement. BENCH_PG_SOCKET=none keeps TCP.
const pgSocketDir = (() => {
  const dir = process.env.BENCH_PG_SOCKET ?? '/var/run/postgresql';
  if (dir === 'none' || dir === '') return null;
  const { hostname, port } = new URL(config.adminUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) return null;
  return existsSync(join(dir, `.s.PGSQL.${port || 5432}`)) ? dir : null;
})();
const serverDatabaseUrl = (() => {
  if (!pgSocketDir) return databaseUrl;
  const url = new URL(config.adminUrl);
  const credentials = url.password ? `${url.username}:${url.password}` : url.username;
  const params = new URLSearchParams({ host: pgSocketDir, port: url.port || '5432' });
  return `postgresql://${credentials}@/${config.database}?${params.toString().replaceAll('%2F', '/')}`;
})();
// As in production: setup migrates as the owner, the API and the worker connect as the least-privilege role.
// (A Unix-socket URL such as postgresql://user@/db?host=/run/postgresql is no WHATWG URL: edit it as text.)
const asAppRole = (databaseUrlOfOwner) => {
  const password = process.env.BENCH_DATABASE_APP_PASSWORD;
  const credentials = password ? `iep_app:${encodeURIComponent(password)}` : 'iep_app';
  return databaseUrlOfOwner.replace(/^(postgres(?:ql)?:\/\/)[^@/]*@/, `$1${credentials}@`);
};
const appServerDatabaseUrl = asAppRole(serverDatabaseUrl);
const resultsDir = join(ROOT, 'bench-results');
const logDir = join(resultsDir, 'logs');

// Everything that cleanup() must undo.
const state = { api: null, databaseCreated: false, rawClients: [], autocannon: null, stopping: false };
let cleanupPromise = null;

async function main() {
  const startedAt = new Date();
  const scenarios = config.only.length
    ? allScenarios.filter((s) => config.only.some((o) => s.name.toLowerCase().includes(o)))
    : allScenarios;
  if (scenarios.length === 0) throw new Error(`BENCH_SCENARIOS=${process.env.BENCH_SCENARIOS} matches no scenario`);
  say(`IEP Team benchmark: scale ${config.scale}, ${config.duration} s per scenario, ${config.connections} connections, ` +
    `${os.cpus().length} CPUs`);
  say(`API: ${config.apiProcesses} process${config.apiProcesses === 1 ? '' : 'es'} (API_PROCESSES), PostgreSQL over ` +
    `${pgSocketDir ? `the Unix socket in ${pgSocketDir}` : 'TCP'} (API and raw baseline)`);

  // 1. Build (Nx replays its cache when nothing changed).
  if (!config.skipBuild) {
    const t = performance.now();
    say('Building api and worker…');
    const out = await run(process.execPath, [nxBin(), 'run-many', '-t', 'build', '-p', 'api', 'worker', '--output-style=stream'], {
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      timeout: 600_000,
    });
    const cached = /existing outputs match the cache|local cache/i.test(out);
    say(`  done in ${seconds(t)} s${cached ? ' (from the Nx cache)' : ''}`);
  }
  for (const file of ['dist/api/main.mjs', 'dist/api/setup.mjs', 'dist/worker/main.mjs']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing; build with nx (or unset BENCH_SKIP_BUILD)`);
  }

  // 2. Fresh database, migrated and seeded.
  let t = performance.now();
  say(`Creating database ${config.database}…`);
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`);
    state.databaseCreated = true;
    await admin.query(`CREATE DATABASE ${config.database}`);
  });
  const serverEnv = {
    DATABASE_URL: appServerDatabaseUrl,
    SEAL_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.queuePrefix,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  await run(process.execPath, ['dist/api/setup.mjs', 'migrate', 'seed'], {
    env: { ...process.env, ...serverEnv, DATABASE_MIGRATION_URL: serverDatabaseUrl },
    timeout: 180_000,
  });
  say(`  migrated and seeded in ${seconds(t)} s`);

  // 3. Bulk data.
  t = performance.now();
  say('Generating data…');
  const generated = await generateData(databaseUrl, config.scale, (line) => say(line));
  if (scenarios.some((s) => s.data === 'compliance')) {
    generated.compliance = await generateComplianceDistrict(databaseUrl, config.scale, (line) => say(line));
  }
  if (scenarios.some((s) => s.data === 'services')) {
    generated.services = await generateServiceDistrict(databaseUrl, config.scale, (line) => say(line));
  }
  const generationSeconds = Number(seconds(t));
  say(`  generated in ${generationSeconds} s`);

  // 4. API (not for a run of scenarios that measure themselves, such as the worker's).
  t = performance.now();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  if (scenarios.some((s) => !s.custom || s.api)) {
    say(`Starting the API on ${url}…`);
    state.api = startService('api', join(ROOT, 'dist/api/main.mjs'), { ...serverEnv, PORT: String(port), API_PROCESSES: String(config.apiProcesses) }, logDir,
      [...config.apiNodeArgs, ...(config.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${config.cpuProfileDir}`] : [])]);
    await waitForReady(url, state.api, config.readySeconds * 1000, { withoutWorker: true });
    await waitForApiProcesses(config.readySeconds * 1000);
    say(`  ready in ${seconds(t)} s`);
  }

  // 5. Sign in every user the scenarios need.
  state.rawClients = await Promise.all(
    Array.from({ length: config.connections }, async () => {
      const client = new pg.Client({ connectionString: serverDatabaseUrl, application_name: 'iep-bench-raw' });
      await client.connect();
      return client;
    }),
  );
  const db = state.rawClients[0];
  const users = {};
  for (const key of new Set(scenarios.filter((s) => !s.custom).map((s) => s.as))) {
    const email = USERS[key];
    if (!email) throw new Error(`scenario user "${key}" is not in USERS`);
    const { rows } = await db.query(`SELECT id, role, district_id FROM users WHERE email = $1`, [email]);
    if (!rows[0]) throw new Error(`${email} is not in the database`);
    users[key] = { id: rows[0].id, email, role: rows[0].role, districtId: rows[0].district_id, cookie: await signIn(url, email) };
  }

  // 6. Scenarios, one after another; the raw baseline runs after the API run, never at the same time.
  const results = [];
  for (const scenario of scenarios) {
    if (state.stopping) break;
    say(`\n▶ ${scenario.name}`);
    // A scenario that is not one GraphQL operation (the worker's reminder sweep) measures itself.
    if (scenario.custom) {
      results.push({ scenario: scenario.name, custom: await scenario.custom({
        databaseUrl, appDatabaseUrl: asAppRole(databaseUrl), redisUrl: config.redisUrl, logDir, say,
        // A custom scenario with `api: true` drives the running API itself.
        ...(scenario.api ? { apiUrl: url, signIn: (email) => signIn(url, email) } : {}),
      }) });
      continue;
    }
    const ctx = { user: users[scenario.as], users, params: {} };
    ctx.params = scenario.prepare ? await scenario.prepare(db, ctx) : {};
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables?.(ctx) ?? {} });
    const headers = { 'content-type': 'application/json', cookie: ctx.user.cookie };

    // One checked request first: autocannon only sees bodies, so make sure they are the right ones.
    // Nothing else is in flight, so the audit rows it appends are exactly those of one request.
    const auditBefore = await auditSequence(db);
    const apiSummary = scenario.summarize(await graphql(url, body, headers), ctx);
    const auditRowsPerRequest = (await auditSequence(db)) - auditBefore;
    const rawSummary = scenario.summarizeRaw(await scenario.raw(db, ctx), ctx);
    const same = JSON.stringify(apiSummary) === JSON.stringify(rawSummary);
    say(`  rows: API ${describe(apiSummary)}; raw SQL ${describe(rawSummary)}${same ? '' : '  ⚠ the baseline returns different rows'}` +
      `; ${auditRowsPerRequest} audit rows per request`);

    // A scenario that writes gives each connection requests of its own (e.g. the version it saves on).
    await load(url, body, headers, config.warmupSeconds, scenario.setupClient?.(ctx, headers));
    const cpuBefore = cpuSnapshot();
    const api = await load(url, body, headers, config.duration, scenario.setupClient?.(ctx, headers));
    api.cpu = cpuSince(cpuBefore, api.requests);
    assertApiAlive();
    say(`  API      ${fmt(api.p50)} / ${fmt(api.p95)} / ${fmt(api.p99)} ms (p50/p95/p99), ${api.rps.toFixed(1)} req/s, ${api.failures} failures`);
    if (api.cpu) {
      const split = api.cpu.processCores.length > 1 ? `: ${api.cpu.processCores.join(' + ')}` : '';
      say(`  CPU      API ${fmt(api.cpu.apiMsPerRequest)} ms/request (${api.cpu.apiCores} cores${split}), ` +
        `rest of the machine (PostgreSQL, load generator, others) ${api.cpu.restCores} of ${api.cpu.machineCores} cores`);
    }

    await rawLoop(scenario, ctx, config.rawWarmupSeconds);
    const raw = await rawLoop(scenario, ctx, config.duration);
    say(`  raw SQL  ${fmt(raw.p50)} / ${fmt(raw.p95)} / ${fmt(raw.p99)} ms, ${raw.rps.toFixed(1)} q/s, ${raw.errors} errors`);
    if (raw.firstError) say(`  raw SQL error: ${raw.firstError}`);

    results.push({
      scenario: scenario.name,
      as: USERS[scenario.as],
      rows: { api: apiSummary, raw: rawSummary, same },
      api,
      raw,
      auditRowsPerRequest,
    });
  }
  if (state.stopping) return 130;

  // 7. Report.
  printTable(results);
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      totalMemoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: (await db.query('SHOW server_version')).rows[0].server_version,
    },
    git: await gitInfo(),
    config: {
      scale: config.scale,
      durationSeconds: config.duration,
      warmupSeconds: config.warmupSeconds,
      connections: config.connections,
      rawClients: config.connections,
      apiProcesses: config.apiProcesses,
      postgresSocket: pgSocketDir,
    },
    data: { ...generated, generationSeconds },
    results,
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `bench-${startedAt.toISOString().replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  say(`\nWrote ${file.slice(ROOT.length + 1)}`);

  const failed = results.filter((r) => !r.custom && (r.api.failures > 0 || r.raw.errors > 0));
  if (failed.length) {
    process.stderr.write(`\nFailures in: ${failed.map((r) => r.scenario).join(', ')} (see ${join('bench-results', 'logs', 'api.log')})\n`);
    return 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Load and measurement

/** autocannon against /graphql; latencies are recorded per response (autocannon's own are whole ms). */
function load(url, body, headers, durationSeconds, setupScenarioClient) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const started = performance.now();
    state.autocannon = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers,
        body,
        connections: config.connections,
        duration: durationSeconds,
        timeout: 30,
        // A GraphQL error usually comes with HTTP 200; only a body with data and no errors counts as success.
        verifyBody: (text) => text.startsWith('{"data":') && !text.includes('"errors":'),
        setupClient: (client) => {
          client.on('response', (_status, _bytes, ms) => latencies.push(ms));
          setupScenarioClient?.(client);
        },
      },
      (error, result) => {
        state.autocannon = null;
        if (error) return reject(error);
        const elapsed = (performance.now() - started) / 1000;
        resolve({
          ...percentiles(latencies),
          requests: latencies.length,
          rps: round(latencies.length / elapsed, 1),
          failures: result.mismatches + result.errors,
          mismatches: result.mismatches,
          non2xx: result.non2xx,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          bytesPerSecond: Math.round(result.throughput.average),
        });
      },
    );
  });
}

/** The baseline: each raw client runs the scenario's SQL back to back until the deadline. */
async function rawLoop(scenario, ctx, durationSeconds) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  await Promise.all(
    state.rawClients.map(async (client) => {
      while (!state.stopping && performance.now() < deadline) {
        const t = performance.now();
        try {
          await scenario.raw(client, ctx);
          latencies.push(performance.now() - t);
        } catch (error) {
          errors += 1;
          firstError ??= error.message;
          if (errors > 100) return;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { ...percentiles(latencies), requests: latencies.length, rps: round(latencies.length / elapsed, 1), errors, firstError };
}

/** CPU seconds so far: the API child (Linux /proc), and the whole machine (busy time of every core). */
function cpuSnapshot() {
  const machine = os.cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0) / 1000;
  let api = null;
  const processes = new Map();
  try {
    for (const { pid, cpu } of apiProcessStats()) processes.set(pid, cpu);
    api = [...processes.values()].reduce((sum, cpu) => sum + cpu, 0);
  } catch {
    // not Linux, or the API is gone
  }
  return { at: performance.now(), machine, api, processes };
}

/**
 * CPU seconds of the API process and of the processes it forked (API_PROCESSES > 1), from /proc. Fields
 * after the command name: state is field 3, ppid 4, utime and stime are 14 and 15, in clock ticks.
 */
function apiProcessStats() {
  const read = (pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
  };
  const stats = [read(state.api.pid)];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === state.api.pid) continue;
    try {
      const stat = read(Number(entry));
      if (stat.ppid === state.api.pid) stats.push(stat);
    } catch {
      // exited meanwhile
    }
  }
  return stats;
}

/** The cluster's primary answers as soon as one process listens; the others follow within moments. */
async function waitForApiProcesses(timeoutMs) {
  if (config.apiProcesses === 1 || os.platform() !== 'linux') return;
  const deadline = Date.now() + timeoutMs;
  while (apiProcessStats().length - 1 < config.apiProcesses) {
    if (Date.now() > deadline) throw new Error(`the API did not start ${config.apiProcesses} processes`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const CLOCK_TICKS = 100; // USER_HZ, 100 on every mainstream Linux build

function cpuSince(before, requests) {
  const after = cpuSnapshot();
  if (before.api === null || after.api === null) return null;
  const wall = (after.at - before.at) / 1000;
  const api = after.api - before.api;
  const machine = after.machine - before.machine;
  return {
    apiMsPerRequest: requests ? round((api * 1000) / requests, 2) : null,
    apiCores: round(api / wall, 2),
    // The primary first, then each serving process: an even split shows the load is shared.
    processCores: [...after.processes].map(([pid, cpu]) => round((cpu - (before.processes.get(pid) ?? 0)) / wall, 2)),
    restCores: round(Math.max(0, machine - api) / wall, 2),
    machineCores: os.cpus().length,
  };
}

function percentiles(values) {
  if (values.length === 0) return { p50: null, p95: null, p99: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const at = (p) => round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)], 2);
  return { p50: at(50), p95: at(95), p99: at(99), max: round(sorted[sorted.length - 1], 2) };
}

// ---------------------------------------------------------------------------------------------
// API helpers

async function signIn(url, email) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation BenchSignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
    signal: AbortSignal.timeout(15_000),
  });
  const json = await response.json();
  if (json.errors?.length) throw new Error(`sign-in as ${email} failed: ${json.errors[0].message}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('iep_session='));
  if (!cookie) throw new Error(`sign-in as ${email} set no iep_session cookie`);
  return cookie;
}

async function graphql(url, body, headers) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (json.errors?.length) {
    const e = json.errors[0];
    throw new Error(`GraphQL error (HTTP ${response.status}): ${e.extensions?.code ?? ''} ${e.message}`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return json.data;
}

function assertApiAlive() {
  if (state.api && (state.api.exitCode !== null || state.api.signalCode !== null)) {
    throw new Error(`the API exited during the run: ${state.api.lastError?.() ?? ''}`);
  }
}

async function auditSequence(db) {
  const { rows } = await db.query(
    `SELECT COALESCE((SELECT max(id) FROM audit_events), 0)::bigint AS last`,
  );
  return Number(rows[0].last);
}

// ---------------------------------------------------------------------------------------------
// Infrastructure

async function withAdmin(fn) {
  const admin = new pg.Client({ connectionString: config.adminUrl, connectionTimeoutMillis: 5000, application_name: 'iep-bench' });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end().catch(() => {});
  }
}

/** nx's CLI script, from its package.json (older releases had bin/nx.js, newer ones dist/bin/nx.js). */
function nxBin() {
  const dir = join(ROOT, 'node_modules', 'nx');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.nx;
  if (!bin) throw new Error('node_modules/nx has no nx binary; run npm install');
  return join(dir, bin);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function gitInfo() {
  try {
    const commit = (await run('git', ['rev-parse', 'HEAD'], { timeout: 10_000 })).trim();
    const dirty = (await run('git', ['status', '--porcelain', '--untracked-files=no'], { timeout: 10_000 })).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

/** Stops load, the API and the raw clients, drops the database and the bench's Redis keys. Idempotent. */
function cleanup() {
  cleanupPromise ??= (async () => {
    state.stopping = true;
    state.autocannon?.stop();
    await stopChild(state.api, 15_000).catch(() => {});
    await Promise.all(state.rawClients.map((c) => c.end().catch(() => {})));
    if (state.databaseCreated && !config.keepDatabase) {
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`)).catch((error) =>
        process.stderr.write(`Could not drop ${config.database}: ${error.message}\n`),
      );
    } else if (config.keepDatabase && state.databaseCreated) {
      say(`Kept database ${config.database} (BENCH_KEEP_DATABASE=1): ${databaseUrl}`);
    }
    if (state.api) await deleteRedisKeys().catch(() => {});
  })();
  return cleanupPromise;
}

/** The API's BullMQ keys under the bench prefix, in the bench's Redis database only; bounded. */
async function deleteRedisKeys() {
  const { Redis } = await import('ioredis');
  const redis = new Redis(config.redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    let cursor = '0';
    for (let i = 0; i < 1000; i++) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function printTable(results) {
  const header = ['scenario', 'rows', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'CPU ms/req', 'SQL p50', 'SQL p95', 'SQL q/s', 'p50 ×SQL'];
  const graphqlResults = results.filter((r) => !r.custom);
  if (graphqlResults.length === 0) return;
  const rows = graphqlResults.map((r) => [
    r.scenario,
    describe(r.rows.api),
    fmt(r.api.p50), fmt(r.api.p95), fmt(r.api.p99),
    r.api.rps.toFixed(1),
    String(r.api.failures),
    fmt(r.api.cpu?.apiMsPerRequest),
    fmt(r.raw.p50), fmt(r.raw.p95),
    r.raw.rps.toFixed(0),
    r.api.p50 && r.raw.p50 ? `${(r.api.p50 / r.raw.p50).toFixed(1)}×` : '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  say('');
  say(line(header));
  say(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) say(line(row));
}

const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
const fmt = (ms) => (ms === null || ms === undefined ? '–' : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
const describe = (summary) => Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ');

// ---------------------------------------------------------------------------------------------

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping the API and dropping ${config.database}…\n`);
    const timer = setTimeout(() => process.exit(130), 30_000);
    timer.unref();
    cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    if (!state.stopping) {
      process.stderr.write(`\nBenchmark failed: ${error.message}\n`);
      if (state.api) process.stderr.write(`API log: ${join('bench-results', 'logs', 'api.log')}\n`);
    }
    await cleanup();
    process.exit(1);
  });
