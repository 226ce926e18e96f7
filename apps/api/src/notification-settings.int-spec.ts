import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { DEADLINE_KINDS } from '@iep/domain';
import { createApiApp } from './bootstrap';

const MY_PREFERENCES = `{ myNotificationPreferences { reminderKind deadlineKind email inApp } }`;
const UPDATE = `mutation($input: UpdateNotificationPreferencesInput!) {
  updateMyNotificationPreferences(input: $input) { reminderKind deadlineKind email inApp }
}`;
type Preference = { reminderKind: string; deadlineKind: string; email: boolean; inApp: boolean };

describe('notification settings and the queue board', () => {
  let api: TestApi;
  let webDist: string;

  beforeAll(async () => {
    // The built web client is served too, as `npm start` does: its fallback must not swallow the board.
    webDist = mkdtempSync(join(tmpdir(), 'iep-web-dist-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>web client</title>');
    api = await startTestApi(createApiApp, { WEB_DIST: webDist });
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(async () => {
    await api.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  async function signedIn(email: string) {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    return client;
  }

  describe('e-mail choices for reminders', () => {
    it('lists every deadline kind with e-mail on by default, escalations only for district representatives', async () => {
      const caseManager = await signedIn(DEMO_USERS.caseManager.email);
      const mine = await caseManager.request<{ myNotificationPreferences: Preference[] }>(MY_PREFERENCES);
      expect(mine.data!.myNotificationPreferences).toHaveLength(DEADLINE_KINDS.length);
      expect(mine.data!.myNotificationPreferences.every((p) => p.reminderKind === 'REMINDER' && p.email && p.inApp)).toBe(true);

      const rep = await signedIn(DEMO_USERS.districtRep.email);
      const theirs = await rep.request<{ myNotificationPreferences: Preference[] }>(MY_PREFERENCES);
      expect(theirs.data!.myNotificationPreferences).toHaveLength(DEADLINE_KINDS.length * 2);
      expect(theirs.data!.myNotificationPreferences.filter((p) => p.reminderKind === 'ESCALATION')).toHaveLength(DEADLINE_KINDS.length);
    });

    it('saves the caller’s own choices, audits what changed, and leaves everyone else’s alone', async () => {
      const rep = await signedIn(DEMO_USERS.districtRep.email);
      const result = await rep.request<{ updateMyNotificationPreferences: Preference[] }>(UPDATE, {
        input: {
          preferences: [
            { reminderKind: 'ESCALATION', deadlineKind: 'ANNUAL_REVIEW', email: false },
            { reminderKind: 'REMINDER', deadlineKind: 'ANNUAL_REVIEW', email: true },
            { reminderKind: 'REMINDER', deadlineKind: 'REEVALUATION', email: false },
          ],
        },
      });
      expect(result.errors).toBeUndefined();
      const byKey = new Map(result.data!.updateMyNotificationPreferences.map((p) => [`${p.reminderKind}|${p.deadlineKind}`, p]));
      expect(byKey.get('ESCALATION|ANNUAL_REVIEW')).toMatchObject({ email: false, inApp: true });
      expect(byKey.get('REMINDER|ANNUAL_REVIEW')).toMatchObject({ email: true });
      expect(byKey.get('REMINDER|REEVALUATION')).toMatchObject({ email: false });
      expect(byKey.get('ESCALATION|REEVALUATION')).toMatchObject({ email: true });

      const rows = await api.db.query(
        `SELECT user_id AS "userId", reminder_kind AS "reminderKind", deadline_kind AS "deadlineKind", email
           FROM notification_preferences ORDER BY reminder_kind, deadline_kind`,
      );
      // Only what differs from the default is stored: "e-mail on" was already in effect.
      expect(rows).toEqual([
        { userId: DEMO_USERS.districtRep.id, reminderKind: 'ESCALATION', deadlineKind: 'ANNUAL_REVIEW', email: false },
        { userId: DEMO_USERS.districtRep.id, reminderKind: 'REMINDER', deadlineKind: 'REEVALUATION', email: false },
      ]);
      const [audit] = await api.db.query(
        `SELECT actor_id AS "actorId", data FROM audit_events WHERE event = 'NOTIFICATION_PREFERENCES_UPDATED' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit).toEqual({
        actorId: DEMO_USERS.districtRep.id,
        data: {
          changes: [
            { reminderKind: 'ESCALATION', deadlineKind: 'ANNUAL_REVIEW', email: false },
            { reminderKind: 'REMINDER', deadlineKind: 'REEVALUATION', email: false },
          ],
        },
      });
    });

    it('refuses escalation choices from someone who never receives escalations, and unknown kinds', async () => {
      const teacher = await signedIn(DEMO_USERS.teacher.email);
      const escalation = await teacher.request(UPDATE, {
        input: { preferences: [{ reminderKind: 'ESCALATION', deadlineKind: 'ANNUAL_REVIEW', email: false }] },
      });
      expect(escalation.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reminderKind' });
      const unknown = await teacher.request(UPDATE, { input: { preferences: [{ reminderKind: 'REMINDER', deadlineKind: 'BIRTHDAY', email: false }] } });
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const anonymous = await new GraphQLTestClient(api.url).request(MY_PREFERENCES);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM notification_preferences WHERE user_id = $1`, [DEMO_USERS.teacher.id]);
      expect(n).toBe(0);
    });
  });

  describe('Bull Board at /admin/queues', () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers, redirect: 'manual' });

    it('sends a signed-out browser to sign in, and answers its API calls 401', async () => {
      const page = await get('/admin/queues', { accept: 'text/html' });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/sign-in');
      const apiCall = await get('/admin/queues/api/queues', { accept: 'application/json' });
      expect(apiCall.status).toBe(401);
    });

    it('refuses every role but district administrators with 403, and audits it', async () => {
      for (const email of [DEMO_USERS.parent.email, DEMO_USERS.districtRep.email]) {
        const client = await signedIn(email);
        const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM audit_events WHERE outcome = 'DENIED'`);
        const response = await get('/admin/queues', { accept: 'text/html', cookie: client.sessionCookie! });
        expect(response.status).toBe(403);
        const [denial] = await api.db.query(`SELECT actor_id AS "actorId", data FROM audit_events WHERE outcome = 'DENIED' ORDER BY id DESC LIMIT 1`);
        expect(denial.data).toEqual({ operation: 'queueBoard', reason: 'ROLE_LACKS_QUEUE_BOARD' });
        const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM audit_events WHERE outcome = 'DENIED'`);
        expect(after).toBe(before + 1);
      }
    });

    it('shows every queue to a district administrator, read-only', async () => {
      const admin = await signedIn(DEMO_USERS.admin.email);
      const cookie = admin.sessionCookie!;
      const page = await get('/admin/queues', { accept: 'text/html', cookie });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toContain('web client');
      expect(html).toContain('<base href="/admin/queues/"');
      const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(html)![1];
      expect((await get(`/admin/queues/${script}`, { cookie })).status).toBe(200);
      const queues = await get('/admin/queues/api/queues', { accept: 'application/json', cookie });
      expect(queues.status).toBe(200);
      const body = (await queues.json()) as { queues: Array<{ name: string; readOnlyMode: boolean }> };
      expect(body.queues.map((q) => q.name).sort()).toEqual(['mail', 'maintenance', 'reminders', 'roster']);
      expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
      const pause = await fetch(`${api.url}/admin/queues/api/queues/reminders/pause`, { method: 'PUT', headers: { cookie } });
      expect(pause.status).toBe(405);
      // The rest of the app still falls back to the web client.
      expect(await (await get('/admin/calendar', { accept: 'text/html', cookie })).text()).toContain('web client');
    });
  });
});
