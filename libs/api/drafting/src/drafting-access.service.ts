import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { iepVisibilityParams, standingSql } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { conflict, forbidden, isUuid, notFound, ruleProfileColumn, type AuthUser, type ErrorMessage, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import { IEP_STATUS_ES, IepAction, IepStatus, mayAct, type IepStanding, type StoredRuleProfile } from '@iep/domain';

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
  /** The district's rule profile as stored, for stateRuleProfileFor. */
  ruleProfile: StoredRuleProfile;
  meetingDate: string | null;
  startDate: string | null;
  annualReviewDue: string | null;
  /** How the caller stands to this IEP (and, when read with a part, to that part): the policy's input. */
  standing: IepStanding;
  seenRevisionId: string | null;
  lastViewedAt: Date | null;
}

export interface DraftingCapabilities {
  /** May edit this part (or, without a part, every part) whatever the status: a non-draft then refuses with CONFLICT. */
  mayEditRecord: boolean;
  /** The IEP's case manager or the district representative of its district. */
  mayManageRecord: boolean;
  canEdit: boolean;
  canSuggest: boolean;
  canDecideSuggestions: boolean;
  canComment: boolean;
}

/** What drafting lets the caller do, read off the one policy (IEP_POLICY) from their standing. */
export function capabilitiesOf(facts: Pick<IepFacts, 'standing'>): DraftingCapabilities {
  const { standing } = facts;
  const asDraft = { ...standing, status: IepStatus.Draft };
  return {
    mayEditRecord: mayAct(asDraft, IepAction.EditPart),
    mayManageRecord: mayAct(asDraft, IepAction.Decide),
    canEdit: mayAct(standing, IepAction.EditPart),
    canSuggest: mayAct(standing, IepAction.Propose),
    canDecideSuggestions: mayAct(standing, IepAction.Decide),
    canComment: mayAct(standing, IepAction.Comment),
  };
}

/** The caller's standing as if assigned the part: may they edit a part that is (or would be) theirs? */
export function asAssignee(facts: IepFacts): IepFacts {
  return { ...facts, standing: { ...facts.standing, partAssignee: true } };
}

export const FACTS_SQL = `
  SELECT i.id, i.status, i.kind, i.student_id AS "studentId", s.district_id AS "districtId", i.case_manager_id AS "caseManagerId",
         i.shared_with_family_at AS "sharedWithFamilyAt", s.first_name AS "studentFirstName",
         to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", d.state_code AS "stateCode", ${ruleProfileColumn('d')},
         to_char(i.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(i.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(i.annual_review_due, 'YYYY-MM-DD') AS "annualReviewDue",
         ${standingSql()} AS standing,
         v.seen_revision_id::text AS "seenRevisionId", v.last_viewed_at AS "lastViewedAt"
    FROM ieps i
    JOIN students s ON s.id = i.student_id
    JOIN districts d ON d.id = s.district_id
    LEFT JOIN iep_views v ON v.iep_id = i.id AND v.user_id = $2`;
const FACTS_BY_IDS_SQL = `${FACTS_SQL} WHERE i.id = ANY($1::uuid[])`;

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
    private readonly audit: AuditService,
  ) {}

  /** Facts with the caller's standing, for any list of IEPs in one statement (check READ before showing them). */
  async facts(user: AuthUser, iepIds: readonly string[]): Promise<Map<string, IepFacts>> {
    const ids = iepIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows: IepFacts[] = await this.dataSource.query(FACTS_BY_IDS_SQL, [ids, ...iepVisibilityParams(user)]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The IEP if the caller may see it; otherwise the refusal is audited and NOT_FOUND thrown. */
  async visibleIep(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<{ facts: IepFacts; can: DraftingCapabilities }> {
    const facts = (await this.facts(user, [iepId])).get(iepId);
    if (!facts || !mayAct(facts.standing, IepAction.Read)) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    return { facts, can: capabilitiesOf(facts) };
  }

  async deny(user: AuthUser, meta: RequestMeta, operation: string, reason: string, message: ErrorMessage): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw forbidden(message);
  }

  async denyNotFound(user: AuthUser, meta: RequestMeta, operation: string, reason: string, what: NotFoundThing): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, reason);
    throw notFound(what);
  }

  /** Editing a part needs it assigned to the caller on the team, or its case manager or district representative; a non-draft is a CONFLICT, not a denial. */
  async requireEditor(user: AuthUser, facts: IepFacts, can: DraftingCapabilities, meta: RequestMeta, operation: string): Promise<void> {
    if (!can.mayEditRecord) {
      await this.deny(user, meta, operation, 'NOT_PART_EDITOR', {
        en: "Only the team member this part is assigned to, this IEP's case manager or the district representative can edit it. You can comment or propose a change instead.",
        es: 'Solo el miembro del equipo a quien se asignó esta parte, el responsable del caso de este IEP o el representante del distrito pueden editarla. Usted puede comentar o proponer un cambio.',
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
