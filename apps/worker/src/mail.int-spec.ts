import { Queue, type ConnectionOptions } from 'bullmq';
import { createServer, type Server, type Socket } from 'node:net';
import { Client } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { redisOptions } from '@iep/api/core';
import { testRedisUrl } from '@iep/api/testing';
import { QueueName, sendEmailJob } from '@iep/api/jobs';
import { useWorkerHarness } from './worker-test-harness';

type Behaviour = 'accept' | 'reject' | 'stall' | 'silent';

/**
 * A real SMTP server on a free port, with the behaviours of a broken one: it refuses at the greeting
 * (fails), stops answering at DATA (times out mid-conversation) or never says a word (never answers).
 * It records when each connection arrived, so backoff can be measured.
 */
class FakeSmtpServer {
  readonly connections: number[] = [];
  readonly delivered: string[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  constructor(public behaviour: Behaviour) {}

  async start(): Promise<string> {
    this.server = createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    return `smtp://127.0.0.1:${address.port}`;
  }

  async stop() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private serve(socket: Socket) {
    this.connections.push(Date.now());
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    if (this.behaviour === 'silent') return;
    if (this.behaviour === 'reject') {
      socket.end('554 5.3.2 No mail service here\r\n');
      return;
    }
    socket.write('220 fake.example ESMTP\r\n');
    let buffer = '';
    let inData = false;
    let message = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            this.delivered.push(message);
            message = '';
            socket.write('250 2.0.0 queued\r\n');
          } else message += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake.example\r\n');
        else if (verb === 'MAIL' || verb === 'RCPT' || verb === 'RSET' || verb === 'NOOP') socket.write('250 OK\r\n');
        else if (verb === 'DATA') {
          // A stalled server takes the envelope and then never answers.
          if (this.behaviour === 'stall') return;
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('502 unknown\r\n');
      }
    });
  }
}

describe('mail delivery against a broken mail server (real PostgreSQL, Redis and SMTP over TCP)', () => {
  const harness = useWorkerHarness('mail');
  let smtp: FakeSmtpServer;
  const queues: Queue[] = [];

  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.close();
    await smtp?.stop();
  });

  async function arrange(behaviour: Behaviour, env: Record<string, string> = {}) {
    smtp = new FakeSmtpServer(behaviour);
    const smtpUrl = await smtp.start();
    const prefix = harness.newPrefix();
    await harness.startWorker(prefix, undefined, {
      SMTP_URL: smtpUrl,
      MAIL_SEND_TIMEOUT_MS: '400',
      MAIL_MAX_ATTEMPTS: '3',
      MAIL_RETRY_BASE_MS: '200',
      DB_POOL_SIZE: '4',
      ...env,
    });
    const queue = new Queue(QueueName.Mail, { connection: redisOptions(testRedisUrl()) as ConnectionOptions, prefix });
    queues.push(queue);
    return queue;
  }

  async function newEmails(count: number, tag: string): Promise<string[]> {
    const rows: { id: string }[] = await harness.db.query(
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body)
       SELECT $1 || '-' || n, 'parent' || n || '@example.org', 'Subject ' || n, 'Body ' || n FROM generate_series(1, $2) n
       RETURNING id`,
      [`${tag}-${Date.now()}`, count],
    );
    return rows.map((row) => row.id);
  }

  async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting; last value ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const states = (ids: string[]) =>
    harness.db.query(
      `SELECT id, attempts, sent_at IS NOT NULL AS sent, failed_at IS NOT NULL AS failed, claimed_until IS NOT NULL AS claimed, last_error
         FROM outbound_emails WHERE id = ANY($1) ORDER BY id`,
      [ids],
    ) as Promise<Array<{ id: string; attempts: number; sent: boolean; failed: boolean; claimed: boolean; last_error: string | null }>>;

  /**
   * The worker's connections to this database, counted in pg_stat_activity by a probe of its own
   * (another application name); the test's own pool is idle between its queries and is subtracted.
   */
  async function workerConnections() {
    const probe = new Client({ connectionString: harness.databaseUrl, application_name: 'iep-test-probe' });
    await probe.connect();
    const { rows } = await probe.query<{ state: string | null; wait_event_type: string | null; count: number }>(
      `SELECT state, wait_event_type, count(*)::int AS count FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'iep-team' GROUP BY 1, 2`,
    );
    await probe.end();
    const testPool = (harness.db.driver as PostgresDriver).master as { totalCount: number };
    return {
      total: rows.reduce((sum, row) => sum + row.count, 0) - testPool.totalCount,
      busy: rows.filter((row) => row.state !== 'idle').reduce((sum, row) => sum + row.count, 0),
      inTransaction: rows.filter((row) => row.state?.startsWith('idle in transaction')).reduce((sum, row) => sum + row.count, 0),
      waitingOnLocks: rows.filter((row) => row.wait_event_type === 'Lock').reduce((sum, row) => sum + row.count, 0),
    };
  }

  for (const behaviour of ['reject', 'stall', 'silent'] as const) {
    it(`a mail server that ${behaviour === 'reject' ? 'fails' : behaviour === 'stall' ? 'times out' : 'never answers'}: retried with backoff, then failed, holding no connection`, async () => {
      const queue = await arrange(behaviour);
      const ids = await newEmails(6, behaviour);
      await queue.addBulk(ids.map((id) => sendEmailJob(id, 0)));

      // While sends are in flight (a silent server keeps each for the whole timeout) no connection is
      // held in a transaction or waits on a lock: the transport is called with no transaction open.
      const during: Array<{ inTransaction: number; waitingOnLocks: number }> = [];
      const done = await waitFor(
        async () => {
          during.push(await workerConnections());
          return states(ids);
        },
        (rows) => rows.every((row) => row.failed),
      );
      expect(done.map((row) => ({ attempts: row.attempts, sent: row.sent, claimed: row.claimed }))).toEqual(
        ids.map(() => ({ attempts: 3, sent: false, claimed: false })),
      );
      expect(done.every((row) => (row.last_error ?? '').length > 0)).toBe(true);
      if (behaviour !== 'reject') expect(done[0].last_error).toMatch(/timeout|did not finish|timed out|greeting never received/i);
      expect(Math.max(...during.map((sample) => sample.waitingOnLocks))).toBe(0);
      expect(Math.max(...during.map((sample) => sample.inTransaction))).toBe(0);

      // Three attempts per message, each reaching the server, the second wait at least twice the first.
      expect(smtp.connections.length).toBeGreaterThanOrEqual(ids.length * 3);
      const after = await workerConnections();
      expect(after.busy).toBe(0);
      expect(after.waitingOnLocks).toBe(0);
      expect(after.total).toBeLessThanOrEqual(4);
    });
  }

  it('waits longer after each failure (exponential backoff)', async () => {
    const queue = await arrange('reject', { MAIL_RETRY_BASE_MS: '300', MAIL_MAX_ATTEMPTS: '4' });
    const [id] = await newEmails(1, 'backoff');
    await queue.add(...jobArgs(sendEmailJob(id, 0)));
    await waitFor(() => states([id]), ([row]) => row.failed);
    const gaps = smtp.connections.slice(1).map((at, index) => at - smtp.connections[index]);
    expect(gaps).toHaveLength(3);
    expect(gaps[0]).toBeGreaterThanOrEqual(280);
    expect(gaps[1]).toBeGreaterThanOrEqual(580);
    expect(gaps[2]).toBeGreaterThanOrEqual(1180);
  });

  it('a mail server that recovers: the retry delivers each message exactly once', async () => {
    const queue = await arrange('reject', { MAIL_MAX_ATTEMPTS: '5' });
    const ids = await newEmails(3, 'recover');
    await queue.addBulk(ids.map((id) => sendEmailJob(id, 0)));
    await waitFor(() => states(ids), (rows) => rows.every((row) => row.attempts >= 1));
    smtp.behaviour = 'accept';
    const done = await waitFor(() => states(ids), (rows) => rows.every((row) => row.sent));
    expect(done.every((row) => !row.failed && row.last_error === null)).toBe(true);
    const subjects = smtp.delivered.map((text) => /Subject: (.*)/.exec(text)?.[1]).sort();
    expect(subjects).toEqual(['Subject 1', 'Subject 2', 'Subject 3']);
    // Queuing an attempt that already succeeded sends nothing more.
    await queue.addBulk(ids.map((id) => sendEmailJob(id, 99)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.delivered).toHaveLength(3);
  });

  it('sends a message with its calendar invitation attached as text/calendar', async () => {
    const queue = await arrange('accept');
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
    const [{ id }]: Array<{ id: string }> = await harness.db.query(
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body, attachments)
       VALUES ($1, 'parent@example.org', 'Meeting notice', 'See the invitation.', $2::jsonb) RETURNING id`,
      [`invitation-${Date.now()}`, JSON.stringify([{ filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics }])],
    );
    await queue.addBulk([sendEmailJob(id, 0)]);
    await waitFor(() => states([id]), (rows) => rows.every((row) => row.sent));
    const [message] = smtp.delivered;
    expect(message).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    expect(message).toMatch(/filename=meeting\.ics/);
  });
});

function jobArgs(job: ReturnType<typeof sendEmailJob>): [string, unknown, ReturnType<typeof sendEmailJob>['opts']] {
  return [job.name, job.data, job.opts];
}
