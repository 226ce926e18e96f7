import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, isUuid, SHARED_MESSAGES, type AuthUser, type RequestMeta } from '@iep/api/core';
import { NotificationService, OutboxService } from '@iep/api/notifications';
import { IepStatus } from '@iep/domain';
import { IepPartKind, REPEATABLE_PART_KINDS } from '@iep/domain/iep-content';
import { capabilitiesOf, DraftingAccessService, notDraft, PART_REMOVED, type IepFacts } from './drafting-access.service';
import { emailLocale, suggestionDecidedNotice, suggestionProposedNotice } from './drafting-emails';
import { DraftingService } from './drafting.service';
import type { AcceptIepSuggestionInput, ProposeIepChangeInput, RejectIepSuggestionInput } from './dto/drafting.inputs';
import { IepRevisionChange, type IepPartModel } from './models/iep-part.model';
import { IepSuggestionStatus, type IepSuggestionModel } from './models/iep-suggestion.model';

export const SUGGESTION_PROPOSED_NOTIFICATION = 'IEP_SUGGESTION_PROPOSED';
export const SUGGESTION_DECIDED_NOTIFICATION = 'IEP_SUGGESTION_DECIDED';

/** A suggestion's columns, its proposal and its base content given as expressions (the document may leave them out). */
export const suggestionColumns = (proposedContent: string, baseContent: string) => `s.id, s.iep_id AS "iepId", s.part_id AS "partId", s.part_kind AS "partKind", s.base_version AS "baseVersion",
  ${proposedContent} AS "proposedContent", s.rationale, s.proposer_id AS "proposerId", s.status, s.decided_by_id AS "decidedById",
  s.decided_at AS "decidedAt", s.decision_reason AS "decisionReason", s.created_at AS "createdAt", ${baseContent} AS "baseContent",
  (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = s.proposer_id) AS "proposer",
  (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = s.decided_by_id) AS "decidedBy"`;
export const SUGGESTION_COLUMNS = suggestionColumns('s.proposed_content', 'r.content');
const SUGGESTION_FROM = `iep_suggestions s LEFT JOIN iep_part_revisions r ON r.part_id = s.part_id AND r.version = s.base_version`;

interface Person {
  id: string;
  email: string;
  locale: string;
  display_name: string;
  active: boolean;
}

/**
 * Suggestion mode: parents, students and guests propose changes to a shared draft; the case manager (or
 * the district representative) accepts one as a new revision or rejects it with a reason, and the proposer
 * hears either way, in the app and by e-mail in their language.
 */
@Injectable()
export class SuggestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DraftingAccessService,
    private readonly drafting: DraftingService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
  ) {}

  async propose(user: AuthUser, input: ProposeIepChangeInput, meta: RequestMeta): Promise<IepSuggestionModel> {
    const { facts } = await this.access.visibleIep(user, input.iepId, meta, 'proposeIepChange');
    if (facts.status !== IepStatus.Draft) throw notDraft(facts.status);
    if (!capabilitiesOf({ standing: { ...facts.standing, status: IepStatus.Draft } }).canSuggest) {
      await this.access.deny(user, meta, 'proposeIepChange', facts.standing.onTeam || facts.standing.guardian ? 'NOT_SHARED' : 'NOT_ON_TEAM', {
        en: 'Changes can be proposed once the school shares the draft with the family.',
        es: 'Podrá proponer cambios cuando la escuela comparta el borrador con la familia.',
      });
    }
    let kind: IepPartKind;
    let baseVersion: number | null = null;
    const partId = input.partId ?? null;
    if (partId) {
      const [part]: Array<{ kind: IepPartKind; version: number; removed_at: Date | null }> = isUuid(partId)
        ? await this.dataSource.query(`SELECT kind, version, removed_at FROM iep_parts WHERE id = $1 AND iep_id = $2`, [partId, facts.id])
        : [];
      if (!part) throw badInput(SHARED_MESSAGES.partNotInIep, { field: 'partId' });
      if (part.removed_at) throw conflict(PART_REMOVED, { reason: 'REMOVED' });
      if (input.partKind && input.partKind !== part.kind) throw badInput({ en: 'The part kind does not match the part.', es: 'El tipo de parte no coincide con la parte.' }, { field: 'partKind' });
      if (!input.baseVersion || input.baseVersion > part.version) {
        throw badInput({
          en: 'Say which version of the part the proposal was written against.',
          es: 'Indique sobre qué versión de la parte se escribió la propuesta.',
        }, { field: 'baseVersion' });
      }
      kind = part.kind;
      baseVersion = input.baseVersion;
    } else {
      if (!input.partKind || !REPEATABLE_PART_KINDS.has(input.partKind)) {
        throw badInput({
          en: 'Propose a change to a part, or a new goal or service.',
          es: 'Proponga un cambio a una parte, o una meta o un servicio nuevos.',
        }, { field: 'partKind' });
      }
      kind = input.partKind;
    }
    const content = this.drafting.validContent(kind, input.content);
    const rationale = (input.rationale ?? '').trim();

    let emailIds: string[] = [];
    const suggestion = await this.dataSource.transaction(async (m) => {
      const [created]: IepSuggestionModel[] = await m.query(
        `WITH s AS (
           INSERT INTO iep_suggestions (iep_id, part_id, part_kind, base_version, proposed_content, rationale, proposer_id)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING *)
         SELECT ${SUGGESTION_COLUMNS} FROM s LEFT JOIN iep_part_revisions r ON r.part_id = s.part_id AND r.version = s.base_version`,
        [facts.id, partId, kind, baseVersion, JSON.stringify(content), rationale, user.id],
      );
      await this.audit.record(
        {
          event: AuditEvent.IepSuggestionProposed, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { suggestionId: created.id, partId, partKind: kind },
        },
        m,
      );
      const [caseManager] = await this.people(m, [facts.caseManagerId]);
      if (caseManager?.active) {
        const path = `/ieps/${facts.id}`;
        const notice = suggestionProposedNotice(
          { proposerName: user.displayName, studentFirstName: facts.studentFirstName, partKind: kind, isNewPart: !partId, rationale, link: `${this.drafting.publicUrl()}${path}` },
          emailLocale(caseManager.locale),
        );
        await this.notifications.notify(m, [{
          userId: caseManager.id, kind: SUGGESTION_PROPOSED_NOTIFICATION, title: notice.title, body: notice.body, link: path,
          data: { iepId: facts.id, suggestionId: created.id },
        }]);
        emailIds = await this.outbox.write(m, [{ dedupeKey: `iep-suggestion-proposed:${created.id}`, to: caseManager.email, subject: notice.subject, text: notice.text }]);
      }
      return created;
    });
    await this.outbox.dispatch(emailIds);
    this.drafting.publish(facts.id, 'SUGGESTION_CREATED', suggestion.id, user.id);
    return suggestion;
  }

  async accept(user: AuthUser, input: AcceptIepSuggestionInput, meta: RequestMeta): Promise<IepSuggestionModel> {
    const { suggestion, facts } = await this.decidable(user, input.suggestionId, meta, 'acceptIepSuggestion');
    const merged = input.content != null;
    const content = this.drafting.validContent(suggestion.partKind, input.content ?? suggestion.proposedContent);
    if (input.partVersion != null && input.partVersion !== suggestion.baseVersion && !merged) {
      throw badInput({
        en: 'Send the merged content together with the version it was merged against.',
        es: 'Envíe el contenido combinado junto con la versión sobre la que se combinó.',
      }, { field: 'content' });
    }
    let emailIds: string[] = [];
    let part: IepPartModel | null = null;
    const decided = await this.dataSource.transaction(async (m) => {
      part = suggestion.partId
        ? await this.drafting.writeRevision(m, user, {
            partId: suggestion.partId, iepId: facts.id, baseVersion: input.partVersion ?? suggestion.baseVersion!, content,
            change: IepRevisionChange.SUGGESTION_ACCEPTED, suggestionId: suggestion.id,
          })
        : await this.drafting.insertPart(m, user, {
            iepId: facts.id, kind: suggestion.partKind, content, change: IepRevisionChange.SUGGESTION_ACCEPTED, suggestionId: suggestion.id,
          });
      const updated = await this.decide(m, user, suggestion.id, IepSuggestionStatus.ACCEPTED, null);
      await this.audit.record(
        {
          event: AuditEvent.IepSuggestionAccepted, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { suggestionId: suggestion.id, partId: part.id, version: part.version, merged },
        },
        m,
      );
      emailIds = await this.tellProposer(m, user, facts, updated);
      return updated;
    });
    await this.outbox.dispatch(emailIds);
    const applied = part as IepPartModel | null;
    if (applied) this.drafting.publish(facts.id, suggestion.partId ? 'PART_SAVED' : 'PART_ADDED', applied.id, user.id);
    this.drafting.publish(facts.id, 'SUGGESTION_DECIDED', suggestion.id, user.id);
    return decided;
  }

  async reject(user: AuthUser, input: RejectIepSuggestionInput, meta: RequestMeta): Promise<IepSuggestionModel> {
    const reason = input.reason.trim();
    const { suggestion, facts } = await this.decidable(user, input.suggestionId, meta, 'rejectIepSuggestion');
    if (!reason) throw badInput({
      en: 'Say why the proposal is not accepted; the proposer reads it.',
      es: 'Explique por qué no se acepta la propuesta; quien la hizo leerá su respuesta.',
    }, { field: 'reason' });
    let emailIds: string[] = [];
    const decided = await this.dataSource.transaction(async (m) => {
      const updated = await this.decide(m, user, suggestion.id, IepSuggestionStatus.REJECTED, reason);
      await this.audit.record(
        {
          event: AuditEvent.IepSuggestionRejected, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { suggestionId: suggestion.id },
        },
        m,
      );
      emailIds = await this.tellProposer(m, user, facts, updated);
      return updated;
    });
    await this.outbox.dispatch(emailIds);
    this.drafting.publish(facts.id, 'SUGGESTION_DECIDED', suggestion.id, user.id);
    return decided;
  }

  async withdraw(user: AuthUser, suggestionId: string, meta: RequestMeta): Promise<IepSuggestionModel> {
    const suggestion = await this.load(user, suggestionId, meta, 'withdrawIepSuggestion');
    const { facts } = await this.access.visibleIep(user, suggestion.iepId, meta, 'withdrawIepSuggestion');
    if (suggestion.proposerId !== user.id) {
      await this.access.deny(user, meta, 'withdrawIepSuggestion', 'NOT_PROPOSER', {
        en: 'Only the person who proposed a change can withdraw it.',
        es: 'Solo la persona que propuso un cambio puede retirarlo.',
      });
    }
    const withdrawn = await this.dataSource.transaction(async (m) => {
      const [row]: IepSuggestionModel[] = await m.query(
        `WITH s AS (UPDATE iep_suggestions SET status = 'WITHDRAWN' WHERE id = $1 AND status = 'PENDING' RETURNING *)
         SELECT ${SUGGESTION_COLUMNS} FROM s LEFT JOIN iep_part_revisions r ON r.part_id = s.part_id AND r.version = s.base_version`,
        [suggestion.id],
      );
      if (!row) throw alreadyDecided(suggestion.status);
      await this.audit.record(
        {
          event: AuditEvent.IepSuggestionWithdrawn, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { suggestionId: suggestion.id },
        },
        m,
      );
      return row;
    });
    this.drafting.publish(facts.id, 'SUGGESTION_DECIDED', suggestion.id, user.id);
    return withdrawn;
  }

  /** A pending suggestion on a draft the caller manages. */
  private async decidable(user: AuthUser, suggestionId: string, meta: RequestMeta, operation: string) {
    const suggestion = await this.load(user, suggestionId, meta, operation);
    const { facts, can } = await this.access.visibleIep(user, suggestion.iepId, meta, operation);
    await this.access.requireManager(user, facts, can, meta, operation);
    if (suggestion.status !== IepSuggestionStatus.PENDING) throw alreadyDecided(suggestion.status);
    return { suggestion, facts };
  }

  private async load(user: AuthUser, suggestionId: string, meta: RequestMeta, operation: string): Promise<IepSuggestionModel> {
    const [row]: IepSuggestionModel[] = isUuid(suggestionId)
      ? await this.dataSource.query(`SELECT ${SUGGESTION_COLUMNS} FROM ${SUGGESTION_FROM} WHERE s.id = $1`, [suggestionId])
      : [];
    if (!row) await this.access.denyNotFound(user, meta, operation, 'NO_SUCH_SUGGESTION', 'That suggestion');
    return row;
  }

  private async decide(m: EntityManager, user: AuthUser, id: string, status: IepSuggestionStatus, reason: string | null): Promise<IepSuggestionModel> {
    const [row]: IepSuggestionModel[] = await m.query(
      `WITH s AS (
         UPDATE iep_suggestions SET status = $2, decided_by_id = $3, decided_at = now(), decision_reason = $4
          WHERE id = $1 AND status = 'PENDING' RETURNING *)
       SELECT ${SUGGESTION_COLUMNS} FROM s LEFT JOIN iep_part_revisions r ON r.part_id = s.part_id AND r.version = s.base_version`,
      [id, status, user.id, reason],
    );
    // Someone decided (or the proposer withdrew) in the meantime; the part change rolls back with this.
    if (!row) throw alreadyDecided(null);
    return row;
  }

  private async tellProposer(m: EntityManager, user: AuthUser, facts: IepFacts, suggestion: IepSuggestionModel): Promise<string[]> {
    const [proposer] = await this.people(m, [suggestion.proposerId]);
    if (!proposer?.active) return [];
    const path = `/ieps/${facts.id}`;
    const accepted = suggestion.status === IepSuggestionStatus.ACCEPTED;
    const notice = suggestionDecidedNotice(
      {
        deciderName: user.displayName, studentFirstName: facts.studentFirstName, partKind: suggestion.partKind, isNewPart: !suggestion.partId,
        accepted, reason: suggestion.decisionReason, link: `${this.drafting.publicUrl()}${path}`,
      },
      emailLocale(proposer.locale),
    );
    await this.notifications.notify(m, [{
      userId: proposer.id, kind: SUGGESTION_DECIDED_NOTIFICATION, title: notice.title, body: notice.body, link: path,
      data: { iepId: facts.id, suggestionId: suggestion.id, status: suggestion.status },
    }]);
    return this.outbox.write(m, [{ dedupeKey: `iep-suggestion-decided:${suggestion.id}`, to: proposer.email, subject: notice.subject, text: notice.text }]);
  }

  private people(m: EntityManager, ids: string[]): Promise<Person[]> {
    return m.query(`SELECT id, email, locale, display_name, active FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  }
}

function alreadyDecided(status: IepSuggestionStatus | null) {
  return conflict(
    status === IepSuggestionStatus.WITHDRAWN
      ? { en: 'The proposer withdrew this suggestion.', es: 'Quien hizo esta sugerencia la retiró.' }
      : { en: 'This suggestion was already decided.', es: 'Ya se tomó una decisión sobre esta sugerencia.' },
    { reason: 'SUGGESTION_DECIDED', status },
  );
}
