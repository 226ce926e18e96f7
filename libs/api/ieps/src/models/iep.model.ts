import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { IepKind, IepStatus } from '@iep/domain';

const IepStatusGql = graphqlEnum(IepStatus, 'IepStatus', 'Where an IEP is in its lifecycle: draft, proposed, active, superseded or expired.');
export const IepKindGql = graphqlEnum(IepKind, 'IepKind', 'Initial IEP, annual review or amendment.');

@ObjectType('Iep', { description: 'One Individualized Education Program document of a student.' })
export class IepModel {
  @Field(() => ID) id: string;
  @Field(() => ID) studentId: string;
  @Field(() => IepKindGql) kind: IepKind;
  @Field(() => IepStatusGql) status: IepStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of the IEP meeting.' }) meetingDate: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the IEP takes effect.' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date by which the annual review is due.' })
  annualReviewDue: string | null;
  @Field() updatedAt: Date;
  caseManagerId: string;
}

@ObjectType('School')
export class SchoolModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('PersonSummary', { description: 'The name and role of a person on a team, without contact details.' })
export class PersonSummaryModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}
