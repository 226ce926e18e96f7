import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { conflict, forbidden, isUuid, notFound, ruleProfileColumn, type AuthUser, type ErrorMessage, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import { IEP_STATUS_ES, IepStatus, UserRole, type StoredRuleProfile } from '@iep/domain';

/** What drafting needs to know about one IEP and the caller's relationship to it, in one statement. */
export interface IepFacts {
  id: string;
  status: IepStatus;
  kind: 'INITIAL' | 'ANNUAL' | 'AMENDMENT';
  studentId: string;
  districtId: string;
  caseManagerId: string;
  sharedWithFamilyAt: Date | null;
  studentFirstName: string;
  dateOfBirth: string;
  stateCode: string;
  /** The district's rule profile as stored, for resolveRuleProfile. */
  ruleProfile: StoredRuleProfile;
  meetingDate: string | null;
  startDate: string | null;
  annualReviewDue: string | null;
  /** A live membership of the caller on this IEP's team. */
  onTeam: boolean;
  seenRevisionId: string | null;
  lastViewedAt: Date | null;
}

export interface DraftingCapabilities {
  /** May edit this record's parts, whatever its status (a non-draft then refuses with CONFLICT). */
  mayEditRecord: boolean;
  /** The IEP's case manager or the district representative of its district. */
  mayManageRecord: boolean;
  canEdit: boolean;
  canSuggest: boolean;
  canDecideSuggestions: boolean;
  canComment: boolean;
}

export const EDITOR_ROLES: ReadonlySet<UserRole> = new Set([
  UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative,
]);
const SUGGESTER_ROLES: ReadonlySet<UserRole> = new Set([UserRole.Parent, UserRole.Student, UserRole.Guest]);

/**
 * `mayEditRecord` of capabilitiesOf as a SQL condition on `i` (ieps) and `s` (students), for a caller in
 * EDITOR_ROLES, with iepVisibilityParams' $2 (user id), $3 (role) and $4 (district id): a statement that
 * writes only for an editor checks the rule in the same snapshot as its write. The two must agree (the
 * drafting integration tests save as every role through both).
 */
export const MAY_EDIT_RECORD_SQL = `(
  EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $2::uuid
             AND (m.expires_at IS NULL OR m.expires_at > now()))
  OR i.case_manager_id = $2::uuid
  OR ($3::text = '${UserRole.DistrictRepresentative}' AND s.district_id = $4::uuid))`;

export function capabilitiesOf(user: AuthUser, facts: IepFacts): DraftingCapabilities {
  const districtRep = user.role === UserRole.DistrictRepresentative && user.districtId === facts.districtId;
  const caseManager = facts.caseManagerId === user.id && user.role === UserRole.SpecialEducationTeacher;
  const mayEditRecord = EDITOR_ROLES.has(user.role) && (facts.onTeam || facts.caseManagerId === user.id || districtRep);
  const mayManageRecord = caseManager || districtRep;
  const draft = facts.status === IepStatus.Draft;
  return {
    mayEditRecord,
    mayManageRecord,
    canEdit: draft && mayEditRecord,
    canSuggest: draft && SUGGESTER_ROLES.has(user.role) && facts.sharedWithFamilyAt !== null,
    canDecideSuggestions: draft && mayManageRecord,
    canComment: user.role !== UserRole.DistrictAdmin,
  };
}

export const FACTS_SQL = `
  SELECT i.id, i.status, i.kind, i.student_id AS "studentId", s.district_id AS "districtId", i.case_manager_id AS "caseManagerId",
         i.shared_with_family_at AS "sharedWithFamilyAt", s.first_name AS "studentFirstName",
         to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", d.state_code AS "stateCode", ${ruleProfileColumn('d')},
         to_char(i.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(i.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(i.annual_review_due, 'YYYY-MM-DD') AS "annualReviewDue",
         EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $2
                    AND (m.expires_at IS NULL OR m.expires_at > now())) AS "onTeam",
         v.seen_revision_id::text AS "seenRevisionId", v.last_viewed_at AS "lastViewedAt"
    FROM ieps i
    JOIN students s ON s.id = i.student_id
    JOIN districts d ON d.id = s.district_id
    LEFT JOIN iep_views v ON v.iep_id = i.id AND v.user_id = $2`;

/** A goal or service taken out of the draft can no longer be saved, proposed on or removed. */
export const PART_REMOVED = {
  en: 'This goal or service was removed from the draft.',
  es: 'Esta meta o este servicio se quitó del borrador.',
} as const;

export function notDraft(status: IepStatus) {
  return conflict(
    status === IepStatus.Proposed
      ? {
          en: 'This IEP has been sent to the family for signature, so it can no longer be edited. Withdraw it to edit it again.',
          es: 'Este IEP se envió a la familia para que lo firme, así que ya no se puede editar. Retírelo para volver a editarlo.',
        }
      : {
          en: `This IEP is ${status.toLowerCase()}, so it can no longer be edited. Start an amendment or the annual review instead.`,
          es: `Este IEP ya no está en borrador (${IEP_STATUS_ES[status]}), así que no se puede editar. Empiece una enmienda o la revisión anual.`,
        },
    { reason: 'NOT_DRAFT', status },
  );
}

/**
 * Per-record access for drafting: visibility is RecordAccessService's (one statement for any list),
 * what the caller may do with a visible IEP follows from one more. Every refusal is audited.
 */
@Injectable()
export class DraftingAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Facts for IEPs already known to be visible (the parent object of a field, or after a check). */
  async facts(user: AuthUser, iepIds: readonly string[]): Promise<Map<string, IepFacts>> {
    const ids = iepIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows: IepFacts[] = await this.dataSource.query(`${FACTS_SQL} WHERE i.id = ANY($1::uuid[])`, [ids, user.id]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The IEP if the caller may see it; otherwise the refusal is audited and NOT_FOUND thrown. */
  async visibleIep(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<{ facts: IepFacts; can: DraftingCapabilities }> {
    const visible = await this.records.visibleIepIds(user, [iepId]);
    const facts = visible.has(iepId) ? (await this.facts(user, [iepId])).get(iepId) : undefined;
    if (!facts) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    return { facts, can: capabilitiesOf(user, facts) };
  }

  async deny(user: AuthUser, meta: RequestMeta, operation: string, reason: string, message: ErrorMessage): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw forbidden(message);
  }

  async denyNotFound(user: AuthUser, meta: RequestMeta, operation: string, reason: string, what: NotFoundThing): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw notFound(what);
  }

  /** Editing needs a place on the team (or the district representative); a non-draft is a CONFLICT, not a denial. */
  async requireEditor(user: AuthUser, facts: IepFacts, can: DraftingCapabilities, meta: RequestMeta, operation: string): Promise<void> {
    if (!can.mayEditRecord) {
      await this.deny(user, meta, operation, 'NOT_ON_TEAM', {
        en: "Only this IEP's team members and the district representative can edit it.",
        es: 'Solo los miembros del equipo de este IEP y el representante del distrito pueden editarlo.',
      });
    }
    if (facts.status !== IepStatus.Draft) throw notDraft(facts.status);
  }

  async requireManager(user: AuthUser, facts: IepFacts, can: DraftingCapabilities, meta: RequestMeta, operation: string): Promise<void> {
    if (!can.mayManageRecord) {
      await this.deny(user, meta, operation, 'NOT_CASE_MANAGER', {
        en: "Only this IEP's case manager or the district representative can do this.",
        es: 'Solo el responsable del caso de este IEP o el representante del distrito pueden hacer esto.',
      });
    }
    if (facts.status !== IepStatus.Draft) throw notDraft(facts.status);
  }
}
