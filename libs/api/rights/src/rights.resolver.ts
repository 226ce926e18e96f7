import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { RecordAdultGuardianshipInput, RecordSafeguardsDeliveryInput, RevokeConsentForServicesInput, SetServicesEndInput } from './dto/rights.inputs';
import { AdultGuardianshipService } from './guardianship.service';
import { RevocationService } from './revocation.service';
import { StudentRightsModel } from './models/student-rights.model';
import { SafeguardsService } from './safeguards.service';

@Resolver(() => StudentRightsModel)
export class RightsResolver {
  constructor(
    private readonly safeguards: SafeguardsService,
    private readonly revocations: RevocationService,
    private readonly guardianships: AdultGuardianshipService,
  ) {}

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

  @Mutation(() => StudentRightsModel, {
    description:
      'The rights holder revokes consent for special education and related services in writing, e-signed (34 CFR 300.300(b)(4)). The district then sends prior written notice of the day services end.',
  })
  @RequirePermission(Permission.RevokeConsentForServices)
  revokeConsentForServices(@Args('input') input: RevokeConsentForServicesInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.revocations.revoke(user, input, requestMeta(req));
  }

  @Mutation(() => StudentRightsModel, {
    description:
      'Answers a revocation of consent: issues and sends the prior written notice naming the last day of services (300.503), and closes the deadlines that no longer apply from that day.',
  })
  @RequirePermission(Permission.RecordFamilyRights)
  setServicesEndAfterRevocation(@Args('input') input: SetServicesEndInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.revocations.setServicesEnd(user, input, requestMeta(req));
  }

  @Mutation(() => StudentRightsModel, {
    description:
      'Records a guardianship of the adult student (34 CFR 300.520(b)): the rights stay with the guardians at the age of majority, or return to them.',
  })
  @RequirePermission(Permission.RecordFamilyRights)
  recordAdultGuardianship(@Args('input') input: RecordAdultGuardianshipInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.guardianships.record(user, input, requestMeta(req));
  }
}
