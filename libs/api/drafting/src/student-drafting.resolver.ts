import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '@iep/api/access';
import type { AuthUser, GraphQLContext } from '@iep/api/core';
import { StudentModel } from '@iep/api/ieps';
import { DraftingLoaderFactory } from './drafting.loader';

@Resolver(() => StudentModel)
export class StudentDraftingResolver {
  constructor(private readonly loaders: DraftingLoaderFactory) {}

  @ResolveField(() => Boolean, {
    description: 'The caller may start an IEP for this student now: on their caseload or district, and no IEP already in the making.',
  })
  async canStartIep(@Parent() student: StudentModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.loaders.forRequest(req, user).studentState.load(student.id)).canStartIep;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The IEP in force, if the caller may see it.' })
  async activeIepId(@Parent() student: StudentModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.loaders.forRequest(req, user).studentState.load(student.id)).activeIepId;
  }
}
