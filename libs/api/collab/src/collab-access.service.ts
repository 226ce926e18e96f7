import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { iepVisibilityParams, standingSql } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { badInput, forbidden, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { IepAction, IepStatus, mayAct, type IepStanding } from '@iep/domain';

export interface CollabIep {
  id: string;
  studentId: string;
  studentFirstName: string;
  caseManagerId: string;
  status: IepStatus;
  /** How the caller stands to the IEP: the input of the one policy (IEP_POLICY). */
  standing: IepStanding;
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


/**
 * Which IEP or thread a comment operation is about, and whether the caller reaches it. Visibility and what the caller
 * may do come from their standing on the IEP (IEP_POLICY), read with the IEP in one statement; a thread the caller cannot see is "not found", like an IEP.
 */
@Injectable()
export class CollabAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async visibleIepOrDeny(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<CollabIep> {
    const iep = isUuid(iepId) ? await this.iep(user, iepId) : null;
    if (!iep || !mayAct(iep.standing, IepAction.Read)) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    return iep;
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
    const iep = thread ? await this.iep(user, thread.iepId) : null;
    if (!thread || !iep || !mayAct(iep.standing, IepAction.Read)) {
      await this.audit.recordDenial(user, meta, operation, thread ? 'NO_RELATIONSHIP' : 'NO_SUCH_THREAD');
      throw notFound('That comment thread');
    }
    return { thread, iep };
  }

  /** A thread is looked after by whoever started it, its assignee, and those who manage the IEP (IEP_POLICY MANAGE_TEAM). */
  async mayManageThreadOrDeny(user: AuthUser, iep: CollabIep, thread: ThreadRow, meta: RequestMeta, operation: string): Promise<void> {
    const mayManage = thread.createdById === user.id || thread.assigneeId === user.id || mayAct(iep.standing, IepAction.ManageTeam);
    if (!mayManage) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_THREAD_PARTICIPANT');
      throw forbidden({
        en: "Only the person who started this thread, the person it is assigned to, this IEP's case manager or the district representative can change it.",
        es: 'Solo quien abrió esta conversación, la persona a quien está asignada, el responsable del caso de este IEP o el representante del distrito pueden cambiarla.',
      });
    }
  }

  assertOpenForComments(iep: CollabIep): void {
    // Drafts and proposals are still being negotiated; a plan in force or in the past is a record, not a discussion.
    if (!mayAct(iep.standing, IepAction.Comment)) {
      throw badInput({
        en: 'This IEP is no longer being drafted, so its comments are closed. Comment on its amendment or next annual review instead.',
        es: 'Este IEP ya no está en borrador, así que sus comentarios están cerrados. Comente en su enmienda o en la próxima revisión anual.',
      });
    }
  }

  /** The IEP with the caller's standing on it, in one statement; null if there is no such IEP. */
  private async iep(user: AuthUser, iepId: string): Promise<CollabIep | null> {
    const [iep]: CollabIep[] = await this.dataSource.query(COLLAB_IEP_SQL, [iepId, ...iepVisibilityParams(user)]);
    return iep ?? null;
  }
}

const COLLAB_IEP_SQL = `SELECT i.id, i.student_id AS "studentId", s.first_name AS "studentFirstName", i.case_manager_id AS "caseManagerId", i.status,
         ${standingSql()} AS standing
    FROM ieps i JOIN students s ON s.id = i.student_id WHERE i.id = $1`;
