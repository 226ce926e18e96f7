import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { SessionStatus } from '@iep/domain';

export const SessionStatusGql = graphqlEnum(
  SessionStatus,
  'SessionStatus',
  'What happened to a session: delivered, the student absent or unavailable, the provider absent or cancelled, school closed, or a make-up of compensatory minutes.',
);

@ObjectType('ServiceSession', { description: 'One session logged against a service of the IEP in force.' })
export class ServiceSessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The SERVICE part of the IEP.' }) serviceId: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => Int) minutes: number;
  @Field(() => Int, { description: 'Students in the session, this one included.' }) groupSize: number;
  @Field() location: string;
  @Field(() => [ID], { description: 'The GOAL parts worked on.' }) goalIds: string[];
  @Field(() => SessionStatusGql) status: SessionStatus;
  @Field() note: string;
  @Field(() => ID, { description: 'Who delivered and logged it.' }) providerId: string;
  @Field() providerName: string;
  @Field(() => Int, { description: 'Names this state in a correction; a stale one is refused with CONFLICT.' }) version: number;
  @Field({ description: 'The key the device sent it with: sending it again returns this session.' }) idempotencyKey: string;
  @Field(() => Date) recordedAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ServiceSessionRevision', { description: 'One version of a session, as recorded or corrected.' })
export class ServiceSessionRevisionModel {
  @Field(() => Int) version: number;
  @Field({ description: 'RECORDED or CORRECTED.' }) change: string;
  @Field() authorName: string;
  @Field(() => Date) at: Date;
  @Field() date: string;
  @Field(() => Int) minutes: number;
  @Field(() => Int) groupSize: number;
  @Field() location: string;
  @Field(() => SessionStatusGql) status: SessionStatus;
  @Field() note: string;
}

@ObjectType('DeliveryTally', { description: 'Minutes by what they count as; shares of weekly or monthly services are fractions, rounded to a tenth.' })
export class DeliveryTallyModel {
  @Field(() => Float, { description: 'Required by the IEP over the school days of the span (see the rule in libs/domain required-minutes).' }) required: number;
  @Field(() => Float) delivered: number;
  @Field(() => Float, { description: 'Excused: the student absent or unavailable, or school closed.' }) excused: number;
  @Field(() => Float, { description: 'Missed because of the school (provider absent or cancelled): owed back.' }) missedBySchool: number;
  @Field(() => Float, { description: 'Make-up sessions: paid back.' }) madeUp: number;
}

@ObjectType('ServiceWeek', { description: 'One week (Monday to Sunday) of a service.' })
export class ServiceWeekModel extends DeliveryTallyModel {
  @Field({ description: "The week's Monday." }) weekStart: string;
  @Field(() => Int, { description: 'School days of the week inside the service.' }) schoolDays: number;
}

@ObjectType('ServiceGoal', { description: 'A goal a service supports, by its area.' })
export class ServiceGoalModel {
  @Field(() => ID) id: string;
  @Field() area: string;
}

@ObjectType('PlannedMakeUp', { description: 'A make-up session planned against the compensatory minutes owed.' })
export class PlannedMakeUpModel {
  @Field(() => ID) id: string;
  @Field({ description: 'YYYY-MM-DD: the day it is planned for.' }) date: string;
  @Field(() => Int) minutes: number;
  @Field() note: string;
  @Field() plannedByName: string;
  @Field(() => ID, { nullable: true, description: 'The make-up session that fulfilled it (libs/domain compensatoryPlanStatus: in date order); null while it is still to be given.' })
  fulfilledBySessionId: string | null;
}

@ObjectType('CompensatoryMinutes', { description: "A service's compensatory minutes: owed, planned as make-up sessions, and made up." })
export class CompensatoryMinutesModel {
  @Field(() => Float, { description: 'Still owed: missed because of the school, less make-ups.' }) owed: number;
  @Field(() => Float, { description: 'Planned and not yet given: the open plans.' }) planned: number;
  @Field(() => Float, { description: 'Given back in make-up sessions so far.' }) delivered: number;
  @Field(() => [PlannedMakeUpModel], { description: 'Every plan, in date order, fulfilled or not.' }) plans: PlannedMakeUpModel[];
}

@ObjectType('ServiceDelivery', { description: 'One service of an IEP: what it promises, what was logged, and the compensatory minutes owed.' })
export class ServiceDeliveryModel {
  @Field(() => ID) serviceId: string;
  @Field(() => ID) iepId: string;
  @Field() description: string;
  @Field() category: string;
  @Field() providerRole: string;
  @Field(() => Int, { nullable: true }) minutes: number | null;
  @Field(() => String, { nullable: true, description: 'DAILY, WEEKLY or MONTHLY.' }) frequency: string | null;
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field() location: string;
  @Field(() => [ServiceGoalModel], { description: 'The goals this service supports: what a session may address.' }) goals: ServiceGoalModel[];
  @Field(() => ID, { nullable: true, description: 'The team member assigned the service: its provider.' }) providerId: string | null;
  @Field(() => String, { nullable: true }) providerName: string | null;
  @Field({ description: 'The caller may log and correct sessions of this service (IEP_POLICY RECORD_SERVICE_SESSION).' }) viewerCanRecord: boolean;
  @Field({ description: 'No school calendar was entered: every weekday counts as a school day until one is.' }) requiredIsEstimate: boolean;
  @Field(() => DeliveryTallyModel, { description: 'From the start of the service to today (or its end).' }) toDate: DeliveryTallyModel;
  @Field(() => DeliveryTallyModel, { description: 'The last four weeks that held school.' }) lastFourWeeks: DeliveryTallyModel;
  @Field({ description: 'Delivered below 90% of the required minutes the school answers for over the last four school weeks.' }) underDelivered: boolean;
  @Field(() => Float, { description: 'Compensatory minutes still owed: missed because of the school, less make-ups.' }) compensatoryBalance: number;
  @Field(() => CompensatoryMinutesModel) compensatory: CompensatoryMinutesModel;
  @Field(() => [ServiceWeekModel], { description: 'Every week from the start of the service to today, most recent first.' }) weeks: ServiceWeekModel[];
  @Field(() => [ServiceSessionModel], { description: 'Every session, most recent first.' }) sessions: ServiceSessionModel[];
}
