import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { asLocale, LocaleGql } from '@iep/api/deadlines';
import type { DeadlineLocale } from '@iep/domain';
import { districtActor } from './district-actor';
import {
  AddCalendarClosureInput,
  CreateSchoolCalendarInput,
  UpdateCalendarClosureInput,
  UpdateNotificationPreferencesInput,
  UpdateSchoolCalendarInput,
} from './dto/school-calendar.input';
import { NotificationPreferenceModel } from './models/notification-preference.model';
import { SchoolCalendarChangeModel, SchoolCalendarModel } from './models/school-calendar.model';
import { SaveDistrictRuleProfileInput } from './dto/district-rule-profile.input';
import { RuleSourceModel, StateProfileChangeModel, StateRuleProfileModel } from './models/state-rule-profile.model';
import { NotificationPreferencesService } from './notification-preferences.service';
import { SchoolCalendarsService } from './school-calendars.service';
import { SaveReportingPeriodInput } from './dto/reporting-period.input';
import { ReportingPeriodChangeModel, ReportingPeriodDeletionModel, ReportingPeriodModel } from './models/reporting-period.model';
import { ReportingPeriodsService } from './reporting-periods.service';
import { StateProfilesService } from './state-profiles.service';

const CHANGE_NOTE = "Recomputes the district's open deadlines in the same transaction and says how many moved.";

/** The school calendar and state rule profile of the caller's own district (its administrators only). */
@Resolver()
export class SchoolCalendarsResolver {
  constructor(
    private readonly calendars: SchoolCalendarsService,
    private readonly profiles: StateProfilesService,
    private readonly periods: ReportingPeriodsService,
  ) {}

  @Query(() => [ReportingPeriodModel], { description: "The reporting periods of the caller's district, in date order." })
  @RequirePermission(Permission.ManageDistrict)
  reportingPeriods(@CurrentUser() user: AuthUser): Promise<ReportingPeriodModel[]> {
    return user.districtId ? this.periods.list(user.districtId) : Promise.resolve([]);
  }

  @Mutation(() => ReportingPeriodChangeModel, {
    description: "Adds a reporting period, or changes one (on the version read). Writes or moves the PROGRESS_REPORT deadline of every ACTIVE IEP the period concerns, in the same transaction.",
  })
  @RequirePermission(Permission.ManageDistrict)
  saveReportingPeriod(
    @Args('input') input: SaveReportingPeriodInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<ReportingPeriodChangeModel> {
    return this.periods.save(districtActor(user, req), input);
  }

  @Mutation(() => ReportingPeriodDeletionModel, {
    description: 'Removes a reporting period no progress report was sent for (on the version read); its open PROGRESS_REPORT deadlines close in the same transaction. A period with a sent report is a CONFLICT.',
  })
  @RequirePermission(Permission.ManageDistrict)
  deleteReportingPeriod(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<ReportingPeriodDeletionModel> {
    return this.periods.delete(districtActor(user, req), id, version);
  }

  @Query(() => [SchoolCalendarModel], {
    description: "The school calendars of the caller's district (its own and its schools'), latest year first; one year when named.",
  })
  @RequirePermission(Permission.ManageDistrict)
  schoolCalendars(
    @CurrentUser() user: AuthUser,
    @Args('schoolYear', { type: () => String, nullable: true }) schoolYear?: string | null,
  ): Promise<SchoolCalendarModel[]> {
    return user.districtId ? this.calendars.list(user.districtId, schoolYear ?? null) : Promise.resolve([]);
  }

  @Mutation(() => SchoolCalendarChangeModel, { description: `Adds a school year to the district's or a school's calendar. ${CHANGE_NOTE}` })
  @RequirePermission(Permission.ManageDistrict)
  createSchoolCalendar(
    @Args('input') input: CreateSchoolCalendarInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<SchoolCalendarChangeModel> {
    return this.calendars.create(districtActor(user, req), input);
  }

  @Mutation(() => SchoolCalendarChangeModel, { description: `Changes a school year's name or first and last day. ${CHANGE_NOTE}` })
  @RequirePermission(Permission.ManageDistrict)
  updateSchoolCalendar(
    @Args('input') input: UpdateSchoolCalendarInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<SchoolCalendarChangeModel> {
    return this.calendars.update(districtActor(user, req), input);
  }

  @Mutation(() => SchoolCalendarChangeModel, { description: `Adds a holiday, break or non-school day inside the school year. ${CHANGE_NOTE}` })
  @RequirePermission(Permission.ManageDistrict)
  addCalendarClosure(
    @Args('input') input: AddCalendarClosureInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<SchoolCalendarChangeModel> {
    return this.calendars.addClosure(districtActor(user, req), input);
  }

  @Mutation(() => SchoolCalendarChangeModel, { description: `Changes a holiday, break or non-school day. ${CHANGE_NOTE}` })
  @RequirePermission(Permission.ManageDistrict)
  updateCalendarClosure(
    @Args('input') input: UpdateCalendarClosureInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<SchoolCalendarChangeModel> {
    return this.calendars.updateClosure(districtActor(user, req), input);
  }

  @Mutation(() => SchoolCalendarChangeModel, { description: `Removes a holiday, break or non-school day. ${CHANGE_NOTE}` })
  @RequirePermission(Permission.ManageDistrict)
  removeCalendarClosure(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int, description: "The calendar's version the edit started from." }) version: number,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<SchoolCalendarChangeModel> {
    return this.calendars.removeClosure(districtActor(user, req), id, version);
  }

  // The profiles are rules in code, not records: anyone signed in may read how each one counts.
  @Query(() => [StateRuleProfileModel], { description: 'Every state rule profile, and which one the caller’s district uses.' })
  @RequirePermission(Permission.Authenticated)
  stateRuleProfiles(@CurrentUser() user: AuthUser): Promise<StateRuleProfileModel[]> {
    return this.profiles.list(user.districtId);
  }

  @Mutation(() => StateProfileChangeModel, { description: `Chooses the state rule profile of the caller's district. ${CHANGE_NOTE}` })
  @RequirePermission(Permission.ManageDistrict)
  setDistrictStateProfile(
    @Args('code') code: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<StateProfileChangeModel> {
    return this.profiles.setForDistrict(districtActor(user, req), code);
  }

  @Mutation(() => StateProfileChangeModel, {
    description:
      "Creates or changes the district's own rule profile from a built-in one, every rule within the domain's bounds; " +
      `when the district uses it, ${CHANGE_NOTE.charAt(0).toLowerCase()}${CHANGE_NOTE.slice(1)}`,
  })
  @RequirePermission(Permission.ManageDistrict)
  saveDistrictRuleProfile(
    @Args('input') input: SaveDistrictRuleProfileInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<StateProfileChangeModel> {
    return this.profiles.saveDistrictProfile(districtActor(user, req), input);
  }
}

@Resolver(() => RuleSourceModel)
export class RuleSourceResolver {
  // Pure wording of a rule already read: no query, so no access decision, happens here.
  @ResolveField(() => String, { nullable: true, description: 'Why the number is what it is, in the given language (the caller’s by default).' })
  note(
    @Parent() source: RuleSourceModel,
    @CurrentUser() user: AuthUser,
    @Args('locale', { type: () => LocaleGql, nullable: true }) locale?: DeadlineLocale | null,
  ): string | null {
    return source.localizedNote ? source.localizedNote[locale ?? asLocale(user.locale)] : null;
  }
}

/** Each person's own e-mail choices for deadline reminders. */
@Resolver(() => NotificationPreferenceModel)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => [NotificationPreferenceModel], {
    description: "Which of the caller's deadline reminders also come by e-mail: one entry per reminder kind and deadline kind.",
  })
  @RequirePermission(Permission.Authenticated)
  myNotificationPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferenceModel[]> {
    return this.preferences.forUser(user);
  }

  @Mutation(() => [NotificationPreferenceModel], {
    description: 'Changes which of the caller’s reminders also come by e-mail (in the app they always appear); answers every choice.',
  })
  @RequirePermission(Permission.Authenticated)
  updateMyNotificationPreferences(
    @Args('input') input: UpdateNotificationPreferencesInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<NotificationPreferenceModel[]> {
    return this.preferences.update(user, requestMeta(req), input.preferences);
  }
}
