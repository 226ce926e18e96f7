import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { PersonSummaryModel } from '@iep/api/ieps';
import { ProgressReportCode, ProgressReportStatus } from '@iep/domain/progress';
import { GoalProgressModel } from './goal-progress.model';

export const ProgressReportCodeGql = graphqlEnum(
  ProgressReportCode, 'ProgressReportCode',
  'How a goal stands in a progress report: GOAL_MET, SUFFICIENT_PROGRESS (to meet the goal by its date), INSUFFICIENT_PROGRESS, NOT_YET_ADDRESSED, DISCONTINUED.',
);
export const ProgressReportStatusGql = graphqlEnum(
  ProgressReportStatus, 'ProgressReportStatus', 'DRAFT while the team writes it; SENT once the case manager sent it to the family (frozen and sealed).',
);

@ObjectType('ProgressReportPeriod')
export class ProgressReportPeriodModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD.' }) firstDay: string;
  @Field({ description: 'YYYY-MM-DD.' }) lastDay: string;
}

@ObjectType('ProgressReportQuestion', { description: "A message on one goal of a sent report: the family's question, or the team's answer." })
export class ProgressReportQuestionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) partId: string;
  @Field() body: string;
  @Field(() => PersonSummaryModel) author: PersonSummaryModel;
  @Field() createdAt: Date;
}

@ObjectType('ProgressReportEntry', { description: "One goal of a progress report: its code, the team's narrative and the goal's data (latest value, trend, chart, flags)." })
export class ProgressReportEntryModel {
  @Field(() => ID) partId: string;
  @Field(() => ProgressReportCodeGql, { nullable: true }) code: ProgressReportCode | null;
  @Field() narrative: string;
  @Field(() => Int, { description: 'Pass as baseVersion when saving it; 0 while nobody has written it.' }) version: number;
  @Field(() => PersonSummaryModel, { nullable: true }) updatedBy: PersonSummaryModel | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => GoalProgressModel, { description: "The goal's data: live while the report is a draft, as sent once it is." })
  progress: GoalProgressModel;
  @Field({ description: 'The caller may write this entry now (the goal is theirs, or they manage the IEP; the report is a draft).' })
  viewerCanWrite: boolean;
  @Field(() => [ProgressReportQuestionModel], { description: 'In the order asked.' }) questions: ProgressReportQuestionModel[];
}

@ObjectType('ProgressReport', { description: 'The progress report of one reporting period of an IEP (34 CFR 300.320(a)(3)(ii)).' })
export class ProgressReportModel {
  @Field(() => ID, { nullable: true, description: 'Null until someone writes the first entry.' }) id: string | null;
  @Field(() => ID) iepId: string;
  @Field(() => ProgressReportPeriodModel) period: ProgressReportPeriodModel;
  @Field({ description: 'YYYY-MM-DD: the PROGRESS_REPORT deadline.' }) dueDate: string;
  @Field(() => ProgressReportStatusGql) status: ProgressReportStatus;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => PersonSummaryModel, { nullable: true }) sentBy: PersonSummaryModel | null;
  @Field(() => String, { nullable: true, description: 'Hex SHA-256 over the sent content (canonical JSON), sealed like a signed IEP.' })
  digest: string | null;
  @Field(() => Date, { nullable: true, description: 'When the family said they read it.' }) readAt: Date | null;
  @Field(() => PersonSummaryModel, { nullable: true }) readBy: PersonSummaryModel | null;
  @Field(() => String, { nullable: true, description: 'Where the sent report downloads as a PDF (add ?lang=en|es; else the reader\'s language); null for a draft.' })
  pdfUrl: string | null;
  @Field(() => [ProgressReportEntryModel], { description: "Every goal of the IEP, in the IEP's order." }) entries: ProgressReportEntryModel[];
  @Field({ description: 'The caller may send it now (case manager or district representative; a draft).' }) viewerCanSend: boolean;
  @Field({ description: 'The caller may say they read it (the family; a sent report not yet read).' }) viewerCanConfirmRead: boolean;
}
