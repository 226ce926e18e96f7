import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingReadService } from './meeting-read.service';
import { IepMeetingsResolver, MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';

/** IEP meetings: notice, answers, excusals, attendance and notes, with their deadlines. */
@Module({
  imports: [DeadlinesModule],
  providers: [MeetingAccessService, MeetingReadService, MeetingService, MeetingResolver, IepMeetingsResolver],
})
export class MeetingsModule {}
