import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportingPeriod', {
  description: "A reporting period of the district (e.g. a report-card quarter): each ACTIVE IEP owes the family a progress report by its last day.",
})
export class ReportingPeriodModel {
  @Field(() => ID) id: string;
  @Field({ description: 'How the district names it, e.g. "Quarter 1".' }) name: string;
  @Field({ description: 'YYYY-MM-DD.' }) firstDay: string;
  @Field({ description: 'YYYY-MM-DD: the progress report is due that day.' }) lastDay: string;
  @Field(() => Int, { description: 'Pass as version when editing it.' }) version: number;
}

@ObjectType('ReportingPeriodChange', { description: 'The saved period and how many PROGRESS_REPORT deadlines were written or moved for it.' })
export class ReportingPeriodChangeModel {
  @Field(() => ReportingPeriodModel) period: ReportingPeriodModel;
  @Field(() => Int) deadlinesWritten: number;
}

@ObjectType('ReportingPeriodDeletion', { description: 'The removed period and how many open PROGRESS_REPORT deadlines closed with it.' })
export class ReportingPeriodDeletionModel {
  @Field(() => ID) periodId: string;
  @Field(() => Int) deadlinesClosed: number;
}
