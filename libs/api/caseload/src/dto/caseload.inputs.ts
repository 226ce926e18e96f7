import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { notFoundMessage, validationMessage } from '@iep/api/core';

/** Students moved in one request: a whole school's caseload is moved with transferCaseload instead. */
export const CASELOAD_ASSIGN_MAX = 200;

const CASE_MANAGER_NOT_FOUND = validationMessage(notFoundMessage('That case manager'));
const STUDENT_NOT_FOUND = validationMessage(notFoundMessage('That student'));
const STUDENT_COUNT = validationMessage({
  en: `Choose between 1 and ${CASELOAD_ASSIGN_MAX} students.`,
  es: `Elija entre 1 y ${CASELOAD_ASSIGN_MAX} estudiantes.`,
});

@InputType()
export class AssignCaseloadInput {
  @Field(() => [ID], { description: 'The students to put on the caseload (moved from whoever managed them).' })
  @ArrayMinSize(1, { message: STUDENT_COUNT })
  @ArrayMaxSize(CASELOAD_ASSIGN_MAX, { message: STUDENT_COUNT })
  @IsUUID('all', { each: true, message: STUDENT_NOT_FOUND })
  studentIds: string[];

  @Field(() => ID, { description: 'A special education teacher of the caller’s district.' })
  @IsUUID('all', { message: CASE_MANAGER_NOT_FOUND })
  caseManagerId: string;
}

@InputType()
export class TransferCaseloadInput {
  @Field(() => ID, { description: 'The case manager whose whole caseload moves.' })
  @IsUUID('all', { message: CASE_MANAGER_NOT_FOUND })
  fromCaseManagerId: string;

  @Field(() => ID, { description: 'A special education teacher of the caller’s district.' })
  @IsUUID('all', { message: CASE_MANAGER_NOT_FOUND })
  toCaseManagerId: string;
}
