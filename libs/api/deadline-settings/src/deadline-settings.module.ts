import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { NotificationPreferencesResolver, RuleSourceResolver, SchoolCalendarsResolver } from './deadline-settings.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { ReportingPeriodsService } from './reporting-periods.service';
import { SchoolCalendarsService } from './school-calendars.service';
import { StateProfilesService } from './state-profiles.service';

/**
 * What the deadline engine and the reminders run on: the district's school calendars and state rule
 * profile (kept by its administrators) and each person's choice of reminder e-mail.
 */
@Module({
  imports: [DeadlinesModule],
  providers: [
    SchoolCalendarsService,
    StateProfilesService,
    NotificationPreferencesService,
    ReportingPeriodsService,
    SchoolCalendarsResolver,
    NotificationPreferencesResolver,
    RuleSourceResolver,
  ],
})
export class DeadlineSettingsModule {}
