import { createHash } from 'node:crypto';
import { RATE_LIMITS } from '@iep/api/core';
import { DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const PUBLIC_URL = 'https://iep.example.test';
const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;
const CHANGE = `mutation($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;
const EXPIRED = 'This link has expired or was already used. Ask for a new one.';
const LINK = /https:\/\/iep\.example\.test\/reset-password\?token=([A-Za-z0-9_-]{43})/;

interface Email {
  subject: string;
  text_body: string;
}

describe('password reset and change, against the real PostgreSQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(createApiApp, { PUBLIC_URL });
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(() => api.close());

  const anonymous = () => new GraphQLTestClient(api.url);

  async function signedIn(email: string, password = DEMO_PASSWORD): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return client;
  }

  async function whoAmI(client: GraphQLTestClient): Promise<string | null> {
    const result = await client.request<{ me: { id: string } | null }>(`{ me { id } }`);
    return result.data?.me?.id ?? null;
  }

  function emailsTo(address: string): Promise<Email[]> {
    return api.db.query(`SELECT subject, text_body FROM outbound_emails WHERE to_address = $1 ORDER BY created_at DESC, id`, [address]);
  }

  /** Asks for a reset as a stranger would, and returns the token from the link in the newest e-mail. */
  async function requestToken(email: string): Promise<string> {
    const result = await anonymous().request(REQUEST, { email });
    expect(result).toEqual(expect.objectContaining({ data: { requestPasswordReset: true } }));
    const [newest] = (await emailsTo(email)).filter((message) => LINK.test(message.text_body));
    return LINK.exec(newest.text_body)![1];
  }

  const reset = (token: string, newPassword: string) => anonymous().request(RESET, { token, newPassword });

  async function auditCount(event: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE event = '${event}' AND ${where}`, params);
    return count;
  }

  describe('requestPasswordReset', () => {
    it('answers the same for an address with no account, and e-mails nobody', async () => {
      const unknown = await anonymous().request(REQUEST, { email: 'nobody@riverbend.example' });
      const known = await anonymous().request(REQUEST, { email: DEMO_USERS.psychologist.email });
      expect(unknown).toEqual(known);
      expect(unknown).toEqual({ data: { requestPasswordReset: true }, status: 200 });
      expect(await emailsTo('nobody@riverbend.example')).toEqual([]);
      expect(await emailsTo(DEMO_USERS.psychologist.email)).toHaveLength(1);
      const rows = await api.db.query(
        `SELECT actor_id, data->>'result' AS result FROM audit_events WHERE event = 'PASSWORD_RESET_REQUESTED' AND data->>'email' IN ($1, $2) ORDER BY id`,
        ['nobody@riverbend.example', DEMO_USERS.psychologist.email],
      );
      expect(rows).toEqual([
        { actor_id: null, result: 'NO_ACTIVE_ACCOUNT' },
        { actor_id: DEMO_USERS.psychologist.id, result: 'EMAIL_WRITTEN' },
      ]);
    });

    it('writes an e-mail in English with a one-hour link to PUBLIC_URL; only the hash of the token is stored', async () => {
      // Addresses are matched without regard to case, as people type them.
      await anonymous().request(REQUEST, { email: DEMO_USERS.teacher.email.toUpperCase() });
      const [message] = await emailsTo(DEMO_USERS.teacher.email);
      const token = LINK.exec(message.text_body)![1];
      expect(message.subject).toBe('Reset your IEP Team password');
      expect(message.text_body).toContain(`Hello ${DEMO_USERS.teacher.displayName},`);
      expect(message.text_body).toContain(`${PUBLIC_URL}/reset-password?token=${token}`);
      const rows = await api.db.query(
        `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds, used_at FROM password_reset_tokens WHERE token_hash = $1`,
        [createHash('sha256').update(token).digest()],
      );
      expect(rows).toEqual([{ seconds: 3600, used_at: null }]);
    });

    it("writes in Spanish to a person whose language is Spanish", async () => {
      const token = await requestToken(DEMO_USERS.parentEs.email);
      const [message] = await emailsTo(DEMO_USERS.parentEs.email);
      expect(message.subject).toBe('Restablezca su contraseña de IEP Team');
      expect(message.text_body).toContain(`Hola, ${DEMO_USERS.parentEs.displayName}:`);
      expect(message.text_body).toContain(token);
    });

    it('sends at most five e-mails an hour to one address, still answering true', async () => {
      const email = DEMO_USERS.districtRep.email;
      for (let i = 0; i < 7; i++) {
        expect((await anonymous().request(REQUEST, { email })).data).toEqual({ requestPasswordReset: true });
      }
      expect(await emailsTo(email)).toHaveLength(5);
      expect(await auditCount('PASSWORD_RESET_REQUESTED', `data->>'email' = $1 AND data->>'result' = 'THROTTLED'`, [email])).toBe(2);
    });

    it('refuses a malformed address as bad input without looking anything up', async () => {
      const result = await anonymous().request(REQUEST, { email: 'not an address' });
      expect(result.errors?.[0]).toEqual(expect.objectContaining({ message: 'Enter a valid e-mail address.' }));
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('resetPassword', () => {
    it('sets the new password, signs every session out, and the person signs in with it', async () => {
      const email = DEMO_USERS.slp.email;
      const laptop = await signedIn(email);
      const phone = await signedIn(email);
      const token = await requestToken(email);

      expect(await reset(token, 'violin-harbor-lantern-19')).toEqual({ data: { resetPassword: true }, status: 200 });

      expect(await whoAmI(laptop)).toBeNull();
      expect(await whoAmI(phone)).toBeNull();
      const [{ open }] = await api.db.query(`SELECT count(*)::int AS open FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [DEMO_USERS.slp.id]);
      expect(open).toBe(0);
      expect((await anonymous().signIn(email, DEMO_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await whoAmI(await signedIn(email, 'violin-harbor-lantern-19'))).toBe(DEMO_USERS.slp.id);

      const [{ password_hash: hash }] = await api.db.query(`SELECT password_hash FROM users WHERE id = $1`, [DEMO_USERS.slp.id]);
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(await auditCount('PASSWORD_RESET_COMPLETED', `actor_id = $1 AND (data->>'sessionsRevoked')::int = 2`, [DEMO_USERS.slp.id])).toBe(1);
      const [notice] = await emailsTo(email);
      expect(notice.subject).toBe('Your IEP Team password was changed');
      expect(notice.text_body).toContain(`${PUBLIC_URL}/forgot-password`);
    });

    it('lets a link work only once', async () => {
      const token = await requestToken(DEMO_USERS.caseManager2.email);
      expect((await reset(token, 'harbor-violin-lantern-23')).data).toEqual({ resetPassword: true });
      const again = await reset(token, 'lantern-harbor-violin-31');
      expect(again.data).toBeNull();
      expect(again.errors?.[0]).toEqual(expect.objectContaining({ message: EXPIRED, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
      expect(await whoAmI(await signedIn(DEMO_USERS.caseManager2.email, 'harbor-violin-lantern-23'))).toBe(DEMO_USERS.caseManager2.id);
    });

    it('refuses a link older than an hour, and an unknown one', async () => {
      const token = await requestToken(OTHER_DISTRICT.users.caseManager.email);
      // An hour passes: moved in the database, because the API reads the clock of PostgreSQL.
      await api.db.query(
        `UPDATE password_reset_tokens SET created_at = created_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes' WHERE token_hash = $1`,
        [createHash('sha256').update(token).digest()],
      );
      expect((await reset(token, 'harbor-violin-lantern-23')).errors?.[0].message).toBe(EXPIRED);
      expect((await reset('A'.repeat(43), 'harbor-violin-lantern-23')).errors?.[0].message).toBe(EXPIRED);
      expect((await anonymous().signIn(OTHER_DISTRICT.users.caseManager.email, DEMO_PASSWORD)).errors).toBeUndefined();
    });

    it('stops an earlier link from working once a newer one is sent', async () => {
      const email = OTHER_DISTRICT.users.admin.email;
      const first = await requestToken(email);
      const second = await requestToken(email);
      expect((await reset(first, 'harbor-violin-lantern-23')).errors?.[0].message).toBe(EXPIRED);
      expect((await reset(second, 'harbor-violin-lantern-23')).data).toEqual({ resetPassword: true });
    });

    it('refuses a password that breaks the policy, lists why, and leaves the link usable', async () => {
      const email = DEMO_USERS.guest.email;
      const token = await requestToken(email);

      const common = await reset(token, 'password1234');
      expect(common.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', passwordProblems: ['COMMON'] }));
      expect(common.errors?.[0].message).toBe('Choose a different password. This password is on a list of common or leaked passwords.');

      const withEmail = await reset(token, 'my advocate login 2026');
      expect(withEmail.errors?.[0].extensions?.passwordProblems).toEqual(['CONTAINS_EMAIL']);
      expect(withEmail.errors?.[0].message).toContain('Leave your e-mail address out of the password.');

      const withName = await reset(token, 'Jamie-kettle-violin');
      expect(withName.errors?.[0].extensions?.passwordProblems).toEqual(['CONTAINS_NAME']);

      const short = await reset(token, 'brooks');
      expect(short.errors?.[0].extensions?.passwordProblems).toEqual(['TOO_SHORT', 'CONTAINS_NAME']);
      expect(short.errors?.[0].message).toBe('Choose a different password. Use at least 12 characters. Leave your name out of the password.');

      expect((await reset(token, 'x'.repeat(1025))).errors?.[0].extensions?.passwordProblems).toEqual(['TOO_LONG', 'PREDICTABLE']);

      expect((await anonymous().signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
      expect((await reset(token, 'kettle-harbor-violin-88')).data).toEqual({ resetPassword: true });
    });

    it('lets a person locked out by failed sign-ins back in with the new password', async () => {
      const email = OTHER_DISTRICT.users.parent.email;
      // Enough wrong passwords from this client to stop it, sent at once: each is counted.
      await Promise.all(
        Array.from({ length: RATE_LIMITS.signInAccountClient.points }, () => anonymous().signIn(email, 'not-the-password')),
      );
      expect((await anonymous().signIn(email, DEMO_PASSWORD)).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
      const token = await requestToken(email);
      expect((await reset(token, 'kettle-harbor-violin-88')).data).toEqual({ resetPassword: true });
      expect(await whoAmI(await signedIn(email, 'kettle-harbor-violin-88'))).toBe(OTHER_DISTRICT.users.parent.id);
    });
  });

  describe('changePassword', () => {
    it('keeps the session that changed it and signs every other one out', async () => {
      const email = DEMO_USERS.admin.email;
      const here = await signedIn(email);
      const elsewhere = await signedIn(email);

      const result = await here.request(CHANGE, { currentPassword: DEMO_PASSWORD, newPassword: 'orchard-compass-velvet-5' });
      expect(result).toEqual({ data: { changePassword: true }, status: 200 });

      expect(await whoAmI(here)).toBe(DEMO_USERS.admin.id);
      expect(await whoAmI(elsewhere)).toBeNull();
      expect((await anonymous().signIn(email, DEMO_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await whoAmI(await signedIn(email, 'orchard-compass-velvet-5'))).toBe(DEMO_USERS.admin.id);
      expect(await auditCount('PASSWORD_CHANGED', `actor_id = $1 AND (data->>'otherSessionsRevoked')::int = 1`, [DEMO_USERS.admin.id])).toBe(1);
      expect((await emailsTo(email))[0].subject).toBe('Your IEP Team password was changed');
    });

    it('refuses a wrong current password as bad input and changes nothing', async () => {
      const email = DEMO_USERS.caseManager.email;
      const client = await signedIn(email);
      const result = await client.request(CHANGE, { currentPassword: 'not-my-password-at-all', newPassword: 'orchard-compass-velvet-5' });
      expect(result.errors?.[0]).toEqual(
        expect.objectContaining({ message: 'Your current password is not right.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
      expect(await whoAmI(client)).toBe(DEMO_USERS.caseManager.id);
      expect((await anonymous().signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    });

    it('applies the policy to the new password', async () => {
      const client = await signedIn(DEMO_USERS.student.email);
      const common = await client.request(CHANGE, { currentPassword: DEMO_PASSWORD, newPassword: 'password1234' });
      expect(common.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', passwordProblems: ['COMMON'] }));
      const withEmail = await client.request(CHANGE, { currentPassword: DEMO_PASSWORD, newPassword: 'sofia.ramirez rocks!!' });
      expect(withEmail.errors?.[0].extensions?.passwordProblems).toEqual(['CONTAINS_EMAIL', 'CONTAINS_NAME']);
      const same = await client.request(CHANGE, { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD });
      expect(same.errors?.[0].message).toBe('Choose a new password that is different from your current one.');
      expect((await anonymous().signIn(DEMO_USERS.student.email, DEMO_PASSWORD)).errors).toBeUndefined();
    });

    it('asks an anonymous caller to sign in', async () => {
      const result = await anonymous().request(CHANGE, { currentPassword: DEMO_PASSWORD, newPassword: 'orchard-compass-velvet-5' });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
