import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { createDeadlineFixture, GraphQLTestClient, startTestApi, type DeadlineFixture, type TestApi } from '@iep/api/testing';
import { addDays, type IsoDate } from '@iep/domain';
import { createApiApp } from './bootstrap';

const COUNTS = 'upcoming dueThisWeek overdue metOnTime metLate';
const DASHBOARD = `query($filter: ComplianceFilterInput, $first: Int, $after: String) {
  complianceDashboard(filter: $filter) {
    today
    totals { ${COUNTS} }
    byKind { kind counts { ${COUNTS} } }
    bySchool { id name counts { ${COUNTS} } }
    schoolCount
    byCaseManager { id name counts { ${COUNTS} } }
    upcomingWeeks { startDate endDate total byKind { kind count } }
    overdue(first: $first, after: $after) {
      nodes { id kind studentId studentName iepId schoolId schoolName caseManagerId caseManagerName dueDate daysOverdue explanation estimated }
      hasNextPage endCursor
    }
  }
}`;
const OPTIONS = `query($filter: ComplianceFilterInput) {
  complianceDashboard(filter: $filter) { filterOptions { schools { id name } caseManagers { id name } } }
}`;

type Counts = { upcoming: number; dueThisWeek: number; overdue: number; metOnTime: number; metLate: number };
type Group = { id: string | null; name: string | null; counts: Counts };
type Listed = {
  id: string; kind: string; studentId: string; studentName: string; iepId: string | null; schoolName: string;
  caseManagerName: string | null; dueDate: string; daysOverdue: number; explanation: string; estimated: boolean;
};
type Dashboard = {
  today: string;
  totals: Counts;
  byKind: Array<{ kind: string; counts: Counts }>;
  bySchool: Group[];
  schoolCount: number;
  byCaseManager: Group[];
  upcomingWeeks: Array<{ startDate: string; endDate: string; total: number; byKind: Array<{ kind: string; count: number }> }>;
  overdue: { nodes: Listed[]; hasNextPage: boolean; endCursor: string | null };
};

const counts = (upcoming: number, dueThisWeek: number, overdue: number, metOnTime: number, metLate: number): Counts => ({
  upcoming, dueThisWeek, overdue, metOnTime, metLate,
});

describe('compliance dashboard', () => {
  let api: TestApi;
  let fixture: DeadlineFixture;
  let rep: GraphQLTestClient;
  let secondSchoolId: string;
  let secondCaseManagerId: string;
  const deadlineIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    fixture = await createDeadlineFixture(api.db, { students: 4 });
    const today = fixture.today;
    // A second school with its own case manager; student 4 goes there.
    [{ id: secondSchoolId }] = await api.db.query(
      `INSERT INTO schools (district_id, name) VALUES ($1, 'Second Fixture School') RETURNING id`, [fixture.districtId],
    );
    [{ id: secondCaseManagerId }] = await api.db.query(
      `INSERT INTO users (district_id, email, display_name, role) VALUES ($1, $2, 'Avery Second', 'SPECIAL_EDUCATION_TEACHER') RETURNING id`,
      [fixture.districtId, `second-${fixture.districtId}@fixture.example`],
    );
    const [a, b, c, d] = fixture.students;
    await api.db.query(`UPDATE students SET school_id = $2 WHERE id = $1`, [d.id, secondSchoolId]);
    // Hand-arranged deadlines, one or more in each status, written as rows the way the deadline service
    // writes them (the dashboard must count whatever is in the table).
    const arrange: Array<[string, { student: typeof a; kind: string; due: IsoDate; met?: IsoDate; school?: string; cm?: string | null; iep?: boolean }]> = [
      ['overdueLong', { student: a, kind: 'ANNUAL_REVIEW', due: addDays(today, -30) }],
      ['overdueShort', { student: b, kind: 'ANNUAL_REVIEW', due: addDays(today, -1) }],
      ['overdueReeval', { student: c, kind: 'REEVALUATION', due: addDays(today, -5), iep: false }],
      ['dueToday', { student: a, kind: 'SERVICE_START', due: today }],
      ['dueIn6', { student: b, kind: 'MEETING_NOTICE', due: addDays(today, 6) }],
      ['dueIn7', { student: c, kind: 'MEETING_NOTICE', due: addDays(today, 7) }],
      ['dueIn20', { student: c, kind: 'ANNUAL_REVIEW', due: addDays(today, 20) }],
      ['dueIn200', { student: a, kind: 'REEVALUATION', due: addDays(today, 200), iep: false }],
      ['metOnTime', { student: b, kind: 'SERVICE_START', due: addDays(today, -10), met: addDays(today, -10) }],
      ['metLate', { student: c, kind: 'SERVICE_START', due: addDays(today, -10), met: addDays(today, -8) }],
      ['secondOverdue', { student: d, kind: 'ANNUAL_REVIEW', due: addDays(today, -2), school: secondSchoolId, cm: secondCaseManagerId }],
      ['secondMetLate', { student: d, kind: 'SERVICE_START', due: addDays(today, -40), met: addDays(today, -39), school: secondSchoolId, cm: secondCaseManagerId }],
      ['unassigned', { student: d, kind: 'RECORDS_REQUEST', due: addDays(today, 3), school: secondSchoolId, cm: null, iep: false }],
    ];
    for (const [name, row] of arrange) {
      const [{ id }] = await api.db.query(
        `INSERT INTO deadlines (district_id, school_id, student_id, iep_id, kind, event_kind, event_date, due_date, explanation,
                                responsible_user_id, met_on)
         VALUES ($1, $2, $3, $4, $5, 'IEP_MEETING', $6::date - 400, $6, $7::jsonb, $8, $9) RETURNING id`,
        [
          fixture.districtId, row.school ?? fixture.schoolId, row.student.id, row.iep === false ? null : row.student.iepId, row.kind, row.due,
          JSON.stringify({
            rule: 'CALENDAR_DAYS_AFTER', amount: 45, unit: 'CALENDAR_DAYS', from: { event: 'RECORDS_REQUEST', date: '2026-01-05' },
            profileCode: 'IDEA', skipped: { total: 0, weekendDays: 0, schoolHolidays: 0, daysOutsideSchoolYear: 0, names: [] },
            leapDayAdjusted: false,
            // One row counted days no entered school year covers.
            ...(name === 'overdueReeval' ? { estimated: true } : {}),
          }),
          row.cm === undefined ? fixture.caseManager.id : row.cm, row.met ?? null,
        ],
      );
      deadlineIds[name] = id;
    }
    rep = await signedIn(fixture.districtRep.email, fixture.password);
  });
  afterAll(() => api.close());

  async function signedIn(email: string, password = DEMO_PASSWORD) {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return client;
  }

  async function dashboard(client: GraphQLTestClient, filter: Record<string, unknown> | null = null, first = 25, after: string | null = null) {
    const result = await client.request<{ complianceDashboard: Dashboard }>(DASHBOARD, { filter, first, after });
    expect(result.errors).toBeUndefined();
    return result.data!.complianceDashboard;
  }

  const auditCount = async (event: string, actorId: string) =>
    (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event = $1 AND actor_id = $2`, [event, actorId]))[0].n as number;

  it('counts every status by kind, school and case manager, against the deadlines arranged by hand', async () => {
    const before = await auditCount('COMPLIANCE_DASHBOARD_VIEWED', fixture.districtRep.id);
    const view = await dashboard(rep);
    expect(view.today).toBe(fixture.today);
    expect(view.totals).toEqual(counts(3, 3, 4, 1, 2));
    const byKind = Object.fromEntries(view.byKind.map((k) => [k.kind, k.counts]));
    expect(view.byKind).toHaveLength(9);
    expect(byKind).toMatchObject({
      ANNUAL_REVIEW: counts(1, 0, 3, 0, 0),
      REEVALUATION: counts(1, 0, 1, 0, 0),
      SERVICE_START: counts(0, 1, 0, 1, 2),
      MEETING_NOTICE: counts(1, 1, 0, 0, 0),
      RECORDS_REQUEST: counts(0, 1, 0, 0, 0),
      TRANSITION_PLAN: counts(0, 0, 0, 0, 0),
    });
    expect(view.schoolCount).toBe(2);
    expect(view.bySchool).toEqual([
      { id: fixture.schoolId, name: 'Fixture School', counts: counts(3, 2, 3, 1, 1) },
      { id: secondSchoolId, name: 'Second Fixture School', counts: counts(0, 1, 1, 0, 1) },
    ]);
    expect(view.byCaseManager).toEqual([
      { id: fixture.caseManager.id, name: 'Fixture Case Manager', counts: counts(3, 2, 3, 1, 1) },
      { id: secondCaseManagerId, name: 'Avery Second', counts: counts(0, 0, 1, 0, 1) },
      { id: null, name: null, counts: counts(0, 1, 0, 0, 0) },
    ]);
    expect(view.upcomingWeeks).toHaveLength(12);
    expect(view.upcomingWeeks[0]).toEqual({
      startDate: fixture.today, endDate: addDays(fixture.today, 6), total: 3,
      byKind: [{ kind: 'MEETING_NOTICE', count: 1 }, { kind: 'SERVICE_START', count: 1 }, { kind: 'RECORDS_REQUEST', count: 1 }],
    });
    expect(view.upcomingWeeks[1]).toMatchObject({ startDate: addDays(fixture.today, 7), total: 1, byKind: [{ kind: 'MEETING_NOTICE', count: 1 }] });
    expect(view.upcomingWeeks[2]).toMatchObject({ total: 1, byKind: [{ kind: 'ANNUAL_REVIEW', count: 1 }] });
    expect(view.upcomingWeeks.slice(3).every((w) => w.total === 0)).toBe(true);

    // Longest overdue first, with the student, school, case manager and the rule in words.
    expect(view.overdue.nodes.map((n) => [n.id, n.daysOverdue])).toEqual([
      [deadlineIds.overdueLong, 30], [deadlineIds.overdueReeval, 5], [deadlineIds.secondOverdue, 2], [deadlineIds.overdueShort, 1],
    ]);
    expect(view.overdue.nodes[0]).toMatchObject({
      kind: 'ANNUAL_REVIEW', studentId: fixture.students[0].id, studentName: fixture.students[0].name, iepId: fixture.students[0].iepId,
      schoolName: 'Fixture School', caseManagerName: 'Fixture Case Manager', dueDate: addDays(fixture.today, -30),
      explanation: '45 calendar days after the parent requested the records on 5 January 2026',
    });
    expect(view.overdue.nodes[1].iepId).toBeNull();
    // An estimated due date says so, for the prompt to enter the calendar.
    expect(view.overdue.nodes.map((n) => n.estimated)).toEqual([false, true, false, false]);
    expect(view.overdue.nodes[1].explanation).toContain('estimated: the school calendar does not cover every day counted');
    expect(view.overdue.hasNextPage).toBe(false);
    // One audit entry for the whole view, not one per student on it.
    expect(await auditCount('COMPLIANCE_DASHBOARD_VIEWED', fixture.districtRep.id)).toBe(before + 1);
  });

  it('pages the overdue list with a keyset cursor', async () => {
    const first = await dashboard(rep, null, 3);
    expect(first.overdue.hasNextPage).toBe(true);
    const second = await dashboard(rep, null, 3, first.overdue.endCursor);
    expect(second.overdue.hasNextPage).toBe(false);
    expect([...first.overdue.nodes, ...second.overdue.nodes].map((n) => n.id)).toEqual([
      deadlineIds.overdueLong, deadlineIds.overdueReeval, deadlineIds.secondOverdue, deadlineIds.overdueShort,
    ]);
    const broken = await rep.request(DASHBOARD, { first: 3, after: 'not-a-cursor' });
    expect(broken.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await rep.request(DASHBOARD, { first: 1000 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by school, case manager and kind, counting the same way as the whole district', async () => {
    const bySchool = await dashboard(rep, { schoolId: secondSchoolId });
    expect(bySchool.totals).toEqual(counts(0, 1, 1, 0, 1));
    expect(bySchool.bySchool).toEqual([{ id: secondSchoolId, name: 'Second Fixture School', counts: counts(0, 1, 1, 0, 1) }]);
    expect(bySchool.overdue.nodes.map((n) => n.id)).toEqual([deadlineIds.secondOverdue]);

    const byCaseManager = await dashboard(rep, { caseManagerId: fixture.caseManager.id });
    expect(byCaseManager.totals).toEqual(counts(3, 2, 3, 1, 1));
    expect(byCaseManager.byCaseManager.map((g) => g.id)).toEqual([fixture.caseManager.id]);

    const byKind = await dashboard(rep, { kind: 'ANNUAL_REVIEW' });
    expect(byKind.totals).toEqual(counts(1, 0, 3, 0, 0));
    expect(byKind.byKind.map((k) => k.kind)).toEqual(['ANNUAL_REVIEW']);
    expect(byKind.bySchool.map((g) => [g.name, g.counts.overdue])).toEqual([['Fixture School', 2], ['Second Fixture School', 1]]);

    // Counted from the tallies (no school or person named) and from the deadlines themselves (one named),
    // the same district gives the same answer.
    const whole = await dashboard(rep, { kind: 'SERVICE_START' });
    const parts = await Promise.all([fixture.schoolId, secondSchoolId].map((schoolId) => dashboard(rep, { schoolId, kind: 'SERVICE_START' })));
    const sum = (key: keyof Counts) => parts.reduce((total, part) => total + part.totals[key], 0);
    expect(counts(sum('upcoming'), sum('dueThisWeek'), sum('overdue'), sum('metOnTime'), sum('metLate'))).toEqual(whole.totals);
    expect(parts.flatMap((p) => p.bySchool)).toEqual(whole.bySchool);

    const options = await rep.request<{ complianceDashboard: { filterOptions: { schools: Array<{ name: string }>; caseManagers: Array<{ name: string }> } } }>(
      OPTIONS, { filter: { schoolId: secondSchoolId } },
    );
    expect(options.data!.complianceDashboard.filterOptions).toEqual({
      schools: [{ id: fixture.schoolId, name: 'Fixture School' }, { id: secondSchoolId, name: 'Second Fixture School' }],
      caseManagers: [{ id: secondCaseManagerId, name: 'Avery Second' }],
    });
  });

  it('follows deadlines as they are met, moved, reassigned and removed', async () => {
    await fixture.deadlines.markMet(api.db.manager, deadlineIds.overdueShort, fixture.today);
    await api.db.query(`UPDATE deadlines SET due_date = $2 WHERE id = $1`, [deadlineIds.dueIn200, addDays(fixture.today, 2)]);
    await api.db.query(`UPDATE deadlines SET responsible_user_id = $2 WHERE id = $1`, [deadlineIds.dueIn20, secondCaseManagerId]);
    await api.db.query(`DELETE FROM reminders WHERE deadline_id = $1`, [deadlineIds.unassigned]);
    await api.db.query(`DELETE FROM deadlines WHERE id = $1`, [deadlineIds.unassigned]);
    const view = await dashboard(rep);
    expect(view.totals).toEqual(counts(2, 3, 3, 1, 3));
    expect(view.byCaseManager.find((g) => g.id === secondCaseManagerId)!.counts).toEqual(counts(1, 0, 1, 0, 1));
    expect(view.byCaseManager.some((g) => g.id === null)).toBe(false);
    // The tallies hold exactly what counting the table gives.
    const [mismatch] = await api.db.query(
      `WITH raw AS (
         SELECT kind, CASE WHEN met_on IS NULL THEN due_date END AS due_date,
                CASE WHEN met_on IS NULL THEN 'OPEN' WHEN met_on <= due_date THEN 'MET_ON_TIME' ELSE 'MET_LATE' END AS state, count(*)::int AS n
           FROM deadlines WHERE district_id = $1 GROUP BY 1, 2, 3),
       tally AS (SELECT kind, due_date, state, n FROM compliance_tallies WHERE district_id = $1 AND grain = 'KIND_DAY' AND n <> 0)
       SELECT count(*)::int AS n FROM raw FULL JOIN tally
           ON raw.kind = tally.kind AND raw.due_date IS NOT DISTINCT FROM tally.due_date AND raw.state = tally.state
        WHERE raw.n IS DISTINCT FROM tally.n`,
      [fixture.districtId],
    );
    expect(mismatch.n).toBe(0);
  });

  it('refuses a school or case manager of another district as NOT_FOUND, and audits the refusal', async () => {
    const denials = async () =>
      (await api.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE event = 'ACCESS_DENIED' AND actor_id = $1 AND data->>'operation' = 'complianceDashboard'`,
        [fixture.districtRep.id],
      ))[0].n as number;
    const before = await denials();
    for (const filter of [{ schoolId: DEMO_SCHOOLS[0].id }, { caseManagerId: DEMO_USERS.caseManager.id }, { schoolId: 'not-an-id' }]) {
      const result = await rep.request(DASHBOARD, { filter });
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
    }
    expect(await denials()).toBe(before + 3);
    // The demo district's own representative sees the demo district, never the fixture's.
    const demoRep = await signedIn(DEMO_USERS.districtRep.email);
    const demo = await dashboard(demoRep);
    expect(demo.bySchool.map((s) => s.id).every((id) => DEMO_SCHOOLS.some((school) => school.id === id))).toBe(true);
    const foreign = await demoRep.request(DASHBOARD, { filter: { schoolId: secondSchoolId } });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('is for district representatives and administrators only', async () => {
    for (const email of [DEMO_USERS.caseManager.email, DEMO_USERS.parent.email, DEMO_USERS.teacher.email]) {
      const client = await signedIn(email);
      const result = await client.request(DASHBOARD);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await signedIn(DEMO_USERS.admin.email);
    expect((await admin.request(DASHBOARD)).errors).toBeUndefined();
    const anonymous = await new GraphQLTestClient(api.url).request(DASHBOARD);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reads the dashboard in the same number of statements for a small district as for a larger one, and keeps the counts until a deadline changes', async () => {
    const statements: string[] = [];
    api.app.get(DataSource).subscribers.push({ beforeQuery: ({ query }: { query: string }) => void statements.push(query) });
    const count = async (client: GraphQLTestClient) => {
      statements.length = 0;
      await dashboard(client);
      return statements.filter((q) => !/\bsessions\b/.test(q)).length;
    };
    // A new version of the fixture district's tallies, as any write to its deadlines makes: the next view counts afresh.
    await api.db.query(`UPDATE compliance_versions SET version = version + 1 WHERE district_id = $1`, [fixture.districtId]);
    const small = { counted: await count(rep), kept: await count(rep) };
    expect(small.kept).toBe(small.counted - 1);

    const large = await createDeadlineFixture(api.db, { students: 60 });
    await api.db.transaction(async (m) => {
      for (const student of large.students) {
        await large.deadlines.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'IEP_MEETING', date: addDays(large.today, -380) });
        await large.deadlines.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'MEETING', date: addDays(large.today, 12) });
      }
    });
    const largeRep = await signedIn(large.districtRep.email, large.password);
    expect(await count(largeRep)).toBe(small.counted);
    expect(await count(largeRep)).toBe(small.kept);
    const largeView = await dashboard(largeRep);
    expect(largeView.totals.overdue).toBe(60);
    expect(largeView.overdue.nodes).toHaveLength(25);
    // A met deadline moves the version: the next view counts again and sees it.
    await large.deadlines.markMet(api.db.manager, largeView.overdue.nodes[0].id, large.today);
    expect(await count(largeRep)).toBe(small.counted);
    expect((await dashboard(largeRep)).totals).toMatchObject({ overdue: 59, metLate: 1 });
  });

  describe('CSV export', () => {
    const download = (client: GraphQLTestClient | null, query = '') =>
      fetch(`${api.url}/exports/compliance.csv${query}`, {
        headers: { accept: 'text/html,*/*', ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}) },
      });

    it('streams the filtered deadlines with a header row and ISO dates, and audits the export', async () => {
      const before = await auditCount('COMPLIANCE_EXPORTED', fixture.districtRep.id);
      const response = await download(rep, `?schoolId=${fixture.schoolId}&kind=ANNUAL_REVIEW`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="compliance-${fixture.today}.csv"`);
      const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      expect(lines[0]).toBe('Student,Student ID,School,Case manager,Deadline,Status,Due date,Met on,Days overdue,Rule,IEP ID,Deadline ID');
      const rows = lines.slice(1).map((line) => line.split(','));
      expect(rows.map((r) => [r[11], r[5], r[6], r[8]])).toEqual([
        [deadlineIds.overdueLong, 'OVERDUE', addDays(fixture.today, -30), '30'],
        [deadlineIds.overdueShort, 'MET_LATE', addDays(fixture.today, -1), ''],
        [deadlineIds.dueIn20, 'UPCOMING', addDays(fixture.today, 20), ''],
      ]);
      expect(await auditCount('COMPLIANCE_EXPORTED', fixture.districtRep.id)).toBe(before + 1);
      const [entry] = await api.db.query(
        `SELECT data FROM audit_events WHERE event = 'COMPLIANCE_EXPORTED' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
        [fixture.districtRep.id],
      );
      expect(entry.data).toEqual({
        districtId: fixture.districtId, schoolId: fixture.schoolId, caseManagerId: null, kind: 'ANNUAL_REVIEW', status: null, format: 'CSV',
      });
    });

    it('writes a name that looks like a formula as text', async () => {
      await api.db.query(`UPDATE students SET first_name = '=HYPERLINK("http://evil.example")', last_name = '+1' WHERE id = $1`, [
        fixture.students[0].id,
      ]);
      const text = await (await download(rep, '?status=OVERDUE')).text();
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") +1"`);
      expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    });

    it('answers 401 without a session, 403 to other roles and 404 for another district’s school, all audited', async () => {
      expect((await download(null)).status).toBe(401);
      const teacher = await signedIn(DEMO_USERS.teacher.email);
      expect((await download(teacher)).status).toBe(403);
      const before = await api.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE event = 'ACCESS_DENIED' AND data->>'operation' = 'exportCompliance'`,
      );
      const foreign = await download(rep, `?schoolId=${DEMO_SCHOOLS[0].id}`);
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).toBe('That school was not found.');
      const after = await api.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE event = 'ACCESS_DENIED' AND data->>'operation' = 'exportCompliance'`,
      );
      expect(after[0].n).toBe(before[0].n + 1);
      expect((await download(rep, '?kind=NOT_A_KIND')).status).toBe(400);
    });

    it('answers a refused export in Spanish when the request asks for it', async () => {
      const inSpanish = (query: string) =>
        fetch(`${api.url}/exports/compliance.csv${query}`, {
          headers: { accept: 'text/html,*/*', 'accept-language': 'es-MX,es;q=0.9,en;q=0.8', cookie: rep.sessionCookie! },
        });
      const badKind = await inSpanish('?kind=NOT_A_KIND');
      expect(badKind.status).toBe(400);
      expect(badKind.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await badKind.text()).toBe('No existe ese tipo de plazo.');
      const foreign = await inSpanish(`?schoolId=${DEMO_SCHOOLS[0].id}`);
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).toBe('No se encontró esa escuela.');
    });
  });
});
