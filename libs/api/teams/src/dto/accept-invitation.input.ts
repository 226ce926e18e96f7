import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { DISPLAY_NAME_MAX, NAME_TOO_LONG } from './invite-to-team.input';

const ENTER_PASSWORD = validationMessage({ en: 'Enter a password.', es: 'Escriba una contraseña.' });

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MaxLength(128) token: string;
  @Field({ description: "A new password for a new account; the account's own password otherwise." })
  @IsString()
  @MinLength(1, { message: ENTER_PASSWORD })
  @MaxLength(1024)
  password: string;
  @Field(() => String, { nullable: true, description: 'New accounts only: the name to show, if the invitation spelled it wrong.' })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX, { message: NAME_TOO_LONG })
  displayName?: string | null;
}
