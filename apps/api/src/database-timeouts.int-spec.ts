import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const SCHOOLS = `{ schools { id name } }`;
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/**
 * Every connection of the API is bounded (statement, lock and idle-in-transaction timeouts, pool size).
 * A query stopped by a bound, or a connection the server ended, reaches the client as SERVICE_UNAVAILABLE
 * in their language, and the same process goes on serving.
 */
describe('bounded database work', () => {
  let api: TestApi;
  let admin: GraphQLTestClient;
  let adminEs: GraphQLTestClient;
  let blocker: Client;

  beforeAll(async () => {
    api = await startTestApi(createApiApp, {
      DB_POOL_SIZE: '3',
      DB_STATEMENT_TIMEOUT_MS: '800',
      DB_LOCK_TIMEOUT_MS: '300',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1000',
    });
    await seedDemoDistrict(api.db, api.sealer);
    admin = new GraphQLTestClient(api.url);
    expect((await admin.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD)).errors).toBeUndefined();
    adminEs = new GraphQLTestClient(api.url, { 'accept-language': 'es' });
    expect((await adminEs.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD)).errors).toBeUndefined();
  });
  beforeEach(async () => {
    blocker = new Client({ connectionString: api.config.DATABASE_URL, application_name: 'iep-test-blocker' });
    await blocker.connect();
  });
  afterEach(async () => {
    await blocker.end().catch(() => undefined);
  });
  afterAll(() => api.close());

  it('sets the configured bounds on every API connection', async () => {
    const pool = api.app.get(DataSource);
    const [statement] = await pool.query(`SHOW statement_timeout`);
    const [lock] = await pool.query(`SHOW lock_timeout`);
    const [idle] = await pool.query(`SHOW idle_in_transaction_session_timeout`);
    expect([statement, lock, idle]).toEqual([{ statement_timeout: '800ms' }, { lock_timeout: '300ms' }, { idle_in_transaction_session_timeout: '1s' }]);
    expect((pool.options as { extra: { max: number } }).extra.max).toBe(3);
  });

  it('a lock held elsewhere: a typed error within the lock timeout, in the reader\'s language; then it serves again', async () => {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE schools IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const refused = await admin.request(SCHOOLS);
    expect(code(refused)).toBe('SERVICE_UNAVAILABLE');
    expect(refused.errors![0].message).toMatch(/Nothing was changed/);
    expect(JSON.stringify(refused)).not.toMatch(/lock|timeout|statement|SQL/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    const spanish = await adminEs.request(SCHOOLS);
    expect(code(spanish)).toBe('SERVICE_UNAVAILABLE');
    expect(spanish.errors![0].message).toMatch(/No se cambió nada/);
    await blocker.query('ROLLBACK');

    const served = await admin.request<{ schools: unknown[] }>(SCHOOLS);
    expect(served.errors).toBeUndefined();
    expect(served.data!.schools.length).toBeGreaterThan(0);
  });

  it('connections terminated by the server: typed errors at worst, then recovery by itself', async () => {
    expect((await admin.request(SCHOOLS)).errors).toBeUndefined();
    const outcomes: Array<string | undefined> = [];
    const load = (async () => {
      for (let i = 0; i < 40; i++) outcomes.push(code(await admin.request(SCHOOLS)) as string | undefined ?? 'OK');
    })();
    for (let i = 0; i < 5; i++) {
      await blocker.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'iep-team' AND usename = current_user AND pid <> pg_backend_pid()`,
      );
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await load;
    // Nothing else than an answer or a typed "try again": never an internal error.
    expect(new Set(outcomes)).toEqual(new Set(outcomes.filter((o) => o === 'OK' || o === 'SERVICE_UNAVAILABLE')));
    expect(outcomes).toHaveLength(40);
    // And the very next requests are served.
    for (let i = 0; i < 5; i++) expect((await admin.request(SCHOOLS)).errors).toBeUndefined();
  });
});
