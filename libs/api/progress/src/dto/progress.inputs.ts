import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { GoalFlagRule } from '@iep/domain/progress';
import { GoalFlagRuleGql } from '../models/goal-progress.model';

const DATE_FORMAT = validationMessage({ en: 'Use a date as YYYY-MM-DD.', es: 'Escriba la fecha como AAAA-MM-DD.' });
const SETTING_TOO_LONG = validationMessage({ en: 'A setting can be at most 200 characters.', es: 'Un lugar puede tener como máximo 200 caracteres.' });
const NOTE_TOO_LONG = validationMessage({ en: 'A note can be at most 2000 characters.', es: 'Una nota puede tener como máximo 2000 caracteres.' });
const KEY_FORMAT = validationMessage({ en: 'The entry key must be a UUID.', es: 'La clave de la entrada debe ser un UUID.' });

@InputType({ description: 'The measurement itself: value on the goal\'s scale, day, setting and an optional note.' })
class GoalDataPointFields {
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_FORMAT }) observedOn: string;
  @Field({ description: 'Where: "Speech room", "General education classroom".' }) @IsString() @MaxLength(200, { message: SETTING_TOO_LONG }) setting: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000, { message: NOTE_TOO_LONG }) note: string;
}

@InputType()
export class RecordGoalDataPointInput extends GoalDataPointFields {
  @Field(() => ID, { description: 'A goal of an IEP in force.' }) @IsString() partId: string;
  @Field(() => ID, {
    description: 'A UUID the client makes once per entry (kept with an entry queued offline): sending the same entry again returns the point already stored.',
  })
  @IsUUID('all', { message: KEY_FORMAT })
  idempotencyKey: string;
}

@InputType()
export class CorrectGoalDataPointInput extends GoalDataPointFields {
  @Field(() => ID) @IsString() pointId: string;
  @Field(() => Int, { description: 'The version corrected (GoalDataPoint.version when it was read).' }) @IsInt() @Min(1) baseVersion: number;
}

@InputType()
export class AcknowledgeGoalFlagInput {
  @Field(() => ID) @IsString() partId: string;
  @Field(() => GoalFlagRuleGql) @IsEnum(GoalFlagRule) rule: GoalFlagRule;
  @Field({ description: 'What was changed (instruction, the goal), or why nothing needs to.' }) @IsString() @MaxLength(2000, { message: NOTE_TOO_LONG }) note: string;
}
