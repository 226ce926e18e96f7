import type { EntityManager } from 'typeorm';
import {
  addDays,
  compareDates,
  DeadlineError,
  deriveDistrictProfile,
  getStateRuleProfile,
  stateRuleProfileFor,
  type StoredRuleValues,
  SchoolCalendar,
  type IsoDate,
  type NamedDay,
  type SchoolBreak,
  type SchoolYear,
  type StateRuleProfile,
  type StoredRuleProfile,
} from '@iep/domain';
import { badInput, ruleProfileColumn } from '@iep/api/core';

export type ClosureKind = 'HOLIDAY' | 'BREAK' | 'NON_SCHOOL_DAY';

interface CalendarRow {
  school_id: string | null;
  school_year: string;
  first_day: IsoDate;
  last_day: IsoDate;
  closures: Array<{ kind: ClosureKind; name: string; firstDay: IsoDate; lastDay: IsoDate }>;
}

/**
 * A district's state rule profile and school calendars as the deadline engine needs them. A school's
 * own calendar for a year replaces the district's for that year; other years fall back to the
 * district's. Calendars are built once per school and reused for every deadline of a recompute.
 */
export class DistrictRules {
  private readonly calendars = new Map<string, SchoolCalendar | null>();

  private constructor(
    readonly districtId: string,
    readonly profile: StateRuleProfile,
    private readonly districtYears: ReadonlyMap<string, SchoolYear>,
    private readonly schoolYears: ReadonlyMap<string, ReadonlyMap<string, SchoolYear>>,
  ) {}

  static async load(manager: EntityManager, districtId: string): Promise<DistrictRules> {
    const [district]: Array<{ ruleProfile: StoredRuleProfile }> = await manager.query(
      `SELECT ${ruleProfileColumn('d')} FROM districts d WHERE d.id = $1`,
      [districtId],
    );
    if (!district) throw badInput({ en: 'That district does not exist.', es: 'Ese distrito no existe.' });
    const profile = stateRuleProfileFor(district.ruleProfile);
    // to_char: node-postgres turns a DATE into a local-time Date, which can shift the day.
    const rows: CalendarRow[] = await manager.query(
      `SELECT c.school_id, c.school_year, to_char(c.first_day, 'YYYY-MM-DD') AS first_day,
              to_char(c.last_day, 'YYYY-MM-DD') AS last_day,
              coalesce(jsonb_agg(jsonb_build_object(
                'kind', x.kind, 'name', x.name,
                'firstDay', to_char(x.first_day, 'YYYY-MM-DD'), 'lastDay', to_char(x.last_day, 'YYYY-MM-DD'))
                ORDER BY x.first_day, x.name) FILTER (WHERE x.id IS NOT NULL), '[]'::jsonb) AS closures
         FROM school_calendars c LEFT JOIN calendar_closures x ON x.calendar_id = c.id
        WHERE c.district_id = $1
        GROUP BY c.id`,
      [districtId],
    );
    const districtYears = new Map<string, SchoolYear>();
    const schoolYears = new Map<string, Map<string, SchoolYear>>();
    for (const row of rows) {
      const year = toSchoolYear(row);
      if (row.school_id === null) districtYears.set(row.school_year, year);
      else {
        const years = schoolYears.get(row.school_id) ?? new Map<string, SchoolYear>();
        years.set(row.school_year, year);
        schoolYears.set(row.school_id, years);
      }
    }
    return new DistrictRules(districtId, profile, districtYears, schoolYears);
  }

  /**
   * The calendar a school's students are counted on; null while the district has entered none, in
   * which case the engine estimates school-day deadlines and the next recompute makes them exact.
   */
  calendarFor(schoolId: string): SchoolCalendar | null {
    if (!this.calendars.has(schoolId)) {
      const years = new Map(this.districtYears);
      for (const [label, year] of this.schoolYears.get(schoolId) ?? []) years.set(label, year);
      try {
        this.calendars.set(schoolId, years.size ? new SchoolCalendar([...years.values()]) : null);
      } catch (error) {
        throw asBadInput(error);
      }
    }
    return this.calendars.get(schoolId) ?? null;
  }
}

/** The district's own profile as stored, or null while it has none. */
export async function loadDistrictProfile(manager: EntityManager, districtId: string): Promise<{ profile: StateRuleProfile; version: number } | null> {
  const [row]: Array<{ name: string; based_on: string; rules: StoredRuleValues; version: number }> = await manager.query(
    `SELECT name, based_on, rules, version FROM district_rule_profiles WHERE district_id = $1`,
    [districtId],
  );
  if (!row) return null;
  try {
    return { profile: deriveDistrictProfile(getStateRuleProfile(row.based_on), row.name, row.rules), version: row.version };
  } catch (error) {
    throw asBadInput(error);
  }
}

function toSchoolYear(row: CalendarRow): SchoolYear {
  const holidays: NamedDay[] = [];
  const nonSchoolDays: NamedDay[] = [];
  const breaks: SchoolBreak[] = [];
  for (const closure of row.closures) {
    if (closure.kind === 'BREAK') {
      breaks.push({ name: closure.name, start: closure.firstDay, end: closure.lastDay });
      continue;
    }
    // A holiday may span days (Thanksgiving and the day after); the engine names each day.
    const days = closure.kind === 'HOLIDAY' ? holidays : nonSchoolDays;
    for (let day = closure.firstDay; compareDates(day, closure.lastDay) <= 0; day = addDays(day, 1)) {
      days.push({ date: day, name: closure.name });
    }
  }
  return { label: row.school_year, firstDay: row.first_day, lastDay: row.last_day, holidays, breaks, nonSchoolDays };
}

/** The engine's errors are fixed by correcting input or the calendar, never by retrying: BAD_USER_INPUT. */
export function asBadInput(error: unknown): unknown {
  if (!(error instanceof DeadlineError)) return error;
  const field = 'field' in error && typeof error.field === 'string' ? error.field : undefined;
  return badInput(error.localized, { reason: error.code, ...(field ? { field } : {}) });
}
