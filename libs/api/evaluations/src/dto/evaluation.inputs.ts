import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SignatureFields } from '@iep/api/signoff';
import { DisabilityCategory, EvaluationArea, EvaluationDelayReason, EvaluationKind, REPORT_FILE_MAX_BYTES } from '@iep/domain';
import { DisabilityCategoryGql, EvaluationAreaGql, EvaluationDelayReasonGql, EvaluationKindGql } from '../models/evaluation.model';

/** Base64 of at most 2 MB, with room for padding. */
const MAX_BASE64 = Math.ceil(REPORT_FILE_MAX_BYTES / 3) * 4;

@InputType()
export class ReferForEvaluationInput {
  @Field(() => ID) @IsString() studentId: string;
  @Field(() => EvaluationKindGql) @IsEnum(EvaluationKind) kind: EvaluationKind;
  @Field({ description: 'YYYY-MM-DD: the day the referral or request was made.' }) @IsString() @MaxLength(10) referredOn: string;
  @Field({ description: 'Why the child may need special education (or why a reevaluation is asked for).' }) @IsString() @MaxLength(4000) reason: string;
  @Field({ nullable: true, description: 'For a reevaluation within a year of the last: the parent and the district agree.' })
  @IsOptional()
  @IsBoolean()
  agreedWithinYear?: boolean;
}

@InputType()
export class RecordPaperConsentInput {
  @Field(() => ID) @IsString() evaluationId: string;
  @Field({ description: 'YYYY-MM-DD: the date the parent signed the paper consent.' }) @IsString() @MaxLength(10) consentOn: string;
}

@InputType()
export class SignConsentToEvaluateInput extends SignatureFields {
  @Field(() => ID) @IsString() evaluationId: string;
}

@InputType()
export class EvaluationAreaInput {
  @Field(() => EvaluationAreaGql) @IsEnum(EvaluationArea) area: EvaluationArea;
  @Field(() => ID) @IsString() assessorId: string;
}

@InputType()
export class PlanEvaluationInput {
  @Field(() => ID) @IsString() evaluationId: string;
  @Field(() => [EvaluationAreaInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvaluationAreaInput)
  areas: EvaluationAreaInput[];
}

@InputType()
export class ReportFileInput {
  @Field() @IsString() @MaxLength(200) name: string;
  @Field({ description: 'application/pdf, image/png, image/jpeg or text/plain.' }) @IsString() @MaxLength(100) contentType: string;
  @Field({ description: 'The file, base64, at most 2 MB.' }) @IsString() @MaxLength(MAX_BASE64 + 4) base64: string;
}

@InputType()
export class SubmitEvaluationReportInput {
  @Field(() => ID) @IsString() evaluationId: string;
  @Field(() => EvaluationAreaGql) @IsEnum(EvaluationArea) area: EvaluationArea;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() @MaxLength(10) completedOn: string;
  @Field({ description: 'The report, or its summary when a file is attached.' }) @IsString() @MaxLength(20000) summary: string;
  @Field(() => ReportFileInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ReportFileInput) file?: ReportFileInput | null;
}

@InputType()
export class RecordEvaluationDelayInput {
  @Field(() => ID) @IsString() evaluationId: string;
  @Field(() => EvaluationDelayReasonGql) @IsEnum(EvaluationDelayReason) reason: EvaluationDelayReason;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD agreed with the parent (a transfer, an SLD extension).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  agreedCompletionOn?: string | null;
  @Field() @IsString() @MaxLength(4000) note: string;
}

@InputType()
export class RecordChildProducedInput {
  @Field(() => ID) @IsString() evaluationId: string;
  @Field({ description: 'YYYY-MM-DD: the day the parent produced the child for the evaluation; a new timeframe runs from it.' })
  @IsString()
  @MaxLength(10)
  producedOn: string;
}

@InputType()
export class DetermineEligibilityInput {
  @Field(() => ID) @IsString() evaluationId: string;
  @Field({ description: 'YYYY-MM-DD of the eligibility meeting.' }) @IsString() @MaxLength(10) determinedOn: string;
  @Field() @IsBoolean() eligible: boolean;
  @Field(() => DisabilityCategoryGql, { nullable: true }) @IsOptional() @IsEnum(DisabilityCategory) category?: DisabilityCategory | null;
  @Field({ description: 'What the team found, in words for the family (goes into the prior written notice).' }) @IsString() @MaxLength(4000) summary: string;
}

@InputType()
export class AgreeReevaluationNotNeededInput {
  @Field(() => ID) @IsString() studentId: string;
  @Field({ description: 'YYYY-MM-DD the parent agreed.' }) @IsString() @MaxLength(10) agreedOn: string;
  @Field({ description: 'The parent who agreed.' }) @IsString() @MaxLength(200) parentName: string;
  @Field({ description: 'The agreement as written (or where the signed paper is kept).' }) @IsString() @MaxLength(4000) note: string;
}
