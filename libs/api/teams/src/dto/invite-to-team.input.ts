import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ENTER_VALID_EMAIL, UserRoleGql } from '@iep/api/auth';
import { notFoundMessage, validationMessage } from '@iep/api/core';
import { UserRole } from '@iep/domain';

export const DISPLAY_NAME_MAX = 120;
export const TEAM_ROLE_MAX = 80;

const IEP_NOT_FOUND = validationMessage(notFoundMessage('That IEP'));
export const NAME_TOO_LONG = validationMessage({
  en: `A name can be at most ${DISPLAY_NAME_MAX} characters.`,
  es: `Un nombre puede tener como máximo ${DISPLAY_NAME_MAX} caracteres.`,
});
const TEAM_ROLE_TOO_LONG = validationMessage({
  en: `A team role can be at most ${TEAM_ROLE_MAX} characters.`,
  es: `Una función puede tener como máximo ${TEAM_ROLE_MAX} caracteres.`,
});

@InputType()
export class InviteToTeamInput {
  @Field(() => ID) @IsUUID('all', { message: IEP_NOT_FOUND }) iepId: string;
  @Field() @IsEmail({}, { message: ENTER_VALID_EMAIL }) @MaxLength(320) email: string;
  @Field({ description: "The person's name as the team should see it." })
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX, { message: NAME_TOO_LONG })
  displayName: string;
  @Field(() => UserRoleGql) @IsEnum(UserRole) role: UserRole;
  @Field({ description: 'What the person does on this team, e.g. "Parent advocate".' })
  @IsString()
  @MaxLength(TEAM_ROLE_MAX, { message: TEAM_ROLE_TOO_LONG })
  teamRole: string;
  @Field(() => Date, { nullable: true, description: "Guests only: when their access ends (default: a year after they are invited)." })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
