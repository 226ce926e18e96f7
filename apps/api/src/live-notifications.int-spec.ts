import type { TestApi } from '@iep/api/testing';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, LiveTestSubscription, startTestApi, type GraphQLResponse } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/**
 * The bell hears of a new notification at commit, over graphql-ws, whichever API process (or the worker)
 * wrote it: two API processes share one database, the subscriber on one and the writer on the other.
 */

const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const EVENTS = `subscription { myNotificationEvents { at } }`;
const PARTS = `query($id: ID!) { iep(id: $id) { parts { id kind } } }`;
const START_THREAD = `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`;
const UNREAD = `query { notifications(first: 5, unreadOnly: true) { kind title } unreadNotificationCount }`;

type EventMessage = GraphQLResponse<{ myNotificationEvents: { at: string } }>;

describe('live notifications: the bell hears of a new notification at commit (graphql-ws, PostgreSQL NOTIFY)', () => {
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
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  function subscribe(api: TestApi, client: GraphQLTestClient | null) {
    const subscription = new LiveTestSubscription<{ myNotificationEvents: { at: string } }>(api.url, client?.sessionCookie ?? null, EVENTS);
    subscriptions.push(subscription as LiveTestSubscription);
    return subscription;
  }

  /**
   * A notification written straight into the table, as the worker's reminders write theirs, stamped with
   * a time of its own so that its event can be told from any other.
   */
  let stamp = Date.UTC(2001, 0, 1);
  async function probe(userId: string): Promise<string> {
    const at = new Date((stamp += 1_000)).toISOString();
    await apiA.db.query(`INSERT INTO notifications (user_id, kind, title, body, created_at) VALUES ($1, 'PROBE', 'Probe', '', $2)`, [userId, at]);
    return at;
  }
  const eventAt = (at: string) => (message: EventMessage) => message.data?.myNotificationEvents.at === at;

  /**
   * Waits until the subscription hears events (graphql-ws has no "subscribed" acknowledgement): probes
   * until one is heard, then once more, and answers how many messages had arrived with that last probe's.
   * NOTIFY keeps commit order, so nothing written before it can arrive after it.
   */
  async function live(subscription: LiveTestSubscription<{ myNotificationEvents: { at: string } }>, userId: string): Promise<number> {
    const inFlight: Array<Promise<string>> = [probe(userId)];
    const timer = setInterval(() => inFlight.push(probe(userId)), 200);
    try {
      await subscription.next((message: EventMessage) => !!message.data?.myNotificationEvents);
    } finally {
      clearInterval(timer);
    }
    await Promise.all(inFlight);
    const last = await probe(userId);
    await subscription.next(eventAt(last));
    return subscription.messages.findIndex(eventAt(last)) + 1;
  }

  it('tells the person mentioned, on another API process, within seconds; the others hear nothing', async () => {
    const slp = await signedIn(apiA, DEMO_USERS.slp.email);
    const teacher = await signedIn(apiA, DEMO_USERS.teacher.email);
    const caseManager = await signedIn(apiB, DEMO_USERS.caseManager.email);
    const slpEvents = subscribe(apiA, slp);
    const teacherEvents = subscribe(apiA, teacher);
    const slpMark = await live(slpEvents, DEMO_USERS.slp.id);
    const teacherMark = await live(teacherEvents, DEMO_USERS.teacher.id);

    const parts = await caseManager.request<{ iep: { parts: Array<{ id: string; kind: string }> } }>(PARTS, { id: MAYA_DRAFT });
    const goal = parts.data!.iep.parts.find((part) => part.kind === 'GOAL')!;
    const started = Date.now();
    const thread = await caseManager.request(START_THREAD, {
      input: { iepId: MAYA_DRAFT, partId: goal.id, body: 'Could you confirm the articulation data?', mentionIds: [DEMO_USERS.slp.id] },
    });
    expect(thread.errors).toBeUndefined();

    const heard = await slpEvents.next((message) => !!message.data?.myNotificationEvents, 5_000, slpMark);
    expect(heard.errors).toBeUndefined();
    // Stamped with the mention's own time, not a probe's.
    expect(Date.parse(heard.data!.myNotificationEvents.at)).toBeGreaterThan(started - 60_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    // What the event stands for is there to read: the mention, unread.
    const unread = await slp.request<{ notifications: Array<{ kind: string; title: string }>; unreadNotificationCount: number }>(UNREAD);
    expect(unread.data!.notifications[0]).toEqual({ kind: 'IEP_COMMENT_MENTION', title: `${DEMO_USERS.caseManager.displayName} mentioned you in a comment` });

    // NOTIFY keeps commit order: a probe for the teacher after the mention is the first thing the teacher hears.
    const after = await probe(DEMO_USERS.teacher.id);
    await teacherEvents.next(eventAt(after), 5_000, teacherMark);
    expect(teacherEvents.messages.slice(teacherMark).map((message) => message.data?.myNotificationEvents.at)).toEqual([after]);
    expect(slpEvents.ended || teacherEvents.ended).toBe(false);
  });

  it('says nothing of a notification whose transaction rolled back', async () => {
    const slp = await signedIn(apiA, DEMO_USERS.slp.email);
    const events = subscribe(apiA, slp);
    const mark = await live(events, DEMO_USERS.slp.id);
    const runner = apiA.db.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'ROLLED_BACK', 'Never', '')`, [DEMO_USERS.slp.id]);
    await runner.rollbackTransaction();
    await runner.release();
    const after = await probe(DEMO_USERS.slp.id);
    await events.next(eventAt(after), 5_000, mark);
    expect(events.messages.slice(mark).map((message) => message.data?.myNotificationEvents.at)).toEqual([after]);
  });

  it('refuses a caller who is not signed in, and ends the stream when the session ends', async () => {
    const anonymous = subscribe(apiA, null);
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const parent = await signedIn(apiA, DEMO_USERS.parent.email);
    const events = subscribe(apiA, parent);
    await live(events, DEMO_USERS.parent.id);
    expect((await parent.request(`mutation { signOut }`)).errors).toBeUndefined();
    await probe(DEMO_USERS.parent.id);
    const ended = await events.next((message: EventMessage) => !!message.errors, 5_000);
    expect(ended.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    await events.waitForEnd();
  });
});
