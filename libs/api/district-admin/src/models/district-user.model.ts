import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRoleGql } from '@iep/api/auth';
import { graphqlEnum } from '@iep/api/core';
import { STAFF_ROLES, type UserRole } from '@iep/domain';

export const StaffRoleGql = graphqlEnum(
  STAFF_ROLES,
  'StaffRole',
  'The roles a district administrator can give a staff account: teachers, specialists, district representatives and administrators.',
);

@ObjectType('DistrictUser', { description: "An account in the administrator's district, as district administration sees it." })
export class DistrictUserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field(() => String, { nullable: true, description: 'For specialists, e.g. "Speech-language pathologist".' })
  specialty: string | null;
  @Field({ description: 'Preferred language: en or es.' }) locale: string;
  @Field({ description: 'False once deactivated: the person cannot sign in and has no open session.' }) active: boolean;
  @Field({ description: 'False until the person has chosen a password through "Forgot your password?".' })
  passwordSet: boolean;
  @Field() createdAt: Date;
}

@ObjectType('DistrictUserPage', { description: 'One page of district accounts, ordered by name.' })
export class DistrictUserPageModel {
  @Field(() => [DistrictUserModel]) nodes: DistrictUserModel[];
  @Field(() => Int, { description: 'How many accounts match the filter, on every page.' }) totalCount: number;
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' }) endCursor: string | null;
}
