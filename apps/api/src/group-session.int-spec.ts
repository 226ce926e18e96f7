import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_SPEECH_SERVICE_ID, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const SERVICES = `query { myGroupSessionServices { serviceId iepId studentName category description startDate endDate
  goals { id area measureKind scaleMin scaleMax wholeNumbers viewerCanRecord } } }`;
const RECORD_GROUP = `mutation($input: RecordGroupSessionInput!) { recordGroupSession(input: $input) {
  replayed dataPoints sessions { id serviceId date minutes groupSize location status goalIds idempotencyKey providerId } } }`;

interface Goal { id: string; area: string; measureKind: string | null; scaleMin: number | null; scaleMax: number | null; viewerCanRecord: boolean }
interface GroupService { serviceId: string; iepId: string; studentName: string; category: string; startDate: string | null; goals: Goal[] }
interface Recorded { replayed: boolean; dataPoints: number; sessions: Array<{ id: string; serviceId: string; minutes: number; groupSize: number; status: string; idempotencyKey: string; location: string }> }

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const extensions = (result: GraphQLResponse) => result.errors?.[0]?.extensions ?? {};

describe('group session: several students in one entry, all or nothing, sent again without doubling (real PostgreSQL)', () => {
  let api: TestApi;
  let cedar: GraphQLTestClient;
  let slp: GraphQLTestClient;
  let stranger: GraphQLTestClient;
  let parent: GraphQLTestClient;
  let group: GroupService[];

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }
  const count = async (table: 'service_sessions' | 'goal_data_points' | 'service_session_revisions'): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const audits = async (event: string): Promise<number> => (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event = $1`, [event]))[0].n;
  const denials = async (): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = 'recordGroupSession'`))[0].n;
  /** Three students of one service type, one absent, a data point on each present student's measured goal. */
  interface Entry {
    serviceId: string; idempotencyKey: string; status: string | null; minutes: number | null; note: string; goalIds: string[];
    dataPoints: Array<{ goalId: string; value: number; idempotencyKey: string }>;
  }
  const groupInput = (overrides: Record<string, unknown> = {}) => ({
    date: '2026-11-18', minutes: 40, groupSize: 3, location: 'Learning center', status: 'DELIVERED',
    entries: group.map((service, index): Entry => {
      const measured = service.goals.find((goal) => goal.viewerCanRecord);
      const absent = index === 1;
      return {
        serviceId: service.serviceId, idempotencyKey: randomUUID(), status: absent ? 'STUDENT_ABSENT' : null, minutes: null, note: '',
        goalIds: measured && !absent ? [measured.id] : [],
        dataPoints: measured && !absent ? [{ goalId: measured.id, value: measured.scaleMin ?? 0, idempotencyKey: randomUUID() }] : [],
      };
    }),
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [cedar, slp, stranger, parent] = await Promise.all([
      signedIn(DEMO_USERS.caseManager2.email), signedIn(DEMO_USERS.slp.email), signedIn(OTHER_DISTRICT.users.caseManager.email), signedIn(DEMO_USERS.parent.email),
    ]);
    const result = await cedar.request<{ myGroupSessionServices: GroupService[] }>(SERVICES);
    expect(result.errors).toBeUndefined();
    // The case manager's students who receive special education of their own kind, whose services ran on 18 November.
    group = result.data!.myGroupSessionServices
      .filter((service) => service.category === 'SPECIAL_EDUCATION' && service.startDate! <= '2026-11-18')
      .filter((service, index, all) => all.findIndex((other) => other.iepId === service.iepId) === index)
      .slice(0, 3);
  });
  afterAll(() => api.close());

  it("lists the caller's caseload services of IEPs in force, with the goals they may measure", async () => {
    expect(group).toHaveLength(3);
    expect(new Set(group.map((service) => service.studentName)).size).toBe(3);
    expect(group.some((service) => service.goals.some((goal) => goal.viewerCanRecord && goal.scaleMax !== null))).toBe(true);
    const speech = await slp.request<{ myGroupSessionServices: GroupService[] }>(SERVICES);
    expect(speech.data!.myGroupSessionServices.map((service) => service.serviceId)).toEqual([DEMO_SPEECH_SERVICE_ID]);
    expect(code(await parent.request(SERVICES))).toBe('FORBIDDEN');
  });

  it('records three sessions and their data points in one request; the same group sent again writes nothing', async () => {
    const [sessions, points, revisions] = [await count('service_sessions'), await count('goal_data_points'), await count('service_session_revisions')];
    const input = groupInput();
    const pointsSent = input.entries.reduce((total, entry) => total + entry.dataPoints.length, 0);
    expect(pointsSent).toBeGreaterThan(0);
    const first = await cedar.request<{ recordGroupSession: Recorded }>(RECORD_GROUP, { input });
    expect(first.errors).toBeUndefined();
    const recorded = first.data!.recordGroupSession;
    expect(recorded).toMatchObject({ replayed: false, dataPoints: pointsSent });
    expect(recorded.sessions.map((s) => [s.serviceId, s.status, s.minutes, s.groupSize, s.location])).toEqual(
      group.map((service, index) => [service.serviceId, index === 1 ? 'STUDENT_ABSENT' : 'DELIVERED', 40, 3, 'Learning center']),
    );
    expect(await count('service_sessions')).toBe(sessions + 3);
    expect(await count('service_session_revisions')).toBe(revisions + 3);
    expect(await count('goal_data_points')).toBe(points + pointsSent);
    const stored = await api.db.query(
      `SELECT to_char(observed_on, 'YYYY-MM-DD') AS day, setting FROM goal_data_points WHERE recorded_by_id = $1 AND idempotency_key = $2`,
      [DEMO_USERS.caseManager2.id, input.entries.find((entry) => entry.dataPoints.length > 0)!.dataPoints[0].idempotencyKey],
    );
    expect(stored).toEqual([{ day: '2026-11-18', setting: 'Learning center' }]);

    const recordedAudits = await audits('SERVICE_SESSION_RECORDED');
    const again = await cedar.request<{ recordGroupSession: Recorded }>(RECORD_GROUP, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordGroupSession.replayed).toBe(true);
    expect(again.data!.recordGroupSession.sessions.map((s) => s.id)).toEqual(recorded.sessions.map((s) => s.id));
    expect(await count('service_sessions')).toBe(sessions + 3);
    expect(await count('goal_data_points')).toBe(points + pointsSent);
    expect(await audits('SERVICE_SESSION_RECORDED')).toBe(recordedAudits);

    // Two sends of one group at the same moment (two tabs flushing): one writes, the other reads it.
    const racing = groupInput({ date: '2026-11-19' });
    const [a, b] = await Promise.all([cedar.request<{ recordGroupSession: Recorded }>(RECORD_GROUP, { input: racing }), cedar.request<{ recordGroupSession: Recorded }>(RECORD_GROUP, { input: racing })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.recordGroupSession.sessions.map((s) => s.id)).toEqual(b.data!.recordGroupSession.sessions.map((s) => s.id));
    expect(await count('service_sessions')).toBe(sessions + 6);
  });

  it('refuses a group with one invalid student wholly, naming the student and the field', async () => {
    const [sessions, points] = [await count('service_sessions'), await count('goal_data_points')];
    const input = groupInput();
    input.entries[2] = { ...input.entries[2], minutes: 600 };
    const refused = await cedar.request(RECORD_GROUP, { input });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(extensions(refused)).toMatchObject({ entry: 2, serviceId: group[2].serviceId, field: 'minutes', reason: 'MINUTES_RANGE' });
    expect(refused.errors![0].message).toContain(group[2].studentName);

    // A value off the goal's scale on the last student: the first two are not written either.
    const offScale = groupInput();
    const last = offScale.entries.findLastIndex((entry) => entry.dataPoints.length > 0);
    const goal = group[last].goals.find((g) => g.viewerCanRecord)!;
    offScale.entries[last] = { ...offScale.entries[last], dataPoints: [{ goalId: goal.id, value: goal.scaleMax! + 1, idempotencyKey: randomUUID() }] };
    const off = await cedar.request(RECORD_GROUP, { input: offScale });
    expect(code(off)).toBe('BAD_USER_INPUT');
    expect(extensions(off)).toMatchObject({ entry: last, field: 'dataPoints', reason: 'OFF_SCALE' });

    // A data point for the absent student.
    const absentData = groupInput();
    absentData.entries[1] = { ...absentData.entries[1], dataPoints: [{ goalId: goal.id, value: 1, idempotencyKey: randomUUID() }] };
    expect(extensions(await cedar.request(RECORD_GROUP, { input: absentData }))).toMatchObject({ entry: 1, reason: 'DATA_WITHOUT_SESSION' });

    // A data point key already used, on the last measured student: refused inside the transaction after the
    // sessions before it were written, which are undone with it.
    const [usedPoint] = await api.db.query(`SELECT idempotency_key AS key FROM goal_data_points WHERE recorded_by_id = $1 LIMIT 1`, [DEMO_USERS.caseManager2.id]);
    const reusedPoint = groupInput();
    reusedPoint.entries[last] = { ...reusedPoint.entries[last], dataPoints: [{ goalId: goal.id, value: goal.scaleMin ?? 0, idempotencyKey: usedPoint.key }] };
    const late = await cedar.request(RECORD_GROUP, { input: reusedPoint });
    expect(code(late)).toBe('CONFLICT');
    expect(extensions(late)).toMatchObject({ entry: last, field: 'dataPoints', reason: 'IDEMPOTENCY_KEY_REUSED' });

    // A key that already names another session, on the third student.
    const [used] = await api.db.query(`SELECT idempotency_key AS key FROM service_sessions WHERE provider_id = $1 LIMIT 1`, [DEMO_USERS.caseManager2.id]);
    const reused = groupInput();
    reused.entries[2] = { ...reused.entries[2], idempotencyKey: used.key };
    const conflicted = await cedar.request(RECORD_GROUP, { input: reused });
    expect(code(conflicted)).toBe('CONFLICT');
    expect(extensions(conflicted)).toMatchObject({ entry: 2, reason: 'IDEMPOTENCY_KEY_REUSED' });

    // The group size cannot be smaller than the students entered.
    expect(extensions(await cedar.request(RECORD_GROUP, { input: groupInput({ groupSize: 2 }) }))).toMatchObject({ entry: null, reason: 'GROUP_SMALLER_THAN_ENTRIES' });

    expect(await count('service_sessions')).toBe(sessions);
    expect(await count('goal_data_points')).toBe(points);
  });

  it("refuses a student whose IEP the caller may not log on, and one they cannot see, auditing the denial", async () => {
    const sessions = await count('service_sessions');
    const input = groupInput();
    input.entries[1] = { ...input.entries[1], serviceId: DEMO_SPEECH_SERVICE_ID };
    let before = await denials();
    const notTheirs = await cedar.request(RECORD_GROUP, { input });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code(notTheirs));
    expect(extensions(notTheirs)).toMatchObject({ entry: 1 });
    expect(await denials()).toBe(before + 1);

    before = await denials();
    const outsider = await stranger.request(RECORD_GROUP, { input: groupInput() });
    expect(code(outsider)).toBe('NOT_FOUND');
    expect(extensions(outsider)).toMatchObject({ entry: 0 });
    expect(await denials()).toBe(before + 1);
    expect(code(await parent.request(RECORD_GROUP, { input: groupInput() }))).toBe('FORBIDDEN');
    expect(await count('service_sessions')).toBe(sessions);
  });
});
