import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { computeDeadline, DISTRICT_WIDE_ROLES, IDEA_PROFILE, UserRole, type IsoDate } from '@iep/domain';
import { DEMO_COMMENT_THREADS, DEMO_MEETING, DEMO_PASSWORD, DEMO_SERVICE_SESSIONS, DEMO_SPEECH_SERVICE_ID, DEMO_SUGGESTION_ID, demoPartId, DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, LiveTestSubscription, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { IepLiveService } from '@iep/api/live';
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
  /** Subscriptions run over graphql-ws with the caller's cookie; `variables` must name the `iepId` watched. */
  subscription?: boolean;
  /** What makes the subscription answer, repeated until it does; by default an event on the watched IEP. */
  announce?: (ctx: MatrixContext, variables: Record<string, unknown>) => Promise<unknown>;
}

const signedIn = (caller: Caller) => caller !== 'ANONYMOUS';
const DISTRICT_STAFF: Caller[] = [
  UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist,
  UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
];
const isDistrictAdmin = (caller: Caller) => caller === UserRole.DistrictAdmin;
/** StudentAction.MANAGE_CASELOAD: the district's representatives and administrators. */
const managesCaseloads = (caller: Caller) => caller !== 'ANONYMOUS' && DISTRICT_WIDE_ROLES.has(caller);
const administersDistrictOf = (caller: Caller, target: Target) => isDistrictAdmin(caller) && target !== 'OTHER_DISTRICT';
const managedUserId = (target: Target) => (target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.users.caseManager.id : DEMO_USERS.psychologist.id);
const reachesRecord = (caller: Caller, target: Target) =>
  caller !== 'ANONYMOUS' && (target === 'OWN' || (target === 'SAME_SCHOOL' && DISTRICT_WIDE_ROLES.has(caller)));

/** Who manages an IEP's team (IEP_POLICY MANAGE_TEAM): its case manager, or the district's representative. */
const managesTeam = (caller: Caller, target: Target) =>
  (caller === UserRole.SpecialEducationTeacher && target === 'OWN') ||
  (caller === UserRole.DistrictRepresentative && target !== 'OTHER_DISTRICT');
const meetingOf = (target: Target) => (target === 'OWN' ? DEMO_MEETING.id : '00000000-0000-4000-8000-0000000dead1');
/** Everyone with a relationship to Maya's draft sees its meeting; the student of the matrix is Sofía, a stranger to it. */
const seesMeeting = (caller: Caller, target: Target) => target === 'OWN' && caller !== 'ANONYMOUS' && caller !== UserRole.Student;
const managesMeeting = (caller: Caller, target: Target) =>
  target === 'OWN' && (caller === UserRole.SpecialEducationTeacher || caller === UserRole.DistrictRepresentative);
/**
 * Who edits a part nobody was assigned (IEP_POLICY EDIT_PART): the case manager or the district's
 * representative; the staff on the team only read, comment and propose on it.
 */
const editsUnassignedPartOf = managesTeam;
/** Who adds goals and services: the staff on its team (what they add is assigned to them), or the district's representative. */
const addsPartsTo = (caller: Caller, target: Target) =>
  ([UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist] as Caller[]).includes(caller) && target === 'OWN'
  || (caller === UserRole.DistrictRepresentative && target !== 'OTHER_DISTRICT');
/** The goal a progress row works on: Maya's speech goal (assigned to the SLP) on her active IEP, else the IEP's first goal. */
const progressGoalOf = (iepId: string) => demoPartId(iepId, iepId === iep('401') ? 101 : 100);
/** IEP_POLICY RECORD_PROGRESS on an IEP in force: the case manager, the district's representative, and the goal's assignee. */
const recordsProgressOn = (caller: Caller, target: Target) => managesTeam(caller, target) || (caller === UserRole.Specialist && target === 'OWN');
const CASE_MANAGER_OF: Record<string, string> = {
  [iep('401')]: DEMO_USERS.caseManager.id,
  [iep('402')]: DEMO_USERS.caseManager.id,
  [iep('403')]: DEMO_USERS.caseManager2.id,
  [iep('405')]: DEMO_USERS.caseManager2.id,
  [iep('407')]: DEMO_USERS.caseManager2.id,
  [OTHER_DISTRICT.iep.id]: OTHER_DISTRICT.users.caseManager.id,
};

/** Seeded calendars (2026–27) and one of their closures (Labor Day), of the demo district and the other one. */
const CALENDAR_OF = { own: '00000000-0000-4000-8000-000000000602', other: '00000000-0000-4000-8000-000000000651' };
const CLOSURE_OF = { own: '00000000-0000-4000-8000-000000000721', other: '00000000-0000-4000-8000-000000000751' };

/** StudentAction FULFIL_RECORDS_REQUEST: the student's case manager, the district's representatives and administrators. */
const managesRecordsRequestOf = (caller: Caller, target: Target) =>
  (caller === UserRole.SpecialEducationTeacher && target === 'OWN') || (caller !== 'ANONYMOUS' && DISTRICT_WIDE_ROLES.has(caller) && target !== 'OTHER_DISTRICT');
/** A prepared records request of each target's student, written by the matrix's beforeAll. */
const MATRIX_RECORDS_REQUESTS: Record<Target, string> = {
  OWN: '00000000-0000-4000-8000-0000000ec001', SAME_SCHOOL: '00000000-0000-4000-8000-0000000ec002', OTHER_DISTRICT: '00000000-0000-4000-8000-0000000ec003',
};

const MAYA_DRAFT = iep('402');
/** The present-levels part of a seeded IEP (seed-drafting numbers parts `0001<iep><slot>`). */
const presentLevelsOf = (iepId: string) => `00000000-0000-4000-8000-0001${iepId.slice(-3)}00003`;
const comments = (caller: Caller, target: Target) => reachesRecord(caller, target) && caller !== UserRole.DistrictAdmin;
/** The seeded thread of each target: the parent's open one on Maya's draft; the student's own on Sofía's IEP. */
const threadFor = (caller: Caller, target: Target) =>
  target === 'OTHER_DISTRICT' ? DEMO_COMMENT_THREADS.lakeshorePresentLevels.id
    : target === 'SAME_SCHOOL' ? DEMO_COMMENT_THREADS.avaWritingGoal.id
      : caller === UserRole.Student ? DEMO_COMMENT_THREADS.sofiaTransition.id : DEMO_COMMENT_THREADS.summerServices.id;
/** The assignee the thread already has, so that the row changes nothing. */
const assigneeOf = (caller: Caller, target: Target) =>
  target === 'OWN' ? (caller === UserRole.Student ? DEMO_USERS.caseManager2.id : DEMO_USERS.caseManager.id) : null;
/** A thread is looked after by who started it (the parent; the student their own) or assigned it, and by who manages the IEP. */
const managesThread = (caller: Caller, target: Target) =>
  comments(caller, target) && (((caller === UserRole.Parent || caller === UserRole.Student) && target === 'OWN') || managesTeam(caller, target));

/**
 * The first thing a subscriber hears: a refusal, or (once the subscription is live) an event the server
 * announces on the IEP until it arrives — graphql-ws has no "subscribed" acknowledgement to wait for.
 */
async function firstLiveResult(
  client: GraphQLTestClient, spec: MatrixCase, ctx: MatrixContext, variables: Record<string, unknown>,
): Promise<GraphQLResponse> {
  const subscription = new LiveTestSubscription(liveApi.url, client.sessionCookie, spec.document, variables);
  const announce = spec.announce ? () => spec.announce!(ctx, variables) : () =>
    liveApi.app.get(IepLiveService).publish({
      iepId: String(variables.iepId), kind: 'IEP_UPDATED', subjectId: null, actorId: null, at: new Date().toISOString(),
    });
  const timer = setInterval(() => void announce(), 100);
  try {
    return await subscription.next();
  } finally {
    clearInterval(timer);
    await subscription.dispose();
  }
}
let liveApi: TestApi;

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
  // Caseloads: a teacher's or specialist's own day; the district's staff look at and move a case manager's caseload in their
  // own district (caseload.int-spec.ts moves real ones). Rows that succeed move a student to the case manager they have.
  'Query.myCaseload': {
    document: '{ myCaseload { students { student { id } } } }',
    allowed: (caller) => ([UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.GeneralEducationTeacher] as Caller[]).includes(caller),
    recordless: true,
  },
  'Query.caseload': {
    document: 'query($id: ID!) { caseload(caseManagerId: $id) { students { student { id } } } }',
    variables: ({ target }) => ({ id: target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.users.caseManager.id : DEMO_USERS.caseManager2.id }),
    allowed: (caller, target) => managesCaseloads(caller) && target !== 'OTHER_DISTRICT',
  },
  'Query.caseManagers': { document: '{ caseManagers { id } }', allowed: managesCaseloads, recordless: true },
  'Mutation.assignCaseload': {
    document: 'mutation($input: AssignCaseloadInput!) { assignCaseload(input: $input) { owner { id } } }',
    variables: ({ target, records }) => ({
      input: { studentIds: [records.studentId], caseManagerId: target === 'OTHER_DISTRICT' ? DEMO_USERS.caseManager2.id : CASE_MANAGER_OF[records.iepId] },
    }),
    allowed: (caller, target) => managesCaseloads(caller) && target !== 'OTHER_DISTRICT',
  },
  // Moving a caseload to the case manager who has it is refused as bad input, so the allowed rows change nothing.
  'Mutation.transferCaseload': {
    document: 'mutation($input: TransferCaseloadInput!) { transferCaseload(input: $input) { owner { id } } }',
    variables: ({ target }) => ({
      input: {
        fromCaseManagerId: target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.users.caseManager.id : DEMO_USERS.caseManager.id,
        toCaseManagerId: DEMO_USERS.caseManager.id,
      },
    }),
    allowed: (caller, target) => managesCaseloads(caller) && target !== 'OTHER_DISTRICT',
  },
  // The bell reaches only the caller's own notifications (deadlines.int-spec.ts tries someone else's).
  'Query.notifications': { document: '{ notifications { id } }', allowed: signedIn, recordless: true },
  'Query.unreadNotificationCount': { document: '{ unreadNotificationCount }', allowed: signedIn, recordless: true },
  'Mutation.markNotificationsRead': { document: 'mutation { markNotificationsRead(ids: []) }', allowed: signedIn, recordless: true },
  'Subscription.myNotificationEvents': {
    document: 'subscription { myNotificationEvents { at } }',
    allowed: signedIn,
    recordless: true,
    subscription: true,
    announce: ({ email }) =>
      liveApi.db.query(`INSERT INTO notifications (user_id, kind, title, body) SELECT id, 'MATRIX', 'Matrix', '' FROM users WHERE email = $1`, [email]),
  },
  'Query.studentRights': {
    document: 'query($id: ID!) { studentRights(studentId: $id) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: reachesRecord,
  },
  // A paper copy dated in the future: whoever may record it is refused only for the date, and nothing is written.
  'Mutation.recordSafeguardsDelivery': {
    document: 'mutation($id: ID!) { recordSafeguardsDelivery(input: { studentId: $id, occasion: ANNUAL, channel: PAPER, deliveredOn: "2999-01-01" }) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: managesTeam,
  },
  // Records requests (StudentAction REQUEST_RECORDS, READ_RECORDS_REQUESTS, FULFIL_RECORDS_REQUEST): the rights-holding parent,
  // the student's case manager and the district's staff read them.
  'Query.studentRecordsRequests': {
    document: 'query($id: ID!) { studentRecordsRequests(studentId: $id) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: (caller, target) => managesRecordsRequestOf(caller, target) || (caller === UserRole.Parent && target === 'OWN'),
  },
  // A note over 2,000 characters: whoever may ask is refused only for the note, and no request is opened.
  'Mutation.requestRecords': {
    document: 'mutation($id: ID!, $note: String) { requestRecords(input: { studentId: $id, note: $note }) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId, note: 'x'.repeat(2001) }),
    allowed: (caller, target) => caller === UserRole.Parent && target === 'OWN',
  },
  // Each target has a request already prepared (see beforeAll): whoever may prepare is refused as a conflict, and nothing changes.
  'Mutation.prepareRecordsExport': {
    document: 'mutation($id: ID!) { prepareRecordsExport(input: { requestId: $id }) { studentId } }',
    variables: ({ target }) => ({ id: MATRIX_RECORDS_REQUESTS[target] }),
    allowed: managesRecordsRequestOf,
  },
  // A revocation with a wrong password: the rights holder gets past the access check and no further.
  'Mutation.revokeConsentForServices': {
    document: 'mutation($id: ID!) { revokeConsentForServices(input: { studentId: $id, reason: "", typedName: "x", password: "x", intentVersion: "x" }) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: (caller, target) => caller === UserRole.Parent && target === 'OWN',
  },
  // No revocation is seeded: one nobody has is NOT_FOUND for everyone (consent-revocation.int-spec.ts covers real ones).
  'Mutation.setServicesEndAfterRevocation': {
    document: 'mutation($id: ID!) { setServicesEndAfterRevocation(input: { revocationId: $id, servicesEndOn: "2026-01-05" }) { studentId } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead4' }),
    allowed: () => false,
    recordless: true,
  },
  // A guardianship with a blank note: whoever may record it is refused only for the note, and nothing is written.
  'Mutation.recordAdultGuardianship': {
    document: 'mutation($id: ID!) { recordAdultGuardianship(input: { studentId: $id, note: " " }) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: managesTeam,
  },
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
  // Mail that could not be sent: the administrators of the recipient's district (undelivered-mail.int-spec.ts covers
  // retrying a real message and another district's); a message nobody wrote is NOT_FOUND for everyone.
  'Query.undeliveredEmails': { document: '{ undeliveredEmails { id } }', allowed: isDistrictAdmin, recordless: true },
  'Mutation.retryEmail': {
    document: 'mutation($id: ID!) { retryEmail(id: $id) }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead1' }),
    allowed: () => false,
    recordless: true,
  },
  // Roster imports: the district's administrators (roster-import.int-spec.ts covers another district's import);
  // an import nobody uploaded is NOT_FOUND for everyone.
  'Query.rosterImports': { document: '{ rosterImports { id } }', allowed: isDistrictAdmin, recordless: true },
  'Query.rosterImport': {
    document: 'query($id: ID!) { rosterImport(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead2' }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.applyRosterImport': {
    document: 'mutation($id: ID!) { applyRosterImport(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead2' }),
    allowed: () => false,
    recordless: true,
  },
  // The compliance dashboard: the district's representatives and administrators, filtered to a school of their own district.
  'Query.complianceDashboard': {
    document: 'query($schoolId: ID) { complianceDashboard(filter: { schoolId: $schoolId }) { totals { overdue } overdue { nodes { id } } } }',
    variables: ({ target }) => ({ schoolId: target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.school.id : DEMO_SCHOOLS[0].id }),
    allowed: (caller, target) => (caller === UserRole.DistrictRepresentative || caller === UserRole.DistrictAdmin) && target !== 'OTHER_DISTRICT',
  },
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
  // Between addGuardian and removeGuardian: parentEs is then a guardian (without rights) of each allowed record.
  'Mutation.setGuardianRights': {
    document: 'mutation($input: SetGuardianRightsInput!) { setGuardianRights(input: $input) { id } }',
    variables: ({ records }) => ({ input: { studentId: records.studentId, userId: DEMO_USERS.parentEs.id, rightsHolder: false } }),
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
  // A person's own profile language; a language the product does not speak is refused (BAD_USER_INPUT), so no profile changes here.
  'Mutation.setMyLanguage': { document: 'mutation { setMyLanguage(language: "xx") { id } }', allowed: signedIn, recordless: true },
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
  // School calendars and the state profile: the administrator's own district only. Edits name a stale
  // version, so an allowed caller gets CONFLICT and the seeded calendars stay as they are; another
  // district's ids are NOT_FOUND (checked before the version).
  'Query.schoolCalendars': { document: '{ schoolCalendars { id } }', allowed: isDistrictAdmin, recordless: true },
  'Mutation.createSchoolCalendar': {
    document: 'mutation($input: CreateSchoolCalendarInput!) { createSchoolCalendar(input: $input) { calendar { id } } }',
    variables: ({ target }) => ({
      input: {
        schoolId: target === 'OTHER_DISTRICT' ? OTHER_DISTRICT.school.id : target === 'SAME_SCHOOL' ? DEMO_SCHOOLS[0].id : null,
        schoolYear: '2040–41', firstDay: '2040-09-04', lastDay: '2041-06-14',
      },
    }),
    allowed: administersDistrictOf,
  },
  'Mutation.updateSchoolCalendar': {
    document: 'mutation($input: UpdateSchoolCalendarInput!) { updateSchoolCalendar(input: $input) { calendar { id } } }',
    variables: ({ target }) => ({
      input: { id: target === 'OTHER_DISTRICT' ? CALENDAR_OF.other : CALENDAR_OF.own, version: 999, schoolYear: '2026–27', firstDay: '2026-08-26', lastDay: '2027-06-15' },
    }),
    allowed: administersDistrictOf,
  },
  'Mutation.addCalendarClosure': {
    document: 'mutation($input: AddCalendarClosureInput!) { addCalendarClosure(input: $input) { calendar { id } } }',
    variables: ({ target }) => ({
      input: { calendarId: target === 'OTHER_DISTRICT' ? CALENDAR_OF.other : CALENDAR_OF.own, version: 999, kind: 'HOLIDAY', name: 'Matrix Day', firstDay: '2026-10-05', lastDay: '2026-10-05' },
    }),
    allowed: administersDistrictOf,
  },
  'Mutation.updateCalendarClosure': {
    document: 'mutation($input: UpdateCalendarClosureInput!) { updateCalendarClosure(input: $input) { calendar { id } } }',
    variables: ({ target }) => ({
      input: { id: target === 'OTHER_DISTRICT' ? CLOSURE_OF.other : CLOSURE_OF.own, version: 999, kind: 'HOLIDAY', name: 'Labor Day', firstDay: '2026-09-07', lastDay: '2026-09-07' },
    }),
    allowed: administersDistrictOf,
  },
  'Mutation.removeCalendarClosure': {
    document: 'mutation($id: ID!) { removeCalendarClosure(id: $id, version: 999) { calendar { id } } }',
    variables: ({ target }) => ({ id: target === 'OTHER_DISTRICT' ? CLOSURE_OF.other : CLOSURE_OF.own }),
    allowed: administersDistrictOf,
  },
  'Query.stateRuleProfiles': { document: '{ stateRuleProfiles { code } }', allowed: signedIn, recordless: true },
  // The profile the district already uses: allowed, and nothing changes.
  'Mutation.setDistrictStateProfile': {
    document: 'mutation { setDistrictStateProfile(code: "IDEA") { profile { code } } }',
    allowed: isDistrictAdmin,
    recordless: true,
  },
  // A nameless profile is refused with BAD_USER_INPUT after the access decision, so no district gets one here.
  'Mutation.saveDistrictRuleProfile': {
    document: `mutation { saveDistrictRuleProfile(input: { basedOn: "IDEA", name: "", use: false, rules: {
      initialEvaluation: { amount: 60, unit: "CALENDAR_DAYS" }, excludeBreaksFromCalendarDayCounts: false, breakExclusionMinimumWeekdays: 0,
      firstIepMeetingDays: 30, meetingNoticeDays: 10, serviceStartSchoolDays: 10, annualReview: { rule: "WITHIN_MONTHS", months: 12 },
      reevaluation: { rule: "WITHIN_MONTHS", months: 36 }, recordsRequest: { amount: 45, unit: "CALENDAR_DAYS" }, transitionAge: 16,
      requiresParentSignature: true, effectAfterNoticeDays: 10 } }) { profile { code } } }`,
    allowed: isDistrictAdmin,
    recordless: true,
  },
  // A person's own e-mail choices; an empty change leaves them as they are.
  'Query.myNotificationPreferences': { document: '{ myNotificationPreferences { email } }', allowed: signedIn, recordless: true },
  'Mutation.updateMyNotificationPreferences': {
    document: 'mutation { updateMyNotificationPreferences(input: { preferences: [] }) { email } }',
    allowed: signedIn,
    recordless: true,
  },
  // A token nobody holds reaches no invitation: NOT_FOUND for everyone, signed in or not, and audited.
  // Comment threads: OWN is Maya's draft, which every role but the student reaches (the student's own IEP is
  // in force, where comments are closed: BAD_USER_INPUT). Thread rows use seeded threads; a family member or
  // guest may only change threads they started or hold (the parent started the one used here, the guest did not).
  'Mutation.startIepCommentThread': {
    document: 'mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }',
    variables: ({ caller, target, records }) => {
      const iepId = target === 'OWN' && caller !== UserRole.Student ? MAYA_DRAFT : records.iepId;
      return { input: { iepId, partId: presentLevelsOf(iepId), body: 'Where does this number come from?' } };
    },
    allowed: comments,
  },
  'Mutation.replyToIepCommentThread': {
    document: 'mutation($input: ReplyToIepCommentThreadInput!) { replyToIepCommentThread(input: $input) { id } }',
    variables: ({ caller, target }) => ({ input: { threadId: threadFor(caller, target), body: 'Thank you.' } }),
    allowed: comments,
  },
  'Mutation.assignIepCommentThread': {
    document: 'mutation($input: AssignIepCommentThreadInput!) { assignIepCommentThread(input: $input) { id } }',
    variables: ({ caller, target }) => ({ input: { threadId: threadFor(caller, target), assigneeId: assigneeOf(caller, target) } }),
    allowed: managesThread,
  },
  // The first allowed caller resolves (or reopens) the thread; the others get CONFLICT, which is not a denial.
  'Mutation.resolveIepCommentThread': {
    document: 'mutation($id: ID!) { resolveIepCommentThread(threadId: $id) { id } }',
    variables: ({ caller, target }) => ({ id: threadFor(caller, target) }),
    allowed: managesThread,
  },
  'Mutation.reopenIepCommentThread': {
    document: 'mutation($id: ID!) { reopenIepCommentThread(threadId: $id) { id } }',
    variables: ({ caller, target }) => ({ id: threadFor(caller, target) }),
    allowed: managesThread,
  },
  // Presence and live activity: anyone who can see the IEP, district administrators too (they only read).
  'Mutation.reportIepPresence': {
    document: 'mutation($input: ReportIepPresenceInput!) { reportIepPresence(input: $input) }',
    variables: ({ records }) => ({ input: { iepId: records.iepId, partId: null, editing: false } }),
    allowed: reachesRecord,
  },
  'Mutation.leaveIep': {
    document: 'mutation($id: ID!) { leaveIep(iepId: $id) }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  'Subscription.iepActivity': {
    document: 'subscription($iepId: ID!) { iepActivity(iepId: $iepId) { iepId kind } }',
    variables: ({ records }) => ({ iepId: records.iepId }),
    allowed: reachesRecord,
    subscription: true,
  },
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
  // Co-drafting. The targets are active IEPs (the guest's is Maya's shared draft), so a caller who may act is
  // refused afterwards with CONFLICT (not a draft) or BAD_USER_INPUT, and the seeded documents stay as they are.
  'Query.iepPartRevisions': {
    document: 'query($partId: ID!) { iepPartRevisions(partId: $partId) { hasMore } }',
    variables: ({ records }) => ({ partId: demoPartId(records.iepId, 3) }),
    allowed: reachesRecord,
  },
  'Query.iepPartDiff': {
    document: 'query($partId: ID!) { iepPartDiff(partId: $partId, fromVersion: 0, toVersion: 1) { toVersion } }',
    variables: ({ records }) => ({ partId: demoPartId(records.iepId, 3) }),
    allowed: reachesRecord,
  },
  'Mutation.markIepViewed': {
    document: 'mutation($id: ID!) { markIepViewed(iepId: $id) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  // INITIAL for a student with an IEP open or in force: refused after the access decision.
  'Mutation.startIep': {
    document: 'mutation($input: StartIepInput!) { startIep(input: $input) { id } }',
    variables: ({ records }) => ({ input: { studentId: records.studentId, kind: 'INITIAL' } }),
    allowed: managesTeam,
  },
  'Mutation.saveIepPart': {
    document: 'mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id } }',
    variables: ({ records }) => ({ input: { partId: demoPartId(records.iepId, 3), baseVersion: 1, content: { academic: '', functional: '' } } }),
    allowed: editsUnassignedPartOf,
  },
  'Mutation.addIepPart': {
    document: 'mutation($input: AddIepPartInput!) { addIepPart(input: $input) { id } }',
    variables: ({ records }) => ({ input: { iepId: records.iepId, kind: 'GOAL' } }),
    allowed: addsPartsTo,
  },
  'Mutation.removeIepPart': {
    document: 'mutation($input: RemoveIepPartInput!) { removeIepPart(input: $input) { id } }',
    variables: ({ records }) => ({ input: { partId: demoPartId(records.iepId, 3), baseVersion: 1 } }),
    allowed: editsUnassignedPartOf,
  },
  // Giving the part back to the case manager (it has no assignee): a change of nothing once allowed.
  'Mutation.assignIepPart': {
    document: 'mutation($input: AssignIepPartInput!) { assignIepPart(input: $input) { id } }',
    variables: ({ records }) => ({ input: { partId: demoPartId(records.iepId, 3), assigneeId: null } }),
    allowed: managesTeam,
  },
  'Mutation.shareIepWithFamily': {
    document: 'mutation($id: ID!) { shareIepWithFamily(iepId: $id) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: managesTeam,
  },
  // An empty goal is not valid content: refused with BAD_USER_INPUT (or CONFLICT on an active IEP) once access is granted.
  'Mutation.proposeIepChange': {
    document: 'mutation($input: ProposeIepChangeInput!) { proposeIepChange(input: $input) { id } }',
    variables: ({ records }) => ({ input: { iepId: records.iepId, partKind: 'GOAL', content: {} } }),
    allowed: (caller, target) =>
      target === 'OWN' && ([UserRole.Parent, UserRole.Student, UserRole.Guest, UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist] as Caller[]).includes(caller),
  },
  // The seeded proposal on Maya's draft: invalid merged content, an empty reason, so it stays pending.
  'Mutation.acceptIepSuggestion': {
    document: 'mutation($input: AcceptIepSuggestionInput!) { acceptIepSuggestion(input: $input) { id } }',
    variables: () => ({ input: { suggestionId: DEMO_SUGGESTION_ID, content: { nope: true } } }),
    allowed: (caller) => caller === UserRole.SpecialEducationTeacher || caller === UserRole.DistrictRepresentative,
    recordless: true,
  },
  'Mutation.rejectIepSuggestion': {
    document: 'mutation($input: RejectIepSuggestionInput!) { rejectIepSuggestion(input: $input) { id } }',
    variables: () => ({ input: { suggestionId: DEMO_SUGGESTION_ID, reason: ' ' } }),
    allowed: (caller) => caller === UserRole.SpecialEducationTeacher || caller === UserRole.DistrictRepresentative,
    recordless: true,
  },
  // Only its proposer (the parent) may withdraw it; this is the matrix's one decision on it.
  'Mutation.withdrawIepSuggestion': {
    document: 'mutation($id: ID!) { withdrawIepSuggestion(suggestionId: $id) { id } }',
    variables: () => ({ id: DEMO_SUGGESTION_ID }),
    allowed: (caller) => caller === UserRole.Parent,
    recordless: true,
  },
  // IEP meetings: the seeded meeting on Maya's draft stands for OWN (the Student's own IEP has none, so the student is
  // a stranger to it); other targets name a meeting that does not exist. Rows that succeed are refused with
  // BAD_USER_INPUT or CONFLICT after the access decision, so the seeded meeting stays as it is.
  'Query.iepMeeting': {
    document: 'query($id: ID!) { iepMeeting(id: $id) { id } }',
    variables: ({ target }) => ({ id: meetingOf(target) }),
    allowed: seesMeeting,
  },
  'Mutation.scheduleIepMeeting': {
    document: 'mutation($input: ScheduleIepMeetingInput!) { scheduleIepMeeting(input: $input) { id } }',
    variables: ({ records }) => ({
      input: { iepId: records.iepId, purpose: 'OTHER', date: '2020-01-02', time: '10:00', durationMinutes: 30, location: 'Room 1', inviteeIds: [] },
    }),
    allowed: managesTeam,
  },
  'Mutation.rescheduleIepMeeting': {
    document: 'mutation($input: RescheduleIepMeetingInput!) { rescheduleIepMeeting(input: $input) { id } }',
    variables: ({ target }) => ({ input: { meetingId: meetingOf(target), version: 0, date: '2020-01-02', time: '10:00' } }),
    allowed: managesMeeting,
  },
  'Mutation.cancelIepMeeting': {
    document: 'mutation($id: ID!) { cancelIepMeeting(meetingId: $id, reason: "") { id } }',
    variables: ({ target }) => ({ id: meetingOf(target) }),
    allowed: managesMeeting,
  },
  // Everyone invited may answer; the district administrator reads and is never invited.
  'Mutation.respondToIepMeeting': {
    document: 'mutation($input: RespondToIepMeetingInput!) { respondToIepMeeting(input: $input) { id } }',
    variables: ({ target }) => ({ input: { meetingId: meetingOf(target), answer: 'REQUEST_ANOTHER_TIME', message: null, proposedTimes: [] } }),
    allowed: (caller, target) => seesMeeting(caller, target) && caller !== UserRole.DistrictAdmin,
  },
  'Mutation.requestMeetingExcusal': {
    document: 'mutation($input: RequestMeetingExcusalInput!) { requestMeetingExcusal(input: $input) { id } }',
    variables: ({ target }) => ({ input: { meetingId: meetingOf(target), userId: DEMO_USERS.parent.id, reason: 'Asked for the parent, which is refused' } }),
    allowed: managesMeeting,
  },
  // An excusal nobody requested: NOT_FOUND for everyone (meetings.int-spec.ts agrees to a real one from both sides).
  'Mutation.agreeToMeetingExcusal': {
    document: 'mutation($id: ID!) { agreeToMeetingExcusal(attendanceId: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead2' }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.recordMeetingAttendance': {
    document: 'mutation($input: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $input) { id } }',
    variables: ({ target }) => ({ input: { meetingId: meetingOf(target), entries: [] } }),
    allowed: managesMeeting,
  },
  'Mutation.saveMeetingNotes': {
    document: 'mutation($id: ID!) { saveMeetingNotes(meetingId: $id, version: 0, notes: "stale") { id } }',
    variables: ({ target }) => ({ id: meetingOf(target) }),
    allowed: managesMeeting,
  },
  'Mutation.markMeetingHeld': {
    document: 'mutation($id: ID!) { markMeetingHeld(meetingId: $id, version: 0) { id } }',
    variables: ({ target }) => ({ id: meetingOf(target) }),
    allowed: managesMeeting,
  },  // Sign-off. Every seeded IEP past the draft stage has a frozen version 1. Allowed callers get CONFLICT or
  // BAD_USER_INPUT (an active IEP is not a draft nor waiting for a decision; nobody has agreed to electronic
  // records), so the rows change nothing.
  'Query.electronicRecordsDisclosure': { document: '{ electronicRecordsDisclosure { version } }', allowed: signedIn, recordless: true },
  'Query.myElectronicRecordsConsent': { document: '{ myElectronicRecordsConsent { id } }', allowed: signedIn, recordless: true },
  'Query.signatureIntent': { document: '{ signatureIntent(purpose: PARENT_DECISION, decision: CONSENT) { version } }', allowed: signedIn, recordless: true },
  'Mutation.agreeToElectronicRecords': {
    document: 'mutation { agreeToElectronicRecords(input: { disclosureVersion: "erecords-1999", locale: "en" }) { id } }',
    allowed: signedIn,
    recordless: true,
  },
  'Mutation.withdrawElectronicRecordsConsent': { document: 'mutation { withdrawElectronicRecordsConsent { id } }', allowed: signedIn, recordless: true },
  // The guest's own IEP is Maya's draft: it has no version yet (NOT_FOUND), and the guest sees that one IEP
  // only, not the active IEP it derives from.
  'Query.iepVersion': {
    document: 'query($id: ID!) { iepVersion(iepId: $id, version: 1) { digest } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: (caller, target) => reachesRecord(caller, target) && caller !== UserRole.Guest,
  },
  'Query.verifyIepVersion': {
    document: 'query($id: ID!) { verifyIepVersion(iepId: $id, version: 1) { intact } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: (caller, target) => reachesRecord(caller, target) && caller !== UserRole.Guest,
  },
  'Query.iepVersionDiff': {
    document: 'query($id: ID!) { iepVersionDiff(iepId: $id) { fromIepId } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: (caller, target) => reachesRecord(caller, target) && caller !== UserRole.Guest,
  },
  'Mutation.finalizeIep': {
    document: 'mutation($id: ID!) { finalizeIep(input: { iepId: $id, acknowledgedWarnings: [] }) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: managesTeam,
  },
  'Mutation.withdrawIepProposal': {
    document: 'mutation($id: ID!) { withdrawIepProposal(iepId: $id) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: managesTeam,
  },
  // The parent of the IEP's student who holds the educational rights.
  'Mutation.markIepReviewed': {
    document: 'mutation($id: ID!) { markIepReviewed(input: { iepId: $id, version: 1 }) { id } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: (caller, target) => caller === UserRole.Parent && target === 'OWN',
  },
  'Mutation.decideOnIep': {
    document: `mutation($id: ID!) { decideOnIep(input: { iepId: $id, version: 1, decision: CONSENT, typedName: "x", password: "x", intentVersion: "x" }) { id } }`,
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: (caller, target) => caller === UserRole.Parent && target === 'OWN',
  },
  // Maya's draft meeting: its invitees and team members; the district administrator only reads.
  'Mutation.signIepAttendance': {
    document: `mutation($id: ID!) { signIepAttendance(input: { meetingId: $id, typedName: "x", password: "x", intentVersion: "x" }) { id } }`,
    variables: ({ target }) => ({ id: meetingOf(target) }),
    allowed: (caller, target) => seesMeeting(caller, target) && caller !== UserRole.DistrictAdmin,
  },
  // Evaluations: the district, the family and the school staff of the student's teams read them; no evaluation is
  // seeded, so a step on one is NOT_FOUND for everyone (evaluations.int-spec.ts covers real ones). A referral or an
  // agreement with a blank reason gets past the access check and no further.
  'Query.studentEvaluations': {
    document: 'query($id: ID!) { studentEvaluations(studentId: $id) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: (caller, target) => reachesRecord(caller, target) && caller !== UserRole.Student && caller !== UserRole.Guest,
  },
  'Mutation.referForEvaluation': {
    document: 'mutation($id: ID!) { referForEvaluation(input: { studentId: $id, kind: INITIAL, referredOn: "2026-01-05", reason: " " }) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: (caller, target) => (caller === UserRole.Parent && target === 'OWN') || managesTeam(caller, target),
  },
  'Mutation.agreeReevaluationNotNeeded': {
    document: 'mutation($id: ID!) { agreeReevaluationNotNeeded(input: { studentId: $id, agreedOn: "2026-01-05", parentName: " ", note: "x" }) { studentId } }',
    variables: ({ records }) => ({ id: records.studentId }),
    allowed: managesTeam,
  },
  ...Object.fromEntries(
    [
      ['recordPaperConsentToEvaluate', 'RecordPaperConsentInput', '{ evaluationId: $id, consentOn: "2026-01-05" }'],
      ['signConsentToEvaluate', 'SignConsentToEvaluateInput', '{ evaluationId: $id, typedName: "x", password: "x", intentVersion: "x" }'],
      ['planEvaluation', 'PlanEvaluationInput', '{ evaluationId: $id, areas: [] }'],
      ['submitEvaluationReport', 'SubmitEvaluationReportInput', '{ evaluationId: $id, area: VISION, completedOn: "2026-01-05", summary: "x" }'],
      ['recordEvaluationDelay', 'RecordEvaluationDelayInput', '{ evaluationId: $id, reason: CHILD_UNAVAILABLE, note: "x" }'],
      ['recordChildProduced', 'RecordChildProducedInput', '{ evaluationId: $id, producedOn: "2026-01-05" }'],
      ['determineEligibility', 'DetermineEligibilityInput', '{ evaluationId: $id, determinedOn: "2026-01-05", eligible: false, summary: "x" }'],
    ].map(([name, , input]) => [`Mutation.${name}`, {
      document: `mutation($id: ID!) { ${name}(input: ${input}) { studentId } }`,
      variables: () => ({ id: '00000000-0000-4000-8000-0000000dead3' }),
      allowed: () => false,
      recordless: true,
    } satisfies MatrixCase]),
  ),
  'Mutation.startInitialIepFromEvaluation': {
    document: 'mutation($id: ID!) { startInitialIepFromEvaluation(evaluationId: $id) { studentId } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead3' }),
    allowed: () => false,
    recordless: true,
  },
  // No notice is seeded: a notice nobody has is NOT_FOUND for everyone, and audited (signoff.int-spec.ts covers real ones).
  'Query.priorWrittenNotice': {
    document: 'query($id: ID!) { priorWrittenNotice(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead2' }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.updatePriorWrittenNotice': {
    document: 'mutation($id: ID!) { updatePriorWrittenNotice(input: { id: $id, version: 1 }) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead2' }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.sendPriorWrittenNotice': {
    document: 'mutation($id: ID!) { sendPriorWrittenNotice(input: { id: $id, version: 1 }) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead2' }),
    allowed: () => false,
    recordless: true,
  },
  // Progress: whoever reads the IEP reads its goals' progress; Maya's speech goal (the SLP's) and the other
  // goals in force are recorded on by their assignee, the case manager and the district's representative.
  'Query.iepProgress': {
    document: 'query($id: ID!) { iepProgress(iepId: $id) { partId } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  // The caller's own caseload: every school staff role may ask; it lists only what they record on.
  'Query.myProgressCaseload': {
    document: 'query { myProgressCaseload { iepId } }',
    allowed: (caller) => ([UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative] as Caller[]).includes(caller),
    recordless: true,
  },
  'Mutation.recordGoalDataPoint': {
    document: 'mutation($input: RecordGoalDataPointInput!) { recordGoalDataPoint(input: $input) { id } }',
    variables: ({ records }) => ({
      input: { partId: progressGoalOf(records.iepId), idempotencyKey: randomUUID(), value: 2, observedOn: '2026-11-02', setting: 'Classroom', note: '' },
    }),
    allowed: recordsProgressOn,
  },
  'Mutation.acknowledgeGoalFlag': {
    document: 'mutation($input: AcknowledgeGoalFlagInput!) { acknowledgeGoalFlag(input: $input) { partId } }',
    variables: ({ records }) => ({ input: { partId: progressGoalOf(records.iepId), rule: 'FOUR_SHORT_OF_AIM', note: 'Changed the cueing.' } }),
    allowed: recordsProgressOn,
  },
  // Progress reports: the matrix seeds no reporting period, so who gets past access meets BAD_USER_INPUT
  // (no such period); progress-reports.int-spec.ts covers real reports.
  'Query.iepProgressReports': {
    document: 'query($id: ID!) { iepProgressReports(iepId: $id) { dueDate } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  /** IEP_POLICY WRITE_PROGRESS_REPORT: as RECORD_PROGRESS, the case manager, the district's representative, and the goal's assignee. */
  'Mutation.saveProgressReportEntry': {
    document: 'mutation($input: SaveProgressReportEntryInput!) { saveProgressReportEntry(input: $input) { partId } }',
    variables: ({ records }) => ({
      input: { iepId: records.iepId, periodId: '00000000-0000-4000-8000-0000000dead6', partId: progressGoalOf(records.iepId), baseVersion: 0, code: 'GOAL_MET', narrative: 'Met.' },
    }),
    allowed: recordsProgressOn,
  },
  /** IEP_POLICY SEND_PROGRESS_REPORT: the case manager and the district's representative. */
  'Mutation.sendProgressReport': {
    document: 'mutation($iep: ID!, $period: ID!) { sendProgressReport(iepId: $iep, periodId: $period) { status } }',
    variables: ({ records }) => ({ iep: records.iepId, period: '00000000-0000-4000-8000-0000000dead6' }),
    allowed: managesTeam,
  },
  // No report is seeded: a report nobody has is NOT_FOUND for everyone who may ask, and audited.
  'Mutation.markProgressReportRead': {
    document: 'mutation($id: ID!) { markProgressReportRead(reportId: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead7' }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.askProgressReportQuestion': {
    document: 'mutation($input: AskProgressReportQuestionInput!) { askProgressReportQuestion(input: $input) { id } }',
    variables: () => ({ input: { reportId: '00000000-0000-4000-8000-0000000dead7', partId: progressGoalOf(iep('401')), body: 'Why?' } }),
    allowed: () => false,
    recordless: true,
  },
  'Query.reportingPeriods': { document: '{ reportingPeriods { id } }', allowed: isDistrictAdmin, recordless: true },
  // A new period in the caller's own district; the other district's is reached only by an id, which is NOT_FOUND.
  'Mutation.saveReportingPeriod': {
    document: 'mutation($input: SaveReportingPeriodInput!) { saveReportingPeriod(input: $input) { deadlinesWritten } }',
    variables: ({ target }) => ({
      input: target === 'OTHER_DISTRICT'
        ? { id: '00000000-0000-4000-8000-0000000dead8', version: 1, name: 'Term 1', firstDay: '2040-09-04', lastDay: '2040-10-31' }
        : { name: `Term ${target}`, firstDay: target === 'OWN' ? '2040-09-04' : '2040-11-05', lastDay: target === 'OWN' ? '2040-10-31' : '2040-12-20' },
    }),
    allowed: administersDistrictOf,
  },
  // Only administrators reach it, and no period has a fixed id: a period nobody has is NOT_FOUND for them, audited
  // (progress-reports.int-spec.ts deletes real ones, and shows another district's is NOT_FOUND).
  'Mutation.deleteReportingPeriod': {
    document: 'mutation($id: ID!) { deleteReportingPeriod(id: $id, version: 1) { deadlinesClosed } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead9' }),
    allowed: () => false,
    recordless: true,
  },
  // No point is seeded: a point nobody has is NOT_FOUND for everyone, and audited (progress.int-spec.ts covers real ones).
  'Query.goalDataPointRevisions': {
    document: 'query($id: ID!) { goalDataPointRevisions(pointId: $id) { version } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead3' }),
    allowed: () => false,
    recordless: true,
  },
  'Mutation.correctGoalDataPoint': {
    document: 'mutation($id: ID!) { correctGoalDataPoint(input: { pointId: $id, baseVersion: 1, value: 1, observedOn: "2026-11-02", setting: "x" }) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-0000000dead3' }),
    allowed: () => false,
    recordless: true,
  },
};

/**
 * Service delivery. Maya's active IEP (401) has the seeded sessions of the SLP's speech service; Ava's (407)
 * a service nobody is assigned. Writes carry 600 minutes, so a caller who passes the policy gets
 * BAD_USER_INPUT and the rows leave the seed as it was.
 */
const NO_SUCH_RECORD = '00000000-0000-4000-8000-0000000dead3';
/** Who reads Maya's active IEP: her parent, its team (not the guest of her draft) and the district. */
const readsMayaActive = (caller: Caller, target: Target) =>
  target === 'OWN' && caller !== 'ANONYMOUS' && caller !== UserRole.Student && caller !== UserRole.Guest;
/** Who logs sessions of the speech service: its provider (the SLP), the case manager, the district representative. */
const logsSessionsOf = (caller: Caller, target: Target) =>
  (target === 'OWN' && ([UserRole.Specialist, UserRole.SpecialEducationTeacher] as Caller[]).includes(caller)) ||
  (caller === UserRole.DistrictRepresentative && target !== 'OTHER_DISTRICT');
const SESSION_FIELDS_600 = { date: '2026-11-18', minutes: 600, groupSize: 1, status: 'DELIVERED' };
Object.assign(OPERATIONS, {
  'Query.iepServiceDelivery': {
    document: 'query($id: ID!) { iepServiceDelivery(iepId: $id) { serviceId } }',
    variables: ({ records }) => ({ id: records.iepId }),
    allowed: reachesRecord,
  },
  // The district's view: its representatives and administrators (service-delivery.int-spec.ts shows another district sees none of it).
  'Query.serviceDeliveryDashboard': {
    document: '{ serviceDeliveryDashboard { services } }',
    allowed: (caller: Caller) => caller !== 'ANONYMOUS' && DISTRICT_WIDE_ROLES.has(caller),
    recordless: true,
  },
  'Query.serviceSessionHistory': {
    document: 'query($id: ID!) { serviceSessionHistory(sessionId: $id) { version } }',
    variables: ({ target }) => ({ id: target === 'OWN' ? DEMO_SERVICE_SESSIONS[0].id : NO_SUCH_RECORD }),
    allowed: readsMayaActive,
  },
  'Mutation.recordServiceSession': {
    document: 'mutation($input: RecordServiceSessionInput!) { recordServiceSession(input: $input) { id } }',
    variables: ({ target }) => ({
      input: {
        ...SESSION_FIELDS_600, idempotencyKey: 'matrix-key',
        serviceId: target === 'OWN' ? DEMO_SPEECH_SERVICE_ID : target === 'SAME_SCHOOL' ? demoPartId(iep('407'), 200) : NO_SUCH_RECORD,
      },
    }),
    allowed: logsSessionsOf,
  },
  // A group session: the caller's own caseload (recordless), and one entry per student under the same policy as one session.
  'Query.myGroupSessionServices': {
    document: 'query { myGroupSessionServices { serviceId } }',
    allowed: (caller) => ([UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative] as Caller[]).includes(caller),
    recordless: true,
  },
  'Mutation.recordGroupSession': {
    document: 'mutation($input: RecordGroupSessionInput!) { recordGroupSession(input: $input) { replayed } }',
    variables: ({ target }) => ({
      input: {
        ...SESSION_FIELDS_600,
        entries: [{
          idempotencyKey: 'matrix-group-key',
          serviceId: target === 'OWN' ? DEMO_SPEECH_SERVICE_ID : target === 'SAME_SCHOOL' ? demoPartId(iep('407'), 200) : NO_SUCH_RECORD,
        }],
      },
    }),
    allowed: logsSessionsOf,
  },
  'Mutation.planCompensatoryMinutes': {
    document: 'mutation($input: PlanCompensatoryMinutesInput!) { planCompensatoryMinutes(input: $input) { owed } }',
    variables: ({ target }) => ({
      input: {
        sessions: [{ date: '2026-11-18', minutes: 600 }],
        serviceId: target === 'OWN' ? DEMO_SPEECH_SERVICE_ID : target === 'SAME_SCHOOL' ? demoPartId(iep('407'), 200) : NO_SUCH_RECORD,
      },
    }),
    allowed: logsSessionsOf,
  },
  'Mutation.correctServiceSession': {
    document: 'mutation($input: CorrectServiceSessionInput!) { correctServiceSession(input: $input) { id } }',
    variables: ({ target }) => ({ input: { ...SESSION_FIELDS_600, version: 1, sessionId: target === 'OWN' ? DEMO_SERVICE_SESSIONS[0].id : NO_SUCH_RECORD } }),
    allowed: (caller: Caller, target: Target) => target === 'OWN' && logsSessionsOf(caller, target),
  },
} satisfies Record<string, MatrixCase>);

const DENIAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/** A records request already answered, for each target's student: preparing it again is the conflict the matrix expects. */
async function seedPreparedRecordsRequests(api: TestApi): Promise<void> {
  const explanation = JSON.stringify(computeDeadline('RECORDS_REQUEST', { date: '2026-10-01' as IsoDate }, null, IDEA_PROFILE).explanation);
  const targets: Array<[Target, Records, string]> = [
    ['OWN', MAPLE_OWN, DEMO_USERS.parent.id], ['SAME_SCHOOL', MAPLE_OTHER, DEMO_USERS.parent.id], ['OTHER_DISTRICT', OTHER, OTHER_DISTRICT.users.parent.id],
  ];
  for (const [target, records, requester] of targets) {
    await api.db.query(
      `WITH d AS (
         INSERT INTO deadlines (district_id, school_id, student_id, kind, event_kind, event_date, due_date, explanation)
         SELECT s.district_id, s.school_id, s.id, 'RECORDS_REQUEST', 'RECORDS_REQUEST', '2026-10-01', '2026-11-15', $3::jsonb FROM students s WHERE s.id = $2
         RETURNING id)
       INSERT INTO records_requests (id, student_id, requested_by_id, requested_on, locale, deadline_id, status, prepared_by_id, prepared_at,
              export_file_name, export_sha256, export_size, export_content, manifest)
       SELECT $1, $2, $4, '2026-10-01', 'en', d.id, 'READY', $4, now(), 'records.zip', repeat('0', 64), 1, '\\x00'::bytea, '{"files": []}'::jsonb FROM d`,
      [MATRIX_RECORDS_REQUESTS[target], records.studentId, explanation, requester],
    );
  }
}

describe('authorization matrix', () => {
  let api: TestApi;
  const clients = new Map<Caller, GraphQLTestClient>();

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    liveApi = api;
    await seedDemoDistrict(api.db, api.sealer);
    await seedPreparedRecordsRequests(api);
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
    const ctx: MatrixContext = { caller, target, records, email: account.email };
    const variables = spec.variables?.(ctx) ?? {};
    let client = clients.get(caller)!;
    if (spec.ownSession) {
      client = new GraphQLTestClient(api.url);
      if (caller !== 'ANONYMOUS') await client.signIn(account.email, DEMO_PASSWORD);
    }
    const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM audit_events WHERE outcome = 'DENIED'`);
    const result = spec.subscription ? await firstLiveResult(client, spec, ctx, variables) : await client.request(spec.document, variables);
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
