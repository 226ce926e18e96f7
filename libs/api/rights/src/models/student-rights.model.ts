import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { DeliveryChannel, SafeguardsOccasion, type RevocationStatus, type RightsStanding } from '@iep/domain';

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

export const RevocationStatusGql = graphqlEnum(
  { AwaitingNotice: 'AWAITING_NOTICE', ServicesEnding: 'SERVICES_ENDING', ServicesEnded: 'SERVICES_ENDED' } as const,
  'RevocationStatus',
  'Where a revocation of consent for services stands: awaiting the district’s notice, services ending on the named day, services ended.',
);

export const RightsStandingGql = graphqlEnum(
  { Parents: 'PARENTS', Transferred: 'TRANSFERRED', Guardianship: 'GUARDIANSHIP' } as const,
  'RightsStanding',
  'Who holds the educational rights: the parents, the adult student after the transfer at majority (300.520), or guardians of the adult student.',
);

@ObjectType('MajorityRights', { description: 'The transfer of rights at the state’s age of majority (34 CFR 300.520).' })
export class MajorityRightsModel {
  @Field(() => RightsStandingGql) standing: RightsStanding;
  @Field(() => Int, { description: 'The age of majority of the district’s rule profile.' }) ageOfMajority: number;
  @Field({ description: 'Where the age comes from (statute or regulation).' }) citation: string;
  @Field({ description: 'ISO date the student reaches the age of majority.' }) majorityOn: string;
  @Field(() => String, { nullable: true, description: 'ISO date the rights passed to the student.' }) transferredOn: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date a guardianship of the adult student was recorded.' }) guardianshipOn: string | null;
  @Field() guardianshipNote: string;
  @Field({ description: 'Within a year of the age of majority: the IEP must state the student was told of the transfer.' })
  transferNoticeDue: boolean;
}

@ObjectType('ConsentRevocation', { description: 'The rights holder’s written revocation of consent for special education and services (34 CFR 300.300(b)(4)).' })
export class ConsentRevocationModel {
  @Field(() => ID) id: string;
  @Field({ description: 'ISO date the revocation was signed.' }) revokedOn: string;
  @Field() revokedByName: string;
  @Field({ description: 'What the rights holder wrote, if anything.' }) reason: string;
  @Field({ description: 'The name typed as the electronic signature.' }) typedName: string;
  @Field({ description: 'The statement signed, in the signer’s language.' }) intentStatement: string;
  @Field() signedAt: Date;
  @Field(() => RevocationStatusGql) status: RevocationStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of the last day of services, named in the prior written notice.' })
  servicesEndOn: string | null;
  @Field(() => ID, { nullable: true, description: 'The prior written notice of the end of services.' }) noticeId: string | null;
  @Field(() => String, { nullable: true, description: 'DRAFT until the case manager sends it, then SENT.' }) noticeStatus: string | null;
  @Field(() => String, { nullable: true, description: 'The notice as a PDF.' }) noticePdfUrl: string | null;
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
  @Field(() => ConsentRevocationModel, { nullable: true, description: 'The revocation of consent for services, if the rights holder revoked it.' })
  consentRevocation: ConsentRevocationModel | null;
  @Field({ description: 'The caller holds the rights and may revoke consent for services.' }) viewerCanRevoke: boolean;
  @Field({ description: 'The statement a rights holder signs to revoke consent, in the caller’s language.' }) revocationIntent: string;
  @Field({ description: 'SignatureIntent.version of that statement, sent back when signing.' }) revocationIntentVersion: string;
  @Field(() => MajorityRightsModel) majority: MajorityRightsModel;
}
