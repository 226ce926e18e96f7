import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceSessionModel } from './service-delivery.model';

@ObjectType('GroupSessionGoal', { description: 'A goal the service supports, with the scale a data point taken in the session is on.' })
export class GroupSessionGoalModel {
  @Field(() => ID) id: string;
  @Field() area: string;
  @Field(() => String, { nullable: true, description: 'How the goal is measured (GoalMeasureKind); null for a goal that has no measure yet.' }) measureKind: string | null;
  @Field(() => Float, { nullable: true }) scaleMin: number | null;
  @Field(() => Float, { nullable: true }) scaleMax: number | null;
  @Field({ description: 'Only whole numbers (trials, prompt levels, yes/no).' }) wholeNumbers: boolean;
  @Field({ description: 'The caller may record a data point on it (IEP_POLICY RECORD_PROGRESS) and it has a measure.' }) viewerCanRecord: boolean;
}

@ObjectType('GroupSessionService', { description: "A service of the caller's caseload that they log sessions of: what a group session picks students from." })
export class GroupSessionServiceModel {
  @Field(() => ID) serviceId: string;
  @Field(() => ID) iepId: string;
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field({ description: 'The service type (SPECIAL_EDUCATION, RELATED_SERVICE, …): a group is of one kind.' }) category: string;
  @Field() description: string;
  @Field() providerRole: string;
  @Field(() => Int, { nullable: true }) minutes: number | null;
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field() location: string;
  @Field(() => [GroupSessionGoalModel]) goals: GroupSessionGoalModel[];
}

@ObjectType('GroupSessionRecorded', { description: 'A group session as recorded: one session per student, in the order entered, and the data points taken.' })
export class GroupSessionRecordedModel {
  @Field(() => [ServiceSessionModel]) sessions: ServiceSessionModel[];
  @Field(() => Int, { description: 'Data points recorded with the sessions.' }) dataPoints: number;
  @Field({ description: 'Every session had been recorded before under its key: nothing was written this time.' }) replayed: boolean;
}
