import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field() @IsEmail({}, { message: 'Enter a valid e-mail address.' }) @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1, { message: 'Enter your password.' }) @MaxLength(1024) password: string;
}
