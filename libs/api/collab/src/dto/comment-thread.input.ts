import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { validationMessage } from '@iep/api/core';
import { COMMENT_LIMITS } from '@iep/domain/iep-content';

export const COMMENT_BODY_MAX = COMMENT_LIMITS.bodyLength;
export const QUOTE_MAX = COMMENT_LIMITS.quoteLength;
export const MENTIONS_MAX = COMMENT_LIMITS.mentions;

const TOO_MANY_MENTIONS = validationMessage({
  en: `Mention at most ${MENTIONS_MAX} people in one comment.`,
  es: `Mencione como máximo a ${MENTIONS_MAX} personas en un comentario.`,
});

const mentionsDescription = 'People to notify, in the app and by e-mail: only people who can see this IEP.';

// Ids are checked in the service, which answers "not found" for a malformed id exactly as for an unknown one.
@InputType()
export class StartIepCommentThreadInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => ID, { description: 'The section, goal or service the thread is about.' }) @IsString() partId: string;
  @Field(() => String, { nullable: true, description: `The passage the thread is about (at most ${QUOTE_MAX} characters).` })
  @IsOptional()
  @IsString()
  quote?: string | null;
  @Field({ description: `The first comment (at most ${COMMENT_BODY_MAX} characters).` }) @IsString() body: string;
  @Field(() => [ID], { nullable: true, description: mentionsDescription })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MENTIONS_MAX, { message: TOO_MANY_MENTIONS })
  @IsString({ each: true })
  mentionIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Who should act on the thread: someone who can see this IEP.' })
  @IsOptional()
  @IsString()
  assigneeId?: string | null;
}

@InputType()
export class ReplyToIepCommentThreadInput {
  @Field(() => ID) @IsString() threadId: string;
  @Field({ description: `The comment (at most ${COMMENT_BODY_MAX} characters).` }) @IsString() body: string;
  @Field(() => [ID], { nullable: true, description: mentionsDescription })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MENTIONS_MAX, { message: TOO_MANY_MENTIONS })
  @IsString({ each: true })
  mentionIds?: string[] | null;
}

@InputType()
export class AssignIepCommentThreadInput {
  @Field(() => ID) @IsString() threadId: string;
  @Field(() => ID, { nullable: true, description: 'The new assignee; null takes the assignment away.' })
  @IsOptional()
  @IsString()
  assigneeId?: string | null;
}
