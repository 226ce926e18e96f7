import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DISTRICT_WIDE_ROLES, UserRole } from '@iep/domain';
import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/**
 * The authorization matrix: every operation of the schema × every role (and no sign-in at all) ×
 * a record of the caller's own, another student of the same school, and a student of another district.
 * A new operation fails the first test until it has a row here, so access is always decided on purpose.
 */

type Target = 'OWN' | 'SAME_SCHOOL' | 'OTHER_DISTRICT';
type Caller = UserRole | 'ANONYMOUS';
const TARGETS: Target[] = ['OWN', 'SAME_SCHOOL', 'OTHER_DISTRICT'];
const CALLERS: Caller[] = ['ANONYMOUS', ...Object.values(UserRole)];

/** The records each role reaches through a real relationship, and ones it must not reach. */
interface Records {
  studentId: string;
  iepId: string;
}

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAPLE_OWN: Records = { studentId: DEMO_STUDENTS.maya.id, iepId: iep('401') };
const MAPLE_OTHER: Records = { studentId: DEMO_STUDENTS.ava.id, iepId: iep('407') };
const OTHER: Records = { studentId: OTHER_DISTRICT.student.id, iepId: OTHER_DISTRICT.iep.id };

export const CALLER_ACCOUNTS: Record<UserRole, { email: string; own: Records; sameSchool: Records }> = {
  [UserRole.Parent]: { email: DEMO_USERS.parent.email, own: MAPLE_OWN, sameSchool: MAPLE_OTHER },
  [UserRole.Student]: { email: DEMO_USERS.student.email, own: { studentId: DEMO_STUDENTS.sofia.id, iepId: iep('405') }, sameSchool: { studentId: DEMO_STUDENTS.leo.id, iepId: iep('403') } },
  [UserRole.GeneralEducationTeacher]: { email: DEMO_USERS.teacher.email, own: MAPLE_OWN, sameSchool: MAPLE_OTHER },
  [UserRole.SpecialEducationTeacher]: { email: DEMO_USERS.caseManager.email, own: MAPLE_OWN, sameSchool: MAPLE_OTHER },
  [UserRole.Specialist]: { email: DEMO_USERS.slp.email, own: MAPLE_OWN, sameSchool: MAPLE_OTHER },
  [UserRole.DistrictRepresentative]: { email: DEMO_USERS.districtRep.email, own: MAPLE_OWN, sameSchool: MAPLE_OTHER },
  [UserRole.DistrictAdmin]: { email: DEMO_USERS.admin.email, own: MAPLE_OWN, sameSchool: MAPLE_OTHER },
  [UserRole.Guest]: { email: DEMO_USERS.guest.email, own: { studentId: DEMO_STUDENTS.maya.id, iepId: iep('402') }, sameSchool: MAPLE_OTHER },
};

export interface MatrixContext {
  caller: Caller;
  target: Target;
  records: Records;
  email: string;
}

export interface MatrixCase {
  /** A document with exactly one root field: the operation under test. */
  document: string;
  variables?: (ctx: MatrixContext) => Record<string, unknown>;
  /** Whether the caller may reach the record. */
  allowed: (caller: Caller, target: Target) => boolean;
  /** Operations about no particular record run once per caller, with target OWN. */
  recordless?: boolean;
  /** Operations that end the session run on a session of their own. */
  ownSession?: boolean;
}

const signedIn = (caller: Caller) => caller !== 'ANONYMOUS';
const DISTRICT_STAFF: Caller[] = [
  UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist,
  UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
];
const isDistrictAdmin = (caller: Caller) => caller === UserRole.DistrictAdmin;
const administersDistrictOf = (caller: Caller, target: Target) => isDistrictAdmin(caller) && target !== 'OTHER_DISTRICT';
const managedUserId = (target: Target) => (target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.users.caseManager.id : DEMO_USERS.psychologist.id);
const reachesRecord = (caller: Caller, target: Target) =>
  caller !== 'ANONYMOUS' && (target === 'OWN' || (target === 'SAME_SCHOOL' && DISTRICT_WIDE_ROLES.has(caller)));

/** Who manages an IEP's team: a special education teacher on it, or the district's representative. */
const managesTeam = (caller: Caller, target: Target) =>
  (caller === UserRole.SpecialEducationTeacher && target === 'OWN') ||
  (caller === UserRole.DistrictRepresentative && target !== 'OTHER_DISTRICT');
const CASE_MANAGER_OF: Record<string, string> = {
  [iep('401')]: DEMO_USERS.caseManager.id,
  [iep('402')]: DEMO_USERS.caseManager.id,
  [iep('403')]: DEMO_USERS.caseManager2.id,
  [iep('405')]: DEMO_USERS.caseManager2.id,
  [iep('407')]: DEMO_USERS.caseManager2.id,
  [OTHER_DISTRICT.iep.id]: OTHER_DISTRICT.users.caseManager.id,
};

export const OPERATIONS: Record<string, MatrixCase> = {
  'Query.me': { document: '{ me { id } }', allowed: () => true, recordless: true },
  'Query.students': { document: '{ students { id } }', allowed: signedIn, recordless: true },
  'Query.student': {
    document: 'query($id: ID!) { student(id: $id) { id } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: reachesRecord,
  },
  'Query.iep': {
    document: 'query($id: ID!) { iep(id: $id) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  // Deadlines follow the record they belong to, exactly as the IEP and student queries do.
  'Query.iepDeadlines': {
    document: 'query($id: ID!) { iepDeadlines(iepId: $id) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  'Query.studentDeadlines': {
    document: 'query($id: ID!) { studentDeadlines(studentId: $id) { id } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: reachesRecord,
  },
  // The bell reaches only the caller's own notifications (deadlines.int-spec.ts tries someone else's).
  'Query.notifications': { document: '{ notifications { id } }', allowed: signedIn, recordless: true },
  'Query.unreadNotificationCount': { document: '{ unreadNotificationCount }', allowed: signedIn, recordless: true },
  'Mutation.markNotificationsRead': { document: 'mutation { markNotificationsRead(ids: []) }', allowed: signedIn, recordless: true },
  'Query.studentAccessRecord': {
    document: 'query($id: ID!) { studentAccessRecord(studentId: $id) { totalCount } }',
    variables: ({ records }) => ({ id: records.studentId }),
    // Rights holders and district staff; a teacher's team membership does not open the access record.
    allowed: (caller, target) =>
      (caller === UserRole.Parent && target === 'OWN') ||
      (caller !== 'ANONYMOUS' && DISTRICT_WIDE_ROLES.has(caller) && target !== 'OTHER_DISTRICT'),
  },
  // District administration: the caller's own district only, and its administrators alone may change it.
  // Rows that succeed leave the records as they were (or, for the guardian, put them back), so later rows see the seed.
  'Query.schools': { document: '{ schools { id } }', allowed: (caller) => DISTRICT_STAFF.includes(caller), recordless: true },
  'Query.districtUsers': { document: '{ districtUsers { totalCount } }', allowed: isDistrictAdmin, recordless: true },
  'Query.districtStudents': { document: '{ districtStudents { totalCount } }', allowed: isDistrictAdmin, recordless: true },
  'Mutation.createSchool': {
    document: 'mutation($name: String!) { createSchool(name: $name) { id } }',
    variables: () => ({ name: 'Matrix Academy' }),
    allowed: isDistrictAdmin,
    recordless: true,
  },
  'Mutation.renameSchool': {
    document: 'mutation($id: ID!, $name: String!) { renameSchool(id: $id, name: $name) { id } }',
    variables: ({ target }) => (target === 'OTHER_DISTRICT' ? { id: OTHER_DISTRICT.school.id, name: OTHER_DISTRICT.school.name } : { id: DEMO_SCHOOLS[0].id, name: DEMO_SCHOOLS[0].name }),
    allowed: administersDistrictOf,
  },
  'Mutation.createStaffUser': {
    document: 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }',
    variables: () => ({ input: { email: 'matrix.staff@riverbend.example', displayName: 'Matrix Staff', role: 'GENERAL_EDUCATION_TEACHER' } }),
    allowed: isDistrictAdmin,
    recordless: true,
  },
  'Mutation.updateUser': {
    document: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    variables: ({ target }) => ({ input: { id: managedUserId(target), locale: 'en' } }),
    allowed: administersDistrictOf,
  },
  // Deactivates an account no other row signs in with; the next operation reactivates it.
  'Mutation.deactivateUser': {
    document: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
    variables: ({ target }) => ({ id: managedUserId(target) }),
    allowed: administersDistrictOf,
  },
  'Mutation.reactivateUser': {
    document: 'mutation($id: ID!) { reactivateUser(id: $id) { id } }',
    variables: ({ target }) => ({ id: managedUserId(target) }),
    allowed: administersDistrictOf,
  },
  'Mutation.createStudent': {
    document: 'mutation($input: CreateStudentInput!) { createStudent(input: $input) { id } }',
    variables: ({ target }) => ({
      input: {
        firstName: 'Matrix', lastName: 'Student', dateOfBirth: '2016-03-04', grade: '4',
        schoolId: target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.school.id : DEMO_SCHOOLS[0].id,
      },
    }),
    allowed: administersDistrictOf,
  },
  'Mutation.updateStudent': {
    document: 'mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { id } }',
    variables: ({ records }) => ({ input: { id: records.studentId } }),
    allowed: administersDistrictOf,
  },
  // Links a parent who is no caller here; the next operation unlinks them again.
  'Mutation.addGuardian': {
    document: 'mutation($input: AddGuardianInput!) { addGuardian(input: $input) { id } }',
    variables: ({ records }) => ({
      input: { studentId: records.studentId, email: DEMO_USERS.parentEs.email, displayName: DEMO_USERS.parentEs.displayName, relationship: 'Aunt', rightsHolder: false },
    }),
    allowed: administersDistrictOf,
  },
  'Mutation.removeGuardian': {
    document: 'mutation($studentId: ID!, $userId: ID!) { removeGuardian(studentId: $studentId, userId: $userId) { id } }',
    variables: ({ records }) => ({ studentId: records.studentId, userId: DEMO_USERS.parentEs.id }),
    allowed: administersDistrictOf,
  },
  'Mutation.signIn': {
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
    variables: ({ email }) => ({ input: { email, password: DEMO_PASSWORD } }),
    allowed: () => true,
    recordless: true,
    ownSession: true,
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: signedIn, recordless: true, ownSession: true },
  // Anyone may ask for a reset link or use one; the answer never depends on who asks.
  'Mutation.requestPasswordReset': {
    document: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
    variables: ({ email }) => ({ email }),
    allowed: () => true,
    recordless: true,
  },
  'Mutation.resetPassword': {
    document: 'mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }',
    variables: () => ({ token: 'A'.repeat(43), newPassword: 'orchard-compass-velvet-5' }),
    allowed: () => true,
    recordless: true,
  },
  // A wrong current password: the demo passwords stay as they are for the other rows.
  'Mutation.changePassword': {
    document: 'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }',
    variables: () => ({ current: 'not-the-current-password', next: 'orchard-compass-velvet-5' }),
    allowed: signedIn,
    recordless: true,
  },
  'Query.iepTeam': {
    document: 'query($id: ID!) { iepTeam(iepId: $id) { iepId } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  // A token nobody holds reaches no invitation: NOT_FOUND for everyone, signed in or not, and audited.
  'Query.invitation': {
    document: 'query($token: String!) { invitation(token: $token) { studentFirstName } }',
    variables: () => ({ token: 'A'.repeat(43) }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.acceptInvitation': {
    document: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { iepId } }',
    variables: () => ({ input: { token: 'A'.repeat(43), password: 'orchard-compass-velvet-5' } }),
    allowed: () => false,
    recordless: true,
    ownSession: true,
  },
  // A case manager on the team and the district's representative invite anyone; a guardian invites a guest.
  'Mutation.inviteToTeam': {
    document: 'mutation($input: InviteToTeamInput!) { inviteToTeam(input: $input) { id } }',
    variables: ({ caller, target, records }) => ({
      input: {
        iepId: records.iepId, email: `matrix.${caller.toLowerCase()}.${target.toLowerCase()}@example.org`,
        displayName: 'Matrix Guest', role: 'GUEST', teamRole: 'Advocate',
      },
    }),
    allowed: (caller, target) => managesTeam(caller, target) || (caller === UserRole.Parent && target === 'OWN'),
  },
  // Asks to remove the IEP's own case manager, which is refused with BAD_USER_INPUT: the seeded teams stay whole.
  'Mutation.removeTeamMember': {
    document: 'mutation($iepId: ID!, $userId: ID!) { removeTeamMember(iepId: $iepId, userId: $userId) }',
    variables: ({ records }) => ({ iepId: records.iepId, userId: CASE_MANAGER_OF[records.iepId] }),
    allowed: managesTeam,
  },
  // An invitation nobody issued: NOT_FOUND for everyone (team.int-spec.ts covers withdrawing a real one).
  'Mutation.revokeInvitation': {
    document: 'mutation($id: ID!) { revokeInvitation(invitationId: $id) }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead0' }),
    allowed: () => false,
    recordless: true,
  },
};

const DENIAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

describe('authorization matrix', () => {
  let api: TestApi;
  const clients = new Map<Caller, GraphQLTestClient>();

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db);
    clients.set('ANONYMOUS', new GraphQLTestClient(api.url));
    for (const role of Object.values(UserRole)) {
      const client = new GraphQLTestClient(api.url);
      const result = await client.signIn(CALLER_ACCOUNTS[role].email, DEMO_PASSWORD);
      expect(result.errors).toBeUndefined();
      clients.set(role, client);
    }
  });
  afterAll(() => api.close());

  it('covers every operation of the schema, and nothing else', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((type) => type != null)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(operations);
  });

  const rows = Object.entries(OPERATIONS).flatMap(([operation, spec]) =>
    CALLERS.flatMap((caller) => (spec.recordless ? (['OWN'] as Target[]) : TARGETS).map((target) => ({ operation, spec, caller, target }))),
  );

  it.each(rows)('$operation as $caller on $target', async ({ operation, spec, caller, target }) => {
    const field = operation.split('.')[1];
    const account = caller === 'ANONYMOUS' ? CALLER_ACCOUNTS[UserRole.Parent] : CALLER_ACCOUNTS[caller];
    const records = target === 'OWN' ? account.own : target === 'SAME_SCHOOL' ? account.sameSchool : OTHER;
    const variables = spec.variables?.({ caller, target, records, email: account.email }) ?? {};
    let client = clients.get(caller)!;
    if (spec.ownSession) {
      client = new GraphQLTestClient(api.url);
      if (caller !== 'ANONYMOUS') await client.signIn(account.email, DEMO_PASSWORD);
    }
    const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM audit_events WHERE outcome = 'DENIED'`);
    const result = await client.request(spec.document, variables);
    const code = result.errors?.[0]?.extensions?.code;
    if (spec.allowed(caller, target)) {
      expect(DENIAL_CODES).not.toContain(code);
    } else {
      expect(DENIAL_CODES).toContain(code);
      expect((result.data as Record<string, unknown> | null | undefined)?.[field] ?? null).toBeNull();
      if (caller !== 'ANONYMOUS') {
        const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM audit_events WHERE outcome = 'DENIED'`);
        expect(after).toBeGreaterThan(before);
      }
    }
  });
});
