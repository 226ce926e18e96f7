import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, iepVisibilityParams, iepVisibleCondition, Permission, RequirePermission } from '@iep/api/access';
import { AuditEvent, auditInsertSql, AuditService } from '@iep/api/audit';
import { isUuid, notFound, Preloadable, prepared, requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepLoaderFactory } from './iep.loader';
import { IEP_SQL, type LoadedIep } from './iep-rows';
import { IepModel, PersonSummaryModel } from './models/iep.model';

/** iep(id): the access check, the row, its case manager's name and the audit row of the read in one (named) statement. */
const IEP_READ_SQL = prepared(`
  WITH iep AS (${IEP_SQL} WHERE i.id = $1 AND (${iepVisibleCondition()})),
  audit AS (${auditInsertSql('$6', { from: 'iep', studentId: 'iep."studentId"', iepId: 'iep.id' })})
  SELECT * FROM iep`);

@Resolver(() => IepModel)
export class IepResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly loaders: IepLoaderFactory,
  ) {}

  @Query(() => IepModel)
  @RequirePermission(Permission.ReadStudentRecords)
  async iep(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<LoadedIep> {
    const meta = requestMeta(req);
    const viewed = this.audit.rowsJson([{
      event: AuditEvent.IepViewed, actorId: user.id, actorRole: user.role, studentId: null, iepId: null,
      ip: meta.ip, userAgent: meta.userAgent, data: {},
    }]);
    const [iep]: LoadedIep[] = isUuid(id)
      ? await this.dataSource.query(IEP_READ_SQL, [id, ...iepVisibilityParams(user), viewed])
      : [];
    if (!iep) {
      await this.audit.recordDenial(user, meta, 'iep', 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    return iep;
  }

  @ResolveField(() => PersonSummaryModel, { nullable: true })
  @Preloadable()
  caseManager(@Parent() iep: IepModel & Partial<Pick<LoadedIep, 'caseManager'>>, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    if (iep.caseManager !== undefined) return iep.caseManager;
    return this.loaders.forRequest(req, user).personName.load(iep.caseManagerId);
  }

  // First name only, as the team page and the team's e-mails name the student to everyone on the IEP
  // (guests included); the full name stays on the student record, where access is decided separately.
  @ResolveField(() => String, { description: "The student's first name, for headings such as \"Maya's IEP\"." })
  @Preloadable()
  studentFirstName(@Parent() iep: IepModel & Partial<Pick<LoadedIep, 'studentFirstName'>>, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    if (iep.studentFirstName !== undefined) return iep.studentFirstName;
    return this.loaders.forRequest(req, user).studentFirstName.load(iep.studentId);
  }
}
