import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, isUuid, type AuthUser, type RequestMeta } from '@iep/api/core';
import { NotificationService, OutboxService } from '@iep/api/notifications';
import { noticeElementProblems } from '@iep/domain';
import type { IepPartKind } from '@iep/domain/iep-content';
import { signoffLocale, type SignoffLocale } from './esign-texts';
import { IepLifecycleService, isFrozenRecordError, partsOf } from './iep-lifecycle.service';
import { priorWrittenNoticeDocument } from '@iep/api/documents';
import {
  PWN_ELEMENTS,
  PriorWrittenNoticeStatus,
  type PriorWrittenNoticeModel,
  type PwnElement,
} from './models/prior-written-notice.model';
import type { SendPriorWrittenNoticeInput, UpdatePriorWrittenNoticeInput } from './dto/signoff.inputs';
import { draftElements, draftIssuedElements, partLabel, type IssuedNoticeFacts, type PwnDraftFacts } from './prior-written-notice-drafts';
import { capabilitiesOf, SignoffAccessService } from './signoff-access.service';
import { PRIOR_WRITTEN_NOTICE_NOTIFICATION, priorWrittenNoticeSent } from './signoff-notices';

type StoredNotice = Omit<PriorWrittenNoticeModel, PwnElement> & Record<PwnElement, string | null> & {
  studentFirstName: string;
  districtName: string;
  version_: number | null;
  reasons: string[] | null;
  exceptedPartIds: string[] | null;
  effectiveOn: string | null;
  versionContent: Record<string, unknown> | null;
  suggestionPartKind: IepPartKind | null;
  suggestionRationale: string | null;
  suggestionReason: string | null;
  proposerName: string | null;
  proposedOn: string | null;
  facts: Partial<IssuedNoticeFacts>;
};

/** The notices drafted from a decision or a rejected suggestion; every other source is drafted from its issued facts. */
const DECISION_SOURCES: ReadonlySet<string> = new Set(['SUGGESTION_REJECTED', 'IEP_DECLINED', 'ITEMS_EXCEPTED']);

/** What `issue` needs: the district's action on one IEP, in the caller's transaction. */
export interface IssueNotice {
  iepId: string;
  studentId: string;
  source: 'IEP_PROPOSED' | 'EVALUATION_PROPOSED' | 'EVALUATION_REFUSED' | 'ELIGIBILITY_DETERMINED' | 'REQUEST_DECLINED' | 'CONSENT_REVOKED';
  action: 'PROPOSE' | 'REFUSE';
  facts: IssuedNoticeFacts;
  actor: { id: string; role: string };
  meta: RequestMeta;
}

const NOTICE_SQL = `
  SELECT n.id, n.iep_id AS "iepId", i.student_id AS "studentId", n.source, n.action, n.suggestion_id AS "suggestionId",
         n.decision_id AS "decisionId", n.status, n.version, n.locale,
         n.action_description AS "actionDescription", n.explanation, n.evaluation_basis AS "evaluationBasis",
         n.procedural_safeguards AS "proceduralSafeguards", n.sources_for_assistance AS "sourcesForAssistance",
         n.options_considered AS "optionsConsidered", n.other_factors AS "otherFactors",
         n.created_at AS "createdAt", n.sent_at AS "sentAt", n.sent_by_id AS "sentById",
         s.first_name AS "studentFirstName", d.name AS "districtName",
         dec.version_number AS "version_", dec.reasons, dec.excepted_part_ids::text[] AS "exceptedPartIds",
         to_char(dec.effective_on, 'YYYY-MM-DD') AS "effectiveOn", v.content AS "versionContent",
         sug.part_kind AS "suggestionPartKind", sug.rationale AS "suggestionRationale", sug.decision_reason AS "suggestionReason",
         pu.display_name AS "proposerName", to_char(sug.created_at, 'YYYY-MM-DD') AS "proposedOn", n.facts
    FROM prior_written_notices n
    JOIN ieps i ON i.id = n.iep_id
    JOIN students s ON s.id = i.student_id
    JOIN districts d ON d.id = s.district_id
    LEFT JOIN iep_decisions dec ON dec.id = n.decision_id
    LEFT JOIN iep_versions v ON v.iep_id = dec.iep_id AND v.number = dec.version_number
    LEFT JOIN iep_suggestions sug ON sug.id = n.suggestion_id
    LEFT JOIN users pu ON pu.id = sug.proposer_id`;

const NOTICE_SENT = {
  en: 'This notice has been sent and can no longer be changed.',
  es: 'Este aviso ya se envió y no se puede cambiar.',
} as const;

/**
 * Prior written notice (34 CFR 300.503): drafted by the system when the district refuses what the
 * family asked for, completed by the case manager, then sent and frozen. An element nobody has edited
 * yet is drafted on reading from the decision or suggestion, which never change once made.
 */
@Injectable()
export class PriorWrittenNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SignoffAccessService,
    private readonly audit: AuditService,
    private readonly lifecycle: IepLifecycleService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
  ) {}

  /** Drafts the notice of a declined IEP or of excepted items, in the decision's transaction. */
  async draftForDecision(
    m: EntityManager,
    f: { iepId: string; studentId: string; decisionId: string; source: 'IEP_DECLINED' | 'ITEMS_EXCEPTED'; locale: string; actorId: string; actorRole: string; meta: RequestMeta },
  ): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await m.query(
      `INSERT INTO prior_written_notices (iep_id, source, action, decision_id, locale) VALUES ($1, $2, 'PROPOSE', $3, $4) RETURNING id`,
      [f.iepId, f.source, f.decisionId, signoffLocale(f.locale)],
    );
    await this.audit.record(
      {
        event: AuditEvent.PriorWrittenNoticeDrafted, actorId: f.actorId, actorRole: f.actorRole, studentId: f.studentId, iepId: f.iepId,
        ip: f.meta.ip, userAgent: f.meta.userAgent, data: { noticeId: id, source: f.source },
      },
      m,
    );
    return id;
  }

  /**
   * Drafts a prior written notice of something the district proposes or refuses (34 CFR 300.503(a)), in the caller's
   * transaction and in the language of the parent who holds the rights. The case manager completes and sends it as any
   * other notice. Returns the notice's id; issuing again for the same proposed version returns the first notice.
   */
  async issue(m: EntityManager, f: IssueNotice): Promise<string> {
    const [parent]: Array<{ locale: string }> = await m.query(
      `SELECT u.locale FROM guardianships g JOIN users u ON u.id = g.user_id
        WHERE g.student_id = $1 AND u.active ORDER BY g.rights_holder DESC, g.created_at, u.id LIMIT 1`,
      [f.studentId],
    );
    const [inserted]: Array<{ id: string }> = await m.query(
      `INSERT INTO prior_written_notices (iep_id, source, action, locale, facts) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (iep_id, (facts->>'version')) WHERE source = 'IEP_PROPOSED' DO NOTHING RETURNING id`,
      [f.iepId, f.source, f.action, signoffLocale(parent?.locale), JSON.stringify(f.facts)],
    );
    if (!inserted) {
      const [existing]: Array<{ id: string }> = await m.query(
        `SELECT id FROM prior_written_notices WHERE iep_id = $1 AND source = 'IEP_PROPOSED' AND facts->>'version' = $2`,
        [f.iepId, String(f.facts.version)],
      );
      return existing.id;
    }
    await this.audit.record(
      {
        event: AuditEvent.PriorWrittenNoticeDrafted, actorId: f.actor.id, actorRole: f.actor.role, studentId: f.studentId, iepId: f.iepId,
        ip: f.meta.ip, userAgent: f.meta.userAgent, data: { noticeId: inserted.id, source: f.source },
      },
      m,
    );
    return inserted.id;
  }

  /** Notices of the given IEPs (already known to be visible); parents and guests see sent ones only. */
  async forIeps(iepIds: readonly string[], staff: boolean, manager: EntityManager = this.dataSource.manager): Promise<Map<string, PriorWrittenNoticeModel[]>> {
    const result = new Map<string, PriorWrittenNoticeModel[]>(iepIds.map((id) => [id, []]));
    if (iepIds.length === 0) return result;
    const rows: StoredNotice[] = await manager.query(
      `${NOTICE_SQL} WHERE n.iep_id = ANY($1::uuid[]) AND ($2::boolean OR n.status = 'SENT') ORDER BY n.created_at, n.id`,
      [iepIds, staff],
    );
    for (const row of rows) result.get(row.iepId)?.push(this.toModel(row));
    return result;
  }

  async get(user: AuthUser, id: string, meta: RequestMeta, operation: string): Promise<{ notice: PriorWrittenNoticeModel; mayManage: boolean }> {
    const [row]: StoredNotice[] = isUuid(id) ? await this.dataSource.query(`${NOTICE_SQL} WHERE n.id = $1`, [id]) : [];
    if (!row) return this.access.denyNotFound(user, meta, operation, 'NO_SUCH_RECORD', 'That notice');
    const visible = await this.access.visibleIepIds(user, [row.iepId]);
    if (!visible.has(row.iepId)) return this.access.denyNotFound(user, meta, operation, 'NO_RELATIONSHIP', 'That notice');
    const facts = (await this.access.facts(user, [row.iepId])).get(row.iepId)!;
    const can = capabilitiesOf(user, facts);
    // A draft is the district's work in progress: the family sees the notice once it is sent.
    if (!can.isStaff && row.status !== PriorWrittenNoticeStatus.SENT) {
      return this.access.denyNotFound(user, meta, operation, 'NOT_SENT', 'That notice');
    }
    return { notice: this.toModel(row), mayManage: can.mayManage };
  }

  /** The notice as a PDF in its language, for whoever may read it. */
  async pdf(user: AuthUser, id: string, meta: RequestMeta, operation: string): Promise<{ notice: PriorWrittenNoticeModel; pdf: Buffer }> {
    const { notice } = await this.get(user, id, meta, operation);
    return { notice, pdf: await this.render(notice) };
  }

  /**
   * Every notice sent about a student (on an IEP, or on an evaluation's eligibility) as the PDF the family received,
   * oldest first: for the export of the student's records, whose access the caller has decided.
   */
  async sentNoticePdfsOfStudent(studentId: string): Promise<Array<{ id: string; sentAt: Date; pdf: Buffer }>> {
    const rows: Array<Record<(typeof PWN_ELEMENTS)[number], string> & { id: string; sentAt: Date; locale: string }> = await this.dataSource.query(
      `SELECT n.id, n.sent_at AS "sentAt", n.locale, n.action_description AS "actionDescription", n.explanation, n.evaluation_basis AS "evaluationBasis",
              n.procedural_safeguards AS "proceduralSafeguards", n.sources_for_assistance AS "sourcesForAssistance",
              n.options_considered AS "optionsConsidered", n.other_factors AS "otherFactors"
         FROM prior_written_notices n
         LEFT JOIN ieps i ON i.id = n.iep_id LEFT JOIN evaluations e ON e.id = n.evaluation_id
        WHERE n.status = 'SENT' AND coalesce(i.student_id, e.student_id) = $1
        ORDER BY n.sent_at, n.id`,
      [studentId],
    );
    if (rows.length === 0) return [];
    const [who]: Array<{ studentName: string; districtName: string }> = await this.dataSource.query(
      `SELECT s.first_name || ' ' || s.last_name AS "studentName", d.name AS "districtName" FROM students s JOIN districts d ON d.id = s.district_id WHERE s.id = $1`,
      [studentId],
    );
    const out: Array<{ id: string; sentAt: Date; pdf: Buffer }> = [];
    for (const row of rows) {
      const pdf = await priorWrittenNoticeDocument(
        { ...who, sentAt: row.sentAt, elements: PWN_ELEMENTS.map((key) => [key, row[key]] as const) },
        signoffLocale(row.locale),
      );
      out.push({ id: row.id, sentAt: row.sentAt, pdf });
    }
    return out;
  }

  private async render(notice: PriorWrittenNoticeModel, manager: EntityManager = this.dataSource.manager): Promise<Buffer> {
    const [who]: Array<{ studentName: string; districtName: string }> = await manager.query(
      `SELECT s.first_name || ' ' || s.last_name AS "studentName", d.name AS "districtName"
         FROM students s JOIN districts d ON d.id = s.district_id WHERE s.id = $1`,
      [notice.studentId],
    );
    return priorWrittenNoticeDocument(
      { ...who, sentAt: notice.sentAt, elements: PWN_ELEMENTS.map((key) => [key, notice[key]] as const) },
      signoffLocale(notice.locale),
    );
  }

  async view(user: AuthUser, id: string, meta: RequestMeta): Promise<PriorWrittenNoticeModel> {
    const { notice } = await this.get(user, id, meta, 'priorWrittenNotice');
    await this.audit.record({
      event: AuditEvent.PriorWrittenNoticeViewed, actorId: user.id, actorRole: user.role, studentId: notice.studentId, iepId: notice.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { noticeId: notice.id },
    });
    return notice;
  }

  async update(user: AuthUser, input: UpdatePriorWrittenNoticeInput, meta: RequestMeta): Promise<PriorWrittenNoticeModel> {
    const { notice, mayManage } = await this.get(user, input.id, meta, 'updatePriorWrittenNotice');
    if (!mayManage) {
      await this.access.deny(user, meta, 'updatePriorWrittenNotice', 'NOT_CASE_MANAGER', {
        en: "Only this IEP's case manager or the district representative can complete a notice.",
        es: 'Solo el responsable del caso de este IEP o el representante del distrito pueden completar un aviso.',
      });
    }
    const changed = PWN_ELEMENTS.filter((key) => input[key] !== undefined && input[key] !== null);
    // Every element is written, so the drafted text the case manager saw becomes what they saved.
    const values = PWN_ELEMENTS.map((key) => (changed.includes(key) ? (input[key] as string) : notice[key]));
    return this.write(notice, async (m) => {
      const [updated]: [Array<{ id: string }>, number] = await m.query(
        `UPDATE prior_written_notices SET action_description = $3, explanation = $4, evaluation_basis = $5, procedural_safeguards = $6,
                sources_for_assistance = $7, options_considered = $8, other_factors = $9, version = version + 1, updated_at = now(), updated_by_id = $10
          WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING id`,
        [notice.id, input.version, ...values, user.id],
      );
      if (updated.length === 0) throw await this.staleError(m, notice.id);
      await this.audit.record(
        {
          event: AuditEvent.PriorWrittenNoticeUpdated, actorId: user.id, actorRole: user.role, studentId: notice.studentId, iepId: notice.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { noticeId: notice.id, version: input.version + 1, fields: changed },
        },
        m,
      );
      return [];
    });
  }

  async send(user: AuthUser, input: SendPriorWrittenNoticeInput, meta: RequestMeta): Promise<PriorWrittenNoticeModel> {
    const { notice, mayManage } = await this.get(user, input.id, meta, 'sendPriorWrittenNotice');
    if (!mayManage) {
      await this.access.deny(user, meta, 'sendPriorWrittenNotice', 'NOT_CASE_MANAGER', {
        en: "Only this IEP's case manager or the district representative can send a notice.",
        es: 'Solo el responsable del caso de este IEP o el representante del distrito pueden enviar un aviso.',
      });
    }
    if (notice.status === PriorWrittenNoticeStatus.SENT) throw conflict(NOTICE_SENT, { reason: 'SENT' });
    const problems = noticeElementProblems(notice).map(({ element, reason }) => ({
      path: element, message: reason === 'REQUIRED' ? 'Write this element of the notice.' : 'Complete the part marked to complete.',
    }));
    if (problems.length) {
      throw badInput(
        { en: 'Complete every element of the notice before sending it.', es: 'Complete todos los elementos del aviso antes de enviarlo.' },
        { problems },
      );
    }
    return this.write(notice, async (m) => {
      const [updated]: [Array<{ id: string }>, number] = await m.query(
        `UPDATE prior_written_notices SET action_description = $3, explanation = $4, evaluation_basis = $5, procedural_safeguards = $6,
                sources_for_assistance = $7, options_considered = $8, other_factors = $9, status = 'SENT', sent_at = now(), sent_by_id = $10,
                version = version + 1, updated_at = now(), updated_by_id = $10
          WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING id`,
        [notice.id, input.version, ...PWN_ELEMENTS.map((key) => notice[key]), user.id],
      );
      if (updated.length === 0) throw await this.staleError(m, notice.id);
      const guardians: Array<{ id: string; email: string; locale: string }> = await m.query(
        `SELECT u.id, u.email, u.locale FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = $1 AND u.active ORDER BY u.id`,
        [notice.studentId],
      );
      const [{ firstName }]: Array<{ firstName: string }> = await m.query(`SELECT first_name AS "firstName" FROM students WHERE id = $1`, [notice.studentId]);
      const path = `/ieps/${notice.iepId}/sign-off`;
      const notices = guardians.map((g) => ({
        guardian: g,
        words: priorWrittenNoticeSent(
          { studentFirstName: firstName, link: `${this.lifecycle.publicUrl()}${path}`, actionDescription: notice.actionDescription },
          signoffLocale(g.locale),
        ),
      }));
      await this.notifications.notify(m, notices.map(({ guardian, words }) => ({
        userId: guardian.id, kind: PRIOR_WRITTEN_NOTICE_NOTIFICATION, title: words.title, body: words.body, link: path,
        data: { iepId: notice.iepId, noticeId: notice.id },
      })));
      // The notice as sent, in the language it was written in, goes with the e-mail as a PDF the family keeps.
      const [{ sentAt }]: Array<{ sentAt: Date }> = await m.query(`SELECT sent_at AS "sentAt" FROM prior_written_notices WHERE id = $1`, [notice.id]);
      const pdf = await this.render({ ...notice, sentAt }, m);
      const attachment = {
        filename: 'prior-written-notice.pdf', contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' as const,
      };
      const emailIds = await this.outbox.write(m, notices.map(({ guardian, words }) => ({
        dedupeKey: `prior-written-notice:${notice.id}:${guardian.id}`, to: guardian.email, subject: words.subject,
        text: [words.text, '', ...PWN_ELEMENTS.map((key) => notice[key])].join('\n\n'),
        attachments: [attachment],
      })));
      await this.audit.record(
        {
          event: AuditEvent.PriorWrittenNoticeSent, actorId: user.id, actorRole: user.role, studentId: notice.studentId, iepId: notice.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { noticeId: notice.id, guardianIds: guardians.map((g) => g.id) },
        },
        m,
      );
      return emailIds;
    });
  }

  private async write(notice: PriorWrittenNoticeModel, work: (m: EntityManager) => Promise<string[]>): Promise<PriorWrittenNoticeModel> {
    let emailIds: string[] = [];
    try {
      emailIds = await this.dataSource.transaction(work);
    } catch (error) {
      if (isFrozenRecordError(error)) throw conflict(NOTICE_SENT, { reason: 'SENT' });
      throw error;
    }
    await this.outbox.dispatch(emailIds);
    const [row]: StoredNotice[] = await this.dataSource.query(`${NOTICE_SQL} WHERE n.id = $1`, [notice.id]);
    return this.toModel(row);
  }

  private async staleError(m: EntityManager, id: string): Promise<Error> {
    const [current]: Array<{ version: number; status: string }> = await m.query(`SELECT version, status FROM prior_written_notices WHERE id = $1`, [id]);
    if (current?.status === PriorWrittenNoticeStatus.SENT) return conflict(NOTICE_SENT, { reason: 'SENT' });
    return conflict(
      { en: 'Someone else changed this notice; reload it to see their changes.', es: 'Otra persona cambió este aviso; vuelva a cargarlo para ver sus cambios.' },
      { reason: 'STALE_VERSION', currentVersion: current?.version },
    );
  }

  private toModel(row: StoredNotice): PriorWrittenNoticeModel {
    const locale: SignoffLocale = signoffLocale(row.locale);
    const needsDraft = PWN_ELEMENTS.some((key) => row[key] === null);
    const drafted = !needsDraft
      ? null
      : DECISION_SOURCES.has(row.source)
        ? draftElements(this.draftFacts(row, locale), locale)
        : draftIssuedElements(row.facts as IssuedNoticeFacts, row.districtName, locale);
    const elements = Object.fromEntries(PWN_ELEMENTS.map((key) => [key, row[key] ?? drafted![key]])) as Record<PwnElement, string>;
    return {
      id: row.id, iepId: row.iepId, studentId: row.studentId, source: row.source, action: row.action, suggestionId: row.suggestionId,
      decisionId: row.decisionId, status: row.status, version: row.version, locale, createdAt: row.createdAt, sentAt: row.sentAt,
      sentById: row.sentById, ...elements, pdfUrl: `/documents/prior-written-notices/${row.id}.pdf`,
    };
  }

  private draftFacts(row: StoredNotice, locale: SignoffLocale): PwnDraftFacts {
    const excepted = new Set(row.exceptedPartIds ?? []);
    const parts = row.versionContent ? partsOf(row.versionContent) : [];
    return {
      source: row.source as PwnDraftFacts['source'],
      studentFirstName: row.studentFirstName,
      districtName: row.districtName,
      version: row.version_,
      reasons: row.reasons ?? [],
      exceptedItems: parts.filter((part) => excepted.has(part.id)).map((part) => ({ kind: part.kind, label: partLabel(part.kind, part.content, locale) })),
      effectiveOn: row.effectiveOn,
      suggestion: row.suggestionPartKind
        ? {
            partKind: row.suggestionPartKind, rationale: row.suggestionRationale ?? '', decisionReason: row.suggestionReason ?? '',
            proposerName: row.proposerName ?? '', proposedOn: row.proposedOn ?? '',
          }
        : null,
    };
  }
}
