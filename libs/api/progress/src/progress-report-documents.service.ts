import { Injectable } from '@nestjs/common';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { conflict, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { progressReportDocument, type DocumentLocale, type ProgressReportGoalFacts } from '@iep/api/documents';
import { IepAction, mayAct } from '@iep/domain';
import { ProgressReportStatus } from '@iep/domain/progress';
import { REPORT_MESSAGES as M } from './progress-report.messages';
import { ProgressReportRepository, type SentContent, type SentReportRow } from './progress-report.repository';

export function reportLocale(locale: string | null | undefined): DocumentLocale {
  return locale === 'es' ? 'es' : 'en';
}

/** The file name a sent report's PDF goes by: the period's name, made safe for any file system. */
export function reportFileName(periodName: string): string {
  const slug = periodName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `progress-report-${slug || 'period'}.pdf`;
}

/** A frozen report as the renderer reads it: the goals and their data exactly as the family received them. */
export function renderReport(row: Pick<SentReportRow, 'studentName' | 'districtName' | 'timeZone' | 'digest' | 'sentAt' | 'sentBy'> & { content: SentContent }, locale: DocumentLocale): Promise<Buffer> {
  return progressReportDocument({
    studentName: row.studentName, districtName: row.districtName, timeZone: row.timeZone, digest: row.digest, sentAt: row.sentAt, sentBy: row.sentBy,
    period: row.content.period,
    goals: row.content.goals.map((goal) => {
      const progress = goal.progress as unknown as Omit<ProgressReportGoalFacts, 'code' | 'narrative'>;
      return {
        position: progress.position, area: progress.area, annualGoal: progress.annualGoal, measure: progress.measure, aimStartDate: progress.aimStartDate,
        points: progress.points, trend: progress.trend, flags: progress.flags, code: goal.code, narrative: goal.narrative,
      };
    }),
  }, locale);
}

/**
 * A sent progress report as the PDF the family keeps: downloaded by whoever may read the sent report (the one
 * policy's READ on the IEP), e-mailed with the report, and put into the export of the student's records.
 */
@Injectable()
export class ProgressReportDocumentsService {
  constructor(
    private readonly reports: ProgressReportRepository,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The PDF of a sent report in `locale` (the caller's language when not named); NOT_FOUND (audited) for what the caller may not see. */
  async pdf(user: AuthUser, reportId: string, locale: DocumentLocale | null, meta: RequestMeta): Promise<{ fileName: string; pdf: Buffer }> {
    const operation = 'downloadProgressReportPdf';
    const report = isUuid(reportId) ? await this.reports.reportById(reportId) : null;
    const standing = report ? (await this.access.standings(user, [report.iepId])).get(report.iepId) : undefined;
    const seesIt = report && standing && mayAct(standing, IepAction.Read) && (report.status === ProgressReportStatus.Sent || mayAct(standing, IepAction.ReadProgressReportDraft));
    if (!report || !seesIt) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That progress report');
    }
    const sent = await this.reports.sentReport(report.id);
    if (!sent) throw conflict(M.notSent, { reason: 'NOT_SENT' });
    const language = locale ?? reportLocale(user.locale);
    const pdf = await renderReport(sent, language);
    await this.audit.record({
      event: AuditEvent.ProgressReportDownloaded, actorId: user.id, actorRole: user.role, studentId: sent.studentId, iepId: sent.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { reportId: sent.id, locale: language },
    });
    return { fileName: reportFileName(sent.content.period.name), pdf };
  }

  /** Every sent report of the student as a PDF, for the export of their records (whose access the caller decided). */
  async documentsOf(studentId: string, locale: DocumentLocale): Promise<Array<{ path: string; kind: string; content: Buffer }>> {
    const out: Array<{ path: string; kind: string; content: Buffer }> = [];
    for (const row of await this.reports.sentReportsOfStudent(studentId)) {
      const day = row.sentAt.toISOString().slice(0, 10);
      out.push({ path: `progress-reports/${day}-${row.id}.pdf`, kind: 'PROGRESS_REPORT', content: await renderReport(row, locale) });
    }
    return out;
  }
}
