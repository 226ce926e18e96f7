import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { UserRole } from '@iep/domain';

export const UserRoleGql = graphqlEnum(UserRole, 'UserRole', 'The kind of work a person does on IEP teams.');

@ObjectType('User', { description: 'A person who signs in: family member, school staff or guest.' })
export class UserModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field(() => String, { nullable: true }) specialty: string | null;
  @Field({ description: 'Preferred language: en or es.' }) locale: string;
}

@ObjectType('SignInPayload')
export class SignInPayload {
  @Field(() => UserModel) user: UserModel;
}
