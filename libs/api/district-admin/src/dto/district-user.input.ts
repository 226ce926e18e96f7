import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UserRoleGql } from '@iep/api/auth';
import { validationMessage } from '@iep/api/core';
import { ALL_ROLES, EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH, STAFF_ROLES, type StaffRole, type UserRole } from '@iep/domain';
import { CHOOSE_LOCALE, EMAIL_INVALID, EMAIL_TOO_LONG, LOCALES, NAME_TOO_LONG, SEARCH_TOO_LONG } from '../validation';
import { StaffRoleGql } from '../models/district-user.model';
import { IsNotBlank } from '../validation';

const STAFF_ROLE_VALUES = Object.values(STAFF_ROLES);
const ROLE_MESSAGE = validationMessage({
  en: 'Choose a staff role: teacher, special education teacher, specialist, district representative or district administrator.',
  es: 'Elija una función del personal: maestro, maestro de educación especial, especialista, representante del distrito o administrador del distrito.',
});
const ENTER_PERSON_NAME = { en: 'Enter the name the person goes by.', es: 'Escriba el nombre con el que se conoce a la persona.' };
const SPECIALTY_TOO_LONG = validationMessage({
  en: `A specialty can be at most ${PERSON_NAME_MAX_LENGTH} characters.`,
  es: `Una especialidad puede tener como máximo ${PERSON_NAME_MAX_LENGTH} caracteres.`,
});
const AT_LEAST_ONE_ACCOUNT = validationMessage({ en: 'Ask for at least one account.', es: 'Pida al menos una cuenta.' });
const AT_MOST_100_ACCOUNTS = validationMessage({
  en: 'Ask for at most 100 accounts at a time.',
  es: 'Pida como máximo 100 cuentas a la vez.',
});

@InputType()
export class CreateStaffUserInput {
  @Field({ description: 'Where the person signs in and receives the link to set a password.' })
  @IsEmail({}, { message: EMAIL_INVALID })
  @MaxLength(EMAIL_MAX_LENGTH, { message: EMAIL_TOO_LONG })
  email: string;

  @Field()
  @IsNotBlank(ENTER_PERSON_NAME)
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: NAME_TOO_LONG })
  displayName: string;

  @Field(() => StaffRoleGql) @IsIn(STAFF_ROLE_VALUES, { message: ROLE_MESSAGE }) role: StaffRole;

  @Field(() => String, { nullable: true, description: 'For specialists, e.g. "Occupational therapist".' })
  @IsOptional()
  @IsString()
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: SPECIALTY_TOO_LONG })
  specialty?: string | null;
}

@InputType({ description: 'Only the fields given change; an empty or null specialty clears it.' })
export class UpdateUserInput {
  @Field(() => ID) @IsString() id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank(ENTER_PERSON_NAME)
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: NAME_TOO_LONG })
  displayName?: string | null;

  @Field(() => StaffRoleGql, { nullable: true, description: 'Staff accounts only; nobody can change their own role.' })
  @IsOptional()
  @IsIn(STAFF_ROLE_VALUES, { message: ROLE_MESSAGE })
  role?: StaffRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: SPECIALTY_TOO_LONG })
  specialty?: string | null;

  @Field(() => String, { nullable: true, description: 'en or es.' })
  @IsOptional()
  @IsIn(LOCALES, { message: CHOOSE_LOCALE })
  locale?: string | null;
}

@InputType()
export class DistrictUsersFilter {
  @Field(() => UserRoleGql, { nullable: true }) @IsOptional() @IsIn(ALL_ROLES) role?: UserRole | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: SEARCH_TOO_LONG })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only deactivated (false) accounts.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class DistrictUsersArgs {
  @Field(() => DistrictUsersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DistrictUsersFilter)
  filter?: DistrictUsersFilter | null;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1, { message: AT_LEAST_ONE_ACCOUNT })
  @Max(100, { message: AT_MOST_100_ACCOUNTS })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID) @IsString() id: string;
}
