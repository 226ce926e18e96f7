import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';

// Numbers are bounded, units and rules checked, by the domain (profileRuleProblems): one table of bounds
// for the server and the web form. A refusal is BAD_USER_INPUT naming the field, e.g. "annualReview.months".

@InputType()
export class DayCountRuleInput {
  @Field(() => Int) @IsInt() amount: number;
  @Field({ description: 'CALENDAR_DAYS or SCHOOL_DAYS (records requests: CALENDAR_DAYS or BUSINESS_DAYS).' }) @IsString() unit: string;
}

@InputType()
export class ReviewPeriodInput {
  @Field({ description: 'WITHIN_MONTHS or BY_ANNIVERSARY.' }) @IsString() rule: string;
  @Field(() => Int) @IsInt() months: number;
}

@InputType({ description: 'Every rule of a district’s own profile.' })
export class ProfileRulesInput {
  @Field(() => DayCountRuleInput) @ValidateNested() @Type(() => DayCountRuleInput) initialEvaluation: DayCountRuleInput;
  @Field() @IsBoolean() excludeBreaksFromCalendarDayCounts: boolean;
  @Field(() => Int) @IsInt() breakExclusionMinimumWeekdays: number;
  @Field(() => Int) @IsInt() firstIepMeetingDays: number;
  @Field(() => Int) @IsInt() meetingNoticeDays: number;
  @Field(() => Int) @IsInt() serviceStartSchoolDays: number;
  @Field(() => ReviewPeriodInput) @ValidateNested() @Type(() => ReviewPeriodInput) annualReview: ReviewPeriodInput;
  @Field(() => ReviewPeriodInput) @ValidateNested() @Type(() => ReviewPeriodInput) reevaluation: ReviewPeriodInput;
  @Field(() => DayCountRuleInput) @ValidateNested() @Type(() => DayCountRuleInput) recordsRequest: DayCountRuleInput;
  @Field(() => Int) @IsInt() transitionAge: number;
  @Field() @IsBoolean() requiresParentSignature: boolean;
  @Field(() => Int) @IsInt() effectAfterNoticeDays: number;
  @Field(() => Int, { nullable: true, description: 'The state’s age of majority (34 CFR 300.520), 18 to 21; omitted: the base profile’s.' })
  @IsOptional()
  @IsInt()
  ageOfMajority?: number | null;
}

@InputType({ description: "Creates or changes the district's own rule profile, derived from a built-in one." })
export class SaveDistrictRuleProfileInput {
  @Field({ description: 'The built-in profile it derives from: IDEA, MA, CA or IDEA_NOTICE.' }) @IsString() basedOn: string;
  @Field() @IsString() name: string;
  @Field(() => Int, { nullable: true, description: 'The version the edit started from; omit to create. A newer one on record is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
  @Field({ description: 'Whether the district uses it from now on (it stays in use once chosen).' }) @IsBoolean() use: boolean;
  @Field(() => ProfileRulesInput) @ValidateNested() @Type(() => ProfileRulesInput) rules: ProfileRulesInput;
}
