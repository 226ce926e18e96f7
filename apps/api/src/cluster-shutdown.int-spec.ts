import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions } from '@iep/api/core';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { createTestDatabase, GraphQLTestClient, testRedisUrl, testSealer, TEST_SEAL_KEYS } from '@iep/api/testing';

// Tests run from the repository root (see apps/api/jest.config.cjs).
const API = resolve('dist/api/main.mjs');
const SLOW_REQUESTS = 8;
const STUDENTS = '{ students { firstName } }';

/**
 * SIGTERM to the primary of the built API with API_PROCESSES=2 (what `npm start`, Compose and the image
 * run): every serving process must answer the requests it has in progress, in full, while new
 * connections are refused; then everything exits 0. Requests are held in progress by a lock on the
 * table they read, and each one's database session is traced back to the process that serves it, so the
 * test knows both processes had requests in flight. Counts answered and lost.
 */
describe('SIGTERM to the API cluster primary', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let primary: ChildProcess | null = null;
  let output = '';

  beforeAll(async () => {
    if (!existsSync(API)) throw new Error(`${API} is missing: build the API first (nx run api:build)`);
    database = await createTestDatabase();
    db = new DataSource(databaseOptions(database.url));
    await db.initialize();
    await seedDemoDistrict(db, testSealer());
  });

  afterAll(async () => {
    if (primary && primary.exitCode === null && primary.signalCode === null) primary.kill('SIGKILL');
    for (const pid of primary?.pid ? childrenOf(primary.pid) : []) process.kill(pid, 'SIGKILL');
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  });

  it('lets every serving process answer its requests in progress, refuses new connections, then exits 0', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, [API], {
      env: {
        ...process.env, NODE_ENV: 'test', DATABASE_URL: database.appUrl, SEAL_KEYS: TEST_SEAL_KEYS, REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: `cl${process.pid}`, PORT: String(port), HOST: '127.0.0.1', API_PROCESSES: '2', LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout!.on('data', (chunk) => (output += chunk));
    primary.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      primary!.once('exit', (code, signal) => done({ code, signal })),
    );
    await waitUntil(async () => /"processes":2[^\n]*API listening|API listening[^\n]*"processes":2/.test(output), 60_000, 'both API processes listen');
    const servers = childrenOf(primary.pid!);
    expect(servers).toHaveLength(2);

    const parent = new GraphQLTestClient(url);
    expect((await parent.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD)).errors).toBeUndefined();
    const cookie = parent.sessionCookie!;

    const blocker = new Client({ connectionString: database.url, application_name: 'iep-test-blocker' });
    await blocker.connect();
    let held = true;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE students IN ACCESS EXCLUSIVE MODE');
      // Each on its own connection: the primary hands connections to the processes in turn.
      const answers = Array.from({ length: SLOW_REQUESTS }, () => post(port, cookie, STUDENTS));
      let settled = 0;
      for (const answer of answers) void answer.then(() => (settled += 1), () => (settled += 1));
      await waitUntil(async () => (await waitingClientPorts(db)).length === SLOW_REQUESTS, 20_000, `${SLOW_REQUESTS} requests wait on the lock`);
      // Which process holds each waiting database session: both serve requests in progress.
      const owners = socketOwners(servers);
      const busy = new Set((await waitingClientPorts(db)).map((clientPort) => owners.get(clientPort)));
      expect([...busy].sort()).toEqual([...servers].sort());

      primary.kill('SIGTERM');
      // New connections are refused while the requests in progress are still being served.
      await waitUntil(() => connectionRefused(port), 10_000, 'new connections are refused');
      expect({ settledBeforeTheLockIsReleased: settled, primaryExited: primary.exitCode !== null }).toEqual({
        settledBeforeTheLockIsReleased: 0, primaryExited: false,
      });

      await blocker.query('COMMIT');
      held = false;
      const results = await Promise.allSettled(answers);
      const answered = results.filter(
        (r) => r.status === 'fulfilled' && r.value.status === 200 && !r.value.body.errors &&
          JSON.stringify(r.value.body.data?.students?.map((s) => s.firstName).sort()) === JSON.stringify(['Leo', 'Lucas', 'Maya']),
      ).length;
      expect({ answered, lost: SLOW_REQUESTS - answered }).toEqual({ answered: SLOW_REQUESTS, lost: 0 });
    } finally {
      if (held) await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(servers.filter(isAlive)).toEqual([]);
    expect(await connectionRefused(port)).toBe(true);
  }, 120_000);
});

interface StudentsAnswer {
  status: number;
  body: { data?: { students?: Array<{ firstName: string }> }; errors?: unknown[] };
}

/** One GraphQL POST on a connection of its own (no keep-alive pool). */
function post(port: number, cookie: string, query: string): Promise<StudentsAnswer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', cookie } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          try {
            done({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch (error) {
            fail(error);
          }
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify({ query }));
  });
}

/** Client ports of the API's database sessions that wait on a lock, as PostgreSQL sees them. */
async function waitingClientPorts(db: DataSource): Promise<number[]> {
  const rows: Array<{ port: number }> = await db.query(
    `SELECT client_port AS port FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'iep-team' AND wait_event_type = 'Lock'`,
  );
  return rows.map((row) => row.port);
}

/** Local TCP port → pid, for the sockets the given processes hold (Linux /proc). */
function socketOwners(pids: number[]): Map<number, number> {
  const inodeToPid = new Map<string, number>();
  for (const pid of pids) {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target = '';
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodeToPid.set(inode, pid);
    }
  }
  const owners = new Map<number, number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const pid = inodeToPid.get(fields[9]);
      if (pid) owners.set(parseInt(fields[1].split(':')[1], 16), pid);
    }
  }
  return owners;
}

/** The processes whose parent is `pid` (the cluster's serving processes). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
