import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const LEO_PROPOSED = iep('403');
const SOFIA_SUPERSEDED = iep('404');
const SOFIA_ACTIVE = iep('405');
const AVA_ACTIVE = iep('407');
const NEW_STUDENT = '00000000-0000-4000-8000-00000000c001';

const CASELOAD_FIELDS = `owner { id displayName }
  students {
    student { id firstName lastName schoolName }
    caseManager { id displayName }
    managed currentIepId overdueCount
    nextDeadlines { id kind status dueDate }
    waiting { threadsAssigned proposalsToDecide noticesToSend iepId }
  }`;
const MY_CASELOAD = `{ myCaseload { ${CASELOAD_FIELDS} } }`;
const CASELOAD = `query($id: ID!) { caseload(caseManagerId: $id) { ${CASELOAD_FIELDS} } }`;
const CASE_MANAGERS = `{ caseManagers { id displayName } }`;
const ASSIGN = `mutation($input: AssignCaseloadInput!) { assignCaseload(input: $input) { ${CASELOAD_FIELDS} } }`;
const TRANSFER = `mutation($input: TransferCaseloadInput!) { transferCaseload(input: $input) { ${CASELOAD_FIELDS} } }`;

interface CaseloadStudent {
  student: { id: string; firstName: string; lastName: string };
  caseManager: { id: string; displayName: string } | null;
  managed: boolean;
  currentIepId: string | null;
  overdueCount: number;
  nextDeadlines: Array<{ id: string; kind: string; status: string; dueDate: string }>;
  waiting: { threadsAssigned: number; proposalsToDecide: number; noticesToSend: number; iepId: string | null };
}
interface Caseload { owner: { id: string; displayName: string }; students: CaseloadStudent[] }

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const names = (caseload: Caseload) => caseload.students.map((row) => row.student.firstName);

describe('caseloads: the case manager’s day, and the district moving students (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  const clients = new Map<string, GraphQLTestClient>();

  async function as(email: string): Promise<GraphQLTestClient> {
    const known = clients.get(email);
    if (known) return known;
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    clients.set(email, client);
    return client;
  }

  const caseManagerOf = async (iepId: string): Promise<string> =>
    (await api.db.query(`SELECT case_manager_id FROM ieps WHERE id = $1`, [iepId]))[0].case_manager_id;
  const denials = async (): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED'`))[0].n;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(() => api.close());

  it("shows a case manager each of their students with the next deadlines, the overdue ones flagged, in one audit row", async () => {
    const tomas = await as(DEMO_USERS.caseManager2.email);
    const result = await tomas.request<{ myCaseload: Caseload }>(MY_CASELOAD);
    expect(result.errors).toBeUndefined();
    const caseload = result.data!.myCaseload;
    expect(caseload.owner.id).toBe(DEMO_USERS.caseManager2.id);
    expect(names(caseload)).toEqual(expect.arrayContaining(['Leo', 'Sofía', 'Ava']));
    const lastNames = caseload.students.map((row) => row.student.lastName);
    expect(lastNames).toEqual([...lastNames].sort((a, b) => a.localeCompare(b)));
    const leo = caseload.students.find((row) => row.student.id === DEMO_STUDENTS.leo.id)!;
    expect(leo.managed).toBe(true);
    expect(leo.caseManager?.id).toBe(DEMO_USERS.caseManager2.id);
    expect(leo.currentIepId).toBe(LEO_PROPOSED);
    expect(leo.overdueCount).toBeGreaterThan(0);
    expect(leo.nextDeadlines[0].status).toBe('OVERDUE');
    expect(leo.nextDeadlines.length).toBeLessThanOrEqual(3);
    const [audit] = await api.db.query(
      `SELECT student_ids FROM audit_events WHERE event = 'STUDENTS_LISTED' AND actor_id = $1 AND data->>'list' = 'CASELOAD'`,
      [DEMO_USERS.caseManager2.id],
    );
    expect([...audit.student_ids].sort()).toEqual(caseload.students.map((row) => row.student.id).sort());
  });

  it('shows a specialist the students on whose current IEP team they are, and what waits on them', async () => {
    await api.db.query(`UPDATE iep_comment_threads SET assignee_id = $1 WHERE id = (SELECT id FROM iep_comment_threads WHERE iep_id = $2 AND resolved_at IS NULL ORDER BY id LIMIT 1)`,
      [DEMO_USERS.slp.id, iep('402')]);
    const slp = await as(DEMO_USERS.slp.email);
    const { data, errors } = await slp.request<{ myCaseload: Caseload }>(MY_CASELOAD);
    expect(errors).toBeUndefined();
    const maya = data!.myCaseload.students.find((row) => row.student.id === DEMO_STUDENTS.maya.id)!;
    expect(maya.managed).toBe(false);
    expect(maya.caseManager?.id).toBe(DEMO_USERS.caseManager.id);
    expect(maya.waiting.threadsAssigned).toBe(1);
    // Deciding proposals is the case manager's: a specialist has none waiting, whatever is pending.
    expect(maya.waiting.proposalsToDecide).toBe(0);
    expect(maya.waiting.iepId).toBe(iep('402'));
  });

  it('refuses the family and the district their own "my caseload", and a case manager another’s', async () => {
    for (const email of [DEMO_USERS.parent.email, DEMO_USERS.districtRep.email]) {
      const result = await (await as(email)).request(MY_CASELOAD);
      expect(code(result)).toBe('FORBIDDEN');
    }
    const result = await (await as(DEMO_USERS.caseManager.email)).request(CASELOAD, { id: DEMO_USERS.caseManager2.id });
    expect(code(result)).toBe('FORBIDDEN');
  });

  it('lists the district’s special education teachers for the district’s staff, and a caseload of another district is not found', async () => {
    const rep = await as(DEMO_USERS.districtRep.email);
    const managers = await rep.request<{ caseManagers: Array<{ id: string }> }>(CASE_MANAGERS);
    expect(managers.data!.caseManagers.map((m) => m.id).sort()).toEqual([DEMO_USERS.caseManager.id, DEMO_USERS.caseManager2.id].sort());
    const before = await denials();
    const other = await rep.request(CASELOAD, { id: OTHER_DISTRICT.users.caseManager.id });
    expect(code(other)).toBe('NOT_FOUND');
    expect(await denials()).toBe(before + 1);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const rep = await as(DEMO_USERS.districtRep.email);
    const [{ n: rowsBefore }] = await api.db.query(`SELECT count(*)::int AS n FROM caseloads`);
    const toParent = await rep.request(ASSIGN, { input: { studentIds: [DEMO_STUDENTS.leo.id], caseManagerId: DEMO_USERS.parent.id } });
    expect(code(toParent)).toBe('BAD_USER_INPUT');
    const toOtherDistrict = await rep.request(ASSIGN, { input: { studentIds: [DEMO_STUDENTS.leo.id], caseManagerId: OTHER_DISTRICT.users.caseManager.id } });
    expect(code(toOtherDistrict)).toBe('BAD_USER_INPUT');
    const none = await rep.request(ASSIGN, { input: { studentIds: [], caseManagerId: DEMO_USERS.caseManager.id } });
    expect(code(none)).toBe('BAD_USER_INPUT');
    const malformed = await rep.request(ASSIGN, { input: { studentIds: ['not-an-id'], caseManagerId: DEMO_USERS.caseManager.id } });
    expect(code(malformed)).toBe('BAD_USER_INPUT');
    const toSelf = await rep.request(TRANSFER, { input: { fromCaseManagerId: DEMO_USERS.caseManager.id, toCaseManagerId: DEMO_USERS.caseManager.id } });
    expect(code(toSelf)).toBe('BAD_USER_INPUT');
    // One student the caller may not manage refuses the whole move: Leo stays with his case manager.
    const before = await denials();
    const mixed = await rep.request(ASSIGN, { input: { studentIds: [DEMO_STUDENTS.leo.id, OTHER_DISTRICT.student.id], caseManagerId: DEMO_USERS.caseManager.id } });
    expect(code(mixed)).toBe('NOT_FOUND');
    expect(await denials()).toBe(before + 1);
    expect(await caseManagerOf(LEO_PROPOSED)).toBe(DEMO_USERS.caseManager2.id);
    const [{ n: rowsAfter }] = await api.db.query(`SELECT count(*)::int AS n FROM caseloads`);
    expect(rowsAfter).toBe(rowsBefore);
  });

  it('puts a new student on a case manager’s caseload: the teacher sees the student and may start the IEP', async () => {
    await api.db.query(
      `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
       VALUES ($1, $2, $3, 'Iris', 'Abbott', '2018-05-01', '2')`,
      [NEW_STUDENT, DEMO_DISTRICT.id, DEMO_SCHOOLS[0].id],
    );
    const tomas = await as(DEMO_USERS.caseManager2.email);
    const unseen = await tomas.request<{ students: Array<{ id: string }> }>(`{ students { id } }`);
    expect(unseen.data!.students.map((s) => s.id)).not.toContain(NEW_STUDENT);

    const admin = await as(DEMO_USERS.admin.email);
    const result = await admin.request<{ assignCaseload: Caseload }>(ASSIGN, { input: { studentIds: [NEW_STUDENT], caseManagerId: DEMO_USERS.caseManager2.id } });
    expect(result.errors).toBeUndefined();
    expect(names(result.data!.assignCaseload)).toContain('Iris');

    const seen = await tomas.request<{ student: { id: string; canStartIep: boolean } }>(`query($id: ID!) { student(id: $id) { id canStartIep } }`, { id: NEW_STUDENT });
    expect(seen.data!.student.canStartIep).toBe(true);
    const [notice] = await api.db.query(`SELECT title, link FROM notifications WHERE user_id = $1 AND kind = 'CASELOAD_CHANGED'`, [DEMO_USERS.caseManager2.id]);
    expect(notice).toEqual({ title: 'Iris Abbott is now on your caseload', link: '/caseload' });
    const [audit] = await api.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'CASELOAD_ASSIGNED' AND student_id = $1`, [NEW_STUDENT]);
    expect(audit).toEqual({ actor_id: DEMO_USERS.admin.id, data: { fromCaseManagerId: null, toCaseManagerId: DEMO_USERS.caseManager2.id, iepIds: [] } });
  });

  it('transfers a whole caseload: current IEPs, their teams and open deadlines move in one go, signed versions stay, both are told', async () => {
    const [versionBefore] = await api.db.query(`SELECT digest, content FROM iep_versions WHERE iep_id = $1 AND number = 1`, [LEO_PROPOSED]);
    const rep = await as(DEMO_USERS.districtRep.email);
    const handedOver = (await rep.request<{ caseload: Caseload }>(CASELOAD, { id: DEMO_USERS.caseManager2.id })).data!.caseload.students;
    const n = handedOver.length;
    const result = await rep.request<{ transferCaseload: Caseload }>(TRANSFER, {
      input: { fromCaseManagerId: DEMO_USERS.caseManager2.id, toCaseManagerId: DEMO_USERS.caseManager.id },
    });
    expect(result.errors).toBeUndefined();
    const moved = result.data!.transferCaseload;
    expect(moved.owner.id).toBe(DEMO_USERS.caseManager.id);
    expect(names(moved)).toEqual(expect.arrayContaining(['Leo', 'Sofía', 'Ava', 'Iris']));

    // The current IEPs name the new case manager; the superseded one keeps the one who managed it then.
    for (const id of [LEO_PROPOSED, SOFIA_ACTIVE, AVA_ACTIVE]) expect(await caseManagerOf(id)).toBe(DEMO_USERS.caseManager.id);
    expect(await caseManagerOf(SOFIA_SUPERSEDED)).toBe(DEMO_USERS.caseManager2.id);
    const [versionAfter] = await api.db.query(`SELECT digest, content FROM iep_versions WHERE iep_id = $1 AND number = 1`, [LEO_PROPOSED]);
    expect(versionAfter).toEqual(versionBefore);
    const team: Array<{ iep_id: string; user_id: string; team_role: string }> = await api.db.query(
      `SELECT iep_id, user_id, team_role FROM iep_team_members WHERE iep_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[]) ORDER BY iep_id, user_id`,
      [[LEO_PROPOSED, SOFIA_ACTIVE, AVA_ACTIVE], [DEMO_USERS.caseManager.id, DEMO_USERS.caseManager2.id]],
    );
    expect(team).toEqual([LEO_PROPOSED, SOFIA_ACTIVE, AVA_ACTIVE].sort().map((id) => ({ iep_id: id, user_id: DEMO_USERS.caseManager.id, team_role: 'Case manager' })));
    const [{ n: stillTomas }] = await api.db.query(
      `SELECT count(*)::int AS n FROM deadlines WHERE student_id = ANY($1::uuid[]) AND met_on IS NULL AND responsible_user_id = $2`,
      [[DEMO_STUDENTS.leo.id, DEMO_STUDENTS.sofia.id, DEMO_STUDENTS.ava.id], DEMO_USERS.caseManager2.id],
    );
    expect(stillTomas).toBe(0);
    const [{ n: pendingForTomas }] = await api.db.query(
      `SELECT count(*)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
        WHERE d.student_id = $1 AND r.recipient_user_id = $2 AND r.state = 'PENDING' AND r.kind = 'REMINDER'`,
      [DEMO_STUDENTS.leo.id, DEMO_USERS.caseManager2.id],
    );
    expect(pendingForTomas).toBe(0);

    // Both case managers are told, in the app and by e-mail; each student's move is audited.
    const notices: Array<{ user_id: string; title: string }> = await api.db.query(
      `SELECT user_id, title FROM notifications WHERE kind = 'CASELOAD_CHANGED' AND title LIKE $1 ORDER BY user_id`, [`${n} students%`],
    );
    expect(notices).toEqual([
      { user_id: DEMO_USERS.caseManager.id, title: `${n} students are now on your caseload` },
      { user_id: DEMO_USERS.caseManager2.id, title: `${n} students moved to another case manager` },
    ]);
    const emails: Array<{ to_address: string }> = await api.db.query(
      `SELECT to_address FROM outbound_emails WHERE dedupe_key LIKE 'caseload:%' AND subject LIKE $1 ORDER BY to_address`, [`${n} students%`],
    );
    expect(emails.map((e) => e.to_address)).toEqual([DEMO_USERS.caseManager.email, DEMO_USERS.caseManager2.email].sort());
    const audits: Array<{ student_id: string; data: { fromCaseManagerId: string; iepIds: string[] } }> = await api.db.query(
      `SELECT student_id, data FROM audit_events WHERE event = 'CASELOAD_ASSIGNED' AND actor_id = $1 ORDER BY student_id`,
      [DEMO_USERS.districtRep.id],
    );
    expect(audits.map((a) => a.student_id).sort()).toEqual(handedOver.map((row) => row.student.id).sort());
    expect(audits.find((a) => a.student_id === DEMO_STUDENTS.leo.id)!.data).toEqual({
      fromCaseManagerId: DEMO_USERS.caseManager2.id, toCaseManagerId: DEMO_USERS.caseManager.id, iepIds: [LEO_PROPOSED],
    });

    // The previous case manager's access to those IEPs ends; the new one sees Leo's overdue deadline on their day.
    const tomas = await as(DEMO_USERS.caseManager2.email);
    expect(code(await tomas.request(`query($id: ID!) { iep(id: $id) { id } }`, { id: LEO_PROPOSED }))).toBe('NOT_FOUND');
    const priya = await as(DEMO_USERS.caseManager.email);
    const mine = await priya.request<{ myCaseload: Caseload }>(MY_CASELOAD);
    const leo = mine.data!.myCaseload.students.find((row) => row.student.id === DEMO_STUDENTS.leo.id)!;
    expect(leo).toMatchObject({ managed: true, caseManager: { id: DEMO_USERS.caseManager.id }, currentIepId: LEO_PROPOSED });
    expect(leo.nextDeadlines[0].status).toBe('OVERDUE');
    const emptied = await rep.request<{ caseload: Caseload }>(CASELOAD, { id: DEMO_USERS.caseManager2.id });
    expect(emptied.data!.caseload.students).toEqual([]);
    expect(code(await rep.request(TRANSFER, { input: { fromCaseManagerId: DEMO_USERS.caseManager2.id, toCaseManagerId: DEMO_USERS.caseManager.id } }))).toBe('BAD_USER_INPUT');
  });
});
