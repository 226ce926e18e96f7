import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StudentGuardian', { description: 'A parent or guardian linked to a student, as district administration sees it.' })
export class StudentGuardianModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field({ description: 'e.g. Mother, Father, Legal guardian, Foster parent.' }) relationship: string;
  @Field({ description: 'Holds the educational rights: signs the IEP and consents.' }) rightsHolder: boolean;
  @Field({ description: 'False when the account is deactivated.' }) active: boolean;
}

@ObjectType('DistrictStudent', { description: "A student of the administrator's district, with school and guardians." })
export class DistrictStudentModel {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) dateOfBirth: string;
  @Field() grade: string;
  @Field(() => ID) schoolId: string;
}

@ObjectType('DistrictStudentPage', { description: 'One page of district students, ordered by last and first name.' })
export class DistrictStudentPageModel {
  @Field(() => [DistrictStudentModel]) nodes: DistrictStudentModel[];
  @Field(() => Int, { description: 'How many students match the filter, on every page.' }) totalCount: number;
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' }) endCursor: string | null;
}
