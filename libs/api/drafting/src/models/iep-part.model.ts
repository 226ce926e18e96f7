import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { graphqlEnum } from '@iep/api/core';
import { PersonSummaryModel } from '@iep/api/ieps';
import { IepPartKind, type DiffSegmentKind, type IepQualitySeverity } from '@iep/domain/iep-content';

export const IepPartKindGql = graphqlEnum(IepPartKind, 'IepPartKind', 'A section of the IEP document (34 CFR 300.320); goals and services repeat.');

export enum IepRevisionChange {
  CREATED = 'CREATED',
  COPIED = 'COPIED',
  EDITED = 'EDITED',
  SUGGESTION_ACCEPTED = 'SUGGESTION_ACCEPTED',
  REMOVED = 'REMOVED',
  RESTORED = 'RESTORED',
}
registerEnumType(IepRevisionChange, { name: 'IepRevisionChange', description: 'How a revision of a part came about.' });

export enum IepQualitySeverityGql {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
registerEnumType(IepQualitySeverityGql, {
  name: 'IepQualitySeverity',
  description: 'ERROR blocks finalizing the IEP; WARNING is acknowledged by the case manager.',
});

export enum DiffSegmentKindGql {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(DiffSegmentKindGql, { name: 'DiffSegmentKind' });

export type PartContent = Record<string, unknown>;

@ObjectType('IepPart', { description: 'One section, goal or service of an IEP, with the version every save must name.' })
export class IepPartModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => IepPartKindGql) kind: IepPartKind;
  @Field(() => Int, { description: 'Order among the goals or services of the IEP.' }) position: number;
  @Field(() => GraphQLJSONObject, { description: 'The content, in the shape of @iep/domain/iep-content for its kind.' })
  content: PartContent;
  @Field(() => Int, { description: 'Pass as baseVersion when saving; a save against an older version is refused.' })
  version: number;
  @Field({ description: 'Copied from the previous IEP by an annual review or amendment and not edited since.' })
  unchangedSinceLastYear: boolean;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a goal or service was taken out of the draft.' })
  removedAt: Date | null;
  @Field(() => PersonSummaryModel, { nullable: true }) updatedBy: PersonSummaryModel | null;
  @Field({ description: 'Someone else changed this part since the caller last marked the IEP viewed.' })
  changedSinceMyLastView: boolean;
  @Field(() => Int, { description: 'Comment threads on this part, resolved ones included (load them with Iep.commentThreads(partId)).' })
  threadCount: number;
  @Field(() => Int, { description: 'Comment threads on this part that are not resolved.' })
  openThreadCount: number;
  @Field(() => PersonSummaryModel, {
    nullable: true,
    description: "The team member this part is assigned to: they edit it; the rest of the team reads, comments and proposes. Null: the case manager's. The case manager and the district representative edit every part.",
  })
  assignee: PersonSummaryModel | null;
  updatedById: string | null;
}

@ObjectType('IepRevision', { description: 'One saved version of a part: who, when, what.' })
export class IepRevisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) partId: string;
  @Field(() => Int) version: number;
  @Field(() => IepRevisionChange) change: IepRevisionChange;
  @Field(() => GraphQLJSONObject) content: PartContent;
  @Field() createdAt: Date;
  @Field(() => ID, { nullable: true }) suggestionId: string | null;
  authorId: string | null;
}

@ObjectType('IepRevisionConnection')
export class IepRevisionConnectionModel {
  @Field(() => [IepRevisionModel]) nodes: IepRevisionModel[];
  @Field() hasMore: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for older revisions.' }) endCursor: string | null;
}

@ObjectType('DiffSegment')
export class DiffSegmentModel {
  @Field(() => DiffSegmentKindGql) kind: DiffSegmentKind;
  @Field() text: string;
}

@ObjectType('IepFieldDiff', { description: 'A word-level diff of one field; only changed fields are listed.' })
export class IepFieldDiffModel {
  @Field({ description: 'A content path such as "baseline" or "objectives.0.text"; the client labels it.' }) field: string;
  @Field(() => [DiffSegmentModel]) segments: DiffSegmentModel[];
}

@ObjectType('IepPartDiff')
export class IepPartDiffModel {
  @Field(() => ID, { nullable: true, description: 'Null for a proposed new goal or service.' }) partId: string | null;
  @Field(() => IepPartKindGql) kind: IepPartKind;
  @Field(() => Int, { nullable: true, description: 'Null when the part did not exist yet.' }) fromVersion: number | null;
  @Field(() => Int, { nullable: true, description: 'Null for a proposal not yet applied.' }) toVersion: number | null;
  @Field({ description: 'The part was taken out of the draft since.' }) removed: boolean;
  @Field(() => [IepFieldDiffModel]) fields: IepFieldDiffModel[];
}

@ObjectType('IepQualityIssue', { description: 'A break in the chain present levels → goals → services, or a missing decision.' })
export class IepQualityIssueModel {
  @Field({ description: 'UPPER_SNAKE, e.g. GOAL_WITHOUT_BASELINE; the client words it in the reader’s language.' }) code: string;
  @Field(() => IepQualitySeverityGql) severity: IepQualitySeverity;
  @Field(() => ID, { nullable: true }) partId: string | null;
  @Field({ description: 'English, for logs and API users.' }) message: string;
}

@ObjectType('IepChangesSinceLastView')
export class IepChangesSinceLastViewModel {
  @Field(() => Date, { nullable: true, description: 'Null on the first visit.' }) lastViewedAt: Date | null;
  @Field(() => [IepPartDiffModel], { description: 'Parts others changed since then, each from the version then seen to now.' })
  parts: IepPartDiffModel[];
}
