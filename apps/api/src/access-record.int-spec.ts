import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const RECORD = `query($id: ID!, $first: Int, $before: String) {
  studentAccessRecord(studentId: $id, first: $first, before: $before) {
    totalCount nextCursor entries { id actorName actorRole event iepId occurredAt }
  }
}`;

type Page = {
  studentAccessRecord: {
    totalCount: number;
    nextCursor: string | null;
    entries: Array<{ actorName: string; actorRole: string; event: string }>;
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
    expect(page.entries).toEqual([
      expect.objectContaining({ actorName: DEMO_USERS.parent.displayName, event: 'ACCESS_RECORD_VIEWED' }),
    ]);
    expect(page.nextCursor).not.toBeNull();
    const second = await parent.request<Page>(RECORD, {
      id: DEMO_STUDENTS.maya.id,
      first: 200,
      before: page.nextCursor,
    });
    expect(second.data!.studentAccessRecord.entries.length).toBe(page.totalCount - 1);
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
