import { DEFAULT_DISTRICT_TIME_ZONE, wallClock } from '@iep/domain';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { denials, GraphQLTestClient, signedIn, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const RIGHTS = `query($id: ID!) { studentRights(studentId: $id) {
  studentId studentFirstName safeguardsLastReceivedOn safeguardsGivenThisYear viewerCanRecord
  safeguardsDeliveries { id recipientName occasion channel locale deliveredOn recordedByName } } }`;
const RECORD = `mutation($input: RecordSafeguardsDeliveryInput!) { recordSafeguardsDelivery(input: $input) {
  safeguardsLastReceivedOn safeguardsGivenThisYear safeguardsDeliveries { occasion channel locale deliveredOn } } }`;
const DASHBOARD = `{ complianceDashboard { familiesWithoutSafeguards { studentId studentName schoolName lastReceivedOn } } }`;

interface Rights {
  studentId: string; studentFirstName: string; safeguardsLastReceivedOn: string | null; safeguardsGivenThisYear: boolean; viewerCanRecord: boolean;
  safeguardsDeliveries: Array<{ occasion: string; channel: string; locale: string; deliveredOn: string; recipientName: string }>;
}
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('the procedural safeguards notice (34 CFR 300.504): given, recorded in the parent’s language, flagged when missing (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let sofiaCaseManager: GraphQLTestClient;
  let mayaCaseManager: GraphQLTestClient;
  let padre: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let districtRep: GraphQLTestClient;
  let stranger: GraphQLTestClient;
  const today = wallClock(new Date(), DEFAULT_DISTRICT_TIME_ZONE).date;
  const SOFIA = DEMO_STUDENTS.sofia.id;


  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [sofiaCaseManager, mayaCaseManager, padre, teacher, districtRep, stranger] = await Promise.all([
      signedIn(api, DEMO_USERS.caseManager2.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.caseManager.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.parentEs.email, DEMO_PASSWORD),
      signedIn(api, DEMO_USERS.teacher.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.districtRep.email, DEMO_PASSWORD), signedIn(api, OTHER_DISTRICT.users.parent.email, DEMO_PASSWORD),
    ]);
  });
  afterAll(() => api.close());

  it('gives the notice in the app, in the parent’s language, and the student page shows when the family last received it', async () => {
    const before = await sofiaCaseManager.request<{ studentRights: Rights }>(RIGHTS, { id: SOFIA });
    expect(before.data!.studentRights).toMatchObject({ studentFirstName: 'Sofía', safeguardsLastReceivedOn: null, safeguardsGivenThisYear: false, viewerCanRecord: true });
    const given = await sofiaCaseManager.request<{ recordSafeguardsDelivery: Rights }>(RECORD, { input: { studentId: SOFIA, occasion: 'ANNUAL', channel: 'IN_APP' } });
    expect(given.errors).toBeUndefined();
    expect(given.data!.recordSafeguardsDelivery).toMatchObject({
      safeguardsLastReceivedOn: today, safeguardsGivenThisYear: true,
      safeguardsDeliveries: [{ occasion: 'ANNUAL', channel: 'IN_APP', locale: 'es', deliveredOn: today }],
    });
    const [notice] = await api.db.query(`SELECT title, link FROM notifications WHERE user_id = $1 AND kind = 'PROCEDURAL_SAFEGUARDS'`, [DEMO_USERS.parentEs.id]);
    expect(notice).toEqual({ title: 'Sus garantías procesales: Sofía', link: `/students/${SOFIA}/rights` });
    const [audit] = await api.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'PROCEDURAL_SAFEGUARDS_DELIVERED' AND student_id = $1`, [SOFIA]);
    expect(audit).toMatchObject({ actor_id: DEMO_USERS.caseManager2.id, data: { occasion: 'ANNUAL', channel: 'IN_APP', recipientIds: [DEMO_USERS.parentEs.id] } });
    // The parent reads it on the student's page.
    const seen = await padre.request<{ studentRights: Rights }>(RIGHTS, { id: SOFIA });
    expect(seen.data!.studentRights).toMatchObject({ safeguardsLastReceivedOn: today, viewerCanRecord: false });
    expect(seen.data!.studentRights.safeguardsDeliveries[0].recipientName).toBe(DEMO_USERS.parentEs.displayName);
  });

  it('e-mails a copy on request, and records a paper copy on the day it was handed over, never a day to come', async () => {
    const mailed = await sofiaCaseManager.request(RECORD, { input: { studentId: SOFIA, occasion: 'PARENT_REQUEST', channel: 'EMAIL' } });
    expect(mailed.errors).toBeUndefined();
    const [mail] = await api.db.query(`SELECT subject, text_body FROM outbound_emails WHERE to_address = $1 AND dedupe_key LIKE 'procedural-safeguards:%'`, [DEMO_USERS.parentEs.email]);
    expect(mail.subject).toBe('Sus garantías procesales: Sofía');
    expect(mail.text_body).toContain('evaluación educativa independiente');
    const future = await sofiaCaseManager.request(RECORD, { input: { studentId: SOFIA, occasion: 'COMPLAINT', channel: 'PAPER', deliveredOn: '2999-01-01' } });
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'deliveredOn' } });
    const paper = await sofiaCaseManager.request<{ recordSafeguardsDelivery: Rights }>(RECORD, {
      input: { studentId: SOFIA, occasion: 'DISCIPLINARY_REMOVAL', channel: 'PAPER', deliveredOn: '2025-05-01' },
    });
    expect(paper.errors).toBeUndefined();
    expect(paper.data!.recordSafeguardsDelivery.safeguardsLastReceivedOn).toBe(today);
    expect(paper.data!.recordSafeguardsDelivery.safeguardsDeliveries.map((d) => d.channel)).toEqual(expect.arrayContaining(['IN_APP', 'EMAIL', 'PAPER']));
    // The record is append-only.
    await expect(api.db.query(`UPDATE procedural_safeguards_deliveries SET delivered_on = '2020-01-01'`)).rejects.toThrow(/IEP_FROZEN/);
  });

  it('flags on the compliance dashboard the families who have not received it this school year', async () => {
    const result = await districtRep.request<{ complianceDashboard: { familiesWithoutSafeguards: Array<{ studentId: string; lastReceivedOn: string | null }> } }>(DASHBOARD);
    expect(result.errors).toBeUndefined();
    const flagged = result.data!.complianceDashboard.familiesWithoutSafeguards.map((family) => family.studentId);
    expect(flagged).toContain(DEMO_STUDENTS.maya.id);
    expect(flagged).not.toContain(SOFIA);
  });

  it('denies callers without a relationship to the student or the standing to record, and audits every denial', async () => {
    const attempts: Array<[GraphQLTestClient, string, Record<string, unknown>, string, string]> = [
      [stranger, RIGHTS, { id: SOFIA }, 'studentRights', 'NOT_FOUND'],
      [mayaCaseManager, RIGHTS, { id: SOFIA }, 'studentRights', 'NOT_FOUND'],
      [mayaCaseManager, RECORD, { input: { studentId: SOFIA, occasion: 'ANNUAL', channel: 'PAPER' } }, 'recordSafeguardsDelivery', 'NOT_FOUND'],
      // A general education teacher on Maya's team may read her rights page but not record for the district.
      [teacher, RECORD, { input: { studentId: DEMO_STUDENTS.maya.id, occasion: 'ANNUAL', channel: 'PAPER' } }, 'recordSafeguardsDelivery', 'FORBIDDEN'],
      [padre, RECORD, { input: { studentId: SOFIA, occasion: 'ANNUAL', channel: 'PAPER' } }, 'recordSafeguardsDelivery', 'FORBIDDEN'],
    ];
    for (const [client, document, variables, operation, expected] of attempts) {
      const before = await denials(api, operation);
      const result = await client.request(document, variables);
      expect([operation, code(result)]).toEqual([operation, expected]);
      expect(await denials(api, operation)).toBeGreaterThan(before);
    }
    expect(code(await mayaCaseManager.request(RECORD, { input: { studentId: 'not-a-uuid', occasion: 'ANNUAL', channel: 'PAPER' } }))).toBe('BAD_USER_INPUT');
    expect(code(await mayaCaseManager.request(RECORD, { input: { studentId: DEMO_STUDENTS.maya.id, occasion: 'BIRTHDAY', channel: 'PAPER' } }))).toBe('BAD_USER_INPUT');
  });
});
