import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { growingDelayMs } from '@iep/api/auth';
import { createApiApp } from './bootstrap';

const ME = '{ me { id } }';

describe('sessions, throttling and CSRF against the real database', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(() => api.close());

  async function signedIn(email: string) {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    const [{ id }] = await api.db.query(
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1`,
      [email],
    );
    return { client, sessionId: id as string };
  }

  it('ends a session after 30 idle minutes', async () => {
    const { client, sessionId } = await signedIn(DEMO_USERS.teacher.email);
    expect((await client.request(ME)).data).toEqual({ me: { id: DEMO_USERS.teacher.id } });
    await api.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [
      sessionId,
    ]);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('keeps an active session alive, but never past 12 hours', async () => {
    const { client, sessionId } = await signedIn(DEMO_USERS.slp.email);
    await api.db.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = $1`, [
      sessionId,
    ]);
    expect((await client.request(ME)).data).toEqual({ me: { id: DEMO_USERS.slp.id } });
    const [{ fresh }] = await api.db.query(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions WHERE id = $1`,
      [sessionId],
    );
    expect(fresh).toBe(true);
    const [{ hours }] = await api.db.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600) AS hours FROM sessions WHERE id = $1`,
      [sessionId],
    );
    expect(Number(hours)).toBe(12);
    await api.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      sessionId,
    ]);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('ends every session of an account the moment it is deactivated', async () => {
    const { client } = await signedIn(DEMO_USERS.psychologist.email);
    await api.db.query(`UPDATE users SET active = false WHERE id = $1`, [DEMO_USERS.psychologist.id]);
    expect((await client.request(ME)).data).toEqual({ me: null });
    const again = await new GraphQLTestClient(api.url).signIn(DEMO_USERS.psychologist.email, DEMO_PASSWORD);
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await api.db.query(`UPDATE users SET active = true WHERE id = $1`, [DEMO_USERS.psychologist.id]);
  });

  it('slows repeated failures down, growing to a cap', () => {
    expect([0, 1, 2].map(growingDelayMs)).toEqual([0, 0, 0]);
    expect(growingDelayMs(3)).toBe(250);
    expect(growingDelayMs(4)).toBe(500);
    expect(growingDelayMs(50)).toBe(2_000);
  });

  it('refuses a GraphQL request a cross-site form could send (CSRF prevention)', async () => {
    const { client } = await signedIn(DEMO_USERS.parent.email);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: client.sessionCookie! },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
    expect((await client.request(ME)).data).toEqual({ me: { id: DEMO_USERS.parent.id } });
  });

  it('sets the session cookie httpOnly so that page scripts cannot read it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: DEMO_USERS.parent.email, password: DEMO_PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('iep_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});
