import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_SERVICE_SESSIONS, DEMO_STUDENTS, DEMO_SPEECH_SERVICE_ID, DEMO_USERS, demoPartId, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const READING_SERVICE = demoPartId(MAYA_ACTIVE, 200);
const SPEECH_GOAL = demoPartId(MAYA_ACTIVE, 101);
const READING_GOAL = demoPartId(MAYA_ACTIVE, 100);
const SOFIA_SERVICE = demoPartId(iep('405'), 200);
const MAYA_DRAFT_SPEECH = demoPartId(iep('402'), 201);

const SESSION_FIELDS = 'id serviceId date minutes groupSize location goalIds status note providerId providerName version idempotencyKey';
const TALLY = 'required delivered excused missedBySchool madeUp';
const DELIVERY = `query($iepId: ID!) { iepServiceDelivery(iepId: $iepId) {
  serviceId description providerId providerName viewerCanRecord requiredIsEstimate underDelivered compensatoryBalance
  toDate { ${TALLY} } lastFourWeeks { ${TALLY} } weeks { weekStart schoolDays ${TALLY} } sessions { ${SESSION_FIELDS} } } }`;
const RECORD = `mutation($input: RecordServiceSessionInput!) { recordServiceSession(input: $input) { ${SESSION_FIELDS} } }`;
const CORRECT = `mutation($input: CorrectServiceSessionInput!) { correctServiceSession(input: $input) { ${SESSION_FIELDS} } }`;
const HISTORY = `query($id: ID!) { serviceSessionHistory(sessionId: $id) { version change authorName date minutes status } }`;

interface Tally { required: number; delivered: number; excused: number; missedBySchool: number; madeUp: number }
interface Session { id: string; serviceId: string; date: string; minutes: number; version: number; status: string; goalIds: string[]; providerId: string }
interface Delivery {
  serviceId: string; providerId: string | null; viewerCanRecord: boolean; requiredIsEstimate: boolean; underDelivered: boolean; compensatoryBalance: number;
  toDate: Tally; lastFourWeeks: Tally; weeks: Array<Tally & { weekStart: string; schoolDays: number }>; sessions: Session[];
}

const DEMO_SERVICE_SESSIONS_STUDENT = DEMO_STUDENTS.maya.id;
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const reason = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.reason;

describe('service delivery: sessions, required against delivered, compensatory minutes (real PostgreSQL)', () => {
  let api: TestApi;
  let slp: GraphQLTestClient;
  let caseManager: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let parent: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let stranger: GraphQLTestClient;
  let sofiaCaseManager: GraphQLTestClient;

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }
  const sessionCount = async (): Promise<number> => (await api.db.query(`SELECT count(*)::int AS n FROM service_sessions`))[0].n;
  const denials = async (operation: string): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = $1`, [operation]))[0].n;
  const speechOf = async (client: GraphQLTestClient): Promise<Delivery> => {
    const result = await client.request<{ iepServiceDelivery: Delivery[] }>(DELIVERY, { iepId: MAYA_ACTIVE });
    expect(result.errors).toBeUndefined();
    return result.data!.iepServiceDelivery.find((s) => s.serviceId === DEMO_SPEECH_SERVICE_ID)!;
  };
  const session = (input: Record<string, unknown> = {}) => ({
    serviceId: DEMO_SPEECH_SERVICE_ID, idempotencyKey: randomUUID(), date: '2026-11-18', minutes: 30, groupSize: 3,
    location: 'Speech room', goalIds: [SPEECH_GOAL], status: 'DELIVERED', note: '', ...input,
  });

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [slp, caseManager, teacher, parent, admin, stranger, sofiaCaseManager] = await Promise.all([
      signedIn(DEMO_USERS.slp.email), signedIn(DEMO_USERS.caseManager.email), signedIn(DEMO_USERS.teacher.email), signedIn(DEMO_USERS.parent.email),
      signedIn(DEMO_USERS.admin.email), signedIn(OTHER_DISTRICT.users.caseManager.email), signedIn(DEMO_USERS.caseManager2.email),
    ]);
  });
  afterAll(() => api.close());

  it('counts the seeded November against the school calendar: required pro rata by school days, the missed session owed', async () => {
    const speech = await speechOf(slp);
    expect(speech).toMatchObject({ providerId: DEMO_USERS.slp.id, viewerCanRecord: true, requiredIsEstimate: false, compensatoryBalance: 30 });
    expect(speech.sessions.map((s) => s.id).sort()).toEqual(DEMO_SERVICE_SESSIONS.map((s) => s.id).sort());
    // The service ends on Tuesday 1 December: its last four school weeks are 9 Nov (Veterans Day: 4 days, 24 min),
    // 16 Nov (30), 23 Nov (Thanksgiving: 2 days, 12) and 30 Nov–1 Dec (2 days, 12).
    expect(speech.lastFourWeeks).toEqual({ required: 78, delivered: 20, excused: 30, missedBySchool: 30, madeUp: 0 });
    expect(speech.underDelivered).toBe(true);
    expect(speech.weeks[0]).toEqual({ weekStart: '2026-11-30', schoolDays: 2, required: 12, delivered: 0, excused: 30, missedBySchool: 0, madeUp: 0 });
    // Winter break of 2025–26 owes nothing.
    expect(speech.weeks.find((w) => w.weekStart === '2025-12-22')).toMatchObject({ schoolDays: 0, required: 0 });
    expect(speech.toDate).toMatchObject({ delivered: 50, missedBySchool: 30, excused: 30 });
    expect(speech.toDate.required).toBeGreaterThan(1000);

    const [audit] = await api.db.query(
      `SELECT iep_id, student_id, data FROM audit_events WHERE event = 'SERVICE_DELIVERY_VIEWED' AND actor_id = $1`, [DEMO_USERS.slp.id]);
    expect(audit).toMatchObject({ iep_id: MAYA_ACTIVE, data: { serviceIds: expect.arrayContaining([DEMO_SPEECH_SERVICE_ID]) } });
  });

  it('lets the provider log only their own service, the case manager every one; the family and the district read', async () => {
    const all = await caseManager.request<{ iepServiceDelivery: Delivery[] }>(DELIVERY, { iepId: MAYA_ACTIVE });
    expect(all.data!.iepServiceDelivery.map((s) => s.viewerCanRecord)).toEqual([true, true, true]);
    const bySlp = await slp.request<{ iepServiceDelivery: Delivery[] }>(DELIVERY, { iepId: MAYA_ACTIVE });
    expect(bySlp.data!.iepServiceDelivery.map((s) => s.viewerCanRecord)).toEqual([false, true, false]);
    expect((await speechOf(parent))).toMatchObject({ viewerCanRecord: false, compensatoryBalance: 30 });
    expect((await speechOf(admin)).viewerCanRecord).toBe(false);

    const before = await denials('iepServiceDelivery');
    const refused = await stranger.request(DELIVERY, { iepId: MAYA_ACTIVE });
    expect(code(refused)).toBe('NOT_FOUND');
    expect(await denials('iepServiceDelivery')).toBe(before + 1);
  });

  it('records a session once, however often the device sends it, with its first revision and audit row', async () => {
    const input = session({ date: '2026-11-19', minutes: 25 });
    const first = await slp.request<{ recordServiceSession: Session }>(RECORD, { input });
    expect(first.errors).toBeUndefined();
    const recorded = first.data!.recordServiceSession;
    expect(recorded).toMatchObject({ date: '2026-11-19', minutes: 25, version: 1, providerId: DEMO_USERS.slp.id, goalIds: [SPEECH_GOAL] });

    const count = await sessionCount();
    const again = await slp.request<{ recordServiceSession: Session }>(RECORD, { input });
    expect(again.data!.recordServiceSession.id).toBe(recorded.id);
    expect(await sessionCount()).toBe(count);

    const revisions = await api.db.query(`SELECT version, change, content->>'minutes' AS minutes FROM service_session_revisions WHERE session_id = $1`, [recorded.id]);
    expect(revisions).toEqual([{ version: 1, change: 'RECORDED', minutes: '25' }]);
    const audits = await api.db.query(`SELECT iep_id, data FROM audit_events WHERE event = 'SERVICE_SESSION_RECORDED' AND data->>'sessionId' = $1`, [recorded.id]);
    expect(audits).toEqual([{ iep_id: MAYA_ACTIVE, data: { sessionId: recorded.id, serviceId: DEMO_SPEECH_SERVICE_ID, date: '2026-11-19', minutes: 25, status: 'DELIVERED' } }]);
  });

  it('refuses a key already used for another service with CONFLICT', async () => {
    const idempotencyKey = randomUUID();
    const first = await caseManager.request(RECORD, { input: session({ idempotencyKey }) });
    expect(first.errors).toBeUndefined();
    const other = await caseManager.request(RECORD, { input: session({ idempotencyKey, serviceId: READING_SERVICE, goalIds: [READING_GOAL] }) });
    expect(code(other)).toBe('CONFLICT');
  });

  it.each([
    ['before the service starts', { date: '2025-12-01' }, 'BEFORE_SERVICE_START'],
    ['after it ends', { date: '2026-12-02' }, 'AFTER_SERVICE_END'],
    ['600 minutes', { minutes: 600 }, 'MINUTES_RANGE'],
    ['a group of 13', { groupSize: 13 }, 'GROUP_SIZE_RANGE'],
    ['a group of none', { groupSize: 0 }, 'GROUP_SIZE_RANGE'],
    ['a goal the service does not support', { goalIds: [READING_GOAL] }, 'GOAL_OF_SERVICE'],
    ['a date that is not one', { date: '2026-11-31' }, 'REAL_DATE'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, change, rule) => {
    const count = await sessionCount();
    const result = await slp.request(RECORD, { input: session(change) });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(reason(result)).toBe(rule);
    expect(await sessionCount()).toBe(count);
  });

  it('refuses a session in the future', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const result = await sofiaCaseManager.request(RECORD, { input: session({ serviceId: SOFIA_SERVICE, date: tomorrow, goalIds: [] }) });
    expect(reason(result)).toBe('IN_THE_FUTURE');
  });

  it('refuses a service of a draft (not in force), a service not theirs, and strangers, auditing each denial', async () => {
    expect(reason(await caseManager.request(RECORD, { input: session({ serviceId: MAYA_DRAFT_SPEECH, goalIds: [] }) }))).toBe('IEP_NOT_IN_FORCE');

    const before = await denials('recordServiceSession');
    const notTheirs = await teacher.request(RECORD, { input: session() });
    expect(code(notTheirs)).toBe('FORBIDDEN');
    const notFound = await stranger.request(RECORD, { input: session() });
    expect(code(notFound)).toBe('NOT_FOUND');
    expect(await denials('recordServiceSession')).toBe(before + 2);
    // The family reads and never records: refused before any record is looked at.
    expect(code(await parent.request(RECORD, { input: session() }))).toBe('FORBIDDEN');
  });

  it('corrects a session over its version, keeps every version, and refuses a stale one with the current state', async () => {
    const recorded = (await slp.request<{ recordServiceSession: Session }>(RECORD, { input: session({ date: '2026-11-20' }) })).data!.recordServiceSession;
    const correction = { sessionId: recorded.id, version: 1, date: '2026-11-20', minutes: 30, groupSize: 2, location: 'Speech room', goalIds: [SPEECH_GOAL], status: 'PROVIDER_ABSENT', note: 'I was out sick.' };
    const corrected = await slp.request<{ correctServiceSession: Session }>(CORRECT, { input: correction });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctServiceSession).toMatchObject({ version: 2, status: 'PROVIDER_ABSENT' });

    const stale = await slp.request(CORRECT, { input: { ...correction, minutes: 10 } });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.current).toMatchObject({ version: 2 });

    const history = await parent.request<{ serviceSessionHistory: Array<{ version: number; change: string; status: string }> }>(HISTORY, { id: recorded.id });
    expect(history.data!.serviceSessionHistory.map((r) => [r.version, r.change, r.status])).toEqual([[2, 'CORRECTED', 'PROVIDER_ABSENT'], [1, 'RECORDED', 'DELIVERED']]);
    const [audit] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'SERVICE_SESSION_CORRECTED' AND data->>'sessionId' = $1`, [recorded.id]);
    expect(audit.data.fields.sort()).toEqual(['groupSize', 'note', 'status']);

    expect(code(await teacher.request(CORRECT, { input: { ...correction, version: 2 } }))).toBe('FORBIDDEN');
    expect(code(await stranger.request(HISTORY, { id: recorded.id }))).toBe('NOT_FOUND');
    expect(code(await slp.request(CORRECT, { input: { ...correction, version: 2, minutes: 600 } }))).toBe('BAD_USER_INPUT');
  });

  it('pays compensatory minutes back with make-up sessions; a student absence owes none', async () => {
    const before = (await speechOf(parent)).compensatoryBalance;
    await slp.request(RECORD, { input: session({ date: '2026-11-23', status: 'STUDENT_ABSENT' }) });
    expect((await speechOf(parent)).compensatoryBalance).toBe(before);
    const makeUp = await slp.request(RECORD, { input: session({ date: '2026-11-24', minutes: 20, status: 'MAKE_UP' }) });
    expect(makeUp.errors).toBeUndefined();
    expect((await speechOf(parent)).compensatoryBalance).toBe(before - 20);
  });

  const DASHBOARD = `query($filter: ServiceDeliveryFilterInput) { serviceDeliveryDashboard(filter: $filter) {
    asOf services underDelivered compensatoryOwed groups { dimension key label services underDelivered compensatoryOwed }
    rows { serviceId iepId studentName schoolName providerName category required delivered excused compensatoryBalance underDelivered } } }`;
  interface Dashboard {
    services: number; underDelivered: number; compensatoryOwed: number;
    groups: Array<{ dimension: string; key: string | null; label: string | null; services: number; underDelivered: number; compensatoryOwed: number }>;
    rows: Array<{ serviceId: string; required: number; delivered: number; excused: number; compensatoryBalance: number; underDelivered: boolean; studentName: string; providerName: string | null }>;
  }

  it("shows the district its under-delivered services and compensatory balances, agreeing with each IEP's own page", async () => {
    const districtRep = await signedIn(DEMO_USERS.districtRep.email);
    const result = await districtRep.request<{ serviceDeliveryDashboard: Dashboard }>(DASHBOARD, {});
    expect(result.errors).toBeUndefined();
    const dashboard = result.data!.serviceDeliveryDashboard;
    const speech = dashboard.rows.find((row) => row.serviceId === DEMO_SPEECH_SERVICE_ID)!;
    // The sessions logged above delivered the speech minutes; the balance the provider missed is still owed.
    expect(speech).toMatchObject({ studentName: 'Maya Carter', providerName: DEMO_USERS.slp.displayName });
    expect(speech.compensatoryBalance).toBeGreaterThan(0);
    // Two paths, one rule: the dashboard's SQL and the IEP page's domain code give the same figures.
    const page = await districtRep.request<{ iepServiceDelivery: Delivery[] }>(DELIVERY, { iepId: MAYA_ACTIVE });
    for (const service of page.data!.iepServiceDelivery) {
      const row = dashboard.rows.find((r) => r.serviceId === service.serviceId);
      expect(row).toMatchObject({
        required: service.lastFourWeeks.required, delivered: service.lastFourWeeks.delivered, excused: service.lastFourWeeks.excused,
        compensatoryBalance: service.compensatoryBalance, underDelivered: service.underDelivered,
      });
    }
    const bySlp = dashboard.groups.find((g) => g.dimension === 'PROVIDER' && g.key === DEMO_USERS.slp.id)!;
    expect(bySlp).toMatchObject({ label: DEMO_USERS.slp.displayName, services: 1, underDelivered: speech.underDelivered ? 1 : 0, compensatoryOwed: speech.compensatoryBalance });
    expect(dashboard.groups.filter((g) => g.dimension === 'SCHOOL').reduce((n, g) => n + g.services, 0)).toBe(dashboard.services);

    // Drill-down: a provider, a service type, another school.
    const drilled = await districtRep.request<{ serviceDeliveryDashboard: Dashboard }>(DASHBOARD, { filter: { providerId: DEMO_USERS.slp.id } });
    expect(drilled.data!.serviceDeliveryDashboard.rows.map((r) => r.serviceId)).toEqual([DEMO_SPEECH_SERVICE_ID]);
    const related = await districtRep.request<{ serviceDeliveryDashboard: Dashboard }>(DASHBOARD, { filter: { category: 'RELATED_SERVICE' } });
    expect(related.data!.serviceDeliveryDashboard.services).toBe(1);
    const cedar = await districtRep.request<{ serviceDeliveryDashboard: Dashboard }>(DASHBOARD, { filter: { schoolId: '00000000-0000-4000-8000-000000000102' } });
    expect(cedar.data!.serviceDeliveryDashboard.rows.map((r) => r.studentName)).not.toContain('Maya Carter');
    expect(code(await districtRep.request(DASHBOARD, { filter: { category: 'MASSAGE' } }))).toBe('BAD_USER_INPUT');

    // Another district sees none of it; a teacher has no dashboard.
    const lakeshore = await signedIn(OTHER_DISTRICT.users.admin.email);
    const theirs = await lakeshore.request<{ serviceDeliveryDashboard: Dashboard }>(DASHBOARD, {});
    expect(theirs.data!.serviceDeliveryDashboard.rows.map((r) => r.serviceId)).not.toContain(DEMO_SPEECH_SERVICE_ID);
    expect(code(await teacher.request(DASHBOARD, {}))).toBe('FORBIDDEN');
    const [audit] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'SERVICE_DELIVERY_DASHBOARD_VIEWED' AND data->>'providerId' = $1`, [DEMO_USERS.slp.id]);
    expect(audit.data).toMatchObject({ providerId: DEMO_USERS.slp.id, schoolId: null });
  });

  it('exports the session logs for Medicaid billing as CSV, to district staff only, and audits the export', async () => {
    const districtRep = await signedIn(DEMO_USERS.districtRep.email);
    const csv = await fetch(`${api.url}/exports/service-sessions.csv?from=2026-11-01&to=2026-11-30`, { headers: { cookie: districtRep.sessionCookie! } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('Student,Student ID,Provider,Provider ID,Date,Minutes,Service type,Service,Group size,Status,Session ID');
    expect(lines).toContain(`Maya Carter,${DEMO_SERVICE_SESSIONS_STUDENT},Owen Mbeki,${DEMO_USERS.slp.id},2026-11-09,30,RELATED_SERVICE,Speech-language therapy,3,PROVIDER_ABSENT,${DEMO_SERVICE_SESSIONS[1].id}`);
    expect(lines.slice(1).every((line) => line.includes(',2026-11-'))).toBe(true);
    const [audit] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'SERVICE_SESSIONS_EXPORTED' ORDER BY id DESC LIMIT 1`);
    expect(audit.data).toEqual({ districtId: expect.any(String), from: '2026-11-01', to: '2026-11-30', rows: lines.length - 1, format: 'CSV' });

    expect((await fetch(`${api.url}/exports/service-sessions.csv`, { headers: { cookie: teacher.sessionCookie! } })).status).toBe(403);
    expect((await fetch(`${api.url}/exports/service-sessions.csv?from=2026-11-31`, { headers: { cookie: districtRep.sessionCookie! } })).status).toBe(400);
  });

  it('keeps the revisions append-only, even for the application role', async () => {
    await expect(api.db.query(`UPDATE service_session_revisions SET change = 'CORRECTED'`)).rejects.toThrow(/append-only|permission denied/);
  });
});
