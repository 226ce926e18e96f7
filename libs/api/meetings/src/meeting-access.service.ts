import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { forbidden, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { IepAction, mayAct, UserRole } from '@iep/domain';

/** What the caller is to one IEP, as far as its meetings go. */
export interface MeetingRelation {
  /** The caller may see the IEP (RecordAccessService). */
  visible: boolean;
  /** IEP_POLICY's SCHEDULE: the IEP's case manager, or the district representative of its district. */
  manage: boolean;
  /** A guardian of the student holding the educational rights: the parent whose written agreement counts. */
  rightsHolder: boolean;
}

export interface MeetingFacts {
  id: string;
  iepId: string;
  studentId: string;
}

/**
 * Decides meeting access in bulk from the caller's relationship to the IEP, as the team pages do; an
 * invitee who cannot see the IEP (a parent before the draft is shared) still sees the meeting they were
 * asked to. Every refusal is audited and answered NOT_FOUND or FORBIDDEN.
 */
@Injectable()
export class MeetingAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
  ) {}

  async relations(user: AuthUser, iepIds: readonly string[]): Promise<Map<string, MeetingRelation>> {
    const ids = [...new Set(iepIds.filter(isUuid))];
    if (ids.length === 0) return new Map();
    const standings = await this.records.standings(user, ids);
    return new Map(
      [...standings].map(([id, standing]) => [id, {
        visible: mayAct(standing, IepAction.Read),
        manage: mayAct(standing, IepAction.Schedule),
        // A rights holder's written agreement counts even where the draft is not yet theirs to read.
        rightsHolder: standing.role === UserRole.Parent && standing.rightsHolder,
      }]),
    );
  }

  /** The meetings among `meetingIds` to which the caller is invited. */
  async invitedTo(user: AuthUser, meetingIds: readonly string[]): Promise<Set<string>> {
    const ids = meetingIds.filter(isUuid);
    if (ids.length === 0) return new Set();
    const rows: Array<{ meeting_id: string }> = await this.dataSource.query(
      `SELECT meeting_id FROM iep_meeting_invitees WHERE meeting_id = ANY($1::uuid[]) AND user_id = $2`,
      [ids, user.id],
    );
    return new Set(rows.map((row) => row.meeting_id));
  }

  /** A meeting the caller may see (its IEP, or an invitation to it), with the caller's relation to its IEP. */
  async meetingOrDeny(
    user: AuthUser,
    meetingId: string,
    meta: RequestMeta,
    operation: string,
  ): Promise<{ meeting: MeetingFacts; relation: MeetingRelation; invited: boolean }> {
    const [meeting]: MeetingFacts[] = isUuid(meetingId)
      ? await this.dataSource.query(
          `SELECT m.id, m.iep_id AS "iepId", i.student_id AS "studentId" FROM iep_meetings m JOIN ieps i ON i.id = m.iep_id WHERE m.id = $1`,
          [meetingId],
        )
      : [];
    if (!meeting) {
      await this.audit.recordDenial(user, meta, operation, 'NO_SUCH_MEETING');
      throw notFound('That meeting');
    }
    const relation = (await this.relations(user, [meeting.iepId])).get(meeting.iepId)!;
    const invited = (await this.invitedTo(user, [meeting.id])).has(meeting.id);
    if (!relation.visible && !invited) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That meeting');
    }
    return { meeting, relation, invited };
  }

  async managedMeetingOrDeny(user: AuthUser, meetingId: string, meta: RequestMeta, operation: string): Promise<MeetingFacts> {
    const { meeting, relation } = await this.meetingOrDeny(user, meetingId, meta, operation);
    if (!relation.manage) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_MEETING_MANAGER');
      throw forbidden({
        en: "Only the IEP's case manager or the district representative can change its meetings.",
        es: 'Solo el responsable del caso del IEP o el representante del distrito pueden cambiar sus reuniones.',
      });
    }
    return meeting;
  }

  async managedIepOrDeny(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<void> {
    const relation = (await this.relations(user, [iepId])).get(iepId);
    if (!relation?.visible) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    if (!relation.manage) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_MEETING_MANAGER');
      throw forbidden({
        en: "Only the IEP's case manager or the district representative can schedule its meetings.",
        es: 'Solo el responsable del caso del IEP o el representante del distrito pueden programar sus reuniones.',
      });
    }
  }
}
