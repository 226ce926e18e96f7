import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const RECORD = `query($id: ID!, $first: Int, $before: String, $actorId: ID, $event: String) {
  studentAccessRecord(studentId: $id, first: $first, before: $before, actorId: $actorId, event: $event) {
    totalCount nextCursor entries { id actorId actorName actorRole event iepId occurredAt firstOccurredAt count }
    actors { id name role } events
  }
}`;

type Page = {
  studentAccessRecord: {
    totalCount: number;
    nextCursor: string | null;
    entries: Array<{ actorId: string | null; actorName: string; actorRole: string; event: string; count: number }>;
    actors: Array<{ id: string; name: string; role: string | null }>;
    events: string[];
  };
};

describe("a student's access record (34 CFR 300.614)", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    const teacher = new GraphQLTestClient(api.url);
    await teacher.signIn(DEMO_USERS.teacher.email, DEMO_PASSWORD);
    await teacher.request(`query($id: ID!) { student(id: $id) { id } }`, { id: DEMO_STUDENTS.maya.id });
    await teacher.request(`query($id: ID!) { iep(id: $id) { id } }`, {
      id: '00000000-0000-4000-8000-000000000401',
    });
  });
  afterAll(() => api.close());

  it('shows the parent who looked at their child’s records, by name, role and what', async () => {
    const parent = new GraphQLTestClient(api.url);
    await parent.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
    const result = await parent.request<Page>(RECORD, { id: DEMO_STUDENTS.maya.id });
    expect(result.errors).toBeUndefined();
    const entries = result.data!.studentAccessRecord.entries;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorName: DEMO_USERS.teacher.displayName,
          actorRole: 'GENERAL_EDUCATION_TEACHER',
          event: 'STUDENT_VIEWED',
        }),
        expect.objectContaining({ actorName: DEMO_USERS.teacher.displayName, event: 'IEP_VIEWED' }),
      ]),
    );
  });

  it('records that the parent looked, and pages through older entries', async () => {
    const parent = new GraphQLTestClient(api.url);
    await parent.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
    await parent.request(RECORD, { id: DEMO_STUDENTS.maya.id });
    const first = await parent.request<Page>(RECORD, { id: DEMO_STUDENTS.maya.id, first: 1 });
    const page = first.data!.studentAccessRecord;
    // Both of today's looks are one line.
    expect(page.entries).toEqual([
      expect.objectContaining({ actorName: DEMO_USERS.parent.displayName, event: 'ACCESS_RECORD_VIEWED', count: 2 }),
    ]);
    expect(page.nextCursor).not.toBeNull();
    const second = await parent.request<Page>(RECORD, {
      id: DEMO_STUDENTS.maya.id,
      first: 200,
      before: page.nextCursor,
    });
    const rest = second.data!.studentAccessRecord.entries;
    expect(rest.reduce((sum, entry) => sum + entry.count, 0)).toBe(page.totalCount - 2);
  });

  it('writes one audit row per list read naming every student, shown as one line a day that the parent can filter by who and what', async () => {
    const teacher = new GraphQLTestClient(api.url);
    await teacher.signIn(DEMO_USERS.teacher.email, DEMO_PASSWORD);
    const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM audit_events`);
    for (let read = 0; read < 3; read += 1) {
      const listed = await teacher.request<{ students: Array<{ id: string }> }>(`{ students { id } }`);
      expect(listed.data!.students.map((s) => s.id)).toContain(DEMO_STUDENTS.maya.id);
    }
    const rows: Array<{ event: string; student_id: string | null; student_ids: string[] }> = await api.db.query(
      `SELECT event, student_id, student_ids FROM audit_events ORDER BY id OFFSET $1`, [before]);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.event === 'STUDENTS_LISTED' && row.student_id === null && row.student_ids.includes(DEMO_STUDENTS.maya.id))).toBe(true);
    expect(rows[0].student_ids.length).toBeGreaterThan(1);

    const parent = new GraphQLTestClient(api.url);
    await parent.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
    const all = (await parent.request<Page>(RECORD, { id: DEMO_STUDENTS.maya.id })).data!.studentAccessRecord;
    expect(all.entries.filter((entry) => entry.event === 'STUDENTS_LISTED' && entry.actorName === DEMO_USERS.teacher.displayName))
      .toEqual([expect.objectContaining({ count: 3, actorRole: 'GENERAL_EDUCATION_TEACHER' })]);
    expect(all.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining([DEMO_USERS.teacher.id, DEMO_USERS.parent.id]));
    expect(all.events).toEqual(expect.arrayContaining(['STUDENTS_LISTED', 'STUDENT_VIEWED', 'IEP_VIEWED']));

    // Who: only the teacher's lines; what: only list reads.
    const byTeacher = (await parent.request<Page>(RECORD, { id: DEMO_STUDENTS.maya.id, actorId: DEMO_USERS.teacher.id })).data!.studentAccessRecord;
    expect(byTeacher.entries.length).toBeGreaterThan(0);
    expect(byTeacher.entries.every((entry) => entry.actorId === DEMO_USERS.teacher.id)).toBe(true);
    const lists = (await parent.request<Page>(RECORD, { id: DEMO_STUDENTS.maya.id, event: 'STUDENTS_LISTED' })).data!.studentAccessRecord;
    expect(lists.entries.every((entry) => entry.event === 'STUDENTS_LISTED')).toBe(true);
    expect(lists.totalCount).toBe(lists.entries.reduce((sum, entry) => sum + entry.count, 0));
    // A person who is not an id is refused as bad input.
    const bad = await parent.request(RECORD, { id: DEMO_STUDENTS.maya.id, actorId: 'someone' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("refuses another family's child (NOT_FOUND) and a teacher (FORBIDDEN)", async () => {
    const other = new GraphQLTestClient(api.url);
    await other.signIn(DEMO_USERS.parentEs.email, DEMO_PASSWORD);
    const denied = await other.request(RECORD, { id: DEMO_STUDENTS.maya.id });
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(denied.data).toBeNull();
    const teacher = new GraphQLTestClient(api.url);
    await teacher.signIn(DEMO_USERS.teacher.email, DEMO_PASSWORD);
    expect((await teacher.request(RECORD, { id: DEMO_STUDENTS.maya.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('rejects a bad page size or cursor with BAD_USER_INPUT', async () => {
    const admin = new GraphQLTestClient(api.url);
    await admin.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
    expect(
      (await admin.request(RECORD, { id: DEMO_STUDENTS.maya.id, first: 0 })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await admin.request(RECORD, { id: DEMO_STUDENTS.maya.id, before: 'x' })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });
});
