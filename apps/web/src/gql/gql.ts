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
  '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n': typeof types.IepItem_IepFragmentDoc;
  '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n': typeof types.StudentCard_StudentFragmentDoc;
  '\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n': typeof types.StudentAccessRecordDocument;
  '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n': typeof types.StudentsDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n': typeof types.MeDocument;
};
const documents: Documents = {
  '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n':
    types.IepItem_IepFragmentDoc,
  '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n':
    types.StudentCard_StudentFragmentDoc,
  '\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n':
    types.StudentAccessRecordDocument,
  '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n':
    types.StudentsDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n':
    types.MeDocument,
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
  source: '\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentAccessRecord($studentId: ID!, $before: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {\n      totalCount\n      nextCursor\n      entries {\n        id\n        occurredAt\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n'];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
