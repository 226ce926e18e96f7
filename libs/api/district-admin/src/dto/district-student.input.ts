import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { EMAIL_MAX_LENGTH, GRADES, PERSON_NAME_MAX_LENGTH, RELATIONSHIP_MAX_LENGTH, STUDENT_NAME_MAX_LENGTH } from '@iep/domain';
import {
  CHOOSE_LOCALE,
  EMAIL_INVALID,
  EMAIL_TOO_LONG,
  IsDateOfBirth,
  IsNotBlank,
  LOCALES,
  NAME_TOO_LONG,
  SEARCH_TOO_LONG,
} from '../validation';

const GRADE_MESSAGE = validationMessage({ en: `Choose a grade: ${GRADES.join(', ')}.`, es: `Elija un grado: ${GRADES.join(', ')}.` });
const ENTER_FIRST_NAME = { en: 'Enter the first name.', es: 'Escriba el nombre.' };
const ENTER_LAST_NAME = { en: 'Enter the last name.', es: 'Escriba el apellido.' };
const FIRST_NAME_TOO_LONG = validationMessage({
  en: `A first name can be at most ${STUDENT_NAME_MAX_LENGTH} characters.`,
  es: `El nombre puede tener como máximo ${STUDENT_NAME_MAX_LENGTH} caracteres.`,
});
const LAST_NAME_TOO_LONG = validationMessage({
  en: `A last name can be at most ${STUDENT_NAME_MAX_LENGTH} characters.`,
  es: `El apellido puede tener como máximo ${STUDENT_NAME_MAX_LENGTH} caracteres.`,
});
const ENTER_GUARDIAN_NAME = {
  en: 'Enter the name the parent or guardian goes by.',
  es: 'Escriba el nombre con el que se conoce al padre, madre o tutor.',
};
const ENTER_RELATIONSHIP = {
  en: 'Enter how this person is related to the student, for example Mother or Legal guardian.',
  es: 'Escriba el parentesco de esta persona con el estudiante, por ejemplo Madre o Tutor legal.',
};
const RELATIONSHIP_TOO_LONG = validationMessage({
  en: `A relationship can be at most ${RELATIONSHIP_MAX_LENGTH} characters.`,
  es: `El parentesco puede tener como máximo ${RELATIONSHIP_MAX_LENGTH} caracteres.`,
});
const AT_LEAST_ONE_STUDENT = validationMessage({ en: 'Ask for at least one student.', es: 'Pida al menos un estudiante.' });
const AT_MOST_100_STUDENTS = validationMessage({
  en: 'Ask for at most 100 students at a time.',
  es: 'Pida como máximo 100 estudiantes a la vez.',
});

@InputType()
export class CreateStudentInput {
  @Field()
  @IsNotBlank(ENTER_FIRST_NAME)
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: FIRST_NAME_TOO_LONG })
  firstName: string;

  @Field()
  @IsNotBlank(ENTER_LAST_NAME)
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: LAST_NAME_TOO_LONG })
  lastName: string;

  @Field({ description: 'ISO date (YYYY-MM-DD) in the past.' }) @IsDateOfBirth() dateOfBirth: string;

  @Field({ description: 'PK, K, 1–12 or TRANSITION (ages 18–21).' }) @IsIn(GRADES, { message: GRADE_MESSAGE }) grade: string;

  @Field(() => ID, { description: "A school of the administrator's district." }) @IsString() schoolId: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateStudentInput {
  @Field(() => ID) @IsString() id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank(ENTER_FIRST_NAME)
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: FIRST_NAME_TOO_LONG })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank(ENTER_LAST_NAME)
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: LAST_NAME_TOO_LONG })
  lastName?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsDateOfBirth() dateOfBirth?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(GRADES, { message: GRADE_MESSAGE }) grade?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() schoolId?: string | null;
}

@InputType()
export class AddGuardianInput {
  @Field(() => ID) @IsString() studentId: string;

  @Field({ description: 'An existing family account with this address is linked; otherwise a new one is made.' })
  @IsEmail({}, { message: EMAIL_INVALID })
  @MaxLength(EMAIL_MAX_LENGTH, { message: EMAIL_TOO_LONG })
  email: string;

  @Field({ description: 'Used only when a new account is made.' })
  @IsNotBlank(ENTER_GUARDIAN_NAME)
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: NAME_TOO_LONG })
  displayName: string;

  @Field({ description: 'e.g. Mother, Father, Legal guardian, Foster parent.' })
  @IsNotBlank(ENTER_RELATIONSHIP)
  @MaxLength(RELATIONSHIP_MAX_LENGTH, { message: RELATIONSHIP_TOO_LONG })
  relationship: string;

  @Field({ description: 'Holds the educational rights: signs the IEP and gives consent.' }) @IsBoolean() rightsHolder: boolean;

  @Field(() => String, { nullable: true, description: 'Preferred language of a new account: en (default) or es.' })
  @IsOptional()
  @IsIn(LOCALES, { message: CHOOSE_LOCALE })
  locale?: string | null;
}

@ArgsType()
export class RemoveGuardianArgs {
  @Field(() => ID) @IsString() studentId: string;
  @Field(() => ID) @IsString() userId: string;
}

@InputType()
export class SetGuardianRightsInput {
  @Field(() => ID) @IsString() studentId: string;
  @Field(() => ID) @IsString() userId: string;
  @Field({ description: 'Whether this guardian holds the educational rights: consents to or declines the IEP.' }) @IsBoolean() rightsHolder: boolean;
}

@ArgsType()
export class DistrictStudentsArgs {
  @Field(() => String, { nullable: true, description: 'Part of the first or last name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: SEARCH_TOO_LONG })
  search?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() schoolId?: string | null;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1, { message: AT_LEAST_ONE_STUDENT })
  @Max(100, { message: AT_MOST_100_STUDENTS })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;
}
