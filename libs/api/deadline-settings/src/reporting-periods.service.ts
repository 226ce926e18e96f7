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
import type { ReportingPeriodChangeModel, ReportingPeriodDeletionModel, ReportingPeriodModel } from './models/reporting-period.model';
import { lockDistrict } from './school-calendars.service';

const NAME_MAX_LENGTH = 100;
/** A reporting period longer than a school year is a typo in a year. */
const MAX_PERIOD_DAYS = 366;

// A deleted period is kept for what points at it (its closed deadlines, drafts, the audit log), and is nowhere else.
const SELECT_PERIODS = `SELECT id, name, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", to_char(last_day, 'YYYY-MM-DD') AS "lastDay", version
  FROM reporting_periods WHERE deleted_at IS NULL`;

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
    return this.dataSource.query(`${SELECT_PERIODS} AND district_id = $1 ORDER BY first_day, id`, [districtId]);
  }

  async save(actor: DistrictActor, input: SaveReportingPeriodInput): Promise<ReportingPeriodChangeModel> {
    const values = validPeriod(input);
    try {
      return await this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const existing: ReportingPeriodModel[] = await m.query(`${SELECT_PERIODS} AND district_id = $1`, [actor.districtId]);
        let current: ReportingPeriodModel | undefined;
        if (input.id != null) {
          current = isUuid(input.id) ? existing.find((period) => period.id === input.id) : undefined;
          if (!current) throw new NotInDistrict('That reporting period');
          if (input.version == null) throw badInput({ en: 'Say which version of the period you edited.', es: 'Indique qué versión del período editó.' }, { field: 'version' });
          if (current.version !== input.version) {
            throw conflict(STALE_PERIOD, { reason: 'STALE_VERSION', current });
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

  /**
   * Removes a period no report was sent for, on the version read: its open PROGRESS_REPORT deadlines close
   * (PERIOD_DELETED) in the same transaction, each closure audited, and so is the removal. A period with a report
   * already sent is the record of what families received: CONFLICT.
   */
  async delete(actor: DistrictActor, id: string, version: number): Promise<ReportingPeriodDeletionModel> {
    try {
      return await this.dataSource.transaction(async (m) => {
        await lockDistrict(m, actor.districtId);
        const [current]: ReportingPeriodModel[] = isUuid(id)
          ? await m.query(`${SELECT_PERIODS} AND district_id = $1 AND id = $2 FOR NO KEY UPDATE`, [actor.districtId, id])
          : [];
        if (!current) throw new NotInDistrict('That reporting period');
        if (current.version !== version) throw conflict(STALE_PERIOD, { reason: 'STALE_VERSION', current });
        const [{ sent }]: Array<{ sent: number }> = await m.query(
          `SELECT count(*)::int AS sent FROM progress_reports WHERE reporting_period_id = $1 AND status = 'SENT'`, [id],
        );
        if (sent > 0) {
          throw conflict(
            {
              en: `"${current.name}" cannot be deleted: ${sent} progress report${sent === 1 ? ' was' : 's were'} already sent to families for it, and a sent report stays on record. Rename or move the period instead.`,
              es: `No se puede eliminar «${current.name}»: ya se ${sent === 1 ? 'envió 1 informe' : `enviaron ${sent} informes`} de progreso a las familias para este período, y un informe enviado queda en el expediente. Cambie su nombre o sus fechas en su lugar.`,
            },
            { reason: 'HAS_SENT_REPORTS', sent },
          );
        }
        await m.query(`UPDATE reporting_periods SET deleted_at = now(), deleted_by_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, actor.user.id]);
        const [{ today }]: Array<{ today: string }> = await m.query(
          `SELECT to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS today FROM districts WHERE id = $1`, [actor.districtId],
        );
        const closed = await this.deadlines.closeOfPeriod(m, id, { actor: deadlineActor(actor), today });
        await this.audit.record(
          { event: AuditEvent.ReportingPeriodDeleted, ...entryBase(actor), data: { periodId: id, name: current.name, version, closedDeadlines: closed } },
          m,
        );
        return { periodId: id, deadlinesClosed: closed };
      });
    } catch (error) {
      if (!(error instanceof NotInDistrict)) throw error;
      await this.audit.recordDenial(actor.user, actor.meta, 'deleteReportingPeriod', 'NOT_IN_DISTRICT');
      throw notFound(error.what);
    }
  }
}

const STALE_PERIOD = {
  en: 'Someone changed this reporting period since you opened it. Here it is as saved now.',
  es: 'Alguien cambió este período de informe desde que lo abrió. Así está guardado ahora.',
};

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
