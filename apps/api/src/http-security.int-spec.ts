import { Writable } from 'node:stream';
import pino from 'pino';
import { RATE_LIMITS, RateLimitService, requestContextLogFields, type AppConfig } from '@iep/api/core';
import { DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, LiveTestSubscription, startTestApi, type TestApi } from '@iep/api/testing';
import { QUERY_LIMITS } from '@iep/domain';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const MAYA_DRAFT = iep('402');

const ME = 'query Me { me { id } }';
const ACTIVITY = 'subscription($iepId: ID!) { iepActivity(iepId: $iepId) { iepId kind } }';
const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const INVITE = `mutation Invite($input: InviteToTeamInput!) {
  inviteToTeam(input: $input) { id email displayName role teamRole invitedByName }
}`;

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
const code = (result: { errors?: Errors }) => result.errors?.[0]?.extensions?.['code'];

/** JSON log lines an API wrote, for the assertions about levels and request context. */
class LogCapture extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString().split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
    done();
  }
}

describe('HTTP and GraphQL hardening against the real API', () => {
  let api: TestApi;
  /** The same database behind a proxy on loopback (TRUST_PROXY), in development, behind HTTPS. */
  let proxied: TestApi;
  let production: TestApi;
  const logs = new LogCapture();

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    const shared = { DATABASE_URL: api.config.DATABASE_URL };
    proxied = await startTestApi(
      (config: AppConfig) => createApiApp(config, pino({ level: 'info', mixin: requestContextLogFields }, logs)),
      { ...shared, NODE_ENV: 'development', TRUST_PROXY: 'loopback', COOKIE_SECURE: 'true' },
    );
    production = await startTestApi(createApiApp, { ...shared, NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await production?.close();
    await proxied?.close();
    await api?.close();
  });
  beforeEach(() => api.clearRateLimits());

  /** A client at a given address, as the proxy on loopback reports it in X-Forwarded-For. */
  const from = (address: string) => new GraphQLTestClient(proxied.url, { 'x-forwarded-for': address });

  async function signedIn(email: string, base = api.url) {
    const client = new GraphQLTestClient(base);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    return client;
  }

  const auditCount = async (where = 'true', params: unknown[] = []) =>
    (await api.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE ${where}`, params))[0].count as number;

  describe('development conveniences expose nothing', () => {
    it('serves the dev mailbox only in development, and only to a signed-in district administrator', async () => {
      expect((await fetch(`${proxied.url}/dev/mail`)).status).toBe(401);
      const teacher = await signedIn(DEMO_USERS.teacher.email, proxied.url);
      expect((await fetch(`${proxied.url}/dev/mail`, { headers: { cookie: teacher.sessionCookie! } })).status).toBe(403);
      const admin = await signedIn(DEMO_USERS.admin.email, proxied.url);
      const page = await fetch(`${proxied.url}/dev/mail`, { headers: { cookie: admin.sessionCookie! } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1>Dev mailbox</h1>');
      // Only the administrator's own district's mail.
      await from('198.51.100.30').request('mutation($email: String!) { requestPasswordReset(email: $email) }', { email: DEMO_USERS.slp.email });
      await from('198.51.100.30').request('mutation($email: String!) { requestPasswordReset(email: $email) }', { email: OTHER_DISTRICT.users.parent.email });
      const mailbox = await (await fetch(`${proxied.url}/dev/mail`, { headers: { cookie: admin.sessionCookie! } })).text();
      expect(mailbox).toContain(`To ${DEMO_USERS.slp.email} `);
      expect(mailbox).not.toContain(OTHER_DISTRICT.users.parent.email);

      const productionAdmin = await signedIn(DEMO_USERS.admin.email, production.url);
      expect((await fetch(`${production.url}/dev/mail`, { headers: { cookie: productionAdmin.sessionCookie! } })).status).toBe(404);
      expect((await fetch(`${api.url}/dev/mail`)).status).toBe(404);
    });

    it('answers introspection outside production only, and serves no GraphiQL page from a CDN', async () => {
      const introspect = '{ __schema { queryType { name } } }';
      expect((await new GraphQLTestClient(api.url).request(introspect)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const refused = await new GraphQLTestClient(production.url).request(introspect);
      expect(code(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.data ?? null).toBeNull();

      for (const base of [proxied.url, production.url]) {
        const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
        expect(await page.text()).not.toMatch(/unpkg|jsdelivr|cdn\./i);
      }
    });
  });

  describe('security headers', () => {
    it('sends a CSP without inline scripts that forbids framing; HSTS only behind HTTPS', async () => {
      const plain = await fetch(`${api.url}/health/live`);
      const csp = plain.headers.get('content-security-policy')!;
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(plain.headers.get('x-frame-options')).toBe('DENY');
      expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
      expect(plain.headers.get('strict-transport-security')).toBeNull();

      const secure = await fetch(`${proxied.url}/health/live`);
      expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    });
  });

  describe('TRUST_PROXY', () => {
    it('believes X-Forwarded-For only from a trusted proxy, so audit rows record the real client', async () => {
      const forged = new GraphQLTestClient(api.url, { 'x-forwarded-for': '198.51.100.7' });
      await forged.signIn('nobody-1@example.org', 'wrong password');
      await from('198.51.100.8').signIn('nobody-2@example.org', 'wrong password');
      const rows: Array<{ email: string; ip: string }> = await api.db.query(
        `SELECT data->>'email' AS email, ip::text AS ip FROM audit_events WHERE event = 'SIGN_IN_FAILED' AND data->>'email' LIKE 'nobody-%' ORDER BY data->>'email'`,
      );
      expect(rows[0]).toEqual({ email: 'nobody-1@example.org', ip: expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/) });
      expect(rows[1]).toEqual({ email: 'nobody-2@example.org', ip: '198.51.100.8' });
    });

    it('reads a live subscription\'s client the same way, so its audit rows record the real client too', async () => {
      const outsider = await signedIn(OTHER_DISTRICT.users.caseManager.email);
      const refusedFrom = async (base: string, address: string) => {
        const subscription = new LiveTestSubscription(base, outsider.sessionCookie!, ACTIVITY, { iepId: MAYA_DRAFT }, { 'x-forwarded-for': address });
        try {
          expect((await subscription.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        } finally {
          await subscription.dispose();
        }
      };
      await refusedFrom(api.url, '198.51.100.21');
      await refusedFrom(proxied.url, '198.51.100.22');
      const ips: Array<{ ip: string }> = await api.db.query(
        `SELECT ip::text AS ip FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = 'iepActivity' AND actor_id = $1 ORDER BY occurred_at`,
        [OTHER_DISTRICT.users.caseManager.id],
      );
      expect(ips.map((row) => row.ip)).toEqual([expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/), '198.51.100.22']);
    });
  });

  describe('bounded queries', () => {
    it.each([
      ['aliases (the 1,000 of the report)', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: students { id ieps { id } }`).join(' ')} }`],
      ['aliases', `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
      ['cost', `{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `a${i}: students { ieps { student { ieps { student { ieps { id status } } } } } }`).join(' ')} }`],
      ['depth', `{ students { ieps { student { ieps { student { ieps { student { ieps { student { ieps { id } } } } } } } } } } }`],
      ['directives', `{ me { id ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 5)} } }`],
      ['tokens and duplicate fields', `{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens)} } }`],
    ])('refuses too many %s with a typed error before any resolver runs, writing no audit row', async (_what, query) => {
      const client = await signedIn(DEMO_USERS.caseManager.email);
      const before = await auditCount();
      const result = await client.request(query);
      expect(result.status).toBe(400);
      expect(code(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data ?? null).toBeNull();
      expect(await auditCount()).toBe(before);
    });

    it('does not suggest field names, so the schema cannot be guessed from refusals', async () => {
      const result = await new GraphQLTestClient(api.url).request('{ studen { id } }');
      expect(code(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    });

    it('still answers a query within the limits', async () => {
      const client = await signedIn(DEMO_USERS.caseManager.email);
      const result = await client.request(`{ a: me { id } b: me { id } }`);
      expect(result.errors).toBeUndefined();
    });
  });

  describe('clean input, in one place', () => {
    it.each([
      ['a NUL in a sign-in e-mail', SIGN_IN, { input: { email: 'maya\u0000@example.org', password: 'x' } }, 'input.email'],
      ['a lone surrogate in a comment', `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`,
        { input: { iepId: MAYA_DRAFT, partId: MAYA_DRAFT, body: 'ok \ud800 not ok' } }, 'input.body'],
      ['a non-character deep in JSON content', `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id } }`,
        { input: { partId: MAYA_DRAFT, baseVersion: 1, content: { goals: [{ text: 'fine' }, { text: 'bad \ufffe' }] } } }, 'input.content.goals.1.text'],
      ['a NUL in a search literal', `{ districtStudents(search: "ma\\u0000ya") { hasNextPage } }`, {}, 'search'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, query, variables, field) => {
      const client = await signedIn(DEMO_USERS.caseManager.email);
      const before = await auditCount(`event <> 'SIGN_IN'`);
      const result = await client.request(query, variables);
      expect(result.status).toBe(400);
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.['field']).toBe(field);
      expect(await auditCount(`event <> 'SIGN_IN'`)).toBe(before);
    });

    it('keeps emoji and accents, which are proper characters', async () => {
      const result = await new GraphQLTestClient(api.url).signIn('josé😀@example.org', 'wrong password');
      expect(code(result)).toBe('UNAUTHENTICATED');
    });

    it('accepts a body as long as the longest allowed text; a 10 MB body is refused as JSON, not a page', async () => {
      const client = await signedIn(DEMO_USERS.caseManager.email);
      // The longest comment, in characters that JSON escapes to 12 bytes each: well past Express's old 100 kB.
      const longest = '😀'.repeat(5_000);
      const response = await client.request(`mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`, {
        input: { iepId: MAYA_DRAFT, partId: MAYA_DRAFT, body: longest },
      });
      expect(response.status).not.toBe(413);

      const huge = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ME, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
      });
      expect(huge.status).toBe(413);
      const body = (await huge.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('sign-in throttling', () => {
    it('counts parallel wrong passwords one by one, and stops that client, not the owner elsewhere', async () => {
      const email = DEMO_USERS.caseManager2.email;
      const attacker = from('203.0.113.50');
      const tries = RATE_LIMITS.signInAccountClient.points + 4;
      const results = await Promise.all(Array.from({ length: tries }, () => attacker.signIn(email, 'not the password')));
      const refused = results.filter((r) => code(r) === 'TOO_MANY_REQUESTS');
      expect(refused).toHaveLength(tries - RATE_LIMITS.signInAccountClient.points);
      expect(refused[0].errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);

      const rightPasswordSameClient = await attacker.signIn(email, DEMO_PASSWORD);
      expect(code(rightPasswordSameClient)).toBe('TOO_MANY_REQUESTS');
      const owner = await from('192.0.2.10').signIn(email, DEMO_PASSWORD);
      expect(owner.errors).toBeUndefined();
    });

    it('an attacker spread over many addresses cannot keep the owner out: a reset link lets them in', async () => {
      const email = DEMO_USERS.slp.email;
      const points = RATE_LIMITS.signInAccount.points;
      for (let batch = 0; batch <= points; batch += 10) {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) => from(`203.0.113.${100 + ((batch + i) % 150)}`).signIn(email, 'guessing')),
        );
      }
      const ownerAddress = '192.0.2.20';
      const blocked = await from(ownerAddress).signIn(email, DEMO_PASSWORD);
      expect(code(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].message).toMatch(/Reset your password/);

      await from(ownerAddress).request(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email });
      const [mail] = await api.db.query(
        `SELECT text_body FROM outbound_emails WHERE to_address = $1 AND text_body LIKE '%reset-password?token=%' ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
      const newPassword = 'a brand new passphrase 42';
      const reset = await from(ownerAddress).request(
        `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`,
        { token, newPassword },
      );
      expect(reset.errors).toBeUndefined();
      // The guesser keeps going; the owner's client, which used the link, still gets in.
      await from('203.0.113.99').signIn(email, 'guessing again');
      const owner = await from(ownerAddress).signIn(email, newPassword);
      expect(owner.errors).toBeUndefined();
    });
  });

  describe('per-person limits on what writes to others', () => {
    const limited = [
      ['commentUser', DEMO_USERS.caseManager.email,
        `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`,
        { input: { iepId: iep('499'), partId: iep('499'), body: 'hello' } }],
      ['proposalUser', DEMO_USERS.parent.email,
        `mutation($input: ProposeIepChangeInput!) { proposeIepChange(input: $input) { id } }`,
        { input: { iepId: iep('499'), partId: iep('499'), baseVersion: 1, content: {} } }],
      ['invitationUser', DEMO_USERS.caseManager.email, INVITE,
        { input: { iepId: iep('499'), email: 'x@example.org', displayName: 'X', role: 'GUEST', teamRole: 'Advocate' } }],
    ] as const;

    it.each(limited)('%s: refused with the seconds to wait once spent, before the resolver runs', async (limit, email, query, variables) => {
      const client = await signedIn(email);
      const [{ id }] = await api.db.query(`SELECT id FROM users WHERE email = $1`, [email]);
      const limits = api.app.get(RateLimitService);
      for (let i = 0; i < RATE_LIMITS[limit].points; i++) await limits.count(limit, `user:${id}`);
      const result = await client.request(query, variables);
      expect(code(result)).toBe('TOO_MANY_REQUESTS');
      expect(result.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });

    it('limits password-reset requests per client, answering with the seconds to wait', async () => {
      const client = from('203.0.113.77');
      const ask = () => client.request(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: 'nobody@example.org' });
      for (let i = 0; i < RATE_LIMITS.passwordResetRequestClient.points; i++) expect((await ask()).errors).toBeUndefined();
      const refused = await ask();
      expect(code(refused)).toBe('TOO_MANY_REQUESTS');
      expect(refused.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });

  describe("a parent's inviteToTeam never tells whether an address has an account", () => {
    it('answers the same for a new address, an account elsewhere, an account of another role and a team member', async () => {
      const parent = await signedIn(DEMO_USERS.parent.email);
      const addresses = [
        'brand.new.advocate@example.org',
        OTHER_DISTRICT.users.caseManager.email,
        DEMO_USERS.parentEs.email,
        DEMO_USERS.teacher.email,
      ];
      const answers = [];
      for (const email of addresses) {
        const result = await parent.request<{ inviteToTeam: Record<string, unknown> }>(INVITE, {
          input: { iepId: MAYA_ACTIVE, email, displayName: 'Same Name', role: 'GUEST', teamRole: 'Advocate' },
        });
        expect(result.errors).toBeUndefined();
        const { id: _id, email: answeredEmail, ...rest } = result.data!.inviteToTeam;
        expect(answeredEmail).toBe(email.toLowerCase());
        answers.push(rest);
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      // Only the address that could join was written to; the others' links exist nowhere.
      const written: Array<{ to_address: string }> = await api.db.query(
        `SELECT to_address FROM outbound_emails WHERE dedupe_key LIKE 'team-invitation:%' AND to_address = ANY($1)`,
        [addresses],
      );
      expect(written.map((w) => w.to_address)).toEqual(['brand.new.advocate@example.org']);
    });
  });

  describe('logs an operator can alert on', () => {
    it('logs expected refusals below error level, each line with the request id and the operation', async () => {
      logs.lines.length = 0;
      const teacher = await signedIn(DEMO_USERS.teacher.email, proxied.url);
      const denied = await teacher.request(`query AccessRecord($id: ID!) { studentAccessRecord(studentId: $id) { totalCount } }`, { id: iep('499') });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(denied));
      await new GraphQLTestClient(proxied.url).request(`query Nobody { iepTeam(iepId: "${MAYA_ACTIVE}") { iepId } }`);
      const refusals = logs.lines.filter((line) => line['msg'] === 'Request refused');
      expect(refusals.length).toBeGreaterThanOrEqual(2);
      for (const line of refusals) {
        expect(line['level']).toBeLessThan(50);
        expect(line['requestId']).toEqual(expect.any(String));
        expect(['AccessRecord', 'Nobody']).toContain(line['operation']);
      }
      expect(logs.lines.filter((line) => (line['level'] as number) >= 50)).toEqual([]);
    });
  });
});
