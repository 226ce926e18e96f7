import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { notFoundMessage, validationMessage } from '@iep/api/core';
import { COMPENSATORY_PLAN_LIMIT, SESSION_LIMITS, SessionStatus } from '@iep/domain';
import { SessionStatusGql } from '../models/service-delivery.model';

const SERVICE_NOT_FOUND = validationMessage(notFoundMessage('That service'));
const SESSION_NOT_FOUND = validationMessage(notFoundMessage('That session'));
const GOALS = validationMessage({ en: 'Choose goals that this service supports.', es: 'Elija metas que este servicio apoya.' });
const TOO_MANY_PLANNED = validationMessage({
  en: `Plan at most ${COMPENSATORY_PLAN_LIMIT} sessions at once.`,
  es: `Planifique como máximo ${COMPENSATORY_PLAN_LIMIT} sesiones a la vez.`,
});
const KEY = validationMessage({
  en: 'The idempotency key is 8 to 100 characters (a UUID the device makes).',
  es: 'La clave de idempotencia tiene de 8 a 100 caracteres (un UUID que crea el dispositivo).',
});

@InputType({ description: 'What happened in one session; the bounds are the domain\'s SESSION_LIMITS.' })
export class ServiceSessionFieldsInput {
  @Field({ description: 'YYYY-MM-DD, inside the service\'s dates and not after today.' }) @IsString() @MaxLength(10) date: string;
  @Field(() => Int, { description: `${SESSION_LIMITS.minutes.min}–${SESSION_LIMITS.minutes.max}. For a session that did not happen, the minutes it should have had.` })
  @IsInt() minutes: number;
  @Field(() => Int, { description: `${SESSION_LIMITS.groupSize.min}–${SESSION_LIMITS.groupSize.max}, this student included.` }) @IsInt() groupSize: number;
  @Field({ defaultValue: '' }) @IsOptional() @IsString() @MaxLength(SESSION_LIMITS.locationLength) location: string;
  @Field(() => [ID], { defaultValue: [] }) @IsOptional() @IsArray() @ArrayMaxSize(SESSION_LIMITS.goals) @IsUUID('all', { each: true, message: GOALS }) goalIds: string[];
  @Field(() => SessionStatusGql) @IsEnum(SessionStatus) status: SessionStatus;
  @Field({ defaultValue: '' }) @IsOptional() @IsString() @MaxLength(SESSION_LIMITS.noteLength) note: string;
}

@InputType()
export class RecordServiceSessionInput extends ServiceSessionFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: SERVICE_NOT_FOUND }) serviceId: string;
  @Field({ description: 'Made once on the device for this entry; sending the same key again returns the session already recorded.' })
  @IsString() @Length(8, 100, { message: KEY }) idempotencyKey: string;
}

@InputType()
export class CorrectServiceSessionInput extends ServiceSessionFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: SESSION_NOT_FOUND }) sessionId: string;
  @Field(() => Int, { description: 'The version the caller saw.' }) @IsInt() version: number;
}

@InputType({ description: 'One make-up session planned: its day and minutes.' })
export class PlannedMakeUpInput {
  @Field({ description: 'YYYY-MM-DD: a school day of the service, today or later.' }) @IsString() @MaxLength(10) date: string;
  @Field(() => Int) @IsInt() minutes: number;
}

@InputType({ description: 'Make-up sessions planned against the compensatory minutes a service owes; never more than is owed and not yet planned.' })
export class PlanCompensatoryMinutesInput {
  @Field(() => ID) @IsUUID('all', { message: SERVICE_NOT_FOUND }) serviceId: string;
  @Field(() => [PlannedMakeUpInput]) @IsArray() @ArrayMaxSize(COMPENSATORY_PLAN_LIMIT, { message: TOO_MANY_PLANNED }) @ValidateNested({ each: true }) @Type(() => PlannedMakeUpInput)
  sessions: PlannedMakeUpInput[];
  @Field({ defaultValue: '' }) @IsOptional() @IsString() @MaxLength(SESSION_LIMITS.noteLength) note: string;
}
