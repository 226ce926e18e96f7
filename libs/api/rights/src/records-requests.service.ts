import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, DomainError, ErrorCode, forbidden, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { DeadlineEventKind, DeadlinesService, type DeadlineActor } from '@iep/api/deadlines';
import { NotificationService } from '@iep/api/notifications';
import { describeDeadline, mayActOnStudent, StudentAction, wallClock, type DeadlineResult, type IsoDate, type StudentStanding } from '@iep/domain';
import type { RequestRecordsInput } from './dto/records.inputs';
import type { RecordsRequestModel, StudentRecordsRequestsModel } from './models/records-request.model';
import { RecordsExportBuilder } from './records-export';
import { ALREADY_OPEN, ALREADY_PREPARED, ANSWERED_TODAY, NOT_FULFILLER, NOT_READY, NOT_RIGHTS_HOLDER, NOTE_TOO_LONG, recordsReadyNotice } from './records.messages';
import { rightsLocale } from './safeguards.messages';

export const RECORDS_READY_NOTIFICATION = 'RECORDS_READY';

interface StudentFacts {
  id: string;
  firstName: string;
  today: IsoDate;
  standing: StudentStanding;
}

interface RequestRow {
  id: string;
  studentId: string;
  status: 'REQUESTED' | 'READY' | 'DELIVERED';
  requestedOn: string;
  requestedByName: string;
  note: string;
  locale: string;
  deadlineId: string;
  dueDate: string;
  metOn: string | null;
  kind: string;
  explanation: DeadlineResult['explanation'];
  preparedAt: Date | null;
  preparedByName: string | null;
  exportSize: number | null;
  exportSha256: string | null;
  fileCount: number | null;
  deliveredAt: Date | null;
  deliveredToName: string | null;
}

const REQUEST_SQL = `
  SELECT r.id, r.student_id AS "studentId", r.status, to_char(r.requested_on, 'YYYY-MM-DD') AS "requestedOn", q.display_name AS "requestedByName",
         r.note, r.locale, r.deadline_id AS "deadlineId", to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", to_char(d.met_on, 'YYYY-MM-DD') AS "metOn",
         d.kind, d.explanation, r.prepared_at AS "preparedAt", p.display_name AS "preparedByName", r.export_size AS "exportSize",
         r.export_sha256 AS "exportSha256", jsonb_array_length(r.manifest->'files') AS "fileCount",
         r.delivered_at AS "deliveredAt", t.display_name AS "deliveredToName"
    FROM records_requests r JOIN deadlines d ON d.id = r.deadline_id JOIN users q ON q.id = r.requested_by_id
    LEFT JOIN users p ON p.id = r.prepared_by_id LEFT JOIN users t ON t.id = r.delivered_to_id`;

/**
 * Records requests (34 CFR 300.613): a rights-holding parent asks in the app, which starts the RECORDS_REQUEST
 * deadline of the state's profile (due before the student's next IEP meeting if that comes first); the case
 * manager or district staff prepare one ZIP of the records; the parent's download is the delivery that meets
 * the deadline. Who may do each is StudentAction in the one access policy; every step and refusal is audited.
 */
@Injectable()
export class RecordsRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationService,
    private readonly exports: RecordsExportBuilder,
  ) {}

  /** The student as the caller reaches them; without a relationship (or any reason to see requests), NOT_FOUND, audited. */
  private async student(user: AuthUser, studentId: string, meta: RequestMeta, operation: string): Promise<StudentFacts> {
    const standings = isUuid(studentId) ? await this.records.studentStandings(user, [studentId]) : new Map<string, StudentStanding>();
    const standing = standings.get(studentId);
    if (!standing || !mayActOnStudent(standing, StudentAction.ReadRecordsRequests)) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That student');
    }
    const [row]: Array<{ first_name: string; time_zone: string }> = await this.dataSource.query(
      `SELECT s.first_name, d.time_zone FROM students s JOIN districts d ON d.id = s.district_id WHERE s.id = $1`,
      [studentId],
    );
    return { id: studentId, firstName: row.first_name, today: wallClock(new Date(), row.time_zone).date as IsoDate, standing };
  }

  async view(user: AuthUser, studentId: string, meta: RequestMeta): Promise<StudentRecordsRequestsModel> {
    const student = await this.student(user, studentId, meta, 'studentRecordsRequests');
    await this.audit.record({
      event: AuditEvent.RecordsRequestsViewed, actorId: user.id, actorRole: user.role, studentId, ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    return this.requestsOf(user, student);
  }

  async request(user: AuthUser, input: RequestRecordsInput, meta: RequestMeta): Promise<StudentRecordsRequestsModel> {
    const student = await this.student(user, input.studentId, meta, 'requestRecords');
    if (!mayActOnStudent(student.standing, StudentAction.RequestRecords)) {
      await this.audit.recordDenial(user, meta, 'requestRecords', 'NOT_RIGHTS_HOLDER');
      throw forbidden(NOT_RIGHTS_HOLDER);
    }
    const note = (input.note ?? '').trim();
    if (note.length > 2000) throw badInput(NOTE_TOO_LONG, { field: 'note' });
    try {
      await this.dataSource.transaction(async (m) => {
        const deadline = await this.deadlines.recordEvent(
          m, { studentId: student.id, eventKind: DeadlineEventKind.RecordsRequest, date: student.today }, { actor: actorOf(user, meta), today: student.today },
        );
        // A deadline runs from a day: a second request on the day an earlier one was answered would share that
        // met deadline and count as on time without any clock. The family asks again the next day.
        if (deadline.metOn !== null) throw conflict(ANSWERED_TODAY, { reason: 'ANSWERED_TODAY' });
        const [{ id }]: Array<{ id: string }> = await m.query(
          `INSERT INTO records_requests (student_id, requested_by_id, requested_on, note, locale, deadline_id)
           VALUES ($1, $2, $3::date, $4, $5, $6) RETURNING id`,
          [student.id, user.id, student.today, note, rightsLocale(user.locale), deadline.id],
        );
        await this.audit.record(
          {
            event: AuditEvent.RecordsRequested, actorId: user.id, actorRole: user.role, studentId: student.id, ip: meta.ip, userAgent: meta.userAgent,
            data: { requestId: id, deadlineId: deadline.id, dueDate: deadline.dueDate },
          },
          m,
        );
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw conflict(ALREADY_OPEN, { reason: 'ALREADY_OPEN' });
      throw error;
    }
    return this.requestsOf(user, student);
  }

  /** The district answers: the ZIP is built now and kept as it is handed over. */
  async prepare(user: AuthUser, requestId: string, meta: RequestMeta): Promise<StudentRecordsRequestsModel> {
    const row = await this.row(requestId);
    if (!row) {
      await this.audit.recordDenial(user, meta, 'prepareRecordsExport', 'NO_SUCH_RECORD');
      throw notFound('That records request');
    }
    const student = await this.studentOrNotFoundRequest(user, row.studentId, meta, 'prepareRecordsExport');
    if (!mayActOnStudent(student.standing, StudentAction.FulfilRecordsRequest)) {
      await this.audit.recordDenial(user, meta, 'prepareRecordsExport', 'NOT_FULFILLER');
      throw forbidden(NOT_FULFILLER);
    }
    if (row.status !== 'REQUESTED') throw conflict(ALREADY_PREPARED, { reason: 'ALREADY_PREPARED', status: row.status });
    const at = new Date();
    const built = await this.exports.build({
      requestId: row.id, studentId: row.studentId, requestedOn: row.requestedOn, preparedOn: student.today, locale: rightsLocale(row.locale), at,
    });
    await this.dataSource.transaction(async (m) => {
      const [[updated]]: [Array<{ requested_by_id: string }>, number] = await m.query(
        `UPDATE records_requests SET status = 'READY', prepared_by_id = $2, prepared_at = $3, export_file_name = $4, export_sha256 = $5,
                export_size = $6, export_content = $7, manifest = $8::jsonb, version = version + 1, updated_at = now()
          WHERE id = $1 AND status = 'REQUESTED' RETURNING requested_by_id`,
        [row.id, user.id, at, built.fileName, built.sha256, built.content.length, built.content, JSON.stringify(built.manifest)],
      );
      // Two staff preparing at once: the second finds it prepared.
      if (!updated) throw conflict(ALREADY_PREPARED, { reason: 'ALREADY_PREPARED' });
      await this.audit.record(
        {
          event: AuditEvent.RecordsExportPrepared, actorId: user.id, actorRole: user.role, studentId: row.studentId, ip: meta.ip, userAgent: meta.userAgent,
          data: { requestId: row.id, sha256: built.sha256, files: built.manifest.files.length, bytes: built.content.length },
        },
        m,
      );
      const words = recordsReadyNotice({ studentFirstName: student.firstName }, rightsLocale(row.locale));
      await this.notifications.notify(m, [{
        userId: updated.requested_by_id, kind: RECORDS_READY_NOTIFICATION, title: words.title, body: words.body,
        link: `/students/${row.studentId}/records`, data: { studentId: row.studentId, requestId: row.id },
      }]);
    });
    return this.requestsOf(user, student);
  }

  /**
   * The ZIP for a download: the rights-holding parent's first download is the delivery, recorded with the
   * deadline met that day; staff may download to check what they prepared, which delivers nothing.
   */
  async download(user: AuthUser, requestId: string, meta: RequestMeta): Promise<{ fileName: string; content: Buffer; sha256: string }> {
    const row = await this.row(requestId);
    if (!row) {
      await this.audit.recordDenial(user, meta, 'downloadRecordsExport', 'NO_SUCH_RECORD');
      throw notFound('That records request');
    }
    const student = await this.studentOrNotFoundRequest(user, row.studentId, meta, 'downloadRecordsExport');
    const family = mayActOnStudent(student.standing, StudentAction.RequestRecords);
    if (!family && !mayActOnStudent(student.standing, StudentAction.FulfilRecordsRequest)) {
      await this.audit.recordDenial(user, meta, 'downloadRecordsExport', 'NO_RELATIONSHIP');
      throw notFound('That records request');
    }
    if (row.status === 'REQUESTED') throw conflict(NOT_READY, { reason: 'NOT_READY' });
    return this.dataSource.transaction(async (m) => {
      const [file]: Array<{ fileName: string; content: Buffer; sha256: string; deliveredAt: Date | null }> = await m.query(
        `SELECT export_file_name AS "fileName", export_content AS content, export_sha256 AS sha256, delivered_at AS "deliveredAt"
           FROM records_requests WHERE id = $1 FOR NO KEY UPDATE`,
        [row.id],
      );
      const delivery = family && file.deliveredAt === null;
      let deadlineMet = false;
      if (delivery) {
        await m.query(
          `UPDATE records_requests SET status = 'DELIVERED', delivered_at = now(), delivered_to_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [row.id, user.id],
        );
        const met = await this.deadlines.markMet(m, row.deadlineId, student.today, { actor: actorOf(user, meta), today: student.today });
        deadlineMet = met.metOn !== null && met.metOn <= met.dueDate;
      }
      await this.audit.record(
        {
          event: AuditEvent.RecordsExportDownloaded, actorId: user.id, actorRole: user.role, studentId: row.studentId, ip: meta.ip, userAgent: meta.userAgent,
          data: { requestId: row.id, sha256: file.sha256, delivery, deadlineMet },
        },
        m,
      );
      return { fileName: file.fileName, content: file.content, sha256: file.sha256 };
    });
  }

  /** A request's student, where a caller without a relationship is told the request does not exist. */
  private async studentOrNotFoundRequest(user: AuthUser, studentId: string, meta: RequestMeta, operation: string): Promise<StudentFacts> {
    try {
      return await this.student(user, studentId, meta, operation);
    } catch (error) {
      if (error instanceof DomainError && error.extensions.code === ErrorCode.NotFound) throw notFound('That records request');
      throw error;
    }
  }

  private async row(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<RequestRow | undefined> {
    if (!isUuid(requestId)) return undefined;
    const [row]: RequestRow[] = await manager.query(`${REQUEST_SQL} WHERE r.id = $1`, [requestId]);
    return row;
  }

  private async requestsOf(user: AuthUser, student: StudentFacts): Promise<StudentRecordsRequestsModel> {
    const rows: RequestRow[] = await this.dataSource.query(`${REQUEST_SQL} WHERE r.student_id = $1 ORDER BY r.requested_at DESC, r.id`, [student.id]);
    const locale = rightsLocale(user.locale);
    const family = mayActOnStudent(student.standing, StudentAction.RequestRecords);
    const fulfiller = mayActOnStudent(student.standing, StudentAction.FulfilRecordsRequest);
    const requests: RecordsRequestModel[] = rows.map((row) => ({
      id: row.id, status: row.status, requestedOn: row.requestedOn, requestedByName: row.requestedByName, note: row.note, dueDate: row.dueDate,
      dueExplanation: describeDeadline({ kind: 'RECORDS_REQUEST', dueDate: row.dueDate as IsoDate, explanation: row.explanation }, locale),
      dueBeforeMeeting: row.explanation.beforeMeeting ?? null, metOn: row.metOn, preparedAt: row.preparedAt, preparedByName: row.preparedByName,
      exportBytes: row.exportSize, exportSha256: row.exportSha256, fileCount: row.fileCount, deliveredAt: row.deliveredAt, deliveredToName: row.deliveredToName,
      downloadUrl: row.status !== 'REQUESTED' && (family || fulfiller) ? `/documents/records-requests/${row.id}.zip` : null,
    }));
    const open = rows.some((row) => row.status !== 'DELIVERED' || row.requestedOn === student.today);
    return {
      studentId: student.id, studentFirstName: student.firstName, requests,
      viewerCanRequest: family && !open, viewerCanPrepare: fulfiller,
    };
  }
}

function actorOf(user: AuthUser, meta: RequestMeta): DeadlineActor {
  return { userId: user.id, role: user.role, ip: meta.ip, userAgent: meta.userAgent };
}
