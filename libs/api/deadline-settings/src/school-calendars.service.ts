import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, isUuid, notFound, type Localized } from '@iep/api/core';
import { DeadlinesService } from '@iep/api/deadlines';
import { closureProblems, SCHOOL_CALENDAR_LIMITS, schoolYearProblems, type IsoDate, type SchoolCalendarProblem } from '@iep/domain';
import { deadlineActor, entryBase, NotInDistrict, type DistrictActor } from './district-actor';
import type {
  AddCalendarClosureInput,
  CreateSchoolCalendarInput,
  UpdateCalendarClosureInput,
  UpdateSchoolCalendarInput,
} from './dto/school-calendar.input';
import type {
  CalendarClosureModel,
  ClosureKind,
  DeadlineRecomputeModel,
  SchoolCalendarChangeModel,
  SchoolCalendarModel,
} from './models/school-calendar.model';

export const SCHOOL_YEAR_MAX_LENGTH = SCHOOL_CALENDAR_LIMITS.schoolYearNameLength;
export const CLOSURE_NAME_MAX_LENGTH = SCHOOL_CALENDAR_LIMITS.closureNameLength;
/** A school year never spans more than a year: a longer one is a typo in a year, caught before it counts. */

// to_char: node-postgres turns a DATE into a local-time Date, which can shift the day.
const SELECT_CALENDARS = `
  SELECT c.id, c.school_id AS "schoolId", s.name AS "schoolName", c.school_year AS "schoolYear",
         to_char(c.first_day, 'YYYY-MM-DD') AS "firstDay", to_char(c.last_day, 'YYYY-MM-DD') AS "lastDay", c.version,
         coalesce(jsonb_agg(jsonb_build_object(
           'id', x.id, 'kind', x.kind, 'name', x.name,
           'firstDay', to_char(x.first_day, 'YYYY-MM-DD'), 'lastDay', to_char(x.last_day, 'YYYY-MM-DD'))
           ORDER BY x.first_day, x.name, x.id) FILTER (WHERE x.id IS NOT NULL), '[]'::jsonb) AS closures
    FROM school_calendars c
    LEFT JOIN schools s ON s.id = c.school_id
    LEFT JOIN calendar_closures x ON x.calendar_id = c.id`;

interface CalendarRow {
  id: string;
  schoolId: string | null;
  schoolYear: string;
  firstDay: IsoDate;
  lastDay: IsoDate;
  version: number;
}

/**
 * The school calendars of a district, kept by its administrators. Every change recomputes the
 * district's open deadlines in the same transaction, so a saved holiday and the deadlines it moves
 * commit together or not at all, and the answer says how many moved.
 *
 * Each write first locks the district row: calendar edits of one district run one at a time, which
 * makes the overlap and duplicate checks exact, and takes the same lock the recompute takes next.
 */
@Injectable()
export class SchoolCalendarsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  list(districtId: string, schoolYear: string | null): Promise<SchoolCalendarModel[]> {
    return this.dataSource.query(
      `${SELECT_CALENDARS}
        WHERE c.district_id = $1 AND ($2::text IS NULL OR c.school_year = $2)
        GROUP BY c.id, s.name
        ORDER BY c.first_day DESC, s.name NULLS FIRST, c.id`,
      [districtId, schoolYear],
    );
  }

  create(actor: DistrictActor, input: CreateSchoolCalendarInput): Promise<SchoolCalendarChangeModel> {
    const year = validYear(input);
    const schoolId = input.schoolId ?? null;
    return this.guard(actor, 'createSchoolCalendar', () =>
      this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        if (schoolId !== null) {
          const [school] = isUuid(schoolId)
            ? await m.query(`SELECT id FROM schools WHERE id = $1 AND district_id = $2`, [schoolId, actor.districtId])
            : [];
          if (!school) throw new NotInDistrict('That school');
        }
        await refuseClash(m, actor.districtId, { id: null, schoolId, ...year });
        const [{ id }]: Array<{ id: string }> = await m.query(
          `INSERT INTO school_calendars (district_id, school_id, school_year, first_day, last_day)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [actor.districtId, schoolId, year.schoolYear, year.firstDay, year.lastDay],
        );
        await this.audit.record(
          { event: AuditEvent.SchoolCalendarCreated, ...entryBase(actor), data: { calendarId: id, schoolId, ...year } },
          m,
        );
        return this.finish(m, actor, id);
      }),
    );
  }

  update(actor: DistrictActor, input: UpdateSchoolCalendarInput): Promise<SchoolCalendarChangeModel> {
    const year = validYear(input);
    return this.guard(actor, 'updateSchoolCalendar', () =>
      this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const current = await lockCalendar(m, actor.districtId, input.id, input.version);
        await refuseClash(m, actor.districtId, { id: current.id, schoolId: current.schoolId, ...year });
        const [outside]: Array<{ name: string; before: boolean }> = await m.query(
          `SELECT name, first_day < $2::date AS before FROM calendar_closures
            WHERE calendar_id = $1 AND (first_day < $2::date OR last_day > $3::date) ORDER BY first_day LIMIT 1`,
          [current.id, year.firstDay, year.lastDay],
        );
        if (outside) {
          throw badInput(
            {
              en: `"${outside.name}" would fall outside the school year. Move or remove it first, or keep the year's ${outside.before ? 'first' : 'last'} day.`,
              es: `«${outside.name}» quedaría fuera del año escolar. Muévalo o quítelo primero, o mantenga el ${outside.before ? 'primer' : 'último'} día del año.`,
            },
            { field: outside.before ? 'firstDay' : 'lastDay' },
          );
        }
        await m.query(
          `UPDATE school_calendars SET school_year = $2, first_day = $3, last_day = $4, version = version + 1, updated_at = now()
            WHERE id = $1`,
          [current.id, year.schoolYear, year.firstDay, year.lastDay],
        );
        await this.audit.record(
          {
            event: AuditEvent.SchoolCalendarUpdated,
            ...entryBase(actor),
            data: {
              calendarId: current.id,
              version: current.version + 1,
              previous: { schoolYear: current.schoolYear, firstDay: current.firstDay, lastDay: current.lastDay },
              ...year,
            },
          },
          m,
        );
        return this.finish(m, actor, current.id);
      }),
    );
  }

  addClosure(actor: DistrictActor, input: AddCalendarClosureInput): Promise<SchoolCalendarChangeModel> {
    const closure = validClosure(input);
    return this.guard(actor, 'addCalendarClosure', () =>
      this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const calendar = await lockCalendar(m, actor.districtId, input.calendarId, input.version);
        refuseOutsideYear(calendar, closure);
        const [{ id }]: Array<{ id: string }> = await m.query(
          `INSERT INTO calendar_closures (calendar_id, kind, name, first_day, last_day) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [calendar.id, closure.kind, closure.name, closure.firstDay, closure.lastDay],
        );
        const version = await bumpVersion(m, calendar.id);
        await this.audit.record(
          { event: AuditEvent.CalendarClosureAdded, ...entryBase(actor), data: { calendarId: calendar.id, closureId: id, version, ...closure } },
          m,
        );
        return this.finish(m, actor, calendar.id);
      }),
    );
  }

  updateClosure(actor: DistrictActor, input: UpdateCalendarClosureInput): Promise<SchoolCalendarChangeModel> {
    const closure = validClosure(input);
    return this.guard(actor, 'updateCalendarClosure', () =>
      this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const current = await this.closureInDistrict(m, actor.districtId, input.id);
        const calendar = await lockCalendar(m, actor.districtId, current.calendarId, input.version);
        refuseOutsideYear(calendar, closure);
        await m.query(
          `UPDATE calendar_closures SET kind = $2, name = $3, first_day = $4, last_day = $5 WHERE id = $1`,
          [current.id, closure.kind, closure.name, closure.firstDay, closure.lastDay],
        );
        const version = await bumpVersion(m, calendar.id);
        await this.audit.record(
          {
            event: AuditEvent.CalendarClosureUpdated,
            ...entryBase(actor),
            data: {
              calendarId: calendar.id,
              closureId: current.id,
              version,
              ...closure,
              previous: { kind: current.kind, name: current.name, firstDay: current.firstDay, lastDay: current.lastDay },
            },
          },
          m,
        );
        return this.finish(m, actor, calendar.id);
      }),
    );
  }

  removeClosure(actor: DistrictActor, id: string, version: number): Promise<SchoolCalendarChangeModel> {
    return this.guard(actor, 'removeCalendarClosure', () =>
      this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const current = await this.closureInDistrict(m, actor.districtId, id);
        const calendar = await lockCalendar(m, actor.districtId, current.calendarId, version);
        await m.query(`DELETE FROM calendar_closures WHERE id = $1`, [current.id]);
        const next = await bumpVersion(m, calendar.id);
        await this.audit.record(
          {
            event: AuditEvent.CalendarClosureRemoved,
            ...entryBase(actor),
            data: {
              calendarId: calendar.id, closureId: current.id, version: next, kind: current.kind, name: current.name,
              firstDay: current.firstDay, lastDay: current.lastDay,
            },
          },
          m,
        );
        return this.finish(m, actor, calendar.id);
      }),
    );
  }

  /**
   * Runs a unit of work. When it throws NotInDistrict the transaction has already rolled back; the
   * denial is then recorded on its own, so it survives, and the caller gets NOT_FOUND.
   */
  private async guard<T>(actor: DistrictActor, operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof NotInDistrict)) throw error;
      await this.audit.recordDenial(actor.user, actor.meta, operation, 'NOT_IN_DISTRICT');
      throw notFound(error.what);
    }
  }

  private async closureInDistrict(m: EntityManager, districtId: string, id: string) {
    const [closure]: Array<CalendarClosureModel & { calendarId: string }> = isUuid(id)
      ? await m.query(
          `SELECT x.id, x.calendar_id AS "calendarId", x.kind, x.name, to_char(x.first_day, 'YYYY-MM-DD') AS "firstDay",
                  to_char(x.last_day, 'YYYY-MM-DD') AS "lastDay"
             FROM calendar_closures x JOIN school_calendars c ON c.id = x.calendar_id
            WHERE x.id = $1 AND c.district_id = $2`,
          [id, districtId],
        )
      : [];
    if (!closure) throw new NotInDistrict('That closure');
    return closure;
  }

  /** The recompute that every change ends with, and the calendar as it now reads. */
  private async finish(m: EntityManager, actor: DistrictActor, calendarId: string): Promise<SchoolCalendarChangeModel> {
    const deadlines = await recompute(this.deadlines, m, actor);
    const [calendar]: SchoolCalendarModel[] = await m.query(`${SELECT_CALENDARS} WHERE c.id = $1 GROUP BY c.id, s.name`, [calendarId]);
    return { calendar, deadlines };
  }
}

export async function recompute(deadlines: DeadlinesService, m: EntityManager, actor: DistrictActor): Promise<DeadlineRecomputeModel> {
  const result = await deadlines.recomputeDistrict(m, actor.districtId, { actor: deadlineActor(actor) });
  return { recomputed: result.examined, moved: result.moved.length };
}

export async function lockDistrict(m: EntityManager, districtId: string): Promise<{ stateCode: string }> {
  const [district]: Array<{ stateCode: string }> = await m.query(
    `SELECT state_code AS "stateCode" FROM districts WHERE id = $1 FOR NO KEY UPDATE`,
    [districtId],
  );
  if (!district) throw new NotInDistrict('That district');
  return district;
}

async function lockCalendar(m: EntityManager, districtId: string, id: string, version: number): Promise<CalendarRow> {
  const [calendar]: CalendarRow[] = isUuid(id)
    ? await m.query(
        `SELECT id, school_id AS "schoolId", school_year AS "schoolYear", to_char(first_day, 'YYYY-MM-DD') AS "firstDay",
                to_char(last_day, 'YYYY-MM-DD') AS "lastDay", version
           FROM school_calendars WHERE id = $1 AND district_id = $2 FOR NO KEY UPDATE`,
        [id, districtId],
      )
    : [];
  if (!calendar) throw new NotInDistrict('That school calendar');
  if (calendar.version !== version) {
    throw conflict(
      {
        en: `Someone else changed the ${calendar.schoolYear} calendar while you were editing it (now version ${calendar.version}). Reload it and make your change again.`,
        es: `Otra persona cambió el calendario ${calendar.schoolYear} mientras usted lo editaba (ahora es la versión ${calendar.version}). Vuelva a cargarlo y haga su cambio de nuevo.`,
      },
      { currentVersion: calendar.version },
    );
  }
  return calendar;
}

async function bumpVersion(m: EntityManager, calendarId: string): Promise<number> {
  const [[{ version }]]: [Array<{ version: number }>, number] = await m.query(
    `UPDATE school_calendars SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
    [calendarId],
  );
  return version;
}

/** `what` names the date in each language; the Spanish with its article ("el primer día"). */
function dateRequired(what: Localized): Localized {
  return {
    en: `Enter the ${what.en} as a real date, for example 2026-09-01.`,
    es: `Escriba ${what.es} como una fecha real, por ejemplo 2026-09-01.`,
  };
}

/** The first problem, in the form's order of fields; the domain's rule (libs/domain) is the calendar page's too. */
function firstProblem<Field extends string>(problems: Partial<Record<Field, SchoolCalendarProblem>>, order: readonly Field[]) {
  const field = order.find((name) => problems[name] !== undefined);
  return field === undefined ? null : { field, problem: problems[field]! };
}

function validYear(input: { schoolYear: string; firstDay: string; lastDay: string }) {
  const found = firstProblem(schoolYearProblems(input), ['schoolYear', 'firstDay', 'lastDay'] as const);
  if (found) {
    const words: Partial<Record<SchoolCalendarProblem, Localized>> =
      found.field === 'schoolYear'
        ? {
            required: { en: 'Name the school year, for example 2026–27.', es: 'Escriba el nombre del año escolar, por ejemplo 2026–27.' },
            tooLong: {
              en: `A school year's name can be at most ${SCHOOL_YEAR_MAX_LENGTH} characters.`,
              es: `El nombre de un año escolar puede tener como máximo ${SCHOOL_YEAR_MAX_LENGTH} caracteres.`,
            },
          }
        : {
            dateRequired: dateRequired(
              found.field === 'firstDay'
                ? { en: 'first day of school', es: 'el primer día de clases' }
                : { en: 'last day of school', es: 'el último día de clases' },
            ),
            lastBeforeFirst: { en: 'The last day of school cannot come before the first day.', es: 'El último día de clases no puede ser anterior al primero.' },
            yearTooLong: {
              en: 'A school year lasts at most a year. Check the year of the last day.',
              es: 'Un año escolar dura como máximo un año. Revise el año del último día.',
            },
          };
    throw badInput(words[found.problem]!, { field: found.field });
  }
  return { schoolYear: input.schoolYear.trim(), firstDay: input.firstDay as IsoDate, lastDay: input.lastDay as IsoDate };
}

function validClosure(input: { kind: ClosureKind; name: string; firstDay: string; lastDay: string }) {
  const found = firstProblem(closureProblems(input), ['name', 'firstDay', 'lastDay'] as const);
  if (found) {
    const words: Partial<Record<SchoolCalendarProblem, Localized>> =
      found.field === 'name'
        ? {
            required: {
              en: 'Name the day or break, for example Winter Break.',
              es: 'Escriba el nombre del día o de las vacaciones, por ejemplo Vacaciones de invierno.',
            },
            tooLong: {
              en: `A name can be at most ${CLOSURE_NAME_MAX_LENGTH} characters.`,
              es: `Un nombre puede tener como máximo ${CLOSURE_NAME_MAX_LENGTH} caracteres.`,
            },
          }
        : {
            dateRequired: dateRequired(found.field === 'firstDay' ? { en: 'first day', es: 'el primer día' } : { en: 'last day', es: 'el último día' }),
            lastBeforeFirst: { en: 'The last day cannot come before the first day.', es: 'El último día no puede ser anterior al primero.' },
          };
    throw badInput(words[found.problem]!, { field: found.field });
  }
  return { kind: input.kind, name: input.name.trim(), firstDay: input.firstDay as IsoDate, lastDay: input.lastDay as IsoDate };
}

function refuseOutsideYear(calendar: CalendarRow, closure: { name: string; firstDay: IsoDate; lastDay: IsoDate }) {
  const found = firstProblem(closureProblems(closure, calendar), ['firstDay', 'lastDay'] as const);
  if (!found) return;
  // A first day before the year names its start; any other day outside it names its end.
  if (found.field === 'firstDay' && closure.firstDay < calendar.firstDay) {
    throw badInput(
      {
        en: `The ${calendar.schoolYear} school year starts on ${calendar.firstDay}; choose a day inside it.`,
        es: `El año escolar ${calendar.schoolYear} empieza el ${calendar.firstDay}; elija un día dentro de ese año.`,
      },
      { field: 'firstDay' },
    );
  }
  throw badInput(
    {
      en: `The ${calendar.schoolYear} school year ends on ${calendar.lastDay}; choose a day inside it.`,
      es: `El año escolar ${calendar.schoolYear} termina el ${calendar.lastDay}; elija un día dentro de ese año.`,
    },
    { field: 'lastDay' },
  );
}

/**
 * A name used twice for the same calendar, and school years that overlap, would leave the deadline
 * engine two answers for one day. A school's calendar replaces the district's of the same name, so
 * it may overlap that one, but not a district year of another name.
 */
async function refuseClash(
  m: EntityManager,
  districtId: string,
  year: { id: string | null; schoolId: string | null; schoolYear: string; firstDay: IsoDate; lastDay: IsoDate },
) {
  const [same]: Array<{ id: string }> = await m.query(
    `SELECT id FROM school_calendars
      WHERE district_id = $1 AND school_id IS NOT DISTINCT FROM $2::uuid AND school_year = $3 AND id IS DISTINCT FROM $4::uuid`,
    [districtId, year.schoolId, year.schoolYear, year.id],
  );
  if (same) {
    throw badInput(
      {
        en: `There is already a ${year.schoolYear} calendar here. Choose it to edit, or name the year differently.`,
        es: `Ya hay un calendario ${year.schoolYear} aquí. Elíjalo para editarlo o dele otro nombre al año.`,
      },
      { field: 'schoolYear' },
    );
  }
  const [overlap]: Array<{ schoolYear: string }> = await m.query(
    `SELECT school_year AS "schoolYear" FROM school_calendars
      WHERE district_id = $1 AND id IS DISTINCT FROM $2::uuid
        AND daterange(first_day, last_day, '[]') && daterange($3::date, $4::date, '[]')
        AND (school_id IS NOT DISTINCT FROM $5::uuid
             OR (school_year <> $6 AND (school_id IS NULL OR $5::uuid IS NULL)))
      ORDER BY first_day LIMIT 1`,
    [districtId, year.id, year.firstDay, year.lastDay, year.schoolId, year.schoolYear],
  );
  if (overlap) {
    throw badInput(
      {
        en: `These dates overlap the ${overlap.schoolYear} school year. School years cannot overlap.`,
        es: `Estas fechas se superponen con el año escolar ${overlap.schoolYear}. Los años escolares no pueden superponerse.`,
      },
      { field: 'firstDay' },
    );
  }
}
