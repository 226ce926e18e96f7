import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { iepVisibilityParams, RecordAccessService, standingSql } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { forbidden, isUuid, notFound, ruleProfileColumn, type AuthUser, type Localized, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import { IepAction, IepKind, IepStatus, isStaffRole, mayAct, type IepStanding, type StoredRuleProfile } from '@iep/domain';

/** What sign-off needs to know about one IEP and the caller's relationship to it, in one statement. */
export interface SignoffFacts {
  id: string;
  status: IepStatus;
  kind: IepKind;
  studentId: string;
  districtId: string;
  districtName: string;
  schoolId: string;
  schoolName: string;
  stateCode: string;
  /** The district's rule profile as stored, for stateRuleProfileFor. */
  ruleProfile: StoredRuleProfile;
  caseManagerId: string;
  caseManagerName: string;
  derivedFromIepId: string | null;
  supersededByIepId: string | null;
  studentFirstName: string;
  studentLastName: string;
  dateOfBirth: string;
  grade: string;
  meetingDate: string | null;
  startDate: string | null;
  annualReviewDue: string | null;
  /** How the caller stands to this IEP: the input of the one policy (IEP_POLICY). */
  standing: IepStanding;
}

export interface SignoffCapabilities {
  /** The IEP's case manager or a district representative of its district. */
  mayManage: boolean;
  /** School staff with access: they see signers' IP addresses and every notice, draft or sent. */
  isStaff: boolean;
  canFinalize: boolean;
  canWithdrawProposal: boolean;
  canDecide: boolean;
}

/** What sign-off lets the caller do, read off the one policy from their standing. */
export function capabilitiesOf(user: Pick<AuthUser, 'role'>, facts: Pick<SignoffFacts, 'standing'>): SignoffCapabilities {
  const { standing } = facts;
  return {
    mayManage: mayAct({ ...standing, status: IepStatus.Draft }, IepAction.Finalize),
    isStaff: isStaffRole(user.role),
    canFinalize: mayAct(standing, IepAction.Finalize),
    canWithdrawProposal: mayAct(standing, IepAction.Withdraw),
    canDecide: mayAct(standing, IepAction.Sign),
  };
}

/** The holder of the rights, whatever the IEP's status (a decision on an IEP not proposed is a CONFLICT, not a denial). */
function holdsRights(standing: IepStanding): boolean {
  return mayAct({ ...standing, status: IepStatus.Proposed }, IepAction.Sign);
}

export const SIGNOFF_FACTS_SQL = `
  SELECT i.id, i.status, i.kind, i.student_id AS "studentId", s.district_id AS "districtId", d.name AS "districtName",
         s.school_id AS "schoolId", sc.name AS "schoolName", d.state_code AS "stateCode", ${ruleProfileColumn('d')},
         i.case_manager_id AS "caseManagerId", cm.display_name AS "caseManagerName",
         i.derived_from_iep_id AS "derivedFromIepId", i.superseded_by_iep_id AS "supersededByIepId",
         s.first_name AS "studentFirstName", s.last_name AS "studentLastName",
         to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.grade,
         to_char(i.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(i.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(i.annual_review_due, 'YYYY-MM-DD') AS "annualReviewDue",
         ${standingSql()} AS standing
    FROM ieps i
    JOIN students s ON s.id = i.student_id
    JOIN districts d ON d.id = s.district_id
    JOIN schools sc ON sc.id = s.school_id
    JOIN users cm ON cm.id = i.case_manager_id`;

/**
 * Per-record access for sign-off: visibility is RecordAccessService's; what the caller may do with a
 * visible IEP follows from one more statement. Every refusal is audited.
 */
@Injectable()
export class SignoffAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Facts with the caller's standing (or, read by the system with a null user, no standing at all). */
  async facts(user: AuthUser | null, iepIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, SignoffFacts>> {
    const ids = iepIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const params = user ? iepVisibilityParams(user) : [null, null, null, []];
    const rows: SignoffFacts[] = await manager.query(`${SIGNOFF_FACTS_SQL} WHERE i.id = ANY($1::uuid[])`, [ids, ...params]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The IEP if the caller may see it; otherwise the refusal is audited and NOT_FOUND thrown. */
  async visibleIep(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<{ facts: SignoffFacts; can: SignoffCapabilities }> {
    const facts = (await this.facts(user, [iepId])).get(iepId);
    if (!facts || !mayAct(facts.standing, IepAction.Read)) return this.denyNotFound(user, meta, operation, 'NO_RELATIONSHIP', 'That IEP');
    return { facts, can: capabilitiesOf(user, facts) };
  }

  async visibleIepIds(user: AuthUser, iepIds: readonly string[]): Promise<Set<string>> {
    return this.records.visibleIepIds(user, iepIds);
  }

  async deny(user: AuthUser | undefined, meta: RequestMeta, operation: string, reason: string, message: Localized): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw forbidden(message);
  }

  async denyNotFound(user: AuthUser | undefined, meta: RequestMeta, operation: string, reason: string, what: NotFoundThing): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw notFound(what);
  }

  async requireManager(user: AuthUser, can: SignoffCapabilities, meta: RequestMeta, operation: string): Promise<void> {
    if (!can.mayManage) {
      await this.deny(user, meta, operation, 'NOT_CASE_MANAGER', {
        en: "Only this IEP's case manager or the district representative can do this.",
        es: 'Solo el responsable del caso de este IEP o el representante del distrito pueden hacer esto.',
      });
    }
  }

  async requireRightsHolder(user: AuthUser, facts: SignoffFacts, meta: RequestMeta, operation: string): Promise<void> {
    if (!holdsRights(facts.standing)) {
      await this.deny(user, meta, operation, 'NOT_RIGHTS_HOLDER', {
        en: "Only a parent who holds the student's educational rights can decide on the IEP.",
        es: 'Solo el padre, la madre o el tutor que tiene los derechos educativos del estudiante puede decidir sobre el IEP.',
      });
    }
  }
}
