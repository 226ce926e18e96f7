import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { deadlineStatus, type IsoDate } from '@iep/domain';
import { DEADLINE_COLUMNS, type DeadlineRecord } from './deadlines.service';
import type { DeadlineModel } from './models/deadline.model';

type DeadlineRow = DeadlineRecord & { responsibleName: string | null; today: IsoDate };

const SELECT_DEADLINES = `SELECT ${DEADLINE_COLUMNS}, u.display_name AS "responsibleName",
    to_char(current_date, 'YYYY-MM-DD') AS today
  FROM deadlines d LEFT JOIN users u ON u.id = d.responsible_user_id`;

/**
 * Deadlines as a reader sees them. Access is decided per record before anything is read, by the same
 * bulk checks as the IEP and student queries; a denial is audited and answered NOT_FOUND, so that a
 * stranger cannot tell a hidden record from a missing one.
 */
@Injectable()
export class DeadlinesReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
  ) {}

  async forIep(user: AuthUser, iepId: string, meta: RequestMeta): Promise<DeadlineModel[]> {
    const visible = await this.access.visibleIepIds(user, [iepId]);
    if (!visible.has(iepId)) {
      await this.deny(user, meta, 'iepDeadlines');
      throw notFound('That IEP');
    }
    const [rows, [iep]]: [DeadlineRow[], Array<{ student_id: string }>] = await Promise.all([
      this.dataSource.query(`${SELECT_DEADLINES} WHERE d.iep_id = $1 ORDER BY d.due_date, d.kind, d.id`, [iepId]),
      this.dataSource.query(`SELECT student_id FROM ieps WHERE id = $1`, [iepId]),
    ]);
    await this.viewed(user, meta, 'IEP', iep.student_id, iepId);
    return rows.map(toModel);
  }

  /** The student's own deadlines and those of the student's IEPs the caller may see. */
  async forStudent(user: AuthUser, studentId: string, meta: RequestMeta): Promise<DeadlineModel[]> {
    const visible = await this.access.visibleStudentIds(user, [studentId]);
    if (!visible.has(studentId)) {
      await this.deny(user, meta, 'studentDeadlines');
      throw notFound('That student');
    }
    const [rows, ieps]: [DeadlineRow[], Map<string, string[]>] = await Promise.all([
      this.dataSource.query(`${SELECT_DEADLINES} WHERE d.student_id = $1 ORDER BY d.due_date, d.kind, d.id`, [studentId]),
      this.access.visibleIepIdsByStudent(user, [studentId]),
    ]);
    const visibleIeps = new Set(ieps.get(studentId) ?? []);
    await this.viewed(user, meta, 'STUDENT', studentId, null);
    return rows.filter((row) => row.iepId === null || visibleIeps.has(row.iepId)).map(toModel);
  }

  /**
   * The open deadlines of students the caller already may see (the caller checked and audits the read),
   * soonest first, each student's own and those of the student's IEPs the caller may see: one statement
   * for the deadlines and one for the IEPs, whatever the number of students.
   */
  async openByStudent(user: AuthUser, studentIds: readonly string[]): Promise<Map<string, DeadlineModel[]>> {
    const result = new Map<string, DeadlineModel[]>(studentIds.map((id) => [id, []]));
    if (studentIds.length === 0) return result;
    const [rows, ieps]: [DeadlineRow[], Map<string, string[]>] = await Promise.all([
      this.dataSource.query(`${SELECT_DEADLINES} WHERE d.student_id = ANY($1::uuid[]) AND d.met_on IS NULL AND d.closed_on IS NULL ORDER BY d.due_date, d.kind, d.id`, [studentIds]),
      this.access.visibleIepIdsByStudent(user, studentIds),
    ]);
    const visibleIeps = new Set([...ieps.values()].flat());
    for (const row of rows) {
      if (row.iepId === null || visibleIeps.has(row.iepId)) result.get(row.studentId)?.push(toModel(row));
    }
    return result;
  }

  private deny(user: AuthUser, meta: RequestMeta, operation: string): Promise<void> {
    return this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
  }


  private viewed(user: AuthUser, meta: RequestMeta, scope: 'IEP' | 'STUDENT', studentId: string, iepId: string | null) {
    return this.audit.record({
      event: AuditEvent.DeadlinesViewed,
      actorId: user.id,
      actorRole: user.role,
      studentId,
      iepId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      data: { scope },
    });
  }
}

function toModel({ responsibleName, today, ...record }: DeadlineRow): DeadlineModel {
  return {
    id: record.id,
    kind: record.kind,
    studentId: record.studentId,
    iepId: record.iepId,
    eventKind: record.eventKind,
    eventDate: record.eventDate,
    dueDate: record.dueDate,
    metOn: record.metOn,
    closedOn: record.closedOn,
    closedReason: record.closedReason,
    status: deadlineStatus(record.dueDate, record.metOn, today, record.closedOn),
    responsibleName,
    estimated: record.explanation.estimated === true,
    record,
  };
}
