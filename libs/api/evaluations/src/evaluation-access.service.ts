import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DISTRICT_ROLES, ON_CASELOAD_SQL } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { forbidden, isUuid, notFound, type AuthUser, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import { EvaluationAction, mayActOnEvaluation, type EvaluationStanding, type Localized } from '@iep/domain';

export interface StudentFacts {
  id: string;
  districtId: string;
  firstName: string;
  lastName: string;
  standing: EvaluationStanding;
  /** The areas the caller assesses in the student's open evaluation. */
  assessedAreas: string[];
}

// $1 student, $2 user, $3 role, $4 district, $5 district-wide roles.
const STUDENT_STANDING_SQL = `
  SELECT s.id, s.district_id AS "districtId", s.first_name AS "firstName", s.last_name AS "lastName",
         ($3::text = ANY($5::text[]) AND s.district_id = $4::uuid) AS "districtStaff",
         ($3::text = 'DISTRICT_REPRESENTATIVE' AND s.district_id = $4::uuid) AS "districtRep",
         ${ON_CASELOAD_SQL} AS "onCaseload",
         EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid) AS guardian,
         EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid AND g.rights_holder) AS "rightsHolder",
         coalesce((SELECT array_agg(a.area ORDER BY a.position) FROM evaluation_areas a JOIN evaluations e ON e.id = a.evaluation_id
                    WHERE e.student_id = s.id AND e.determined_on IS NULL AND a.assessor_id = $2::uuid), '{}') AS "assessedAreas",
         EXISTS (SELECT 1 FROM evaluation_areas a JOIN evaluations e ON e.id = a.evaluation_id
                  WHERE e.student_id = s.id AND a.assessor_id = $2::uuid) AS assessor
    FROM students s WHERE s.id = $1`;

const NOT_ALLOWED: Record<EvaluationAction, Localized> = {
  [EvaluationAction.Read]: { en: 'You do not have access to this.', es: 'No tiene acceso a esto.' },
  [EvaluationAction.Refer]: {
    en: "Only the student's parent, a special education teacher on the student's team or the district representative can ask for an evaluation.",
    es: 'Solo el padre o la madre, un maestro de educación especial del equipo del estudiante o el representante del distrito pueden pedir una evaluación.',
  },
  [EvaluationAction.Record]: {
    en: "Only a special education teacher on the student's team or the district representative can record this step.",
    es: 'Solo un maestro de educación especial del equipo del estudiante o el representante del distrito pueden registrar este paso.',
  },
  [EvaluationAction.Consent]: {
    en: "Only a parent who holds the student's educational rights can consent to the evaluation.",
    es: 'Solo el padre, la madre o el tutor que tiene los derechos educativos del estudiante puede dar su consentimiento a la evaluación.',
  },
  [EvaluationAction.Report]: {
    en: 'Only the assessor of this area, or who records the evaluation, can give its report.',
    es: 'Solo la persona que evalúa esta área, o quien registra la evaluación, puede entregar su informe.',
  },
};

/**
 * The caller's standing on a student's evaluations, in one statement, decided by the one policy
 * (EVALUATION_POLICY in libs/domain). A caller who may not read is told NOT_FOUND, as for a student that
 * does not exist; every refusal is audited.
 */
@Injectable()
export class EvaluationAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async student(user: AuthUser, studentId: string, manager: EntityManager = this.dataSource.manager): Promise<StudentFacts | null> {
    if (!isUuid(studentId)) return null;
    const [row]: Array<Omit<StudentFacts, 'standing'> & Omit<EvaluationStanding, 'role'>> = await manager.query(STUDENT_STANDING_SQL, [
      studentId, user.id, user.role, user.districtId, DISTRICT_ROLES,
    ]);
    if (!row) return null;
    const { districtStaff, districtRep, onCaseload, guardian, rightsHolder, assessor, ...rest } = row;
    return { ...rest, standing: { role: user.role, districtStaff, districtRep, onCaseload, guardian, rightsHolder, assessor } };
  }

  /** The student, if the caller may take `action` on its evaluations; otherwise an audited refusal. */
  async require(user: AuthUser, studentId: string, action: EvaluationAction, meta: RequestMeta, operation: string, what: NotFoundThing = 'That student'): Promise<StudentFacts> {
    const facts = await this.student(user, studentId);
    if (!facts) return this.refuse(user, meta, operation, 'NO_SUCH_RECORD', notFound(what));
    if (!mayActOnEvaluation(facts.standing, EvaluationAction.Read)) return this.refuse(user, meta, operation, 'NO_RELATIONSHIP', notFound(what));
    if (!mayActOnEvaluation(facts.standing, action)) return this.refuse(user, meta, operation, `NOT_ALLOWED_${action}`, forbidden(NOT_ALLOWED[action]));
    return facts;
  }

  /** The evaluation's student, if the caller may take `action` on it. */
  async requireEvaluation(user: AuthUser, evaluationId: string, action: EvaluationAction, meta: RequestMeta, operation: string): Promise<StudentFacts & { evaluationId: string }> {
    const [row]: Array<{ studentId: string }> = isUuid(evaluationId)
      ? await this.dataSource.query(`SELECT student_id AS "studentId" FROM evaluations WHERE id = $1`, [evaluationId])
      : [];
    if (!row) return this.refuse(user, meta, operation, 'NO_SUCH_RECORD', notFound('That evaluation'));
    return { ...(await this.require(user, row.studentId, action, meta, operation, 'That evaluation')), evaluationId };
  }

  refuseReport(user: AuthUser, meta: RequestMeta, operation: string): Promise<never> {
    return this.refuse(user, meta, operation, 'NOT_ASSESSOR', forbidden(NOT_ALLOWED[EvaluationAction.Report]));
  }

  private async refuse(user: AuthUser, meta: RequestMeta, operation: string, reason: string, error: Error): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw error;
  }
}
