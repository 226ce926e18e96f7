import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DISTRICT_WIDE_ROLES, UserRole } from '@iep/domain';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
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
const reachesRecord = (caller: Caller, target: Target) =>
  caller !== 'ANONYMOUS' && (target === 'OWN' || (target === 'SAME_SCHOOL' && DISTRICT_WIDE_ROLES.has(caller)));

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
  'Query.studentAccessRecord': {
    document: 'query($id: ID!) { studentAccessRecord(studentId: $id) { totalCount } }',
    variables: ({ records }) => ({ id: records.studentId }),
    // Rights holders and district staff; a teacher's team membership does not open the access record.
    allowed: (caller, target) =>
      (caller === UserRole.Parent && target === 'OWN') ||
      (caller !== 'ANONYMOUS' && DISTRICT_WIDE_ROLES.has(caller) && target !== 'OTHER_DISTRICT'),
  },
  'Mutation.signIn': {
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
    variables: ({ email }) => ({ input: { email, password: DEMO_PASSWORD } }),
    allowed: () => true,
    recordless: true,
    ownSession: true,
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: signedIn, recordless: true, ownSession: true },
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
