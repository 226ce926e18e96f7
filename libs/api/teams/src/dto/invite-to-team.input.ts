import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UserRoleGql } from '@iep/api/auth';
import { UserRole } from '@iep/domain';

export const DISPLAY_NAME_MAX = 120;
export const TEAM_ROLE_MAX = 80;

@InputType()
export class InviteToTeamInput {
  @Field(() => ID) @IsUUID('all', { message: 'That IEP was not found.' }) iepId: string;
  @Field() @IsEmail({}, { message: 'Enter a valid e-mail address.' }) @MaxLength(320) email: string;
  @Field({ description: "The person's name as the team should see it." })
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX, { message: `A name can be at most ${DISPLAY_NAME_MAX} characters.` })
  displayName: string;
  @Field(() => UserRoleGql) @IsEnum(UserRole) role: UserRole;
  @Field({ description: 'What the person does on this team, e.g. "Parent advocate".' })
  @IsString()
  @MaxLength(TEAM_ROLE_MAX, { message: `A team role can be at most ${TEAM_ROLE_MAX} characters.` })
  teamRole: string;
  @Field(() => Date, { nullable: true, description: "Guests only: when their access ends (default: a year after they are invited)." })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
