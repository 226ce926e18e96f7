import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { prepared } from '@iep/api/core';
import { UserRole } from '@iep/domain';

/** The statuses of a student's current IEPs: the ones a caseload change moves. Signed versions are rows of their own and stay. */
const CURRENT = `('DRAFT', 'PROPOSED', 'ACTIVE')`;

export interface CaseloadStudentRow {
  id: string;
  districtId: string;
  schoolId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  grade: string;
  managed: boolean;
  caseManagerId: string | null;
  caseManagerName: string | null;
  currentIepIds: string[];
}

export interface WaitingRow {
  iepId: string;
  studentId: string;
  threads: number;
  proposals: number;
  notices: number;
}

export interface PersonRow {
  id: string;
  displayName: string;
  role: UserRole;
  districtId: string | null;
  email: string;
  locale: string;
  active: boolean;
}

export interface MovedIep {
  id: string;
  studentId: string;
  previousCaseManagerId: string;
}

/**
 * The SQL of caseloads. A student's case manager is their `caseloads` row, or (for students nobody put
 * on a caseload yet) the case manager of their newest current IEP.
 */
@Injectable()
export class CaseloadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async person(id: string, manager: EntityManager = this.dataSource.manager): Promise<PersonRow | null> {
    const [row]: PersonRow[] = await manager.query(
      `SELECT id, display_name AS "displayName", role, district_id AS "districtId", email, locale, active FROM users WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The students `ownerId` manages, and (unless `managedOnly`) those on whose current IEP's team they are, by name. */
  students(ownerId: string, managedOnly: boolean, manager: EntityManager = this.dataSource.manager): Promise<CaseloadStudentRow[]> {
    return manager.query(CASELOAD_STUDENTS_SQL, [ownerId, managedOnly]);
  }

  /** Per current IEP: threads assigned to `ownerId` and unresolved, pending proposals, notices drafted and not sent. */
  waiting(iepIds: readonly string[], ownerId: string): Promise<WaitingRow[]> {
    if (iepIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(WAITING_SQL, [iepIds, ownerId]);
  }

  /** Locks the students (in id order, so two moves cannot deadlock) and answers the ones that exist with their names. */
  async lockStudents(m: EntityManager, studentIds: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    return m.query(
      `SELECT id, first_name || ' ' || last_name AS name FROM students WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [studentIds],
    );
  }

  /**
   * Moves the students to `toUserId`: their caseload rows, the case manager of their current IEPs, and
   * those IEPs' teams (the new case manager joins as "Case manager"; the previous one's case-manager
   * membership ends, and so their access to those IEPs). Parts of a draft assigned to the previous case
   * manager go to the new one. Answers the IEPs that changed hands and each student's previous case manager.
   */
  async move(m: EntityManager, studentIds: readonly string[], toUserId: string, actorId: string): Promise<{ ieps: MovedIep[]; previous: Map<string, string | null> }> {
    const previousRows: Array<{ student_id: string; case_manager_id: string | null }> = await m.query(
      `SELECT s.id AS student_id,
              coalesce(c.case_manager_id, (SELECT i.case_manager_id FROM ieps i WHERE i.student_id = s.id AND i.status IN ${CURRENT}
                                            ORDER BY i.created_at DESC, i.id LIMIT 1)) AS case_manager_id
         FROM students s LEFT JOIN caseloads c ON c.student_id = s.id WHERE s.id = ANY($1::uuid[])`,
      [studentIds],
    );
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [ieps]: [MovedIep[], number] = await m.query(
      `WITH old AS (
         SELECT id, student_id, case_manager_id FROM ieps
          WHERE student_id = ANY($1::uuid[]) AND status IN ${CURRENT} AND case_manager_id <> $2 FOR UPDATE)
       UPDATE ieps i SET case_manager_id = $2, updated_at = now() FROM old WHERE i.id = old.id
       RETURNING i.id, i.student_id AS "studentId", old.case_manager_id AS "previousCaseManagerId"`,
      [studentIds, toUserId],
    );
    await m.query(
      `INSERT INTO caseloads (student_id, case_manager_id, assigned_by_id)
       SELECT unnest($1::uuid[]), $2, $3
       ON CONFLICT (student_id) DO UPDATE SET case_manager_id = EXCLUDED.case_manager_id, assigned_by_id = EXCLUDED.assigned_by_id, assigned_at = now()`,
      [studentIds, toUserId, actorId],
    );
    if (ieps.length) {
      const iepIds = ieps.map((iep) => iep.id);
      await m.query(
        `INSERT INTO iep_team_members (iep_id, user_id, team_role, invited_by_id)
         SELECT unnest($1::uuid[]), $2, 'Case manager', $3
         ON CONFLICT (iep_id, user_id) DO UPDATE SET team_role = 'Case manager', expires_at = NULL`,
        [iepIds, toUserId, actorId],
      );
      await m.query(
        `DELETE FROM iep_team_members m USING jsonb_to_recordset($1::jsonb) AS x(id uuid, "previousCaseManagerId" uuid)
          WHERE m.iep_id = x.id AND m.user_id = x."previousCaseManagerId" AND m.team_role = 'Case manager'`,
        [JSON.stringify(ieps)],
      );
      await m.query(
        `UPDATE iep_parts p SET assignee_id = $2
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "previousCaseManagerId" uuid), ieps i
          WHERE p.iep_id = x.id AND i.id = x.id AND i.status = 'DRAFT' AND p.assignee_id = x."previousCaseManagerId"`,
        [JSON.stringify(ieps), toUserId],
      );
    }
    return { ieps, previous: new Map(previousRows.map((row) => [row.student_id, row.case_manager_id])) };
  }
}

// $1 owner, $2 managed only.
const CASELOAD_STUDENTS_SQL = prepared(`WITH managed AS (
         SELECT c.student_id FROM caseloads c WHERE c.case_manager_id = $1::uuid
         UNION
         SELECT i.student_id FROM ieps i
          WHERE i.case_manager_id = $1::uuid AND i.status IN ${CURRENT}
            AND NOT EXISTS (SELECT 1 FROM caseloads c WHERE c.student_id = i.student_id)),
       team AS (
         SELECT i.student_id FROM iep_team_members m JOIN ieps i ON i.id = m.iep_id
          WHERE NOT $2::boolean AND m.user_id = $1::uuid AND (m.expires_at IS NULL OR m.expires_at > now()) AND i.status IN ${CURRENT}),
       listed AS (SELECT student_id FROM managed UNION SELECT student_id FROM team)
  SELECT s.id, s.district_id AS "districtId", s.school_id AS "schoolId", s.first_name AS "firstName", s.last_name AS "lastName",
         to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.grade,
         EXISTS (SELECT 1 FROM managed x WHERE x.student_id = s.id) AS managed,
         cm.id AS "caseManagerId", cm.display_name AS "caseManagerName",
         coalesce((SELECT array_agg(i.id ORDER BY i.created_at DESC, i.id) FROM ieps i WHERE i.student_id = s.id AND i.status IN ${CURRENT}), '{}') AS "currentIepIds"
    FROM listed l JOIN students s ON s.id = l.student_id
    LEFT JOIN caseloads c ON c.student_id = s.id
    LEFT JOIN users cm ON cm.id = coalesce(c.case_manager_id,
      (SELECT i.case_manager_id FROM ieps i WHERE i.student_id = s.id AND i.status IN ${CURRENT} ORDER BY i.created_at DESC, i.id LIMIT 1))
   ORDER BY s.last_name, s.first_name, s.id`);

// $1 IEPs, $2 owner.
const WAITING_SQL = prepared(`SELECT i.id AS "iepId", i.student_id AS "studentId",
    (SELECT count(*)::int FROM iep_comment_threads t WHERE t.iep_id = i.id AND t.assignee_id = $2::uuid AND t.resolved_at IS NULL) AS threads,
    (SELECT count(*)::int FROM iep_suggestions g WHERE g.iep_id = i.id AND g.status = 'PENDING') AS proposals,
    (SELECT count(*)::int FROM prior_written_notices n WHERE n.iep_id = i.id AND n.status = 'DRAFT') AS notices
  FROM ieps i WHERE i.id = ANY($1::uuid[])`);
