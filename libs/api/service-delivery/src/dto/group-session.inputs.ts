import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested,
} from 'class-validator';
import { notFoundMessage, validationMessage } from '@iep/api/core';
import { SESSION_LIMITS, SessionStatus } from '@iep/domain';
import { SessionStatusGql } from '../models/service-delivery.model';

const SERVICE_NOT_FOUND = validationMessage(notFoundMessage('That service'));
const GOALS = validationMessage({ en: 'Choose goals that this service supports.', es: 'Elija metas que este servicio apoya.' });
const KEY = validationMessage({
  en: 'The idempotency key is 8 to 100 characters (a UUID the device makes).',
  es: 'La clave de idempotencia tiene de 8 a 100 caracteres (un UUID que crea el dispositivo).',
});
const TOO_MANY = validationMessage({
  en: `A group session records at most ${SESSION_LIMITS.groupEntries} students at once.`,
  es: `Una sesión de grupo registra como máximo ${SESSION_LIMITS.groupEntries} estudiantes a la vez.`,
});
const POINT_KEY = validationMessage({ en: 'The entry key must be a UUID.', es: 'La clave de la entrada debe ser un UUID.' });

@InputType({ description: 'A measurement taken in the session on a goal the student worked on: its day is the session\'s, its setting the session\'s location.' })
export class GroupSessionDataPointInput {
  @Field(() => ID, { description: 'A goal the service supports.' }) @IsUUID('all', { message: GOALS }) goalId: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field(() => ID, { description: 'A UUID made on the device for this point (recordGoalDataPoint\'s key).' }) @IsUUID('all', { message: POINT_KEY }) idempotencyKey: string;
}

@InputType({ description: "One student's session in the group: their service and whatever differs for them from the group's fields." })
export class GroupSessionEntryInput {
  @Field(() => ID) @IsUUID('all', { message: SERVICE_NOT_FOUND }) serviceId: string;
  @Field({ description: "Made once on the device for this student's session; the same key sent again finds the session already recorded." })
  @IsString() @Length(8, 100, { message: KEY }) idempotencyKey: string;
  @Field(() => SessionStatusGql, { nullable: true, description: "This student's status when it is not the group's (one student absent)." })
  @IsOptional() @IsEnum(SessionStatus) status: SessionStatus | null;
  @Field(() => Int, { nullable: true, description: "This student's minutes when they are not the group's." }) @IsOptional() @IsInt() minutes: number | null;
  @Field({ defaultValue: '' }) @IsOptional() @IsString() @MaxLength(SESSION_LIMITS.noteLength) note: string;
  @Field(() => [ID], { defaultValue: [] }) @IsOptional() @IsArray() @ArrayMaxSize(SESSION_LIMITS.goals) @IsUUID('all', { each: true, message: GOALS }) goalIds: string[];
  @Field(() => [GroupSessionDataPointInput], { defaultValue: [] })
  @IsOptional() @IsArray() @ArrayMaxSize(SESSION_LIMITS.goals, { message: GOALS }) @ValidateNested({ each: true }) @Type(() => GroupSessionDataPointInput)
  dataPoints: GroupSessionDataPointInput[];
}

@InputType({ description: 'A group session entered once for several students: the shared fields, then one entry per student.' })
export class RecordGroupSessionInput {
  @Field({ description: 'YYYY-MM-DD, inside each service\'s dates and not after today.' }) @IsString() @MaxLength(10) date: string;
  @Field(() => Int, { description: `${SESSION_LIMITS.minutes.min}–${SESSION_LIMITS.minutes.max}.` }) @IsInt() minutes: number;
  @Field(() => Int, { description: `${SESSION_LIMITS.groupSize.min}–${SESSION_LIMITS.groupSize.max}: at least the students entered here.` }) @IsInt() groupSize: number;
  @Field({ defaultValue: '' }) @IsOptional() @IsString() @MaxLength(SESSION_LIMITS.locationLength) location: string;
  @Field(() => SessionStatusGql) @IsEnum(SessionStatus) status: SessionStatus;
  @Field(() => [GroupSessionEntryInput], { description: `1–${SESSION_LIMITS.groupEntries} students.` })
  @IsArray() @ArrayMaxSize(SESSION_LIMITS.groupEntries, { message: TOO_MANY }) @ValidateNested({ each: true }) @Type(() => GroupSessionEntryInput)
  entries: GroupSessionEntryInput[];
}
