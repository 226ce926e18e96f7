import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { DeliveryChannel, SafeguardsOccasion } from '@iep/domain';

export const SafeguardsOccasionGql = graphqlEnum(
  SafeguardsOccasion, 'SafeguardsOccasion',
  'Why the procedural safeguards notice was given: the yearly copy, a first referral or request for evaluation, a parent’s request, a complaint, a disciplinary change of placement.',
);
export const DeliveryChannelGql = graphqlEnum(DeliveryChannel, 'DeliveryChannel', 'How a notice reached the family: in the app, by e-mail, or on paper.');

@ObjectType('SafeguardsDelivery', { description: 'One copy of the procedural safeguards notice given to a parent (34 CFR 300.504).' })
export class SafeguardsDeliveryModel {
  @Field(() => ID) id: string;
  @Field() recipientName: string;
  @Field(() => SafeguardsOccasionGql) occasion: SafeguardsOccasion;
  @Field(() => DeliveryChannelGql) channel: DeliveryChannel;
  @Field({ description: 'The language the copy was given in.' }) locale: string;
  @Field({ description: 'ISO date it was given.' }) deliveredOn: string;
  @Field() recordedByName: string;
}

@ObjectType('StudentRights', { description: "The family's procedural rights about one student: what they were given and when." })
export class StudentRightsModel {
  @Field(() => ID) studentId: string;
  @Field() studentFirstName: string;
  @Field(() => String, { nullable: true, description: 'ISO date the family last received the procedural safeguards notice.' })
  safeguardsLastReceivedOn: string | null;
  @Field({ description: 'The family received the notice this school year (from 1 July), as 300.504(a) requires once a year.' })
  safeguardsGivenThisYear: boolean;
  @Field(() => [SafeguardsDeliveryModel], { description: 'Every copy given, latest first.' }) safeguardsDeliveries: SafeguardsDeliveryModel[];
  @Field({ description: 'The caller may record that the notice was given (case manager of the student, district representative).' })
  viewerCanRecord: boolean;
}
