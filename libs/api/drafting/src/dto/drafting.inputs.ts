import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IepKindGql } from '@iep/api/ieps';
import { IepKind } from '@iep/domain';
import { IepPartKind } from '@iep/domain/iep-content';
import { IepPartKindGql, type PartContent } from '../models/iep-part.model';
import { validationMessage } from '@iep/api/core';

const RATIONALE_MAX = 4000;

const REASON_TOO_LONG = validationMessage({
  en: `A reason can be at most ${RATIONALE_MAX} characters.`,
  es: `Un motivo puede tener como máximo ${RATIONALE_MAX} caracteres.`,
});

@InputType()
export class StartIepInput {
  @Field(() => ID) @IsString() studentId: string;
  @Field(() => IepKindGql, { description: 'INITIAL when the student has no active IEP; ANNUAL or AMENDMENT copy the active one.' })
  @IsEnum(IepKind)
  kind: IepKind;
}

@InputType()
export class SaveIepPartInput {
  @Field(() => ID) @IsString() partId: string;
  @Field(() => Int, { description: 'The version the edit was made on (IepPart.version when it was loaded).' })
  @IsInt()
  @Min(1)
  baseVersion: number;
  @Field(() => GraphQLJSONObject) @IsObject() content: PartContent;
}

@InputType()
export class AddIepPartInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => IepPartKindGql, { description: 'GOAL or SERVICE.' }) @IsEnum(IepPartKind) kind: IepPartKind;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Empty content when left out.' })
  @IsOptional()
  @IsObject()
  content?: PartContent | null;
}

@InputType()
export class AssignIepPartInput {
  @Field(() => ID) @IsString() partId: string;
  @Field(() => ID, { nullable: true, description: "A school staff member on the IEP's team; null gives the part back to the case manager." })
  @IsOptional()
  @IsString()
  assigneeId?: string | null;
}

@InputType()
export class RemoveIepPartInput {
  @Field(() => ID) @IsString() partId: string;
  @Field(() => Int) @IsInt() @Min(1) baseVersion: number;
}

@InputType()
export class ProposeIepChangeInput {
  @Field(() => ID) @IsString() iepId: string;
  @Field(() => ID, { nullable: true, description: 'The part to change; leave out to propose a new goal or service.' })
  @IsOptional()
  @IsString()
  partId?: string | null;
  @Field(() => IepPartKindGql, { nullable: true, description: 'GOAL or SERVICE when proposing a new one.' })
  @IsOptional()
  @IsEnum(IepPartKind)
  partKind?: IepPartKind | null;
  @Field(() => Int, { nullable: true, description: 'The version of the part the proposal was written against.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number | null;
  @Field(() => GraphQLJSONObject) @IsObject() content: PartContent;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RATIONALE_MAX, { message: REASON_TOO_LONG })
  rationale?: string | null;
}

@InputType()
export class AcceptIepSuggestionInput {
  @Field(() => ID) @IsString() suggestionId: string;
  @Field(() => Int, {
    nullable: true,
    description: 'When the part moved on since the proposal: the version the merged content was made on.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  partVersion?: number | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The merged content; the proposal as it is when left out.' })
  @IsOptional()
  @IsObject()
  content?: PartContent | null;
}

@InputType()
export class RejectIepSuggestionInput {
  @Field(() => ID) @IsString() suggestionId: string;
  @Field() @IsString() @MaxLength(RATIONALE_MAX, { message: REASON_TOO_LONG }) reason: string;
}

