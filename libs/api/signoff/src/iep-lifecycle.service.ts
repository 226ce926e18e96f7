import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { APP_CONFIG, badInput, CLOCK, conflict, DomainError, ErrorCode, forbidden, LOGGER, ruleProfileColumn, type AppConfig, type Clock } from '@iep/api/core';
import { DeadlinesService, ProgressReportDeadlinesService, type DeadlineActor } from '@iep/api/deadlines';
import { NotificationService, OutboxService, type OutgoingEmail } from '@iep/api/notifications';
import {
  IepKind,
  IepStatus,
  transition,
  type CanonicalJsonValue,
  type IepLifecycleState,
  type LifecycleActor,
  type LifecycleCommand,
  type LifecycleEffect,
  type LifecycleError,
  type LifecycleRecord,
  stateRuleProfileFor,
  type StoredRuleProfile,
} from '@iep/domain';
import { IepPartKind, PART_KIND_ORDER } from '@iep/domain/iep-content';
import { signoffLocale } from './esign-texts';
import { SIGNOFF_FACTS_SQL, type SignoffFacts } from './signoff-access.service';
import {
  decidedNotice,
  expiredNotice,
  IEP_EXPIRED_NOTIFICATION,
  IEP_DECIDED_NOTIFICATION,
  IEP_PROPOSAL_WITHDRAWN_NOTIFICATION,
  IEP_PROPOSED_NOTIFICATION,
  IEP_TOOK_EFFECT_NOTIFICATION,
  proposedNotice,
  withdrawnNotice,
  type DecisionWord,
} from './signoff-notices';

export interface VersionRow {
  id: string;
  iepId: string;
  number: number;
  digest: string;
  content: Record<string, unknown>;
  proposedOn: string;
  frozenAt: Date;
  frozenById: string | null;
  acknowledgedWarnings: string[];
}

export const VERSION_COLUMNS = `v.id, v.iep_id AS "iepId", v.number, v.digest, v.content, to_char(v.proposed_on, 'YYYY-MM-DD') AS "proposedOn",
  v.frozen_at AS "frozenAt", v.frozen_by_id AS "frozenById", v.acknowledged_warnings AS "acknowledgedWarnings"`;

/** A frozen part as it is written into a version's document. */
export interface FrozenPart {
  id: string;
  kind: IepPartKind;
  position: number;
  copiedFromPartId: string | null;
  content: Record<string, unknown>;
}

export interface LoadedLifecycle {
  facts: SignoffFacts;
  state: IepLifecycleState;
  versions: VersionRow[];
  activeIepId: string | null;
  today: string;
}

/** Who issues a command, as the lifecycle and the audit log both need it. */
export interface LifecycleCaller {
  actor: LifecycleActor;
  userId: string | null;
  role: string | null;
  displayName: string | null;
  ip: string | null;
  userAgent: string | null;
}

export const SYSTEM_CALLER: LifecycleCaller = { actor: { kind: 'SYSTEM' }, userId: null, role: null, displayName: null, ip: null, userAgent: null };

const KIND_RANK = new Map<string, number>(PART_KIND_ORDER.map((kind, index) => [kind, index]));

export function inDocumentOrder<T extends { kind: string; position: number }>(parts: T[]): T[] {
  return parts
    .map((part, index) => ({ part, index }))
    .sort((a, b) => KIND_RANK.get(a.part.kind)! - KIND_RANK.get(b.part.kind)! || a.part.position - b.part.position || a.index - b.index)
    .map(({ part }) => part);
}

export function partsOf(content: Record<string, unknown>): FrozenPart[] {
  return Array.isArray(content.parts) ? (content.parts as FrozenPart[]) : [];
}

/** The lifecycle's refusals as API errors: a wrong state is a CONFLICT, a wrong input BAD_USER_INPUT. */
export function lifecycleError(error: LifecycleError, details: Record<string, unknown> = {}): DomainError {
  switch (error.code) {
    case 'ILLEGAL_TRANSITION':
      return conflict(error.localized, { reason: 'ILLEGAL_TRANSITION', ...details });
    case 'BAD_INPUT':
      return badInput(error.localized, details);
    case 'FORBIDDEN':
      return forbidden(error.localized);
  }
}

/** PostgreSQL refused a change to a frozen record (see the sign-off migration): a CONFLICT, never a 500. */
export function isFrozenRecordError(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; message?: string } } | null)?.driverError;
  return driver?.code === '55000' && typeof driver.message === 'string' && driver.message.startsWith('IEP_FROZEN');
}

export function frozenConflict(): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    {
      en: 'This IEP version has been frozen for signature and cannot be changed.',
      es: 'Esta versión del IEP quedó congelada para la firma y ya no se puede cambiar.',
    },
    { reason: 'FROZEN' },
  );
}

/**
 * The IEP lifecycle against the database: loads an IEP's state for the pure state machine, runs a
 * command and carries out its effects in the caller's transaction (DESIGN §3). The API and the worker
 * share it, so a system transition (taking effect after notice) follows exactly the same path.
 */
@Injectable()
export class IepLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly reportDeadlines: ProgressReportDeadlinesService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }

  /** Locks the IEP (FOR UPDATE: parts' triggers wait on it) and reads everything the state machine needs. */
  async load(m: EntityManager, iepId: string, options: { today?: string } = {}): Promise<LoadedLifecycle> {
    await m.query(`SELECT 1 FROM ieps WHERE id = $1 FOR UPDATE`, [iepId]);
    const [facts]: SignoffFacts[] = await m.query(`${SIGNOFF_FACTS_SQL} WHERE i.id = $1`, [iepId, null, null, null, []]);
    const versions: VersionRow[] = await m.query(`SELECT ${VERSION_COLUMNS} FROM iep_versions v WHERE v.iep_id = $1 ORDER BY v.number`, [iepId]);
    const activations: Array<{ version: number; kind: string; signedOn: string | null; effectiveOn: string; exceptedPartIds: string[] }> = await m.query(
      `SELECT version_number AS version, kind, to_char(signed_on, 'YYYY-MM-DD') AS "signedOn", to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn",
              excepted_part_ids::text[] AS "exceptedPartIds"
         FROM iep_decisions WHERE iep_id = $1 AND effective_on IS NOT NULL ORDER BY decided_at DESC LIMIT 1`,
      [iepId],
    );
    const [{ activeIepId, today }]: Array<{ activeIepId: string | null; today: string }> = await m.query(
      `SELECT (SELECT id FROM ieps WHERE student_id = $1 AND status = 'ACTIVE' ORDER BY created_at DESC LIMIT 1) AS "activeIepId",
              to_char(current_date, 'YYYY-MM-DD') AS today`,
      [facts.studentId],
    );
    const latest = versions.at(-1);
    const activation = activations[0];
    const inForce = [IepStatus.Active, IepStatus.Superseded, IepStatus.Expired].includes(facts.status);
    const state: IepLifecycleState = {
      iepId,
      studentId: facts.studentId,
      kind: facts.kind,
      status: facts.status,
      derivedFromIepId: facts.derivedFromIepId,
      versions: versions.map((v) => ({
        number: v.number, digest: v.digest, frozenAt: new Date(v.frozenAt).toISOString(), content: v.content as CanonicalJsonValue,
      })),
      proposal: facts.status === IepStatus.Proposed && latest ? { version: latest.number, proposedOn: latest.proposedOn } : null,
      // An IEP put in force before the product existed (imported, seeded) has no decision on record.
      effective: inForce
        ? activation
          ? {
              version: activation.version, effectiveOn: activation.effectiveOn,
              basis: activation.kind === 'TOOK_EFFECT_AFTER_NOTICE' ? 'NOTICE_ELAPSED' : 'PARENT_CONSENT',
              signedOn: activation.signedOn, exceptedItemIds: activation.exceptedPartIds,
            }
          : {
              version: latest?.number ?? 0, effectiveOn: facts.startDate ?? today, basis: 'PARENT_CONSENT',
              signedOn: facts.startDate, exceptedItemIds: [],
            }
        : null,
      supersededByIepId: facts.supersededByIepId,
      history: [],
    };
    return { facts, state, versions, activeIepId, today: options.today ?? today };
  }

  /** Runs one command; a refusal is thrown as an API error, a success returns the new state and its effects. */
  run(loaded: LoadedLifecycle, command: LifecycleCommand, caller: LifecycleCaller, now = new Date()): { state: IepLifecycleState; effects: readonly LifecycleEffect[]; record: LifecycleRecord | undefined } {
    const result = transition(loaded.state, command, {
      actor: caller.actor,
      now: now.toISOString(),
      today: loaded.today,
      requiresParentSignature: stateRuleProfileFor(loaded.facts.ruleProfile).requiresParentSignature,
      activeIepId: loaded.activeIepId,
    });
    if (!result.ok) {
      throw lifecycleError(result.error, result.error.issues ? { issues: result.error.issues } : {});
    }
    return { state: result.state, effects: result.effects, record: result.state.history.at(-1) };
  }

  /**
   * Writes the IEP's new status (and its start date once in force). An IEP that leaves force (superseded, expired)
   * owes no more progress reports: its open PROGRESS_REPORT deadlines close in the same transaction, on `today`
   * (the district's today when not given).
   */
  async saveStatus(m: EntityManager, state: IepLifecycleState, options: { today?: string } = {}): Promise<void> {
    const [[before]]: [Array<{ status: IepStatus }>, number] = await m.query(
      `WITH old AS (SELECT status FROM ieps WHERE id = $1 FOR NO KEY UPDATE)
       UPDATE ieps i SET status = $2::iep_status, start_date = coalesce($3::date, start_date), superseded_by_iep_id = $4,
              version = version + 1, updated_at = now()
         FROM old WHERE i.id = $1 RETURNING old.status`,
      [state.iepId, state.status, state.status === IepStatus.Active ? state.effective?.effectiveOn ?? null : null, state.supersededByIepId],
    );
    if (before?.status !== IepStatus.Active || state.status === IepStatus.Active) return;
    const today = options.today ?? (await m.query(
      `SELECT to_char((now() AT TIME ZONE d.time_zone)::date, 'YYYY-MM-DD') AS today
         FROM ieps i JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id WHERE i.id = $1`, [state.iepId],
    ) as Array<{ today: string }>)[0]!.today;
    await this.reportDeadlines.closeOfIep(m, state.iepId, state.status, { today });
  }

  /**
   * Carries out what a transition asks for, in the caller's transaction. Returns the e-mails to dispatch
   * after commit and the amendment draft created from the parent's exceptions, if any.
   */
  async carryOut(
    m: EntityManager,
    loaded: LoadedLifecycle,
    state: IepLifecycleState,
    effects: readonly LifecycleEffect[],
    caller: LifecycleCaller,
  ): Promise<{ emailIds: string[]; amendmentIepId: string | null }> {
    const emailIds: string[] = [];
    let amendmentIepId: string | null = null;
    for (const effect of effects) {
      switch (effect.type) {
        case 'FREEZE_VERSION':
          // Written by finalize, which also records the acknowledged warnings.
          break;
        case 'NOTIFY_PARENT':
          emailIds.push(...(await this.notifyGuardians(m, loaded.facts, effect.version, effect.reason)));
          break;
        case 'SUPERSEDE':
          await this.supersede(m, effect.iepId, effect.byIepId, loaded.today);
          break;
        case 'START_SERVICE_CLOCK': {
          const actor: DeadlineActor | null = caller.userId ? { userId: caller.userId, role: caller.role!, ip: caller.ip, userAgent: caller.userAgent } : null;
          await this.deadlines.recordEvent(
            m,
            {
              studentId: loaded.facts.studentId, iepId: effect.iepId,
              eventKind: effect.signedOn ? 'PARENT_SIGNATURE' : 'IEP_IN_EFFECT', date: effect.signedOn ?? effect.startsOn,
            },
            { actor, today: loaded.today },
          );
          // The plan in force owes the family a progress report for each of the district's reporting periods in its year.
          const [{ districtId }]: Array<{ districtId: string }> = await m.query(
            `SELECT s.district_id AS "districtId" FROM students s WHERE s.id = $1`, [loaded.facts.studentId],
          );
          await this.reportDeadlines.generate(m, { districtId, iepIds: [effect.iepId] }, { actor, today: loaded.today });
          break;
        }
        case 'CREATE_AMENDMENT_DRAFT':
          amendmentIepId = await this.createAmendmentDraft(m, loaded, state, effect.exceptedItemIds);
          break;
        case 'CREATE_ANNUAL_REVIEW_DRAFT':
        case 'REPORT_COMPLIANCE_BREACH':
          // Started through startIep and reported by the compliance sweep; sign-off issues neither.
          break;
      }
    }
    return { emailIds, amendmentIepId };
  }

  private async supersede(m: EntityManager, iepId: string, byIepId: string, today: string): Promise<void> {
    const predecessor = await this.load(m, iepId, { today });
    const { state } = this.run({ ...predecessor, activeIepId: byIepId }, { type: 'SUPERSEDE', byIepId }, SYSTEM_CALLER);
    await this.saveStatus(m, state, { today });
    await this.audit.record(
      {
        event: AuditEvent.IepSuperseded, actorId: null, actorRole: null, studentId: predecessor.facts.studentId, iepId,
        ip: null, userAgent: null, data: { byIepId },
      },
      m,
    );
  }

  /**
   * The items the parent did not consent to go back to the team: a new amendment draft copied from the
   * version now in force (like startIep AMENDMENT), shared with the family, with the same team.
   */
  private async createAmendmentDraft(m: EntityManager, loaded: LoadedLifecycle, state: IepLifecycleState, exceptedPartIds: readonly string[]): Promise<string> {
    const version = state.versions.at(-1)!;
    const parts = partsOf(version.content as Record<string, unknown>);
    const newIds = new Map(parts.map((part) => [part.id, randomUUID()]));
    const copies = parts.map((part) => {
      let content = part.content;
      if (part.kind === IepPartKind.Service && Array.isArray(content.goalIds)) {
        content = { ...content, goalIds: (content.goalIds as string[]).map((goalId) => newIds.get(goalId)).filter(Boolean) };
      }
      return { id: newIds.get(part.id)!, kind: part.kind, position: part.position, content, copied_from: part.id };
    });
    const [{ id }]: Array<{ id: string }> = await m.query(
      `INSERT INTO ieps (student_id, kind, status, case_manager_id, derived_from_iep_id, shared_with_family_at)
       VALUES ($1, 'AMENDMENT', 'DRAFT', $2, $3, now()) RETURNING id`,
      [loaded.facts.studentId, loaded.facts.caseManagerId, state.iepId],
    );
    await m.query(
      `INSERT INTO iep_team_members (iep_id, user_id, team_role, invited_by_id)
       SELECT $1, m.user_id, m.team_role, m.invited_by_id
         FROM iep_team_members m JOIN users u ON u.id = m.user_id
        WHERE m.iep_id = $2 AND u.role <> 'GUEST' AND u.active AND (m.expires_at IS NULL OR m.expires_at > now())
       ON CONFLICT (iep_id, user_id) DO NOTHING`,
      [id, state.iepId],
    );
    await m.query(
      `WITH p AS (
         INSERT INTO iep_parts (id, iep_id, kind, position, content, copied_from_part_id, unchanged_since_copy, assignee_id)
         SELECT r.id, $2, r.kind, r.position, r.content, r.copied_from, true,
                -- An assignment carries over with its assignee, who carries over with the team.
                (SELECT tm.user_id FROM iep_parts sp JOIN iep_team_members tm ON tm.iep_id = $2 AND tm.user_id = sp.assignee_id
                  WHERE sp.id = r.copied_from)
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, position int, content jsonb, copied_from uuid)
         RETURNING id, iep_id, content)
       INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change)
       SELECT id, iep_id, 1, content, 'COPIED' FROM p`,
      [JSON.stringify(copies), id],
    );
    await this.audit.record(
      {
        event: AuditEvent.IepStarted, actorId: null, actorRole: null, studentId: loaded.facts.studentId, iepId: id,
        ip: null, userAgent: null, data: { kind: IepKind.Amendment, derivedFromIepId: state.iepId, parts: copies.length },
      },
      m,
    );
    this.logger.info({ iepId: state.iepId, amendmentIepId: id, excepted: exceptedPartIds.length }, 'amendment drafted from exceptions');
    return id;
  }

  private async notifyGuardians(m: EntityManager, facts: SignoffFacts, version: number, reason: 'PROPOSED' | 'WITHDRAWN'): Promise<string[]> {
    const guardians: Array<{ id: string; email: string; locale: string }> = await m.query(
      `SELECT u.id, u.email, u.locale FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = $1 AND u.active ORDER BY u.id`,
      [facts.studentId],
    );
    const profile = stateRuleProfileFor(facts.ruleProfile);
    const requiresSignature = profile.requiresParentSignature || facts.kind === IepKind.Initial;
    const [{ effectiveOn }]: Array<{ effectiveOn: string }> = await m.query(
      `SELECT to_char(current_date + $1::int, 'YYYY-MM-DD') AS "effectiveOn"`, [profile.effectAfterNoticeDays],
    );
    const path = `/ieps/${facts.id}/sign-off`;
    const notices = guardians.map((g) => {
      const locale = signoffLocale(g.locale);
      const link = `${this.publicUrl()}${path}`;
      return {
        guardian: g,
        notice: reason === 'PROPOSED'
          ? proposedNotice({ studentFirstName: facts.studentFirstName, version, link, requiresSignature, effectiveOn }, locale)
          : withdrawnNotice({ studentFirstName: facts.studentFirstName, link }, locale),
      };
    });
    const kind = reason === 'PROPOSED' ? IEP_PROPOSED_NOTIFICATION : IEP_PROPOSAL_WITHDRAWN_NOTIFICATION;
    await this.notifications.notify(m, notices.map(({ guardian, notice }) => ({
      userId: guardian.id, kind, title: notice.title, body: notice.body, link: path, data: { iepId: facts.id, version },
    })));
    const emails: OutgoingEmail[] = notices.map(({ guardian, notice }) => ({
      dedupeKey: `iep-${reason.toLowerCase()}:${facts.id}:${version}:${guardian.id}`, to: guardian.email, subject: notice.subject, text: notice.text,
    }));
    return this.outbox.write(m, emails);
  }

  /** Tells the IEP's team (staff with a live membership, and the case manager) what was decided. */
  async notifyTeam(
    m: EntityManager,
    facts: SignoffFacts,
    f: { decision: DecisionWord; decidedBy: string | null; version: number; exceptions: number; excludeUserId: string | null },
  ): Promise<string[]> {
    const members: Array<{ id: string; email: string; locale: string }> = await m.query(
      `SELECT DISTINCT u.id, u.email, u.locale FROM users u
        WHERE u.active AND u.id <> coalesce($3::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
          AND (u.id = $2 OR EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = $1 AND m.user_id = u.id
                 AND (m.expires_at IS NULL OR m.expires_at > now()) AND u.role NOT IN ('PARENT', 'STUDENT', 'GUEST')))
        ORDER BY u.id`,
      [facts.id, facts.caseManagerId, f.excludeUserId],
    );
    const path = `/ieps/${facts.id}/sign-off`;
    const notices = members.map((member) => ({
      member,
      notice: decidedNotice({ studentFirstName: facts.studentFirstName, link: `${this.publicUrl()}${path}`, ...f }, signoffLocale(member.locale)),
    }));
    const kind = f.decision === 'TOOK_EFFECT_AFTER_NOTICE' ? IEP_TOOK_EFFECT_NOTIFICATION : IEP_DECIDED_NOTIFICATION;
    await this.notifications.notify(m, notices.map(({ member, notice }) => ({
      userId: member.id, kind, title: notice.title, body: notice.body, link: path, data: { iepId: facts.id, version: f.version, decision: f.decision },
    })));
    return this.outbox.write(m, notices.map(({ member, notice }) => ({
      dedupeKey: `iep-decided:${facts.id}:${f.version}:${f.decision}:${member.id}`, to: member.email, subject: notice.subject, text: notice.text,
    })));
  }

  /**
   * Where the state rule profile does not require the parent's signature, a proposed annual IEP or
   * amendment takes effect once the notice period has run (an initial IEP never does: the lifecycle
   * refuses it). Each IEP commits on its own, so one that cannot take effect does not hold up the rest.
   */
  async takeEffectAfterNotice(options: { today?: string } = {}): Promise<{ examined: number; tookEffect: string[] }> {
    const candidates: Array<{ id: string; ruleProfile: StoredRuleProfile; timeZone: string }> = await this.dataSource.query(
      `SELECT i.id, ${ruleProfileColumn('d')}, d.time_zone AS "timeZone" FROM ieps i
         JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id
        WHERE i.status = 'PROPOSED' AND i.kind <> 'INITIAL' ORDER BY i.updated_at, i.id LIMIT 1000`,
    );
    const due = candidates.filter((c) => !stateRuleProfileFor(c.ruleProfile).requiresParentSignature);
    const tookEffect: string[] = [];
    for (const candidate of due) {
      try {
        const emailIds: string[] = [];
        const done = await this.dataSource.transaction(async (m) => {
          const loaded = await this.load(m, candidate.id, { today: options.today ?? this.clock.today(candidate.timeZone) });
          if (loaded.state.status !== IepStatus.Proposed || !loaded.state.proposal) return false;
          const profile = stateRuleProfileFor(loaded.facts.ruleProfile);
          const noticeDays = profile.effectAfterNoticeDays;
          const effectiveOn = new Date(Date.parse(`${loaded.state.proposal.proposedOn}T00:00:00Z`) + noticeDays * 86_400_000).toISOString().slice(0, 10);
          if (effectiveOn > loaded.today) return false;
          const { state, effects } = this.run(loaded, { type: 'TAKE_EFFECT_AFTER_NOTICE', noticeGivenOn: loaded.state.proposal.proposedOn, noticeDays }, SYSTEM_CALLER);
          await this.saveStatus(m, state);
          const result = await this.carryOut(m, loaded, state, effects, SYSTEM_CALLER);
          emailIds.push(...result.emailIds);
          const version = loaded.state.proposal.version;
          const [{ id: decisionId }]: Array<{ id: string }> = await m.query(
            `INSERT INTO iep_decisions (iep_id, version_number, kind, effective_on) VALUES ($1, $2, 'TOOK_EFFECT_AFTER_NOTICE', $3) RETURNING id`,
            [candidate.id, version, state.effective!.effectiveOn],
          );
          await this.audit.record(
            {
              event: AuditEvent.IepDecided, actorId: null, actorRole: null, studentId: loaded.facts.studentId, iepId: candidate.id,
              ip: null, userAgent: null,
              data: { decisionId, version, kind: 'TOOK_EFFECT_AFTER_NOTICE', signatureId: null, exceptedPartIds: [], amendmentIepId: null, status: state.status },
            },
            m,
          );
          emailIds.push(...(await this.notifyTeam(m, loaded.facts, { decision: 'TOOK_EFFECT_AFTER_NOTICE', decidedBy: null, version, exceptions: 0, excludeUserId: null })));
          return true;
        });
        await this.outbox.dispatch(emailIds);
        if (done) tookEffect.push(candidate.id);
      } catch (error) {
        this.logger.warn({ err: error, iepId: candidate.id }, 'IEP could not take effect after notice');
      }
    }
    return { examined: due.length, tookEffect };
  }

  /**
   * Moves every IEP in force whose annual review date has passed, in its district's today, to EXPIRED,
   * and tells its case manager and the district's representatives. Each IEP commits on its own under its
   * row lock, and the transition refuses an IEP that is no longer ACTIVE, so several workers (or a second
   * run the same day) expire and notify each IEP once; the e-mails' keys make a repeated dispatch harmless.
   */
  async expireLapsed(): Promise<{ examined: number; expired: string[] }> {
    const candidates: Array<{ id: string; timeZone: string; due: string }> = await this.dataSource.query(
      `SELECT i.id, d.time_zone AS "timeZone", to_char(i.annual_review_due, 'YYYY-MM-DD') AS due FROM ieps i
         JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id
        WHERE i.status = 'ACTIVE' AND i.annual_review_due < $1::date
          -- After a revocation of consent (300.300(b)(4)) no annual review is owed: letting the IEP lapse is no breach.
          AND NOT EXISTS (SELECT 1 FROM consent_revocations r WHERE r.student_id = i.student_id AND r.services_end_on IS NOT NULL)
        ORDER BY i.annual_review_due, i.id LIMIT 1000`,
      // The latest "today" of any zone bounds the candidates; each is then checked in its own zone.
      [maxDate(this.clock.today('Pacific/Kiritimati'), this.clock.today('UTC'))],
    );
    const lapsed = candidates.filter((c) => c.due < this.clock.today(c.timeZone));
    const expired: string[] = [];
    for (const candidate of lapsed) {
      try {
        const emailIds: string[] = [];
        const today = this.clock.today(candidate.timeZone);
        const done = await this.dataSource.transaction(async (m) => {
          const loaded = await this.load(m, candidate.id, { today });
          if (loaded.state.status !== IepStatus.Active) return false;
          const [{ due }]: Array<{ due: string | null }> = await m.query(
            `SELECT to_char(annual_review_due, 'YYYY-MM-DD') AS due FROM ieps WHERE id = $1`, [candidate.id],
          );
          if (!due || due >= today) return false;
          const { state } = this.run(loaded, { type: 'EXPIRE', annualReviewDueOn: due }, SYSTEM_CALLER, this.clock.now());
          await this.saveStatus(m, state, { today });
          await this.audit.record(
            {
              event: AuditEvent.IepExpired, actorId: null, actorRole: null, studentId: loaded.facts.studentId, iepId: candidate.id,
              ip: null, userAgent: null, data: { annualReviewDueOn: due, today },
            },
            m,
          );
          emailIds.push(...(await this.notifyExpired(m, loaded.facts, due)));
          return true;
        });
        await this.outbox.dispatch(emailIds);
        if (done) expired.push(candidate.id);
      } catch (error) {
        this.logger.warn({ err: error, iepId: candidate.id }, 'IEP could not be marked expired');
      }
    }
    return { examined: lapsed.length, expired };
  }

  /** The case manager and the active district representatives of the student's district, in their language. */
  private async notifyExpired(m: EntityManager, facts: SignoffFacts, due: string): Promise<string[]> {
    const recipients: Array<{ id: string; email: string; locale: string }> = await m.query(
      `SELECT DISTINCT u.id, u.email, u.locale FROM users u
        WHERE u.active AND (u.id = $2 OR (u.role = 'DISTRICT_REPRESENTATIVE'
          AND u.district_id = (SELECT district_id FROM students WHERE id = $1)))
        ORDER BY u.id`,
      [facts.studentId, facts.caseManagerId],
    );
    const path = `/ieps/${facts.id}`;
    const notices = recipients.map((user) => ({
      user,
      notice: expiredNotice({ studentFirstName: facts.studentFirstName, annualReviewDueOn: due, link: `${this.publicUrl()}${path}` }, signoffLocale(user.locale)),
    }));
    await this.notifications.notify(m, notices.map(({ user, notice }) => ({
      userId: user.id, kind: IEP_EXPIRED_NOTIFICATION, title: notice.title, body: notice.body, link: path, data: { iepId: facts.id, annualReviewDueOn: due },
    })));
    return this.outbox.write(m, notices.map(({ user, notice }) => ({
      dedupeKey: `iep-expired:${facts.id}:${due}:${user.id}`, to: user.email, subject: notice.subject, text: notice.text,
    })));
  }
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
