import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EMAIL_MAX_LENGTH, GRADES, PERSON_NAME_MAX_LENGTH, RELATIONSHIP_MAX_LENGTH, STUDENT_NAME_MAX_LENGTH } from '@iep/domain';
import { IsDateOfBirth, IsNotBlank, LOCALES } from '../validation';

const GRADE_MESSAGE = `Choose a grade: ${GRADES.join(', ')}.`;

@InputType()
export class CreateStudentInput {
  @Field()
  @IsNotBlank('Enter the first name.')
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: `A first name can be at most ${STUDENT_NAME_MAX_LENGTH} characters.` })
  firstName: string;

  @Field()
  @IsNotBlank('Enter the last name.')
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: `A last name can be at most ${STUDENT_NAME_MAX_LENGTH} characters.` })
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
  @IsNotBlank('Enter the first name.')
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: `A first name can be at most ${STUDENT_NAME_MAX_LENGTH} characters.` })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank('Enter the last name.')
  @MaxLength(STUDENT_NAME_MAX_LENGTH, { message: `A last name can be at most ${STUDENT_NAME_MAX_LENGTH} characters.` })
  lastName?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsDateOfBirth() dateOfBirth?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(GRADES, { message: GRADE_MESSAGE }) grade?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() schoolId?: string | null;
}

@InputType()
export class AddGuardianInput {
  @Field(() => ID) @IsString() studentId: string;

  @Field({ description: 'An existing family account with this address is linked; otherwise a new one is made.' })
  @IsEmail({}, { message: 'Enter a valid e-mail address, for example name@example.com.' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: `An e-mail address can be at most ${EMAIL_MAX_LENGTH} characters.` })
  email: string;

  @Field({ description: 'Used only when a new account is made.' })
  @IsNotBlank('Enter the name the parent or guardian goes by.')
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters.` })
  displayName: string;

  @Field({ description: 'e.g. Mother, Father, Legal guardian, Foster parent.' })
  @IsNotBlank('Enter how this person is related to the student, for example Mother or Legal guardian.')
  @MaxLength(RELATIONSHIP_MAX_LENGTH, { message: `A relationship can be at most ${RELATIONSHIP_MAX_LENGTH} characters.` })
  relationship: string;

  @Field({ description: 'Holds the educational rights: signs the IEP and gives consent.' }) @IsBoolean() rightsHolder: boolean;

  @Field(() => String, { nullable: true, description: 'Preferred language of a new account: en (default) or es.' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'Choose English (en) or Spanish (es).' })
  locale?: string | null;
}

@ArgsType()
export class RemoveGuardianArgs {
  @Field(() => ID) @IsString() studentId: string;
  @Field(() => ID) @IsString() userId: string;
}

@ArgsType()
export class StudentIdArgs {
  @Field(() => ID) @IsString() id: string;
}

@ArgsType()
export class DistrictStudentsArgs {
  @Field(() => String, { nullable: true, description: 'Part of the first or last name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search for at most 200 characters.' })
  search?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() schoolId?: string | null;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1, { message: 'Ask for at least one student.' })
  @Max(100, { message: 'Ask for at most 100 students at a time.' })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;
}
