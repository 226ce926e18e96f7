import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import {
  APP_CONFIG, badInput, conflict, forbidden, isUuid, notFound, ruleProfileColumn, type AppConfig, type AuthUser, type Localized, type RequestMeta,
} from '@iep/api/core';
import { DeadlineEventKind, DeadlinesService, type DeadlineActor } from '@iep/api/deadlines';
import { NotificationService, OutboxService, type EmailAttachment, type NewNotification, type OutgoingEmail } from '@iep/api/notifications';
import {
  AttendanceStatus, checkMeetingStart, DeadlineKind, DEFAULT_DISTRICT_TIME_ZONE, excusalAgreed, isMeetingDate, stateRuleProfileFor,
  isMeetingTime, isUpcomingMeeting, meetingPurposeForIepKind, MEETING_LIMITS, MEETING_PURPOSES, MeetingPurpose, MeetingResponse, MeetingStatus, startsAnnualReviewClock,
  meetingDiscussesTransition, meetingTimeProblem, REQUIRED_MEMBER_LABELS, requiredSeats, UserRole, wallClock, zonedInstant, type IsoDate, type MeetingTimeProblem, type MeetingTimeValues,
  type StoredRuleProfile,
} from '@iep/domain';
import type {
  MeetingTimeInput, RecordMeetingAttendanceInput, RequestMeetingExcusalInput, RescheduleIepMeetingInput, RespondToIepMeetingInput,
  ScheduleIepMeetingInput,
} from './dto/meeting.inputs';
import { MeetingAnswer } from './dto/meeting.inputs';
import { MeetingAccessService, type MeetingFacts } from './meeting-access.service';
import {
  anotherTimeRequested, emailLocale, excusalAgreementNeeded, meetingCancelled, meetingNotice, type MeetingMessage,
} from './meeting-emails';
import { invitationAttachment, meetingInvitation } from './meeting-invitation';
import { MeetingReadService } from './meeting-read.service';
import type { IepMeetingModel } from './models/iep-meeting.model';

export const MEETING_NOTIFICATION = {
  Notice: 'IEP_MEETING_NOTICE',
  Cancelled: 'IEP_MEETING_CANCELLED',
  AnotherTimeRequested: 'IEP_MEETING_ANOTHER_TIME_REQUESTED',
  ExcusalAgreementNeeded: 'IEP_MEETING_EXCUSAL_AGREEMENT_NEEDED',
} as const;

interface LockedMeeting {
  id: string;
  iep_id: string;
  student_id: string;
  first_name: string;
  rule_profile: StoredRuleProfile;
  case_manager_id: string;
  purpose: MeetingPurpose;
  status: MeetingStatus;
  starts_at: Date;
  time_zone: string;
  duration_minutes: number;
  location: string | null;
  call_in: string | null;
  short_notice_agreed: boolean;
  version: number;
  notes: string;
  created_by_id: string;
  derived_from_iep_id: string | null;
  invitation_sequence: number;
  discusses_transition: boolean;
}

interface TeamPerson {
  user_id: string;
  display_name: string;
  email: string;
  locale: string;
  team_role: string;
  role: UserRole;
  is_guardian: boolean;
  rights_holder: boolean;
}

interface Recipient {
  userId: string;
  email: string;
  locale: string;
  displayName: string;
}

const OPEN_STATUSES: readonly MeetingStatus[] = [MeetingStatus.Scheduled, MeetingStatus.RescheduleRequested];

const EXCUSAL_TOO_LATE: Localized = {
  en: 'An excusal is agreed before the meeting; this one was already held or cancelled.',
  es: 'Una excusa se acepta antes de la reunión; esta ya se realizó o fue cancelada.',
};

/**
 * IEP meetings and everything that follows from them, each change in one transaction with its audit
 * entry, its deadlines (DeadlinesService, in the same transaction) and its notices (in-app and e-mail
 * through the outbox, in the recipient's language, on the district's clock).
 */
@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly reads: MeetingReadService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async view(user: AuthUser, meetingId: string, meta: RequestMeta): Promise<IepMeetingModel> {
    const { meeting } = await this.access.meetingOrDeny(user, meetingId, meta, 'iepMeeting');
    await this.audit.record({
      event: AuditEvent.IepMeetingViewed, actorId: user.id, actorRole: user.role, studentId: meeting.studentId, iepId: meeting.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { meetingId: meeting.id },
    });
    return this.reads.one(user, meeting.id);
  }

  async schedule(user: AuthUser, input: ScheduleIepMeetingInput, meta: RequestMeta): Promise<IepMeetingModel> {
    await this.access.managedIepOrDeny(user, input.iepId, meta, 'scheduleIepMeeting');
    if (input.purpose != null && !MEETING_PURPOSES.includes(input.purpose)) throw badInput({ en: 'Choose what the meeting is for.', es: 'Elija el propósito de la reunión.' }, { field: 'purpose' });
    const location = clean(input.location);
    const callIn = clean(input.callIn);
    refuseMeetingTime({ date: input.date, time: input.time, durationMinutes: input.durationMinutes, location, callIn });
    const timeZone = DEFAULT_DISTRICT_TIME_ZONE;
    const startsAt = zonedInstant(input.date, input.time, timeZone);
    const shortNoticeAgreed = input.shortNoticeAgreed ?? false;

    let emailIds: string[] = [];
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const [iep]: Array<{
        student_id: string; status: string; kind: 'INITIAL' | 'ANNUAL' | 'AMENDMENT'; rule_profile: StoredRuleProfile; first_name: string;
        date_of_birth: string; guardians: number;
      }> = await manager.query(
        `SELECT i.student_id, i.status, i.kind, ${ruleProfileColumn('d', 'rule_profile')}, s.first_name,
                to_char(s.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
                (SELECT count(*)::int FROM guardianships g JOIN users u ON u.id = g.user_id WHERE g.student_id = i.student_id AND u.active) AS guardians
           FROM ieps i JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id WHERE i.id = $1`,
        [input.iepId],
      );
      if (iep.status === 'SUPERSEDED' || iep.status === 'EXPIRED') {
        throw badInput(
          {
            en: "This IEP is no longer in force. Schedule the meeting on the student's current IEP or draft.",
            es: 'Este IEP ya no está vigente. Programe la reunión en el IEP actual del estudiante o en su borrador.',
          },
          { field: 'iepId' },
        );
      }
      if (iep.guardians === 0) {
        // A notice "sent" to nobody tells no parent about the meeting (300.322): the district adds a guardian first.
        throw conflict(
          {
            en: `${iep.first_name} has no parent or guardian on record, so nobody would receive the meeting notice. Ask a district administrator to add one (Administration, Students, Guardians), then schedule the meeting.`,
            es: `${iep.first_name} no tiene ningún padre, madre o tutor registrado, así que nadie recibiría el aviso de la reunión. Pida a un administrador del distrito que agregue uno (Administración, Estudiantes, Tutores) y luego programe la reunión.`,
          },
          { reason: 'NO_GUARDIAN' },
        );
      }
      const purpose = input.purpose ?? meetingPurposeForIepKind(iep.kind);
      const notice = this.checkNotice(iep.rule_profile, input.date, input.time, timeZone, shortNoticeAgreed);
      const team = await this.team(manager, input.iepId);
      const discussesTransition =
        input.discussesTransition ?? meetingDiscussesTransition(iep.date_of_birth, input.date, stateRuleProfileFor(iep.rule_profile).transitionAge);
      const student = discussesTransition ? team.find((person) => person.role === UserRole.Student && !person.is_guardian) : undefined;
      const invitees = chooseInvitees(team, [...input.inviteeIds, ...(student ? [student.user_id] : [])]);
      const [{ id }]: Array<{ id: string }> = await manager.query(
        `INSERT INTO iep_meetings (iep_id, purpose, starts_at, time_zone, duration_minutes, location, call_in, notice_sent_at,
                                   notice_days, short_notice_agreed, created_by_id, discusses_transition)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $9, $10, $11) RETURNING id`,
        [input.iepId, purpose, startsAt, timeZone, input.durationMinutes, location, callIn, notice.noticeDays, notice.short, user.id, discussesTransition],
      );
      await manager.query(
        `INSERT INTO iep_meeting_invitees (meeting_id, user_id, team_role, is_guardian)
         SELECT $1, r.user_id, r.team_role, r.is_guardian FROM jsonb_to_recordset($2::jsonb) AS r(user_id uuid, team_role text, is_guardian boolean)`,
        [id, JSON.stringify(invitees.map(({ user_id, team_role, is_guardian }) => ({ user_id, team_role, is_guardian })))],
      );
      await this.recordNotice(manager, user, meta, { id, iepId: input.iepId, studentId: iep.student_id }, input.date, notice.today);
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingScheduled, actorId: user.id, actorRole: user.role, studentId: iep.student_id, iepId: input.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: {
            meetingId: id, purpose, startsAt: startsAt.toISOString(), inviteeIds: invitees.map((p) => p.user_id),
            daysOfNotice: notice.daysOfNotice, shortNoticeAgreed: notice.short, discussesTransition,
          },
        },
        manager,
      );
      emailIds = await this.sendNotice(manager, user, id, false);
      return id;
    });
    await this.outbox.dispatch(emailIds);
    return this.reads.one(user, meetingId);
  }

  async reschedule(user: AuthUser, input: RescheduleIepMeetingInput, meta: RequestMeta): Promise<IepMeetingModel> {
    const facts = await this.access.managedMeetingOrDeny(user, input.meetingId, meta, 'rescheduleIepMeeting');
    let emailIds: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      checkVersion(meeting, input.version);
      if (!OPEN_STATUSES.includes(meeting.status)) {
        throw badInput({
          en: `This meeting was ${meeting.status === MeetingStatus.Held ? 'already held' : 'cancelled'}; schedule a new one instead.`,
          es: `Esta reunión ${meeting.status === MeetingStatus.Held ? 'ya se realizó' : 'fue cancelada'}; programe una nueva.`,
        });
      }
      const durationMinutes = input.durationMinutes ?? meeting.duration_minutes;
      const location = input.location === undefined || input.location === null ? meeting.location : clean(input.location);
      const callIn = input.callIn === undefined || input.callIn === null ? meeting.call_in : clean(input.callIn);
      refuseMeetingTime({ date: input.date, time: input.time, durationMinutes, location, callIn });
      const startsAt = zonedInstant(input.date, input.time, meeting.time_zone);
      const notice = this.checkNotice(meeting.rule_profile, input.date, input.time, meeting.time_zone, input.shortNoticeAgreed ?? false);
      await manager.query(
        `UPDATE iep_meetings SET starts_at = $2, duration_minutes = $3, location = $4, call_in = $5, status = 'SCHEDULED',
                notice_sent_at = now(), notice_days = $6, short_notice_agreed = $7, invitation_sequence = invitation_sequence + 1,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [meeting.id, startsAt, durationMinutes, location, callIn, notice.noticeDays, notice.short],
      );
      // A new time is a new question: every earlier answer was about the old one.
      await manager.query(
        `UPDATE iep_meeting_invitees SET response = 'PENDING', responded_at = NULL, message = NULL, proposed_times = '{}'
          WHERE meeting_id = $1`,
        [meeting.id],
      );
      await this.recordNotice(manager, user, meta, facts, input.date, notice.today);
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingRescheduled, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: {
            meetingId: meeting.id, previousStartsAt: meeting.starts_at.toISOString(), startsAt: startsAt.toISOString(),
            daysOfNotice: notice.daysOfNotice, shortNoticeAgreed: notice.short,
          },
        },
        manager,
      );
      emailIds = await this.sendNotice(manager, user, meeting.id, true);
    });
    await this.outbox.dispatch(emailIds);
    return this.reads.one(user, facts.id);
  }

  async cancel(user: AuthUser, meetingId: string, reason: string, meta: RequestMeta): Promise<IepMeetingModel> {
    const facts = await this.access.managedMeetingOrDeny(user, meetingId, meta, 'cancelIepMeeting');
    const why = reason.trim();
    if (!why) {
      throw badInput(
        { en: 'Say why the meeting is cancelled; the invitees are told.', es: 'Indique por qué se cancela la reunión; se les avisará a los invitados.' },
        { field: 'reason' },
      );
    }
    if (why.length > MEETING_LIMITS.maxTextLength) {
      throw badInput({ en: 'A reason can be at most 500 characters.', es: 'Un motivo puede tener como máximo 500 caracteres.' }, { field: 'reason' });
    }
    let emailIds: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      if (!OPEN_STATUSES.includes(meeting.status)) {
        throw badInput({
          en: `This meeting was ${meeting.status === MeetingStatus.Held ? 'already held' : 'already cancelled'}.`,
          es: `Esta reunión ya ${meeting.status === MeetingStatus.Held ? 'se realizó' : 'fue cancelada'}.`,
        });
      }
      await manager.query(
        `UPDATE iep_meetings SET status = 'CANCELLED', cancelled_at = now(), cancel_reason = $2, invitation_sequence = invitation_sequence + 1,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [meeting.id, why],
      );
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingCancelled, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { meetingId: meeting.id, reason: why },
        },
        manager,
      );
      // A records request that was due before this meeting falls back to its own days.
      await this.deadlines.recapRecordsRequests(manager, facts.studentId, { actor: actorOf(user, meta) });
      const recipients = await this.invitees(manager, meeting.id, user.id);
      const invitation = await this.invitation(manager, { ...meeting, invitation_sequence: meeting.invitation_sequence + 1 }, 'CANCEL');
      emailIds = await this.tell(manager, recipients, MEETING_NOTIFICATION.Cancelled, `${meeting.id}:${meeting.version + 1}`, facts, (r) =>
        meetingCancelled(
          {
            recipientName: r.displayName, studentFirstName: meeting.first_name, purpose: meeting.purpose, startsAt: meeting.starts_at,
            timeZone: meeting.time_zone, link: this.link(facts), reason: why,
          },
          emailLocale(r.locale),
        ), invitation,
      );
    });
    await this.outbox.dispatch(emailIds);
    return this.reads.one(user, facts.id);
  }

  async respond(user: AuthUser, input: RespondToIepMeetingInput, meta: RequestMeta): Promise<IepMeetingModel> {
    const { meeting: facts, invited } = await this.access.meetingOrDeny(user, input.meetingId, meta, 'respondToIepMeeting');
    if (!invited) {
      await this.audit.recordDenial(user, meta, 'respondToIepMeeting', 'NOT_INVITED');
      throw forbidden({
        en: 'Only the people invited to this meeting can answer its notice.',
        es: 'Solo las personas invitadas a esta reunión pueden responder a su aviso.',
      });
    }
    const asking = input.answer === MeetingAnswer.RequestAnotherTime;
    const message = asking ? clean(input.message) : null;
    const times = asking ? (input.proposedTimes ?? []) : [];
    if (asking && !message && times.length === 0) {
      throw badInput(
        {
          en: 'Say which times suit you better, or write a message to the case manager.',
          es: 'Indique qué fechas y horas le convienen más, o escriba un mensaje al responsable del caso.',
        },
        { field: 'message' },
      );
    }
    let emailIds: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      if (OPEN_STATUSES.includes(meeting.status) && !isUpcomingMeeting({ status: meeting.status, startsAt: meeting.starts_at, durationMinutes: meeting.duration_minutes }, new Date())) {
        throw badInput({
          en: 'This meeting has already taken place, so it can no longer be answered.',
          es: 'Esta reunión ya tuvo lugar, así que ya no se puede responder.',
        });
      }
      if (!OPEN_STATUSES.includes(meeting.status)) {
        throw badInput({
          en: `This meeting was ${meeting.status === MeetingStatus.Held ? 'already held' : 'cancelled'}, so it can no longer be answered.`,
          es: `Esta reunión ${meeting.status === MeetingStatus.Held ? 'ya se realizó' : 'fue cancelada'}, así que ya no se puede responder.`,
        });
      }
      const proposed = times.map((time, index) => proposedInstant(time, meeting.time_zone, index));
      const [[invitee]]: [Array<{ is_guardian: boolean }>, number] = await manager.query(
        `UPDATE iep_meeting_invitees SET response = $3, responded_at = now(), message = $4, proposed_times = $5::timestamptz[]
          WHERE meeting_id = $1 AND user_id = $2 RETURNING is_guardian`,
        [meeting.id, user.id, asking ? MeetingResponse.RescheduleRequested : MeetingResponse.Accepted, message, proposed],
      );
      // The meeting is to be at a time the parent agrees to (300.322(a)(2)): a parent's request puts it on hold.
      if (invitee.is_guardian) {
        await manager.query(
          `UPDATE iep_meetings m SET status = CASE WHEN EXISTS (
                    SELECT 1 FROM iep_meeting_invitees i WHERE i.meeting_id = m.id AND i.is_guardian AND i.response = 'RESCHEDULE_REQUESTED')
                  THEN 'RESCHEDULE_REQUESTED' ELSE 'SCHEDULED' END,
                  version = version + 1, updated_at = now()
            WHERE m.id = $1`,
          [meeting.id],
        );
      }
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingResponded, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: {
            meetingId: meeting.id, response: asking ? 'RESCHEDULE_REQUESTED' : 'ACCEPTED', proposedTimes: proposed.map((time) => time.toISOString()),
          },
        },
        manager,
      );
      if (asking) {
        const organizers = await this.people(manager, [meeting.case_manager_id, meeting.created_by_id].filter((id) => id !== user.id));
        emailIds = await this.tell(
          manager, organizers, MEETING_NOTIFICATION.AnotherTimeRequested, `${meeting.id}:${user.id}:${Date.now()}`, facts,
          (r) =>
            anotherTimeRequested(
              {
                recipientName: r.displayName, studentFirstName: meeting.first_name, purpose: meeting.purpose, timeZone: meeting.time_zone,
                link: this.link(facts), requesterName: user.displayName, message, proposedTimes: proposed,
              },
              emailLocale(r.locale),
            ),
        );
      }
    });
    await this.outbox.dispatch(emailIds);
    return this.reads.one(user, facts.id);
  }

  async requestExcusal(user: AuthUser, input: RequestMeetingExcusalInput, meta: RequestMeta): Promise<IepMeetingModel> {
    const facts = await this.access.managedMeetingOrDeny(user, input.meetingId, meta, 'requestMeetingExcusal');
    const reason = clean(input.reason);
    if (!reason) {
      throw badInput(
        {
          en: 'Say why the member would miss the meeting; the parent reads it before agreeing.',
          es: 'Indique por qué el miembro faltaría a la reunión; el padre o la madre lo lee antes de aceptar.',
        },
        { field: 'reason' },
      );
    }
    let emailIds: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      if (!OPEN_STATUSES.includes(meeting.status)) throw badInput(EXCUSAL_TOO_LATE);
      const [member]: Array<{ team_role: string; is_guardian: boolean; display_name: string }> = await manager.query(
        `SELECT inv.team_role, inv.is_guardian, u.display_name FROM iep_meeting_invitees inv JOIN users u ON u.id = inv.user_id
          WHERE inv.meeting_id = $1 AND inv.user_id = $2`,
        [meeting.id, input.userId],
      );
      if (!member) {
        throw badInput(
          { en: 'Only an invited team member can be excused from the meeting.', es: 'Solo se puede excusar de la reunión a un miembro del equipo invitado.' },
          { field: 'userId' },
        );
      }
      if (member.is_guardian) {
        throw badInput(
          {
            en: "The parent is not excused from their child's meeting; move the meeting instead.",
            es: 'No se excusa al padre o la madre de la reunión de su hijo o hija; cambie la fecha de la reunión.',
          },
          { field: 'userId' },
        );
      }
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO iep_meeting_attendance (meeting_id, user_id, capacity, excusal_requested_at, excusal_requested_by_id, excusal_reason,
                                             written_input_submitted)
         VALUES ($1, $2, $3, now(), $4, $5, $6)
         ON CONFLICT (meeting_id, user_id) DO UPDATE
            SET excusal_requested_at = coalesce(iep_meeting_attendance.excusal_requested_at, now()),
                excusal_requested_by_id = coalesce(iep_meeting_attendance.excusal_requested_by_id, EXCLUDED.excusal_requested_by_id),
                excusal_reason = EXCLUDED.excusal_reason,
                written_input_submitted = EXCLUDED.written_input_submitted
         RETURNING id`,
        [meeting.id, input.userId, member.team_role, user.id, reason, input.writtenInputSubmitted ?? false],
      );
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingExcusalRequested, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: { meetingId: meeting.id, attendanceId: row.id, memberId: input.userId, writtenInputSubmitted: input.writtenInputSubmitted ?? false },
        },
        manager,
      );
      const parents: Recipient[] = await manager.query(
        `SELECT u.id AS "userId", u.email, u.locale, u.display_name AS "displayName"
           FROM guardianships g JOIN users u ON u.id = g.user_id
          WHERE g.student_id = $1 AND g.rights_holder AND u.active ORDER BY u.id`,
        [facts.studentId],
      );
      emailIds = await this.tell(manager, parents, MEETING_NOTIFICATION.ExcusalAgreementNeeded, `${row.id}:${Date.now()}`, facts, (r) =>
        excusalAgreementNeeded(
          {
            recipientName: r.displayName, studentFirstName: meeting.first_name, purpose: meeting.purpose, startsAt: meeting.starts_at,
            timeZone: meeting.time_zone, link: this.link(facts), memberName: member.display_name, memberRole: member.team_role, reason,
          },
          emailLocale(r.locale),
        ),
      );
    });
    await this.outbox.dispatch(emailIds);
    return this.reads.one(user, facts.id);
  }

  async agreeToExcusal(user: AuthUser, attendanceId: string, meta: RequestMeta): Promise<IepMeetingModel> {
    const [found]: Array<{ meeting_id: string }> = isUuid(attendanceId)
      ? await this.dataSource.query(`SELECT meeting_id FROM iep_meeting_attendance WHERE id = $1 AND excusal_requested_at IS NOT NULL`, [attendanceId])
      : [];
    if (!found) {
      await this.audit.recordDenial(user, meta, 'agreeToMeetingExcusal', 'NO_SUCH_EXCUSAL');
      throw notFound('That excusal request');
    }
    const { meeting: facts, relation } = await this.access.meetingOrDeny(user, found.meeting_id, meta, 'agreeToMeetingExcusal');
    const party = relation.rightsHolder ? 'PARENT' : relation.manage ? 'DISTRICT' : null;
    if (!party) {
      await this.audit.recordDenial(user, meta, 'agreeToMeetingExcusal', 'NOT_A_PARTY_TO_EXCUSAL');
      throw forbidden({
        en: 'Only the parent who holds the educational rights, or the case manager or district representative, can agree to an excusal.',
        es: 'Solo el padre o la madre que tiene los derechos educativos, o el responsable del caso o el representante del distrito, pueden aceptar una excusa.',
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      if (!OPEN_STATUSES.includes(meeting.status)) throw badInput(EXCUSAL_TOO_LATE);
      const column = party === 'PARENT' ? 'parent' : 'district';
      const [[row]]: [Array<{ user_id: string }>, number] = await manager.query(
        `UPDATE iep_meeting_attendance SET ${column}_agreed_by_id = $2, ${column}_agreed_at = now()
          WHERE id = $1 AND ${column}_agreed_at IS NULL RETURNING user_id`,
        [attendanceId, user.id],
      );
      // Agreeing twice changes nothing: the first written agreement stands with its time.
      if (!row) return;
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingExcusalAgreed, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { meetingId: meeting.id, attendanceId, memberId: row.user_id, party },
        },
        manager,
      );
    });
    return this.reads.one(user, facts.id);
  }

  async recordAttendance(user: AuthUser, input: RecordMeetingAttendanceInput, meta: RequestMeta): Promise<IepMeetingModel> {
    const facts = await this.access.managedMeetingOrDeny(user, input.meetingId, meta, 'recordMeetingAttendance');
    if (input.entries.length === 0) throw badInput({ en: 'Record at least one person.', es: 'Registre al menos a una persona.' }, { field: 'entries' });
    const seen = new Set<string>();
    for (const entry of input.entries) {
      const key = entry.userId ?? `name:${clean(entry.name)?.toLowerCase() ?? ''}`;
      if (!entry.userId && (!clean(entry.name) || !clean(entry.capacity))) {
        throw badInput(
          { en: 'Give the name of an outside attendee and in what capacity they came.', es: 'Indique el nombre del otro asistente y en qué calidad vino.' },
          { field: 'entries' },
        );
      }
      if (seen.has(key)) throw badInput({ en: 'Each person is recorded once.', es: 'Cada persona se registra una sola vez.' }, { field: 'entries' });
      seen.add(key);
    }
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      if (meeting.status === MeetingStatus.Cancelled) {
        throw badInput({ en: 'This meeting was cancelled; there is no attendance to record.', es: 'Esta reunión fue cancelada; no hay asistencia que registrar.' });
      }
      if (meeting.status === MeetingStatus.RescheduleRequested) {
        throw badInput({
          en: 'The parent asked for another time. Settle the time before recording attendance.',
          es: 'El padre o la madre pidió otra fecha y hora. Acuerden la fecha y hora antes de registrar la asistencia.',
        });
      }
      const invitees: Array<{ user_id: string; team_role: string; display_name: string }> = await manager.query(
        `SELECT inv.user_id, inv.team_role, u.display_name FROM iep_meeting_invitees inv JOIN users u ON u.id = inv.user_id WHERE inv.meeting_id = $1`,
        [meeting.id],
      );
      const excusals: Array<{ user_id: string; parent_agreed_at: Date | null; district_agreed_at: Date | null }> = await manager.query(
        `SELECT user_id, parent_agreed_at, district_agreed_at FROM iep_meeting_attendance WHERE meeting_id = $1 AND user_id IS NOT NULL`,
        [meeting.id],
      );
      for (const entry of input.entries) {
        if (entry.userId) {
          const invitee = invitees.find((person) => person.user_id === entry.userId);
          if (!invitee) {
            throw badInput(
              {
                en: 'Record invited members by name from the list, and anyone else as an outside attendee.',
                es: 'Elija a los miembros invitados de la lista, y registre a cualquier otra persona como otro asistente.',
              },
              { field: 'entries' },
            );
          }
          const excusal = excusals.find((row) => row.user_id === entry.userId);
          if (entry.status === AttendanceStatus.Excused && !(excusal && excusalAgreed({ parentAgreedAt: excusal.parent_agreed_at, districtAgreedAt: excusal.district_agreed_at }))) {
            throw badInput(
              {
                en: `${invitee.display_name} can be excused only with the written agreement of both the parent and the district (34 CFR 300.321(e)). Ask for the excusal first, or record them as absent.`,
                es: `Solo se puede excusar a ${invitee.display_name} con la aceptación por escrito del padre o la madre y del distrito (34 CFR 300.321(e)). Primero pida la excusa, o registre su ausencia.`,
              },
              { field: 'entries', userId: entry.userId },
            );
          }
          // Update first: an excused member's row already holds the agreements, and a CHECK refuses EXCUSED without them.
          const [[updated]]: [Array<{ id: string }>, number] = await manager.query(
            `UPDATE iep_meeting_attendance SET status = $3, recorded_by_id = $4, recorded_at = now(),
                    written_input_submitted = coalesce($5::boolean, written_input_submitted),
                    interprets_evaluations = coalesce($6::boolean, interprets_evaluations)
              WHERE meeting_id = $1 AND user_id = $2 RETURNING id`,
            [meeting.id, entry.userId, entry.status, user.id, entry.writtenInputSubmitted ?? null, entry.interpretsEvaluations ?? null],
          );
          if (!updated) {
            await manager.query(
              `INSERT INTO iep_meeting_attendance (meeting_id, user_id, capacity, status, written_input_submitted, recorded_by_id, recorded_at,
                                                   interprets_evaluations)
               VALUES ($1, $2, $3, $4, coalesce($5::boolean, false), $6, now(), coalesce($7::boolean, false))`,
              [meeting.id, entry.userId, invitee.team_role, entry.status, entry.writtenInputSubmitted ?? null, user.id, entry.interpretsEvaluations ?? null],
            );
          }
        } else {
          if (entry.status === AttendanceStatus.Excused) {
            throw badInput(
              {
                en: 'Only an invited team member can be excused; record an outside attendee as present or absent.',
                es: 'Solo se puede excusar a un miembro del equipo invitado; registre a otro asistente como presente o ausente.',
              },
              { field: 'entries' },
            );
          }
          const name = clean(entry.name)!;
          const [[updated]]: [Array<{ id: string }>, number] = await manager.query(
            `UPDATE iep_meeting_attendance SET status = $3, capacity = $4, recorded_by_id = $5, recorded_at = now(),
                    interprets_evaluations = coalesce($6::boolean, interprets_evaluations)
              WHERE meeting_id = $1 AND user_id IS NULL AND lower(attendee_name) = lower($2) RETURNING id`,
            [meeting.id, name, entry.status, clean(entry.capacity), user.id, entry.interpretsEvaluations ?? null],
          );
          if (!updated) {
            await manager.query(
              `INSERT INTO iep_meeting_attendance (meeting_id, attendee_name, capacity, status, recorded_by_id, recorded_at, interprets_evaluations)
               VALUES ($1, $2, $3, $4, $5, now(), coalesce($6::boolean, false))`,
              [meeting.id, name, clean(entry.capacity), entry.status, user.id, entry.interpretsEvaluations ?? null],
            );
          }
        }
      }
      await manager.query(`UPDATE iep_meetings SET version = version + 1, updated_at = now() WHERE id = $1`, [meeting.id]);
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingAttendanceRecorded, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent,
          data: {
            meetingId: meeting.id,
            entries: input.entries.map((entry) => ({
              userId: entry.userId ?? null, name: entry.userId ? null : clean(entry.name), status: entry.status,
              ...(entry.interpretsEvaluations != null ? { interpretsEvaluations: entry.interpretsEvaluations } : {}),
            })),
          },
        },
        manager,
      );
    });
    return this.reads.one(user, facts.id);
  }

  async saveNotes(user: AuthUser, meetingId: string, version: number, notes: string, meta: RequestMeta): Promise<IepMeetingModel> {
    const facts = await this.access.managedMeetingOrDeny(user, meetingId, meta, 'saveMeetingNotes');
    if (notes.length > MEETING_LIMITS.maxNotesLength) {
      throw badInput(
        { en: 'Meeting notes can be at most 20,000 characters.', es: 'Las notas de la reunión pueden tener como máximo 20.000 caracteres.' },
        { field: 'notes' },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const [[saved]]: [Array<{ version: number }>, number] = await manager.query(
        `UPDATE iep_meetings SET notes = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status <> 'CANCELLED' RETURNING version`,
        [facts.id, version, notes],
      );
      if (!saved) {
        const current = await this.lock(manager, facts.id);
        if (current.status === MeetingStatus.Cancelled) {
          throw badInput({ en: 'This meeting was cancelled; its notes can no longer change.', es: 'Esta reunión fue cancelada; sus notas ya no se pueden cambiar.' });
        }
        throw conflict(
          {
            en: 'Someone changed this meeting since you opened it, so your notes were not saved. Copy your text, reload, and add it to the current notes.',
            es: 'Alguien cambió esta reunión después de que usted la abrió, así que sus notas no se guardaron. Copie su texto, vuelva a cargar la página y agréguelo a las notas actuales.',
          },
          { currentVersion: current.version, currentNotes: current.notes },
        );
      }
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingNotesSaved, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { meetingId: facts.id, version: saved.version, length: notes.length },
        },
        manager,
      );
    });
    return this.reads.one(user, facts.id);
  }

  async markHeld(user: AuthUser, meetingId: string, version: number, meta: RequestMeta): Promise<IepMeetingModel> {
    const facts = await this.access.managedMeetingOrDeny(user, meetingId, meta, 'markMeetingHeld');
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.lock(manager, facts.id);
      checkVersion(meeting, version);
      if (meeting.status !== MeetingStatus.Scheduled) {
        throw badInput(
          meeting.status === MeetingStatus.RescheduleRequested
            ? {
                en: 'The parent asked for another time. Reschedule the meeting, or record the parent’s acceptance, first.',
                es: 'El padre o la madre pidió otra fecha y hora. Primero cambie la fecha de la reunión, o registre que el padre o la madre la aceptó.',
              }
            : {
                en: `This meeting was ${meeting.status === MeetingStatus.Held ? 'already held' : 'cancelled'}.`,
                es: `Esta reunión ${meeting.status === MeetingStatus.Held ? 'ya se realizó' : 'fue cancelada'}.`,
              },
        );
      }
      if (meeting.starts_at.getTime() > Date.now()) {
        throw badInput({ en: 'A meeting can be marked as held once it has started.', es: 'Una reunión solo se puede marcar como realizada cuando ya empezó.' });
      }
      await this.checkTeamPresent(manager, meeting.id);
      const heldOn = wallClock(meeting.starts_at, meeting.time_zone).date as IsoDate;
      await manager.query(
        `UPDATE iep_meetings SET status = 'HELD', held_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [meeting.id],
      );
      let annualReviewDeadlineId: string | null = null;
      if (startsAnnualReviewClock(meeting.purpose)) {
        const options = { actor: actorOf(user, meta) };
        const deadline = await this.deadlines.recordEvent(
          manager, { studentId: facts.studentId, iepId: facts.iepId, eventKind: DeadlineEventKind.IepMeeting, date: heldOn }, options,
        );
        annualReviewDeadlineId = deadline.id;
        // The review of the IEP this one was drafted from has now taken place.
        if (meeting.purpose === MeetingPurpose.AnnualReview && meeting.derived_from_iep_id) {
          const [previous]: Array<{ id: string }> = await manager.query(
            `SELECT id FROM deadlines WHERE iep_id = $1 AND kind = $2 AND met_on IS NULL AND closed_on IS NULL`,
            [meeting.derived_from_iep_id, DeadlineKind.AnnualReview],
          );
          if (previous) await this.deadlines.markMet(manager, previous.id, heldOn, options);
        }
        // The initial IEP's meeting is the first IEP meeting that the eligibility determination called for.
        if (meeting.purpose === MeetingPurpose.InitialIep) {
          const [first]: Array<{ id: string }> = await manager.query(
            `SELECT id FROM deadlines WHERE student_id = $1 AND kind = $2 AND met_on IS NULL AND closed_on IS NULL AND event_date <= $3`,
            [facts.studentId, DeadlineKind.FirstIepMeeting, heldOn],
          );
          if (first) await this.deadlines.markMet(manager, first.id, heldOn, options);
        }
      }
      await this.audit.record(
        {
          event: AuditEvent.IepMeetingHeld, actorId: user.id, actorRole: user.role, studentId: facts.studentId, iepId: facts.iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { meetingId: meeting.id, heldOn, annualReviewDeadlineId },
        },
        manager,
      );
    });
    return this.reads.one(user, facts.id);
  }

  /**
   * 300.321(a): every required member was present or excused in writing (300.321(e)). An empty seat blocks "held",
   * named in the refusal so the case manager knows what to record or whom to ask for an excusal.
   */
  private async checkTeamPresent(manager: EntityManager, meetingId: string): Promise<void> {
    const facts = (await this.reads.compositionFacts(manager, [meetingId])).get(meetingId)!;
    const missing = requiredSeats(facts).filter((seat) => seat.state === 'MISSING').map((seat) => seat.member);
    if (missing.length === 0) return;
    const list = (locale: 'en' | 'es') => missing.map((member) => REQUIRED_MEMBER_LABELS[member][locale]).join('; ');
    throw badInput(
      {
        en: `The meeting cannot be recorded as held: the attendance record has no ${list('en')} (34 CFR 300.321(a)). Record them as present, or, for a member other than the parent, record the written excusal agreed by the parent and the district.`,
        es: `No se puede registrar la reunión como realizada: en la asistencia falta ${list('es')} (34 CFR 300.321(a)). Regístrelos como presentes o, para un miembro que no sea el padre o la madre, registre la excusa por escrito aceptada por el padre o la madre y el distrito.`,
      },
      { reason: 'TEAM_INCOMPLETE', missing },
    );
  }

  /** The notice deadline runs from the meeting date; sending the notice now meets it, late or on time. */
  private async recordNotice(
    manager: EntityManager, user: AuthUser, meta: RequestMeta, facts: MeetingFacts, meetingDate: string, today: string,
  ): Promise<void> {
    const options = { actor: actorOf(user, meta), today: today as IsoDate };
    const deadline = await this.deadlines.recordEvent(
      manager, { studentId: facts.studentId, iepId: facts.iepId, eventKind: DeadlineEventKind.Meeting, date: meetingDate as IsoDate }, options,
    );
    if (deadline.metOn === null) await this.deadlines.markMet(manager, deadline.id, today as IsoDate, options);
    await manager.query(`UPDATE iep_meetings SET notice_deadline_id = $2 WHERE id = $1`, [facts.id, deadline.id]);
  }

  private checkNotice(ruleProfile: StoredRuleProfile, date: string, time: string, timeZone: string, shortNoticeAgreed: boolean) {
    const noticeDays = stateRuleProfileFor(ruleProfile).meetingNoticeDays;
    const verdict = checkMeetingStart({ date, time, timeZone, noticeDays, shortNoticeAgreed, now: new Date() });
    if (!verdict.ok && verdict.reason === 'SHORT_NOTICE') {
      throw badInput(
        {
          en: `The parent must be sent notice at least ${noticeDays} calendar days before the meeting (34 CFR 300.322; ${noticeDays} days in this state), so a meeting on ${date} needed its notice by ${verdict.lastNoticeDay}. Choose a later date, or confirm that the parent agreed to shorter notice.`,
          es: `El padre o la madre debe recibir el aviso al menos ${noticeDays} días calendario antes de la reunión (34 CFR 300.322; ${noticeDays} días en este estado), así que para una reunión el ${date} el aviso debía enviarse a más tardar el ${verdict.lastNoticeDay}. Elija una fecha posterior, o confirme que el padre o la madre aceptó un aviso con menos anticipación.`,
        },
        { field: 'date', noticeDays, lastNoticeDay: verdict.lastNoticeDay },
      );
    }
    if (!verdict.ok) {
      throw badInput({ en: 'Choose a date and time that have not passed yet.', es: 'Elija una fecha y hora que aún no hayan pasado.' }, { field: 'date' });
    }
    return { noticeDays, today: verdict.today, daysOfNotice: verdict.daysOfNotice, short: verdict.short };
  }

  private async lock(manager: EntityManager, meetingId: string): Promise<LockedMeeting> {
    const [meeting]: LockedMeeting[] = await manager.query(
      `SELECT m.id, m.iep_id, i.student_id, s.first_name, ${ruleProfileColumn('d', 'rule_profile')}, i.case_manager_id, m.purpose, m.status, m.starts_at, m.time_zone,
              m.duration_minutes, m.location, m.call_in, m.short_notice_agreed, m.version, m.notes, m.created_by_id, i.derived_from_iep_id,
              m.invitation_sequence, m.discusses_transition
         FROM iep_meetings m JOIN ieps i ON i.id = m.iep_id JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id
        WHERE m.id = $1 FOR NO KEY UPDATE OF m`,
      [meetingId],
    );
    return meeting;
  }

  /** The IEP's live team and the student's guardians: the only people a meeting may be about to invite. */
  private team(manager: EntityManager, iepId: string): Promise<TeamPerson[]> {
    return manager.query(
      `SELECT m.user_id, u.display_name, u.email, u.locale, m.team_role, u.role, false AS is_guardian, false AS rights_holder
         FROM iep_team_members m JOIN users u ON u.id = m.user_id
        WHERE m.iep_id = $1 AND u.active AND (m.expires_at IS NULL OR m.expires_at > now())
       UNION ALL
       SELECT g.user_id, u.display_name, u.email, u.locale, g.relationship, u.role, true, g.rights_holder
         FROM guardianships g JOIN ieps i ON i.student_id = g.student_id JOIN users u ON u.id = g.user_id
        WHERE i.id = $1 AND u.active`,
      [iepId],
    );
  }

  private async invitees(manager: EntityManager, meetingId: string, exceptUserId: string): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.email, u.locale, u.display_name AS "displayName"
         FROM iep_meeting_invitees inv JOIN users u ON u.id = inv.user_id
        WHERE inv.meeting_id = $1 AND inv.user_id <> $2 AND u.active ORDER BY u.id`,
      [meetingId, exceptUserId],
    );
  }

  private async people(manager: EntityManager, userIds: string[]): Promise<Recipient[]> {
    if (userIds.length === 0) return [];
    return manager.query(
      `SELECT id AS "userId", email, locale, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[]) AND active ORDER BY id`,
      [[...new Set(userIds)]],
    );
  }

  /** The written notice to every invitee but the sender. */
  private async sendNotice(manager: EntityManager, user: AuthUser, meetingId: string, rescheduled: boolean): Promise<string[]> {
    const meeting = await this.lock(manager, meetingId);
    const names: Array<{ display_name: string }> = await manager.query(
      `SELECT u.display_name FROM iep_meeting_invitees inv JOIN users u ON u.id = inv.user_id
        WHERE inv.meeting_id = $1 ORDER BY inv.is_guardian DESC, u.display_name`,
      [meetingId],
    );
    const recipients = await this.invitees(manager, meetingId, user.id);
    const facts = { id: meeting.id, iepId: meeting.iep_id, studentId: meeting.student_id };
    const invitation = await this.invitation(manager, meeting, 'REQUEST');
    return this.tell(manager, recipients, MEETING_NOTIFICATION.Notice, `${meeting.id}:${meeting.version}`, facts, (r) =>
      meetingNotice(
        {
          recipientName: r.displayName, studentFirstName: meeting.first_name, purpose: meeting.purpose, startsAt: meeting.starts_at,
          timeZone: meeting.time_zone, durationMinutes: meeting.duration_minutes, location: meeting.location, callIn: meeting.call_in,
          organizerName: user.displayName, inviteeNames: names.map((row) => row.display_name), link: this.link(facts),
          rescheduled, shortNoticeAgreed: meeting.short_notice_agreed, discussesTransition: meeting.discusses_transition,
        },
        emailLocale(r.locale),
      ),
      invitation,
    );
  }

  /**
   * The calendar event that goes with a notice, per language: organized by the case manager, every invitee an attendee,
   * so a calendar program updates or removes the event it already holds.
   */
  private async invitation(manager: EntityManager, meeting: LockedMeeting, method: 'REQUEST' | 'CANCEL'): Promise<(r: Recipient) => EmailAttachment[]> {
    const people: Array<{ display_name: string; email: string; organizer: boolean }> = await manager.query(
      `SELECT u.display_name, u.email, false AS organizer FROM iep_meeting_invitees inv JOIN users u ON u.id = inv.user_id
        WHERE inv.meeting_id = $1 AND u.active
       UNION ALL
       SELECT u.display_name, u.email, true FROM users u WHERE u.id = $2
       ORDER BY organizer DESC, email`,
      [meeting.id, meeting.case_manager_id],
    );
    const [organizer] = people.filter((person) => person.organizer).map((person) => ({ name: person.display_name, email: person.email }));
    const attendees = people.filter((person) => !person.organizer).map((person) => ({ name: person.display_name, email: person.email }));
    const facts = { id: meeting.id, iepId: meeting.iep_id };
    const invited = {
      id: meeting.id, purpose: meeting.purpose, studentFirstName: meeting.first_name, startsAt: meeting.starts_at,
      durationMinutes: meeting.duration_minutes, location: meeting.location, callIn: meeting.call_in, sequence: meeting.invitation_sequence,
    };
    const byLocale = new Map(
      (['en', 'es'] as const).map((locale) => [locale, invitationAttachment(meetingInvitation(invited, locale, this.link(facts), method, { organizer, attendees }), method)]),
    );
    return (r) => [byLocale.get(emailLocale(r.locale))!];
  }

  /** In the app and by e-mail, each recipient in their own language; returns the outbox ids to dispatch after commit. */
  private async tell(
    manager: EntityManager,
    recipients: Recipient[],
    kind: string,
    key: string,
    facts: MeetingFacts,
    compose: (recipient: Recipient) => MeetingMessage,
    attach: (recipient: Recipient) => EmailAttachment[] = () => [],
  ): Promise<string[]> {
    if (recipients.length === 0) return [];
    const link = meetingPath(facts);
    const notices: NewNotification[] = [];
    const emails: OutgoingEmail[] = [];
    for (const recipient of recipients) {
      const message = compose(recipient);
      notices.push({ userId: recipient.userId, kind, title: message.title, body: message.body, link, data: { iepId: facts.iepId, meetingId: facts.id } });
      emails.push({
        dedupeKey: `${kind.toLowerCase()}:${key}:${recipient.userId}`, to: recipient.email, subject: message.subject, text: message.text,
        attachments: attach(recipient),
      });
    }
    await this.notifications.notify(manager, notices);
    return this.outbox.write(manager, emails);
  }

  private link(facts: Pick<MeetingFacts, 'id' | 'iepId'>): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${meetingPath(facts)}`;
  }
}

/**
 * The meeting page, naming the meeting: an invitee who may not see the IEP yet (a parent before the
 * draft is shared) opens the meeting itself rather than the IEP's list of meetings.
 */
function meetingPath(facts: Pick<MeetingFacts, 'id' | 'iepId'>): string {
  return `/ieps/${facts.iepId}/meeting?meeting=${facts.id}`;
}

function actorOf(user: AuthUser, meta: RequestMeta): DeadlineActor {
  return { userId: user.id, role: user.role, ip: meta.ip, userAgent: meta.userAgent };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const MEETING_TIME_REFUSALS: Record<MeetingTimeProblem['reason'], Localized> = {
  DATE_REQUIRED: { en: 'Enter the date of the meeting, for example 2026-12-08.', es: 'Escriba la fecha de la reunión, por ejemplo 2026-12-08.' },
  TIME_REQUIRED: {
    en: 'Enter the time of the meeting as hours and minutes, for example 15:30.',
    es: 'Escriba la hora de la reunión en horas y minutos, por ejemplo 15:30.',
  },
  DURATION_OUT_OF_RANGE: {
    en: `A meeting lasts between ${MEETING_LIMITS.minDurationMinutes} minutes and ${MEETING_LIMITS.maxDurationMinutes / 60} hours.`,
    es: `Una reunión dura entre ${MEETING_LIMITS.minDurationMinutes} minutos y ${MEETING_LIMITS.maxDurationMinutes / 60} horas.`,
  },
  PLACE_REQUIRED: {
    en: 'Say where the meeting is, or how to join it by phone or video, or both.',
    es: 'Indique dónde es la reunión, o cómo unirse por teléfono o video, o ambas cosas.',
  },
};

/** The rule the scheduling form applies too (libs/domain): the first field to fix, with its message. */
function refuseMeetingTime(values: MeetingTimeValues): void {
  const problem = meetingTimeProblem(values);
  if (problem) throw badInput(MEETING_TIME_REFUSALS[problem.reason], { field: problem.field });
}

function checkVersion(meeting: LockedMeeting, version: number): void {
  if (meeting.version !== version) {
    throw conflict(
      {
        en: 'Someone changed this meeting since you opened it. Reload to see the current time and answers, then try again.',
        es: 'Alguien cambió esta reunión después de que usted la abrió. Vuelva a cargar la página para ver la fecha, la hora y las respuestas actuales, e inténtelo de nuevo.',
      },
      { currentVersion: meeting.version },
    );
  }
}

function proposedInstant(time: MeetingTimeInput, timeZone: string, index: number): Date {
  if (!isMeetingDate(time.date) || !isMeetingTime(time.time)) {
    throw badInput(
      {
        en: 'Write each suggested time as a date and a time, for example 2026-12-08 and 15:30.',
        es: 'Escriba cada fecha y hora sugerida como una fecha y una hora, por ejemplo 2026-12-08 y 15:30.',
      },
      { field: `proposedTimes.${index}` },
    );
  }
  const instant = zonedInstant(time.date, time.time, timeZone);
  if (instant.getTime() <= Date.now()) {
    throw badInput({ en: 'Suggest times that have not passed yet.', es: 'Sugiera fechas y horas que aún no hayan pasado.' }, { field: `proposedTimes.${index}` });
  }
  return instant;
}

/** Rights-holding guardians are always on the notice; everyone else is chosen from the team. */
function chooseInvitees(team: TeamPerson[], requested: readonly string[]): TeamPerson[] {
  const wanted = new Set(requested);
  const chosen = new Map<string, TeamPerson>();
  for (const person of team) {
    if (wanted.has(person.user_id) || (person.is_guardian && person.rights_holder)) {
      // A guardian who is also on the team is invited once, as the guardian.
      const existing = chosen.get(person.user_id);
      if (!existing || person.is_guardian) chosen.set(person.user_id, person);
    }
  }
  const missing = [...wanted].filter((id) => !team.some((person) => person.user_id === id));
  if (missing.length) {
    throw badInput(
      {
        en: "Invite people who are on this IEP's team; invite anyone else to the team first.",
        es: 'Invite a personas del equipo de este IEP; a cualquier otra persona, invítela primero al equipo.',
      },
      { field: 'inviteeIds', missing },
    );
  }
  if (chosen.size === 0) throw badInput({ en: 'Invite at least one person to the meeting.', es: 'Invite al menos a una persona a la reunión.' }, { field: 'inviteeIds' });
  return [...chosen.values()];
}

