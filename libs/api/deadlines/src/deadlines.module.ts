import { Module } from '@nestjs/common';
import { DeadlinesReadService } from './deadlines-read.service';
import { DeadlinesResolver } from './deadlines.resolver';
import { DeadlinesService } from './deadlines.service';
import { NotificationBellResolver } from './notification-bell.resolver';
import { ProgressReportDeadlinesService } from './progress-report-deadlines';

/** Compliance deadlines on the school calendar, their reminders, and the notification bell. */
@Module({
  providers: [DeadlinesService, DeadlinesReadService, ProgressReportDeadlinesService, DeadlinesResolver, NotificationBellResolver],
  exports: [DeadlinesService, DeadlinesReadService, ProgressReportDeadlinesService],
})
export class DeadlinesModule {}
