import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { notFoundMessage, validationMessage } from '@iep/api/core';

@InputType()
export class RequestRecordsInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That student')) }) studentId: string;
  @Field(() => String, { nullable: true, description: 'What the parent wants to see or anything the district should know (at most 2,000 characters).' })
  // Its length is checked by the service after access, so a stranger learns nothing from a refusal of the note.
  @IsOptional() @IsString() note?: string | null;
}

@InputType()
export class PrepareRecordsExportInput {
  @Field(() => ID) @IsUUID('all', { message: validationMessage(notFoundMessage('That records request')) }) requestId: string;
}
