import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { validationMessage } from '@iep/api/core';

export const ENTER_VALID_EMAIL = validationMessage({
  en: 'Enter a valid e-mail address.',
  es: 'Escriba un correo electrónico válido.',
});
const ENTER_PASSWORD = validationMessage({ en: 'Enter your password.', es: 'Escriba su contraseña.' });

@InputType()
export class SignInInput {
  @Field() @IsEmail({}, { message: ENTER_VALID_EMAIL }) @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1, { message: ENTER_PASSWORD }) @MaxLength(1024) password: string;
}
