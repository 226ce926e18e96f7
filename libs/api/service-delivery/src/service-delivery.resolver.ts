import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { RecordGroupSessionInput } from './dto/group-session.inputs';
import { CorrectServiceSessionInput, PlanCompensatoryMinutesInput, RecordServiceSessionInput } from './dto/service-session.inputs';
import { GroupSessionService } from './group-session.service';
import { GroupSessionRecordedModel, GroupSessionServiceModel } from './models/group-session.model';
import { CompensatoryMinutesModel, ServiceDeliveryModel, ServiceSessionModel, ServiceSessionRevisionModel } from './models/service-delivery.model';
import { ServiceDeliveryDashboardModel, ServiceDeliveryFilterInput } from './models/service-delivery-dashboard.model';
import { ServiceDeliveryDashboardService } from './service-delivery-dashboard.service';
import { ServiceDeliveryService } from './service-delivery.service';

@Resolver()
export class ServiceDeliveryResolver {
  constructor(
    private readonly delivery: ServiceDeliveryService,
    private readonly district: ServiceDeliveryDashboardService,
    private readonly group: GroupSessionService,
  ) {}

  @Query(() => [GroupSessionServiceModel], {
    description: "The services of IEPs in force on the caller's caseload (assigned to them, or IEPs they manage) whose sessions they log: what a group session picks students from. Audited.",
  })
  @RequirePermission(Permission.RecordServiceSession)
  myGroupSessionServices(@CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.group.caseload(user, requestMeta(req));
  }

  @Mutation(() => GroupSessionRecordedModel, {
    description: 'Logs one group session for several students, with the data points taken: every session and point in one transaction, or none. Each student\'s session has its own idempotencyKey; the group sent again returns the sessions already logged. A refusal names the student (extensions.entry) and the field.',
  })
  @RequirePermission(Permission.RecordServiceSession)
  recordGroupSession(@Args('input') input: RecordGroupSessionInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.group.record(user, input, requestMeta(req));
  }

  @Query(() => ServiceDeliveryDashboardModel, {
    description: "The caller's district: services under-delivered over their last four school weeks and compensatory minutes owed, by school, provider and service type.",
  })
  @RequirePermission(Permission.ReadComplianceDashboard)
  serviceDeliveryDashboard(
    @Args('filter', { type: () => ServiceDeliveryFilterInput, nullable: true }) filter: ServiceDeliveryFilterInput | null,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.district.dashboard(user, filter ?? {}, requestMeta(req));
  }

  @Query(() => [ServiceDeliveryModel], {
    description: "Each service of an IEP with its sessions, minutes required and delivered per week and to date, and compensatory minutes owed: for whoever reads the IEP.",
  })
  @RequirePermission(Permission.ReadStudentRecords)
  iepServiceDelivery(@Args('iepId', { type: () => ID }) iepId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.delivery.delivery(user, iepId, requestMeta(req));
  }

  @Query(() => [ServiceSessionRevisionModel], { description: 'Every version of a session, most recent first.' })
  @RequirePermission(Permission.ReadStudentRecords)
  serviceSessionHistory(@Args('sessionId', { type: () => ID }) sessionId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.delivery.history(user, sessionId, requestMeta(req));
  }

  @Mutation(() => ServiceSessionModel, {
    description: 'Logs a session against a service of the IEP in force. Sending the same idempotencyKey again returns the session already logged.',
  })
  @RequirePermission(Permission.RecordServiceSession)
  recordServiceSession(@Args('input') input: RecordServiceSessionInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.delivery.record(user, input, requestMeta(req));
  }

  @Mutation(() => ServiceSessionModel, { description: 'Corrects a session over the named version; every version is kept (serviceSessionHistory).' })
  @RequirePermission(Permission.RecordServiceSession)
  correctServiceSession(@Args('input') input: CorrectServiceSessionInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.delivery.correct(user, input, requestMeta(req));
  }

  @Mutation(() => CompensatoryMinutesModel, {
    description: "Plans make-up sessions against a service's compensatory minutes: school days of the service from today on, never more than is owed and not yet planned. The case manager, the provider or the district representative.",
  })
  @RequirePermission(Permission.RecordServiceSession)
  planCompensatoryMinutes(@Args('input') input: PlanCompensatoryMinutesInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.delivery.planCompensatory(user, input, requestMeta(req));
  }
}
