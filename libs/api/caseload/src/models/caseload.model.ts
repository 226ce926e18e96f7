import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineModel } from '@iep/api/deadlines';
import { PersonSummaryModel, StudentModel } from '@iep/api/ieps';

@ObjectType('CaseloadWaiting', { description: "What waits on the caseload's owner for one student, across the student's current IEPs." })
export class CaseloadWaitingModel {
  @Field(() => Int, { description: 'Unresolved comment threads assigned to the owner.' }) threadsAssigned: number;
  @Field(() => Int, { description: 'Proposed changes pending that the owner may accept or reject.' }) proposalsToDecide: number;
  @Field(() => Int, { description: 'Prior written notices drafted and not yet sent that the owner may send.' }) noticesToSend: number;
  @Field(() => ID, { nullable: true, description: 'The IEP where the first of these waits, to open it.' }) iepId: string | null;
}

@ObjectType('CaseloadStudent', { description: 'A student on a caseload, with the next deadlines and what waits on the owner.' })
export class CaseloadStudentModel {
  @Field(() => StudentModel) student: StudentModel;
  @Field(() => PersonSummaryModel, { nullable: true, description: "The student's case manager." }) caseManager: PersonSummaryModel | null;
  @Field({ description: "The owner is the student's case manager (false: the owner is on the team of one of the student's current IEPs)." })
  managed: boolean;
  @Field(() => ID, { nullable: true, description: 'The newest current IEP (draft, proposed or active) the caller may see.' })
  currentIepId: string | null;
  @Field(() => [DeadlineModel], { description: 'The open deadlines, soonest first (at most three): overdue ones first of all.' })
  nextDeadlines: DeadlineModel[];
  @Field(() => Int, { description: 'How many open deadlines are past their due date.' }) overdueCount: number;
  @Field(() => CaseloadWaitingModel) waiting: CaseloadWaitingModel;
}

@ObjectType('Caseload', { description: "A case manager's or specialist's students, by name." })
export class CaseloadModel {
  @Field(() => PersonSummaryModel) owner: PersonSummaryModel;
  @Field(() => [CaseloadStudentModel]) students: CaseloadStudentModel[];
}
