import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import {
  badInput, conflict, DomainError, ErrorCode, isUuid, SEALER, verifyPassword, type AuthUser, type Localized, type RequestMeta, type Sealer,
} from '@iep/api/core';
import { OutboxService } from '@iep/api/notifications';
import {
  addDays, addYears, contentDigest, decisionReasons, IEP_STATUS_ES, IepKind, IepStatus, parentDecisionProblem, stateRuleProfileFor, UserRole,
  type LifecycleActor, type LifecycleCommand, type ParentDecisionProblem,
} from '@iep/domain';
import {
  checkIepQuality,
  qualityIssueId,
  toLifecycleQualityCheck,
  type IepPartKind,
  type IepQualityIssue,
  type QualityCheckContext,
} from '@iep/domain/iep-content';
import type { DecideOnIepInput, FinalizeIepInput, MarkIepReviewedInput, SignatureFields, SignIepAttendanceInput } from './dto/signoff.inputs';
import {
  ELECTRONIC_RECORDS_DISCLOSURE_VERSION,
  SIGNATURE_INTENT_VERSION,
  signatureIntent,
  signoffLocale,
  typedNameMatches,
  type ParentDecisionKey,
} from './esign-texts';
import {
  frozenConflict,
  IepLifecycleService,
  inDocumentOrder,
  isFrozenRecordError,
  partsOf,
  type LifecycleCaller,
  type LoadedLifecycle,
} from './iep-lifecycle.service';
import { IepParentDecision, SignaturePurpose, type IepDecisionModel, type IepSignatureModel } from './models/iep-signature.model';
import { PriorWrittenNoticeService } from './prior-written-notice.service';
import { proposalFacts } from './prior-written-notice-drafts';
import { signatureSealSubject, versionSealSubject, type SignatureSealFields } from './seals';
import { SIGNOFF_FACTS_SQL, SignoffAccessService, type SignoffFacts } from './signoff-access.service';
import { ElectronicRecordsService } from './electronic-records.service';

/** Failed password re-entries at signing per account and hour before signing pauses, like sign-in. */
const MAX_SIGNING_FAILURES_PER_HOUR = 10;

/** The decision's own rule is the review form's too (libs/domain); these are the API's words for it. */
const DECISION_REFUSALS: Record<ParentDecisionProblem['reason'], Localized> = {
  REASONS_REQUIRED: {
    en: 'Say why you do not consent, so that the team can respond.',
    es: 'Escriba por qué no da su consentimiento, para que el equipo pueda responderle.',
  },
  EXCEPTIONS_REQUIRED: { en: 'Choose the items you do not consent to.', es: 'Elija los puntos a los que no da su consentimiento.' },
};

export const DECISION_COLUMNS = `d.id, d.iep_id AS "iepId", d.version_number AS version, d.kind, d.decided_at AS "decidedAt",
  to_char(d.signed_on, 'YYYY-MM-DD') AS "signedOn", to_char(d.effective_on, 'YYYY-MM-DD') AS "effectiveOn", d.reasons,
  d.excepted_part_ids::text[] AS "exceptedPartIds", d.amendment_iep_id AS "amendmentIepId", d.decided_by_id AS "decidedById",
  d.decided_by_role AS "decidedByRole", d.signature_id AS "signatureId"`;

export const SIGNATURE_COLUMNS = `s.id, s.iep_id AS "iepId", s.purpose, s.version_number AS version, s.digest, s.meeting_id AS "meetingId",
  s.signer_role AS "signerRole", s.typed_name AS "typedName", s.intent_statement AS "intentStatement",
  s.intent_version AS "intentStatementVersion", s.signed_at AS "signedAt", s.ip, s.user_agent AS "userAgent",
  c.disclosure_version AS "electronicRecordsDisclosureVersion", s.signer_id AS "signerId"`;

interface PartRow {
  id: string;
  kind: IepPartKind;
  position: number;
  content: Record<string, unknown>;
  copiedFromPartId: string | null;
  unchangedSinceCopy: boolean;
}

/** The quality-check context of an IEP: the student's age against the state's transition age over its year. */
export function qualityContext(facts: SignoffFacts, today: string): QualityCheckContext {
  const from = facts.startDate ?? facts.meetingDate ?? today;
  return {
    studentDateOfBirth: facts.dateOfBirth,
    transitionAge: stateRuleProfileFor(facts.ruleProfile).transitionAge,
    ageOfMajority: stateRuleProfileFor(facts.ruleProfile).ageOfMajority,
    coversUntil: facts.annualReviewDue ?? addDays(addYears(from, 1), -1),
    iepKind: facts.kind,
  };
}

/** The document a version freezes: what the parent reads and signs, enough to print it years later. */
export function frozenDocument(facts: SignoffFacts, number: number, parts: PartRow[]): Record<string, unknown> {
  return {
    schema: 'iep-version/1',
    iep: { id: facts.id, kind: facts.kind, version: number, derivedFromIepId: facts.derivedFromIepId },
    student: {
      id: facts.studentId, firstName: facts.studentFirstName, lastName: facts.studentLastName, dateOfBirth: facts.dateOfBirth,
      grade: facts.grade, school: facts.schoolName,
    },
    district: { id: facts.districtId, name: facts.districtName, stateCode: facts.stateCode },
    caseManager: { id: facts.caseManagerId, displayName: facts.caseManagerName },
    meetingDate: facts.meetingDate,
    annualReviewDue: facts.annualReviewDue,
    parts: parts.map((part) => ({
      id: part.id, kind: part.kind, position: part.position, copiedFromPartId: part.copiedFromPartId, content: part.content,
    })),
  };
}

/** The draft's parts in document order and the document the next version would freeze. */
export async function draftDocument(m: EntityManager, facts: SignoffFacts, number: number): Promise<{ parts: PartRow[]; document: Record<string, unknown> }> {
  const rows: PartRow[] = await m.query(
    `SELECT id, kind, position, content, copied_from_part_id AS "copiedFromPartId", unchanged_since_copy AS "unchangedSinceCopy"
       FROM iep_parts WHERE iep_id = $1 AND removed_at IS NULL ORDER BY position, created_at, id`,
    [facts.id],
  );
  const parts = inDocumentOrder(rows);
  return { parts, document: frozenDocument(facts, number, parts) };
}

/**
 * Freezes version 1 of an IEP proposed or put in force before the product existed (seeded or imported):
 * the same document and digest finalizeIep would have written, so it can be printed and verified.
 */
export async function freezeSeededVersion(m: EntityManager, sealer: Sealer, iepId: string, frozenById: string | null): Promise<void> {
  const [facts]: SignoffFacts[] = await m.query(`${SIGNOFF_FACTS_SQL} WHERE i.id = $1`, [iepId, null, null, null, []]);
  if (!facts || facts.status === IepStatus.Draft) return;
  const [existing] = await m.query(`SELECT 1 FROM iep_versions WHERE iep_id = $1`, [iepId]);
  if (existing) return;
  const { document } = await draftDocument(m, facts, 1);
  const digest = contentDigest(document);
  await m.query(
    `INSERT INTO iep_versions (iep_id, number, content, digest, frozen_by_id, proposed_on, seal)
     VALUES ($1, 1, $2::jsonb, $3, $4, coalesce($5::date, current_date), $6)`,
    [
      iepId, JSON.stringify(document), digest, frozenById, facts.status === IepStatus.Proposed ? null : (facts.meetingDate ?? facts.startDate),
      sealer.seal(versionSealSubject(iepId, 1, digest)),
    ],
  );
}

function parentActor(): LifecycleActor {
  return { kind: 'USER', role: UserRole.Parent, holdsEducationalRights: true };
}

function callerOf(user: AuthUser, meta: RequestMeta, actor: LifecycleActor): LifecycleCaller {
  return { actor, userId: user.id, role: user.role, displayName: user.displayName, ip: meta.ip, userAgent: meta.userAgent };
}

/**
 * Finalizing, the parent's decision and signing (DESIGN §3, ESIGN/UETA). Every change runs the pure
 * lifecycle and carries out its effects in one transaction with its audit record.
 */
@Injectable()
export class SignoffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SignoffAccessService,
    private readonly audit: AuditService,
    private readonly lifecycle: IepLifecycleService,
    private readonly notices: PriorWrittenNoticeService,
    private readonly records: ElectronicRecordsService,
    private readonly outbox: OutboxService,
    @Inject(SEALER) private readonly sealer: Sealer,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // The district's side

  async finalize(user: AuthUser, input: FinalizeIepInput, meta: RequestMeta): Promise<string> {
    const { can } = await this.access.visibleIep(user, input.iepId, meta, 'finalizeIep');
    await this.access.requireManager(user, can, meta, 'finalizeIep');
    return this.transact(async (m) => {
      const loaded = await this.lifecycle.load(m, input.iepId);
      if (loaded.state.status !== IepStatus.Draft) {
        throw conflict(
          {
            en: `Only a draft can be finalized; this IEP is ${loaded.state.status}.`,
            es: `Solo se puede finalizar un borrador. Este IEP está: ${IEP_STATUS_ES[loaded.state.status]}.`,
          },
          { reason: 'NOT_DRAFT', status: loaded.state.status },
        );
      }
      await this.requireGuardianOnRecord(m, loaded.facts);
      const number = (loaded.versions.at(-1)?.number ?? 0) + 1;
      const { parts, document } = await draftDocument(m, loaded.facts, number);
      const issues = checkIepQuality(
        { parts: parts.map((part) => ({ id: part.id, kind: part.kind, content: part.content, unchangedSinceLastYear: part.unchangedSinceCopy })) },
        qualityContext(loaded.facts, loaded.today),
      );
      const command: LifecycleCommand = {
        type: 'FINALIZE',
        content: document,
        qualityCheck: toLifecycleQualityCheck(issues),
        acknowledgedWarningIds: input.acknowledgedWarnings,
      };
      const caller = callerOf(user, meta, { kind: 'USER', role: user.role, holdsEducationalRights: false });
      const { state, effects } = this.runFinalize(loaded, command, caller, issues);
      const version = state.versions.at(-1)!;
      const warnings = new Set(issues.filter((issue) => issue.severity === 'WARNING').map(qualityIssueId));
      const acknowledged = [...new Set(input.acknowledgedWarnings)].filter((id) => warnings.has(id));
      await m.query(
        `INSERT INTO iep_versions (iep_id, number, content, digest, proposed_on, frozen_by_id, acknowledged_warnings, seal)
         VALUES ($1, $2, $3::jsonb, $4, $5::date, $6, $7::text[], $8)`,
        [
          input.iepId, version.number, JSON.stringify(version.content), version.digest, loaded.today, user.id, acknowledged,
          this.sealer.seal(versionSealSubject(input.iepId, version.number, version.digest)),
        ],
      );
      await this.lifecycle.saveStatus(m, state);
      await this.shareWithFamily(m, user, meta, loaded.facts.studentId, input.iepId);
      const { emailIds } = await this.lifecycle.carryOut(m, loaded, state, effects, caller);
      // Proposing an IEP is an action the district proposes (34 CFR 300.503(a)): its notice is drafted from what changed.
      await this.notices.issue(m, {
        iepId: input.iepId, studentId: loaded.facts.studentId, source: 'IEP_PROPOSED', action: 'PROPOSE', actor: { id: user.id, role: user.role }, meta,
        facts: proposalFacts({
          studentFirstName: loaded.facts.studentFirstName, version: version.number, initial: loaded.facts.kind === IepKind.Initial,
          parts: parts.map((part) => ({ kind: part.kind, content: part.content, changed: !part.copiedFromPartId || !part.unchangedSinceCopy })),
        }),
      });
      await this.audit.record(
        {
          event: AuditEvent.IepFinalized, actorId: user.id, actorRole: user.role, studentId: loaded.facts.studentId, iepId: input.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { version: version.number, digest: version.digest, acknowledgedWarnings: acknowledged },
        },
        m,
      );
      return { result: input.iepId, emailIds };
    });
  }

  /**
   * Finalizing sends the proposed IEP to the family for their decision; with no active guardian on record
   * it would reach nobody and wait for a signature no one was asked for, so the district adds one first.
   */
  private async requireGuardianOnRecord(m: EntityManager, facts: SignoffFacts): Promise<void> {
    const [{ guardians }]: Array<{ guardians: number }> = await m.query(
      `SELECT count(*)::int AS guardians FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = $1 AND u.active`,
      [facts.studentId],
    );
    if (guardians > 0) return;
    throw conflict(
      {
        en: `${facts.studentFirstName} has no parent or guardian on record, so the proposed IEP would be sent to nobody. Ask a district administrator to add one (Administration, Students, Guardians), then finalize.`,
        es: `${facts.studentFirstName} no tiene ningún padre, madre o tutor registrado, así que el IEP propuesto no se enviaría a nadie. Pida a un administrador del distrito que agregue uno (Administración, Estudiantes, Tutores) y luego finalice.`,
      },
      { reason: 'NO_GUARDIAN' },
    );
  }

  /**
   * Finalizing sends the proposed IEP to the family, so from then on it is shared with them: a decline
   * that returns it to DRAFT leaves the parent looking at the draft they declined, under negotiation.
   */
  private async shareWithFamily(m: EntityManager, user: AuthUser, meta: RequestMeta, studentId: string, iepId: string): Promise<void> {
    const [[shared]]: [Array<{ id: string }>, number] = await m.query(
      `UPDATE ieps SET shared_with_family_at = now() WHERE id = $1 AND shared_with_family_at IS NULL RETURNING id`,
      [iepId],
    );
    if (!shared) return;
    const guardians: Array<{ id: string }> = await m.query(`SELECT user_id AS id FROM guardianships WHERE student_id = $1 ORDER BY user_id`, [studentId]);
    await this.audit.record(
      {
        event: AuditEvent.IepSharedWithFamily, actorId: user.id, actorRole: user.role, studentId, iepId,
        ip: meta.ip, userAgent: meta.userAgent, data: { guardianIds: guardians.map((g) => g.id) },
      },
      m,
    );
  }

  private runFinalize(loaded: LoadedLifecycle, command: LifecycleCommand, caller: LifecycleCaller, issues: IepQualityIssue[]) {
    try {
      return this.lifecycle.run(loaded, command, caller);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.extensions.issues) throw error;
      // The lifecycle names issues by id; the client labels them by code in the reader's language.
      const byId = new Map(issues.map((issue) => [qualityIssueId(issue), issue]));
      const listed = (error.extensions.issues as Array<{ id: string }>).map(({ id }) => ({ id, ...byId.get(id)! }));
      const blocking = error.extensions.code === ErrorCode.Conflict;
      throw new DomainError(error.extensions.code as ErrorCode, error.localized, {
        reason: blocking ? 'QUALITY_ERRORS' : 'WARNINGS_NOT_ACKNOWLEDGED', issues: listed,
      });
    }
  }

  async withdraw(user: AuthUser, iepId: string, meta: RequestMeta): Promise<string> {
    const { can } = await this.access.visibleIep(user, iepId, meta, 'withdrawIepProposal');
    await this.access.requireManager(user, can, meta, 'withdrawIepProposal');
    return this.transact(async (m) => {
      const loaded = await this.lifecycle.load(m, iepId);
      const caller = callerOf(user, meta, { kind: 'USER', role: user.role, holdsEducationalRights: false });
      const { state, effects } = this.lifecycle.run(loaded, { type: 'WITHDRAW' }, caller);
      const version = loaded.state.proposal!.version;
      await this.lifecycle.saveStatus(m, state);
      const { emailIds } = await this.lifecycle.carryOut(m, loaded, state, effects, caller);
      await m.query(
        `INSERT INTO iep_decisions (iep_id, version_number, kind, decided_by_id, decided_by_role) VALUES ($1, $2, 'WITHDRAWN', $3, $4::user_role)`,
        [iepId, version, user.id, user.role],
      );
      await this.audit.record(
        {
          event: AuditEvent.IepProposalWithdrawn, actorId: user.id, actorRole: user.role, studentId: loaded.facts.studentId, iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { version },
        },
        m,
      );
      return { result: iepId, emailIds };
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The parent's side

  async markReviewed(user: AuthUser, input: MarkIepReviewedInput, meta: RequestMeta): Promise<IepDecisionModel> {
    const { facts } = await this.access.visibleIep(user, input.iepId, meta, 'markIepReviewed');
    await this.access.requireRightsHolder(user, facts, meta, 'markIepReviewed');
    return this.transact(async (m) => {
      const loaded = await this.lifecycle.load(m, input.iepId);
      this.requireOpenProposal(loaded, input.version);
      this.lifecycle.run(loaded, { type: 'MARK_REVIEWED' }, callerOf(user, meta, parentActor()));
      const [decision]: IepDecisionModel[] = await m.query(
        `INSERT INTO iep_decisions AS d (iep_id, version_number, kind, decided_by_id, decided_by_role)
         VALUES ($1, $2, 'REVIEWED', $3, 'PARENT') RETURNING ${DECISION_COLUMNS}`,
        [input.iepId, input.version, user.id],
      );
      await this.audit.record(
        {
          event: AuditEvent.IepDecided, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: input.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: { decisionId: decision.id, version: input.version, kind: 'REVIEWED', signatureId: null, exceptedPartIds: [], amendmentIepId: null, status: IepStatus.Proposed },
        },
        m,
      );
      return { result: decision, emailIds: [] };
    });
  }

  async decide(user: AuthUser, input: DecideOnIepInput, meta: RequestMeta): Promise<IepDecisionModel> {
    const { facts } = await this.access.visibleIep(user, input.iepId, meta, 'decideOnIep');
    await this.access.requireRightsHolder(user, facts, meta, 'decideOnIep');
    const reasons = decisionReasons(input.reasons ?? []);
    const excepted = [...new Set(input.exceptedPartIds ?? [])];
    const problem = parentDecisionProblem({ decision: input.decision, exceptedPartIds: excepted, reasons });
    if (problem) throw badInput(DECISION_REFUSALS[problem.reason], problem);
    const consentId = await this.authenticateSigner(user, input, meta, 'decideOnIep');
    const intent = signatureIntent('PARENT_DECISION', input.decision as ParentDecisionKey, signoffLocale(user.locale));
    return this.transact(async (m) => {
      const loaded = await this.lifecycle.load(m, input.iepId);
      const version = this.requireOpenProposal(loaded, input.version);
      const partIds = new Set(partsOf(version.content).map((part) => part.id));
      const unknown = input.decision === IepParentDecision.CONSENT_WITH_EXCEPTIONS ? excepted.filter((id) => !partIds.has(id)) : [];
      if (unknown.length) {
        throw badInput(
          { en: 'An excepted item is not part of this version of the IEP.', es: 'Uno de los puntos elegidos no forma parte de esta versión del IEP.' },
          { field: 'exceptedPartIds', reason: 'UNKNOWN_EXCEPTED_ITEM', ids: unknown },
        );
      }
      const signatureId = await this.insertSignature(m, user, meta, {
        iepId: input.iepId, purpose: SignaturePurpose.PARENT_DECISION, version: version.number, digest: version.digest, meetingId: null,
        typedName: input.typedName, statement: intent.statement, consentId,
      });
      const signedOn = loaded.today;
      const command: LifecycleCommand =
        input.decision === IepParentDecision.CONSENT
          ? { type: 'CONSENT', signedOn }
          : input.decision === IepParentDecision.CONSENT_WITH_EXCEPTIONS
            ? { type: 'CONSENT_WITH_EXCEPTIONS', signedOn, exceptedItemIds: excepted }
            : { type: 'DECLINE', reasons };
      const caller = callerOf(user, meta, parentActor());
      const { state, effects } = this.lifecycle.run(loaded, command, caller);
      await this.lifecycle.saveStatus(m, state);
      const { emailIds, amendmentIepId } = await this.lifecycle.carryOut(m, loaded, state, effects, caller);
      const consented = input.decision !== IepParentDecision.DECLINE;
      const [decision]: IepDecisionModel[] = await m.query(
        `INSERT INTO iep_decisions AS d (iep_id, version_number, kind, decided_by_id, decided_by_role, signed_on, effective_on, reasons,
                excepted_part_ids, amendment_iep_id, signature_id)
         VALUES ($1, $2, $3, $4, 'PARENT', $5::date, $6::date, $7::text[], $8::uuid[], $9, $10) RETURNING ${DECISION_COLUMNS}`,
        [
          input.iepId, version.number, input.decision, user.id, consented ? signedOn : null, consented ? state.effective!.effectiveOn : null,
          reasons, input.decision === IepParentDecision.CONSENT_WITH_EXCEPTIONS ? excepted : [], amendmentIepId, signatureId,
        ],
      );
      if (input.decision !== IepParentDecision.CONSENT) {
        await this.notices.draftForDecision(m, {
          iepId: input.iepId, studentId: facts.studentId, decisionId: decision.id,
          source: input.decision === IepParentDecision.DECLINE ? 'IEP_DECLINED' : 'ITEMS_EXCEPTED',
          locale: user.locale, actorId: user.id, actorRole: user.role, meta,
        });
      }
      emailIds.push(...(await this.lifecycle.notifyTeam(m, loaded.facts, {
        decision: input.decision, decidedBy: user.displayName, version: version.number, exceptions: excepted.length, excludeUserId: user.id,
      })));
      await this.audit.record(
        {
          event: AuditEvent.IepDecided, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: input.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: {
            decisionId: decision.id, version: version.number, kind: input.decision, signatureId,
            exceptedPartIds: decision.exceptedPartIds, amendmentIepId, status: state.status,
          },
        },
        m,
      );
      return { result: decision, emailIds };
    });
  }

  /** Attendance at a meeting: its invitees and attendees, and the members of its IEP's team. */
  async signAttendance(user: AuthUser, input: SignIepAttendanceInput, meta: RequestMeta): Promise<IepSignatureModel> {
    const [meeting]: Array<{ id: string; iepId: string; status: string; related: boolean }> = isUuid(input.meetingId)
      ? await this.dataSource.query(
          `SELECT mt.id, mt.iep_id AS "iepId", mt.status,
                  (EXISTS (SELECT 1 FROM iep_meeting_invitees x WHERE x.meeting_id = mt.id AND x.user_id = $2)
                   OR EXISTS (SELECT 1 FROM iep_meeting_attendance a WHERE a.meeting_id = mt.id AND a.user_id = $2)
                   OR EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = mt.iep_id AND m.user_id = $2
                                AND (m.expires_at IS NULL OR m.expires_at > now()))) AS related
             FROM iep_meetings mt WHERE mt.id = $1`,
          [input.meetingId, user.id],
        )
      : [];
    if (!meeting) return this.access.denyNotFound(user, meta, 'signIepAttendance', 'NO_SUCH_RECORD', 'That meeting');
    const visible = await this.access.visibleIepIds(user, [meeting.iepId]);
    if (!visible.has(meeting.iepId) || !meeting.related) {
      return this.access.denyNotFound(user, meta, 'signIepAttendance', visible.has(meeting.iepId) ? 'NOT_ON_TEAM' : 'NO_RELATIONSHIP', 'That meeting');
    }
    if (meeting.status === 'CANCELLED') {
      throw conflict(
        { en: 'This meeting was cancelled; there is no attendance to sign.', es: 'Esta reunión se canceló; no hay asistencia que firmar.' },
        { reason: 'MEETING_CANCELLED' },
      );
    }
    const consentId = await this.authenticateSigner(user, input, meta, 'signIepAttendance');
    const intent = signatureIntent('ATTENDANCE', null, signoffLocale(user.locale));
    return this.transact(async (m) => {
      const [version]: Array<{ number: number; digest: string }> = await m.query(
        `SELECT number, digest FROM iep_versions WHERE iep_id = $1 ORDER BY number DESC LIMIT 1`,
        [meeting.iepId],
      );
      const [{ studentId }]: Array<{ studentId: string }> = await m.query(`SELECT student_id AS "studentId" FROM ieps WHERE id = $1`, [meeting.iepId]);
      const signatureId = await this.insertSignature(m, user, meta, {
        iepId: meeting.iepId, purpose: SignaturePurpose.ATTENDANCE, version: version?.number ?? null, digest: version?.digest ?? null,
        meetingId: meeting.id, typedName: input.typedName, statement: intent.statement, consentId, studentId,
      });
      const [signature]: IepSignatureModel[] = await m.query(
        `SELECT ${SIGNATURE_COLUMNS} FROM iep_signatures s JOIN electronic_records_consents c ON c.id = s.electronic_records_consent_id WHERE s.id = $1`,
        [signatureId],
      );
      return { result: signature, emailIds: [] };
    });
  }

  // ---------------------------------------------------------------------------------------------

  private requireOpenProposal(loaded: LoadedLifecycle, versionNumber: number) {
    if (loaded.state.status !== IepStatus.Proposed || !loaded.state.proposal) {
      throw conflict(
        {
          en: `This IEP is ${loaded.state.status}, not waiting for a decision.`,
          es: `Este IEP está: ${IEP_STATUS_ES[loaded.state.status]}; no está esperando una decisión.`,
        },
        { reason: 'NOT_PROPOSED', status: loaded.state.status },
      );
    }
    if (loaded.state.proposal.version !== versionNumber) {
      throw conflict(
        {
          en: 'A newer version of this IEP has been proposed; read it before deciding.',
          es: 'Se propuso una versión más reciente de este IEP; léala antes de decidir.',
        },
        { reason: 'STALE_VERSION', currentVersion: loaded.state.proposal.version },
      );
    }
    return loaded.versions.at(-1)!;
  }

  /**
   * ESIGN/UETA before any signature: a current consent to electronic records, the account password
   * entered again (the session alone could be someone else at an unlocked screen), the signer's own
   * name typed under the statement of intent they were shown. Evaluations use it for consent to evaluate.
   */
  async authenticateSigner(user: AuthUser, input: SignatureFields, meta: RequestMeta, operation: string): Promise<string> {
    const consent = await this.records.current(user.id);
    if (!consent || consent.disclosureVersion !== ELECTRONIC_RECORDS_DISCLOSURE_VERSION) {
      throw badInput(
        {
          en: 'Agree to use electronic records before signing electronically.',
          es: 'Acepte usar documentos electrónicos antes de firmar de forma electrónica.',
        },
        { reason: 'E_RECORDS_CONSENT_REQUIRED' },
      );
    }
    const [account]: Array<{ passwordHash: string | null; email: string; failures: number }> = await this.dataSource.query(
      `SELECT u.password_hash AS "passwordHash", u.email,
              (SELECT count(*)::int FROM sign_in_failures f WHERE f.email = u.email AND f.occurred_at > now() - interval '1 hour') AS failures
         FROM users u WHERE u.id = $1`,
      [user.id],
    );
    if (account.failures >= MAX_SIGNING_FAILURES_PER_HOUR) {
      await this.audit.recordDenial(user, meta, operation, 'THROTTLED');
      throw new DomainError(ErrorCode.TooManyRequests, {
        en: 'Too many wrong passwords. Wait an hour, or reset your password.',
        es: 'Demasiadas contraseñas incorrectas. Espere una hora o restablezca su contraseña.',
      });
    }
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.password))) {
      await this.dataSource.query(`INSERT INTO sign_in_failures (email, ip) VALUES ($1, $2)`, [account.email, meta.ip ?? 'unknown']);
      await this.audit.recordDenial(user, meta, operation, 'WRONG_PASSWORD');
      throw badInput(
        { en: 'That is not the password of your account.', es: 'Esa no es la contraseña de su cuenta.' },
        { field: 'password', reason: 'WRONG_PASSWORD' },
      );
    }
    if (!typedNameMatches(input.typedName, user.displayName)) {
      throw badInput(
        {
          en: `Type your name as it is on your account: ${user.displayName}.`,
          es: `Escriba su nombre tal como aparece en su cuenta: ${user.displayName}.`,
        },
        { field: 'typedName', reason: 'NAME_MISMATCH' },
      );
    }
    if (input.intentVersion !== SIGNATURE_INTENT_VERSION) {
      throw badInput(
        {
          en: 'The statement you were shown has changed; read it again before signing.',
          es: 'La declaración que se le mostró cambió; léala de nuevo antes de firmar.',
        },
        { field: 'intentVersion', reason: 'INTENT_OUTDATED' },
      );
    }
    return consent.id;
  }

  private async insertSignature(
    m: EntityManager,
    user: AuthUser,
    meta: RequestMeta,
    s: {
      iepId: string; purpose: SignaturePurpose; version: number | null; digest: string | null; meetingId: string | null;
      typedName: string; statement: string; consentId: string; studentId?: string;
    },
  ): Promise<string> {
    // Id and time are chosen here rather than by the database, so that the seal covers them too.
    const signed: SignatureSealFields = {
      id: randomUUID(), iepId: s.iepId, purpose: s.purpose, versionNumber: s.version, digest: s.digest, meetingId: s.meetingId,
      signerId: user.id, signerRole: user.role, typedName: s.typedName.trim(), intentStatement: s.statement,
      intentVersion: SIGNATURE_INTENT_VERSION, consentId: s.consentId, signedAt: new Date(), ip: meta.ip, userAgent: meta.userAgent,
    };
    const id = signed.id;
    try {
      await m.query(
        `INSERT INTO iep_signatures (id, iep_id, purpose, version_number, digest, meeting_id, signer_id, signer_role, typed_name, intent_statement,
                intent_version, electronic_records_consent_id, signed_at, ip, user_agent, seal)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::user_role, $9, $10, $11, $12, $13::timestamptz, $14, $15, $16)`,
        [
          signed.id, signed.iepId, signed.purpose, signed.versionNumber, signed.digest, signed.meetingId, signed.signerId, signed.signerRole,
          signed.typedName, signed.intentStatement, signed.intentVersion, signed.consentId, signed.signedAt.toISOString(), signed.ip,
          signed.userAgent, this.sealer.seal(signatureSealSubject(signed)),
        ],
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw conflict(
          { en: 'You have already signed the attendance of this meeting.', es: 'Ya firmó su asistencia a esta reunión.' },
          { reason: 'ALREADY_SIGNED' },
        );
      }
      throw error;
    }
    const [{ studentId }]: Array<{ studentId: string }> = s.studentId
      ? [{ studentId: s.studentId }]
      : await m.query(`SELECT student_id AS "studentId" FROM ieps WHERE id = $1`, [s.iepId]);
    await this.audit.record(
      {
        event: AuditEvent.IepSigned, actorId: user.id, actorRole: user.role, studentId, iepId: s.iepId, ip: meta.ip, userAgent: meta.userAgent,
        data: { signatureId: id, purpose: s.purpose, version: s.version, digest: s.digest, meetingId: s.meetingId, consentId: s.consentId },
      },
      m,
    );
    return id;
  }

  /** One transaction; e-mails leave after it commits; a trigger's refusal of a frozen record is a CONFLICT. */
  private async transact<T>(work: (m: EntityManager) => Promise<{ result: T; emailIds: string[] }>): Promise<T> {
    let outcome: { result: T; emailIds: string[] };
    try {
      outcome = await this.dataSource.transaction(work);
    } catch (error) {
      if (isFrozenRecordError(error)) throw frozenConflict();
      throw error;
    }
    await this.outbox.dispatch(outcome.emailIds);
    return outcome.result;
  }
}
