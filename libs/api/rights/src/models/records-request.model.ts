import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';

export const RecordsRequestStatus = { Requested: 'REQUESTED', Ready: 'READY', Delivered: 'DELIVERED' } as const;
export type RecordsRequestStatus = (typeof RecordsRequestStatus)[keyof typeof RecordsRequestStatus];
const RecordsRequestStatusGql = graphqlEnum(
  RecordsRequestStatus, 'RecordsRequestStatus',
  'REQUESTED: the district is preparing the records; READY: the ZIP can be downloaded; DELIVERED: the family downloaded it.',
);

@ObjectType('RecordsRequest', { description: "A parent's request to inspect the student's education records (34 CFR 300.613) and how it was answered." })
export class RecordsRequestModel {
  @Field(() => ID) id: string;
  @Field(() => RecordsRequestStatusGql) status: RecordsRequestStatus;
  @Field({ description: 'ISO date of the request (the district’s day).' }) requestedOn: string;
  @Field() requestedByName: string;
  @Field() note: string;
  @Field({ description: 'ISO date the records are due, per the state profile and before the next IEP meeting.' }) dueDate: string;
  @Field({ description: 'Why the records are due then, in the reader’s language.' }) dueExplanation: string;
  @Field(() => String, { nullable: true, description: 'ISO date of the IEP meeting the records are due before, when that comes first.' })
  dueBeforeMeeting: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the deadline was met: the family’s download.' }) metOn: string | null;
  @Field(() => Date, { nullable: true }) preparedAt: Date | null;
  @Field(() => String, { nullable: true }) preparedByName: string | null;
  @Field(() => Int, { nullable: true, description: 'Size of the ZIP in bytes.' }) exportBytes: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the ZIP as prepared.' }) exportSha256: string | null;
  @Field(() => Int, { nullable: true, description: 'Files in the manifest.' }) fileCount: number | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => String, { nullable: true }) deliveredToName: string | null;
  @Field(() => String, { nullable: true, description: 'Where the caller downloads the ZIP, once it is prepared.' }) downloadUrl: string | null;
}

@ObjectType('StudentRecordsRequests', { description: "A student's records requests, latest first, and what the caller may do about them." })
export class StudentRecordsRequestsModel {
  @Field(() => ID) studentId: string;
  @Field() studentFirstName: string;
  @Field(() => [RecordsRequestModel]) requests: RecordsRequestModel[];
  @Field({ description: 'The caller holds the rights and no request is open: they may ask.' }) viewerCanRequest: boolean;
  @Field({ description: 'The caller may prepare the export (the case manager, district staff).' }) viewerCanPrepare: boolean;
}
