import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

// New passwords are not length-checked here: the policy reports every problem at once, length included.

@ArgsType()
export class RequestPasswordResetArgs {
  @Field() @IsEmail({}, { message: 'Enter a valid e-mail address.' }) @MaxLength(320) email: string;
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
  @MinLength(1, { message: 'Enter your current password.' })
  @MaxLength(1024)
  currentPassword: string;

  @Field() @IsString() newPassword: string;
}
