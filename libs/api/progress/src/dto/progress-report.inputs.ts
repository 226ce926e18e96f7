import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { PROGRESS_NARRATIVE_MAX_LENGTH, ProgressReportCode } from '@iep/domain/progress';
import { ProgressReportCodeGql } from '../models/progress-report.model';

const NARRATIVE_TOO_LONG = validationMessage({ en: 'A narrative can be at most 4000 characters.', es: 'Una narración puede tener como máximo 4000 caracteres.' });
const QUESTION_TOO_LONG = validationMessage({ en: 'A question can be at most 2000 characters.', es: 'Una pregunta puede tener como máximo 2000 caracteres.' });
const CHOOSE_CODE = validationMessage({ en: 'Choose one of the progress codes.', es: 'Elija uno de los códigos de progreso.' });

@InputType()
export class SaveProgressReportEntryInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => ID) @IsString() periodId: string;
  @Field(() => ID, { description: 'A goal of the IEP.' }) @IsString() partId: string;
  @Field(() => Int, { description: 'The version written over (ProgressReportEntry.version when read; 0 for the first words).' })
  @IsInt() @Min(0) baseVersion: number;
  @Field(() => ProgressReportCodeGql, { nullable: true }) @IsOptional() @IsEnum(ProgressReportCode, { message: CHOOSE_CODE }) code?: ProgressReportCode | null;
  @Field() @IsString() @MaxLength(PROGRESS_NARRATIVE_MAX_LENGTH, { message: NARRATIVE_TOO_LONG }) narrative: string;
}

@InputType()
export class AskProgressReportQuestionInput {
  @Field(() => ID) @IsString() reportId: string;
  @Field(() => ID, { description: 'The goal the question is about.' }) @IsString() partId: string;
  @Field() @IsString() @MaxLength(2000, { message: QUESTION_TOO_LONG }) body: string;
}
