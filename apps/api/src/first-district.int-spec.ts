import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';
import { BootstrapRefused, bootstrapFirstDistrict, parseBootstrapArgs } from './first-district';

const PUBLIC_URL = 'https://iep.example.test';
const LINK = /https:\/\/iep\.example\.test\/reset-password\?token=([A-Za-z0-9_-]{43})/;
const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe('first run of a real district: the one-time bootstrap, against the real PostgreSQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    // A migrated database with nothing in it: what `setup.mjs migrate` leaves in production.
    api = await startTestApi(createApiApp, { PUBLIC_URL });
  });
  afterAll(() => api.close());

  const count = async (sql: string, params: unknown[] = []) => (await api.db.query(sql, params))[0].count as number;

  it('starts from an empty database: migrating seeds nothing', async () => {
    expect(await count(`SELECT count(*)::int AS count FROM districts`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS count FROM users`)).toBe(0);
  });

  it('checks the command line before it connects, naming what is missing or wrong', () => {
    expect(() => parseBootstrapArgs(['--district', 'Cedar Falls'])).toThrow(/Missing --state, --admin-email\.\nusage: node dist\/api\/setup\.mjs bootstrap/);
    expect(() => parseBootstrapArgs(['--district', 'X', '--state', 'ZZ', '--admin-email', 'a@b.org'])).toThrow(
      'There is no state rule profile "ZZ"; known profiles: IDEA, MA, CA, IDEA_NOTICE.',
    );
    expect(() => parseBootstrapArgs(['--district', 'X', '--state', 'CA', '--admin-email', 'nobody'])).toThrow('"nobody" is not an e-mail address.');
    expect(() => parseBootstrapArgs(['--district', 'X', '--state', 'CA', '--admin-email', 'a@b.org', '--color', 'red'])).toThrow(BootstrapRefused);
    expect(parseBootstrapArgs(['--district', ' Cedar Falls USD ', '--state', 'ca', '--admin-email', 'Admin@CedarFalls.k12.example', '--locale', 'es'])).toEqual({
      district: 'Cedar Falls USD', state: 'CA', adminEmail: 'admin@cedarfalls.k12.example', adminName: 'District administrator', locale: 'es', printLink: false,
    });
  });

  it('creates the district with its state profile and an administrator who sets a password from the e-mailed link', async () => {
    const input = parseBootstrapArgs([
      '--district', 'Cedar Falls Unified', '--state', 'CA', '--admin-email', 'rosa.admin@cedarfalls.k12.example', '--admin-name', 'Rosa Delgado',
    ]);
    const result = await bootstrapFirstDistrict(api.db, input, PUBLIC_URL);

    expect(await api.db.query(`SELECT id, name, state_code FROM districts`)).toEqual([{ id: result.districtId, name: 'Cedar Falls Unified', state_code: 'CA' }]);
    expect(await api.db.query(`SELECT district_id, email, role, password_hash, active FROM users`)).toEqual([
      { district_id: result.districtId, email: 'rosa.admin@cedarfalls.k12.example', role: 'DISTRICT_ADMIN', password_hash: null, active: true },
    ]);
    const [email] = await api.db.query(`SELECT to_address, subject, text_body, sent_at FROM outbound_emails`);
    expect(email).toEqual(expect.objectContaining({ to_address: 'rosa.admin@cedarfalls.k12.example', subject: 'Your IEP Team administrator account', sent_at: null }));
    expect(email.text_body).toContain('within 7 days');
    const token = LINK.exec(email.text_body)![1];
    expect(result.link).toBe(`${PUBLIC_URL}/reset-password?token=${token}`);
    expect(await api.db.query(`SELECT event, actor_id, data->>'stateCode' AS state FROM audit_events WHERE event = 'DISTRICT_BOOTSTRAPPED'`)).toEqual([
      { event: 'DISTRICT_BOOTSTRAPPED', actor_id: null, state: 'CA' },
    ]);

    // The administrator uses the link exactly as the e-mail says, then signs in and runs the district.
    const anonymous = new GraphQLTestClient(api.url);
    const reset = await anonymous.request(`mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`, {
      token, p: 'violet-harbor-lantern-92',
    });
    expect(reset.errors).toBeUndefined();
    const admin = new GraphQLTestClient(api.url);
    expect((await admin.signIn('rosa.admin@cedarfalls.k12.example', 'violet-harbor-lantern-92')).errors).toBeUndefined();
    const me = await admin.request<{ me: { role: string; displayName: string } }>(`{ me { role displayName } }`);
    expect(me.data?.me).toEqual({ role: 'DISTRICT_ADMIN', displayName: 'Rosa Delgado' });
    const profiles = await admin.request<{ stateRuleProfiles: Array<{ code: string; inUse: boolean }> }>(`{ stateRuleProfiles { code inUse } }`);
    expect(profiles.data?.stateRuleProfiles.filter((p) => p.inUse).map((p) => p.code)).toEqual(['CA']);
    // The link worked once.
    const again = await anonymous.request(`mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`, {
      token, p: 'another-harbor-lantern-93',
    });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a second run with a clear message and writes nothing', async () => {
    const emailsBefore = await count(`SELECT count(*)::int AS count FROM outbound_emails`);
    const input = parseBootstrapArgs(['--district', 'Second District', '--state', 'IDEA', '--admin-email', 'other@second.example']);
    await expect(bootstrapFirstDistrict(api.db, input, PUBLIC_URL)).rejects.toThrow(
      /^Refused: this database is already set up \(district "Cedar Falls Unified"\)\. The bootstrap runs once\./,
    );
    expect(await count(`SELECT count(*)::int AS count FROM districts`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM users`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM outbound_emails`)).toBe(emailsBefore);
  });

  it('two runs at once: exactly one succeeds', async () => {
    const fresh = await startTestApi(createApiApp, { PUBLIC_URL });
    try {
      const runs = await Promise.allSettled(
        ['a', 'b'].map((n) => bootstrapFirstDistrict(fresh.db, parseBootstrapArgs(['--district', `D ${n}`, '--state', 'MA', '--admin-email', `${n}@d.example`]), PUBLIC_URL)),
      );
      expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((runs.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(BootstrapRefused);
      expect((await fresh.db.query(`SELECT count(*)::int AS count FROM districts`))[0].count).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('compose migrates without seeding, and npm start seeds only while DEMO is not off', () => {
    const compose = readFileSync(fromRoot('docker-compose.yml'), 'utf8');
    const commands = compose.split('\n').filter((line) => /^\s*command:/.test(line));
    expect(commands.filter((c) => c.includes('setup.mjs') && c.includes('"migrate"'))).toHaveLength(1);
    expect(commands.filter((c) => /\bseed\b/.test(c))).toEqual([]);

    // The start script's switch, evaluated as the script evaluates it.
    const source = readFileSync(fromRoot('tools/start/start.mjs'), 'utf8');
    const expression = /const DEMO = (.+);/.exec(source)![1];
    const demoFor = (value: string | undefined) =>
      spawnSync(process.execPath, ['-e', `process.stdout.write(String(${expression}))`], { env: { ...process.env, DEMO: value ?? '' }, encoding: 'utf8' }).stdout;
    expect(source).toContain(`'migrate', ...(DEMO ? ['seed'] : [])`);
    expect(['off', 'OFF', 'false', '0', 'no'].map(demoFor)).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(['on', 'true', '1'].map(demoFor)).toEqual(['true', 'true', 'true']);
  });
});
