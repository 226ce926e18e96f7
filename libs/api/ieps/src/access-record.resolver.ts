import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, isUuid, notFound, requestMeta, SHARED_MESSAGES, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { DISTRICT_WIDE_ROLES } from '@iep/domain';
import { AccessRecordPageModel } from './models/access-record.model';

/**
 * "Who has looked at or changed my child's records": the access record a parent may inspect under
 * FERPA (34 CFR 300.614). Guardians see their children's; district staff any student of their district.
 */
@Resolver()
export class AccessRecordResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Query(() => AccessRecordPageModel, {
    description: "Who has looked at or changed a student's records, newest first.",
  })
  @RequirePermission(Permission.ReadAccessRecord)
  async studentAccessRecord(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => String, nullable: true }) beforeArg: string | null | undefined,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<AccessRecordPageModel> {
    const before = beforeArg ?? null;
    if (first < 1 || first > 200) throw badInput({ en: 'Ask for between 1 and 200 entries.', es: 'Pida entre 1 y 200 entradas.' }, { field: 'first' });
    if (before !== null && !/^\d{1,18}$/.test(before))
      throw badInput(SHARED_MESSAGES.invalidCursor, { field: 'before' });
    const meta = requestMeta(req);
    const [allowed] = isUuid(studentId)
      ? await this.dataSource.query(
          `SELECT 1 FROM students s WHERE s.id = $1 AND (
             ($2::text = ANY($4::text[]) AND s.district_id = $3::uuid)
             OR EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $5::uuid AND g.rights_holder))`,
          [studentId, user.role, user.districtId, [...DISTRICT_WIDE_ROLES], user.id],
        )
      : [];
    if (!allowed) {
      await this.audit.recordDenial(user, meta, 'studentAccessRecord', 'NO_RELATIONSHIP');
      throw notFound('That student');
    }
    const rows: Array<{
      id: string;
      occurred_at: Date;
      actor_name: string | null;
      actor_role: string | null;
      event: string;
      iep_id: string | null;
      total: number;
    }> = await this.dataSource.query(
      `SELECT a.id::text, a.occurred_at, u.display_name AS actor_name, a.actor_role, a.event, a.iep_id,
                count(*) OVER ()::int AS total
           FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
          WHERE a.student_id = $1 AND a.outcome = 'ALLOWED' AND ($2::bigint IS NULL OR a.id < $2::bigint)
          ORDER BY a.id DESC LIMIT $3`,
      [studentId, before, first + 1],
    );
    const page = rows.slice(0, first);
    // Reading the record is itself an access to the student's records, recorded after the read so
    // that it appears on the next look, not in the page it produced.
    await this.audit.record({
      event: AuditEvent.AccessRecordViewed,
      actorId: user.id,
      actorRole: user.role,
      studentId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      data: {},
    });
    return {
      entries: page.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        actorName: row.actor_name,
        actorRole: row.actor_role as AccessRecordPageModel['entries'][number]['actorRole'],
        event: row.event,
        iepId: row.iep_id,
      })),
      nextCursor: rows.length > first ? page[page.length - 1].id : null,
      totalCount: rows[0]?.total ?? 0,
    };
  }
}
