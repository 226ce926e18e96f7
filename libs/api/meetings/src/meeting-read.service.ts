import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, type AuthUser } from '@iep/api/core';
import {
  requiredSeats, UserRole, wallClock, type AttendanceStatus, type CompositionFacts, type MeetingPurpose, type MeetingStatus,
} from '@iep/domain';
import { meetingInvitation } from './meeting-invitation';
import { emailLocale } from './meeting-emails';
import { MeetingAccessService } from './meeting-access.service';
import type { IepMeetingModel, MeetingAttendanceSignatureModel, MeetingAttendeeModel, MeetingInviteeModel } from './models/iep-meeting.model';

interface MeetingRow {
  id: string;
  iepId: string;
  studentFirstName: string;
  purpose: MeetingPurpose;
  status: MeetingStatus;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  location: string | null;
  callIn: string | null;
  noticeSentAt: Date;
  noticeDays: number;
  shortNoticeAgreed: boolean;
  notes: string;
  version: number;
  createdByName: string;
  heldAt: Date | null;
  cancelReason: string | null;
  deadlineId: string | null;
  dueDate: string | null;
  metOn: string | null;
  discussesTransition: boolean;
  invitationSequence: number;
}

type InviteeRow = MeetingInviteeModel & { meetingId: string };
type AttendeeRow = MeetingAttendeeModel & { meetingId: string };
type SignatureRow = MeetingAttendanceSignatureModel & { meetingId: string };

/** Meetings with their invitees, attendance and attendance signatures: four statements for any number of meetings. */
@Injectable()
export class MeetingReadService {
  private readonly byRequest = new WeakMap<object, DataLoader<string, IepMeetingModel[]>>();

  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  }

  /** Per request: the meetings of IEPs the caller already reached through an access-checked query. */
  meetingsOfIep(req: object, user: AuthUser): DataLoader<string, IepMeetingModel[]> {
    let loader = this.byRequest.get(req);
    if (!loader) {
      loader = new DataLoader(async (iepIds) => {
        const rows: Array<{ id: string; iep_id: string }> = await this.dataSource.query(
          `SELECT id, iep_id FROM iep_meetings WHERE iep_id = ANY($1::uuid[]) ORDER BY starts_at DESC, id`,
          [iepIds],
        );
        const meetings = await this.load(user, rows.map((row) => row.id));
        return iepIds.map((iepId) => meetings.filter((meeting) => meeting.iepId === iepId));
      });
      this.byRequest.set(req, loader);
    }
    return loader;
  }

  async one(user: AuthUser, meetingId: string, manager?: EntityManager): Promise<IepMeetingModel> {
    const [meeting] = await this.load(user, [meetingId], manager);
    return meeting;
  }

  async load(user: AuthUser, meetingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<IepMeetingModel[]> {
    if (meetingIds.length === 0) return [];
    const [meetings, invitees, attendees, signatures, composition]: [MeetingRow[], InviteeRow[], AttendeeRow[], SignatureRow[], Map<string, CompositionFacts>] = await Promise.all([
      manager.query(
        `SELECT m.id, m.iep_id AS "iepId", s.first_name AS "studentFirstName", m.purpose, m.status, m.starts_at AS "startsAt",
                m.time_zone AS "timeZone", m.duration_minutes AS "durationMinutes", m.location, m.call_in AS "callIn",
                m.notice_sent_at AS "noticeSentAt", m.notice_days AS "noticeDays", m.short_notice_agreed AS "shortNoticeAgreed",
                m.notes, m.version, creator.display_name AS "createdByName", m.held_at AS "heldAt", m.cancel_reason AS "cancelReason",
                d.id AS "deadlineId", to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", to_char(d.met_on, 'YYYY-MM-DD') AS "metOn",
                m.discusses_transition AS "discussesTransition", m.invitation_sequence AS "invitationSequence"
           FROM iep_meetings m
           JOIN ieps i ON i.id = m.iep_id
           JOIN students s ON s.id = i.student_id
           JOIN users creator ON creator.id = m.created_by_id
           LEFT JOIN deadlines d ON d.id = m.notice_deadline_id
          WHERE m.id = ANY($1::uuid[])`,
        [meetingIds],
      ),
      manager.query(
        `SELECT inv.meeting_id AS "meetingId", inv.user_id AS "userId", u.display_name AS "displayName", u.role,
                inv.team_role AS "teamRole", inv.is_guardian AS "isGuardian", inv.response, inv.responded_at AS "respondedAt",
                inv.message, inv.proposed_times AS "proposedTimes"
           FROM iep_meeting_invitees inv JOIN users u ON u.id = inv.user_id
          WHERE inv.meeting_id = ANY($1::uuid[])
          ORDER BY inv.is_guardian DESC, u.display_name, inv.user_id`,
        [meetingIds],
      ),
      manager.query(
        `SELECT a.meeting_id AS "meetingId", a.id, a.user_id AS "userId", coalesce(u.display_name, a.attendee_name) AS name,
                a.capacity, a.status, a.written_input_submitted AS "writtenInputSubmitted", a.interprets_evaluations AS "interpretsEvaluations",
                a.excusal_requested_at AS "excusalRequestedAt", a.excusal_reason AS "excusalReason",
                pa.display_name AS "parentAgreedByName", a.parent_agreed_at AS "parentAgreedAt",
                da.display_name AS "districtAgreedByName", a.district_agreed_at AS "districtAgreedAt"
           FROM iep_meeting_attendance a
           LEFT JOIN users u ON u.id = a.user_id
           LEFT JOIN users pa ON pa.id = a.parent_agreed_by_id
           LEFT JOIN users da ON da.id = a.district_agreed_by_id
          WHERE a.meeting_id = ANY($1::uuid[])
          ORDER BY a.user_id IS NULL, name, a.id`,
        [meetingIds],
      ),
      manager.query(
        `SELECT s.meeting_id AS "meetingId", s.signer_id AS "userId", s.typed_name AS name, s.signer_role AS role, s.signed_at AS "signedAt"
           FROM iep_signatures s
          WHERE s.meeting_id = ANY($1::uuid[]) AND s.purpose = 'ATTENDANCE'
          ORDER BY s.signed_at, s.id`,
        [meetingIds],
      ),
      this.compositionFacts(manager, meetingIds),
    ]);
    const relations = await this.access.relations(user, meetings.map((meeting) => meeting.iepId));
    const byId = new Map(
      meetings.map((row): [string, IepMeetingModel] => {
        const local = wallClock(row.startsAt, row.timeZone);
        const own = invitees.filter((invitee) => invitee.meetingId === row.id).map(({ meetingId: _m, ...invitee }) => invitee as MeetingInviteeModel);
        const relation = relations.get(row.iepId);
        const attendance = attendees.filter((a) => a.meetingId === row.id);
        const signed = signatures.filter((signature) => signature.meetingId === row.id).map(({ meetingId: _m, ...signature }) => signature);
        const invited = own.some((invitee) => invitee.userId === user.id);
        const attending = attendance.some((a) => a.userId === user.id);
        // The same rule signIepAttendance applies, so the page never offers what the API would refuse.
        const canSign = row.status !== 'CANCELLED' && user.role !== UserRole.DistrictAdmin && (relation?.visible ?? false) &&
          (invited || attending) && !signed.some((signature) => signature.userId === user.id);
        return [
          row.id,
          {
            id: row.id, iepId: row.iepId, studentFirstName: row.studentFirstName, purpose: row.purpose, status: row.status,
            startsAt: row.startsAt, timeZone: row.timeZone, localDate: local.date, localTime: local.time,
            durationMinutes: row.durationMinutes, location: row.location, callIn: row.callIn, noticeSentAt: row.noticeSentAt,
            noticeDays: row.noticeDays, shortNoticeAgreed: row.shortNoticeAgreed,
            noticeDeadline: row.deadlineId ? { id: row.deadlineId, dueDate: row.dueDate!, metOn: row.metOn } : null,
            notes: row.notes, version: row.version, createdByName: row.createdByName, heldAt: row.heldAt, cancelReason: row.cancelReason,
            invitees: own,
            attendance: attendance.map(({ meetingId: _m, ...a }) => ({ ...a, status: a.status as AttendanceStatus | null })),
            viewerCanManage: relation?.manage ?? false,
            viewerIsRightsHolder: relation?.rightsHolder ?? false,
            viewerInvitation: own.find((invitee) => invitee.userId === user.id) ?? null,
            attendanceSignatures: signed,
            viewerCanSeeIep: relation?.visible ?? false,
            viewerCanSignAttendance: canSign,
            discussesTransition: row.discussesTransition,
            requiredMembers: requiredSeats(composition.get(row.id) ?? { attendees: [], inRegularClasses: true }),
            // The copy anyone who sees the meeting may add to a calendar: no one's address in it.
            calendarInvitation: row.status === 'SCHEDULED' || row.status === 'RESCHEDULE_REQUESTED'
              ? meetingInvitation(
                  {
                    id: row.id, purpose: row.purpose, studentFirstName: row.studentFirstName, startsAt: row.startsAt,
                    durationMinutes: row.durationMinutes, location: row.location, callIn: row.callIn, sequence: row.invitationSequence,
                  },
                  emailLocale(user.locale), `${this.publicUrl}/ieps/${row.iepId}/meeting?meeting=${row.id}`, 'PUBLISH',
                )
              : null,
          },
        ];
      }),
    );
    return meetingIds.map((id) => byId.get(id)).filter((meeting): meeting is IepMeetingModel => meeting !== undefined);
  }

  /**
   * What 300.321's check reads of each meeting: the recorded attendance with each person's role, and whether the
   * student spends time in regular classes (the placement part says so; without it, the seat is required).
   */
  async compositionFacts(manager: EntityManager, meetingIds: readonly string[]): Promise<Map<string, CompositionFacts>> {
    const rows: Array<{ meeting_id: string; in_regular_classes: boolean; attendees: CompositionFacts['attendees'] }> = await manager.query(
      `SELECT m.id AS meeting_id,
              coalesce((SELECT (p.content->>'percentOutsideRegularClass')::numeric < 100 FROM iep_parts p
                         WHERE p.iep_id = m.iep_id AND p.kind = 'PLACEMENT' AND p.removed_at IS NULL LIMIT 1), true) AS in_regular_classes,
              coalesce((SELECT jsonb_agg(jsonb_build_object(
                          'role', u.role, 'isGuardian', coalesce(inv.is_guardian, false), 'status', a.status,
                          'interpretsEvaluations', a.interprets_evaluations))
                          FROM iep_meeting_attendance a
                          LEFT JOIN users u ON u.id = a.user_id
                          LEFT JOIN iep_meeting_invitees inv ON inv.meeting_id = a.meeting_id AND inv.user_id = a.user_id
                         WHERE a.meeting_id = m.id), '[]') AS attendees
         FROM iep_meetings m WHERE m.id = ANY($1::uuid[])`,
      [meetingIds],
    );
    return new Map(rows.map((row) => [row.meeting_id, { attendees: row.attendees, inRegularClasses: row.in_regular_classes }]));
  }
}
