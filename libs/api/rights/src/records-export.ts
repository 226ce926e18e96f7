import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import yazl from 'yazl';
import { meetingNoticeDocument } from '@iep/api/documents';
import { ProgressReportDocumentsService } from '@iep/api/progress';
import { StudentDocumentsService } from '@iep/api/signoff';
import { exportReadme } from './records.messages';
import type { RightsLocale } from './safeguards.messages';

export interface ManifestEntry {
  path: string;
  kind: string;
  bytes: number;
  sha256: string;
}

export interface RecordsExport {
  fileName: string;
  content: Buffer;
  sha256: string;
  manifest: { studentId: string; requestId: string; generatedAt: string; locale: RightsLocale; files: ManifestEntry[] };
}

interface ExportFile {
  path: string;
  kind: string;
  content: Buffer;
}

/**
 * The student's education records as one ZIP (34 CFR 300.613): the signed documents, the evaluation reports,
 * the progress data and reports, the meeting notices and the access record, with a README, a manifest and a SHA256SUMS file
 * that name every file with its SHA-256 digest. Files are written into the archive one at a time as they are made.
 */
@Injectable()
export class RecordsExportBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: StudentDocumentsService,
    private readonly progressReports: ProgressReportDocumentsService,
  ) {}

  async build(f: { requestId: string; studentId: string; requestedOn: string; preparedOn: string; locale: RightsLocale; at: Date }): Promise<RecordsExport> {
    const [who]: Array<{ studentName: string; lastName: string; districtName: string }> = await this.dataSource.query(
      `SELECT s.first_name || ' ' || s.last_name AS "studentName", s.last_name AS "lastName", d.name AS "districtName"
         FROM students s JOIN districts d ON d.id = s.district_id WHERE s.id = $1`,
      [f.studentId],
    );
    const zip = new yazl.ZipFile();
    const archive = collect(zip.outputStream);
    // Every entry carries the moment of the export; yazl refuses an absolute path or one that climbs out ("..").
    const put = (path: string, content: Buffer) => zip.addBuffer(content, path, { mtime: f.at });
    const files: ManifestEntry[] = [];
    const add = (file: ExportFile) => {
      put(file.path, file.content);
      files.push({ path: file.path, kind: file.kind, bytes: file.content.length, sha256: sha256(file.content) });
    };
    add({ path: 'README.txt', kind: 'README', content: Buffer.from(exportReadme({ ...who, requestedOn: f.requestedOn, preparedOn: f.preparedOn }, f.locale), 'utf8') });
    for (const document of await this.documents.documentsOf(f.studentId, f.locale)) add(document);
    for (const file of await this.evaluationReports(f.studentId)) add(file);
    for (const file of await this.progressData(f.studentId)) add(file);
    for (const file of await this.progressReports.documentsOf(f.studentId, f.locale)) add(file);
    for (const file of await this.meetingNotices(f.studentId, who.studentName, f.locale)) add(file);
    add(await this.accessRecord(f.studentId));
    const manifest = { studentId: f.studentId, requestId: f.requestId, generatedAt: f.at.toISOString(), locale: f.locale, files: [...files] };
    put('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    put('SHA256SUMS', Buffer.from(files.map((file) => `${file.sha256}  ${file.path}\n`).join(''), 'utf8'));
    zip.end();
    const content = await archive;
    const safeName = who.lastName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'student';
    return {
      fileName: `records-${safeName}-${f.preparedOn}.zip`, content, sha256: sha256(content), manifest,
    };
  }

  /** Each evaluator's report: the attached file as given, or the written report as text. */
  private async evaluationReports(studentId: string): Promise<ExportFile[]> {
    const rows: Array<{ id: string; area: string; completedOn: string; summary: string; fileName: string | null; fileContent: Buffer | null }> = await this.dataSource.query(
      `SELECT r.id, r.area, to_char(r.completed_on, 'YYYY-MM-DD') AS "completedOn", r.summary, r.file_name AS "fileName", r.file_content AS "fileContent"
         FROM evaluation_reports r JOIN evaluations e ON e.id = r.evaluation_id
        WHERE e.student_id = $1 ORDER BY r.completed_on, r.id`,
      [studentId],
    );
    return rows.flatMap((row) => {
      const folder = `evaluations/${row.completedOn}-${slug(row.area)}`;
      const summary: ExportFile = { path: `${folder}/report.txt`, kind: 'EVALUATION_REPORT', content: Buffer.from(`${row.summary}\n`, 'utf8') };
      return row.fileContent && row.fileName
        ? [summary, { path: `${folder}/${safeFileName(row.fileName)}`, kind: 'EVALUATION_REPORT_FILE', content: row.fileContent }]
        : [summary];
    });
  }

  /** Every data point recorded on every goal, one CSV per IEP. */
  private async progressData(studentId: string): Promise<ExportFile[]> {
    const rows: Array<{ iepId: string; started: string; goal: string | null; observedOn: string; value: string; setting: string; note: string; recordedAt: Date }> = await this.dataSource.query(
      `SELECT i.id AS "iepId", to_char(i.created_at, 'YYYY-MM-DD') AS started, p.content->>'annualGoal' AS goal,
              to_char(g.observed_on, 'YYYY-MM-DD') AS "observedOn", g.value::text AS value, g.setting, g.note, g.recorded_at AS "recordedAt"
         FROM goal_data_points g JOIN ieps i ON i.id = g.iep_id JOIN iep_parts p ON p.id = g.part_id
        WHERE i.student_id = $1 ORDER BY i.created_at, i.id, p.position, g.observed_on, g.recorded_at`,
      [studentId],
    );
    const byIep = new Map<string, { started: string; lines: string[] }>();
    for (const row of rows) {
      const entry = byIep.get(row.iepId) ?? { started: row.started, lines: [csvLine(['goal', 'observed_on', 'value', 'setting', 'note', 'recorded_at'])] };
      entry.lines.push(csvLine([row.goal ?? '', row.observedOn, row.value, row.setting, row.note, row.recordedAt.toISOString()]));
      byIep.set(row.iepId, entry);
    }
    return [...byIep].map(([iepId, entry]) => ({ path: `progress/${entry.started}-${iepId}.csv`, kind: 'PROGRESS_DATA', content: Buffer.from(entry.lines.join(''), 'utf8') }));
  }

  private async meetingNotices(studentId: string, studentName: string, locale: RightsLocale): Promise<ExportFile[]> {
    const rows: Array<{ id: string; purpose: string; startsAt: Date; timeZone: string; durationMinutes: number; location: string | null; callIn: string | null; noticeSentAt: Date; status: string; invited: string[] }> = await this.dataSource.query(
      `SELECT m.id, m.purpose, m.starts_at AS "startsAt", m.time_zone AS "timeZone", m.duration_minutes AS "durationMinutes", m.location, m.call_in AS "callIn",
              m.notice_sent_at AS "noticeSentAt", m.status,
              coalesce((SELECT array_agg(u.display_name ORDER BY u.display_name) FROM iep_meeting_invitees v JOIN users u ON u.id = v.user_id WHERE v.meeting_id = m.id), '{}') AS invited
         FROM iep_meetings m JOIN ieps i ON i.id = m.iep_id WHERE i.student_id = $1 ORDER BY m.starts_at, m.id`,
      [studentId],
    );
    const out: ExportFile[] = [];
    for (const row of rows) {
      out.push({ path: `meeting-notices/${row.startsAt.toISOString().slice(0, 10)}-${row.id}.pdf`, kind: 'MEETING_NOTICE', content: await meetingNoticeDocument({ ...row, studentName }, locale) });
    }
    return out;
  }

  /** Who looked at or changed the student's records (34 CFR 300.614), every allowed access, oldest first. */
  private async accessRecord(studentId: string): Promise<ExportFile> {
    const rows: Array<{ occurredAt: Date; actor: string | null; role: string | null; event: string; iepId: string | null }> = await this.dataSource.query(
      `SELECT a.occurred_at AS "occurredAt", u.display_name AS actor, a.actor_role AS role, a.event, a.iep_id AS "iepId"
         FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
        WHERE (a.student_id = $1 OR a.student_ids @> ARRAY[$1::uuid]) AND a.outcome = 'ALLOWED' ORDER BY a.id`,
      [studentId],
    );
    const lines = [csvLine(['occurred_at', 'who', 'role', 'what', 'iep_id'])];
    for (const row of rows) lines.push(csvLine([row.occurredAt.toISOString(), row.actor ?? '', row.role ?? '', row.event, row.iepId ?? '']));
    return { path: 'access-record.csv', kind: 'ACCESS_RECORD', content: Buffer.from(lines.join(''), 'utf8') };
  }
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The whole archive once yazl has written its central directory. */
function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\r\n`;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'report';
}

/** An uploaded name as a single safe path segment, keeping its extension. */
function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')].map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('').replace(/^\.+/, '_');
  return cleaned.length > 0 ? cleaned : 'report';
}
