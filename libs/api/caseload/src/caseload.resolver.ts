import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { PersonSummaryModel } from '@iep/api/ieps';
import { CaseloadService } from './caseload.service';
import { AssignCaseloadInput, TransferCaseloadInput } from './dto/caseload.inputs';
import { CaseloadModel } from './models/caseload.model';

@Resolver(() => CaseloadModel)
export class CaseloadResolver {
  constructor(private readonly caseloads: CaseloadService) {}

  @Query(() => CaseloadModel, {
    description:
      "The caller's day: the students they manage as case manager and those on whose current IEP's team they are, with the next " +
      'deadlines (overdue ones flagged) and what waits on them. Special education teachers, specialists and general education teachers. ' +
      'One audit row names every student listed.',
  })
  @RequirePermission(Permission.ReadOwnCaseload)
  myCaseload(@CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<CaseloadModel> {
    return this.caseloads.mine(user, requestMeta(req));
  }

  @Query(() => CaseloadModel, {
    description: "A special education teacher's caseload as the district sees it: district representatives and administrators of the teacher's district.",
  })
  @RequirePermission(Permission.ManageCaseload)
  caseload(
    @Args('caseManagerId', { type: () => ID }) caseManagerId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<CaseloadModel> {
    return this.caseloads.of(user, caseManagerId, requestMeta(req));
  }

  @Query(() => [PersonSummaryModel], { description: "The active special education teachers of the caller's district, who can be given a caseload." })
  @RequirePermission(Permission.ManageCaseload)
  caseManagers(@CurrentUser() user: AuthUser): Promise<PersonSummaryModel[]> {
    return this.caseloads.caseManagers(user);
  }

  @Mutation(() => CaseloadModel, {
    description:
      "Puts students on a special education teacher's caseload, moving them from whoever managed them: the teacher becomes the case " +
      'manager of their current IEPs (draft, proposed, active) and joins those teams; the previous case manager leaves them. Signed ' +
      'versions stay as they were signed. Both case managers are notified. Answers the new caseload.',
  })
  @RequirePermission(Permission.ManageCaseload)
  assignCaseload(@Args('input') input: AssignCaseloadInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<CaseloadModel> {
    return this.caseloads.assign(user, input, requestMeta(req));
  }

  @Mutation(() => CaseloadModel, {
    description: "Moves a case manager's whole caseload to another special education teacher, as assignCaseload does for each student. Answers the new caseload.",
  })
  @RequirePermission(Permission.ManageCaseload)
  transferCaseload(@Args('input') input: TransferCaseloadInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<CaseloadModel> {
    return this.caseloads.transfer(user, input, requestMeta(req));
  }
}
