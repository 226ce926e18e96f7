import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepModel } from '@iep/api/ieps';
import {
  RecordMeetingAttendanceInput, RequestMeetingExcusalInput, RescheduleIepMeetingInput, RespondToIepMeetingInput, ScheduleIepMeetingInput,
} from './dto/meeting.inputs';
import { MeetingReadService } from './meeting-read.service';
import { MeetingService } from './meeting.service';
import { IepMeetingModel } from './models/iep-meeting.model';

@Resolver(() => IepMeetingModel)
export class MeetingResolver {
  constructor(private readonly meetings: MeetingService) {}

  @Query(() => IepMeetingModel, { description: 'One IEP meeting, for those who may see its IEP and for its invitees.' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepMeeting(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.meetings.view(user, id, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, {
    description:
      'Schedules an IEP meeting and sends its notice. Less notice than the state requires needs shortNoticeAgreed (the parent agreed).',
  })
  @RequirePermission(Permission.ScheduleMeeting)
  scheduleIepMeeting(@Args('input') input: ScheduleIepMeetingInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.meetings.schedule(user, input, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, { description: 'Moves a meeting; every invitee gets a new notice and answers again.' })
  @RequirePermission(Permission.ScheduleMeeting)
  rescheduleIepMeeting(@Args('input') input: RescheduleIepMeetingInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.meetings.reschedule(user, input, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, { description: 'Cancels a meeting that has not been held; the invitees are told why.' })
  @RequirePermission(Permission.ScheduleMeeting)
  cancelIepMeeting(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('reason') reason: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.meetings.cancel(user, meetingId, reason, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, { description: "An invitee's answer: accept the time, or ask for another with a message and times that suit." })
  @RequirePermission(Permission.RespondToMeeting)
  respondToIepMeeting(@Args('input') input: RespondToIepMeetingInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.meetings.respond(user, input, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, {
    description: 'Asks for an invited member to be excused (34 CFR 300.321(e)); the rights-holding parent is asked for written agreement.',
  })
  @RequirePermission(Permission.ScheduleMeeting)
  requestMeetingExcusal(@Args('input') input: RequestMeetingExcusalInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.meetings.requestExcusal(user, input, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, {
    description: "Records the caller's written agreement to an excusal: the parent's as rights holder, or the district's as case manager or representative.",
  })
  @RequirePermission(Permission.AgreeToMeetingExcusal)
  agreeToMeetingExcusal(
    @Args('attendanceId', { type: () => ID }) attendanceId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.meetings.agreeToExcusal(user, attendanceId, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, { description: 'Records who was present, absent or excused; excused needs both written agreements.' })
  @RequirePermission(Permission.ScheduleMeeting)
  recordMeetingAttendance(@Args('input') input: RecordMeetingAttendanceInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.meetings.recordAttendance(user, input, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, { description: 'Saves the meeting notes over the named version; a stale version is refused with CONFLICT.' })
  @RequirePermission(Permission.ScheduleMeeting)
  saveMeetingNotes(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('notes') notes: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.meetings.saveNotes(user, meetingId, version, notes, requestMeta(req));
  }

  @Mutation(() => IepMeetingModel, {
    description: 'Records that the meeting took place; an initial or annual-review meeting starts the annual-review deadline.',
  })
  @RequirePermission(Permission.ScheduleMeeting)
  markMeetingHeld(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.meetings.markHeld(user, meetingId, version, requestMeta(req));
  }
}

@Resolver(() => IepModel)
export class IepMeetingsResolver {
  constructor(private readonly reads: MeetingReadService) {}

  // The IEP was reached through an access-checked query; its meetings load in bulk for the request.
  @ResolveField(() => [IepMeetingModel], { description: 'The meetings of this IEP, latest first.' })
  meetings(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<IepMeetingModel[]> {
    return this.reads.meetingsOfIep(req, user).load(iep.id);
  }
}
