import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const USER_FIELDS = 'id email displayName role specialty locale active passwordSet';
const STUDENT_FIELDS = 'id firstName lastName dateOfBirth grade school { id name } guardians { userId displayName email relationship rightsHolder active }';

const Q = {
  schools: `{ schools { id name } }`,
  createSchool: `mutation($name: String!) { createSchool(name: $name) { id name } }`,
  renameSchool: `mutation($id: ID!, $name: String!) { renameSchool(id: $id, name: $name) { id name } }`,
  districtUsers: `query($filter: DistrictUsersFilter, $first: Int, $after: String) {
    districtUsers(filter: $filter, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { ${USER_FIELDS} } } }`,
  createStaffUser: `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { ${USER_FIELDS} } }`,
  updateUser: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`,
  deactivateUser: `mutation($id: ID!) { deactivateUser(id: $id) { id active } }`,
  reactivateUser: `mutation($id: ID!) { reactivateUser(id: $id) { id active } }`,
  districtStudents: `query($search: String, $schoolId: ID, $first: Int, $after: String) {
    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { ${STUDENT_FIELDS} } } }`,
  createStudent: `mutation($input: CreateStudentInput!) { createStudent(input: $input) { ${STUDENT_FIELDS} } }`,
  updateStudent: `mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { ${STUDENT_FIELDS} } }`,
  addGuardian: `mutation($input: AddGuardianInput!) { addGuardian(input: $input) { ${STUDENT_FIELDS} } }`,
  removeGuardian: `mutation($studentId: ID!, $userId: ID!) { removeGuardian(studentId: $studentId, userId: $userId) { ${STUDENT_FIELDS} } }`,
  setGuardianRights: `mutation($input: SetGuardianRightsInput!) { setGuardianRights(input: $input) { ${STUDENT_FIELDS} } }`,
};

type UserNode = { id: string; email: string; displayName: string; role: string; specialty: string | null; locale: string; active: boolean; passwordSet: boolean };
type Guardian = { userId: string; displayName: string; email: string; relationship: string; rightsHolder: boolean; active: boolean };
type StudentNode = { id: string; firstName: string; lastName: string; dateOfBirth: string; grade: string; school: { id: string; name: string }; guardians: Guardian[] };
type Page<T> = { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: T[] };

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('district administration against the real PostgreSQL', () => {
  let api: TestApi;
  let admin: GraphQLTestClient;
  let lakeshoreAdmin: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let parent: GraphQLTestClient;

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    return client;
  }

  async function auditEvents(event: string, actorId: string = DEMO_USERS.admin.id): Promise<Array<{ student_id: string | null; outcome: string; data: Record<string, unknown> }>> {
    return api.db.query(`SELECT student_id, outcome, data FROM audit_events WHERE event = $1 AND actor_id = $2 ORDER BY id`, [event, actorId]);
  }

  async function deniedCount(actorId: string): Promise<number> {
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE event = 'ACCESS_DENIED' AND outcome = 'DENIED' AND actor_id = $1`, [actorId]);
    return count;
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    admin = await signedIn(DEMO_USERS.admin.email);
    lakeshoreAdmin = await signedIn(OTHER_DISTRICT.users.admin.email);
    teacher = await signedIn(DEMO_USERS.teacher.email);
    parent = await signedIn(DEMO_USERS.parent.email);
  });
  afterAll(() => api.close());

  describe('schools', () => {
    it("lists the caller's own district's schools to district staff, by name", async () => {
      const riverbend = DEMO_SCHOOLS.map((s) => s.name).sort();
      for (const client of [admin, teacher]) {
        const result = await client.request<{ schools: Array<{ name: string }> }>(Q.schools);
        expect(result.errors).toBeUndefined();
        expect(result.data!.schools.map((s) => s.name)).toEqual(riverbend);
      }
      const lakeshore = await lakeshoreAdmin.request<{ schools: Array<{ id: string }> }>(Q.schools);
      expect(lakeshore.data!.schools).toEqual([{ id: OTHER_DISTRICT.school.id, name: OTHER_DISTRICT.school.name }]);
    });

    it('creates and renames a school, each audited', async () => {
      const created = await admin.request<{ createSchool: { id: string; name: string } }>(Q.createSchool, { name: '  Birch Hollow Elementary  ' });
      expect(created.errors).toBeUndefined();
      const id = created.data!.createSchool.id;
      expect(created.data!.createSchool.name).toBe('Birch Hollow Elementary');
      expect(await auditEvents('SCHOOL_CREATED')).toEqual([expect.objectContaining({ data: { schoolId: id, name: 'Birch Hollow Elementary' } })]);

      const renamed = await admin.request<{ renameSchool: { name: string } }>(Q.renameSchool, { id, name: 'Birch Hollow Elementary School' });
      expect(renamed.data!.renameSchool.name).toBe('Birch Hollow Elementary School');
      const [row] = await api.db.query(`SELECT name, district_id FROM schools WHERE id = $1`, [id]);
      expect(row).toEqual({ name: 'Birch Hollow Elementary School', district_id: DEMO_DISTRICT.id });
      expect(await auditEvents('SCHOOL_RENAMED')).toEqual([
        expect.objectContaining({ data: { schoolId: id, previousName: 'Birch Hollow Elementary', name: 'Birch Hollow Elementary School' } }),
      ]);
    });

    it('refuses a name already used in the district, in any letter case, with CONFLICT', async () => {
      const duplicate = await admin.request(Q.createSchool, { name: DEMO_SCHOOLS[0].name.toUpperCase() });
      expect(code(duplicate)).toBe('CONFLICT');
      expect(duplicate.errors![0].message).toMatch(/already has a school named "Maple Grove Elementary School"/);
      const rename = await admin.request(Q.renameSchool, { id: DEMO_SCHOOLS[1].id, name: DEMO_SCHOOLS[0].name });
      expect(code(rename)).toBe('CONFLICT');
      // Another district may use the same name.
      const lakeshore = await lakeshoreAdmin.request(Q.createSchool, { name: DEMO_SCHOOLS[0].name });
      expect(lakeshore.errors).toBeUndefined();
    });

    it('refuses a blank name with BAD_USER_INPUT', async () => {
      const result = await admin.request(Q.createSchool, { name: '   ' });
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toBe('Enter the name of the school.');
    });
  });

  describe('accounts', () => {
    it("pages through the district's accounts, and filters them by role, search and status", async () => {
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE district_id = $1`, [DEMO_DISTRICT.id]);
      const seen: UserNode[] = [];
      let after: string | null = null;
      do {
        const result: GraphQLResponse<{ districtUsers: Page<UserNode> }> = await admin.request(Q.districtUsers, { first: 4, after });
        expect(result.errors).toBeUndefined();
        const page: Page<UserNode> = result.data!.districtUsers;
        expect(page.totalCount).toBe(count);
        expect(page.nodes.length).toBeLessThanOrEqual(4);
        seen.push(...page.nodes);
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(count);
      expect(new Set(seen.map((u) => u.id)).size).toBe(count);
      const names = seen.map((u) => u.displayName.toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(seen.map((u) => u.email)).not.toContain(OTHER_DISTRICT.users.admin.email);

      const specialists = await admin.request<{ districtUsers: Page<UserNode> }>(Q.districtUsers, { filter: { role: 'SPECIALIST' } });
      expect(specialists.data!.districtUsers.nodes.map((u) => u.email).sort()).toEqual(
        expect.arrayContaining([DEMO_USERS.slp.email, DEMO_USERS.psychologist.email]),
      );
      expect(specialists.data!.districtUsers.nodes.every((u) => u.role === 'SPECIALIST')).toBe(true);

      const search = await admin.request<{ districtUsers: Page<UserNode> }>(Q.districtUsers, { filter: { search: 'LINDQ' } });
      expect(search.data!.districtUsers.nodes.map((u) => u.email)).toEqual([DEMO_USERS.teacher.email]);
      const wildcard = await admin.request<{ districtUsers: Page<UserNode> }>(Q.districtUsers, { filter: { search: '%' } });
      expect(wildcard.data!.districtUsers.totalCount).toBe(0);

      const inactive = await admin.request<{ districtUsers: Page<UserNode> }>(Q.districtUsers, { filter: { active: false } });
      expect(inactive.data!.districtUsers.nodes.every((u) => !u.active)).toBe(true);
    });

    it('refuses a cursor it did not make, and a page size out of range, with BAD_USER_INPUT', async () => {
      expect(code(await admin.request(Q.districtUsers, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
      expect(code(await admin.request(Q.districtUsers, { first: 0 }))).toBe('BAD_USER_INPUT');
      expect(code(await admin.request(Q.districtUsers, { first: 1000 }))).toBe('BAD_USER_INPUT');
    });

    it('creates a staff account without a password, audited; the person cannot sign in until they set one', async () => {
      const result = await admin.request<{ createStaffUser: UserNode }>(Q.createStaffUser, {
        input: { email: ' Ruth.Okonkwo@Riverbend.example ', displayName: 'Ruth Okonkwo', role: 'SPECIALIST', specialty: 'Occupational therapist' },
      });
      // class-validator's IsEmail refuses surrounding spaces; the form trims them first.
      expect(code(result)).toBe('BAD_USER_INPUT');

      const created = await admin.request<{ createStaffUser: UserNode }>(Q.createStaffUser, {
        input: { email: 'Ruth.Okonkwo@Riverbend.example', displayName: 'Ruth Okonkwo', role: 'SPECIALIST', specialty: 'Occupational therapist' },
      });
      expect(created.errors).toBeUndefined();
      const user = created.data!.createStaffUser;
      expect(user).toEqual(expect.objectContaining({
        email: 'ruth.okonkwo@riverbend.example', role: 'SPECIALIST', specialty: 'Occupational therapist', active: true, passwordSet: false, locale: 'en',
      }));
      const [row] = await api.db.query(`SELECT district_id, password_hash FROM users WHERE id = $1`, [user.id]);
      expect(row.password_hash).toBeNull();
      expect(row.district_id).toBe(DEMO_DISTRICT.id);
      expect(await auditEvents('USER_CREATED')).toContainEqual(
        expect.objectContaining({ data: { userId: user.id, email: 'ruth.okonkwo@riverbend.example', role: 'SPECIALIST' } }),
      );
      const signIn = await new GraphQLTestClient(api.url).signIn('ruth.okonkwo@riverbend.example', DEMO_PASSWORD);
      expect(code(signIn)).toBe('UNAUTHENTICATED');
    });

    it('refuses an e-mail address already in use, in this district or another, with CONFLICT and writes nothing', async () => {
      const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM users`);
      for (const email of [DEMO_USERS.teacher.email.toUpperCase(), OTHER_DISTRICT.users.parent.email]) {
        const result = await admin.request(Q.createStaffUser, { input: { email, displayName: 'Someone Else', role: 'GENERAL_EDUCATION_TEACHER' } });
        expect(code(result)).toBe('CONFLICT');
        expect(result.errors![0].message).toMatch(/already exists/);
      }
      const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM users`);
      expect(after).toBe(before);
    });

    it('refuses input that breaks the rules with BAD_USER_INPUT', async () => {
      const base = { email: 'new.teacher@riverbend.example', displayName: 'New Teacher', role: 'GENERAL_EDUCATION_TEACHER' };
      for (const input of [{ ...base, email: 'not-an-address' }, { ...base, displayName: ' ' }, { ...base, role: 'PARENT' }, { ...base, specialty: 'x'.repeat(201) }]) {
        expect(code(await admin.request(Q.createStaffUser, { input }))).toBe('BAD_USER_INPUT');
      }
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [base.email]);
      expect(count).toBe(0);
    });

    it('updates name, role, specialty and language, and audits what changed', async () => {
      const result = await admin.request<{ updateUser: UserNode }>(Q.updateUser, {
        input: { id: DEMO_USERS.slp.id, displayName: 'Owen A. Mbeki', role: 'SPECIAL_EDUCATION_TEACHER', specialty: '', locale: 'es' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateUser).toEqual(expect.objectContaining({
        displayName: 'Owen A. Mbeki', role: 'SPECIAL_EDUCATION_TEACHER', specialty: null, locale: 'es',
      }));
      expect(await auditEvents('USER_UPDATED')).toContainEqual(expect.objectContaining({
        data: { userId: DEMO_USERS.slp.id, fields: ['displayName', 'role', 'specialty', 'locale'], previousRole: 'SPECIALIST', role: 'SPECIAL_EDUCATION_TEACHER' },
      }));
      // Nothing to change: no write, no audit entry.
      const before = (await auditEvents('USER_UPDATED')).length;
      const same = await admin.request(Q.updateUser, { input: { id: DEMO_USERS.slp.id, displayName: 'Owen A. Mbeki' } });
      expect(same.errors).toBeUndefined();
      expect(await auditEvents('USER_UPDATED')).toHaveLength(before);
    });

    it("refuses to give a family account a staff role", async () => {
      const result = await admin.request(Q.updateUser, { input: { id: DEMO_USERS.parent.id, role: 'DISTRICT_ADMIN' } });
      expect(code(result)).toBe('BAD_USER_INPUT');
      const [row] = await api.db.query(`SELECT role FROM users WHERE id = $1`, [DEMO_USERS.parent.id]);
      expect(row.role).toBe('PARENT');
    });

    it('does not let an administrator change their own role or deactivate themselves', async () => {
      const role = await admin.request(Q.updateUser, { input: { id: DEMO_USERS.admin.id, role: 'GENERAL_EDUCATION_TEACHER' } });
      expect(code(role)).toBe('BAD_USER_INPUT');
      expect(role.errors![0].message).toMatch(/your own role/);
      const deactivate = await admin.request(Q.deactivateUser, { id: DEMO_USERS.admin.id });
      expect(code(deactivate)).toBe('BAD_USER_INPUT');
      const [row] = await api.db.query(`SELECT role, active FROM users WHERE id = $1`, [DEMO_USERS.admin.id]);
      expect(row).toEqual({ role: 'DISTRICT_ADMIN', active: true });
      // Their own name is theirs to correct.
      const rename = await admin.request(Q.updateUser, { input: { id: DEMO_USERS.admin.id, role: 'DISTRICT_ADMIN', displayName: 'Dana Okafor' } });
      expect(rename.errors).toBeUndefined();
    });

    it('says in Spanish, to an administrator reading Spanish, that they cannot change their own role', async () => {
      const spanish = new GraphQLTestClient(api.url, { 'accept-language': 'es' });
      expect((await spanish.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD)).errors).toBeUndefined();
      const result = await spanish.request(Q.updateUser, { input: { id: DEMO_USERS.admin.id, role: 'GENERAL_EDUCATION_TEACHER' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'No puede cambiar su propia función. Pida a otra persona administradora del distrito que lo haga.',
        extensions: { code: 'BAD_USER_INPUT', field: 'role' },
      });
      const [row] = await api.db.query(`SELECT role FROM users WHERE id = $1`, [DEMO_USERS.admin.id]);
      expect(row.role).toBe('DISTRICT_ADMIN');
    });

    it('deactivation ends a signed-in teacher’s session at once, and they cannot sign in until reactivated', async () => {
      const tomas = await signedIn(DEMO_USERS.caseManager2.email);
      expect((await tomas.request(`{ students { id } }`)).errors).toBeUndefined();

      const deactivated = await admin.request<{ deactivateUser: { active: boolean } }>(Q.deactivateUser, { id: DEMO_USERS.caseManager2.id });
      expect(deactivated.data!.deactivateUser.active).toBe(false);
      expect(code(await tomas.request(`{ students { id } }`))).toBe('UNAUTHENTICATED');
      expect((await tomas.request(`{ me { id } }`)).data).toEqual({ me: null });
      const [{ open }] = await api.db.query(`SELECT count(*)::int AS open FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [DEMO_USERS.caseManager2.id]);
      expect(open).toBe(0);
      expect(code(await new GraphQLTestClient(api.url).signIn(DEMO_USERS.caseManager2.email, DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
      const [event] = await auditEvents('USER_DEACTIVATED');
      expect(event.data).toEqual({ userId: DEMO_USERS.caseManager2.id, sessionsRevoked: 1 });

      // A second click changes nothing and records nothing.
      expect((await admin.request(Q.deactivateUser, { id: DEMO_USERS.caseManager2.id })).errors).toBeUndefined();
      expect(await auditEvents('USER_DEACTIVATED')).toHaveLength(1);

      const reactivated = await admin.request<{ reactivateUser: { active: boolean } }>(Q.reactivateUser, { id: DEMO_USERS.caseManager2.id });
      expect(reactivated.data!.reactivateUser.active).toBe(true);
      expect(await auditEvents('USER_REACTIVATED')).toEqual([expect.objectContaining({ data: { userId: DEMO_USERS.caseManager2.id } })]);
      expect((await new GraphQLTestClient(api.url).signIn(DEMO_USERS.caseManager2.email, DEMO_PASSWORD)).errors).toBeUndefined();
    });
  });

  describe('students and guardians', () => {
    it('pages through the district’s students with school and guardians, and records each listing', async () => {
      const before = (await auditEvents('STUDENTS_LISTED')).length;
      const first = await admin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { first: 2 });
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.districtStudents;
      expect(page1.nodes).toHaveLength(2);
      expect(page1.hasNextPage).toBe(true);
      const second = await admin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { first: 100, after: page1.endCursor });
      const all = [...page1.nodes, ...second.data!.districtStudents.nodes];
      expect(all).toHaveLength(page1.totalCount);
      expect(all.map((s) => s.id)).not.toContain(OTHER_DISTRICT.student.id);
      const keys = all.map((s) => `${s.lastName} ${s.firstName}`.toLowerCase());
      expect(keys).toEqual([...keys].sort());
      // One row per page read, naming every student on the page.
      const listings: Array<{ student_ids: string[] }> = await api.db.query(
        `SELECT student_ids FROM audit_events WHERE event = 'STUDENTS_LISTED' AND actor_id = $1 ORDER BY id DESC LIMIT 2`, [DEMO_USERS.admin.id]);
      expect(await auditEvents('STUDENTS_LISTED')).toHaveLength(before + 2);
      expect(listings.map((row) => row.student_ids).reverse()).toEqual([page1.nodes.map((s) => s.id), second.data!.districtStudents.nodes.map((s) => s.id)]);

      const maya = all.find((s) => s.id === DEMO_STUDENTS.maya.id)!;
      expect(maya).toEqual(expect.objectContaining({ dateOfBirth: DEMO_STUDENTS.maya.dateOfBirth, school: { id: DEMO_SCHOOLS[0].id, name: DEMO_SCHOOLS[0].name } }));
      expect(maya.guardians).toEqual([expect.objectContaining({ userId: DEMO_USERS.parent.id, rightsHolder: true, active: true })]);

      const carters = await admin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { search: 'carter' });
      // Lucas is the revocation journey's student (DEMO_JOURNEYS).
      expect(carters.data!.districtStudents.nodes.map((s) => s.firstName)).toEqual(['Leo', 'Lucas', 'Maya']);
      const byName = await admin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { search: 'maya car' });
      expect(byName.data!.districtStudents.nodes.map((s) => s.id)).toEqual([DEMO_STUDENTS.maya.id]);
      const cedar = await admin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { schoolId: DEMO_SCHOOLS[1].id });
      expect(cedar.data!.districtStudents.nodes.every((s) => s.school.id === DEMO_SCHOOLS[1].id)).toBe(true);
    });

    it('loads schools and guardians of a whole page in one statement each, however long the page', async () => {
      // TypeORM's beforeQuery hook sees every statement the API sends; session bookkeeping is left out.
      const statements: string[] = [];
      api.app.get(DataSource).subscribers.push({ beforeQuery: ({ query }: { query: string }) => void statements.push(query) });
      const countFor = async (first: number) => {
        statements.length = 0;
        const result = await admin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { first });
        expect(result.data!.districtStudents.nodes).toHaveLength(first);
        return statements.filter((query) => !/\bsessions\b/.test(query)).length;
      };
      expect(await countFor(4)).toBe(await countFor(1));
      expect(statements.filter((query) => /FROM guardianships/.test(query))).toHaveLength(1);
    });

    it('creates and corrects a student, each audited', async () => {
      const created = await admin.request<{ createStudent: StudentNode }>(Q.createStudent, {
        input: { firstName: ' Jonah ', lastName: 'Abernathy', dateOfBirth: '2018-07-09', grade: 'K', schoolId: DEMO_SCHOOLS[0].id },
      });
      expect(created.errors).toBeUndefined();
      const student = created.data!.createStudent;
      expect(student).toEqual(expect.objectContaining({ firstName: 'Jonah', dateOfBirth: '2018-07-09', grade: 'K', guardians: [] }));
      expect(await auditEvents('STUDENT_CREATED')).toContainEqual(
        expect.objectContaining({ student_id: student.id, data: { schoolId: DEMO_SCHOOLS[0].id } }),
      );

      const updated = await admin.request<{ updateStudent: StudentNode }>(Q.updateStudent, {
        input: { id: student.id, grade: '1', schoolId: DEMO_SCHOOLS[1].id, dateOfBirth: '2018-07-10', firstName: 'Jonah' },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateStudent).toEqual(expect.objectContaining({ grade: '1', dateOfBirth: '2018-07-10', school: { id: DEMO_SCHOOLS[1].id, name: DEMO_SCHOOLS[1].name } }));
      expect(await auditEvents('STUDENT_UPDATED')).toContainEqual(
        expect.objectContaining({ student_id: student.id, data: { fields: ['dateOfBirth', 'grade', 'schoolId'] } }),
      );
    });

    it('refuses a date of birth that is not a real date in the past with BAD_USER_INPUT, and writes nothing', async () => {
      const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM students`);
      const input = { firstName: 'Test', lastName: 'Dates', grade: '3', schoolId: DEMO_SCHOOLS[0].id };
      const nextYear = `${new Date().getUTCFullYear() + 1}-01-15`;
      const expectations: Array<[string, RegExp]> = [
        ['2016-02-30', /does not exist/],
        ['2015-13-01', /does not exist/],
        [nextYear, /in the past/],
        [new Date().toISOString().slice(0, 10), /in the past/],
        ['12/04/2016', /year-month-day/],
        ['1916-04-12', /more than 30 years ago/],
      ];
      for (const [dateOfBirth, message] of expectations) {
        const result = await admin.request(Q.createStudent, { input: { ...input, dateOfBirth } });
        expect(code(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].message).toMatch(message);
      }
      const update = await admin.request(Q.updateStudent, { input: { id: DEMO_STUDENTS.ethan.id, dateOfBirth: '2017-02-29' } });
      expect(code(update)).toBe('BAD_USER_INPUT');
      const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM students`);
      expect(after).toBe(before);
      expect(code(await admin.request(Q.createStudent, { input: { ...input, dateOfBirth: '2016-02-29', grade: '13' } }))).toBe('BAD_USER_INPUT');
    });

    it('refuses a school of another district with NOT_FOUND, audited, and writes nothing', async () => {
      const denied = await deniedCount(DEMO_USERS.admin.id);
      const result = await admin.request(Q.createStudent, {
        input: { firstName: 'Wrong', lastName: 'School', dateOfBirth: '2016-05-05', grade: '4', schoolId: OTHER_DISTRICT.school.id },
      });
      expect(code(result)).toBe('NOT_FOUND');
      expect(await deniedCount(DEMO_USERS.admin.id)).toBe(denied + 1);
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM students WHERE last_name = 'School'`);
      expect(count).toBe(0);
    });

    it('adds a guardian, making a family account when the e-mail is new, and removes them again', async () => {
      const added = await admin.request<{ addGuardian: StudentNode }>(Q.addGuardian, {
        input: { studentId: DEMO_STUDENTS.ethan.id, email: 'Minh.Nguyen@Example.org', displayName: 'Minh Nguyen', relationship: 'Father', rightsHolder: true, locale: 'es' },
      });
      expect(added.errors).toBeUndefined();
      const guardian = added.data!.addGuardian.guardians.find((g) => g.email === 'minh.nguyen@example.org')!;
      expect(guardian).toEqual(expect.objectContaining({ displayName: 'Minh Nguyen', relationship: 'Father', rightsHolder: true, active: true }));
      const [account] = await api.db.query(`SELECT role, locale, district_id, password_hash FROM users WHERE id = $1`, [guardian.userId]);
      expect(account).toEqual({ role: 'PARENT', locale: 'es', district_id: DEMO_DISTRICT.id, password_hash: null });
      expect(await auditEvents('USER_CREATED')).toContainEqual(expect.objectContaining({ data: { userId: guardian.userId, email: 'minh.nguyen@example.org', role: 'PARENT' } }));
      expect(await auditEvents('GUARDIAN_ADDED')).toContainEqual(expect.objectContaining({
        student_id: DEMO_STUDENTS.ethan.id, data: { userId: guardian.userId, relationship: 'Father', rightsHolder: true, accountCreated: true },
      }));

      // An existing family account is linked, not duplicated; its name stays its own.
      const [{ users }] = await api.db.query(`SELECT count(*)::int AS users FROM users`);
      const linked = await admin.request<{ addGuardian: StudentNode }>(Q.addGuardian, {
        input: { studentId: DEMO_STUDENTS.ava.id, email: DEMO_USERS.parentEs.email, displayName: 'Ignored Name', relationship: 'Aunt', rightsHolder: false },
      });
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.addGuardian.guardians).toContainEqual(expect.objectContaining({ userId: DEMO_USERS.parentEs.id, displayName: DEMO_USERS.parentEs.displayName, rightsHolder: false }));
      const [{ users: usersAfter }] = await api.db.query(`SELECT count(*)::int AS users FROM users`);
      expect(usersAfter).toBe(users);

      const again = await admin.request(Q.addGuardian, {
        input: { studentId: DEMO_STUDENTS.ava.id, email: DEMO_USERS.parentEs.email, displayName: 'Lucía Ramírez', relationship: 'Aunt', rightsHolder: false },
      });
      expect(code(again)).toBe('CONFLICT');

      const removed = await admin.request<{ removeGuardian: StudentNode }>(Q.removeGuardian, { studentId: DEMO_STUDENTS.ava.id, userId: DEMO_USERS.parentEs.id });
      expect(removed.errors).toBeUndefined();
      expect(removed.data!.removeGuardian.guardians.map((g) => g.userId)).not.toContain(DEMO_USERS.parentEs.id);
      expect(await auditEvents('GUARDIAN_REMOVED')).toContainEqual(expect.objectContaining({ student_id: DEMO_STUDENTS.ava.id, data: { userId: DEMO_USERS.parentEs.id } }));
      const [{ active }] = await api.db.query(`SELECT active FROM users WHERE id = $1`, [DEMO_USERS.parentEs.id]);
      expect(active).toBe(true);
      expect(code(await admin.request(Q.removeGuardian, { studentId: DEMO_STUDENTS.ava.id, userId: DEMO_USERS.parentEs.id }))).toBe('NOT_FOUND');
    });

    it('designates and withdraws a guardian’s educational rights, audited; an unchanged answer writes nothing', async () => {
      const input = { studentId: DEMO_STUDENTS.maya.id, userId: DEMO_USERS.parent.id };
      const withdrawn = await admin.request<{ setGuardianRights: StudentNode }>(Q.setGuardianRights, { input: { ...input, rightsHolder: false } });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.setGuardianRights.guardians).toEqual([expect.objectContaining({ userId: DEMO_USERS.parent.id, rightsHolder: false })]);
      const events = () => auditEvents('GUARDIAN_RIGHTS_SET');
      expect((await events()).at(-1)).toEqual({
        student_id: DEMO_STUDENTS.maya.id, outcome: expect.any(String), data: { userId: DEMO_USERS.parent.id, rightsHolder: false, previously: true },
      });
      const count = (await events()).length;
      expect((await admin.request(Q.setGuardianRights, { input: { ...input, rightsHolder: false } })).errors).toBeUndefined();
      expect(await events()).toHaveLength(count);

      const restored = await admin.request<{ setGuardianRights: StudentNode }>(Q.setGuardianRights, { input: { ...input, rightsHolder: true } });
      expect(restored.data!.setGuardianRights.guardians).toEqual([expect.objectContaining({ userId: DEMO_USERS.parent.id, rightsHolder: true })]);
      expect((await events()).at(-1)?.data).toEqual({ userId: DEMO_USERS.parent.id, rightsHolder: true, previously: false });

      // Someone who is not this student's guardian, or no id at all: NOT_FOUND, and no guardianship appears.
      for (const userId of [DEMO_USERS.parentEs.id, 'not-an-id']) {
        expect(code(await admin.request(Q.setGuardianRights, { input: { studentId: DEMO_STUDENTS.maya.id, userId, rightsHolder: true } }))).toBe('NOT_FOUND');
      }
      const [{ links }] = await api.db.query(`SELECT count(*)::int AS links FROM guardianships WHERE student_id = $1`, [DEMO_STUDENTS.maya.id]);
      expect(links).toBe(1);
    });

    it('refuses a staff account as a guardian with BAD_USER_INPUT', async () => {
      const result = await admin.request(Q.addGuardian, {
        input: { studentId: DEMO_STUDENTS.ethan.id, email: DEMO_USERS.teacher.email, displayName: 'Grace Lindqvist', relationship: 'Mother', rightsHolder: true },
      });
      expect(code(result)).toBe('BAD_USER_INPUT');
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM guardianships WHERE user_id = $1`, [DEMO_USERS.teacher.id]);
      expect(count).toBe(0);
    });

    it('leaves nothing half-written when a step fails: no account for a guardian of an unknown or foreign student', async () => {
      for (const studentId of [randomUUID(), OTHER_DISTRICT.student.id, 'not-an-id']) {
        const email = `half.written.${studentId.slice(0, 8)}@example.org`;
        const result = await admin.request(Q.addGuardian, { input: { studentId, email, displayName: 'Half Written', relationship: 'Mother', rightsHolder: true } });
        expect(code(result)).toBe('NOT_FOUND');
        const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email]);
        expect(count).toBe(0);
      }
      const created = await auditEvents('USER_CREATED');
      expect(created.map((e) => e.data.email)).not.toContainEqual(expect.stringMatching(/^half\.written/));
    });
  });

  describe('other districts and other roles', () => {
    const lakeshoreAttempts = (): Array<[string, string, Record<string, unknown>]> => [
      ['renameSchool', Q.renameSchool, { id: DEMO_SCHOOLS[0].id, name: 'Taken Over' }],
      ['updateUser', Q.updateUser, { input: { id: DEMO_USERS.teacher.id, displayName: 'Taken Over' } }],
      ['deactivateUser', Q.deactivateUser, { id: DEMO_USERS.teacher.id }],
      ['reactivateUser', Q.reactivateUser, { id: DEMO_USERS.teacher.id }],
      ['createStudent', Q.createStudent, { input: { firstName: 'Taken', lastName: 'Over', dateOfBirth: '2016-01-01', grade: '4', schoolId: DEMO_SCHOOLS[0].id } }],
      ['updateStudent', Q.updateStudent, { input: { id: DEMO_STUDENTS.maya.id, firstName: 'Taken' } }],
      ['addGuardian', Q.addGuardian, { input: { studentId: DEMO_STUDENTS.maya.id, email: 'taken.over@example.org', displayName: 'Taken Over', relationship: 'Mother', rightsHolder: true } }],
      ['removeGuardian', Q.removeGuardian, { studentId: DEMO_STUDENTS.maya.id, userId: DEMO_USERS.parent.id }],
      ['setGuardianRights', Q.setGuardianRights, { input: { studentId: DEMO_STUDENTS.maya.id, userId: DEMO_USERS.parent.id, rightsHolder: false } }],
    ];

    it('answers NOT_FOUND to the Lakeshore administrator for every Riverbend record, audits each, and changes nothing', async () => {
      const before = await deniedCount(OTHER_DISTRICT.users.admin.id);
      for (const [operation, document, variables] of lakeshoreAttempts()) {
        const result = await lakeshoreAdmin.request(document, variables);
        expect([operation, code(result)]).toEqual([operation, 'NOT_FOUND']);
        expect(result.data?.[operation] ?? null).toBeNull();
      }
      expect(await deniedCount(OTHER_DISTRICT.users.admin.id)).toBe(before + lakeshoreAttempts().length);
      const [{ reason }] = await api.db.query(
        `SELECT data->>'reason' AS reason FROM audit_events WHERE event = 'ACCESS_DENIED' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
        [OTHER_DISTRICT.users.admin.id],
      );
      expect(reason).toBe('NOT_IN_DISTRICT');

      const [school] = await api.db.query(`SELECT name FROM schools WHERE id = $1`, [DEMO_SCHOOLS[0].id]);
      expect(school.name).toBe(DEMO_SCHOOLS[0].name);
      const [grace] = await api.db.query(`SELECT display_name, active FROM users WHERE id = $1`, [DEMO_USERS.teacher.id]);
      expect(grace).toEqual({ display_name: DEMO_USERS.teacher.displayName, active: true });
      const [maya] = await api.db.query(`SELECT first_name FROM students WHERE id = $1`, [DEMO_STUDENTS.maya.id]);
      expect(maya.first_name).toBe('Maya');
      const [{ links }] = await api.db.query(`SELECT count(*)::int AS links FROM guardianships WHERE student_id = $1`, [DEMO_STUDENTS.maya.id]);
      expect(links).toBe(1);
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'taken.over@example.org'`);
      expect(count).toBe(0);

      const users = await lakeshoreAdmin.request<{ districtUsers: Page<UserNode> }>(Q.districtUsers, { first: 100 });
      expect(users.data!.districtUsers.nodes.map((u) => u.email)).not.toContain(DEMO_USERS.teacher.email);
      const students = await lakeshoreAdmin.request<{ districtStudents: Page<StudentNode> }>(Q.districtStudents, { first: 100 });
      expect(students.data!.districtStudents.nodes.map((s) => s.id)).toEqual([OTHER_DISTRICT.student.id]);
    });

    it('refuses teachers and parents with FORBIDDEN on every administration operation, audited', async () => {
      const operations: Array<[string, string, Record<string, unknown>]> = [
        ['districtUsers', Q.districtUsers, {}],
        ['districtStudents', Q.districtStudents, {}],
        ['createSchool', Q.createSchool, { name: 'Not Allowed Academy' }],
        ['createStaffUser', Q.createStaffUser, { input: { email: 'not.allowed@riverbend.example', displayName: 'Not Allowed', role: 'DISTRICT_ADMIN' } }],
        ...lakeshoreAttempts(),
      ];
      for (const [client, actorId] of [[teacher, DEMO_USERS.teacher.id], [parent, DEMO_USERS.parent.id]] as const) {
        const before = await deniedCount(actorId);
        for (const [operation, document, variables] of operations) {
          const result = await client.request(document, variables);
          expect([operation, code(result)]).toEqual([operation, 'FORBIDDEN']);
        }
        expect(await deniedCount(actorId)).toBe(before + operations.length);
      }
      expect(code(await parent.request(Q.schools))).toBe('FORBIDDEN');
      expect(code(await new GraphQLTestClient(api.url).request(Q.districtUsers))).toBe('UNAUTHENTICATED');
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'not.allowed@riverbend.example'`);
      expect(count).toBe(0);
    });
  });
});
