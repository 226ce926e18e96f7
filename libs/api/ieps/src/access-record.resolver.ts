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
    description: "Who has looked at or changed a student's records, newest first, a line per person, kind of access, IEP and day; filter by who (`actorId`) and what (`event`).",
  })
  @RequirePermission(Permission.ReadAccessRecord)
  async studentAccessRecord(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => String, nullable: true }) beforeArg: string | null | undefined,
    @Args('actorId', { type: () => ID, nullable: true, description: 'Only what this person did.' }) actorIdArg: string | null | undefined,
    @Args('event', { type: () => String, nullable: true, description: 'Only this kind of access (an event of `events`).' }) eventArg: string | null | undefined,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<AccessRecordPageModel> {
    const before = beforeArg ?? null;
    const actorId = actorIdArg ?? null;
    const event = eventArg ?? null;
    if (first < 1 || first > 200) throw badInput({ en: 'Ask for between 1 and 200 entries.', es: 'Pida entre 1 y 200 entradas.' }, { field: 'first' });
    if (before !== null && !/^\d{1,18}$/.test(before))
      throw badInput(SHARED_MESSAGES.invalidCursor, { field: 'before' });
    if (actorId !== null && !isUuid(actorId)) throw badInput({ en: 'Choose a person from the list.', es: 'Elija una persona de la lista.' }, { field: 'actorId' });
    if (event !== null && !/^[A-Z_]{1,64}$/.test(event)) throw badInput({ en: 'Choose a kind of access from the list.', es: 'Elija un tipo de acceso de la lista.' }, { field: 'event' });
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
    const [rows, facets]: [Array<{
      id: string;
      first_at: Date;
      last_at: Date;
      count: number;
      actor_id: string | null;
      actor_name: string | null;
      actor_role: string | null;
      event: string;
      iep_id: string | null;
      total: number;
    }>, Array<{ actors: AccessRecordPageModel['actors'] | null; events: string[] | null }>] = await Promise.all([
      this.dataSource.query(ACCESS_RECORD_SQL, [studentId, before, first + 1, actorId, event]),
      this.dataSource.query(ACCESS_RECORD_FACETS_SQL, [studentId]),
    ]);
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
      actors: facets[0]?.actors ?? [],
      events: facets[0]?.events ?? [],
      entries: page.map((row) => ({
        id: row.id,
        occurredAt: row.last_at,
        firstOccurredAt: row.first_at,
        count: row.count,
        actorId: row.actor_id,
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

/**
 * A student's accesses, a line per person, kind, IEP and day (UTC), newest line first; a list read names
 * the student in `student_ids` rather than in a row of its own. $1 student, $2 cursor (a line's newest
 * id), $3 lines + 1, $4 only this person, $5 only this kind.
 */
const ACCESS_RECORD_SQL = `
  WITH mine AS (
    SELECT a.id, a.occurred_at, a.actor_id, a.actor_role, a.event, a.iep_id
      FROM audit_events a
     WHERE (a.student_id = $1 OR a.student_ids @> ARRAY[$1::uuid]) AND a.outcome = 'ALLOWED'
       AND ($4::uuid IS NULL OR a.actor_id = $4::uuid) AND ($5::text IS NULL OR a.event = $5::text)),
  lines AS (
    SELECT max(id) AS id, min(occurred_at) AS first_at, max(occurred_at) AS last_at, count(*)::int AS count,
           actor_id, actor_role, event, iep_id
      FROM mine GROUP BY actor_id, actor_role, event, iep_id, (occurred_at AT TIME ZONE 'UTC')::date)
  SELECT l.id::text, l.first_at, l.last_at, l.count, l.actor_id, u.display_name AS actor_name, l.actor_role, l.event, l.iep_id,
         sum(l.count) OVER ()::int AS total
    FROM lines l LEFT JOIN users u ON u.id = l.actor_id
   WHERE $2::bigint IS NULL OR l.id < $2::bigint
   ORDER BY l.id DESC LIMIT $3`;

/** Who and what appear in a student's record, for its filters. */
const ACCESS_RECORD_FACETS_SQL = `
  WITH mine AS (
    SELECT a.actor_id, a.actor_role, a.event FROM audit_events a
     WHERE (a.student_id = $1 OR a.student_ids @> ARRAY[$1::uuid]) AND a.outcome = 'ALLOWED')
  SELECT (SELECT json_agg(json_build_object('id', p.actor_id, 'name', u.display_name, 'role', p.actor_role) ORDER BY u.display_name, p.actor_id)
            FROM (SELECT DISTINCT ON (actor_id) actor_id, actor_role FROM mine WHERE actor_id IS NOT NULL ORDER BY actor_id) p
            JOIN users u ON u.id = p.actor_id) AS actors,
         (SELECT array_agg(DISTINCT event ORDER BY event) FROM mine) AS events`;
