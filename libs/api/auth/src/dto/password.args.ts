import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { ENTER_VALID_EMAIL } from './sign-in.input';

const ENTER_CURRENT_PASSWORD = validationMessage({ en: 'Enter your current password.', es: 'Escriba su contraseña actual.' });

// New passwords are not length-checked here: the policy reports every problem at once, length included.

@ArgsType()
export class RequestPasswordResetArgs {
  @Field() @IsEmail({}, { message: ENTER_VALID_EMAIL }) @MaxLength(320) email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the link in the e-mail.' })
  @IsString()
  @MaxLength(256)
  token: string;

  @Field() @IsString() newPassword: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MinLength(1, { message: ENTER_CURRENT_PASSWORD })
  @MaxLength(1024)
  currentPassword: string;

  @Field() @IsString() newPassword: string;
}
