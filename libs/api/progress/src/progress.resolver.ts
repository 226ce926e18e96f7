import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { AcknowledgeGoalFlagInput, CorrectGoalDataPointInput, RecordGoalDataPointInput } from './dto/progress.inputs';
import { CaseloadStudentProgressModel, GoalDataPointModel, GoalDataPointRevisionModel, GoalProgressModel } from './models/goal-progress.model';
import { ProgressService } from './progress.service';

@Resolver(() => GoalProgressModel)
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query(() => [GoalProgressModel], {
    description: "Every goal of an IEP with its measure, data points, trend and flags: whoever reads the IEP (the family included). Audited.",
  })
  @RequirePermission(Permission.ReadStudentRecords)
  iepProgress(@Args('iepId', { type: () => ID }) iepId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.progress.iepProgress(user, iepId, requestMeta(req));
  }

  @Query(() => [CaseloadStudentProgressModel], {
    description: "The caller's students for a session: every goal of an IEP in force that is assigned to them or whose IEP they manage, with its points and flags. Audited.",
  })
  @RequirePermission(Permission.RecordGoalProgress)
  myProgressCaseload(@CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.progress.caseload(user, requestMeta(req));
  }

  @Query(() => [GoalDataPointRevisionModel], { description: 'Every version of a data point, newest first: a correction keeps what was recorded before it.' })
  @RequirePermission(Permission.ReadStudentRecords)
  goalDataPointRevisions(@Args('pointId', { type: () => ID }) pointId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.progress.revisions(user, pointId, requestMeta(req));
  }

  @Mutation(() => GoalDataPointModel, {
    description: 'Records a data point on a goal of the IEP in force. The same idempotencyKey sent again returns the point stored the first time. A value off the goal\'s scale is BAD_USER_INPUT.',
  })
  @RequirePermission(Permission.RecordGoalProgress)
  recordGoalDataPoint(@Args('input') input: RecordGoalDataPointInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.progress.record(user, input, requestMeta(req));
  }

  @Mutation(() => GoalDataPointModel, { description: 'Corrects a data point; the earlier version stays in its history. A stale baseVersion is CONFLICT with the current point.' })
  @RequirePermission(Permission.RecordGoalProgress)
  correctGoalDataPoint(@Args('input') input: CorrectGoalDataPointInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.progress.correct(user, input, requestMeta(req));
  }

  @Mutation(() => GoalProgressModel, { description: 'Acknowledges a raised flag on a goal with a note of what was changed; it shows again when newer data raises it.' })
  @RequirePermission(Permission.RecordGoalProgress)
  acknowledgeGoalFlag(@Args('input') input: AcknowledgeGoalFlagInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.progress.acknowledge(user, input, requestMeta(req));
  }
}

