import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { PersonSummaryModel } from '@iep/api/ieps';
import { GoalFlagRule, GoalMeasureKind } from '@iep/domain/progress';

export const GoalMeasureKindGql = graphqlEnum(GoalMeasureKind, 'GoalMeasureKind', 'How progress on a goal is measured; the scale of its data points follows.');
export const GoalFlagRuleGql = graphqlEnum(
  GoalFlagRule, 'GoalFlagRule',
  'A decision rule that holds for a goal: FOUR_SHORT_OF_AIM (consider a change in instruction), SIX_BEYOND_AIM (consider raising the goal), TREND_MISSES_TARGET.',
);

@ObjectType('GoalMeasure', { description: 'How a goal is measured, from baseline to target by its date.' })
export class GoalMeasureModel {
  @Field(() => GoalMeasureKindGql) kind: GoalMeasureKind;
  @Field(() => Float) baseline: number;
  @Field(() => Float) target: number;
  @Field({ description: 'YYYY-MM-DD: when the target should be reached.' }) targetDate: string;
  @Field({ description: 'What a rate counts per what, or a duration\'s unit.' }) unit: string;
  @Field(() => Int, { nullable: true, description: 'TRIALS: out of how many trials.' }) trials: number | null;
  @Field(() => Float, { description: 'The smallest value a data point may take.' }) scaleMin: number;
  @Field(() => Float, { description: 'The largest value a data point may take.' }) scaleMax: number;
  @Field({ description: 'Only whole numbers (trials, prompt levels, yes/no).' }) wholeNumbers: boolean;
}

@ObjectType('GoalDataPoint', { description: 'One measurement of a goal, as last corrected.' })
export class GoalDataPointModel {
  @Field(() => ID) id: string;
  @Field(() => ID) partId: string;
  @Field(() => Float) value: number;
  @Field({ description: 'YYYY-MM-DD: the day it was observed.' }) observedOn: string;
  @Field() setting: string;
  @Field() note: string;
  @Field(() => Int, { description: 'Pass as baseVersion when correcting it.' }) version: number;
  @Field(() => PersonSummaryModel) recordedBy: PersonSummaryModel;
  @Field() recordedAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('GoalDataPointRevision', { description: 'A version of a data point: the first as recorded, then each correction.' })
export class GoalDataPointRevisionModel {
  @Field(() => Int) version: number;
  @Field(() => Float) value: number;
  @Field() observedOn: string;
  @Field() setting: string;
  @Field() note: string;
  @Field(() => PersonSummaryModel) author: PersonSummaryModel;
  @Field() createdAt: Date;
}

@ObjectType('GoalTrend', {
  description: 'The least-squares line through the most recent data points (the last eight by date, at least three), x in days.',
})
export class GoalTrendModel {
  @Field(() => Float) slopePerWeek: number;
  @Field(() => Float, { description: "The line's value on the goal's date." }) projectedAtTargetDate: number;
  @Field() fromDate: string;
  @Field(() => Float) fromValue: number;
  @Field() toDate: string;
  @Field(() => Float) toValue: number;
  @Field(() => Int) pointsUsed: number;
}

@ObjectType('GoalFlagAcknowledgment')
export class GoalFlagAcknowledgmentModel {
  @Field(() => ID) id: string;
  @Field({ description: 'What the staff changed, or why nothing needs to.' }) note: string;
  @Field(() => PersonSummaryModel) acknowledgedBy: PersonSummaryModel;
  @Field() acknowledgedAt: Date;
}

@ObjectType('GoalFlag', { description: 'A decision rule that holds on the goal\'s latest points.' })
export class GoalFlagModel {
  @Field(() => GoalFlagRuleGql) rule: GoalFlagRule;
  @Field({ description: 'The first day of the points the rule looked at.' }) windowStart: string;
  @Field({ description: 'The last day of the points the rule looked at.' }) windowEnd: string;
  @Field(() => GoalFlagAcknowledgmentModel, { nullable: true, description: 'The staff acknowledgment that covers this flag, if any.' })
  acknowledgment: GoalFlagAcknowledgmentModel | null;
}

@ObjectType('GoalProgress', { description: 'A goal of an IEP with its measure, data points, trend and flags.' })
export class GoalProgressModel {
  @Field(() => ID) partId: string;
  @Field(() => ID) iepId: string;
  @Field(() => Int) position: number;
  @Field() area: string;
  @Field() annualGoal: string;
  @Field(() => GoalMeasureModel, { nullable: true }) measure: GoalMeasureModel | null;
  @Field({ description: 'Written before goals carried a measure: the team adds one with an amendment or the annual review.' })
  needsMeasure: boolean;
  @Field(() => String, { nullable: true, description: 'Where the aim line starts (the IEP\'s start date), at the baseline.' })
  aimStartDate: string | null;
  @Field(() => [GoalDataPointModel], { description: 'In date order.' }) points: GoalDataPointModel[];
  @Field(() => GoalTrendModel, { nullable: true }) trend: GoalTrendModel | null;
  @Field(() => [GoalFlagModel]) flags: GoalFlagModel[];
  @Field({ description: 'The caller may record data on this goal now (its assignee, case manager or district representative; the IEP is in force).' })
  viewerCanRecord: boolean;
}

@ObjectType('CaseloadStudentProgress', { description: "One student of the caller's caseload with the goals the caller records on." })
export class CaseloadStudentProgressModel {
  @Field(() => ID) iepId: string;
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field(() => [GoalProgressModel]) goals: GoalProgressModel[];
}
