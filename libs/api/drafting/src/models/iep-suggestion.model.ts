import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PersonSummaryModel } from '@iep/api/ieps';
import type { IepPartKind } from '@iep/domain/iep-content';
import { IepPartKindGql, type PartContent } from './iep-part.model';

export enum IepSuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(IepSuggestionStatus, { name: 'IepSuggestionStatus' });

@ObjectType('IepSuggestion', { description: 'A change a parent, student or guest proposes; the case manager accepts or rejects it.' })
export class IepSuggestionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => ID, { nullable: true, description: 'Null when the suggestion proposes a new goal or service.' }) partId: string | null;
  @Field(() => IepPartKindGql) partKind: IepPartKind;
  @Field(() => Int, { nullable: true, description: 'The version of the part the proposal was written against.' })
  baseVersion: number | null;
  @Field(() => GraphQLJSONObject) proposedContent: PartContent;
  @Field() rationale: string;
  @Field(() => IepSuggestionStatus) status: IepSuggestionStatus;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
  @Field() createdAt: Date;
  // The people arrive with the row (SUGGESTION_COLUMNS): plain properties, no resolver per suggestion.
  @Field(() => PersonSummaryModel) proposer: PersonSummaryModel;
  @Field(() => PersonSummaryModel, { nullable: true }) decidedBy: PersonSummaryModel | null;
  proposerId: string;
  decidedById: string | null;
  /** The part's content at baseVersion; null for a new goal or service. */
  baseContent: PartContent | null;
}
