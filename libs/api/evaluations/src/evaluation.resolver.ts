import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import {
  AgreeReevaluationNotNeededInput, DetermineEligibilityInput, PlanEvaluationInput, RecordEvaluationDelayInput, RecordPaperConsentInput,
  ReferForEvaluationInput, SignConsentToEvaluateInput, SubmitEvaluationReportInput, RecordChildProducedInput } from './dto/evaluation.inputs';
import { EvaluationService } from './evaluation.service';
import { StudentEvaluationsModel } from './models/evaluation.model';

/** Referral to eligibility and reevaluation; each operation answers with the student's evaluations as the caller sees them. */
@Resolver(() => StudentEvaluationsModel)
export class EvaluationResolver {
  constructor(private readonly evaluations: EvaluationService) {}

  @Query(() => StudentEvaluationsModel, { description: "A student's referrals, evaluations and reevaluations: the district, the family, the student's teams and the assessors." })
  @RequirePermission(Permission.ReadEvaluations)
  studentEvaluations(@Args('studentId', { type: () => ID }) studentId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.view(user, studentId, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: 'A referral by the school, or a parent’s request for an evaluation (or a reevaluation).' })
  @RequirePermission(Permission.ReferForEvaluation)
  referForEvaluation(@Args('input') input: ReferForEvaluationInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.refer(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: "Records the parent's consent signed on paper, with its date; starts the evaluation timeline." })
  @RequirePermission(Permission.RecordEvaluation)
  recordPaperConsentToEvaluate(@Args('input') input: RecordPaperConsentInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.recordPaperConsent(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: 'The rights-holding parent e-signs consent to evaluate; starts the evaluation timeline.' })
  @RequirePermission(Permission.ConsentToEvaluation)
  signConsentToEvaluate(@Args('input') input: SignConsentToEvaluateInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.signConsent(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: 'The areas to assess and the assessor of each; an area with a report stays.' })
  @RequirePermission(Permission.RecordEvaluation)
  planEvaluation(@Args('input') input: PlanEvaluationInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.plan(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: "An evaluator's report on one planned area: written, with a file (PDF, PNG, JPEG or text, at most 2 MB) or not." })
  @RequirePermission(Permission.SubmitEvaluationReport)
  submitEvaluationReport(@Args('input') input: SubmitEvaluationReportInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.submitReport(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: 'Why the evaluation runs past the timeline (Ed-Fi delay reasons), with the date agreed where one is needed.' })
  @RequirePermission(Permission.RecordEvaluation)
  recordEvaluationDelay(@Args('input') input: RecordEvaluationDelayInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.recordDelay(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, {
    description: 'The parent produced the child after a delay for not producing them (300.301(d)(1)): a new evaluation timeframe runs from that day.',
  })
  @RequirePermission(Permission.RecordEvaluation)
  recordChildProduced(@Args('input') input: RecordChildProducedInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.recordChildProduced(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, {
    description: 'The eligibility meeting’s decision: eligible or not, the disability category, and the prior written notice sent to the family.',
  })
  @RequirePermission(Permission.RecordEvaluation)
  determineEligibility(@Args('input') input: DetermineEligibilityInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.determine(user, input, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: 'Starts the initial IEP of an eligible student from the evaluation; the caller becomes its case manager.' })
  @RequirePermission(Permission.RecordEvaluation)
  startInitialIepFromEvaluation(@Args('evaluationId', { type: () => ID }) evaluationId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.startInitialIep(user, evaluationId, requestMeta(req));
  }

  @Mutation(() => StudentEvaluationsModel, { description: 'The parent and the district agree that a reevaluation is not needed: recorded with the agreement.' })
  @RequirePermission(Permission.RecordEvaluation)
  agreeReevaluationNotNeeded(@Args('input') input: AgreeReevaluationNotNeededInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.evaluations.agreeNotNeeded(user, input, requestMeta(req));
  }
}
