import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { notFoundMessage, validationMessage } from '@iep/api/core';

@InputType()
export class RequestRecordsInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That student')) }) studentId: string;
  @Field(() => String, { nullable: true, description: 'What the parent wants to see or anything the district should know (at most 2,000 characters).' })
  @IsOptional() @IsString() @MaxLength(2000, { message: validationMessage({ en: 'A note can be at most 2,000 characters.', es: 'Una nota puede tener como máximo 2000 caracteres.' }) })
  note?: string | null;
}

@InputType()
export class PrepareRecordsExportInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That records request')) }) requestId: string;
}
