import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRoleGql } from '@iep/api/auth';
import { graphqlEnum } from '@iep/api/core';
import { AttendanceStatus, MeetingPurpose, MeetingResponse, MeetingStatus, RequiredMember, type SeatState, type UserRole } from '@iep/domain';

export const MeetingPurposeGql = graphqlEnum(MeetingPurpose, 'MeetingPurpose', 'Why the team meets: the first IEP, the annual review, an amendment, a reevaluation, or something else.');
export const MeetingStatusGql = graphqlEnum(MeetingStatus, 'MeetingStatus', 'Scheduled, a parent asked for another time, held, or cancelled.');
export const MeetingResponseGql = graphqlEnum(MeetingResponse, 'MeetingResponse', "An invitee's answer: none yet, accepted, or asked for another time.");
export const AttendanceStatusGql = graphqlEnum(AttendanceStatus, 'AttendanceStatus', 'Present, absent, or excused with the written agreement of the parent and the district.');

@ObjectType('MeetingInvitee', { description: 'A person invited to an IEP meeting and their answer. No contact details.' })
export class MeetingInviteeModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field({ description: 'What the person does on this team.' }) teamRole: string;
  @Field({ description: 'A guardian of the student: the notice is addressed to them.' }) isGuardian: boolean;
  @Field(() => MeetingResponseGql) response: MeetingResponse;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'With a request for another time: what the person wrote.' }) message: string | null;
  @Field(() => [Date], { description: 'With a request for another time: up to three times that suit the person.' }) proposedTimes: Date[];
}

@ObjectType('MeetingAttendee', {
  description: 'One line of the attendance record: a team member or a named outside attendee, and any excusal with its two written agreements.',
})
export class MeetingAttendeeModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null for an outside attendee named by hand.' }) userId: string | null;
  @Field() name: string;
  @Field({ description: 'In what capacity the person attends, e.g. "Speech-language pathologist".' }) capacity: string;
  @Field(() => AttendanceStatusGql, { nullable: true, description: 'Null until attendance is recorded.' }) status: AttendanceStatus | null;
  @Field({ description: 'The member submitted written input to the parent and the team before the meeting (300.321(e)(2)).' })
  writtenInputSubmitted: boolean;
  @Field(() => Date, { nullable: true }) excusalRequestedAt: Date | null;
  @Field(() => String, { nullable: true }) excusalReason: string | null;
  @Field(() => String, { nullable: true, description: 'The rights-holding parent who agreed in writing.' }) parentAgreedByName: string | null;
  @Field(() => Date, { nullable: true }) parentAgreedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The case manager or district representative who agreed for the district.' })
  districtAgreedByName: string | null;
  @Field(() => Date, { nullable: true }) districtAgreedAt: Date | null;
  @Field({ description: 'Named at the meeting as able to interpret the evaluation results (300.321(a)(5)).' }) interpretsEvaluations: boolean;
}

export const RequiredMemberGql = graphqlEnum(RequiredMember, 'RequiredMember', 'A member every IEP meeting must have (34 CFR 300.321(a)).');
export const SeatStateGql = graphqlEnum(
  { Present: 'PRESENT', Excused: 'EXCUSED', Missing: 'MISSING' } as const, 'RequiredSeatState',
  'Someone present fills the seat, a member excused in writing leaves it filled, otherwise it is missing.',
);

@ObjectType('MeetingRequiredMember', { description: 'One required member of the meeting and whether the attendance record fills the seat.' })
export class MeetingRequiredMemberModel {
  @Field(() => RequiredMemberGql) member: RequiredMember;
  @Field(() => SeatStateGql) state: SeatState;
}

@ObjectType('MeetingNoticeDeadline', { description: 'The last day to send the notice of this meeting, and when it was sent.' })
export class MeetingNoticeDeadlineModel {
  @Field(() => ID) id: string;
  @Field({ description: 'ISO date.' }) dueDate: string;
  @Field(() => String, { nullable: true, description: 'ISO date the notice went out.' }) metOn: string | null;
}

@ObjectType('MeetingAttendanceSignature', { description: 'A person who signed that they attended the meeting (attendance only, not agreement).' })
export class MeetingAttendanceSignatureModel {
  @Field(() => ID) userId: string;
  @Field({ description: 'The name typed under the statement of attendance.' }) name: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field() signedAt: Date;
}

@ObjectType('IepMeeting', { description: 'An IEP team meeting: its notice, invitees and their answers, attendance and notes.' })
export class IepMeetingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field() studentFirstName: string;
  @Field(() => MeetingPurposeGql) purpose: MeetingPurpose;
  @Field(() => MeetingStatusGql) status: MeetingStatus;
  @Field() startsAt: Date;
  @Field({ description: 'The IANA time zone the meeting time is read in (the district’s).' }) timeZone: string;
  @Field({ description: "ISO date of the meeting on the district's clock." }) localDate: string;
  @Field({ description: "HH:MM on the district's clock." }) localTime: string;
  @Field(() => Int) durationMinutes: number;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number or video link for those who join remotely.' }) callIn: string | null;
  @Field({ description: 'When the latest notice went out to the invitees.' }) noticeSentAt: Date;
  @Field(() => Int, { description: 'Calendar days of notice the state requires.' }) noticeDays: number;
  @Field({ description: 'The parent agreed to less notice than the state requires.' }) shortNoticeAgreed: boolean;
  @Field(() => MeetingNoticeDeadlineModel, { nullable: true }) noticeDeadline: MeetingNoticeDeadlineModel | null;
  @Field() notes: string;
  @Field(() => Int, { description: 'Name it when saving notes or rescheduling: a stale version is refused with CONFLICT.' }) version: number;
  @Field() createdByName: string;
  @Field(() => Date, { nullable: true }) heldAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => [MeetingInviteeModel], { description: 'Guardians first, then by name.' }) invitees: MeetingInviteeModel[];
  @Field(() => [MeetingAttendeeModel]) attendance: MeetingAttendeeModel[];
  @Field({ description: 'The caller may reschedule, cancel and record this meeting (case manager or district representative).' })
  viewerCanManage: boolean;
  @Field({ description: "The caller is a rights-holding parent of the student, whose written agreement an excusal needs." })
  viewerIsRightsHolder: boolean;
  @Field(() => MeetingInviteeModel, { nullable: true, description: "The caller's own invitation, to answer." })
  viewerInvitation: MeetingInviteeModel | null;
  @Field(() => [MeetingAttendanceSignatureModel], { description: 'Attendance signatures, in the order they were given.' })
  attendanceSignatures: MeetingAttendanceSignatureModel[];
  @Field({
    description:
      'The caller may see the IEP itself. An invitee who may not (a parent before the draft is shared) sees the meeting only.',
  })
  viewerCanSeeIep: boolean;
  @Field({
    description: 'The caller, invited to or attending this meeting and on its IEP team, has not signed their attendance yet (signIepAttendance).',
  })
  viewerCanSignAttendance: boolean;
  @Field({ description: 'The meeting discusses transition, so the student is invited (300.321(b)).' }) discussesTransition: boolean;
  @Field(() => [MeetingRequiredMemberModel], {
    description: 'The required members in the order of 300.321(a); the meeting is marked held only when none is missing.',
  })
  requiredMembers: MeetingRequiredMemberModel[];
  @Field(() => String, {
    nullable: true,
    description: 'The meeting as an .ics calendar event (RFC 5545) in the caller’s language, while it is still to happen; the same UID as the e-mailed invitations.',
  })
  calendarInvitation: string | null;
}
