import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_USERS, demoPartId, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const SOFIA_ACTIVE = '00000000-0000-4000-8000-000000000405';
const SOFIA_SERVICE = demoPartId(SOFIA_ACTIVE, 200);

const COMPENSATORY = 'owed planned delivered plans { id date minutes note plannedByName fulfilledBySessionId }';
const PLAN = `mutation($input: PlanCompensatoryMinutesInput!) { planCompensatoryMinutes(input: $input) { ${COMPENSATORY} } }`;
const RECORD = `mutation($input: RecordServiceSessionInput!) { recordServiceSession(input: $input) { id } }`;
const DELIVERY = `query($iepId: ID!) { iepServiceDelivery(iepId: $iepId) { serviceId compensatoryBalance compensatory { ${COMPENSATORY} } } }`;

interface Compensatory {
  owed: number; planned: number; delivered: number;
  plans: Array<{ id: string; date: string; minutes: number; note: string; plannedByName: string; fulfilledBySessionId: string | null }>;
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const reason = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.reason;

/**
 * Today is the machine's date (the demo's 2026–27 school year): plans are made for school days from today
 * on, inside Sofía's academic support service (2026-03-09 to 2027-03-01).
 */
describe('compensatory minutes planned as make-up sessions (real PostgreSQL)', () => {
  let api: TestApi;
  let cedar: GraphQLTestClient;
  let parentEs: GraphQLTestClient;
  let stranger: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let today: string;
  let schoolDays: string[];

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }
  const plans = async (): Promise<number> => (await api.db.query(`SELECT count(*)::int AS n FROM compensatory_plans`))[0].n;
  const sofia = async (client: GraphQLTestClient): Promise<Compensatory> => {
    const result = await client.request<{ iepServiceDelivery: Array<{ serviceId: string; compensatory: Compensatory }> }>(DELIVERY, { iepId: SOFIA_ACTIVE });
    expect(result.errors).toBeUndefined();
    return result.data!.iepServiceDelivery.find((s) => s.serviceId === SOFIA_SERVICE)!.compensatory;
  };
  const plan = (client: GraphQLTestClient, sessions: Array<{ date: string; minutes: number }>, note = '') =>
    client.request<{ planCompensatoryMinutes: Compensatory }>(PLAN, { input: { serviceId: SOFIA_SERVICE, sessions, note } });

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [cedar, parentEs, stranger, teacher] = await Promise.all([
      signedIn(DEMO_USERS.caseManager2.email), signedIn(DEMO_USERS.parentEs.email), signedIn(OTHER_DISTRICT.users.caseManager.email),
      signedIn(DEMO_USERS.teacher.email),
    ]);
    [{ today }] = await api.db.query(`SELECT to_char((now() AT TIME ZONE d.time_zone)::date, 'YYYY-MM-DD') AS today FROM districts d WHERE d.id = (SELECT district_id FROM students WHERE id = (SELECT student_id FROM ieps WHERE id = $1))`, [SOFIA_ACTIVE]);
    // The weekdays of the coming weeks (the first half of December holds school every weekday).
    const rows: Array<{ day: string }> = await api.db.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day FROM generate_series($1::date, $1::date + 30, '1 day') d WHERE extract(isodow FROM d) < 6 ORDER BY d`, [today]);
    schoolDays = rows.map((row) => row.day);
    // The provider missed one 50-minute session: the school owes 50 minutes.
    const missed = await cedar.request(RECORD, {
      input: { serviceId: SOFIA_SERVICE, idempotencyKey: randomUUID(), date: today, minutes: 50, groupSize: 1, status: 'PROVIDER_ABSENT', location: '', goalIds: [], note: '' },
    });
    expect(missed.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('refuses a plan that promises more than is owed, a day without school, outside the service or in the past, writing nothing', async () => {
    expect(await sofia(cedar)).toMatchObject({ owed: 50, planned: 0, delivered: 0, plans: [] });
    const before = await plans();
    expect(reason(await plan(cedar, [{ date: schoolDays[1], minutes: 30 }, { date: schoolDays[2], minutes: 30 }]))).toBe('MORE_THAN_OWED');
    const saturday = (await api.db.query(`SELECT to_char(d, 'YYYY-MM-DD') AS day FROM generate_series($1::date, $1::date + 7, '1 day') d WHERE extract(isodow FROM d) = 6`, [today]))[0].day;
    const weekend = await plan(cedar, [{ date: saturday, minutes: 30 }]);
    expect(code(weekend)).toBe('BAD_USER_INPUT');
    expect(weekend.errors![0].extensions).toMatchObject({ reason: 'NOT_A_SCHOOL_DAY', field: 'date', index: 0 });
    expect(reason(await plan(cedar, [{ date: '2027-03-02', minutes: 30 }]))).toBe('OUTSIDE_SERVICE');
    expect(reason(await plan(cedar, [{ date: '2026-03-10', minutes: 30 }]))).toBe('IN_THE_PAST');
    expect(reason(await plan(cedar, [{ date: schoolDays[1], minutes: 600 }]))).toBe('MINUTES_RANGE');
    expect(await plans()).toBe(before);
  });

  it('plans make-up sessions, audited; the family reads owed, planned and made up', async () => {
    const planned = await plan(cedar, [{ date: schoolDays[1], minutes: 30 }], ' After school ');
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planCompensatoryMinutes).toMatchObject({
      owed: 50, planned: 30, delivered: 0,
      plans: [{ date: schoolDays[1], minutes: 30, note: 'After school', plannedByName: 'Tomás Herrera', fulfilledBySessionId: null }],
    });
    const [audit] = await api.db.query(`SELECT iep_id, data FROM audit_events WHERE event = 'COMPENSATORY_MINUTES_PLANNED'`);
    expect(audit).toMatchObject({ iep_id: SOFIA_ACTIVE, data: { serviceId: SOFIA_SERVICE, minutes: 30, owed: 50 } });
    expect(await sofia(parentEs)).toMatchObject({ owed: 50, planned: 30, delivered: 0 });
    // 20 are left to plan.
    expect(reason(await plan(cedar, [{ date: schoolDays[2], minutes: 21 }]))).toBe('MORE_THAN_OWED');
  });

  it('a make-up session fulfils the plan: owed and planned go down, made up goes up', async () => {
    const makeUp = await cedar.request<{ recordServiceSession: { id: string } }>(RECORD, {
      input: { serviceId: SOFIA_SERVICE, idempotencyKey: randomUUID(), date: today, minutes: 30, groupSize: 1, status: 'MAKE_UP', location: '', goalIds: [], note: '' },
    });
    expect(makeUp.errors).toBeUndefined();
    const after = await sofia(parentEs);
    expect(after).toMatchObject({ owed: 20, planned: 0, delivered: 30 });
    expect(after.plans[0].fulfilledBySessionId).toBe(makeUp.data!.recordServiceSession.id);
  });

  it('lets two plans made at once promise no more than is owed between them', async () => {
    const [a, b] = await Promise.all([plan(cedar, [{ date: schoolDays[2], minutes: 20 }]), plan(cedar, [{ date: schoolDays[3], minutes: 20 }])]);
    expect([a, b].filter((r) => !r.errors)).toHaveLength(1);
    expect([a, b].map(reason).filter(Boolean)).toEqual(['MORE_THAN_OWED']);
    expect(await sofia(cedar)).toMatchObject({ owed: 20, planned: 20 });
  });

  it("shows the district's drill-down each listed service's minutes owed and planned", async () => {
    const rep = await signedIn(DEMO_USERS.districtRep.email);
    const result = await rep.request<{ serviceDeliveryDashboard: { rows: Array<{ serviceId: string; compensatoryBalance: number; compensatoryPlanned: number }> } }>(
      '{ serviceDeliveryDashboard { rows { serviceId compensatoryBalance compensatoryPlanned } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.serviceDeliveryDashboard.rows.find((row) => row.serviceId === SOFIA_SERVICE)).toEqual({
      serviceId: SOFIA_SERVICE, compensatoryBalance: 20, compensatoryPlanned: 20,
    });
  });

  it('refuses the family, a teacher not on the IEP and another district, auditing each denial', async () => {
    const before = await plans();
    const denials = async (): Promise<number> =>
      (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = 'planCompensatoryMinutes'`))[0].n;
    const denied = await denials();
    expect(code(await plan(parentEs, [{ date: schoolDays[4], minutes: 1 }]))).toBe('FORBIDDEN');
    expect(code(await plan(stranger, [{ date: schoolDays[4], minutes: 1 }]))).toBe('NOT_FOUND');
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code(await plan(teacher, [{ date: schoolDays[4], minutes: 1 }])));
    expect(await denials()).toBeGreaterThanOrEqual(denied + 2);
    expect(await plans()).toBe(before);
  });
});
