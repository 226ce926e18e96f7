import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { notFoundMessage, validationMessage } from '@iep/api/core';
import { SignatureFields } from '@iep/api/signoff';
import { DELIVERY_CHANNELS, SAFEGUARDS_OCCASIONS, type DeliveryChannel, type SafeguardsOccasion } from '@iep/domain';
import { DeliveryChannelGql, SafeguardsOccasionGql } from '../models/student-rights.model';

@InputType()
export class RecordSafeguardsDeliveryInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That student')) }) studentId: string;
  @Field(() => SafeguardsOccasionGql) @IsIn(SAFEGUARDS_OCCASIONS) occasion: SafeguardsOccasion;
  @Field(() => DeliveryChannelGql, { description: 'IN_APP and EMAIL send the notice now; PAPER records a copy handed or mailed on deliveredOn.' })
  @IsIn(DELIVERY_CHANNELS) channel: DeliveryChannel;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, for a paper copy; the district's today when left out." })
  @IsOptional() @IsString() @MaxLength(10) deliveredOn?: string | null;
}

@InputType()
export class RevokeConsentForServicesInput extends SignatureFields {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That student')) }) studentId: string;
  @Field({ description: 'Why, in the rights holder’s words; may be empty (the regulation asks for no reason).' })
  @IsString() @MaxLength(4000) reason: string;
}

@InputType()
export class SetServicesEndInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That revocation')) }) revocationId: string;
  @Field({ description: 'YYYY-MM-DD: the last day of services, named in the prior written notice; today or within 30 days.' })
  @IsString() @MaxLength(10) servicesEndOn: string;
}

@InputType()
export class RecordAdultGuardianshipInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That student')) }) studentId: string;
  @Field({ description: 'The court order or what the district holds of it.' }) @IsString() @MaxLength(4000) note: string;
}
