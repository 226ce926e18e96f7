import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { describeDeadline, type DeadlineLocale } from '@iep/domain';
import { DeadlinesReadService } from './deadlines-read.service';
import { DeadlineModel, LocaleGql } from './models/deadline.model';
import { asLocale } from './reminder-words';

@Resolver(() => DeadlineModel)
export class DeadlinesResolver {
  constructor(private readonly deadlines: DeadlinesReadService) {}

  @Query(() => [DeadlineModel], { description: 'The deadlines of an IEP the caller may see, soonest first.' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepDeadlines(
    @Args('iepId', { type: () => ID }) iepId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<DeadlineModel[]> {
    return this.deadlines.forIep(user, iepId, requestMeta(req));
  }

  @Query(() => [DeadlineModel], {
    description: "A student's deadlines: the student's own and those of the student's IEPs the caller may see, soonest first.",
  })
  @RequirePermission(Permission.ReadStudentRecords)
  studentDeadlines(
    @Args('studentId', { type: () => ID }) studentId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<DeadlineModel[]> {
    return this.deadlines.forStudent(user, studentId, requestMeta(req));
  }

  // Pure wording of a row already read and checked: no query, so no access decision, happens here.
  @ResolveField(() => String, {
    description:
      'The rule behind the due date in words a parent can check on a paper calendar, in the given language (the caller’s by default).',
  })
  explanation(
    @Parent() deadline: DeadlineModel,
    @CurrentUser() user: AuthUser,
    @Args('locale', { type: () => LocaleGql, nullable: true }) locale?: DeadlineLocale | null,
  ): string {
    const { kind, dueDate, explanation } = deadline.record;
    return describeDeadline({ kind, dueDate, explanation }, locale ?? asLocale(user.locale));
  }
}
