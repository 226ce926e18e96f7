import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineKindGql } from '@iep/api/deadlines';
import type { DeadlineExplanation, DeadlineKind } from '@iep/domain';
import type { ComplianceScope, ComplianceSummary } from '../compliance.service';

@ObjectType('ComplianceFamilyWithoutSafeguards', {
  description: "A student whose family has not received the procedural safeguards notice this school year (34 CFR 300.504(a)).",
})
export class ComplianceFamilyWithoutSafeguardsModel {
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field() schoolName: string;
  @Field(() => String, { nullable: true, description: 'ISO date of the last copy given, in an earlier school year; null if never.' }) lastReceivedOn: string | null;
}

@ObjectType('ComplianceCounts', { description: 'Deadlines by where they stand on the district’s today.' })
export class ComplianceCountsModel {
  @Field(() => Int, { description: 'Open, due a week from today or later.' }) upcoming: number;
  @Field(() => Int, { description: 'Open, due from today to today + 6.' }) dueThisWeek: number;
  @Field(() => Int, { description: 'Open past the due date.' }) overdue: number;
  @Field(() => Int) metOnTime: number;
  @Field(() => Int) metLate: number;
}

@ObjectType('ComplianceKindCounts')
export class ComplianceKindCountsModel {
  @Field(() => DeadlineKindGql) kind: DeadlineKind;
  @Field(() => ComplianceCountsModel) counts: ComplianceCountsModel;
}

@ObjectType('ComplianceGroupCounts', { description: 'The counts of one school or one case manager.' })
export class ComplianceGroupCountsModel {
  @Field(() => ID, { nullable: true, description: 'Null for the deadlines no case manager is responsible for.' }) id: string | null;
  @Field(() => String, { nullable: true, description: 'The school’s or the case manager’s name.' }) name: string | null;
  @Field(() => ComplianceCountsModel) counts: ComplianceCountsModel;
}

@ObjectType('ComplianceWeekKindCount')
export class ComplianceWeekKindCountModel {
  @Field(() => DeadlineKindGql) kind: DeadlineKind;
  @Field(() => Int) count: number;
}

@ObjectType('ComplianceWeek', { description: 'Open deadlines due in one week, counted from today in spans of 7 days.' })
export class ComplianceWeekModel {
  @Field({ description: 'ISO date of the first day of the span (today for the first one).' }) startDate: string;
  @Field({ description: 'ISO date of the last day of the span.' }) endDate: string;
  @Field(() => Int) total: number;
  @Field(() => [ComplianceWeekKindCountModel], { description: 'Only the kinds with deadlines due that week.' })
  byKind: ComplianceWeekKindCountModel[];
}

@ObjectType('ComplianceDeadline', { description: 'An overdue deadline, with what it takes to follow it up.' })
export class ComplianceDeadlineModel {
  @Field(() => ID) id: string;
  @Field(() => DeadlineKindGql) kind: DeadlineKind;
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field(() => ID, { nullable: true, description: 'Null for a deadline of the student rather than of one IEP.' }) iepId: string | null;
  @Field(() => ID) schoolId: string;
  @Field() schoolName: string;
  @Field(() => ID, { nullable: true }) caseManagerId: string | null;
  @Field(() => String, { nullable: true }) caseManagerName: string | null;
  @Field({ description: 'ISO date it was due.' }) dueDate: string;
  @Field(() => Int, { description: 'Calendar days since the due date.' }) daysOverdue: number;
  @Field({
    description:
      'The school calendar does not cover every day the rule counted (a school year was never entered): the date is an early estimate until the calendar is entered.',
  })
  estimated: boolean;
  /** The stored rule, worded by the explanation field in the language asked for. */
  record: { kind: DeadlineKind; dueDate: string; explanation: DeadlineExplanation };
}

@ObjectType('ComplianceDeadlinePage')
export class ComplianceDeadlinePageModel {
  @Field(() => [ComplianceDeadlineModel]) nodes: ComplianceDeadlineModel[];
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor: string | null;
}

@ObjectType('ComplianceOption')
export class ComplianceOptionModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('ComplianceFilterOptions', { description: 'What the dashboard can be narrowed to.' })
export class ComplianceFilterOptionsModel {
  @Field(() => [ComplianceOptionModel], { description: 'The schools of the district, by name.' }) schools: ComplianceOptionModel[];
  @Field(() => [ComplianceOptionModel], {
    description: 'The people responsible for deadlines in the district (of the chosen school, when one is chosen), by name.',
  })
  caseManagers: ComplianceOptionModel[];
}

@ObjectType('ComplianceDashboard', {
  description:
    "Where a district's legal deadlines stand on the district's today: counts by kind, school and case manager, the weeks ahead, the overdue list.",
})
export class ComplianceDashboardModel {
  /** The validated filter. */
  scope: ComplianceScope;
  /** The counts, read once on first use: a request for the filter options alone never counts anything. */
  summary: () => Promise<ComplianceSummary>;
}
