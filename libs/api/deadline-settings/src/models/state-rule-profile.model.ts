import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineRecomputeModel } from './school-calendar.model';

@ObjectType('StateRuleProfile', { description: 'The timelines one state applies on top of IDEA.' })
export class StateRuleProfileModel {
  @Field() code: string;
  @Field() name: string;
  @Field({ description: 'How the profile differs from the IDEA federal defaults, in English.' }) summary: string;
  @Field({ description: "Whether the caller's district uses it." }) inUse: boolean;
  @Field(() => Int) initialEvaluationDays: number;
  @Field({ description: 'CALENDAR_DAYS or SCHOOL_DAYS.' }) initialEvaluationUnit: string;
  @Field(() => Int) serviceStartSchoolDays: number;
  @Field(() => Int) transitionAge: number;
  @Field({ description: 'Whether calendar-day evaluation clocks stop during long school breaks.' }) breaksStopEvaluationClock: boolean;
  @Field(() => Int, { description: 'Breaks of this many school days or fewer do not stop the clock.' }) breakMinimumWeekdays: number;
  @Field({ description: 'Whether every IEP takes effect only once the parent signs.' }) requiresParentSignature: boolean;
  @Field(() => Int, { description: 'Where it does not: days after notice before a later IEP takes effect.' }) effectAfterNoticeDays: number;
}

@ObjectType('StateProfileChange')
export class StateProfileChangeModel {
  @Field(() => StateRuleProfileModel) profile: StateRuleProfileModel;
  @Field(() => DeadlineRecomputeModel) deadlines: DeadlineRecomputeModel;
}
