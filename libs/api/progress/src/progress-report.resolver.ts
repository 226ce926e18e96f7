import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { AskProgressReportQuestionInput, SaveProgressReportEntryInput } from './dto/progress-report.inputs';
import { ProgressReportEntryModel, ProgressReportModel, ProgressReportQuestionModel } from './models/progress-report.model';
import { ProgressReportService } from './progress-report.service';

@Resolver(() => ProgressReportModel)
export class ProgressReportResolver {
  constructor(private readonly reports: ProgressReportService) {}

  @Query(() => [ProgressReportModel], {
    description: "The IEP's progress reports, one per reporting period: the school's side sees drafts, the family the sent ones. Audited.",
  })
  @RequirePermission(Permission.ReadStudentRecords)
  iepProgressReports(@Args('iepId', { type: () => ID }) iepId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.reports.reportsOfIep(user, iepId, requestMeta(req));
  }

  @Mutation(() => ProgressReportEntryModel, {
    description: "Writes a goal's code and narrative on the version read (0 for the first words); a stale version is a CONFLICT with the current words, a sent report a CONFLICT.",
  })
  @RequirePermission(Permission.WriteProgressReport)
  saveProgressReportEntry(@Args('input') input: SaveProgressReportEntryInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.reports.saveEntry(user, input, requestMeta(req));
  }

  @Mutation(() => ProgressReportModel, {
    description: 'Sends the report to the family (in the app, and by e-mail as each chose, in their language): frozen, digested and sealed; meets the PROGRESS_REPORT deadline.',
  })
  @RequirePermission(Permission.SendProgressReport)
  sendProgressReport(
    @Args('iepId', { type: () => ID }) iepId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.reports.send(user, iepId, periodId, requestMeta(req));
  }

  @Mutation(() => ProgressReportModel, { description: 'The family says they read a sent report; the team sees when and who.' })
  @RequirePermission(Permission.ConfirmProgressReportRead)
  markProgressReportRead(@Args('reportId', { type: () => ID }) reportId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.reports.markRead(user, reportId, requestMeta(req));
  }

  @Mutation(() => ProgressReportQuestionModel, { description: 'A question (or the answer) on one goal of a sent report, by whoever reads it; the case manager and the goal\'s assignee are told.' })
  @RequirePermission(Permission.CommentOnIep)
  askProgressReportQuestion(@Args('input') input: AskProgressReportQuestionInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.reports.ask(user, input, requestMeta(req));
  }
}
