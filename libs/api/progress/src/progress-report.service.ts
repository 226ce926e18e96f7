import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { APP_CONFIG, badInput, CLOCK, conflict, forbidden, isUuid, notFound, SEALER, SHARED_MESSAGES, type AppConfig, type AuthUser, type Clock, type NotFoundThing, type RequestMeta, type Sealer } from '@iep/api/core';
import { DeadlinesService } from '@iep/api/deadlines';
import type { DocumentLocale } from '@iep/api/documents';
import { NotificationService, OutboxService, type EmailAttachment, type OutgoingEmail } from '@iep/api/notifications';
import { contentDigest, IepAction, IepStatus, mayAct, type IepStanding } from '@iep/domain';
import { IepPartKind } from '@iep/domain/iep-content';
import { entriesMissing, isWritable, ProgressReportStatus } from '@iep/domain/progress';
import type { AskProgressReportQuestionInput, SaveProgressReportEntryInput } from './dto/progress-report.inputs';
import type { GoalProgressModel } from './models/goal-progress.model';
import type { ProgressReportEntryModel, ProgressReportModel, ProgressReportQuestionModel } from './models/progress-report.model';
import { renderReport, reportFileName, reportLocale } from './progress-report-documents.service';
import { REPORT_MESSAGES as M, reportSentNotice } from './progress-report.messages';
import { ProgressReportRepository, type EntryRow, type QuestionRow, type ReportRow, type SentContent } from './progress-report.repository';
import { ProgressRepository, type GoalRow } from './progress.repository';
import { progressOfGoals, standingOnPart } from './progress.service';

export const PROGRESS_REPORT_SENT_NOTIFICATION = 'PROGRESS_REPORT_SENT';
export const PROGRESS_REPORT_QUESTION_NOTIFICATION = 'PROGRESS_REPORT_QUESTION';

/** What a sent report's seal covers: its digest, which covers its content. */
export function reportSealSubject(reportId: string, digest: string): [string, string, string] {
  return ['PROGRESS_REPORT', reportId, digest];
}

/** The frozen data of a goal as GraphQL serves it: JSON keeps the instants as text. */
function revivedProgress(stored: Record<string, unknown>): GoalProgressModel {
  const progress = stored as unknown as GoalProgressModel;
  return {
    ...progress,
    points: progress.points.map((point) => ({ ...point, recordedAt: new Date(point.recordedAt), updatedAt: new Date(point.updatedAt) })),
    flags: progress.flags.map((flag) => ({ ...flag, acknowledgment: flag.acknowledgment && { ...flag.acknowledgment, acknowledgedAt: new Date(flag.acknowledgment.acknowledgedAt) } })),
    viewerCanRecord: false,
  };
}

function groupByReport<T extends { reportId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.reportId, [...(map.get(row.reportId) ?? []), row]);
  return map;
}

/**
 * Progress reports to families: written per goal like a draft (versions, CONFLICT with the current
 * words), sent by the case manager (frozen, digested and sealed, the deadline met, the family told in
 * their language), then read and asked about by the family. Who may do what is the one policy's
 * WRITE_PROGRESS_REPORT, SEND_PROGRESS_REPORT, READ_PROGRESS_REPORT_DRAFT and CONFIRM_PROGRESS_REPORT_READ.
 */
@Injectable()
export class ProgressReportService {
  constructor(
    private readonly reports: ProgressReportRepository,
    private readonly progress: ProgressRepository,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    @Inject(SEALER) private readonly sealer: Sealer,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reportsOfIep(user: AuthUser, iepId: string, meta: RequestMeta): Promise<ProgressReportModel[]> {
    const standing = await this.readable(user, iepId, meta, 'iepProgressReports');
    const seesDrafts = mayAct(standing, IepAction.ReadProgressReportDraft);
    const rows = (await this.reports.reportsOf(iepId)).filter((row) => seesDrafts || row.status === ProgressReportStatus.Sent);
    const models = await this.models(user, standing, iepId, rows);
    await this.audit.record({
      event: AuditEvent.ProgressReportViewed, actorId: user.id, actorRole: user.role, studentId: (await this.studentOf(iepId)), iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { periodIds: rows.map((row) => row.periodId) },
    });
    return models;
  }

  async saveEntry(user: AuthUser, input: SaveProgressReportEntryInput, meta: RequestMeta): Promise<ProgressReportEntryModel> {
    const operation = 'saveProgressReportEntry';
    const [goal] = isUuid(input.partId) && isUuid(input.iepId) ? await this.progress.goalsById(user, [input.partId]) : [];
    if (!goal || goal.iepId !== input.iepId || !mayAct(goal.standing, IepAction.Read)) return this.refuseNotFound(user, meta, operation, 'That goal');
    if (goal.kind !== IepPartKind.Goal || goal.removedAt) throw badInput(SHARED_MESSAGES.partNotInIep, { field: 'partId' });
    if (!mayAct({ ...standingOnPart(goal, user.id), status: IepStatus.Active }, IepAction.WriteProgressReport)) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_GOAL_WRITER');
      throw forbidden(M.notWriter);
    }
    if (goal.status !== IepStatus.Active) throw conflict(M.notInForce, { reason: 'NOT_IN_FORCE', status: goal.status });
    const [row] = isUuid(input.periodId) ? await this.reports.reportsOf(goal.iepId, input.periodId) : [];
    if (!row) throw badInput(M.noSuchPeriod, { field: 'periodId' });
    if (!isWritable(row.status)) throw conflict(M.sent, { reason: 'SENT' });
    const reportId = await this.reports.ensureReport(goal.iepId, row.periodId);
    const code = input.code ?? null;
    const entryId = input.baseVersion === 0 ? randomUUID() : null;
    const current = entryId ? null : (await this.reports.entriesOf([reportId])).find((entry) => entry.partId === goal.partId);
    const audit = this.audit.rowsJson([{
      event: AuditEvent.ProgressReportEntrySaved, actorId: user.id, actorRole: user.role, studentId: goal.studentId, iepId: goal.iepId,
      ip: meta.ip, userAgent: meta.userAgent,
      data: { reportId, partId: goal.partId, entryId: entryId ?? current?.id ?? reportId, version: input.baseVersion + 1 },
    }]);
    const values = { reportId, partId: goal.partId, code, narrative: input.narrative, authorId: user.id };
    const written = entryId
      ? await this.reports.insertEntry({ id: entryId, ...values }, audit)
      : current !== undefined && (await this.reports.updateEntry({ ...values, baseVersion: input.baseVersion }, audit));
    const [after] = await this.reports.reportsOf(goal.iepId, row.periodId);
    const entries = await this.reports.entriesOf([reportId]);
    const entry = entries.find((candidate) => candidate.partId === goal.partId) ?? null;
    if (!written) {
      if (after.status === ProgressReportStatus.Sent) throw conflict(M.sent, { reason: 'SENT' });
      throw conflict(M.stale, { reason: 'STALE_VERSION', current: entry && { code: entry.code, narrative: entry.narrative, version: entry.version, updatedBy: entry.updatedBy } });
    }
    const [model] = await this.models(user, goal.standing, goal.iepId, [after]);
    return model.entries.find((candidate) => candidate.partId === goal.partId)!;
  }

  async send(user: AuthUser, iepId: string, periodId: string, meta: RequestMeta): Promise<ProgressReportModel> {
    const operation = 'sendProgressReport';
    const standing = await this.readable(user, iepId, meta, operation);
    if (!mayAct({ ...standing, status: IepStatus.Active }, IepAction.SendProgressReport)) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_REPORT_SENDER');
      throw forbidden(M.notSender);
    }
    if (standing.status !== IepStatus.Active) throw conflict(M.notInForce, { reason: 'NOT_IN_FORCE', status: standing.status });
    const [row] = isUuid(periodId) ? await this.reports.reportsOf(iepId, periodId) : [];
    if (!row) throw badInput(M.noSuchPeriod, { field: 'periodId' });
    if (!isWritable(row.status)) throw conflict(M.sent, { reason: 'SENT' });
    const { goals, live } = await this.goalsWithProgress(user, iepId);
    const reportId = await this.reports.ensureReport(iepId, periodId);
    const emailIds = await this.reports.transaction(async (m) => {
      if ((await this.reports.lockForSend(m, reportId)) === ProgressReportStatus.Sent) throw conflict(M.sent, { reason: 'SENT' });
      const entries = await this.reports.entriesOf([reportId], m);
      const missing = entriesMissing(goals.map((goal) => goal.partId), entries);
      if (missing.length > 0) {
        const names = goals.filter((goal) => missing.includes(goal.partId)).map((goal) => String(goal.content['area'] || goal.content['annualGoal'] || goal.partId));
        throw badInput(M.missing(names), { field: 'entries', missing });
      }
      const byGoal = new Map(entries.map((entry) => [entry.partId, entry]));
      const content: SentContent = {
        iepId,
        period: { id: row.periodId, name: row.periodName, firstDay: row.firstDay, lastDay: row.lastDay },
        goals: goals.map((goal) => {
          const entry = byGoal.get(goal.partId)!;
          return { partId: goal.partId, code: entry.code, narrative: entry.narrative, version: entry.version, progress: JSON.parse(JSON.stringify({ ...live.get(goal.partId)!, viewerCanRecord: false })) };
        }),
      };
      const digest = contentDigest(content);
      await this.reports.markSent(m, { reportId, content, digest, seal: this.sealer.seal(reportSealSubject(reportId, digest)), byId: user.id });
      const timeZone = goals[0]?.timeZone ?? 'UTC';
      const actor = { userId: user.id, role: user.role, ip: meta.ip, userAgent: meta.userAgent };
      // Sending is what the PROGRESS_REPORT deadline asks for: it is met on the day the family gets the report.
      if (row.deadlineMetOn === null) await this.deadlines.markMet(m, row.deadlineId, this.clock.today(timeZone), { actor, today: this.clock.today(timeZone) });
      await this.audit.record({
        event: AuditEvent.ProgressReportSent, actorId: user.id, actorRole: user.role, studentId: goals[0]?.studentId ?? null, iepId,
        ip: meta.ip, userAgent: meta.userAgent, data: { reportId, digest, goals: goals.length, deadlineId: row.deadlineId },
      }, m);
      // The report as sent goes with the e-mail as the PDF the family keeps, in each one's language.
      const sent = (await this.reports.sentReport(reportId, m))!;
      return this.tellFamily(m, iepId, reportId, row.periodName, (locale) => renderReport(sent, locale));
    });
    await this.outbox.dispatch(emailIds);
    const [after] = await this.reports.reportsOf(iepId, periodId);
    return (await this.models(user, standing, iepId, [after]))[0];
  }

  async markRead(user: AuthUser, reportId: string, meta: RequestMeta): Promise<ProgressReportModel> {
    const operation = 'markProgressReportRead';
    const report = isUuid(reportId) ? await this.reports.reportById(reportId) : null;
    const standing = report ? (await this.access.standings(user, [report.iepId])).get(report.iepId) : undefined;
    const seesIt = report && standing && mayAct(standing, IepAction.Read) && (report.status === ProgressReportStatus.Sent || mayAct(standing, IepAction.ReadProgressReportDraft));
    if (!report || !standing || !seesIt) return this.refuseNotFound(user, meta, operation, 'That progress report');
    if (!mayAct(standing, IepAction.ConfirmProgressReportRead)) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_FAMILY');
      throw forbidden(M.notReader);
    }
    if (report.status !== ProgressReportStatus.Sent) throw conflict(M.notSent, { reason: 'NOT_SENT' });
    const audit = this.audit.rowsJson([{
      event: AuditEvent.ProgressReportRead, actorId: user.id, actorRole: user.role, studentId: await this.studentOf(report.iepId), iepId: report.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { reportId: report.id },
    }]);
    // A second "I read it" keeps the first receipt: the family read it then.
    await this.reports.markRead(report.id, user.id, audit);
    const [after] = await this.reports.reportsOf(report.iepId, report.periodId);
    return (await this.models(user, standing, report.iepId, [after]))[0];
  }

  async ask(user: AuthUser, input: AskProgressReportQuestionInput, meta: RequestMeta): Promise<ProgressReportQuestionModel> {
    const operation = 'askProgressReportQuestion';
    const report = isUuid(input.reportId) ? await this.reports.reportById(input.reportId) : null;
    const standing = report ? (await this.access.standings(user, [report.iepId])).get(report.iepId) : undefined;
    const seesIt = report && standing && mayAct(standing, IepAction.Read) && (report.status === ProgressReportStatus.Sent || mayAct(standing, IepAction.ReadProgressReportDraft));
    if (!report || !standing || !seesIt) return this.refuseNotFound(user, meta, operation, 'That progress report');
    if (report.status !== ProgressReportStatus.Sent || !report.content) throw conflict(M.notSent, { reason: 'NOT_SENT' });
    if (!report.content.goals.some((goal) => goal.partId === input.partId)) throw badInput(SHARED_MESSAGES.partNotInIep, { field: 'partId' });
    const body = input.body.trim();
    if (!body) throw badInput(M.questionRequired, { field: 'body' });
    const id = randomUUID();
    const studentId = await this.studentOf(report.iepId);
    const audit = this.audit.rowsJson([{
      event: AuditEvent.ProgressReportQuestionAsked, actorId: user.id, actorRole: user.role, studentId, iepId: report.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { reportId: report.id, partId: input.partId, questionId: id },
    }]);
    await this.reports.ask({ id, reportId: report.id, partId: input.partId, authorId: user.id, body }, audit);
    await this.tellTeam(report.iepId, input.partId, user.id);
    const [question] = (await this.reports.questionsOf([report.id])).filter((row) => row.id === id);
    return questionModel(question);
  }

  /** The caller's standing on the IEP when they may read it; NOT_FOUND (audited) otherwise. */
  private async readable(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<IepStanding> {
    const standing = isUuid(iepId) ? (await this.access.standings(user, [iepId])).get(iepId) : undefined;
    if (!standing || !mayAct(standing, IepAction.Read)) return this.refuseNotFound(user, meta, operation, 'That IEP');
    return standing;
  }

  private async models(user: AuthUser, standing: IepStanding, iepId: string, rows: ReportRow[]): Promise<ProgressReportModel[]> {
    const reportIds = rows.flatMap((row) => (row.reportId ? [row.reportId] : []));
    const hasDraft = rows.some((row) => row.status === ProgressReportStatus.Draft);
    const [entries, questions, { goals, live }] = await Promise.all([
      this.reports.entriesOf(reportIds), this.reports.questionsOf(reportIds),
      hasDraft ? this.goalsWithProgress(user, iepId) : Promise.resolve({ goals: [] as GoalRow[], live: new Map<string, GoalProgressModel>() }),
    ]);
    const entriesByReport = groupByReport(entries);
    const questionsByReport = groupByReport(questions);
    return rows.map((row) => {
      const reportEntries = new Map((entriesByReport.get(row.reportId ?? '') ?? []).map((entry) => [entry.partId, entry]));
      const reportQuestions = questionsByReport.get(row.reportId ?? '') ?? [];
      const sent = row.status === ProgressReportStatus.Sent && row.content !== null;
      const entryModels: ProgressReportEntryModel[] = sent
        ? row.content!.goals.map((goal) => ({
          partId: goal.partId, code: goal.code, narrative: goal.narrative, version: goal.version,
          updatedBy: reportEntries.get(goal.partId)?.updatedBy ?? null, updatedAt: reportEntries.get(goal.partId)?.updatedAt ?? null,
          progress: revivedProgress(goal.progress), viewerCanWrite: false,
          questions: reportQuestions.filter((question) => question.partId === goal.partId).map(questionModel),
        }))
        : goals.map((goal) => draftEntry(goal, reportEntries.get(goal.partId), live.get(goal.partId)!, user.id));
      return {
        id: row.reportId, iepId, dueDate: row.dueDate, status: row.status,
        period: { id: row.periodId, name: row.periodName, firstDay: row.firstDay, lastDay: row.lastDay },
        sentAt: row.sentAt, sentBy: row.sentBy, digest: row.digest, readAt: row.readAt, readBy: row.readBy,
        pdfUrl: sent ? `/documents/progress-reports/${row.reportId}.pdf` : null,
        entries: entryModels,
        viewerCanSend: !sent && mayAct(standing, IepAction.SendProgressReport),
        viewerCanConfirmRead: sent && row.readAt === null && mayAct(standing, IepAction.ConfirmProgressReportRead),
      };
    });
  }

  /** Each goal's data as the progress page shows it now. */
  /** The IEP's goals with each one's progress as the progress page shows it, read in the page's one statement. */
  private async goalsWithProgress(user: AuthUser, iepId: string): Promise<{ goals: GoalRow[]; live: Map<string, GoalProgressModel> }> {
    const { goals, points, acks } = await this.progress.iepProgress(user, iepId);
    const progress = progressOfGoals(goals, points, acks, user.id);
    return { goals, live: new Map(goals.map((goal, index) => [goal.partId, progress[index]!])) };
  }

  private async tellFamily(
    m: Parameters<Parameters<ProgressReportRepository['transaction']>[0]>[0], iepId: string, reportId: string, periodName: string,
    render: (locale: DocumentLocale) => Promise<Buffer>,
  ): Promise<string[]> {
    const [{ studentId, studentFirstName }]: Array<{ studentId: string; studentFirstName: string }> = await m.query(
      `SELECT s.id AS "studentId", s.first_name AS "studentFirstName" FROM ieps i JOIN students s ON s.id = i.student_id WHERE i.id = $1`, [iepId],
    );
    const family = await this.reports.familyOf(m, studentId);
    const path = `/ieps/${iepId}/progress-reports`;
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
    const en = reportSentNotice({ studentFirstName, periodName, link }, 'en');
    const es = reportSentNotice({ studentFirstName, periodName, link }, 'es');
    await this.notifications.notify(m, family.map((member) => {
      const own = member.locale === 'es' ? es : en;
      return {
        userId: member.id, kind: PROGRESS_REPORT_SENT_NOTIFICATION, title: own.title, body: own.body, link: path, data: { iepId, reportId },
        translations: { en: { title: en.title, body: en.body }, es: { title: es.title, body: es.body } },
      };
    }));
    const readers = family.filter((member) => member.wantsEmail);
    const pdfs = new Map<DocumentLocale, EmailAttachment>();
    for (const locale of new Set(readers.map((member) => reportLocale(member.locale)))) {
      const pdf = await render(locale);
      pdfs.set(locale, { filename: reportFileName(periodName), contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' });
    }
    const emails: OutgoingEmail[] = readers.map((member) => {
      const own = member.locale === 'es' ? es : en;
      return {
        dedupeKey: `progress-report-sent:${reportId}:${member.id}`, to: member.email, subject: own.subject, text: own.text,
        attachments: [pdfs.get(reportLocale(member.locale))!],
      };
    });
    return this.outbox.write(m, emails);
  }

  /** A question reaches the case manager and the goal's assignee in the bell. */
  private async tellTeam(iepId: string, partId: string, askedById: string): Promise<void> {
    await this.reports.transaction(async (m) => {
      const people: Array<{ id: string; locale: string }> = await m.query(
        `SELECT DISTINCT u.id, u.locale FROM users u, ieps i LEFT JOIN iep_parts p ON p.id = $2 AND p.iep_id = i.id
          WHERE i.id = $1 AND u.active AND u.id <> $3 AND (u.id = i.case_manager_id OR u.id = p.assignee_id)`,
        [iepId, partId, askedById],
      );
      const en = { title: 'A family asked about a progress report', body: 'Open the progress report to read the question and answer it.' };
      const es = { title: 'Una familia preguntó sobre un informe de progreso', body: 'Abra el informe de progreso para leer la pregunta y responderla.' };
      await this.notifications.notify(m, people.map((person) => ({
        userId: person.id, kind: PROGRESS_REPORT_QUESTION_NOTIFICATION, ...(person.locale === 'es' ? es : en),
        link: `/ieps/${iepId}/progress-reports`, data: { iepId, partId }, translations: { en, es },
      })));
    });
  }

  private studentOf(iepId: string): Promise<string | null> {
    return this.reports.studentOf(iepId);
  }

  private async refuseNotFound(user: AuthUser, meta: RequestMeta, operation: string, what: NotFoundThing): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
    throw notFound(what);
  }
}

function draftEntry(goal: GoalRow, entry: EntryRow | undefined, progress: GoalProgressModel, userId: string): ProgressReportEntryModel {
  return {
    partId: goal.partId, code: entry?.code ?? null, narrative: entry?.narrative ?? '', version: entry?.version ?? 0,
    updatedBy: entry?.updatedBy ?? null, updatedAt: entry?.updatedAt ?? null, progress,
    viewerCanWrite: mayAct(standingOnPart(goal, userId), IepAction.WriteProgressReport) && !goal.removedAt,
    questions: [],
  };
}

function questionModel(row: QuestionRow): ProgressReportQuestionModel {
  return { id: row.id, partId: row.partId, body: row.body, author: row.author, createdAt: row.createdAt };
}
