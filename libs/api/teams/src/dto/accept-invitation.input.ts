import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DISPLAY_NAME_MAX } from './invite-to-team.input';

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MaxLength(128) token: string;
  @Field({ description: "A new password for a new account; the account's own password otherwise." })
  @IsString()
  @MinLength(1, { message: 'Enter a password.' })
  @MaxLength(1024)
  password: string;
  @Field(() => String, { nullable: true, description: 'New accounts only: the name to show, if the invitation spelled it wrong.' })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX, { message: `A name can be at most ${DISPLAY_NAME_MAX} characters.` })
  displayName?: string | null;
}
