import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '@iep/api/jobs';
import { DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const LIST = `{ undeliveredEmails { id to recipientName subject reason attempts createdAt failedAt } }`;
const RETRY = `mutation($id: ID!) { retryEmail(id: $id) }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

type Undelivered = { id: string; to: string; recipientName: string | null; subject: string; reason: string; attempts: number; createdAt: string; failedAt: string };
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('the "could not be sent" list of district administrators', () => {
  let api: TestApi;
  let admin: GraphQLTestClient;
  let lakeshoreAdmin: GraphQLTestClient;
  let teacher: GraphQLTestClient;

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  /**
   * A real message (a password reset) that the worker then gave up on, as its last failed attempt
   * leaves it: attempts used, the server's answer and the time it failed.
   */
  async function failedEmailTo(address: string): Promise<string> {
    const result = await new GraphQLTestClient(api.url).request(REQUEST_RESET, { email: address });
    expect(result.errors).toBeUndefined();
    const [[row]]: [Array<{ id: string }>, number] = await api.db.query(
      `UPDATE outbound_emails SET attempts = 6, failed_at = now(), last_error = '550 5.1.1 mailbox unavailable'
        WHERE id = (SELECT id FROM outbound_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1) RETURNING id`,
      [address],
    );
    return row.id;
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    admin = await signedIn(DEMO_USERS.admin.email);
    lakeshoreAdmin = await signedIn(OTHER_DISTRICT.users.admin.email);
    teacher = await signedIn(DEMO_USERS.teacher.email);
  });
  afterAll(() => api.close());

  it("shows who, what, why and when for the caller's own district only, and audits the viewing", async () => {
    const riverbend = await failedEmailTo(DEMO_USERS.parent.email);
    const lakeshore = await failedEmailTo(OTHER_DISTRICT.users.parent.email);

    const result = await admin.request<{ undeliveredEmails: Undelivered[] }>(LIST);
    expect(result.errors).toBeUndefined();
    expect(result.data!.undeliveredEmails).toEqual([
      expect.objectContaining({ id: riverbend, to: DEMO_USERS.parent.email, recipientName: DEMO_USERS.parent.displayName, attempts: 6, reason: '550 5.1.1 mailbox unavailable' }),
    ]);
    const [message] = result.data!.undeliveredEmails;
    expect(message.subject.length).toBeGreaterThan(0);
    expect(Date.parse(message.failedAt)).toBeGreaterThanOrEqual(Date.parse(message.createdAt));

    const other = await lakeshoreAdmin.request<{ undeliveredEmails: Undelivered[] }>(LIST);
    expect(other.data!.undeliveredEmails.map((e) => e.id)).toEqual([lakeshore]);

    const [audit] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'UNDELIVERED_EMAILS_VIEWED' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [DEMO_USERS.admin.id],
    );
    expect(audit.data).toEqual({ count: 1 });
  });

  it('retries a message with fresh attempts, queues it at once, audits it, and takes it off the list', async () => {
    const id = await failedEmailTo(DEMO_USERS.caseManager.email);
    const retried = await admin.request<{ retryEmail: boolean }>(RETRY, { id });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryEmail).toBe(true);

    const [row] = await api.db.query(`SELECT attempts, failed_at, sent_at, next_attempt_at <= now() AS due FROM outbound_emails WHERE id = $1`, [id]);
    expect(row).toEqual({ attempts: 0, failed_at: null, sent_at: null, due: true });
    const queue = api.app.get<Queue>(getQueueToken(QueueName.Mail), { strict: false });
    expect(await queue.getJob(`email-${id}-0`)).toEqual(expect.objectContaining({ data: { emailId: id } }));
    const [audit] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'EMAIL_RETRIED' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [DEMO_USERS.admin.id],
    );
    expect(audit.data).toEqual({ emailId: id, to: DEMO_USERS.caseManager.email, attempts: 6 });

    const list = await admin.request<{ undeliveredEmails: Undelivered[] }>(LIST);
    expect(list.data!.undeliveredEmails.map((e) => e.id)).not.toContain(id);
    // Someone else retried it first: nothing more happens, and nothing is audited twice.
    const again = await admin.request<{ retryEmail: boolean }>(RETRY, { id });
    expect(again.data!.retryEmail).toBe(false);
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE event = 'EMAIL_RETRIED' AND data->>'emailId' = $1`, [id]);
    expect(count).toBe(1);
  });

  it("answers NOT_FOUND to another district's administrator, audits the denial and changes nothing", async () => {
    const id = await failedEmailTo(DEMO_USERS.teacher.email);
    const result = await lakeshoreAdmin.request(RETRY, { id });
    expect(code(result)).toBe('NOT_FOUND');
    expect(result.errors![0].message).toBe('That e-mail was not found.');
    const [row] = await api.db.query(`SELECT attempts, failed_at IS NOT NULL AS failed FROM outbound_emails WHERE id = $1`, [id]);
    expect(row).toEqual({ attempts: 6, failed: true });
    const [denial] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'ACCESS_DENIED' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [OTHER_DISTRICT.users.admin.id],
    );
    expect(denial.data).toEqual({ operation: 'retryEmail', reason: 'NOT_IN_DISTRICT' });
    expect(code(await lakeshoreAdmin.request(RETRY, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('is for district administrators only', async () => {
    expect(code(await teacher.request(LIST))).toBe('FORBIDDEN');
    expect(code(await teacher.request(RETRY, { id: '00000000-0000-4000-8000-0000000dead1' }))).toBe('FORBIDDEN');
  });
});
