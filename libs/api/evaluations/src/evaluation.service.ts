import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService, type AuditData } from '@iep/api/audit';
import { badInput, conflict, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { DeadlineEventKind, DeadlinesService, type DeadlineActor } from '@iep/api/deadlines';
import { DraftingService } from '@iep/api/drafting';
import { NotificationService } from '@iep/api/notifications';
import { SignoffService, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import {
  checkChildProduced, checkConsent, checkDelay, delayClosesTimeframe, delayExtendsTimeframeTo, checkEligibility, checkEvaluating, checkPastDate, checkPlan, checkReevaluationRequest, checkReferral, checkReportFile, ConsentMethod, DeadlineKind,
  EvaluationAction, EvaluationKind, IepKind, mayActOnEvaluation, ReferralSource, REPORT_FILE_MAX_BYTES, UserRole, type EvaluationFacts, type EvaluationRefusal, type Language, type ReportFileType,
} from '@iep/domain';
import type {
  AgreeReevaluationNotNeededInput, DetermineEligibilityInput, PlanEvaluationInput, RecordChildProducedInput, RecordEvaluationDelayInput, RecordPaperConsentInput,
  ReferForEvaluationInput, ReportFileInput, SignConsentToEvaluateInput, SubmitEvaluationReportInput,
} from './dto/evaluation.inputs';
import { EvaluationAccessService, type StudentFacts } from './evaluation-access.service';
import { consentIntent, determinationWords, eligibilityNotice, referralWords } from './evaluation.messages';
import { EvaluationReadService } from './evaluation-read.service';
import type { StudentEvaluationsModel } from './models/evaluation.model';

export const EVALUATION_NOTIFICATION = 'EVALUATION_STEP';

/** The bytes a report file of each accepted type (the domain's REPORT_FILE_TYPES) must start with. */
const REPORT_FILE_MAGIC: Readonly<Record<ReportFileType, number[] | null>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'text/plain': null,
};

interface LockedEvaluation extends EvaluationFacts {
  id: string;
  studentId: string;
  delayReason: string | null;
  childProducedOn: string | null;
  eligible: boolean | null;
  initialIepId: string | null;
}

const LOCK_SQL = `
  SELECT e.id, e.student_id AS "studentId", e.kind, to_char(e.referred_on, 'YYYY-MM-DD') AS "referredOn",
         to_char(e.consent_on, 'YYYY-MM-DD') AS "consentOn", to_char(e.determined_on, 'YYYY-MM-DD') AS "determinedOn",
         e.delay_reason AS "delayReason", to_char(e.child_produced_on, 'YYYY-MM-DD') AS "childProducedOn", e.eligible, e.initial_iep_id AS "initialIepId",
         coalesce((SELECT array_agg(a.area ORDER BY a.position) FROM evaluation_areas a WHERE a.evaluation_id = e.id), '{}') AS "plannedAreas",
         coalesce((SELECT array_agg(r.area) FROM evaluation_reports r WHERE r.evaluation_id = e.id), '{}') AS "reportedAreas"
    FROM evaluations e WHERE e.id = $1 FOR UPDATE OF e`;

function refused(refusal: EvaluationRefusal | null, status: 'bad' | 'conflict' = 'bad'): void {
  if (!refusal) return;
  const details = { reason: refusal.reason, ...(refusal.field ? { field: refusal.field } : {}) };
  throw status === 'conflict' ? conflict(refusal.message, details) : badInput(refusal.message, details);
}

/** A refusal that depends on where the evaluation stands (a step already taken) is a CONFLICT; bad input otherwise. */
const STATE_REASONS = new Set(['ALREADY_CONSENTED', 'ALREADY_DETERMINED', 'NO_CONSENT', 'NO_PLAN', 'REPORTS_MISSING']);
function refuse(refusal: EvaluationRefusal | null): void {
  refused(refusal, refusal && STATE_REASONS.has(refusal.reason) ? 'conflict' : 'bad');
}

function actorOf(user: AuthUser, meta: RequestMeta): DeadlineActor {
  return { userId: user.id, role: user.role, ip: meta.ip, userAgent: meta.userAgent };
}

/**
 * Referral to eligibility and reevaluation, each step one transaction holding the step, the deadline it
 * starts or meets (through the deadline engine) and its audit row.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EvaluationAccessService,
    private readonly reads: EvaluationReadService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationService,
    private readonly signoff: SignoffService,
    private readonly drafting: DraftingService,
  ) {}

  async view(user: AuthUser, studentId: string, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.require(user, studentId, EvaluationAction.Read, meta, 'studentEvaluations');
    const model = await this.reads.forStudent(user, facts);
    await this.audit.record({
      event: AuditEvent.EvaluationViewed, actorId: user.id, actorRole: user.role, studentId, ip: meta.ip, userAgent: meta.userAgent,
      data: { evaluationIds: model.evaluations.map((e) => e.id) },
    });
    return model;
  }

  async refer(user: AuthUser, input: ReferForEvaluationInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.require(user, input.studentId, EvaluationAction.Refer, meta, 'referForEvaluation');
    const reason = input.reason.trim();
    if (!reason) throw badInput({ en: 'Say why the evaluation is asked for.', es: 'Explique por qué se pide la evaluación.' }, { field: 'reason' });
    const byParent = user.role === UserRole.Parent;
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT 1 FROM students WHERE id = $1 FOR NO KEY UPDATE`, [facts.id]);
      const today = await this.deadlines.today(m);
      refuse(checkReferral(input.referredOn, today));
      const [open]: Array<{ id: string }> = await m.query(`SELECT id FROM evaluations WHERE student_id = $1 AND determined_on IS NULL`, [facts.id]);
      if (open) {
        throw conflict(
          { en: `${facts.firstName} already has an evaluation in progress.`, es: `${facts.firstName} ya tiene una evaluación en curso.` },
          { reason: 'OPEN_EVALUATION', evaluationId: open.id },
        );
      }
      const last = await this.reads.lastEvaluatedOn(m, facts.id);
      if (input.kind === EvaluationKind.Reevaluation) {
        refuse(checkReevaluationRequest(last, input.referredOn, input.agreedWithinYear ?? false));
      } else if (last !== null) {
        throw badInput(
          { en: `${facts.firstName} was evaluated before: ask for a reevaluation.`, es: `${facts.firstName} ya fue evaluado: pida una reevaluación.` },
          { field: 'kind', reason: 'ALREADY_EVALUATED' },
        );
      }
      const [{ id }]: Array<{ id: string }> = await m.query(
        `INSERT INTO evaluations (student_id, kind, referral_source, referred_on, referral_reason, referred_by_id, agreed_within_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [facts.id, input.kind, byParent ? ReferralSource.Parent : ReferralSource.School, input.referredOn, reason, user.id,
          input.kind === EvaluationKind.Reevaluation && (input.agreedWithinYear ?? false)],
      );
      await this.tell(m, facts, byParent ? 'DISTRICT' : 'FAMILY', (locale) => referralWords({ firstName: facts.firstName, byParent }, locale), id);
      await this.recordStep(m, user, meta, facts.id, { evaluationId: id, step: 'REFERRED', kind: input.kind, date: input.referredOn });
    });
    return this.reads.forStudent(user, facts);
  }

  async recordPaperConsent(user: AuthUser, input: RecordPaperConsentInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Record, meta, 'recordPaperConsentToEvaluate');
    return this.consent(user, meta, facts, input.consentOn, null);
  }

  async signConsent(user: AuthUser, input: SignConsentToEvaluateInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Consent, meta, 'signConsentToEvaluate');
    const consentId = await this.signoff.authenticateSigner(user, input, meta, 'signConsentToEvaluate');
    return this.consent(user, meta, facts, null, { consentId, typedName: input.typedName.trim(), statement: consentIntent(locale(user.locale)) });
  }

  /** Consent starts the initial evaluation's clock per the state profile (CONSENT_TO_EVALUATE). */
  private async consent(
    user: AuthUser, meta: RequestMeta, facts: StudentFacts & { evaluationId: string }, paperDate: string | null,
    signed: { consentId: string; typedName: string; statement: string } | null,
  ): Promise<StudentEvaluationsModel> {
    await this.dataSource.transaction(async (m) => {
      const evaluation = await this.lock(m, facts.evaluationId);
      const today = await this.deadlines.today(m);
      const consentOn = paperDate ?? today;
      refuse(checkConsent(evaluation, consentOn, today));
      await m.query(
        `UPDATE evaluations SET consent_on = $2, consent_method = $3, consent_recorded_by_id = $4, consent_typed_name = $5,
                consent_intent_statement = $6, consent_intent_version = $7, consent_electronic_records_consent_id = $8,
                consent_signed_at = CASE WHEN $8::uuid IS NULL THEN NULL ELSE now() END, consent_ip = $9, consent_user_agent = $10,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          evaluation.id, consentOn, signed ? ConsentMethod.ESigned : ConsentMethod.Paper, user.id, signed?.typedName ?? null, signed?.statement ?? null,
          signed ? SIGNATURE_INTENT_VERSION : null, signed?.consentId ?? null, signed ? meta.ip : null, signed ? meta.userAgent : null,
        ],
      );
      const deadlineIds: string[] = [];
      if (evaluation.kind === EvaluationKind.Initial) {
        const deadline = await this.deadlines.recordEvent(
          m, { studentId: evaluation.studentId, eventKind: DeadlineEventKind.ConsentToEvaluate, date: consentOn }, { actor: actorOf(user, meta) },
        );
        deadlineIds.push(deadline.id);
      }
      await this.recordStep(m, user, meta, evaluation.studentId, {
        evaluationId: evaluation.id, step: 'CONSENTED', method: signed ? ConsentMethod.ESigned : ConsentMethod.Paper, date: consentOn, deadlineIds,
      });
    });
    return this.reads.forStudent(user, facts);
  }

  async plan(user: AuthUser, input: PlanEvaluationInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Record, meta, 'planEvaluation');
    refuse(checkPlan(input.areas));
    const assessorIds = [...new Set(input.areas.map((a) => a.assessorId))];
    const staff: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM users WHERE id::text = ANY($1::text[]) AND district_id = $2 AND active AND role IN ('GENERAL_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SPECIALIST', 'DISTRICT_REPRESENTATIVE')`,
      [assessorIds, facts.districtId],
    );
    if (staff.length !== assessorIds.length) {
      throw badInput({ en: 'Each assessor must be a member of the district’s staff.', es: 'Cada persona evaluadora debe ser personal del distrito.' }, { field: 'areas', reason: 'UNKNOWN_ASSESSOR' });
    }
    await this.dataSource.transaction(async (m) => {
      const evaluation = await this.lock(m, facts.evaluationId);
      refuse(checkEvaluating(evaluation));
      const dropped = evaluation.reportedAreas.filter((area) => !input.areas.some((a) => a.area === area));
      if (dropped.length) {
        throw conflict(
          { en: 'An area that already has its report stays in the plan.', es: 'Un área que ya tiene su informe permanece en el plan.' },
          { reason: 'REPORTED_AREA', areas: dropped },
        );
      }
      await m.query(
        `WITH wanted AS (SELECT r.area, r.assessor_id, r.position FROM jsonb_to_recordset($2::jsonb) AS r(area text, assessor_id uuid, position int)),
              gone AS (DELETE FROM evaluation_areas a WHERE a.evaluation_id = $1 AND a.area NOT IN (SELECT area FROM wanted))
         INSERT INTO evaluation_areas (evaluation_id, area, assessor_id, position)
         SELECT $1, area, assessor_id, position FROM wanted
         ON CONFLICT (evaluation_id, area) DO UPDATE SET assessor_id = EXCLUDED.assessor_id, position = EXCLUDED.position`,
        [evaluation.id, JSON.stringify(input.areas.map((a, position) => ({ area: a.area, assessor_id: a.assessorId, position })))],
      );
      await m.query(`UPDATE evaluations SET version = version + 1, updated_at = now() WHERE id = $1`, [evaluation.id]);
      await this.recordStep(m, user, meta, evaluation.studentId, { evaluationId: evaluation.id, step: 'PLANNED', areas: input.areas.map((a) => a.area) });
    });
    return this.reads.forStudent(user, facts);
  }

  async submitReport(user: AuthUser, input: SubmitEvaluationReportInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Report, meta, 'submitEvaluationReport');
    const recorder = mayActOnEvaluation(facts.standing, EvaluationAction.Record);
    if (!recorder && !facts.assessedAreas.includes(input.area)) await this.access.refuseReport(user, meta, 'submitEvaluationReport');
    const summary = input.summary.trim();
    if (!summary) throw badInput({ en: 'Write the report, or a summary of the attached file.', es: 'Escriba el informe, o un resumen del archivo adjunto.' }, { field: 'summary' });
    const file = input.file ? readReportFile(input.file) : null;
    await this.dataSource.transaction(async (m) => {
      const evaluation = await this.lock(m, facts.evaluationId);
      refuse(checkEvaluating(evaluation));
      const today = await this.deadlines.today(m);
      refuse(checkPastDate(input.completedOn, today, 'completedOn', { en: 'The report date', es: 'La fecha del informe' }));
      if (input.completedOn < evaluation.consentOn!) {
        throw badInput({ en: 'A report cannot be completed before the consent.', es: 'Un informe no puede completarse antes del consentimiento.' }, { field: 'completedOn' });
      }
      if (!evaluation.plannedAreas.includes(input.area)) {
        throw badInput({ en: 'That area is not in the evaluation plan.', es: 'Esa área no está en el plan de evaluación.' }, { field: 'area', reason: 'NOT_PLANNED' });
      }
      if (evaluation.reportedAreas.includes(input.area)) {
        throw conflict({ en: 'That area already has its report.', es: 'Esa área ya tiene su informe.' }, { reason: 'ALREADY_REPORTED' });
      }
      const [{ id }]: Array<{ id: string }> = await m.query(
        `INSERT INTO evaluation_reports (evaluation_id, area, author_id, completed_on, summary, file_name, file_type, file_size, file_sha256, file_content)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [evaluation.id, input.area, user.id, input.completedOn, summary, file?.name ?? null, file?.type ?? null, file?.bytes.length ?? null, file?.sha256 ?? null, file?.bytes ?? null],
      );
      await this.recordStep(m, user, meta, evaluation.studentId, { evaluationId: evaluation.id, step: 'REPORTED', reportId: id, areas: [input.area] });
    });
    return this.reads.forStudent(user, facts);
  }

  async recordDelay(user: AuthUser, input: RecordEvaluationDelayInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Record, meta, 'recordEvaluationDelay');
    const note = input.note.trim();
    if (!note) throw badInput({ en: 'Describe what delayed the evaluation.', es: 'Describa qué retrasó la evaluación.' }, { field: 'note' });
    await this.dataSource.transaction(async (m) => {
      const evaluation = await this.lock(m, facts.evaluationId);
      refuse(checkDelay(input.reason, input.agreedCompletionOn ?? null, evaluation));
      await m.query(
        `UPDATE evaluations SET delay_reason = $2, delay_agreed_completion_on = $3, delay_note = $4, delay_recorded_by_id = $5,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [evaluation.id, input.reason, input.reason === 'CHILD_UNAVAILABLE' ? null : input.agreedCompletionOn, note, user.id],
      );
      // 300.301(d): the timeframe does not apply when the child is not produced or moves away; its deadline closes.
      const closes = evaluation.kind === EvaluationKind.Initial ? delayClosesTimeframe(input.reason) : null;
      const closed = closes
        ? await this.deadlines.close(
            m,
            { studentId: evaluation.studentId, kinds: [DeadlineKind.InitialEvaluation], closedOn: await this.deadlines.today(m), reason: closes },
            { actor: actorOf(user, meta) },
          )
        : [];
      // 300.309(c): an SLD evaluation extended by written agreement falls due on the agreed date.
      const extendTo = evaluation.kind === EvaluationKind.Initial ? delayExtendsTimeframeTo(input.reason, input.agreedCompletionOn ?? null) : null;
      const extended = extendTo
        ? [await this.deadlines.agreeDueDate(m, { studentId: evaluation.studentId, agreedDueDate: extendTo }, { actor: actorOf(user, meta) })]
        : [];
      await this.recordStep(m, user, meta, evaluation.studentId, {
        evaluationId: evaluation.id, step: 'DELAYED', reason: input.reason, deadlineIds: [...closed, ...extended].map((d) => d.id),
      });
    });
    return this.reads.forStudent(user, facts);
  }

  /** The child is produced after all: a new evaluation timeframe runs from that day (its deadline starts again). */
  async recordChildProduced(user: AuthUser, input: RecordChildProducedInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Record, meta, 'recordChildProduced');
    await this.dataSource.transaction(async (m) => {
      const evaluation = await this.lock(m, facts.evaluationId);
      refuse(checkChildProduced(evaluation, input.producedOn, await this.deadlines.today(m)));
      await m.query(`UPDATE evaluations SET child_produced_on = $2, version = version + 1, updated_at = now() WHERE id = $1`, [evaluation.id, input.producedOn]);
      const deadline = await this.deadlines.recordEvent(
        m, { studentId: evaluation.studentId, eventKind: DeadlineEventKind.ConsentToEvaluate, date: input.producedOn }, { actor: actorOf(user, meta) },
      );
      await this.recordStep(m, user, meta, evaluation.studentId, {
        evaluationId: evaluation.id, step: 'CHILD_PRODUCED', date: input.producedOn, deadlineIds: [deadline.id],
      });
    });
    return this.reads.forStudent(user, facts);
  }

  /**
   * The eligibility meeting's decision: meets the evaluation timeline (or the three-year reevaluation),
   * starts the first-IEP-meeting clock when eligible and the next three years, and sends the family the
   * prior written notice.
   */
  async determine(user: AuthUser, input: DetermineEligibilityInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, input.evaluationId, EvaluationAction.Record, meta, 'determineEligibility');
    const summary = input.summary.trim();
    if (!summary) throw badInput({ en: 'Write what the team found.', es: 'Escriba lo que el equipo concluyó.' }, { field: 'summary' });
    await this.dataSource.transaction(async (m) => {
      const evaluation = await this.lock(m, facts.evaluationId);
      const today = await this.deadlines.today(m);
      refuse(checkEligibility(evaluation, { determinedOn: input.determinedOn, eligible: input.eligible, category: input.category ?? null }, today));
      await m.query(
        `UPDATE evaluations SET determined_on = $2, eligible = $3, disability_category = $4, determination_summary = $5, determined_by_id = $6,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [evaluation.id, input.determinedOn, input.eligible, input.eligible ? input.category : null, summary, user.id],
      );
      const options = { actor: actorOf(user, meta) };
      const deadlineIds: string[] = [];
      const meet = async (kind: DeadlineKind) => {
        const [open]: Array<{ id: string }> = await m.query(
          `SELECT id FROM deadlines WHERE student_id = $1 AND kind = $2 AND iep_id IS NULL AND met_on IS NULL AND closed_on IS NULL AND event_date <= $3`,
          [evaluation.studentId, kind, input.determinedOn],
        );
        if (open) deadlineIds.push((await this.deadlines.markMet(m, open.id, input.determinedOn, options)).id);
      };
      await meet(evaluation.kind === EvaluationKind.Initial ? DeadlineKind.InitialEvaluation : DeadlineKind.Reevaluation);
      let firstIepDueOn: string | null = null;
      if (input.eligible) {
        if (evaluation.kind === EvaluationKind.Initial) {
          const first = await this.deadlines.recordEvent(
            m, { studentId: evaluation.studentId, eventKind: DeadlineEventKind.EligibilityDetermined, date: input.determinedOn }, options,
          );
          firstIepDueOn = first.dueDate;
          deadlineIds.push(first.id);
        }
        const next = await this.deadlines.recordEvent(
          m, { studentId: evaluation.studentId, eventKind: DeadlineEventKind.LastEvaluation, date: input.determinedOn }, options,
        );
        deadlineIds.push(next.id);
      }
      const noticeId = await this.sendNotice(m, user, meta, facts, evaluation, { ...input, summary, firstIepDueOn });
      await this.recordStep(m, user, meta, evaluation.studentId, {
        evaluationId: evaluation.id, step: 'DETERMINED', date: input.determinedOn, eligible: input.eligible, noticeId, deadlineIds,
      });
    });
    return this.reads.forStudent(user, facts);
  }

  /** The initial IEP, started through the one start-an-IEP path, from an eligible initial evaluation. */
  async startInitialIep(user: AuthUser, evaluationId: string, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.requireEvaluation(user, evaluationId, EvaluationAction.Record, meta, 'startInitialIepFromEvaluation');
    const [evaluation]: Array<{ kind: string; eligible: boolean | null; initialIepId: string | null }> = await this.dataSource.query(
      `SELECT kind, eligible, initial_iep_id AS "initialIepId" FROM evaluations WHERE id = $1`, [evaluationId],
    );
    if (evaluation.kind !== EvaluationKind.Initial || evaluation.eligible !== true) {
      throw conflict(
        { en: 'An initial IEP starts from an initial evaluation that found the child eligible.', es: 'Un IEP inicial empieza desde una evaluación inicial que determinó que el niño es elegible.' },
        { reason: 'NOT_ELIGIBLE' },
      );
    }
    if (evaluation.initialIepId) return this.reads.forStudent(user, facts);
    const iep = await this.drafting.start(user, { studentId: facts.id, kind: IepKind.Initial }, meta);
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE evaluations SET initial_iep_id = $2, version = version + 1, updated_at = now() WHERE id = $1 AND initial_iep_id IS NULL`, [evaluationId, iep.id]);
      await this.recordStep(m, user, meta, facts.id, { evaluationId, step: 'INITIAL_IEP_STARTED', iepId: iep.id });
    });
    return this.reads.forStudent(user, facts);
  }

  /** The parent and the district agree that no reevaluation is needed: the three-year deadline is met, and the next one runs from the agreement. */
  async agreeNotNeeded(user: AuthUser, input: AgreeReevaluationNotNeededInput, meta: RequestMeta): Promise<StudentEvaluationsModel> {
    const facts = await this.access.require(user, input.studentId, EvaluationAction.Record, meta, 'agreeReevaluationNotNeeded');
    const parentName = input.parentName.trim();
    const note = input.note.trim();
    if (!parentName) throw badInput({ en: 'Name the parent who agreed.', es: 'Indique qué padre o madre estuvo de acuerdo.' }, { field: 'parentName' });
    if (!note) throw badInput({ en: 'Write the agreement.', es: 'Escriba el acuerdo.' }, { field: 'note' });
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT 1 FROM students WHERE id = $1 FOR NO KEY UPDATE`, [facts.id]);
      const today = await this.deadlines.today(m);
      refuse(checkPastDate(input.agreedOn, today, 'agreedOn', { en: 'The agreement date', es: 'La fecha del acuerdo' }));
      const [open]: Array<{ id: string; eventDate: string }> = await m.query(
        `SELECT id, to_char(event_date, 'YYYY-MM-DD') AS "eventDate" FROM deadlines
          WHERE student_id = $1 AND kind = $2 AND iep_id IS NULL AND met_on IS NULL AND closed_on IS NULL`,
        [facts.id, DeadlineKind.Reevaluation],
      );
      if (!open) {
        throw conflict(
          { en: `${facts.firstName} has no reevaluation due.`, es: `${facts.firstName} no tiene ninguna reevaluación pendiente.` },
          { reason: 'NO_REEVALUATION_DUE' },
        );
      }
      if (input.agreedOn < open.eventDate) {
        throw badInput({ en: 'The agreement cannot come before the last evaluation.', es: 'El acuerdo no puede ser anterior a la última evaluación.' }, { field: 'agreedOn' });
      }
      const [{ id }]: Array<{ id: string }> = await m.query(
        `INSERT INTO reevaluation_agreements (student_id, agreed_on, parent_name, note, recorded_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [facts.id, input.agreedOn, parentName, note, user.id],
      );
      const options = { actor: actorOf(user, meta) };
      await this.deadlines.markMet(m, open.id, input.agreedOn, options);
      const next = await this.deadlines.recordEvent(m, { studentId: facts.id, eventKind: DeadlineEventKind.LastEvaluation, date: input.agreedOn }, options);
      await this.audit.record(
        {
          event: AuditEvent.ReevaluationNotNeededAgreed, actorId: user.id, actorRole: user.role, studentId: facts.id, ip: meta.ip, userAgent: meta.userAgent,
          data: { agreementId: id, agreedOn: input.agreedOn, deadlineIds: [open.id, next.id] },
        },
        m,
      );
    });
    return this.reads.forStudent(user, facts);
  }

  /** An attached report file, for whoever may read the evaluation; the download is audited. */
  async reportFile(user: AuthUser, reportId: string, meta: RequestMeta): Promise<{ name: string; type: string; content: Buffer }> {
    const [row]: Array<{ evaluationId: string; name: string | null; type: string | null; content: Buffer | null }> = isUuid(reportId)
      ? await this.dataSource.query(
          `SELECT evaluation_id AS "evaluationId", file_name AS name, file_type AS type, file_content AS content FROM evaluation_reports WHERE id = $1`,
          [reportId],
        )
      : [];
    if (!row?.content) {
      await this.audit.recordDenial(user, meta, 'downloadEvaluationReport', 'NO_SUCH_RECORD');
      throw notFound('That report');
    }
    const facts = await this.access.requireEvaluation(user, row.evaluationId, EvaluationAction.Read, meta, 'downloadEvaluationReport');
    await this.audit.record({
      event: AuditEvent.EvaluationReportDownloaded, actorId: user.id, actorRole: user.role, studentId: facts.id, ip: meta.ip, userAgent: meta.userAgent,
      data: { evaluationId: row.evaluationId, reportId },
    });
    return { name: row.name!, type: row.type!, content: row.content };
  }

  // ---------------------------------------------------------------------------------------------

  private async lock(m: EntityManager, evaluationId: string): Promise<LockedEvaluation> {
    const [row]: LockedEvaluation[] = await m.query(LOCK_SQL, [evaluationId]);
    return row;
  }

  private async sendNotice(
    m: EntityManager, user: AuthUser, meta: RequestMeta, facts: StudentFacts, evaluation: LockedEvaluation,
    input: DetermineEligibilityInput & { summary: string; firstIepDueOn: string | null },
  ): Promise<string> {
    const [family]: Array<{ locale: string | null; districtName: string }> = await m.query(
      `SELECT (SELECT u.locale FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = s.id
                ORDER BY g.rights_holder DESC, g.created_at LIMIT 1) AS locale, d.name AS "districtName"
         FROM students s JOIN districts d ON d.id = s.district_id WHERE s.id = $1`,
      [facts.id],
    );
    const reports: Array<{ area: string; completedOn: string }> = await m.query(
      `SELECT r.area, to_char(r.completed_on, 'YYYY-MM-DD') AS "completedOn" FROM evaluation_reports r
         JOIN evaluation_areas a ON a.evaluation_id = r.evaluation_id AND a.area = r.area WHERE r.evaluation_id = $1 ORDER BY a.position`,
      [evaluation.id],
    );
    const lang = locale(family.locale);
    const elements = eligibilityNotice({
      firstName: facts.firstName, districtName: family.districtName, eligible: input.eligible, category: input.category ?? null,
      determinedOn: input.determinedOn, summary: input.summary, reports, firstIepDueOn: input.firstIepDueOn,
    }, lang);
    const [{ id }]: Array<{ id: string }> = await m.query(
      `INSERT INTO prior_written_notices (evaluation_id, source, action, locale, status, sent_at, sent_by_id, updated_by_id, action_description,
              explanation, evaluation_basis, procedural_safeguards, sources_for_assistance, options_considered, other_factors)
       VALUES ($1, 'ELIGIBILITY_DETERMINED', $2, $3, 'SENT', now(), $4, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        evaluation.id, input.eligible ? 'PROPOSE' : 'REFUSE', lang, user.id, elements.actionDescription, elements.explanation, elements.evaluationBasis,
        elements.proceduralSafeguards, elements.sourcesForAssistance, elements.optionsConsidered, elements.otherFactors,
      ],
    );
    await this.audit.record(
      {
        event: AuditEvent.PriorWrittenNoticeSent, actorId: user.id, actorRole: user.role, studentId: facts.id, ip: meta.ip, userAgent: meta.userAgent,
        data: { noticeId: id, guardianIds: await this.tell(m, facts, 'FAMILY', (l) => determinationWords({ firstName: facts.firstName, eligible: input.eligible }, l), evaluation.id) },
      },
      m,
    );
    return id;
  }

  /** In-app notices of a step, in each reader's language: the family, or the district's representatives. Returns who was told. */
  private async tell(
    m: EntityManager, facts: StudentFacts, to: 'FAMILY' | 'DISTRICT', words: (locale: Language) => { title: string; body: string }, evaluationId: string,
  ): Promise<string[]> {
    const people: Array<{ id: string; locale: string }> = to === 'FAMILY'
      ? await m.query(`SELECT u.id, u.locale FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = $1 AND u.active ORDER BY u.id`, [facts.id])
      : await m.query(`SELECT id, locale FROM users WHERE district_id = $1 AND role = 'DISTRICT_REPRESENTATIVE' AND active ORDER BY id`, [facts.districtId]);
    const link = `/students/${facts.id}/evaluations`;
    await this.notifications.notify(m, people.map((person) => {
      const own = words(locale(person.locale));
      return {
        userId: person.id, kind: EVALUATION_NOTIFICATION, title: own.title, body: own.body, link,
        data: { studentId: facts.id, evaluationId }, translations: { en: words('en'), es: words('es') },
      };
    }));
    return people.map((p) => p.id);
  }

  private async recordStep(m: EntityManager, user: AuthUser, meta: RequestMeta, studentId: string, data: AuditData<AuditEvent.EvaluationStepRecorded>): Promise<void> {
    await this.audit.record(
      { event: AuditEvent.EvaluationStepRecorded, actorId: user.id, actorRole: user.role, studentId, ip: meta.ip, userAgent: meta.userAgent, data },
      m,
    );
  }
}

function locale(value: string | null | undefined): Language {
  return value === 'es' ? 'es' : 'en';
}

/** A report file: one of the accepted types, its bytes what the type says, at most 2 MB. */
function readReportFile(file: ReportFileInput): { name: string; type: string; bytes: Buffer; sha256: string } {
  const type = file.contentType.toLowerCase();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) {
    throw badInput({ en: 'The file could not be read.', es: 'No se pudo leer el archivo.' }, { field: 'file', reason: 'FILE_ENCODING' });
  }
  const bytes = Buffer.from(file.base64, 'base64');
  const problem = checkReportFile({ type, size: bytes.length });
  if (problem) {
    throw badInput(problem.message, { field: 'file', reason: problem.reason, ...(problem.reason === 'FILE_SIZE' ? { maxBytes: REPORT_FILE_MAX_BYTES } : {}) });
  }
  const magic = REPORT_FILE_MAGIC[type as ReportFileType];
  if (magic && !magic.every((byte, index) => bytes[index] === byte)) {
    throw badInput({ en: 'The file is not the type it claims to be.', es: 'El archivo no es del tipo que indica.' }, { field: 'file', reason: 'FILE_TYPE_MISMATCH' });
  }
  // A file name goes into a Content-Disposition header: no path, quotes or control characters.
  const name = [...file.name].map((c) => (c < ' ' || c === '"' || c === '/' || c === '\\' ? '_' : c)).join('').trim() || 'report';
  return { name, type, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

