import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DISTRICT_WIDE_ROLES, UserRole } from '@iep/domain';
import { isUuid, prepared, type AuthUser } from '@iep/api/core';

/**
 * Decides per record, in bulk: one statement answers for a whole list of ids, from the caller's
 * guardianships, team memberships and district — never from the role alone.
 */
@Injectable()
export class RecordAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The subset of `studentIds` the caller may see; a malformed id is simply not visible. */
  async visibleStudentIds(user: AuthUser, requestedIds: readonly string[]): Promise<Set<string>> {
    const studentIds = requestedIds.filter(isUuid);
    if (studentIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      VISIBLE_STUDENTS_SQL,
      [studentIds, user.id, user.role, user.districtId, DISTRICT_ROLES],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Every student the caller may see, by name; district staff get their district. Written as a union
   * of index-driven parts: one OR over all three relationships makes PostgreSQL scan every student.
   */
  async visibleStudentIdsAll(user: AuthUser, limit = 500): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH visible AS (
         SELECT s.id FROM students s WHERE $2::text = ANY($4::text[]) AND s.district_id = $3::uuid
         UNION
         SELECT g.student_id FROM guardianships g WHERE g.user_id = $1::uuid
         UNION
         SELECT ti.student_id FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
          WHERE m.user_id = $1::uuid AND (m.expires_at IS NULL OR m.expires_at > now())
       )
       SELECT s.id FROM students s JOIN visible v ON v.id = s.id
        ORDER BY s.last_name, s.first_name, s.id LIMIT $5`,
      [user.id, user.role, user.districtId, DISTRICT_ROLES, limit],
    );
    return rows.map((row) => row.id);
  }

  /** The subset of `iepIds` the caller may see (parents see a draft only once it is shared with them). */
  async visibleIepIds(user: AuthUser, requestedIds: readonly string[]): Promise<Set<string>> {
    const iepIds = requestedIds.filter(isUuid);
    if (iepIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      VISIBLE_IEPS_SQL,
      [iepIds, user.id, user.role, user.districtId, DISTRICT_ROLES],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** IEP ids of the given students that the caller may see, grouped by student, in one statement. */
  async visibleIepIdsByStudent(
    user: AuthUser,
    studentIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(studentIds.map((id) => [id, []]));
    if (studentIds.length === 0) return result;
    const rows: { id: string; student_id: string }[] = await this.dataSource.query(
      `SELECT i.id, i.student_id FROM ieps i JOIN students s ON s.id = i.student_id
        WHERE i.student_id = ANY($1::uuid[]) AND (${IEP_VISIBLE_SQL})
        ORDER BY i.created_at DESC, i.id`,
      [studentIds, user.id, user.role, user.districtId, DISTRICT_ROLES],
    );
    for (const row of rows) result.get(row.student_id)?.push(row.id);
    return result;
  }
}

const DISTRICT_ROLES = [...DISTRICT_WIDE_ROLES];

/**
 * The IEP visibility rule for a statement that checks access and reads the record at once (one round
 * trip instead of two): a condition over aliases `i` (ieps) and `s` (students) with parameters $2–$5
 * bound to `iepVisibilityParams(user)`.
 */
export function iepVisibleCondition(): string {
  return IEP_VISIBLE_SQL;
}
export function iepVisibilityParams(user: AuthUser): [string, string, string | null, string[]] {
  return [user.id, user.role, user.districtId, DISTRICT_ROLES];
}

// $2 user id, $3 role, $4 district id, $5 district-wide roles. A guest or staff member reaches a
// student through a live team membership on one of the student's IEPs.
const STUDENT_VISIBLE_SQL = `
  ($3::text = ANY($5::text[]) AND s.district_id = $4::uuid)
  OR EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid)
  OR EXISTS (SELECT 1 FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
              WHERE ti.student_id = s.id AND m.user_id = $2::uuid
                AND (m.expires_at IS NULL OR m.expires_at > now()))`;

// Staff on any of a student's teams see all of that student's IEPs (earlier plans inform the new one);
// a guest sees only the IEP they were invited to; parents see drafts only once shared with them.
const IEP_VISIBLE_SQL = `
  ($3::text = ANY($5::text[]) AND s.district_id = $4::uuid)
  OR (EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid)
      AND (i.status <> 'DRAFT' OR i.shared_with_family_at IS NOT NULL))
  OR ($3::text = '${UserRole.Guest}' AND EXISTS (
        SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $2::uuid
           AND (m.expires_at IS NULL OR m.expires_at > now())))
  OR ($3::text NOT IN ('${UserRole.Guest}', '${UserRole.Parent}') AND EXISTS (
        SELECT 1 FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
         WHERE ti.student_id = s.id AND m.user_id = $2::uuid
           AND (m.expires_at IS NULL OR m.expires_at > now())))`;

/** The two checks nearly every request makes, named once (see prepared()) rather than rebuilt per call. */
const VISIBLE_STUDENTS_SQL = prepared(`SELECT s.id FROM students s WHERE s.id = ANY($1::uuid[]) AND (${STUDENT_VISIBLE_SQL})`);
const VISIBLE_IEPS_SQL = prepared(`SELECT i.id FROM ieps i JOIN students s ON s.id = i.student_id
        WHERE i.id = ANY($1::uuid[]) AND (${IEP_VISIBLE_SQL})`);
