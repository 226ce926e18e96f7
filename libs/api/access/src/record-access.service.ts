import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UserRole, mayAct, mayActOnStudent, IepAction, type IepStanding, type StudentAction, type StudentStanding } from '@iep/domain';
import { isUuid, prepared, type AuthUser } from '@iep/api/core';
import { auditInsertSql } from '@iep/api/audit';
import { iepVisibilityParams, iepVisibleCondition, standingSql } from './iep-standing';

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
      [studentIds, ...iepVisibilityParams(user)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * A page of the students the caller may see, by name, and the audit row of the read naming every one of
   * them, in one statement: a union of index-driven parts (one OR over all three relationships makes
   * PostgreSQL scan every student), the page, and the insert. `audit` is AuditService.rowsJson of the row.
   */
  /** `statement`: this list, or a `listVisibleStudentsSql` of it with columns added (named with prepared()). */
  async listVisibleStudents<Extra extends object = object>(
    user: AuthUser,
    page: { first: number; after: string | null; audit: string },
    statement: string = LIST_VISIBLE_STUDENTS_SQL,
  ): Promise<Array<ListedStudent & Extra>> {
    return this.dataSource.query(statement, [page.first, ...iepVisibilityParams(user), page.after, page.audit]);
  }

  /** The subset of `iepIds` the caller may see (parents see a draft only once it is shared with them). */
  async visibleIepIds(user: AuthUser, requestedIds: readonly string[]): Promise<Set<string>> {
    const iepIds = requestedIds.filter(isUuid);
    if (iepIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      VISIBLE_IEPS_SQL,
      [iepIds, ...iepVisibilityParams(user)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * How the caller stands to each of `iepIds` (the ones that exist), in one statement: the input of
   * `mayAct`. An IEP the caller may not READ is in the map too, so a caller can tell "not found" from
   * "not yours" for its audit; answer the client NOT_FOUND for both.
   */
  async standings(user: AuthUser, requestedIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, IepStanding>> {
    const iepIds = [...new Set(requestedIds.filter(isUuid))];
    if (iepIds.length === 0) return new Map();
    const rows: Array<{ id: string; standing: IepStanding }> = await manager.query(STANDINGS_SQL, [iepIds, ...iepVisibilityParams(user)]);
    return new Map(rows.map((row) => [row.id, row.standing]));
  }

  /** The subset of `iepIds` on which the caller may take `action`. */
  async mayActOn(user: AuthUser, iepIds: readonly string[], action: IepAction): Promise<Set<string>> {
    const standings = await this.standings(user, iepIds);
    return new Set([...standings].filter(([, standing]) => mayAct(standing, action)).map(([id]) => id));
  }

  /**
   * How the caller stands to each of `studentIds` (the ones that exist), in one statement: the input of
   * `mayActOnStudent`. `manager` lets a transaction read it under its own locks.
   */
  async studentStandings(user: AuthUser, requestedIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, StudentStanding>> {
    const studentIds = [...new Set(requestedIds.filter(isUuid))];
    if (studentIds.length === 0) return new Map();
    const rows: Array<{ id: string; standing: StudentStanding }> = await manager.query(STUDENT_STANDINGS_SQL, [studentIds, ...iepVisibilityParams(user)]);
    return new Map(rows.map((row) => [row.id, row.standing]));
  }

  /** The subset of `studentIds` on which the caller may take `action`. */
  async mayActOnStudents(user: AuthUser, studentIds: readonly string[], action: StudentAction, manager?: EntityManager): Promise<Set<string>> {
    const standings = await this.studentStandings(user, studentIds, manager);
    return new Set([...standings].filter(([, standing]) => mayActOnStudent(standing, action)).map(([id]) => id));
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
        WHERE i.student_id = ANY($1::uuid[]) AND (${iepVisibleCondition()})
        ORDER BY i.created_at DESC, i.id`,
      [studentIds, ...iepVisibilityParams(user)],
    );
    for (const row of rows) result.get(row.student_id)?.push(row.id);
    return result;
  }
}

// $2 user id, $3 role, $4 district id, $5 district-wide roles. A case manager reaches the students on
// their caseload; a guest or staff member reaches a student through a live team membership on one of the student's IEPs (which IEPs they then read is
// each IEP's own standing: see IEP_POLICY).
const STUDENT_VISIBLE_SQL = `
  ($3::text = ANY($5::text[]) AND s.district_id = $4::uuid)
  OR EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid)
  OR EXISTS (SELECT 1 FROM caseloads c WHERE c.student_id = s.id AND c.case_manager_id = $2::uuid)
  OR EXISTS (SELECT 1 FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
              WHERE ti.student_id = s.id AND m.user_id = $2::uuid
                AND (m.expires_at IS NULL OR m.expires_at > now()))`;

// $1 user, $2 role, $3 district, $4 district-wide roles, $5 page size, $6 the last student of the previous page, $7 audit row.
// Two ordered, limited halves, each driven by an index: the district's students by name
// (students_district_name_idx, read only for district-wide roles and stopping at the page's end), and the
// students the caller is related to, fetched by primary key. Joining one union of all relationships to
// the students table instead made PostgreSQL hash-join every student of the district for a parent's two children.
export interface ListedStudent {
  id: string; districtId: string; schoolId: string; schoolName: string; firstName: string; lastName: string; dateOfBirth: string; grade: string;
}

const LISTED_STUDENT_COLUMNS = `s.id, s.district_id AS "districtId", s.school_id AS "schoolId", s.first_name AS "firstName",
                s.last_name AS "lastName", to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.grade`;
const AFTER_CURSOR = `($6::uuid IS NULL OR (s.last_name, s.first_name, s.id) > (SELECT a.last_name, a.first_name, a.id FROM students a WHERE a.id = $6::uuid))`;

/**
 * The caller's page of students by name, with the audit row that names them, in one statement. The
 * parameters are the policy's ($2 user id, $3 role, $4 district id, $5 the district-wide roles, as
 * `iepVisibilityParams`), so that what `extra` adds may use the policy's generated conditions as they are:
 * `with`, more common table expressions (which may read `listed`, the page); `select`, columns over the
 * listed student `l`; `join`, joins to `l`. $1 the page size, $6 the cursor, $7 the audit rows.
 */
export function listVisibleStudentsSql(extra: { with?: string; select?: string; join?: string } = {}): string {
  return `WITH related AS (
         SELECT g.student_id AS id FROM guardianships g WHERE g.user_id = $2::uuid
         UNION
         SELECT c.student_id FROM caseloads c WHERE c.case_manager_id = $2::uuid
         UNION
         SELECT ti.student_id FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
          WHERE m.user_id = $2::uuid AND (m.expires_at IS NULL OR m.expires_at > now())
       ),
       page AS (
         (SELECT ${LISTED_STUDENT_COLUMNS} FROM students s
           WHERE $3::text = ANY($5::text[]) AND s.district_id = $4::uuid AND s.active AND ${AFTER_CURSOR}
           ORDER BY s.last_name, s.first_name, s.id LIMIT $1)
         UNION ALL
         (SELECT ${LISTED_STUDENT_COLUMNS} FROM students s
           WHERE s.id = ANY(ARRAY(SELECT r.id FROM related r)) AND s.active AND ${AFTER_CURSOR}
             AND NOT ($3::text = ANY($5::text[]) AND s.district_id = $4::uuid)
           ORDER BY s.last_name, s.first_name, s.id LIMIT $1)
       ),
       listed AS (
         SELECT p.*, sc.name AS "schoolName"
           FROM page p JOIN schools sc ON sc.id = p."schoolId" ORDER BY p."lastName", p."firstName", p.id LIMIT $1),
       audit AS (${auditInsertSql('$7', { studentIds: '(SELECT array_agg(l.id) FROM listed l)', onlyIf: 'EXISTS (SELECT 1 FROM listed)' })})${extra.with ? `,
       ${extra.with}` : ''}
       SELECT l.*${extra.select ? `, ${extra.select}` : ''} FROM listed l ${extra.join ?? ''} ORDER BY l."lastName", l."firstName", l.id`;
}
const LIST_VISIBLE_STUDENTS_SQL = prepared(listVisibleStudentsSql());

/**
 * A student is on a caseload by its row in \`caseloads\`, and on the caseload of whoever is on the team of,
 * or the case manager of, one of the student's IEPs now ($2 the caller, `s` the student): the one definition
 * every student-level decision reads.
 */
export const ON_CASELOAD_SQL = `(EXISTS (SELECT 1 FROM caseloads c WHERE c.student_id = s.id AND c.case_manager_id = $2::uuid)
    OR EXISTS (SELECT 1 FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
                WHERE ti.student_id = s.id AND m.user_id = $2::uuid AND (m.expires_at IS NULL OR m.expires_at > now()))
    OR EXISTS (SELECT 1 FROM ieps ci WHERE ci.student_id = s.id AND ci.case_manager_id = $2::uuid))`;
const STUDENT_STANDINGS_SQL = prepared(`SELECT s.id, json_build_object('role', $3::text, 'onCaseload', ${ON_CASELOAD_SQL},
    'districtRep', ($3::text = '${UserRole.DistrictRepresentative}' AND s.district_id = $4::uuid),
    'districtStaff', ($3::text = ANY($5::text[]) AND s.district_id = $4::uuid),
    'rightsHolder', EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid AND g.rights_holder)) AS standing
   FROM students s WHERE s.id = ANY($1::uuid[])`);

/** The two checks nearly every request makes, named once (see prepared()) rather than rebuilt per call. */
const VISIBLE_STUDENTS_SQL = prepared(`SELECT s.id FROM students s WHERE s.id = ANY($1::uuid[]) AND (${STUDENT_VISIBLE_SQL})`);
const STANDINGS_SQL = prepared(`SELECT i.id, ${standingSql()} AS standing
   FROM ieps i JOIN students s ON s.id = i.student_id WHERE i.id = ANY($1::uuid[])`);
const VISIBLE_IEPS_SQL = prepared(`SELECT i.id FROM ieps i JOIN students s ON s.id = i.student_id
        WHERE i.id = ANY($1::uuid[]) AND (${iepVisibleCondition()})`);
