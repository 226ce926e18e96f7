import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UserRoleGql } from '@iep/api/auth';
import { ALL_ROLES, EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH, STAFF_ROLES, type StaffRole, type UserRole } from '@iep/domain';
import { LOCALES } from '../validation';
import { StaffRoleGql } from '../models/district-user.model';
import { IsNotBlank } from '../validation';

const STAFF_ROLE_VALUES = Object.values(STAFF_ROLES);
const ROLE_MESSAGE = 'Choose a staff role: teacher, special education teacher, specialist, district representative or district administrator.';

@InputType()
export class CreateStaffUserInput {
  @Field({ description: 'Where the person signs in and receives the link to set a password.' })
  @IsEmail({}, { message: 'Enter a valid e-mail address, for example name@example.com.' })
  @MaxLength(EMAIL_MAX_LENGTH, { message: `An e-mail address can be at most ${EMAIL_MAX_LENGTH} characters.` })
  email: string;

  @Field()
  @IsNotBlank('Enter the name the person goes by.')
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters.` })
  displayName: string;

  @Field(() => StaffRoleGql) @IsIn(STAFF_ROLE_VALUES, { message: ROLE_MESSAGE }) role: StaffRole;

  @Field(() => String, { nullable: true, description: 'For specialists, e.g. "Occupational therapist".' })
  @IsOptional()
  @IsString()
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: `A specialty can be at most ${PERSON_NAME_MAX_LENGTH} characters.` })
  specialty?: string | null;
}

@InputType({ description: 'Only the fields given change; an empty or null specialty clears it.' })
export class UpdateUserInput {
  @Field(() => ID) @IsString() id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank('Enter the name the person goes by.')
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters.` })
  displayName?: string | null;

  @Field(() => StaffRoleGql, { nullable: true, description: 'Staff accounts only; nobody can change their own role.' })
  @IsOptional()
  @IsIn(STAFF_ROLE_VALUES, { message: ROLE_MESSAGE })
  role?: StaffRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PERSON_NAME_MAX_LENGTH, { message: `A specialty can be at most ${PERSON_NAME_MAX_LENGTH} characters.` })
  specialty?: string | null;

  @Field(() => String, { nullable: true, description: 'en or es.' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'Choose English (en) or Spanish (es).' })
  locale?: string | null;
}

@InputType()
export class DistrictUsersFilter {
  @Field(() => UserRoleGql, { nullable: true }) @IsOptional() @IsIn(ALL_ROLES) role?: UserRole | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search for at most 200 characters.' })
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
  @Min(1, { message: 'Ask for at least one account.' })
  @Max(100, { message: 'Ask for at most 100 accounts at a time.' })
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
