import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, isUuid, notFound } from '@iep/api/core';
import { ProgressReportDeadlinesService } from '@iep/api/deadlines';
import { compareDates, daysBetween, isIsoDate } from '@iep/domain';
import { overlappingPeriod } from '@iep/domain/progress';
import { deadlineActor, entryBase, NotInDistrict, type DistrictActor } from './district-actor';
import type { SaveReportingPeriodInput } from './dto/reporting-period.input';
import type { ReportingPeriodChangeModel, ReportingPeriodModel } from './models/reporting-period.model';
import { lockDistrict } from './school-calendars.service';

const NAME_MAX_LENGTH = 100;
/** A reporting period longer than a school year is a typo in a year. */
const MAX_PERIOD_DAYS = 366;

const SELECT_PERIODS = `SELECT id, name, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", to_char(last_day, 'YYYY-MM-DD') AS "lastDay", version
  FROM reporting_periods`;

/**
 * The district's reporting periods, kept with its school calendar by its administrators. Saving one
 * writes or moves the PROGRESS_REPORT deadline of every ACTIVE IEP it concerns in the same transaction
 * (set-based: a district's 200,000 IEPs in one statement), under the district lock the calendar's edits take.
 */
@Injectable()
export class ReportingPeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: ProgressReportDeadlinesService,
  ) {}

  list(districtId: string): Promise<ReportingPeriodModel[]> {
    return this.dataSource.query(`${SELECT_PERIODS} WHERE district_id = $1 ORDER BY first_day, id`, [districtId]);
  }

  async save(actor: DistrictActor, input: SaveReportingPeriodInput): Promise<ReportingPeriodChangeModel> {
    const values = validPeriod(input);
    try {
      return await this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const existing: ReportingPeriodModel[] = await m.query(`${SELECT_PERIODS} WHERE district_id = $1`, [actor.districtId]);
        let current: ReportingPeriodModel | undefined;
        if (input.id != null) {
          current = isUuid(input.id) ? existing.find((period) => period.id === input.id) : undefined;
          if (!current) throw new NotInDistrict('That reporting period');
          if (input.version == null) throw badInput({ en: 'Say which version of the period you edited.', es: 'Indique qué versión del período editó.' }, { field: 'version' });
          if (current.version !== input.version) {
            throw conflict(
              { en: 'Someone changed this reporting period since you opened it. Here it is as saved now.', es: 'Alguien cambió este período de informe desde que lo abrió. Así está guardado ahora.' },
              { reason: 'STALE_VERSION', current },
            );
          }
        }
        const clash = overlappingPeriod({ id: current?.id ?? null, ...values }, existing);
        if (clash) {
          throw badInput(
            { en: `This period overlaps "${clash.name}" (${clash.firstDay} to ${clash.lastDay}).`, es: `Este período se superpone con «${clash.name}» (del ${clash.firstDay} al ${clash.lastDay}).` },
            { field: 'firstDay' },
          );
        }
        const [period]: ReportingPeriodModel[] = current
          ? (await m.query(
              `UPDATE reporting_periods SET name = $2, first_day = $3, last_day = $4, version = version + 1, updated_at = now()
                WHERE id = $1 RETURNING id, name, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", to_char(last_day, 'YYYY-MM-DD') AS "lastDay", version`,
              [current.id, values.name, values.firstDay, values.lastDay],
            ))[0]
          : await m.query(
              `INSERT INTO reporting_periods (district_id, name, first_day, last_day) VALUES ($1, $2, $3, $4)
               RETURNING id, name, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", to_char(last_day, 'YYYY-MM-DD') AS "lastDay", version`,
              [actor.districtId, values.name, values.firstDay, values.lastDay],
            );
        await this.audit.record(
          { event: AuditEvent.ReportingPeriodSaved, ...entryBase(actor), data: { periodId: period.id, ...values, version: period.version } },
          m,
        );
        const { written } = await this.deadlines.generate(m, { districtId: actor.districtId, periodIds: [period.id] }, { actor: deadlineActor(actor) });
        return { period, deadlinesWritten: written };
      });
    } catch (error) {
      if (!(error instanceof NotInDistrict)) throw error;
      await this.audit.recordDenial(actor.user, actor.meta, 'saveReportingPeriod', 'NOT_IN_DISTRICT');
      throw notFound(error.what);
    }
  }
}

function validPeriod(input: SaveReportingPeriodInput): { name: string; firstDay: string; lastDay: string } {
  const name = input.name.trim();
  if (!name || name.length > NAME_MAX_LENGTH) {
    throw badInput({ en: `Name the period in 1 to ${NAME_MAX_LENGTH} characters.`, es: `Nombre el período con 1 a ${NAME_MAX_LENGTH} caracteres.` }, { field: 'name' });
  }
  for (const field of ['firstDay', 'lastDay'] as const) {
    if (!isIsoDate(input[field])) throw badInput({ en: 'Use a real date written YYYY-MM-DD.', es: 'Use una fecha real escrita AAAA-MM-DD.' }, { field });
  }
  if (compareDates(input.lastDay, input.firstDay) < 0) {
    throw badInput({ en: 'The last day comes on or after the first day.', es: 'El último día es el primero o posterior.' }, { field: 'lastDay' });
  }
  if (daysBetween(input.firstDay, input.lastDay) > MAX_PERIOD_DAYS) {
    throw badInput({ en: 'A reporting period is at most a school year long.', es: 'Un período de informe dura como máximo un año escolar.' }, { field: 'lastDay' });
  }
  return { name, firstDay: input.firstDay, lastDay: input.lastDay };
}
