import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, notFound } from '@iep/api/core';
import { asBadInput, DeadlinesService, loadDistrictProfile } from '@iep/api/deadlines';
import {
  deriveDistrictProfile,
  DISTRICT_PROFILE_CODE,
  IDEA_PROFILE,
  pickRuleValues,
  PROFILE_RULE_KEYS,
  STATE_RULE_PROFILES,
  type ProfileRuleValues,
  type StateRuleProfile,
} from '@iep/domain';
import { entryBase, NotInDistrict, type DistrictActor } from './district-actor';
import type { SaveDistrictRuleProfileInput } from './dto/district-rule-profile.input';
import type { StateProfileChangeModel, StateRuleProfileModel } from './models/state-rule-profile.model';
import { lockDistrict, recompute } from './school-calendars.service';

/** How a profile differs from the federal defaults, in one English sentence for API users and logs. */
export function profileSummary(profile: StateRuleProfile): string {
  const idea = IDEA_PROFILE;
  const unit = (u: string) => (u === 'SCHOOL_DAYS' ? 'school days' : u === 'BUSINESS_DAYS' ? 'business days' : 'calendar days');
  const period = (p: StateRuleProfile['annualReview']) => (p.rule === 'BY_ANNIVERSARY' ? `by the anniversary (${p.months / 12} year(s))` : `within ${p.months} months`);
  const parts: string[] = [];
  if (profile.initialEvaluation.amount !== idea.initialEvaluation.amount || profile.initialEvaluation.unit !== idea.initialEvaluation.unit)
    parts.push(`initial evaluation within ${profile.initialEvaluation.amount} ${unit(profile.initialEvaluation.unit)} of consent`);
  if (profile.excludeBreaksFromCalendarDayCounts)
    parts.push(`evaluation clocks stop between school years and during breaks of more than ${profile.breakExclusionMinimumWeekdays} school days`);
  if (profile.firstIepMeetingDays !== idea.firstIepMeetingDays) parts.push(`first IEP meeting within ${profile.firstIepMeetingDays} days`);
  if (profile.meetingNoticeDays !== idea.meetingNoticeDays) parts.push(`meeting notice ${profile.meetingNoticeDays} days ahead`);
  if (profile.serviceStartSchoolDays !== idea.serviceStartSchoolDays)
    parts.push(`services start within ${profile.serviceStartSchoolDays} school days of the signature`);
  if (JSON.stringify(profile.annualReview) !== JSON.stringify(idea.annualReview)) parts.push(`annual review ${period(profile.annualReview)}`);
  if (JSON.stringify(profile.reevaluation) !== JSON.stringify(idea.reevaluation)) parts.push(`reevaluation ${period(profile.reevaluation)}`);
  if (JSON.stringify(profile.recordsRequest) !== JSON.stringify(idea.recordsRequest))
    parts.push(`records within ${profile.recordsRequest.amount} ${unit(profile.recordsRequest.unit)}`);
  if (profile.transitionAge !== idea.transitionAge) parts.push(`transition planning from age ${profile.transitionAge}`);
  if (profile.ageOfMajority !== idea.ageOfMajority) parts.push(`rights transfer at the age of majority, ${profile.ageOfMajority}`);
  if (!profile.requiresParentSignature)
    parts.push(`annual IEPs and amendments take effect ${profile.effectAfterNoticeDays} days after notice without a signature`);
  if (profile.code === idea.code)
    return (
      'The federal timelines: evaluation within 60 calendar days of consent, the annual review within 12 months, records within 45 days, ' +
      'transition planning from age 16; 10 days of meeting notice and services within 10 school days are common state choices.'
    );
  return parts.length ? `Differs from IDEA: ${parts.join('; ')}.` : 'The same timelines as IDEA.';
}

export function toProfileModel(profile: StateRuleProfile, inUse: boolean, version: number | null = null): StateRuleProfileModel {
  return {
    code: profile.code,
    name: profile.name,
    basedOn: profile.basedOn,
    version,
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
    rules: pickRuleValues(profile),
    sources: PROFILE_RULE_KEYS.map((rule) => {
      const source = profile.sources[rule];
      return { rule, citation: source.citation, basis: source.basis, localizedNote: source.note ?? null };
    }),
  };
}

const KNOWN_BASES = Object.keys(STATE_RULE_PROFILES);

@Injectable()
export class StateProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** The built-in profiles, then the district's own if it has one. */
  async list(districtId: string | null): Promise<StateRuleProfileModel[]> {
    if (!districtId) return Object.values(STATE_RULE_PROFILES).map((profile) => toProfileModel(profile, false));
    const [district]: Array<{ stateCode: string }> = await this.dataSource.query(
      `SELECT state_code AS "stateCode" FROM districts WHERE id = $1`,
      [districtId],
    );
    const own = await loadDistrictProfile(this.dataSource.manager, districtId);
    const builtIn = Object.values(STATE_RULE_PROFILES).map((profile) => toProfileModel(profile, profile.code === district?.stateCode));
    return own ? [...builtIn, toProfileModel(own.profile, district?.stateCode === DISTRICT_PROFILE_CODE, own.version)] : builtIn;
  }

  /** Switches the district's profile; every open deadline is recomputed under it in the same transaction. */
  async setForDistrict(actor: DistrictActor, code: string): Promise<StateProfileChangeModel> {
    const builtIn = Object.hasOwn(STATE_RULE_PROFILES, code) ? STATE_RULE_PROFILES[code] : undefined;
    if (!builtIn && code !== DISTRICT_PROFILE_CODE) {
      throw badInput(
        {
          en: `There is no state rule profile "${code}". Choose one of: ${[...KNOWN_BASES, DISTRICT_PROFILE_CODE].join(', ')}.`,
          es: `No existe el perfil de reglas estatales «${code}». Elija uno de estos: ${[...KNOWN_BASES, DISTRICT_PROFILE_CODE].join(', ')}.`,
        },
        { field: 'code' },
      );
    }
    return this.inDistrict(async (m) => {
      const { stateCode } = await lockDistrict(m, actor.districtId);
      const own = code === DISTRICT_PROFILE_CODE ? await loadDistrictProfile(m, actor.districtId) : null;
      if (code === DISTRICT_PROFILE_CODE && !own) {
        throw badInput(
          {
            en: 'The district has no rule profile of its own yet: create one from a built-in profile first.',
            es: 'El distrito aún no tiene un perfil de reglas propio: primero cree uno a partir de un perfil incorporado.',
          },
          { field: 'code' },
        );
      }
      const profile = own?.profile ?? builtIn!;
      const model = toProfileModel(profile, true, own?.version ?? null);
      if (stateCode === code) return { profile: model, deadlines: { recomputed: 0, moved: 0 } };
      await this.switchTo(m, actor, stateCode, code);
      return { profile: model, deadlines: await recompute(this.deadlines, m, actor) };
    });
  }

  /**
   * Creates or changes the district's own profile. When the district uses it (already, or from now on),
   * every open deadline is recomputed under the new rules in the same transaction, as a state change does.
   */
  async saveDistrictProfile(actor: DistrictActor, input: SaveDistrictRuleProfileInput): Promise<StateProfileChangeModel> {
    const base = Object.hasOwn(STATE_RULE_PROFILES, input.basedOn) ? STATE_RULE_PROFILES[input.basedOn] : undefined;
    if (!base) {
      throw badInput(
        {
          en: `A district profile derives from a built-in one: ${KNOWN_BASES.join(', ')}.`,
          es: `Un perfil del distrito se deriva de uno incorporado: ${KNOWN_BASES.join(', ')}.`,
        },
        { field: 'basedOn' },
      );
    }
    // A client that predates the age of majority's editing keeps the base's.
    const rules: ProfileRuleValues = pickRuleValues({ ...input.rules, ageOfMajority: input.rules.ageOfMajority ?? base.ageOfMajority } as ProfileRuleValues);
    let profile: StateRuleProfile;
    try {
      profile = deriveDistrictProfile(base, input.name, rules);
    } catch (error) {
      throw asBadInput(error);
    }
    return this.inDistrict(async (m) => {
      const { stateCode } = await lockDistrict(m, actor.districtId);
      const [current]: Array<{ version: number }> = await m.query(
        `SELECT version FROM district_rule_profiles WHERE district_id = $1 FOR NO KEY UPDATE`,
        [actor.districtId],
      );
      if ((current?.version ?? null) !== (input.version ?? null)) {
        throw conflict(
          current
            ? {
                en: `Someone else changed the district's rule profile while you were editing it (now version ${current.version}). Reload it and make your change again.`,
                es: `Otra persona cambió el perfil de reglas del distrito mientras usted lo editaba (ahora versión ${current.version}). Vuelva a cargarlo y haga su cambio otra vez.`,
              }
            : {
                en: 'The district has no rule profile of its own to change; create it first.',
                es: 'El distrito no tiene un perfil de reglas propio que cambiar; créelo primero.',
              },
          { currentVersion: current?.version ?? null },
        );
      }
      const [{ version }]: Array<{ version: number }> = await m.query(
        `INSERT INTO district_rule_profiles AS p (district_id, name, based_on, rules, updated_by)
         VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (district_id) DO UPDATE
            SET name = EXCLUDED.name, based_on = EXCLUDED.based_on, rules = EXCLUDED.rules, updated_by = EXCLUDED.updated_by,
                version = p.version + 1, updated_at = now()
         RETURNING version`,
        [actor.districtId, profile.name, base.code, JSON.stringify(rules), actor.user.id],
      );
      await this.audit.record(
        {
          event: AuditEvent.DistrictRuleProfileSaved,
          ...entryBase(actor),
          data: { districtId: actor.districtId, basedOn: base.code, name: profile.name, version, rules: { ...rules } },
        },
        m,
      );
      const inUse = stateCode === DISTRICT_PROFILE_CODE || input.use;
      if (stateCode !== DISTRICT_PROFILE_CODE && input.use) await this.switchTo(m, actor, stateCode, DISTRICT_PROFILE_CODE);
      const deadlines = inUse ? await recompute(this.deadlines, m, actor) : { recomputed: 0, moved: 0 };
      return { profile: toProfileModel(profile, inUse, version), deadlines };
    });
  }

  private async switchTo(m: EntityManager, actor: DistrictActor, previousCode: string, code: string): Promise<void> {
    await m.query(`UPDATE districts SET state_code = $2 WHERE id = $1`, [actor.districtId, code]);
    await this.audit.record(
      { event: AuditEvent.DistrictStateProfileChanged, ...entryBase(actor), data: { districtId: actor.districtId, previousCode, code } },
      m,
    );
  }

  private async inDistrict<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof NotInDistrict) throw notFound(error.what);
      throw error;
    }
  }
}
