import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { DeadlineKindGql } from '@iep/api/deadlines';
import { DEADLINE_KINDS, type DeadlineKind } from '@iep/domain';
import { CLOSURE_KINDS, ClosureKindGql, type ClosureKind } from '../models/school-calendar.model';
import { ReminderKind, ReminderKindGql } from '../models/notification-preference.model';

// Dates and names are checked in the service, which names the field in its BAD_USER_INPUT answer.

const CHOOSE_CLOSURE_KIND = validationMessage({
  en: 'Choose a holiday, a break or a non-school day.',
  es: 'Elija un feriado, unas vacaciones o un día sin clases.',
});
const CHOOSE_REMINDER_KIND = validationMessage({
  en: 'Choose reminders or escalations.',
  es: 'Elija recordatorios o avisos de plazo vencido.',
});
const CHOOSE_DEADLINE_KIND = validationMessage({ en: 'Choose a kind of deadline.', es: 'Elija un tipo de plazo.' });

@InputType({ description: "A school year of the district's calendar, or of one school's." })
export class CreateSchoolCalendarInput {
  @Field(() => ID, { nullable: true, description: "Omit for the district's own calendar." })
  @IsOptional()
  @IsString()
  schoolId?: string | null;

  @Field({ description: 'How the district names the year, e.g. "2026–27". Unique per district (or school).' })
  @IsString()
  schoolYear: string;

  @Field({ description: 'ISO date (YYYY-MM-DD) of the first day of school.' }) @IsString() firstDay: string;
  @Field({ description: 'ISO date of the last day of school.' }) @IsString() lastDay: string;
}

@InputType()
export class UpdateSchoolCalendarInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => Int, { description: 'The version the edit started from; a newer one on record is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field() @IsString() schoolYear: string;
  @Field() @IsString() firstDay: string;
  @Field() @IsString() lastDay: string;
}

@InputType()
export class AddCalendarClosureInput {
  @Field(() => ID) @IsString() calendarId: string;
  @Field(() => Int, { description: "The calendar's version the edit started from." }) @IsInt() @Min(1) version: number;
  @Field(() => ClosureKindGql) @IsIn(CLOSURE_KINDS, { message: CHOOSE_CLOSURE_KIND }) kind: ClosureKind;
  @Field() @IsString() name: string;
  @Field() @IsString() firstDay: string;
  @Field({ description: 'The first day again for a single day.' }) @IsString() lastDay: string;
}

@InputType()
export class UpdateCalendarClosureInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => Int, { description: "The calendar's version the edit started from." }) @IsInt() @Min(1) version: number;
  @Field(() => ClosureKindGql) @IsIn(CLOSURE_KINDS, { message: CHOOSE_CLOSURE_KIND }) kind: ClosureKind;
  @Field() @IsString() name: string;
  @Field() @IsString() firstDay: string;
  @Field() @IsString() lastDay: string;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => ReminderKindGql)
  @IsIn(Object.values(ReminderKind), { message: CHOOSE_REMINDER_KIND })
  reminderKind: ReminderKind;

  @Field(() => DeadlineKindGql)
  @IsIn(DEADLINE_KINDS, { message: CHOOSE_DEADLINE_KIND })
  deadlineKind: DeadlineKind;

  @Field({ description: 'Whether this reminder also comes by e-mail.' }) @IsBoolean() email: boolean;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}
