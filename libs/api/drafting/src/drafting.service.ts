import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { iepPolicySql, iepVisibilityParams, RecordAccessService, standingSql } from '@iep/api/access';
import { AuditEvent, auditInsertSql, AuditService, type AuditEntry } from '@iep/api/audit';
import { APP_CONFIG, badInput, conflict, isUuid, prepared, ruleProfileColumn, SHARED_MESSAGES, type AppConfig, type AuthUser, type RequestMeta } from '@iep/api/core';
import { IepEntity } from '@iep/api/ieps';
import { IepLiveService, type IepLiveEventKind } from '@iep/api/live';
import { NotificationService, OutboxService, type OutgoingEmail } from '@iep/api/notifications';
import { createIepDraft, IepAction, IepStatus, mayAct, mayActOnStudent, StudentAction, UserRole } from '@iep/domain';
import {
  diffPartContent, emptyPartContent, IepPartKind, parsePartContent, REPEATABLE_PART_KINDS, SINGLETON_PART_KINDS, type IepPartContent,
} from '@iep/domain/iep-content';
import {
  asAssignee, capabilitiesOf, DraftingAccessService, notDraft, PART_REMOVED, type IepFacts,
} from './drafting-access.service';
import { draftReSharedNotice, draftSharedNotice, emailLocale } from './drafting-emails';
import type { AddIepPartInput, AssignIepPartInput, RemoveIepPartInput, SaveIepPartInput, StartIepInput } from './dto/drafting.inputs';
import { IepRevisionChange, type IepPartDiffModel, type IepPartModel, type IepRevisionConnectionModel, type PartContent } from './models/iep-part.model';
import { PartKinds } from './part-kinds';
import { PART_COLUMNS, PART_FROM } from './part-rows';

export const IEP_SHARED_NOTIFICATION = 'IEP_SHARED_WITH_FAMILY';

/** Parts go to the school staff who draft them; the district's own staff and the family propose instead. */
const ASSIGNABLE_ROLES: ReadonlySet<UserRole> = new Set([UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist]);

interface PartTarget {
  part: { id: string; iepId: string; kind: IepPartKind; version: number; removedAt: Date | null };
  facts: IepFacts;
  /** The caller may see the IEP (RecordAccessService's rule, checked in the same statement). */
  visible: boolean;
}

/** A save refused for a stale version carries what the editor needs to merge: the current text and who wrote it. */
interface CurrentPartState {
  version: number;
  content: PartContent;
  updated_at: Date;
  removed_at: Date | null;
  updated_by_id: string | null;
  updated_by_name: string | null;
  status: IepStatus;
}

/**
 * Parts of a draft IEP: starting one, saving, adding and removing goals and services, sharing with the
 * family, history and diffs. Every write is one transaction holding the part, its revision and its audit
 * record; a save names the version it edits and a stale one is refused with the current state.
 */
@Injectable()
export class DraftingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DraftingAccessService,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
    private readonly live: IepLiveService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    private readonly kinds: PartKinds,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Starting an IEP

  async start(user: AuthUser, input: StartIepInput, meta: RequestMeta): Promise<IepEntity> {
    const visible = await this.records.visibleStudentIds(user, [input.studentId]);
    if (!visible.has(input.studentId)) await this.access.denyNotFound(user, meta, 'startIep', 'NO_RELATIONSHIP', 'That student');
    const [[student], standings] = await Promise.all([
      this.dataSource.query(`SELECT first_name FROM students WHERE id = $1`, [input.studentId]) as Promise<Array<{ first_name: string }>>,
      this.records.studentStandings(user, [input.studentId]),
    ]);
    const standing = standings.get(input.studentId);
    const allowed = standing !== undefined && mayActOnStudent(standing, StudentAction.StartIep);
    if (!allowed) {
      await this.access.deny(user, meta, 'startIep', 'NOT_ON_CASELOAD',
        {
          en: "Only a special education teacher on the student's team or the district representative can start an IEP.",
          es: 'Solo un maestro de educación especial del equipo del estudiante o el representante del distrito pueden empezar un IEP.',
        });
    }

    const iepId = await this.dataSource.transaction(async (m) => {
      // Serializes starts for one student, so two case managers cannot both open a draft.
      await m.query(`SELECT 1 FROM students WHERE id = $1 FOR UPDATE`, [input.studentId]);
      const existing: Array<{ id: string; status: IepStatus }> = await m.query(
        `SELECT id, status FROM ieps WHERE student_id = $1 AND status IN ('DRAFT', 'PROPOSED', 'ACTIVE') ORDER BY created_at DESC`,
        [input.studentId],
      );
      const open = existing.find((iep) => iep.status !== IepStatus.Active);
      if (open) {
        throw conflict({
          en: `${student.first_name} already has an IEP in the making; finish or withdraw it first.`,
          es: `${student.first_name} ya tiene un IEP en preparación; termínelo o retírelo primero.`,
        }, { reason: 'OPEN_IEP_EXISTS', iepId: open.id });
      }
      const active = existing.find((iep) => iep.status === IepStatus.Active) ?? null;
      // The lifecycle decides what a new draft may be: an annual review or an amendment follows the plan
      // in force; an initial IEP follows none. Its refusal is told in the student's terms.
      const created = createIepDraft({ iepId: randomUUID(), studentId: input.studentId, kind: input.kind, derivedFromIepId: active?.id ?? null });
      if (!created.ok) {
        throw badInput(active
          ? {
              en: `${student.first_name} already has an IEP in force: start an annual review or an amendment of it.`,
              es: `${student.first_name} ya tiene un IEP vigente: empiece una revisión anual o una enmienda de ese IEP.`,
            }
          : {
              en: `${student.first_name} has no IEP in force to review or amend: start an initial IEP.`,
              es: `${student.first_name} no tiene un IEP vigente que revisar o enmendar: empiece un IEP inicial.`,
            }, { field: 'kind' });
      }
      const { state } = created;
      // The student's case manager manages the new IEP, whoever starts it; a special education teacher who
      // starts the first one for a student nobody manages yet takes the student onto their caseload.
      const [caseload]: Array<{ case_manager_id: string }> = await m.query(`SELECT case_manager_id FROM caseloads WHERE student_id = $1`, [input.studentId]);
      const caseManagerId = caseload?.case_manager_id ?? user.id;
      if (!caseload && user.role === UserRole.SpecialEducationTeacher) {
        await m.query(`INSERT INTO caseloads (student_id, case_manager_id, assigned_by_id) VALUES ($1, $2, $2)`, [input.studentId, user.id]);
      }
      const [{ id }]: Array<{ id: string }> = await m.query(
        `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, derived_from_iep_id)
         VALUES ($1, $2, $3::iep_kind, $4::iep_status, $5, $6) RETURNING id`,
        [state.iepId, state.studentId, state.kind, state.status, caseManagerId, state.derivedFromIepId],
      );
      // The team carries over from the plan in force; guests were invited to that one IEP only.
      await m.query(
        `INSERT INTO iep_team_members (iep_id, user_id, team_role, invited_by_id)
         SELECT $1::uuid, $2::uuid, 'Case manager', NULL::uuid
         UNION ALL
         SELECT $1::uuid, m.user_id, m.team_role, m.invited_by_id
           FROM iep_team_members m JOIN users u ON u.id = m.user_id
          WHERE m.iep_id = $3 AND m.user_id <> $2 AND u.role <> 'GUEST' AND u.active
            AND (m.expires_at IS NULL OR m.expires_at > now())
         ON CONFLICT (iep_id, user_id) DO NOTHING`,
        [id, caseManagerId, active?.id ?? null],
      );
      const parts = await this.startingParts(m, active?.id ?? null);
      await m.query(
        `WITH p AS (
           INSERT INTO iep_parts (id, iep_id, kind, position, content, copied_from_part_id, unchanged_since_copy, created_by_id, updated_by_id, assignee_id)
           SELECT r.id, $2, r.kind, r.position, r.content, r.copied_from, r.copied_from IS NOT NULL, $3, $3,
                  -- An assignment carries over with its assignee, who carries over with the team.
                  (SELECT tm.user_id FROM iep_team_members tm WHERE tm.iep_id = $2 AND tm.user_id = r.assignee)
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, position int, content jsonb, copied_from uuid, assignee uuid)
           RETURNING id, iep_id, content, copied_from_part_id)
         INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id)
         SELECT id, iep_id, 1, content, CASE WHEN copied_from_part_id IS NULL THEN 'CREATED' ELSE 'COPIED' END, $3 FROM p`,
        [JSON.stringify(parts), id, user.id],
      );
      await this.audit.record(
        {
          event: AuditEvent.IepStarted, actorId: user.id, actorRole: user.role, studentId: input.studentId, iepId: id,
          ip: meta.ip, userAgent: meta.userAgent, data: { kind: input.kind, derivedFromIepId: active?.id ?? null, parts: parts.length },
        },
        m,
      );
      return id;
    });
    return this.dataSource.getRepository(IepEntity).findOneByOrFail({ id: iepId });
  }

  /**
   * The parts a new IEP starts with: a copy of every part of the plan in force (goal ids in services
   * pointed at the copied goals), plus any singleton part it lacked, empty.
   */
  private async startingParts(m: EntityManager, fromIepId: string | null) {
    const source: Array<{ id: string; kind: IepPartKind; position: number; content: PartContent; assignee_id: string | null }> = fromIepId
      ? await m.query(
          `SELECT id, kind, position, content, assignee_id FROM iep_parts WHERE iep_id = $1 AND removed_at IS NULL ORDER BY position, created_at, id`,
          [fromIepId],
        )
      : [];
    const newIds = new Map(source.map((part) => [part.id, randomUUID()]));
    const parts: Array<{ id: string; kind: IepPartKind; position: number; content: PartContent; copied_from: string | null; assignee?: string | null }> = source.map((part) => {
      let content = part.content;
      if (part.kind === IepPartKind.Service && Array.isArray(content.goalIds)) {
        content = { ...content, goalIds: (content.goalIds as string[]).map((goalId) => newIds.get(goalId)).filter(Boolean) };
      }
      return { id: newIds.get(part.id)!, kind: part.kind, position: part.position, content, copied_from: part.id, assignee: part.assignee_id };
    });
    for (const kind of SINGLETON_PART_KINDS) {
      if (!parts.some((part) => part.kind === kind)) {
        parts.push({ id: randomUUID(), kind, position: 0, content: emptyPartContent(kind) as PartContent, copied_from: null });
      }
    }
    return parts;
  }

  // ---------------------------------------------------------------------------------------------
  // Saving, adding, removing

  async save(user: AuthUser, input: SaveIepPartInput, meta: RequestMeta): Promise<IepPartModel> {
    const savedAtOnce = await this.saveInOneStatement(user, input, meta);
    if (savedAtOnce) return savedAtOnce;
    // Refused, or a part this process does not know yet: every check in turn, each refusal with its own
    // error (and audit row), then the same write.
    const target = await this.partTarget(user, input.partId, meta, 'saveIepPart');
    const { part, facts } = target;
    const { can } = await this.visibleFacts(user, target, meta, 'saveIepPart');
    await this.access.requireEditor(user, facts, can, meta, 'saveIepPart');
    if (part.removedAt) throw conflict(PART_REMOVED, { reason: 'REMOVED' });
    const content = this.validContent(part.kind, input.content);
    // The update, its revision and its audit row are one statement, so they commit together without a
    // transaction's extra round trips; the saved version is baseVersion + 1 or nothing is written.
    const saved = await this.writeRevision(this.dataSource.manager, user, {
      partId: part.id, iepId: part.iepId, baseVersion: input.baseVersion, content, change: IepRevisionChange.EDITED, suggestionId: null,
      audit: {
        event: AuditEvent.IepPartSaved, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
        ip: meta.ip, userAgent: meta.userAgent, data: { partId: part.id, kind: part.kind, version: input.baseVersion + 1, suggestionId: null },
      },
    });
    this.publish(facts.id, 'PART_SAVED', part.id, user.id);
    return saved;
  }

  /**
   * The save as the editor makes it all day: an editor saving valid content on the version they read.
   * Who may edit, the draft, the version, the revision and the audit row are one statement, so a save
   * costs one round trip after the session's. The content is checked first against the rules of the kind
   * this process remembers for the part (PartKinds), and the statement writes only if the part is of that
   * kind. Null when it wrote nothing, or could not try: the caller then takes the long way, which refuses
   * with the precise error, in the same order of checks as always.
   */
  private async saveInOneStatement(user: AuthUser, input: SaveIepPartInput, meta: RequestMeta): Promise<IepPartModel | null> {
    const kind = this.kinds.get(input.partId);
    if (!kind || !isUuid(input.partId)) return null;
    const parsed = parsePartContent(kind, input.content);
    if (!parsed.ok) return null;
    const audit = this.audit.rowsJson([{
      event: AuditEvent.IepPartSaved, actorId: user.id, actorRole: user.role, studentId: null, iepId: null,
      ip: meta.ip, userAgent: meta.userAgent, data: { partId: input.partId, kind, version: input.baseVersion + 1, suggestionId: null },
    }]);
    const [saved]: IepPartModel[] = await this.dataSource.query(
      SAVE_AS_EDITOR_SQL,
      [input.partId, ...iepVisibilityParams(user), input.baseVersion, kind, JSON.stringify(parsed.content), audit],
    );
    if (!saved) return null;
    this.publish(saved.iepId, 'PART_SAVED', saved.id, user.id);
    return saved;
  }

  async add(user: AuthUser, input: AddIepPartInput, meta: RequestMeta): Promise<IepPartModel> {
    const { facts, can } = await this.access.visibleIep(user, input.iepId, meta, 'addIepPart');
    // A team member adds a goal or service of their own: it is assigned to them as it is created.
    const asOwner = capabilitiesOf(asAssignee(facts));
    await this.access.requireEditor(user, facts, asOwner, meta, 'addIepPart');
    const assigneeId = can.mayEditRecord ? null : user.id;
    if (!REPEATABLE_PART_KINDS.has(input.kind)) throw badInput({
      en: 'Only goals and services can be added; every other section is already there.',
      es: 'Solo se pueden añadir metas y servicios; todas las demás secciones ya están.',
    }, { field: 'kind' });
    const content = this.validContent(input.kind, input.content ?? emptyPartContent(input.kind));
    const added = await this.dataSource.transaction(async (m) => {
      const row = await this.insertPart(m, user, { iepId: facts.id, kind: input.kind, content, change: IepRevisionChange.CREATED, suggestionId: null, assigneeId });
      await this.audit.record(
        {
          event: AuditEvent.IepPartAdded, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { partId: row.id, kind: input.kind, suggestionId: null },
        },
        m,
      );
      return row;
    });
    this.publish(facts.id, 'PART_ADDED', added.id, user.id);
    return added;
  }

  /**
   * Gives a part to a school staff member on the IEP's team (or back to the case manager with null):
   * from then on they edit it, and the rest of the team comments and proposes (IEP_POLICY EDIT_PART).
   */
  async assign(user: AuthUser, input: AssignIepPartInput, meta: RequestMeta): Promise<IepPartModel> {
    const target = await this.partTarget(user, input.partId, meta, 'assignIepPart');
    const { part, facts } = target;
    if (!target.visible) await this.access.denyNotFound(user, meta, 'assignIepPart', 'NO_RELATIONSHIP', 'That IEP');
    if (!mayAct({ ...facts.standing, status: IepStatus.Draft }, IepAction.ManageTeam)) {
      await this.access.deny(user, meta, 'assignIepPart', 'NOT_CASE_MANAGER', {
        en: "Only this IEP's case manager or the district representative can assign its parts.",
        es: 'Solo el responsable del caso de este IEP o el representante del distrito pueden asignar sus partes.',
      });
    }
    if (facts.status !== IepStatus.Draft) throw notDraft(facts.status);
    if (part.removedAt) throw conflict(PART_REMOVED, { reason: 'REMOVED' });
    const assigneeId = input.assigneeId ?? null;
    const assigned = await this.dataSource.transaction(async (m) => {
      if (assigneeId !== null) {
        const [member]: Array<{ role: UserRole }> = isUuid(assigneeId)
          ? await m.query(
              `SELECT u.role FROM iep_team_members tm JOIN users u ON u.id = tm.user_id
                WHERE tm.iep_id = $1 AND tm.user_id = $2 AND u.active AND (tm.expires_at IS NULL OR tm.expires_at > now())`,
              [facts.id, assigneeId],
            )
          : [];
        if (!member || !ASSIGNABLE_ROLES.has(member.role)) {
          throw badInput({
            en: "A part can be assigned only to a teacher or specialist on this IEP's team.",
            es: 'Una parte solo se puede asignar a un maestro o especialista del equipo de este IEP.',
          }, { field: 'assigneeId' });
        }
      }
      const [row]: Array<IepPartModel & { previousAssigneeId: string | null }> = await m.query(
        `WITH iep AS (SELECT id FROM ieps WHERE id = $3 AND status = 'DRAFT' FOR SHARE),
         before AS (SELECT p.id, p.assignee_id FROM iep_parts p WHERE p.id = $1 FOR UPDATE),
         upd AS (
           UPDATE iep_parts p SET assignee_id = $2::uuid FROM iep, before
            WHERE p.id = $1 AND p.iep_id = iep.id AND p.removed_at IS NULL AND before.id = p.id
           RETURNING p.*)
         SELECT ${PART_COLUMNS('upd')}, (SELECT assignee_id FROM before) AS "previousAssigneeId" FROM ${PART_FROM('upd')}`,
        [part.id, assigneeId, facts.id],
      );
      if (!row) throw await this.staleError(m, part.id);
      await this.audit.record(
        {
          event: AuditEvent.IepPartAssigned, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { partId: part.id, kind: part.kind, assigneeId, previousAssigneeId: row.previousAssigneeId },
        },
        m,
      );
      const { previousAssigneeId: _previous, ...model } = row;
      return model;
    });
    this.publish(facts.id, 'PART_ASSIGNED', part.id, user.id);
    return assigned;
  }

  async remove(user: AuthUser, input: RemoveIepPartInput, meta: RequestMeta): Promise<IepPartModel> {
    const target = await this.partTarget(user, input.partId, meta, 'removeIepPart');
    const { part, facts } = target;
    const { can } = await this.visibleFacts(user, target, meta, 'removeIepPart');
    await this.access.requireEditor(user, facts, can, meta, 'removeIepPart');
    if (!REPEATABLE_PART_KINDS.has(part.kind)) throw badInput({
      en: 'Only a goal or a service can be removed; clear the section instead.',
      es: 'Solo se puede quitar una meta o un servicio; en su lugar, vacíe la sección.',
    }, { field: 'partId' });
    if (part.removedAt) throw conflict({
      en: 'This goal or service was already removed from the draft.',
      es: 'Esta meta o este servicio ya se quitó del borrador.',
    }, { reason: 'REMOVED' });
    const removed = await this.dataSource.transaction(async (m) => {
      const rows: IepPartModel[] = await m.query(
        `WITH iep AS (SELECT id FROM ieps WHERE id = $3 AND status = 'DRAFT' FOR SHARE),
         upd AS (
           UPDATE iep_parts p SET version = p.version + 1, removed_at = now(), removed_by_id = $4, updated_by_id = $4, updated_at = now()
             FROM iep WHERE p.id = $1 AND p.version = $2 AND p.iep_id = iep.id AND p.removed_at IS NULL
           RETURNING p.*),
         rev AS (
           INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id)
           SELECT id, iep_id, version, content, 'REMOVED', $4 FROM upd)
         SELECT ${PART_COLUMNS('upd')} FROM ${PART_FROM('upd')}`,
        [part.id, input.baseVersion, facts.id, user.id],
      );
      if (!rows[0]) throw await this.staleError(m, part.id);
      await this.audit.record(
        {
          event: AuditEvent.IepPartRemoved, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
          ip: meta.ip, userAgent: meta.userAgent, data: { partId: part.id, kind: part.kind, version: rows[0].version },
        },
        m,
      );
      return rows[0];
    });
    this.publish(facts.id, 'PART_REMOVED', part.id, user.id);
    return removed;
  }

  /** The content if it fits the part's rules; otherwise BAD_USER_INPUT naming each problem, and nothing is written. */
  validContent(kind: IepPartKind, raw: unknown): IepPartContent {
    const parsed = parsePartContent(kind, raw);
    if (!parsed.ok) {
      const [first] = parsed.problems;
      throw badInput({
        en: `The ${kind.toLowerCase().replace(/_/g, ' ')} could not be saved: ${parsed.problems.length} field(s) need attention (${first.path}: ${first.message}).`,
        es: `No se pudo guardar: ${parsed.problems.length === 1 ? 'un campo necesita' : `${parsed.problems.length} campos necesitan`} atención (${first.path}).`,
      }, {
        field: first.path,
        problems: parsed.problems,
      });
    }
    return parsed.content;
  }

  /**
   * UPDATE … WHERE version = base, the revision and (given `audit`) its audit row, in one statement; the
   * IEP row is share-locked so a draft being finalized at the same moment either sees this save or refuses
   * it. Zero rows → CONFLICT, and nothing is written.
   */
  async writeRevision(
    m: EntityManager,
    user: AuthUser,
    w: { partId: string; iepId: string; baseVersion: number; content: unknown; change: IepRevisionChange; suggestionId: string | null; audit?: AuditEntry },
  ): Promise<IepPartModel> {
    const rows: IepPartModel[] = await m.query(
      WRITE_REVISION_SQL,
      [w.partId, w.baseVersion, w.iepId, JSON.stringify(w.content), user.id, w.change, w.suggestionId, this.audit.rowsJson(w.audit ? [w.audit] : [])],
    );
    if (!rows[0]) throw await this.staleError(m, w.partId);
    return rows[0];
  }

  async insertPart(
    m: EntityManager,
    user: AuthUser,
    w: { iepId: string; kind: IepPartKind; content: unknown; change: IepRevisionChange; suggestionId: string | null; assigneeId?: string | null },
  ): Promise<IepPartModel> {
    const rows: IepPartModel[] = await m.query(
      `WITH iep AS (SELECT id FROM ieps WHERE id = $1 AND status = 'DRAFT' FOR SHARE),
       ins AS (
         INSERT INTO iep_parts (iep_id, kind, position, content, created_by_id, updated_by_id, assignee_id)
         SELECT iep.id, $2, coalesce((SELECT max(position) + 1 FROM iep_parts WHERE iep_id = $1 AND kind = $2), 0), $3::jsonb, $4, $4, $7::uuid
           FROM iep
         RETURNING *),
       rev AS (
         INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id, suggestion_id)
         SELECT id, iep_id, 1, content, $5, $4, $6 FROM ins)
       SELECT ${PART_COLUMNS('ins')} FROM ${PART_FROM('ins')}`,
      [w.iepId, w.kind, JSON.stringify(w.content), user.id, w.change, w.suggestionId, w.assigneeId ?? null],
    );
    if (!rows[0]) {
      const [iep]: Array<{ status: IepStatus }> = await m.query(`SELECT status FROM ieps WHERE id = $1`, [w.iepId]);
      throw notDraft(iep.status);
    }
    return rows[0];
  }

  /** Why a conditional write matched nothing: the IEP left DRAFT, the part was removed, or someone saved first. */
  async staleError(m: EntityManager, partId: string): Promise<Error> {
    const [current]: CurrentPartState[] = await m.query(
      `SELECT p.version, p.content, p.updated_at, p.removed_at, p.updated_by_id, u.display_name AS updated_by_name, i.status
         FROM iep_parts p JOIN ieps i ON i.id = p.iep_id LEFT JOIN users u ON u.id = p.updated_by_id
        WHERE p.id = $1`,
      [partId],
    );
    if (current.status !== IepStatus.Draft) return notDraft(current.status);
    if (current.removed_at) return conflict(PART_REMOVED, { reason: 'REMOVED', currentVersion: current.version });
    return conflict(
      {
        en: `${current.updated_by_name ?? 'Someone'} saved this part while you were editing it. Compare your text with theirs and save again.`,
        es: `${current.updated_by_name ?? 'Otra persona'} guardó esta parte mientras usted la editaba. Compare su texto con el suyo y vuelva a guardar.`,
      },
      {
        reason: 'STALE_VERSION',
        currentVersion: current.version,
        currentContent: current.content,
        updatedBy: current.updated_by_id ? { id: current.updated_by_id, displayName: current.updated_by_name } : null,
        updatedAt: current.updated_at.toISOString(),
      },
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Sharing and views

  /**
   * Shares the draft with the family, or shares it again: a second share tells the family which parts
   * changed since the last one, and a share with nothing new is refused rather than announced. A student
   * with no guardian on record has nobody to share with, which is refused with how to add one.
   */
  async share(user: AuthUser, iepId: string, meta: RequestMeta): Promise<IepEntity> {
    const { facts, can } = await this.access.visibleIep(user, iepId, meta, 'shareIepWithFamily');
    await this.access.requireManager(user, facts, can, meta, 'shareIepWithFamily');
    let emailIds: string[] = [];
    const shared = await this.dataSource.transaction(async (m) => {
      const [iep]: Array<{ status: string; sharedAt: Date | null }> = await m.query(
        `SELECT status, shared_with_family_at AS "sharedAt" FROM ieps WHERE id = $1 FOR UPDATE`,
        [iepId],
      );
      if (!iep || iep.status !== 'DRAFT') return false;
      const guardians: Array<{ id: string; email: string; locale: string }> = await m.query(
        `SELECT u.id, u.email, u.locale FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = $1 AND u.active ORDER BY u.id`,
        [facts.studentId],
      );
      if (guardians.length === 0) {
        throw conflict(
          {
            en: `${facts.studentFirstName} has no parent or guardian on record, so there is nobody to share the draft with. Ask a district administrator to add one (Administration, Students, Guardians).`,
            es: `${facts.studentFirstName} no tiene ningún padre, madre o tutor registrado, así que no hay con quién compartir el borrador. Pida a un administrador del distrito que agregue uno (Administración, Estudiantes, Tutores).`,
          },
          { reason: 'NO_GUARDIAN' },
        );
      }
      const changed: Array<{ id: string; kind: IepPartKind }> = iep.sharedAt
        ? await m.query(
            `SELECT p.id, p.kind FROM iep_parts p
              WHERE p.iep_id = $1 AND EXISTS (SELECT 1 FROM iep_part_revisions r WHERE r.part_id = p.id AND r.created_at > $2)
              ORDER BY p.position, p.id`,
            [iepId, iep.sharedAt],
          )
        : [];
      if (iep.sharedAt && changed.length === 0) {
        const since = iep.sharedAt.toISOString().slice(0, 10);
        throw conflict(
          {
            en: `Nothing in the draft has changed since it was shared with the family on ${since}: they already see this version.`,
            es: `Nada del borrador ha cambiado desde que se compartió con la familia el ${since}: ya ven esta versión.`,
          },
          { reason: 'NOTHING_CHANGED', sharedAt: iep.sharedAt.toISOString() },
        );
      }
      // An UPDATE answers [rows, affected count] through TypeORM.
      const [[{ sharedAt }]]: [Array<{ sharedAt: Date }>, number] = await m.query(
        `UPDATE ieps SET shared_with_family_at = now(), updated_at = now() WHERE id = $1 RETURNING shared_with_family_at AS "sharedAt"`,
        [iepId],
      );
      const path = `/ieps/${iepId}`;
      const link = `${this.publicUrl()}${path}`;
      const noticeIn = (locale: 'en' | 'es') =>
        iep.sharedAt
          ? draftReSharedNotice(
              { sharerName: user.displayName, studentFirstName: facts.studentFirstName, link, changed: changed.map((p) => p.kind), since: iep.sharedAt.toISOString().slice(0, 10) },
              locale,
            )
          : draftSharedNotice({ sharerName: user.displayName, studentFirstName: facts.studentFirstName, link }, locale);
      const texts = { en: noticeIn('en'), es: noticeIn('es') };
      await this.notifications.notify(
        m,
        guardians.map((g) => {
          const notice = texts[emailLocale(g.locale)];
          return {
            userId: g.id, kind: IEP_SHARED_NOTIFICATION, title: notice.title, body: notice.body, link: path, data: { iepId },
            translations: { en: { title: texts.en.title, body: texts.en.body }, es: { title: texts.es.title, body: texts.es.body } },
          };
        }),
      );
      // One e-mail per share: a share again is a new message, the same share retried is not.
      const emails: OutgoingEmail[] = guardians.map((g) => {
        const notice = texts[emailLocale(g.locale)];
        return {
          dedupeKey: iep.sharedAt ? `iep-shared:${iepId}:${g.id}:${sharedAt.toISOString()}` : `iep-shared:${iepId}:${g.id}`,
          to: g.email, subject: notice.subject, text: notice.text,
        };
      });
      emailIds = await this.outbox.write(m, emails);
      await this.audit.record(
        {
          event: AuditEvent.IepSharedWithFamily, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { guardianIds: guardians.map((g) => g.id) },
        },
        m,
      );
      return true;
    });
    if (shared) {
      await this.outbox.dispatch(emailIds);
      this.publish(iepId, 'IEP_UPDATED', null, user.id);
    }
    return this.dataSource.getRepository(IepEntity).findOneByOrFail({ id: iepId });
  }

  async markViewed(user: AuthUser, iepId: string, meta: RequestMeta): Promise<IepEntity> {
    await this.access.visibleIep(user, iepId, meta, 'markIepViewed');
    await this.dataSource.query(
      `INSERT INTO iep_views (user_id, iep_id, seen_revision_id, last_viewed_at)
       VALUES ($1, $2, (SELECT coalesce(max(id), 0) FROM iep_part_revisions WHERE iep_id = $2), now())
       ON CONFLICT (user_id, iep_id) DO UPDATE
         SET seen_revision_id = GREATEST(iep_views.seen_revision_id, EXCLUDED.seen_revision_id), last_viewed_at = now()`,
      [user.id, iepId],
    );
    return this.dataSource.getRepository(IepEntity).findOneByOrFail({ id: iepId });
  }

  // ---------------------------------------------------------------------------------------------
  // History

  async revisions(user: AuthUser, partId: string, first: number, after: string | null, meta: RequestMeta): Promise<IepRevisionConnectionModel> {
    if (first < 1 || first > 100) throw badInput({ en: 'Ask for between 1 and 100 revisions.', es: 'Pida entre 1 y 100 versiones.' }, { field: 'first' });
    if (after !== null && !/^\d{1,9}$/.test(after)) throw badInput(SHARED_MESSAGES.invalidCursor, { field: 'after' });
    const target = await this.partTarget(user, partId, meta, 'iepPartRevisions');
    const { part, facts } = target;
    await this.visibleFacts(user, target, meta, 'iepPartRevisions');
    // The cursor is a version: (part_id, version) is unique and indexed, so a page is one index range.
    const rows: Array<{ id: string; partId: string; version: number; change: IepRevisionChange; content: PartContent; authorId: string | null; createdAt: Date; suggestionId: string | null }> =
      await this.dataSource.query(
        `SELECT id::text, part_id AS "partId", version, change, content, author_id AS "authorId", created_at AS "createdAt",
                suggestion_id AS "suggestionId"
           FROM iep_part_revisions WHERE part_id = $1 AND ($2::int IS NULL OR version < $2::int)
          ORDER BY version DESC LIMIT $3`,
        [part.id, after === null ? null : Number(after), first + 1],
      );
    await this.auditHistory(user, facts, part.id, 'REVISIONS', meta);
    const nodes = rows.slice(0, first);
    return { nodes, hasMore: rows.length > first, endCursor: nodes.length ? String(nodes[nodes.length - 1].version) : null };
  }

  async diff(user: AuthUser, partId: string, fromVersion: number, toVersion: number, meta: RequestMeta): Promise<IepPartDiffModel> {
    if (fromVersion < 0 || toVersion < 1 || fromVersion > toVersion) {
      throw badInput({
        en: 'Compare an earlier version with a later one (0 is the part before it existed).',
        es: 'Compare una versión anterior con una posterior (0 es la parte antes de que existiera).',
      }, { field: 'fromVersion' });
    }
    const target = await this.partTarget(user, partId, meta, 'iepPartDiff');
    const { part, facts } = target;
    await this.visibleFacts(user, target, meta, 'iepPartDiff');
    const rows: Array<{ version: number; content: PartContent; change: IepRevisionChange }> = await this.dataSource.query(
      `SELECT version, content, change FROM iep_part_revisions WHERE part_id = $1 AND version IN ($2, $3)`,
      [part.id, fromVersion, toVersion],
    );
    const from = rows.find((r) => r.version === fromVersion) ?? null;
    const to = rows.find((r) => r.version === toVersion);
    if (!to || (fromVersion > 0 && !from)) throw badInput({
      en: `This part has no version ${!to ? toVersion : fromVersion}.`,
      es: `Esta parte no tiene la versión ${!to ? toVersion : fromVersion}.`,
    }, { field: !to ? 'toVersion' : 'fromVersion' });
    await this.auditHistory(user, facts, part.id, 'DIFF', meta);
    const removed = to.change === IepRevisionChange.REMOVED;
    return {
      partId: part.id, kind: part.kind, fromVersion: from ? fromVersion : null, toVersion, removed,
      fields: diffPartContent(part.kind, from?.content ?? null, removed ? emptyPartContent(part.kind) : to.content),
    };
  }

  private auditHistory(user: AuthUser, facts: IepFacts, partId: string, view: 'REVISIONS' | 'DIFF', meta: RequestMeta) {
    return this.audit.record({
      event: AuditEvent.IepHistoryViewed, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.id,
      ip: meta.ip, userAgent: meta.userAgent, data: { partId, view },
    });
  }

  // ---------------------------------------------------------------------------------------------

  /** A part with its IEP's facts and the caller's visibility, in one statement; an unknown id is refused (and audited) like an unseen IEP. */
  async partTarget(user: AuthUser, partId: string, meta: RequestMeta, operation: string): Promise<PartTarget> {
    const [row]: Array<IepFacts & { partId: string; partKind: IepPartKind; partVersion: number; partRemovedAt: Date | null }> = isUuid(partId)
      ? await this.dataSource.query(
          PART_TARGET_SQL,
          [partId, ...iepVisibilityParams(user)],
        )
      : [];
    if (!row) await this.access.denyNotFound(user, meta, operation, 'NO_SUCH_PART', 'That part of the IEP');
    const { partId: id, partKind, partVersion, partRemovedAt, ...facts } = row;
    this.kinds.remember(id, partKind);
    return {
      part: { id, iepId: facts.id, kind: partKind, version: partVersion, removedAt: partRemovedAt },
      facts, visible: mayAct(facts.standing, IepAction.Read),
    };
  }

  private async visibleFacts(user: AuthUser, target: PartTarget, meta: RequestMeta, operation: string) {
    if (!target.visible) await this.access.denyNotFound(user, meta, operation, 'NO_RELATIONSHIP', 'That IEP');
    return { can: capabilitiesOf(target.facts) };
  }

  publish(iepId: string, kind: IepLiveEventKind, subjectId: string | null, actorId: string): void {
    void this.live.publish({ iepId, kind, subjectId, actorId, at: new Date().toISOString() });
  }

  publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }
}

const FACTS_FOR_PART = `
  SELECT p.id AS "partId", p.kind AS "partKind", p.version AS "partVersion", p.removed_at AS "partRemovedAt",
         i.id, i.status, i.kind, i.student_id AS "studentId", s.district_id AS "districtId", i.case_manager_id AS "caseManagerId",
         i.shared_with_family_at AS "sharedWithFamilyAt", s.first_name AS "studentFirstName",
         to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", d.state_code AS "stateCode", ${ruleProfileColumn('d')},
         to_char(i.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(i.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(i.annual_review_due, 'YYYY-MM-DD') AS "annualReviewDue",
         ${standingSql({ withPart: true })} AS standing,
         v.seen_revision_id::text AS "seenRevisionId", v.last_viewed_at AS "lastViewedAt"
    FROM iep_parts p
    JOIN ieps i ON i.id = p.iep_id
    JOIN students s ON s.id = i.student_id
    JOIN districts d ON d.id = s.district_id
    LEFT JOIN iep_views v ON v.iep_id = i.id AND v.user_id = $2`;

/** A part with its IEP's facts and the caller's standing on it (see partTarget): history, diffs, and the saves SAVE_AS_EDITOR_SQL did not make. */
const PART_TARGET_SQL = prepared(`${FACTS_FOR_PART} WHERE p.id = $1`);

/**
 * A part's next version and its revision, as the CTEs `upd` and `rev` after a CTE `iep` (the draft,
 * share-locked): written only if the part is still at the base version and not removed. Each argument is
 * the SQL (a parameter) for that value; `alsoWhere` adds conditions on `p`.
 */
const nextVersionCtes = (a: { part: string; base: string; content: string; author: string; change: string; suggestion: string; alsoWhere?: string }) =>
  `upd AS (
         UPDATE iep_parts p SET content = ${a.content}::jsonb, version = p.version + 1, unchanged_since_copy = false,
                updated_by_id = ${a.author}, updated_at = now()
           FROM iep WHERE p.id = ${a.part} AND p.version = ${a.base}${a.alsoWhere ? ` AND ${a.alsoWhere}` : ''} AND p.iep_id = iep.id AND p.removed_at IS NULL
         RETURNING p.*),
       rev AS (
         INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id, suggestion_id)
         SELECT id, iep_id, version, content, ${a.change}, ${a.author}, ${a.suggestion} FROM upd)`;

/**
 * An editor's save in one statement (see saveInOneStatement): $1 part, $2–$5 iepVisibilityParams,
 * $6 base version, $7 the kind the content was checked against, $8 content, $9 the audit row. The IEP is
 * share-locked as in WRITE_REVISION_SQL, and checked with the SQL generated from the one policy
 * (IEP_POLICY's EDIT_PART, READ folded in) that the long way evaluates in TypeScript, a draft.
 */
const SAVE_AS_EDITOR_SQL = prepared(`WITH iep AS (
         SELECT i.id, i.student_id FROM iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id
          WHERE p.id = $1 AND i.status = 'DRAFT' AND ${iepPolicySql(IepAction.EditPart, { withPart: true })}
            FOR SHARE OF i),
       ${nextVersionCtes({ part: '$1', base: '$6', content: '$8', author: '$2', change: `'${IepRevisionChange.EDITED}'`, suggestion: 'NULL', alsoWhere: 'p.kind = $7' })},
       audit AS (${auditInsertSql('$9', { from: 'iep', studentId: 'iep.student_id', iepId: 'iep.id', onlyIf: 'EXISTS (SELECT 1 FROM upd)' })})
       SELECT ${PART_COLUMNS('upd')} FROM ${PART_FROM('upd')}`);

/** The save itself (see writeRevision); named once here, not rebuilt and looked up again on every save. */
const WRITE_REVISION_SQL = prepared(`WITH iep AS (SELECT id FROM ieps WHERE id = $3 AND status = 'DRAFT' FOR SHARE),
       ${nextVersionCtes({ part: '$1', base: '$2', content: '$4', author: '$5', change: '$6', suggestion: '$7' })},
       audit AS (${auditInsertSql('$8', { onlyIf: 'EXISTS (SELECT 1 FROM upd)' })})
       SELECT ${PART_COLUMNS('upd')} FROM ${PART_FROM('upd')}`);
