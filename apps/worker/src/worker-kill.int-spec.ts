import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { testRedisUrl } from '@iep/api/testing';
import { useWorkerHarness } from './worker-test-harness';

// Tests run from the repository root (see apps/worker/jest.config.cjs).
const WORKER = resolve('dist/worker/main.mjs');

/**
 * Faults on a real worker process (the built dist/worker/main.mjs): SIGKILL in the middle of sending
 * mail, and every Redis key of its queues deleted while it works. The dev mailbox transport writes one
 * .eml file per send, named after the message, so each send is counted: delivered (a file and sent_at),
 * lost (never sent) and doubled (more than one file for one message).
 */
describe('mail survives a killed worker and a Redis that loses its keys', () => {
  const harness = useWorkerHarness('kill');
  let mailDir = '';
  const children: ChildProcess[] = [];

  beforeAll(() => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build the worker first (nx run worker:build)`);
    mailDir = mkdtempSync(join(tmpdir(), 'iep-kill-mail-'));
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });
  afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

  function startWorkerProcess(prefix: string): ChildProcess {
    const child = spawn(process.execPath, [WORKER], {
      env: {
        ...process.env, NODE_ENV: 'test', DATABASE_URL: harness.databaseUrl, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix,
        MAIL_DIR: mailDir, LOG_LEVEL: 'silent', CLOCK_TODAY: harness.today, MAIL_SEND_TIMEOUT_MS: '2000',
      },
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  }

  async function newEmails(count: number, tag: string): Promise<string[]> {
    // Written a while ago and never queued: as the outbox looks after a lost enqueue.
    const rows: Array<{ id: string }> = await harness.db.query(
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body, created_at, next_attempt_at)
       SELECT $1 || ':' || g, 'reader' || g || '@example.org', 'Message ' || g, 'Body', now() - interval '1 minute', now() - interval '1 minute'
         FROM generate_series(1, $2) g RETURNING id`,
      [tag, count],
    );
    return rows.map((row) => row.id);
  }

  async function tally(ids: string[]) {
    const files = readdirSync(mailDir);
    const sends = new Map<string, number>();
    for (const file of files) {
      const id = /-([0-9a-f-]{36})\.eml$/.exec(file)?.[1];
      if (id) sends.set(id, (sends.get(id) ?? 0) + 1);
    }
    const [{ sent }] = await harness.db.query(`SELECT count(*)::int AS sent FROM outbound_emails WHERE id = ANY($1) AND sent_at IS NOT NULL`, [ids]);
    return {
      delivered: ids.filter((id) => (sends.get(id) ?? 0) > 0).length,
      recordedSent: sent as number,
      lost: ids.filter((id) => !sends.has(id)).length,
      doubled: ids.filter((id) => (sends.get(id) ?? 0) > 1).length,
    };
  }

  async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}; mail files so far: ${readdirSync(mailDir).length}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('SIGKILL mid-sweep with mail pending: a new worker sends the rest, none lost; doubles only from sends cut between the server and the record', async () => {
    const prefix = harness.newPrefix();
    const ids = await newEmails(600, `kill-${Date.now()}`);
    const first = startWorkerProcess(prefix);
    await waitUntil(async () => (await tally(ids)).delivered >= 50, 60_000, 'the first worker has sent some');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = await tally(ids);
    expect(atKill.delivered).toBeLessThan(ids.length);

    startWorkerProcess(prefix);
    // A killed worker's claims expire after the send timeout and its margin; a short timeout keeps this quick.
    await waitUntil(async () => (await tally(ids)).recordedSent === ids.length, 120_000, 'every message is recorded sent');
    const after = await tally(ids);
    expect(after.lost).toBe(0);
    expect(after.delivered).toBe(ids.length);
    // At-least-once at the mail server: only a send in flight at the kill (file written, record not) repeats.
    expect(after.doubled).toBeLessThanOrEqual(16);
    process.stdout.write(`worker SIGKILL: delivered ${after.delivered}, lost ${after.lost}, doubled ${after.doubled}\n`);
  }, 240_000);

  it("the queues' Redis keys deleted during a sweep with mail jobs queued: every message is sent once", async () => {
    const prefix = harness.newPrefix();
    const ids = await newEmails(800, `flush-${Date.now()}`);
    startWorkerProcess(prefix);
    await waitUntil(async () => (await tally(ids)).delivered >= 50, 60_000, 'some messages are sent');
    // The shared test Redis serves other test files: only this worker's keys go (a FLUSHALL for this prefix).
    const redis = new Redis(testRedisUrl());
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await waitUntil(async () => (await tally(ids)).recordedSent === ids.length, 120_000, 'every message is recorded sent');
    const after = await tally(ids);
    expect(after).toEqual({ delivered: ids.length, recordedSent: ids.length, lost: 0, doubled: 0 });
    process.stdout.write(`keys lost: delivered ${after.delivered}, lost ${after.lost}, doubled ${after.doubled}\n`);
  }, 240_000);
});
