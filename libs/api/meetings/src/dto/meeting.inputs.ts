import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';
import { graphqlEnum, notFoundMessage, validationMessage } from '@iep/api/core';
import { AttendanceStatus, MEETING_LIMITS, MeetingPurpose, type AttendanceStatus as AttendanceStatusValue } from '@iep/domain';
import { AttendanceStatusGql, MeetingPurposeGql } from '../models/iep-meeting.model';

const TEXT_MAX = MEETING_LIMITS.maxTextLength;
const tooLong = (what: string, whatEs: string) => ({
  message: validationMessage({ en: `${what} can be at most ${TEXT_MAX} characters.`, es: `${whatEs} puede tener como máximo ${TEXT_MAX} caracteres.` }),
});
const IEP_NOT_FOUND = validationMessage(notFoundMessage('That IEP'));
const MEETING_NOT_FOUND = validationMessage({ en: 'That meeting was not found.', es: 'No se encontró esa reunión.' });
const INVITE_FROM_TEAM = validationMessage({ en: 'Invite people from the team.', es: 'Invite a personas del equipo.' });
const AT_MOST_THREE_TIMES = validationMessage({ en: 'Suggest at most three times.', es: 'Sugiera como máximo tres fechas y horas.' });
const NOT_INVITED = validationMessage({ en: 'That person is not invited.', es: 'Esa persona no está invitada.' });

export const MeetingAnswer = { Accept: 'ACCEPT', RequestAnotherTime: 'REQUEST_ANOTHER_TIME' } as const;
export type MeetingAnswer = (typeof MeetingAnswer)[keyof typeof MeetingAnswer];
const MeetingAnswerGql = graphqlEnum(MeetingAnswer, 'MeetingAnswer', 'Accept the meeting time, or ask for another one.');

@InputType({ description: "A date and time on the district's clock." })
export class MeetingTimeInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsString() @MaxLength(10) date: string;
  @Field({ description: 'HH:MM, 24-hour' }) @IsString() @MaxLength(5) time: string;
}

@InputType()
export class ScheduleIepMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: IEP_NOT_FOUND }) iepId: string;
  @Field(() => MeetingPurposeGql, { nullable: true, description: "Left out, it follows the IEP's kind: an initial IEP, an annual review, an amendment." })
  @IsOptional() @IsEnum(MeetingPurpose) purpose?: MeetingPurpose | null;
  @Field({ description: "YYYY-MM-DD on the district's clock." }) @IsString() @MaxLength(10) date: string;
  @Field({ description: "HH:MM, 24-hour, on the district's clock." }) @IsString() @MaxLength(5) time: string;
  @Field(() => Int) @IsInt() durationMinutes: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX, tooLong('A place', 'Un lugar')) location?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number or video link.' })
  @IsOptional() @IsString() @MaxLength(TEXT_MAX, tooLong('Call-in details', 'El número de teléfono o enlace de video')) callIn?: string | null;
  @Field(() => [ID], { description: "People on the IEP's team; the student's rights-holding guardians are always invited." })
  @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: INVITE_FROM_TEAM }) inviteeIds: string[];
  @Field({ defaultValue: false, description: 'The parent agreed to less notice than the state requires.' })
  @IsOptional() @IsBoolean() shortNoticeAgreed?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The meeting discusses transition, so the student on the team is invited. Left out, it does when the student reaches the state’s transition age within a year.',
  })
  @IsOptional() @IsBoolean() discussesTransition?: boolean | null;
}

@InputType()
export class RescheduleIepMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: MEETING_NOT_FOUND }) meetingId: string;
  @Field(() => Int, { description: 'The version the caller saw.' }) @IsInt() version: number;
  @Field() @IsString() @MaxLength(10) date: string;
  @Field() @IsString() @MaxLength(5) time: string;
  @Field(() => Int, { nullable: true, description: 'Unchanged when omitted.' }) @IsOptional() @IsInt() durationMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'Unchanged when omitted; an empty string clears it.' })
  @IsOptional() @IsString() @MaxLength(TEXT_MAX, tooLong('A place', 'Un lugar')) location?: string | null;
  @Field(() => String, { nullable: true, description: 'Unchanged when omitted; an empty string clears it.' })
  @IsOptional() @IsString() @MaxLength(TEXT_MAX, tooLong('Call-in details', 'El número de teléfono o enlace de video')) callIn?: string | null;
  @Field({ defaultValue: false }) @IsOptional() @IsBoolean() shortNoticeAgreed?: boolean;
}

@InputType()
export class RespondToIepMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: MEETING_NOT_FOUND }) meetingId: string;
  @Field(() => MeetingAnswerGql) @IsIn(Object.values(MeetingAnswer)) answer: MeetingAnswer;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_MAX, tooLong('A message', 'Un mensaje')) message?: string | null;
  @Field(() => [MeetingTimeInput], { nullable: true, description: 'Up to three times that suit the person better.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MEETING_LIMITS.maxProposedTimes, { message: AT_MOST_THREE_TIMES })
  @ValidateNested({ each: true }) @Type(() => MeetingTimeInput)
  proposedTimes?: MeetingTimeInput[] | null;
}

@InputType()
export class RequestMeetingExcusalInput {
  @Field(() => ID) @IsUUID('all', { message: MEETING_NOT_FOUND }) meetingId: string;
  @Field(() => ID, { description: 'The invited team member who would miss the meeting.' }) @IsUUID('all', { message: NOT_INVITED }) userId: string;
  @Field() @IsString() @MaxLength(TEXT_MAX, tooLong('A reason', 'Un motivo')) reason: string;
  @Field({ defaultValue: false, description: 'The member has given the parent and the team written input (300.321(e)(2)).' })
  @IsOptional() @IsBoolean() writtenInputSubmitted?: boolean;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID, { nullable: true, description: 'An invitee; leave empty for an outside attendee and give a name.' })
  @IsOptional() @IsUUID('all', { message: NOT_INVITED }) userId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Outside attendees: in what capacity they came.' })
  @IsOptional() @IsString() @MaxLength(120) capacity?: string | null;
  @Field(() => AttendanceStatusGql) @IsIn(Object.values(AttendanceStatus)) status: AttendanceStatusValue;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() writtenInputSubmitted?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The person can interpret the evaluation results (300.321(a)(5)). Unchanged when omitted.' })
  @IsOptional() @IsBoolean() interpretsEvaluations?: boolean | null;
}

@InputType()
export class RecordMeetingAttendanceInput {
  @Field(() => ID) @IsUUID('all', { message: MEETING_NOT_FOUND }) meetingId: string;
  @Field(() => [AttendanceEntryInput]) @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}
