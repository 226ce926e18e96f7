import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { auditInsertSql } from '@iep/api/audit';
import { DeadlineKind } from '@iep/domain';
import { ProgressReportStatus, type ProgressReportCode } from '@iep/domain/progress';

type Queryable = Pick<DataSource | EntityManager, 'query'>;
interface Person { id: string; displayName: string }

/** A reporting period of an IEP (one of its open or met PROGRESS_REPORT deadlines) with its report, if one was started. */
export interface ReportRow {
  periodId: string;
  periodName: string;
  firstDay: string;
  lastDay: string;
  dueDate: string;
  deadlineId: string;
  deadlineMetOn: string | null;
  iepId: string;
  reportId: string | null;
  status: ProgressReportStatus;
  content: SentContent | null;
  digest: string | null;
  sentAt: Date | null;
  sentBy: Person | null;
  readAt: Date | null;
  readBy: Person | null;
}

/** What a sent report froze, per goal: the words and the data the family received. */
export interface SentContent {
  iepId: string;
  period: { id: string; name: string; firstDay: string; lastDay: string };
  goals: Array<{ partId: string; code: ProgressReportCode | null; narrative: string; version: number; progress: Record<string, unknown> }>;
}

export interface EntryRow {
  id: string;
  reportId: string;
  partId: string;
  code: ProgressReportCode | null;
  narrative: string;
  version: number;
  updatedBy: Person;
  updatedAt: Date;
}

export interface QuestionRow {
  id: string;
  reportId: string;
  partId: string;
  body: string;
  author: Person;
  createdAt: Date;
}

export interface ReportById {
  id: string;
  iepId: string;
  periodId: string;
  status: ProgressReportStatus;
  content: SentContent | null;
}

/** A sent report with what its document names: the student, the district and who sent it. */
export interface SentReportRow {
  id: string;
  iepId: string;
  studentId: string;
  studentName: string;
  districtName: string;
  timeZone: string;
  content: SentContent;
  digest: string;
  sentAt: Date;
  sentBy: string;
}

const SENT_REPORTS_SQL = `
  SELECT r.id, r.iep_id AS "iepId", s.id AS "studentId", s.first_name || ' ' || s.last_name AS "studentName", d.name AS "districtName",
         d.time_zone AS "timeZone", r.content, r.digest, r.sent_at AS "sentAt", u.display_name AS "sentBy"
    FROM progress_reports r
    JOIN ieps i ON i.id = r.iep_id JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id
    JOIN users u ON u.id = r.sent_by_id
   WHERE r.status = '${ProgressReportStatus.Sent}'`;

export interface FamilyRecipient {
  id: string;
  email: string;
  locale: string;
  wantsEmail: boolean;
}

const person = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name) END`;

// $1 IEP, $2 period or null.
const REPORTS_SQL = `
  SELECT p.id AS "periodId", p.name AS "periodName", to_char(p.first_day, 'YYYY-MM-DD') AS "firstDay", to_char(p.last_day, 'YYYY-MM-DD') AS "lastDay",
         to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.id AS "deadlineId", to_char(d.met_on, 'YYYY-MM-DD') AS "deadlineMetOn", d.iep_id AS "iepId",
         r.id AS "reportId", coalesce(r.status, '${ProgressReportStatus.Draft}') AS status, r.content, r.digest,
         r.sent_at AS "sentAt", ${person('sb')} AS "sentBy", r.read_at AS "readAt", ${person('rb')} AS "readBy"
    FROM deadlines d
    JOIN reporting_periods p ON p.id = d.reporting_period_id
    LEFT JOIN progress_reports r ON r.iep_id = d.iep_id AND r.reporting_period_id = p.id
    LEFT JOIN users sb ON sb.id = r.sent_by_id
    LEFT JOIN users rb ON rb.id = r.read_by_id
   WHERE d.iep_id = $1 AND d.kind = '${DeadlineKind.ProgressReport}' AND ($2::uuid IS NULL OR p.id = $2::uuid)
     -- A report no longer owed (its IEP left force, consent was revoked, the period was removed) is neither written nor sent.
     AND d.closed_on IS NULL AND p.deleted_at IS NULL
   ORDER BY p.first_day, p.id`;

const ENTRIES_SQL = `
  SELECT e.id, e.report_id AS "reportId", e.part_id AS "partId", e.code, e.narrative, e.version,
         json_build_object('id', u.id, 'displayName', u.display_name) AS "updatedBy", e.updated_at AS "updatedAt"
    FROM progress_report_entries e JOIN users u ON u.id = e.updated_by_id
   WHERE e.report_id = ANY($1::uuid[])`;

const QUESTIONS_SQL = `
  SELECT q.id, q.report_id AS "reportId", q.part_id AS "partId", q.body,
         json_build_object('id', u.id, 'displayName', u.display_name) AS author, q.created_at AS "createdAt"
    FROM progress_report_questions q JOIN users u ON u.id = q.author_id
   WHERE q.report_id = ANY($1::uuid[]) ORDER BY q.created_at, q.id`;

// The first words of a goal's entry: written only while the report is a draft (FOR SHARE waits for a
// send in progress, and then sees it sent) and only if nobody wrote the entry first.
// $1 entry id, $2 report, $3 part, $4 code, $5 narrative, $6 author, $7 audit rows.
const INSERT_ENTRY_SQL = `
  WITH draft AS (SELECT id FROM progress_reports WHERE id = $2 AND status = '${ProgressReportStatus.Draft}' FOR SHARE),
  ins AS (
    INSERT INTO progress_report_entries (id, report_id, part_id, code, narrative, updated_by_id)
    SELECT $1, $2, $3, $4, $5, $6 FROM draft
    ON CONFLICT (report_id, part_id) DO NOTHING
    RETURNING *),
  rev AS (
    INSERT INTO progress_report_entry_revisions (entry_id, version, code, narrative, author_id)
    SELECT id, version, code, narrative, updated_by_id FROM ins),
  audit AS (${auditInsertSql('$7', { onlyIf: 'EXISTS (SELECT 1 FROM ins)' })})
  SELECT id FROM ins`;

// Words over the version the writer read, on a draft only. $1 report, $2 part, $3 base version, $4 code,
// $5 narrative, $6 author, $7 audit rows.
const UPDATE_ENTRY_SQL = `
  WITH draft AS (SELECT id FROM progress_reports WHERE id = $1 AND status = '${ProgressReportStatus.Draft}' FOR SHARE),
  upd AS (
    UPDATE progress_report_entries e SET code = $4, narrative = $5, version = e.version + 1, updated_by_id = $6, updated_at = now()
     WHERE e.report_id = $1 AND e.part_id = $2 AND e.version = $3 AND EXISTS (SELECT 1 FROM draft)
    RETURNING *),
  rev AS (
    INSERT INTO progress_report_entry_revisions (entry_id, version, code, narrative, author_id)
    SELECT id, version, code, narrative, updated_by_id FROM upd),
  audit AS (${auditInsertSql('$7', { onlyIf: 'EXISTS (SELECT 1 FROM upd)' })})
  SELECT id FROM upd`;

// $1 report, $2 reader, $3 audit rows.
const MARK_READ_SQL = `
  WITH upd AS (
    UPDATE progress_reports SET read_at = now(), read_by_id = $2
     WHERE id = $1 AND status = '${ProgressReportStatus.Sent}' AND read_at IS NULL RETURNING id),
  audit AS (${auditInsertSql('$3', { onlyIf: 'EXISTS (SELECT 1 FROM upd)' })})
  SELECT id FROM upd`;

// $1 id, $2 report, $3 part, $4 author, $5 body, $6 audit rows.
const ASK_SQL = `
  WITH ins AS (
    INSERT INTO progress_report_questions (id, report_id, part_id, author_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING id),
  audit AS (${auditInsertSql('$6', { onlyIf: 'EXISTS (SELECT 1 FROM ins)' })})
  SELECT id FROM ins`;

/** The SQL of progress reports, with typed rows. */
@Injectable()
export class ProgressReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  reportsOf(iepId: string, periodId: string | null = null, q: Queryable = this.dataSource): Promise<ReportRow[]> {
    return q.query(REPORTS_SQL, [iepId, periodId]);
  }

  entriesOf(reportIds: readonly string[], q: Queryable = this.dataSource): Promise<EntryRow[]> {
    return reportIds.length === 0 ? Promise.resolve([]) : q.query(ENTRIES_SQL, [reportIds]);
  }

  questionsOf(reportIds: readonly string[]): Promise<QuestionRow[]> {
    return reportIds.length === 0 ? Promise.resolve([]) : this.dataSource.query(QUESTIONS_SQL, [reportIds]);
  }

  async studentOf(iepId: string): Promise<string | null> {
    const [row]: Array<{ studentId: string }> = await this.dataSource.query(`SELECT student_id AS "studentId" FROM ieps WHERE id = $1`, [iepId]);
    return row?.studentId ?? null;
  }

  async reportById(id: string): Promise<ReportById | null> {
    const [row]: ReportById[] = await this.dataSource.query(
      `SELECT id, iep_id AS "iepId", reporting_period_id AS "periodId", status, content FROM progress_reports WHERE id = $1`, [id],
    );
    return row ?? null;
  }

  /** The sent report, with what its document names; null when there is none or it is not sent. */
  async sentReport(id: string, q: Queryable = this.dataSource): Promise<SentReportRow | null> {
    const [row]: SentReportRow[] = await q.query(`${SENT_REPORTS_SQL} AND r.id = $1`, [id]);
    return row ?? null;
  }

  /** Every report sent about a student, oldest first. */
  sentReportsOfStudent(studentId: string): Promise<SentReportRow[]> {
    return this.dataSource.query(`${SENT_REPORTS_SQL} AND i.student_id = $1 ORDER BY r.sent_at, r.id`, [studentId]);
  }

  /** The report of the period, made on its first words; its id. */
  async ensureReport(iepId: string, periodId: string, q: Queryable = this.dataSource): Promise<string> {
    await q.query(`INSERT INTO progress_reports (iep_id, reporting_period_id) VALUES ($1, $2) ON CONFLICT (iep_id, reporting_period_id) DO NOTHING`, [iepId, periodId]);
    const [{ id }]: Array<{ id: string }> = await q.query(`SELECT id FROM progress_reports WHERE iep_id = $1 AND reporting_period_id = $2`, [iepId, periodId]);
    return id;
  }

  /** True when written; false when the entry was written first by someone else, or the report is no longer a draft. */
  async insertEntry(entry: { id: string; reportId: string; partId: string; code: ProgressReportCode | null; narrative: string; authorId: string }, audit: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(INSERT_ENTRY_SQL, [entry.id, entry.reportId, entry.partId, entry.code, entry.narrative, entry.authorId, audit]);
    return rows.length === 1;
  }

  /** True when written; false when the entry is no longer at `baseVersion`, or the report is no longer a draft. */
  async updateEntry(entry: { reportId: string; partId: string; baseVersion: number; code: ProgressReportCode | null; narrative: string; authorId: string }, audit: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(UPDATE_ENTRY_SQL, [entry.reportId, entry.partId, entry.baseVersion, entry.code, entry.narrative, entry.authorId, audit]);
    return rows.length === 1;
  }

  /** The report row locked for sending: entry writes wait for the send, and a writer holding it finishes first. */
  async lockForSend(m: EntityManager, reportId: string): Promise<ProgressReportStatus> {
    const [{ status }]: Array<{ status: ProgressReportStatus }> = await m.query(`SELECT status FROM progress_reports WHERE id = $1 FOR UPDATE`, [reportId]);
    return status;
  }

  async markSent(m: EntityManager, sent: { reportId: string; content: SentContent; digest: string; seal: string; byId: string }): Promise<void> {
    await m.query(
      `UPDATE progress_reports SET status = '${ProgressReportStatus.Sent}', content = $2::jsonb, digest = $3, seal = $4, sent_at = now(), sent_by_id = $5
        WHERE id = $1 AND status = '${ProgressReportStatus.Draft}'`,
      [sent.reportId, JSON.stringify(sent.content), sent.digest, sent.seal, sent.byId],
    );
  }

  /** The family of the student, with each one's language and whether they take progress reports by e-mail too. */
  familyOf(m: EntityManager, studentId: string): Promise<FamilyRecipient[]> {
    // Their choice for progress reports (the kind's own row first, then every kind); no row means yes, as for reminders.
    return m.query(
      `SELECT u.id, u.email, u.locale,
              coalesce((SELECT np.email FROM notification_preferences np
                         WHERE np.user_id = u.id AND np.deadline_kind IN ('*', '${DeadlineKind.ProgressReport}') AND np.reminder_kind IN ('*', 'REMINDER')
                         ORDER BY (np.deadline_kind <> '*') DESC, (np.reminder_kind <> '*') DESC LIMIT 1), true) AS "wantsEmail"
         FROM guardianships g JOIN users u ON u.id = g.user_id
        WHERE g.student_id = $1 AND u.active ORDER BY u.id`,
      [studentId],
    );
  }

  async markRead(reportId: string, readerId: string, audit: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(MARK_READ_SQL, [reportId, readerId, audit]);
    return rows.length === 1;
  }

  async ask(question: { id: string; reportId: string; partId: string; authorId: string; body: string }, audit: string): Promise<void> {
    await this.dataSource.query(ASK_SQL, [question.id, question.reportId, question.partId, question.authorId, question.body, audit]);
  }
}
