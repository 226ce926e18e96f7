import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PARENT_DECISION_LIMITS, PRIOR_WRITTEN_NOTICE_LIMITS } from '@iep/domain';
import { IepParentDecision } from '../models/iep-signature.model';

const TEXT_MAX = PRIOR_WRITTEN_NOTICE_LIMITS.elementLength;

@InputType()
export class FinalizeIepInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => [String], { description: 'Every warning of the quality checks, as `CODE:partId` (or `CODE:iep`).' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  acknowledgedWarnings: string[];
}

@InputType()
export class MarkIepReviewedInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => Int, { description: 'The version the parent read.' }) @IsInt() @Min(1) version: number;
}

@InputType()
export class AgreeToElectronicRecordsInput {
  @Field({ description: 'ElectronicRecordsDisclosure.version as shown.' }) @IsString() @MaxLength(40) disclosureVersion: string;
  @Field({ description: 'The language the disclosure was read in: en or es.' }) @IsIn(['en', 'es']) locale: string;
}

@InputType({ isAbstract: true })
export abstract class SignatureFields {
  @Field({ description: 'The signer types their name as on their account (case, accents and spacing do not matter).' })
  @IsString()
  @MaxLength(200)
  typedName: string;
  @Field({ description: 'The account password, entered again at signing.' }) @IsString() @MaxLength(1000) password: string;
  @Field({ description: 'SignatureIntent.version of the statement shown.' }) @IsString() @MaxLength(40) intentVersion: string;
}

@InputType()
export class DecideOnIepInput extends SignatureFields {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => Int, { description: 'The proposed version the parent read and decides on.' }) @IsInt() @Min(1) version: number;
  @Field(() => IepParentDecision) @IsEnum(IepParentDecision) decision: IepParentDecision;
  @Field(() => [ID], { nullable: true, description: 'For CONSENT_WITH_EXCEPTIONS: IepVersionPart ids not consented to.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  exceptedPartIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'For DECLINE (required) and CONSENT_WITH_EXCEPTIONS (optional).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(PARENT_DECISION_LIMITS.reasonLength, { each: true })
  reasons?: string[] | null;
}

@InputType()
export class SignIepAttendanceInput extends SignatureFields {
  @Field(() => ID) @IsString() meetingId: string;
}

@InputType()
export class UpdatePriorWrittenNoticeInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) actionDescription?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) explanation?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) evaluationBasis?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) proceduralSafeguards?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) sourcesForAssistance?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) optionsConsidered?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) otherFactors?: string;
}

@InputType()
export class SendPriorWrittenNoticeInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
