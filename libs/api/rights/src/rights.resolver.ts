import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { RecordSafeguardsDeliveryInput } from './dto/rights.inputs';
import { StudentRightsModel } from './models/student-rights.model';
import { SafeguardsService } from './safeguards.service';

@Resolver(() => StudentRightsModel)
export class RightsResolver {
  constructor(private readonly safeguards: SafeguardsService) {}

  @Query(() => StudentRightsModel, { description: "The family's procedural rights about a student the caller may see: when they last received the safeguards notice." })
  @RequirePermission(Permission.ReadStudentRecords)
  studentRights(@Args('studentId', { type: () => ID }) studentId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.safeguards.view(user, studentId, requestMeta(req));
  }

  @Mutation(() => StudentRightsModel, {
    description:
      'Gives the procedural safeguards notice to the rights-holding parents (34 CFR 300.504): in the app or by e-mail now, in each parent’s language, or records a paper copy.',
  })
  @RequirePermission(Permission.RecordFamilyRights)
  recordSafeguardsDelivery(@Args('input') input: RecordSafeguardsDeliveryInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.safeguards.record(user, input, requestMeta(req));
  }
}
