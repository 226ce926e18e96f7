/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n': typeof types.AdminSchoolsDocument;
  '\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateSchoolDocument;
  '\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.RenameSchoolDocument;
  '\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        grade\n        school {\n          id\n          name\n        }\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n': typeof types.DistrictStudentsDocument;
  '\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n': typeof types.AddGuardianDocument;
  '\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n': typeof types.RemoveGuardianDocument;
  '\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateStudentDocument;
  '\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      grade\n      school {\n        id\n        name\n      }\n    }\n  }\n': typeof types.UpdateStudentDocument;
  '\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n': typeof types.DistrictUsersDocument;
  '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.DeactivateUserDocument;
  '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.ReactivateUserDocument;
  '\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n': typeof types.CreateStaffUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n': typeof types.IepItem_IepFragmentDoc;
  '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n': typeof types.StudentCard_StudentFragmentDoc;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n': typeof types.StudentAccessRecordDocument;
  '\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n': typeof types.ChangePasswordAccountDocument;
  '\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n': typeof types.IepTeamDocument;
  '\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n': typeof types.RemoveTeamMemberDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n': typeof types.StudentsDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n': typeof types.InviteToTeamDocument;
  '\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n': typeof types.PendingInvitationItem_InvitationFragmentDoc;
  '\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n': typeof types.TeamMemberItem_MemberFragmentDoc;
};
const documents: Documents = {
  '\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n': types.AdminSchoolsDocument,
  '\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n':
    types.CreateSchoolDocument,
  '\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n':
    types.RenameSchoolDocument,
  '\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        grade\n        school {\n          id\n          name\n        }\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n':
    types.DistrictStudentsDocument,
  '\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n':
    types.AddGuardianDocument,
  '\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n':
    types.RemoveGuardianDocument,
  '\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n':
    types.CreateStudentDocument,
  '\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      grade\n      school {\n        id\n        name\n      }\n    }\n  }\n':
    types.UpdateStudentDocument,
  '\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n':
    types.DistrictUsersDocument,
  '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.DeactivateUserDocument,
  '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.ReactivateUserDocument,
  '\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n':
    types.CreateStaffUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n':
    types.IepItem_IepFragmentDoc,
  '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n':
    types.StudentCard_StudentFragmentDoc,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n':
    types.ResetPasswordDocument,
  '\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n':
    types.StudentAccessRecordDocument,
  '\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n':
    types.ChangePasswordAccountDocument,
  '\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n':
    types.IepTeamDocument,
  '\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n':
    types.RemoveTeamMemberDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n':
    types.InvitationDocument,
  '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n':
    types.StudentsDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n':
    types.InviteToTeamDocument,
  '\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n':
    types.PendingInvitationItem_InvitationFragmentDoc,
  '\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n':
    types.TeamMemberItem_MemberFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        grade\n        school {\n          id\n          name\n        }\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        grade\n        school {\n          id\n          name\n        }\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      grade\n      school {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      grade\n      school {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n',
): (typeof documents)['\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n',
): (typeof documents)['\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n',
): (typeof documents)['\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n',
): (typeof documents)['\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
