import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, notFound } from '@iep/api/core';
import { DeadlinesService } from '@iep/api/deadlines';
import { DeadlineError, getStateRuleProfile, IDEA_PROFILE, STATE_RULE_PROFILES, type StateRuleProfile } from '@iep/domain';
import { entryBase, NotInDistrict, type DistrictActor } from './district-actor';
import type { StateProfileChangeModel, StateRuleProfileModel } from './models/state-rule-profile.model';
import { lockDistrict, recompute } from './school-calendars.service';

/** How a profile differs from the federal defaults, in one English sentence for API users and logs. */
export function profileSummary(profile: StateRuleProfile): string {
  const idea = IDEA_PROFILE;
  const unit = (u: string) => (u === 'SCHOOL_DAYS' ? 'school days' : 'calendar days');
  const parts: string[] = [];
  if (profile.initialEvaluation.amount !== idea.initialEvaluation.amount || profile.initialEvaluation.unit !== idea.initialEvaluation.unit)
    parts.push(`initial evaluation within ${profile.initialEvaluation.amount} ${unit(profile.initialEvaluation.unit)} of consent`);
  if (profile.excludeBreaksFromCalendarDayCounts)
    parts.push(`evaluation clocks stop during breaks of more than ${profile.breakExclusionMinimumWeekdays} school days`);
  if (profile.firstIepMeetingDays !== idea.firstIepMeetingDays) parts.push(`first IEP meeting within ${profile.firstIepMeetingDays} days`);
  if (profile.meetingNoticeDays !== idea.meetingNoticeDays) parts.push(`meeting notice ${profile.meetingNoticeDays} days ahead`);
  if (profile.serviceStartSchoolDays !== idea.serviceStartSchoolDays)
    parts.push(`services start within ${profile.serviceStartSchoolDays} school days of the signature`);
  if (profile.transitionAge !== idea.transitionAge) parts.push(`transition planning from age ${profile.transitionAge}`);
  if (!profile.requiresParentSignature)
    parts.push(`annual IEPs and amendments take effect ${profile.effectAfterNoticeDays} days after notice without a signature`);
  if (profile.code === idea.code)
    return 'The federal timelines: evaluation within 60 calendar days of consent, services within 10 school days of the signature, transition planning from age 16.';
  return parts.length ? `Differs from IDEA: ${parts.join('; ')}.` : 'The same timelines as IDEA.';
}

export function toProfileModel(profile: StateRuleProfile, inUse: boolean): StateRuleProfileModel {
  return {
    code: profile.code,
    name: profile.name,
    summary: profileSummary(profile),
    inUse,
    initialEvaluationDays: profile.initialEvaluation.amount,
    initialEvaluationUnit: profile.initialEvaluation.unit,
    serviceStartSchoolDays: profile.serviceStartSchoolDays,
    transitionAge: profile.transitionAge,
    breaksStopEvaluationClock: profile.excludeBreaksFromCalendarDayCounts,
    breakMinimumWeekdays: profile.breakExclusionMinimumWeekdays,
    requiresParentSignature: profile.requiresParentSignature,
    effectAfterNoticeDays: profile.effectAfterNoticeDays,
  };
}

@Injectable()
export class StateProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  async list(districtId: string | null): Promise<StateRuleProfileModel[]> {
    const [district]: Array<{ stateCode: string }> = districtId
      ? await this.dataSource.query(`SELECT state_code AS "stateCode" FROM districts WHERE id = $1`, [districtId])
      : [];
    return Object.values(STATE_RULE_PROFILES).map((profile) => toProfileModel(profile, profile.code === district?.stateCode));
  }

  /** Switches the district's profile; every open deadline is recomputed under it in the same transaction. */
  async setForDistrict(actor: DistrictActor, code: string): Promise<StateProfileChangeModel> {
    let profile: StateRuleProfile;
    try {
      profile = getStateRuleProfile(code);
    } catch (error) {
      if (error instanceof DeadlineError) throw badInput(error.localized, { field: 'code' });
      throw error;
    }
    try {
      return await this.dataSource.transaction(async (m) => {
        const { stateCode } = await lockDistrict(m, actor.districtId);
        if (stateCode === profile.code) return { profile: toProfileModel(profile, true), deadlines: { recomputed: 0, moved: 0 } };
        await m.query(`UPDATE districts SET state_code = $2 WHERE id = $1`, [actor.districtId, profile.code]);
        await this.audit.record(
          {
            event: AuditEvent.DistrictStateProfileChanged,
            ...entryBase(actor),
            data: { districtId: actor.districtId, previousCode: stateCode, code: profile.code },
          },
          m,
        );
        return { profile: toProfileModel(profile, true), deadlines: await recompute(this.deadlines, m, actor) };
      });
    } catch (error) {
      if (error instanceof NotInDistrict) throw notFound(error.what);
      throw error;
    }
  }
}
