import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import type { Redis } from 'ioredis';
import { heartbeatKey, recordHeartbeat, REDIS } from '@iep/api/core';
import { createApiApp } from './bootstrap';

const STUDENTS = `query { students { id firstName schoolName ieps { id status kind caseManager { displayName } } } }`;

describe('API over HTTP against the real PostgreSQL and Redis', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(() => api.close());

  describe('schema', () => {
    it('matches the committed apps/api/schema.gql (run `npm run schema` after changing the API)', () => {
      const schema = api.app.get(GraphQLSchemaHost).schema;
      const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
      const file = fileURLToPath(new URL('../schema.gql', import.meta.url));
      if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, printed);
      expect(printed).toBe(readFileSync(file, 'utf8'));
    });
  });

  describe('health', () => {
    it("reports live, and ready only while PostgreSQL and Redis answer and a worker's heartbeat is fresh", async () => {
      const live = await fetch(`${api.url}/health/live`);
      expect(live.status).toBe(200);
      const redis = api.app.get<Redis>(REDIS);
      const key = heartbeatKey(api.config.QUEUE_PREFIX);
      await redis.del(key);
      const noWorker = await fetch(`${api.url}/health/ready`);
      expect(noWorker.status).toBe(503);
      expect(await noWorker.json()).toEqual({ status: 'unavailable', postgres: 'ok', redis: 'ok', worker: { status: 'missing', ageMs: null } });

      await recordHeartbeat(redis, api.config.QUEUE_PREFIX, 'test-worker', Date.now() - 1500);
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as { worker: { ageMs: number } };
      expect(body).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok', worker: { status: 'ok', ageMs: expect.any(Number) } });
      expect(body.worker.ageMs).toBeGreaterThanOrEqual(1500);

      // The worker died: its last beat ages past the limit.
      await recordHeartbeat(redis, api.config.QUEUE_PREFIX, 'test-worker', Date.now() - api.config.WORKER_HEARTBEAT_STALE_MS - 1000);
      const stale = await fetch(`${api.url}/health/ready`);
      expect(stale.status).toBe(503);
      expect(((await stale.json()) as { worker: { status: string } }).worker.status).toBe('stale');
      await redis.del(key);
    });

    it('echoes a request id, or makes one', async () => {
      const given = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
      expect(given.headers.get('x-request-id')).toBe('abc-123');
      const made = await fetch(`${api.url}/health/live`);
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('sign-in', () => {
    it('signs the demo parent in with an httpOnly, SameSite cookie and answers me', async () => {
      const client = new GraphQLTestClient(api.url);
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation($input: SignInInput!) { signIn(input: $input) { user { email role } } }`,
          variables: { input: { email: DEMO_USERS.parent.email, password: DEMO_PASSWORD } },
        }),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('iep_session='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(((await response.json()) as { data: { signIn: { user: unknown } } }).data.signIn.user).toEqual({ email: DEMO_USERS.parent.email, role: 'PARENT' });

      await client.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
      const me = await client.request(`{ me { displayName role locale } }`);
      expect(me.data).toEqual({ me: { displayName: DEMO_USERS.parent.displayName, role: 'PARENT', locale: 'en' } });
    });

    it('answers me from the session check\'s own read, and a change to the person shows on the very next request', async () => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(DEMO_USERS.slp.email, DEMO_PASSWORD);
      const statements: string[] = [];
      const subscriber = { beforeQuery: ({ query }: { query: string }) => void statements.push(query) };
      const subscribers = api.app.get(DataSource).subscribers;
      subscribers.push(subscriber);
      try {
        const me = await client.request(`{ me { id displayName email role specialty locale } }`);
        expect(me.data).toEqual({ me: {
          id: DEMO_USERS.slp.id, displayName: DEMO_USERS.slp.displayName, email: DEMO_USERS.slp.email, role: 'SPECIALIST',
          specialty: DEMO_USERS.slp.specialty, locale: 'en',
        } });
        // Nothing but the session check, which reads the person's row with the session.
        expect(statements.filter((q) => !/\bsessions\b/.test(q))).toEqual([]);
        await api.db.query(`UPDATE users SET display_name = 'Owen M.', specialty = NULL, locale = 'es' WHERE id = $1`, [DEMO_USERS.slp.id]);
        expect((await client.request(`{ me { displayName specialty locale } }`)).data).toEqual({ me: { displayName: 'Owen M.', specialty: null, locale: 'es' } });
      } finally {
        subscribers.splice(subscribers.indexOf(subscriber), 1);
        await api.db.query(`UPDATE users SET display_name = $2, specialty = $3, locale = 'en' WHERE id = $1`,
          [DEMO_USERS.slp.id, DEMO_USERS.slp.displayName, DEMO_USERS.slp.specialty]);
      }
    });

    it('gives the same answer for an unknown e-mail and a wrong password, and audits both', async () => {
      const client = new GraphQLTestClient(api.url);
      const unknown = await client.signIn('nobody@riverbend.example', DEMO_PASSWORD);
      const wrong = await client.signIn(DEMO_USERS.teacher.email, 'not-the-password-at-all');
      expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]).toEqual(expect.objectContaining({ message: unknown.errors?.[0].message }));
      expect(unknown.data ?? null).toBeNull();
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM audit_events WHERE event = 'SIGN_IN_FAILED' AND data->>'email' IN ($1, $2)`,
        ['nobody@riverbend.example', DEMO_USERS.teacher.email],
      );
      expect(count).toBe(2);
    });

    it('refuses malformed input with BAD_USER_INPUT and no stack trace', async () => {
      const client = new GraphQLTestClient(api.url);
      const result = await client.request(`mutation { signIn(input: { email: 42, password: "x" }) { user { id } } }`);
      expect(result.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    });

    it('ends the session on sign-out: the old cookie no longer works', async () => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(DEMO_USERS.caseManager.email, DEMO_PASSWORD);
      const cookie = client.sessionCookie!;
      expect((await client.request(`mutation { signOut }`)).data).toEqual({ signOut: true });
      const replay = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(((await replay.json()) as { data: unknown }).data).toEqual({ me: null });
    });

    it('refuses a cross-site form post (CSRF prevention)', async () => {
      const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
        method: 'GET',
      });
      expect(response.status).toBe(400);
    });
  });

  describe('students and IEPs', () => {
    it("shows a parent their own children's IEPs and nobody else's", async () => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
      const result = await client.request<{ students: Array<{ id: string; firstName: string; ieps: unknown[] }> }>(STUDENTS);
      expect(result.errors).toBeUndefined();
      // Lucas is the revocation journey's student (DEMO_JOURNEYS).
      expect(result.data!.students.map((s) => s.firstName).sort()).toEqual(['Leo', 'Lucas', 'Maya']);
      const maya = result.data!.students.find((s) => s.id === DEMO_STUDENTS.maya.id)!;
      expect(maya.ieps).toHaveLength(2);
    });

    it('hides a draft from the family until it is shared', async () => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(DEMO_USERS.caseManager.email, DEMO_PASSWORD);
      const staff = await client.request<{ students: Array<{ id: string; ieps: Array<{ status: string }> }> }>(STUDENTS);
      const ethan = staff.data!.students.find((s) => s.id === DEMO_STUDENTS.ethan.id)!;
      expect(ethan.ieps.map((i) => i.status)).toEqual(['DRAFT']);
    });

    it("answers NOT_FOUND for another family's student and audits the denial", async () => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
      const result = await client.request(`query($id: ID!) { student(id: $id) { id firstName } }`, { id: DEMO_STUDENTS.sofia.id });
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM audit_events WHERE event = 'ACCESS_DENIED' AND actor_id = $1`,
        [DEMO_USERS.parent.id],
      );
      expect(count).toBeGreaterThanOrEqual(1);
    });

    it('reads a list of students with their IEPs in the same number of statements, however long the list', async () => {
      // TypeORM's beforeQuery hook sees every statement the API sends; session bookkeeping is left out.
      const statements: string[] = [];
      api.app.get(DataSource).subscribers.push({ beforeQuery: ({ query }: { query: string }) => void statements.push(query) });
      const countFor = async (email: string) => {
        const client = new GraphQLTestClient(api.url);
        await client.signIn(email, DEMO_PASSWORD);
        statements.length = 0;
        const result = await client.request<{ students: unknown[] }>(STUDENTS);
        expect(result.errors).toBeUndefined();
        return { students: result.data!.students.length, statements: statements.filter((q) => !/\bsessions\b/.test(q)).length };
      };
      const parent = await countFor(DEMO_USERS.parent.email);
      const admin = await countFor(DEMO_USERS.admin.email);
      expect(admin.students).toBeGreaterThan(parent.students * 2);
      // The page, its audit row and every student's IEPs are one statement.
      expect(parent.statements).toBe(1);
      expect(admin.statements).toBe(1);
    });

    it("gives each listed student the IEPs that the student's own field resolves, for every kind of caller", async () => {
      for (const email of [DEMO_USERS.parent.email, DEMO_USERS.caseManager.email, DEMO_USERS.teacher.email, DEMO_USERS.admin.email]) {
        const client = new GraphQLTestClient(api.url);
        await client.signIn(email, DEMO_PASSWORD);
        const listed = await client.request<{ students: Array<{ id: string; ieps: unknown[] }> }>(STUDENTS);
        expect(listed.errors).toBeUndefined();
        expect(listed.data!.students.length).toBeGreaterThan(0);
        for (const student of listed.data!.students.slice(0, 5)) {
          const one = await client.request<{ student: { ieps: unknown[] } }>(
            `query($id: ID!) { student(id: $id) { ieps { id status kind caseManager { displayName } } } }`, { id: student.id });
          expect(one.errors).toBeUndefined();
          expect(student.ieps).toEqual(one.data!.student.ieps);
        }
      }
    });

    it('asks an anonymous caller to sign in', async () => {
      const result = await new GraphQLTestClient(api.url).request(STUDENTS);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('records each read of a student in the append-only audit log', async () => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(DEMO_USERS.parentEs.email, DEMO_PASSWORD);
      await client.request(`query($id: ID!) { student(id: $id) { id } }`, { id: DEMO_STUDENTS.sofia.id });
      const rows = await api.db.query(
        `SELECT event, ip FROM audit_events WHERE actor_id = $1 AND student_id = $2`,
        [DEMO_USERS.parentEs.id, DEMO_STUDENTS.sofia.id],
      );
      expect(rows).toEqual([{ event: 'STUDENT_VIEWED', ip: expect.any(String) }]);
      await expect(api.db.query(`UPDATE audit_events SET event = 'X'`)).rejects.toThrow(/append-only/);
      await expect(api.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    });
  });
});
