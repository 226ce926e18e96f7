import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Localized } from '@iep/api/core';
import { DeadlineRecomputeModel } from './school-calendar.model';

@ObjectType('DayCountRule')
export class DayCountRuleModel {
  @Field(() => Int) amount: number;
  @Field({ description: 'CALENDAR_DAYS or SCHOOL_DAYS (records requests: CALENDAR_DAYS or BUSINESS_DAYS).' }) unit: string;
}

@ObjectType('ReviewPeriod', {
  description:
    'WITHIN_MONTHS: the same day `months` later (the last day of a shorter month). BY_ANNIVERSARY: the anniversary, 29 February on 28 February in a common year.',
})
export class ReviewPeriodModel {
  @Field() rule: string;
  @Field(() => Int) months: number;
}

@ObjectType('ProfileRules', { description: 'Every rule of a profile, as a district administrator edits them.' })
export class ProfileRulesModel {
  @Field(() => DayCountRuleModel) initialEvaluation: DayCountRuleModel;
  @Field() excludeBreaksFromCalendarDayCounts: boolean;
  @Field(() => Int) breakExclusionMinimumWeekdays: number;
  @Field(() => Int) firstIepMeetingDays: number;
  @Field(() => Int) meetingNoticeDays: number;
  @Field(() => Int) serviceStartSchoolDays: number;
  @Field(() => ReviewPeriodModel) annualReview: ReviewPeriodModel;
  @Field(() => ReviewPeriodModel) reevaluation: ReviewPeriodModel;
  @Field(() => DayCountRuleModel) recordsRequest: DayCountRuleModel;
  @Field(() => Int) transitionAge: number;
  @Field() requiresParentSignature: boolean;
  @Field(() => Int) effectAfterNoticeDays: number;
  @Field(() => Int, { description: 'The age at which the educational rights pass to the student (34 CFR 300.520).' }) ageOfMajority: number;
}

@ObjectType('RuleSource', { description: 'Where one rule of a profile comes from, shown beside it.' })
export class RuleSourceModel {
  @Field({
    description:
      'initialEvaluation, evaluationBreaks, firstIepMeeting, meetingNotice, serviceStart, annualReview, reevaluation, recordsRequest, transitionAge, parentSignature or ageOfMajority.',
  })
  rule: string;
  @Field({ description: 'The regulation or statute section, e.g. "34 CFR 300.301(c)(1)".' }) citation: string;
  @Field({ description: 'FEDERAL, STATE, COMMON_STATE_CHOICE (a state choice the federal profile stands in for) or DISTRICT.' })
  basis: string;
  /** The note in each language; the `note` field words it in the one asked for. */
  localizedNote: Localized | null;
}

@ObjectType('StateRuleProfile', { description: 'The timelines one state applies on top of IDEA, or a district’s own.' })
export class StateRuleProfileModel {
  @Field({ description: 'IDEA, MA, CA, IDEA_NOTICE, or DISTRICT for the district’s own.' }) code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The built-in profile a district’s own was derived from.' }) basedOn: string | null;
  @Field(() => Int, { nullable: true, description: 'The district’s own profile: the version every save names.' }) version: number | null;
  @Field({ description: 'How the profile differs from the IDEA federal defaults, in English.' }) summary: string;
  @Field({ description: "Whether the caller's district uses it." }) inUse: boolean;
  @Field(() => Int) initialEvaluationDays: number;
  @Field({ description: 'CALENDAR_DAYS or SCHOOL_DAYS.' }) initialEvaluationUnit: string;
  @Field(() => Int) serviceStartSchoolDays: number;
  @Field(() => Int) transitionAge: number;
  @Field({ description: 'Whether calendar-day evaluation clocks stop between school years and during long school breaks.' })
  breaksStopEvaluationClock: boolean;
  @Field(() => Int, { description: 'Breaks of this many school days or fewer do not stop the clock.' }) breakMinimumWeekdays: number;
  @Field({ description: 'Whether every IEP takes effect only once the parent signs.' }) requiresParentSignature: boolean;
  @Field(() => Int, { description: 'Where it does not: days after notice before a later IEP takes effect.' }) effectAfterNoticeDays: number;
  @Field(() => ProfileRulesModel) rules: ProfileRulesModel;
  @Field(() => [RuleSourceModel], { description: 'The source of every rule, in the order the rules are shown.' }) sources: RuleSourceModel[];
}

@ObjectType('StateProfileChange')
export class StateProfileChangeModel {
  @Field(() => StateRuleProfileModel) profile: StateRuleProfileModel;
  @Field(() => DeadlineRecomputeModel) deadlines: DeadlineRecomputeModel;
}
