import { Redis } from 'ioredis';
import { IepLiveService } from '@iep/api/live';
import { DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, LiveTestSubscription, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/**
 * Live IEP activity across two API processes on one database and one Redis: what happens through one
 * reaches viewers connected to the other, over graphql-ws, signed in by the session cookie.
 */

const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
const ACTIVITY = `subscription($iepId: ID!) { iepActivity(iepId: $iepId) { iepId kind subjectId actorId at } }`;
const REPORT = `mutation($input: ReportIepPresenceInput!) { reportIepPresence(input: $input) }`;
const LEAVE = `mutation($iepId: ID!) { leaveIep(iepId: $iepId) }`;
const VIEWERS = `query($id: ID!) { iep(id: $id) { viewers { person { id displayName } partId editing since } } }`;
const PARTS = `query($id: ID!) { iep(id: $id) { parts { id kind version content } } }`;
const START_THREAD = `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`;
const SAVE_PART = `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id version } }`;

interface Activity { iepId: string; kind: string; subjectId: string | null; actorId: string | null; at: string }
type ActivityMessage = GraphQLResponse<{ iepActivity: Activity }>;
interface Viewer { person: { id: string; displayName: string }; partId: string | null; editing: boolean; since: string }
interface Part { id: string; kind: string; version: number; content: Record<string, unknown> }

const code = (message: GraphQLResponse) => message.errors?.[0]?.extensions?.code;
const activity = (kind: string) => (message: ActivityMessage) => message.data?.iepActivity.kind === kind;

describe('live IEP activity across two API processes (graphql-ws, Redis pub/sub)', () => {
  let apiA: TestApi;
  let apiB: TestApi;
  const subscriptions: LiveTestSubscription[] = [];

  beforeAll(async () => {
    apiA = await startTestApi(createApiApp);
    apiB = await startTestApi(createApiApp, { DATABASE_URL: apiA.config.DATABASE_URL });
    await seedDemoDistrict(apiA.db, apiA.sealer);
  });
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.dispose()));
  });
  afterAll(async () => {
    await apiB?.close();
    await apiA?.close();
  });

  async function signedIn(api: TestApi, email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    return client;
  }

  function subscribe(api: TestApi, client: GraphQLTestClient | null, iepId = MAYA_DRAFT, headers: Record<string, string> = {}) {
    const subscription = new LiveTestSubscription<{ iepActivity: Activity }>(api.url, client?.sessionCookie ?? null, ACTIVITY, { iepId }, headers);
    subscriptions.push(subscription as LiveTestSubscription);
    return subscription;
  }

  /**
   * Waits until the subscription is live end to end: the server announces a harmless event through the
   * other process until the subscriber hears one (graphql-ws has no "subscribed" acknowledgement).
   */
  async function live(subscription: LiveTestSubscription<{ iepActivity: Activity }>, through: TestApi, iepId = MAYA_DRAFT) {
    const publisher = through.app.get(IepLiveService);
    const probe = () => publisher.publish({ iepId, kind: 'IEP_UPDATED', subjectId: null, actorId: null, at: new Date().toISOString() });
    await probe();
    const timer = setInterval(() => void probe(), 100);
    try {
      await subscription.next(activity('IEP_UPDATED'));
    } finally {
      clearInterval(timer);
    }
    return subscription.messages.length;
  }

  describe('fan-out', () => {
    it('tells a viewer connected to API A about a comment and a save made through API B', async () => {
      const caseManagerA = await signedIn(apiA, DEMO_USERS.caseManager.email);
      const teacherB = await signedIn(apiB, DEMO_USERS.teacher.email);
      const subscription = subscribe(apiA, caseManagerA);
      const seen = await live(subscription, apiB);

      const parts = (await teacherB.request<{ iep: { parts: Part[] } }>(PARTS, { id: MAYA_DRAFT })).data!.iep.parts;
      const present = parts.find((part) => part.kind === 'PRESENT_LEVELS')!;
      const thread = await teacherB.request<{ startIepCommentThread: { id: string } }>(START_THREAD, {
        input: { iepId: MAYA_DRAFT, partId: present.id, body: 'Can we add the spring reading benchmark to the baseline?' },
      });
      expect(thread.errors).toBeUndefined();
      const comment = await subscription.next(activity('COMMENT_ADDED'), 5_000, seen);
      expect(comment.data!.iepActivity).toMatchObject({
        iepId: MAYA_DRAFT, subjectId: thread.data!.startIepCommentThread.id, actorId: DEMO_USERS.teacher.id,
      });
      expect(new Date(comment.data!.iepActivity.at).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const saved = await teacherB.request<{ saveIepPart: { id: string; version: number } }>(SAVE_PART, {
        input: { partId: present.id, baseVersion: present.version, content: { ...present.content, functional: 'Follows two-step directions with one visual prompt.' } },
      });
      expect(saved.errors).toBeUndefined();
      const save = await subscription.next(activity('PART_SAVED'), 5_000, seen);
      expect(save.data!.iepActivity).toMatchObject({ subjectId: present.id, actorId: DEMO_USERS.teacher.id });
    });

    it('shows presence reported on API B to a viewer on API A, from Redis with a time to live', async () => {
      const caseManagerA = await signedIn(apiA, DEMO_USERS.caseManager.email);
      const slpB = await signedIn(apiB, DEMO_USERS.slp.email);
      const parentB = await signedIn(apiB, DEMO_USERS.parent.email);
      const subscription = subscribe(apiA, caseManagerA);
      let seen = await live(subscription, apiB);
      const parts = (await slpB.request<{ iep: { parts: Part[] } }>(PARTS, { id: MAYA_DRAFT })).data!.iep.parts;
      const goal = parts.find((part) => part.kind === 'GOAL')!;

      expect((await slpB.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: goal.id, editing: true } })).data).toEqual({ reportIepPresence: true });
      const changed = await subscription.next(activity('PRESENCE_CHANGED'), 5_000, seen);
      expect(changed.data!.iepActivity).toMatchObject({ actorId: DEMO_USERS.slp.id, subjectId: goal.id });
      seen = subscription.messages.length;

      // A parent may look at a goal, but is never shown as editing it.
      await parentB.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: goal.id, editing: true } });
      await subscription.next((m) => activity('PRESENCE_CHANGED')(m) && m.data!.iepActivity.actorId === DEMO_USERS.parent.id, 5_000, seen);

      const viewers = (await caseManagerA.request<{ iep: { viewers: Viewer[] } }>(VIEWERS, { id: MAYA_DRAFT })).data!.iep.viewers;
      expect(viewers).toEqual(expect.arrayContaining([
        expect.objectContaining({ person: { id: DEMO_USERS.slp.id, displayName: DEMO_USERS.slp.displayName }, partId: goal.id, editing: true }),
        expect.objectContaining({ person: expect.objectContaining({ id: DEMO_USERS.parent.id }), partId: goal.id, editing: false }),
      ]));

      const redis = new Redis(apiA.config.REDIS_URL);
      try {
        const key = `${apiA.config.QUEUE_PREFIX}:iep-presence:${MAYA_DRAFT}:lapses`;
        const ttl = await redis.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(45_000);
        expect(await redis.zscore(key, DEMO_USERS.slp.id)).not.toBeNull();
      } finally {
        redis.disconnect();
      }

      // A heartbeat that changes nothing is not news; the next change is.
      seen = subscription.messages.length;
      await slpB.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: goal.id, editing: true } });
      expect((await slpB.request(LEAVE, { iepId: MAYA_DRAFT })).data).toEqual({ leaveIep: true });
      const left = await subscription.next(activity('PRESENCE_CHANGED'), 5_000, seen);
      expect(left.data!.iepActivity).toMatchObject({ actorId: DEMO_USERS.slp.id, subjectId: null });
      expect(subscription.messages.slice(seen).filter(activity('PRESENCE_CHANGED'))).toHaveLength(1);

      const after = (await caseManagerA.request<{ iep: { viewers: Viewer[] } }>(VIEWERS, { id: MAYA_DRAFT })).data!.iep.viewers;
      expect(after.map((viewer) => viewer.person.id)).not.toContain(DEMO_USERS.slp.id);
      await parentB.request(LEAVE, { iepId: MAYA_DRAFT });
    });

    it('refuses presence on an IEP the caller cannot see, and a part of another IEP', async () => {
      const outsider = await signedIn(apiB, OTHER_DISTRICT.users.caseManager.email);
      const denied = await outsider.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: null, editing: false } });
      expect(code(denied)).toBe('NOT_FOUND');
      const teacher = await signedIn(apiB, DEMO_USERS.teacher.email);
      const stranger = await teacher.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: '00000000-0000-4000-8000-0000000dead1', editing: false } });
      expect(code(stranger)).toBe('BAD_USER_INPUT');
    });
  });

  describe('who may subscribe', () => {
    it('refuses an anonymous subscriber', async () => {
      const subscription = subscribe(apiA, null);
      const refused = await subscription.next();
      expect(code(refused)).toBe('UNAUTHENTICATED');
      expect(refused.data?.iepActivity ?? null).toBeNull();
    });

    it('refuses a NUL or a lone surrogate in what a subscription carries, naming the field', async () => {
      const caseManager = await signedIn(apiA, DEMO_USERS.caseManager.email);
      for (const bad of ['maya\u0000', 'maya\ud800']) {
        const subscription = subscribe(apiA, caseManager, bad);
        const refused = await subscription.next();
        expect(code(refused)).toBe('BAD_USER_INPUT');
        expect(refused.errors?.[0].extensions?.['field']).toBe('iepId');
      }
    });

    it('refuses someone unrelated to the IEP with NOT_FOUND, and records the refusal', async () => {
      const outsider = await signedIn(apiA, OTHER_DISTRICT.users.caseManager.email);
      const subscription = subscribe(apiA, outsider);
      const refused = await subscription.next();
      expect(code(refused)).toBe('NOT_FOUND');
      const [denial] = await apiA.db.query(
        `SELECT actor_id FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = 'iepActivity' AND actor_id = $1`,
        [OTHER_DISTRICT.users.caseManager.id],
      );
      expect(denial).toBeDefined();
    });

    it('lets a read-only district administrator watch', async () => {
      const admin = await signedIn(apiA, DEMO_USERS.admin.email);
      const subscription = subscribe(apiA, admin);
      await live(subscription, apiB);
      expect(subscription.messages.every((message) => !message.errors)).toBe(true);
    });

    it('refuses a signed-out (revoked) session and an expired one', async () => {
      const revoked = await signedIn(apiA, DEMO_USERS.teacher.email);
      const cookie = revoked.sessionCookie;
      await revoked.request('mutation { signOut }');
      const afterSignOut = new LiveTestSubscription<{ iepActivity: Activity }>(apiA.url, cookie, ACTIVITY, { iepId: MAYA_DRAFT });
      subscriptions.push(afterSignOut as LiveTestSubscription);
      expect(code(await afterSignOut.next())).toBe('UNAUTHENTICATED');

      const expired = await signedIn(apiA, DEMO_USERS.slp.email);
      await apiA.db.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`,
        [DEMO_USERS.slp.id],
      );
      expect(code(await subscribe(apiA, expired).next())).toBe('UNAUTHENTICATED');
    });

    it('refuses a WebSocket opened by another site with the victim’s cookie', async () => {
      const parent = await signedIn(apiA, DEMO_USERS.parent.email);
      const subscription = subscribe(apiA, parent, MAYA_DRAFT, { origin: 'https://evil.example' });
      expect(code(await subscription.next())).toBe('CLOSED_4403');
    });
  });

  describe('a stream ends with the right to it', () => {
    it('ends when the session is signed out elsewhere', async () => {
      const teacher = await signedIn(apiA, DEMO_USERS.teacher.email);
      const subscription = subscribe(apiA, teacher);
      await live(subscription, apiB);
      await teacher.request('mutation { signOut }');
      const slp = await signedIn(apiB, DEMO_USERS.slp.email);
      await slp.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: null, editing: false } });
      const ended = await subscription.next((message) => code(message) !== undefined);
      expect(code(ended)).toBe('UNAUTHENTICATED');
      await subscription.waitForEnd();
      await slp.request(LEAVE, { iepId: MAYA_DRAFT });
    });

    it('ends when the session expires', async () => {
      const slp = await signedIn(apiA, DEMO_USERS.slp.email);
      const subscription = subscribe(apiA, slp);
      await live(subscription, apiB);
      await apiA.db.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`,
        [DEMO_USERS.slp.id],
      );
      await apiB.app.get(IepLiveService).publish({ iepId: MAYA_DRAFT, kind: 'IEP_UPDATED', subjectId: null, actorId: null, at: new Date().toISOString() });
      const ended = await subscription.next((message) => code(message) !== undefined);
      expect(code(ended)).toBe('UNAUTHENTICATED');
      await subscription.waitForEnd();
    });

    it('ends when a guest is taken off the team', async () => {
      const guest = await signedIn(apiA, DEMO_USERS.guest.email);
      const subscription = subscribe(apiA, guest);
      await live(subscription, apiB);
      const caseManager = await signedIn(apiB, DEMO_USERS.caseManager.email);
      const removed = await caseManager.request(`mutation($iepId: ID!, $userId: ID!) { removeTeamMember(iepId: $iepId, userId: $userId) }`, {
        iepId: MAYA_DRAFT, userId: DEMO_USERS.guest.id,
      });
      expect(removed.errors).toBeUndefined();
      await caseManager.request(REPORT, { input: { iepId: MAYA_DRAFT, partId: null, editing: false } });
      const ended = await subscription.next((message) => code(message) !== undefined);
      expect(code(ended)).toBe('NOT_FOUND');
      await subscription.waitForEnd();
    });

    // Access follows the IEP: the teacher is on the team of Maya's plan in force and of her draft; taken off
    // the draft's team, they lose the draft at once (its stream with no other event), and keep the plan.
    it("ends when a teacher is taken off one IEP's team, whatever other IEPs of the student they are on", async () => {
      const teacher = await signedIn(apiA, DEMO_USERS.teacher.email);
      const subscription = subscribe(apiA, teacher);
      await live(subscription, apiB);
      const caseManager = await signedIn(apiB, DEMO_USERS.caseManager.email);
      const removed = await caseManager.request(`mutation($iepId: ID!, $userId: ID!) { removeTeamMember(iepId: $iepId, userId: $userId) }`, {
        iepId: MAYA_DRAFT, userId: DEMO_USERS.teacher.id,
      });
      expect(removed.errors).toBeUndefined();
      const ended = await subscription.next((message) => code(message) !== undefined);
      expect(code(ended)).toBe('NOT_FOUND');
      await subscription.waitForEnd();

      const READ = `query($id: ID!) { iep(id: $id) { id } }`;
      expect(code(await teacher.request(READ, { id: MAYA_DRAFT }))).toBe('NOT_FOUND');
      expect((await teacher.request(READ, { id: MAYA_ACTIVE })).errors).toBeUndefined();
      // Their parts of the draft went back to the case manager.
      const [{ assigned }] = await apiA.db.query(`SELECT count(*)::int AS assigned FROM iep_parts WHERE iep_id = $1 AND assignee_id = $2`, [MAYA_DRAFT, DEMO_USERS.teacher.id]);
      expect(assigned).toBe(0);
      const again = subscribe(apiA, teacher);
      expect(code(await again.next((message) => code(message) !== undefined))).toBe('NOT_FOUND');
    });
  });
});
