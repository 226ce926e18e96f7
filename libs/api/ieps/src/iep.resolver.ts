import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, iepVisibilityParams, iepVisibleCondition, Permission, RequirePermission } from '@iep/api/access';
import { AuditEvent, auditInsertSql, AuditService } from '@iep/api/audit';
import { isUuid, notFound, prepared, requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import type { IepEntity } from './iep.entity';
import { IepLoaderFactory } from './iep.loader';
import { IepModel, PersonSummaryModel } from './models/iep.model';

/** An IEP as `iep(id)` reads it: the entity's fields, plus its case manager's name joined in. */
type LoadedIep = IepEntity & { caseManager: { id: string; displayName: string } | null; studentFirstName: string };

const IEP_SQL = `
  SELECT i.id, i.student_id AS "studentId", i.kind, i.status, i.case_manager_id AS "caseManagerId",
         to_char(i.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(i.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(i.annual_review_due, 'YYYY-MM-DD') AS "annualReviewDue", i.shared_with_family_at AS "sharedWithFamilyAt",
         i.derived_from_iep_id AS "derivedFromIepId", i.version, i.created_at AS "createdAt", i.updated_at AS "updatedAt",
         s.first_name AS "studentFirstName",
         (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = i.case_manager_id) AS "caseManager"
    FROM ieps i JOIN students s ON s.id = i.student_id`;

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
  caseManager(@Parent() iep: IepModel & Partial<Pick<LoadedIep, 'caseManager'>>, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    if (iep.caseManager !== undefined) return iep.caseManager;
    return this.loaders.forRequest(req, user).personName.load(iep.caseManagerId);
  }

  // First name only, as the team page and the team's e-mails name the student to everyone on the IEP
  // (guests included); the full name stays on the student record, where access is decided separately.
  @ResolveField(() => String, { description: "The student's first name, for headings such as \"Maya's IEP\"." })
  studentFirstName(@Parent() iep: IepModel & Partial<Pick<LoadedIep, 'studentFirstName'>>, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    if (iep.studentFirstName !== undefined) return iep.studentFirstName;
    return this.loaders.forRequest(req, user).studentFirstName.load(iep.studentId);
  }
}
