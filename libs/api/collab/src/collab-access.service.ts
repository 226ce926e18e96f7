import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { badInput, forbidden, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { IepStatus, UserRole } from '@iep/domain';

export interface CollabIep {
  id: string;
  studentId: string;
  studentFirstName: string;
  caseManagerId: string;
  status: IepStatus;
}

export interface ThreadRow {
  id: string;
  iepId: string;
  partId: string | null;
  quote: string | null;
  createdById: string;
  assigneeId: string | null;
  resolvedAt: Date | null;
  resolvedById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const THREAD_COLUMNS = `t.id, t.iep_id AS "iepId", t.part_id AS "partId", t.quote, t.created_by_id AS "createdById",
  t.assignee_id AS "assigneeId", t.resolved_at AS "resolvedAt", t.resolved_by_id AS "resolvedById",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/** Drafts and proposals are still being negotiated; a plan in force or in the past is a record, not a discussion. */
const OPEN_FOR_COMMENTS: ReadonlySet<IepStatus> = new Set([IepStatus.Draft, IepStatus.Proposed]);

/** Families and guests act on their own threads; school staff who can see the IEP look after every thread. */
const FAMILY_AND_GUESTS: ReadonlySet<UserRole> = new Set([UserRole.Parent, UserRole.Student, UserRole.Guest]);

/**
 * Which IEP or thread a comment operation is about, and whether the caller reaches it. Visibility comes
 * from RecordAccessService (one statement); a thread the caller cannot see is "not found", like an IEP.
 */
@Injectable()
export class CollabAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
  ) {}

  async visibleIepOrDeny(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<CollabIep> {
    const visible = isUuid(iepId) && (await this.access.visibleIepIds(user, [iepId])).has(iepId);
    if (!visible) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    return this.iep(iepId);
  }

  async visibleThreadOrDeny(
    user: AuthUser,
    threadId: string,
    meta: RequestMeta,
    operation: string,
  ): Promise<{ thread: ThreadRow; iep: CollabIep }> {
    const [thread]: ThreadRow[] = isUuid(threadId)
      ? await this.dataSource.query(`SELECT ${THREAD_COLUMNS} FROM iep_comment_threads t WHERE t.id = $1`, [threadId])
      : [];
    const visible = thread ? (await this.access.visibleIepIds(user, [thread.iepId])).has(thread.iepId) : false;
    if (!thread || !visible) {
      await this.audit.recordDenial(user, meta, operation, thread ? 'NO_RELATIONSHIP' : 'NO_SUCH_THREAD');
      throw notFound('That comment thread');
    }
    return { thread, iep: await this.iep(thread.iepId) };
  }

  /** A thread is looked after by whoever started it, its assignee, the case manager and the school staff. */
  async mayManageThreadOrDeny(user: AuthUser, iep: CollabIep, thread: ThreadRow, meta: RequestMeta, operation: string): Promise<void> {
    const mayManage =
      thread.createdById === user.id ||
      thread.assigneeId === user.id ||
      iep.caseManagerId === user.id ||
      !FAMILY_AND_GUESTS.has(user.role);
    if (!mayManage) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_THREAD_PARTICIPANT');
      throw forbidden({
        en: 'Only the person who started this thread, the person it is assigned to, or the school staff can change it.',
        es: 'Solo quien abrió esta conversación, la persona a quien está asignada o el personal de la escuela pueden cambiarla.',
      });
    }
  }

  assertOpenForComments(iep: CollabIep): void {
    if (!OPEN_FOR_COMMENTS.has(iep.status)) {
      throw badInput({
        en: 'This IEP is no longer being drafted, so its comments are closed. Comment on its amendment or next annual review instead.',
        es: 'Este IEP ya no está en borrador, así que sus comentarios están cerrados. Comente en su enmienda o en la próxima revisión anual.',
      });
    }
  }

  private async iep(iepId: string): Promise<CollabIep> {
    const [iep]: CollabIep[] = await this.dataSource.query(
      `SELECT i.id, i.student_id AS "studentId", s.first_name AS "studentFirstName", i.case_manager_id AS "caseManagerId", i.status
         FROM ieps i JOIN students s ON s.id = i.student_id WHERE i.id = $1`,
      [iepId],
    );
    if (!iep) throw notFound('That IEP');
    return iep;
  }
}
