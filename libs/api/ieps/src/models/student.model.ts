import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Student', { description: 'A student with an IEP, as far as the caller may see.' })
export class StudentModel {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) dateOfBirth: string;
  @Field() grade: string;
  schoolId: string;
  /** Read with the list when the list has it; the field resolver loads it otherwise. */
  schoolName?: string;
}
