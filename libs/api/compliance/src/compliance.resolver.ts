import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { asLocale, LocaleGql } from '@iep/api/deadlines';
import { describeDeadline, type DeadlineLocale } from '@iep/domain';
import { ComplianceService, type ComplianceSummary } from './compliance.service';
import { ComplianceFilterInput } from './dto/compliance-filter.input';
import {
  ComplianceCountsModel,
  ComplianceDashboardModel,
  ComplianceDeadlineModel,
  ComplianceDeadlinePageModel,
  ComplianceFamilyWithoutSafeguardsModel,
  ComplianceFilterOptionsModel,
  ComplianceGroupCountsModel,
  ComplianceKindCountsModel,
  ComplianceWeekModel,
} from './models/compliance-dashboard.model';

@Resolver(() => ComplianceDashboardModel)
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @Query(() => ComplianceDashboardModel, {
    description:
      "The compliance dashboard of the caller's district (district representatives and administrators). A school or case manager of another district is NOT_FOUND.",
  })
  @RequirePermission(Permission.ReadComplianceDashboard)
  async complianceDashboard(
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
    @Args('filter', { type: () => ComplianceFilterInput, nullable: true }) filter?: ComplianceFilterInput | null,
  ): Promise<ComplianceDashboardModel> {
    const meta = requestMeta(req);
    const scope = await this.compliance.scope(user, filter ?? {}, meta, 'complianceDashboard');
    await this.compliance.viewed(user, scope, meta);
    let summary: Promise<ComplianceSummary> | null = null;
    return { scope, summary: () => (summary ??= this.compliance.summary(scope)) };
  }

  // The fields below read what complianceDashboard already scoped to the caller's district.
  @ResolveField(() => String, { description: "ISO date of the district's today, the day every status is measured against." })
  async today(@Parent() dashboard: ComplianceDashboardModel): Promise<string> {
    return (await dashboard.summary()).today;
  }

  @ResolveField(() => Int, {
    description:
      'IEPs in the filter (school, case manager) that expired: their annual review date passed with no new IEP in effect, a compliance breach. Not narrowed by kind.',
  })
  expiredIeps(@Parent() dashboard: ComplianceDashboardModel): Promise<number> {
    return this.compliance.expiredIepCount(dashboard.scope);
  }

  @ResolveField(() => [ComplianceFamilyWithoutSafeguardsModel], {
    description: 'Families (by student) in the filter who have not received the procedural safeguards notice this school year; at most 100.',
  })
  async familiesWithoutSafeguards(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceFamilyWithoutSafeguardsModel[]> {
    return this.compliance.familiesWithoutSafeguards(dashboard.scope, (await dashboard.summary()).today);
  }

  @ResolveField(() => ComplianceCountsModel, { description: 'Every kind together.' })
  async totals(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceCountsModel> {
    return (await dashboard.summary()).totals;
  }

  @ResolveField(() => [ComplianceKindCountsModel], { description: 'One entry per deadline kind, in a fixed order.' })
  async byKind(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceKindCountsModel[]> {
    return (await dashboard.summary()).byKind;
  }

  @ResolveField(() => [ComplianceGroupCountsModel], {
    description: 'Schools with the most overdue first, then due this week, then by name; at most 25.',
  })
  async bySchool(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceGroupCountsModel[]> {
    return (await dashboard.summary()).bySchool;
  }

  @ResolveField(() => Int, { description: 'How many schools have deadlines in the filter (bySchool lists at most 25).' })
  async schoolCount(@Parent() dashboard: ComplianceDashboardModel): Promise<number> {
    return (await dashboard.summary()).schoolCount;
  }

  @ResolveField(() => [ComplianceGroupCountsModel], {
    description:
      'Case managers with the most overdue first, then due this week, then by name; at most 25. A null id stands for deadlines nobody is responsible for.',
  })
  async byCaseManager(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceGroupCountsModel[]> {
    return (await dashboard.summary()).byCaseManager;
  }

  @ResolveField(() => [ComplianceWeekModel], { description: 'Open deadlines due in each of the next 12 weeks, this one first.' })
  async upcomingWeeks(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceWeekModel[]> {
    return (await dashboard.summary()).upcomingWeeks;
  }

  @ResolveField(() => ComplianceDeadlinePageModel, { description: 'Overdue deadlines, longest overdue first.' })
  async overdue(
    @Parent() dashboard: ComplianceDashboardModel,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ComplianceDeadlinePageModel> {
    const page = await this.compliance.overdue(dashboard.scope, first, after ?? null);
    return {
      ...page,
      nodes: page.nodes.map((row) => ({
        id: row.id,
        kind: row.kind,
        studentId: row.studentId,
        studentName: `${row.firstName} ${row.lastName}`,
        iepId: row.iepId,
        schoolId: row.schoolId,
        schoolName: row.schoolName,
        caseManagerId: row.caseManagerId,
        caseManagerName: row.caseManagerName,
        dueDate: row.dueDate,
        daysOverdue: row.daysPastDue,
        estimated: row.explanation.estimated === true,
        record: { kind: row.kind, dueDate: row.dueDate, explanation: row.explanation },
      })),
    };
  }

  @ResolveField(() => ComplianceFilterOptionsModel)
  filterOptions(@Parent() dashboard: ComplianceDashboardModel): Promise<ComplianceFilterOptionsModel> {
    return this.compliance.filterOptions(dashboard.scope);
  }
}

@Resolver(() => ComplianceDeadlineModel)
export class ComplianceDeadlineResolver {
  // Pure wording of a row the dashboard already read inside the caller's district: no query here.
  @ResolveField(() => String, {
    description: 'The rule behind the due date in words, in the given language (the caller’s by default).',
  })
  explanation(
    @Parent() deadline: ComplianceDeadlineModel,
    @CurrentUser() user: AuthUser,
    @Args('locale', { type: () => LocaleGql, nullable: true }) locale?: DeadlineLocale | null,
  ): string {
    return describeDeadline(deadline.record, locale ?? asLocale(user.locale));
  }
}
