import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { RosterProblem } from '@iep/domain';

export enum RosterImportStatus {
  Uploading = 'UPLOADING',
  Queued = 'QUEUED',
  Validating = 'VALIDATING',
  Validated = 'VALIDATED',
  Invalid = 'INVALID',
  ApplyQueued = 'APPLY_QUEUED',
  Applying = 'APPLYING',
  Applied = 'APPLIED',
  Failed = 'FAILED',
}
export const RosterImportStatusGql = graphqlEnum(
  RosterImportStatus,
  'RosterImportStatus',
  'Where an import is: uploaded and QUEUED, VALIDATING (the dry run), VALIDATED (ready to apply) or INVALID (problems, nothing written), APPLY_QUEUED, APPLYING, APPLIED; FAILED when something other than the bundle went wrong.',
);

export enum RosterImportMode {
  Bulk = 'BULK',
  Delta = 'DELTA',
}
export const RosterImportModeGql = graphqlEnum(
  RosterImportMode,
  'RosterImportMode',
  "manifest.csv's processing mode: BULK (a full roster: what it leaves out is deactivated) or DELTA (updates only).",
);

export enum RosterEntityKind {
  School = 'SCHOOL',
  Student = 'STUDENT',
  Guardian = 'GUARDIAN',
  Staff = 'STAFF',
  GuardianLink = 'GUARDIAN_LINK',
}
export const RosterEntityGql = graphqlEnum(RosterEntityKind, 'RosterEntity', 'A kind of record an import writes.');

export enum RosterChangeAction {
  Create = 'CREATE',
  Update = 'UPDATE',
  Deactivate = 'DEACTIVATE',
}
export const RosterActionGql = graphqlEnum(RosterChangeAction, 'RosterAction', 'What an import does to a record (a guardian link is removed, never a record).');

export const RosterProblemGql = graphqlEnum(RosterProblem, 'RosterProblem', 'What is wrong with a row or file of a bundle.');

export enum RosterImportFailure {
  UploadTooLarge = 'UPLOAD_TOO_LARGE',
  NotAZip = 'NOT_A_ZIP',
  Unexpected = 'UNEXPECTED',
}
export const RosterImportFailureGql = graphqlEnum(RosterImportFailure, 'RosterImportFailure', 'Why an import stopped other than for problems in its rows.');

@ObjectType('RosterImportCount', { description: 'How many records of one kind the import creates, updates and deactivates.' })
export class RosterImportCountModel {
  @Field(() => RosterEntityGql) entity: RosterEntityKind;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int, { description: 'For guardian links: links the district system no longer lists, removed.' }) deactivated: number;
}

@ObjectType('RosterImportChange', { description: 'One record the import creates, updates or deactivates.' })
export class RosterImportChangeModel {
  @Field(() => RosterEntityGql) entity: RosterEntityKind;
  @Field(() => RosterActionGql) action: RosterChangeAction;
  @Field(() => String, { nullable: true, description: "The record's OneRoster sourcedId." }) sourcedId: string | null;
  @Field() name: string;
}

@ObjectType('RosterImportProblem', { description: 'A problem found in the bundle, where it was found.' })
export class RosterImportProblemModel {
  @Field({ description: 'The file of the bundle, e.g. users.csv; empty for the bundle itself.' }) file: string;
  @Field(() => Int, { description: 'The line in the file (1 is the header row); 0 for the file as a whole.' }) line: number;
  @Field(() => String, { nullable: true, description: 'The column (header name).' }) column: string | null;
  @Field(() => RosterProblemGql) problem: RosterProblem;
  @Field({ description: "The problem in words, in the reader's language." }) message: string;
}

@ObjectType('RosterImport', { description: 'One OneRoster CSV bundle uploaded by a district administrator, its dry run and its outcome.' })
export class RosterImportModel {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => Float, { description: 'Size of the upload in bytes.' }) byteSize: number;
  @Field(() => RosterImportStatusGql) status: RosterImportStatus;
  @Field(() => RosterImportModeGql, { nullable: true }) mode: RosterImportMode | null;
  @Field(() => Int, { description: 'Percent done of the step in progress (dry run or apply).' }) progress: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => Int, { description: 'Data rows read, all files together.' }) rows: number;
  @Field(() => [RosterImportCountModel]) counts: RosterImportCountModel[];
  @Field(() => [RosterImportChangeModel], { description: 'The first hundred records of each kind and action; `changeCount` counts them all.' })
  changes: RosterImportChangeModel[];
  @Field(() => Int) changeCount: number;
  @Field(() => Int, { description: 'Records already as the bundle says.' }) unchanged: number;
  @Field(() => Int, { description: 'Rows not imported: roles IEP Team has no use for (proctors, system administrators), records leaving before they came.' })
  skipped: number;
  @Field(() => [RosterImportProblemModel], { description: 'In file and line order; at most a thousand.' }) problems: RosterImportProblemModel[];
  @Field(() => Int) problemCount: number;
  @Field(() => RosterImportFailureGql, { nullable: true }) failure: RosterImportFailure | null;
}
