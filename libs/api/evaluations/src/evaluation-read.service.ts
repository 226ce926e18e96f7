import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@iep/api/core';
import { SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import {
  deadlineStatus, DeadlineKind, describeDeadline, earliestReevaluation, EvaluationAction, EvaluationKind, evaluationStage, mayActOnEvaluation,
  type ConsentMethod, type DeadlineExplanation, type DisabilityCategory, type EvaluationArea, type EvaluationDelayReason, type IsoDate, type ReferralSource, type DeadlineClosedReason,
} from '@iep/domain';
import type { StudentFacts } from './evaluation-access.service';
import { consentIntent } from './evaluation.messages';
import type {
  EligibilityNoticeModel, EvaluationDeadlineModel, EvaluationModel, EvaluationPlanAreaModel, ReevaluationAgreementModel, StudentEvaluationsModel,
} from './models/evaluation.model';

interface EvaluationRow {
  id: string;
  studentId: string;
  kind: EvaluationKind;
  referralSource: ReferralSource;
  referredOn: string;
  referralReason: string;
  referredByName: string;
  agreedWithinYear: boolean;
  consentOn: string | null;
  consentMethod: ConsentMethod | null;
  consentSignedName: string | null;
  delayReason: EvaluationDelayReason | null;
  delayAgreedCompletionOn: string | null;
  delayNote: string | null;
  childProducedOn: string | null;
  determinedOn: string | null;
  eligible: boolean | null;
  disabilityCategory: DisabilityCategory | null;
  determinationSummary: string | null;
  initialIepId: string | null;
}

interface DeadlineRow {
  kind: DeadlineKind;
  eventDate: string;
  dueDate: string;
  metOn: string | null;
  closedOn: string | null;
  closedReason: DeadlineClosedReason | null;
  explanation: DeadlineExplanation;
}

const EVALUATIONS_SQL = `
  SELECT e.id, e.student_id AS "studentId", e.kind, e.referral_source AS "referralSource", to_char(e.referred_on, 'YYYY-MM-DD') AS "referredOn",
         e.referral_reason AS "referralReason", ru.display_name AS "referredByName", e.agreed_within_year AS "agreedWithinYear",
         to_char(e.consent_on, 'YYYY-MM-DD') AS "consentOn", e.consent_method AS "consentMethod", e.consent_typed_name AS "consentSignedName",
         e.delay_reason AS "delayReason", to_char(e.delay_agreed_completion_on, 'YYYY-MM-DD') AS "delayAgreedCompletionOn", e.delay_note AS "delayNote", to_char(e.child_produced_on, 'YYYY-MM-DD') AS "childProducedOn",
         to_char(e.determined_on, 'YYYY-MM-DD') AS "determinedOn", e.eligible, e.disability_category AS "disabilityCategory",
         e.determination_summary AS "determinationSummary", e.initial_iep_id AS "initialIepId"
    FROM evaluations e JOIN users ru ON ru.id = e.referred_by_id
   WHERE e.student_id = $1 ORDER BY e.created_at DESC, e.id`;

const PLAN_SQL = `
  SELECT a.evaluation_id AS "evaluationId", a.area, a.assessor_id AS "assessorId", au.display_name AS "assessorName",
         r.id AS "reportId", ru.display_name AS "authorName", to_char(r.completed_on, 'YYYY-MM-DD') AS "completedOn", r.summary,
         r.file_name AS "fileName", r.file_size AS "fileSize"
    FROM evaluation_areas a JOIN evaluations e ON e.id = a.evaluation_id JOIN users au ON au.id = a.assessor_id
    LEFT JOIN evaluation_reports r ON r.evaluation_id = a.evaluation_id AND r.area = a.area
    LEFT JOIN users ru ON ru.id = r.author_id
   WHERE e.student_id = $1 ORDER BY a.position`;

/** What a student's evaluations look like to one reader: every step, its deadlines in their words, and what they may do. */
@Injectable()
export class EvaluationReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The last evaluation of the student: its last eligibility determination, or the last agreement that none was needed. */
  async lastEvaluatedOn(m: EntityManager, studentId: string): Promise<IsoDate | null> {
    const [{ last }]: Array<{ last: string | null }> = await m.query(
      `SELECT to_char(greatest(
                (SELECT max(determined_on) FROM evaluations WHERE student_id = $1),
                (SELECT max(agreed_on) FROM reevaluation_agreements WHERE student_id = $1)), 'YYYY-MM-DD') AS last`,
      [studentId],
    );
    return last;
  }

  async forStudent(user: AuthUser, facts: StudentFacts): Promise<StudentEvaluationsModel> {
    const db = this.dataSource.manager;
    const lang = user.locale === 'es' ? 'es' : 'en';
    const may = (action: EvaluationAction) => mayActOnEvaluation(facts.standing, action);
    const [rows, plan, deadlines, notices, agreements, [{ today }], last] = await Promise.all([
      db.query(EVALUATIONS_SQL, [facts.id]) as Promise<EvaluationRow[]>,
      db.query(PLAN_SQL, [facts.id]) as Promise<Array<{ evaluationId: string; area: EvaluationArea; assessorId: string; assessorName: string;
        reportId: string | null; authorName: string | null; completedOn: string | null; summary: string | null; fileName: string | null; fileSize: number | null }>>,
      db.query(
        `SELECT d.kind, to_char(d.event_date, 'YYYY-MM-DD') AS "eventDate", to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate",
                to_char(d.met_on, 'YYYY-MM-DD') AS "metOn", to_char(d.closed_on, 'YYYY-MM-DD') AS "closedOn", d.closed_reason AS "closedReason", d.explanation
           FROM deadlines d WHERE d.student_id = $1 AND d.iep_id IS NULL AND d.kind = ANY($2::text[]) ORDER BY d.event_date`,
        [facts.id, [DeadlineKind.InitialEvaluation, DeadlineKind.FirstIepMeeting, DeadlineKind.Reevaluation]],
      ) as Promise<DeadlineRow[]>,
      db.query(
        `SELECT n.evaluation_id AS "evaluationId", n.id, n.action, n.locale, n.sent_at AS "sentAt", n.action_description AS "actionDescription",
                n.explanation, n.evaluation_basis AS "evaluationBasis", n.procedural_safeguards AS "proceduralSafeguards",
                n.sources_for_assistance AS "sourcesForAssistance", n.options_considered AS "optionsConsidered", n.other_factors AS "otherFactors"
           FROM prior_written_notices n JOIN evaluations e ON e.id = n.evaluation_id WHERE e.student_id = $1 AND n.status = 'SENT'`,
        [facts.id],
      ) as Promise<Array<EligibilityNoticeModel & { evaluationId: string }>>,
      db.query(
        `SELECT a.id, to_char(a.agreed_on, 'YYYY-MM-DD') AS "agreedOn", a.parent_name AS "parentName", a.note, u.display_name AS "recordedByName"
           FROM reevaluation_agreements a JOIN users u ON u.id = a.recorded_by_id WHERE a.student_id = $1 ORDER BY a.agreed_on DESC, a.id`,
        [facts.id],
      ) as Promise<ReevaluationAgreementModel[]>,
      db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`) as Promise<Array<{ today: IsoDate }>>,
      this.lastEvaluatedOn(db, facts.id),
    ]);
    const words = (d: DeadlineRow): EvaluationDeadlineModel => ({
      kind: d.kind, eventDate: d.eventDate, dueDate: d.dueDate, metOn: d.metOn, status: deadlineStatus(d.dueDate, d.metOn, today, d.closedOn),
      closedOn: d.closedOn, closedReason: d.closedReason,
      explanation: describeDeadline({ kind: d.kind, dueDate: d.dueDate, explanation: d.explanation }, lang), estimated: d.explanation.estimated === true,
    });
    const evaluations: EvaluationModel[] = rows.map((row) => {
      const own = (kind: DeadlineKind, on: string | null, met = false) =>
        deadlines.filter((d) => d.kind === kind && on !== null && (met ? d.metOn === on : d.eventDate === on)).map(words);
      const timeline = row.kind === EvaluationKind.Initial
        ? [
            ...own(DeadlineKind.InitialEvaluation, row.consentOn),
            // A new timeframe from the day the child was produced, beside the closed one (300.301(d)(1)).
            ...(row.childProducedOn && row.childProducedOn !== row.consentOn ? own(DeadlineKind.InitialEvaluation, row.childProducedOn) : []),
            ...(row.eligible ? own(DeadlineKind.FirstIepMeeting, row.determinedOn) : []),
          ]
        : own(DeadlineKind.Reevaluation, row.determinedOn, true);
      const areas: EvaluationPlanAreaModel[] = plan.filter((p) => p.evaluationId === row.id).map((p) => ({
        area: p.area, assessorId: p.assessorId, assessorName: p.assessorName,
        report: p.reportId
          ? {
              id: p.reportId, area: p.area, authorName: p.authorName!, completedOn: p.completedOn!, summary: p.summary!, fileName: p.fileName,
              fileSize: p.fileSize, fileUrl: p.fileName ? `/documents/evaluation-reports/${p.reportId}` : null,
            }
          : null,
      }));
      const notice = notices.find((n) => n.evaluationId === row.id);
      return { ...row, stage: evaluationStage(row), plan: areas, deadlines: timeline, notice: notice ? { ...notice, sentAt: new Date(notice.sentAt) } : null };
    });
    const openReevaluation = deadlines.find((d) => d.kind === DeadlineKind.Reevaluation && d.metOn === null && d.closedOn === null);
    const mayRecord = may(EvaluationAction.Record);
    const assessorOptions = mayRecord
      ? await db.query(
          `SELECT id, display_name AS "displayName" FROM users
            WHERE district_id = $1 AND active AND role IN ('GENERAL_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SPECIALIST', 'DISTRICT_REPRESENTATIVE') ORDER BY display_name, id`,
          [facts.districtId],
        )
      : [];
    return {
      studentId: facts.id, studentName: `${facts.firstName} ${facts.lastName}`, evaluations, reevaluationAgreements: agreements,
      lastEvaluatedOn: last, earliestReevaluationOn: last ? earliestReevaluation(last) : null,
      reevaluationDeadline: openReevaluation ? words(openReevaluation) : null,
      mayRefer: may(EvaluationAction.Refer), mayRecord, mayConsent: may(EvaluationAction.Consent), mayReport: may(EvaluationAction.Report),
      reportableAreas: mayRecord ? evaluations.flatMap((e) => (e.determinedOn ? [] : e.plan.map((p) => p.area))) : facts.assessedAreas,
      consentStatement: consentIntent(lang), consentIntentVersion: SIGNATURE_INTENT_VERSION, assessorOptions,
    };
  }
}
