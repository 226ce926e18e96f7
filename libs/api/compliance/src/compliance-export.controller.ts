import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { badInput, requestMeta, type AuthUser } from '@iep/api/core';
import { asLocale } from '@iep/api/deadlines';
import { DEADLINE_KINDS, describeDeadline, type DeadlineKind, type DeadlineLocale } from '@iep/domain';
import { STATUS_CONDITION } from './compliance-sql';
import { ComplianceService, NO_SUCH_DEADLINE_KIND, type ComplianceStatus, type ListedDeadline } from './compliance.service';
import { safeCell } from './csv-cells';
import { HttpDomainErrorFilter } from './http-error.filter';

const HEADERS: Record<DeadlineLocale, string[]> = {
  en: ['Student', 'Student ID', 'School', 'Case manager', 'Deadline', 'Status', 'Due date', 'Met on', 'Days overdue', 'Rule', 'IEP ID', 'Deadline ID'],
  es: ['Estudiante', 'ID del estudiante', 'Escuela', 'Coordinador del caso', 'Plazo', 'Estado', 'Fecha límite', 'Cumplido el', 'Días de atraso', 'Regla', 'ID del IEP', 'ID del plazo'],
};

type ExportQuery = { schoolId?: unknown; caseManagerId?: unknown; kind?: unknown; status?: unknown };

/**
 * The dashboard's deadlines as a CSV file for a spreadsheet: the same sign-in cookie, permission and
 * filter as the dashboard, read in batches and streamed, so a large district never sits in memory.
 */
@Controller('exports')
@UseFilters(HttpDomainErrorFilter)
export class ComplianceExportController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get('compliance.csv')
  @RequirePermission(Permission.ReadComplianceDashboard)
  async complianceCsv(
    @CurrentUser() user: AuthUser,
    @Query() query: ExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const meta = requestMeta(req);
    const kind = optional(query.kind, 'kind');
    if (kind !== null && !DEADLINE_KINDS.includes(kind as DeadlineKind)) throw badInput(NO_SUCH_DEADLINE_KIND, { field: 'kind' });
    const status = optional(query.status, 'status');
    if (status !== null && !(status in STATUS_CONDITION)) {
      throw badInput({ en: 'There is no such deadline status.', es: 'No existe ese estado de plazo.' }, { field: 'status' });
    }
    const scope = await this.compliance.scope(
      user,
      { schoolId: optional(query.schoolId, 'schoolId'), caseManagerId: optional(query.caseManagerId, 'caseManagerId'), kind: kind as DeadlineKind | null },
      meta,
      'exportCompliance',
    );
    await this.compliance.exported(user, scope, status as ComplianceStatus | null, meta);

    const locale = asLocale(user.locale);
    const [{ today }]: Array<{ today: string }> = await this.compliance.today();
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="compliance-${today}.csv"`);
    res.setHeader('cache-control', 'no-store');
    const csv = stringify({ header: true, columns: HEADERS[locale], bom: true });
    csv.pipe(res);
    for await (const batch of this.compliance.exportRows(scope, status as ComplianceStatus | null)) {
      for (const row of batch) {
        if (!csv.write(toRecord(row, locale, today))) await once(csv, 'drain');
      }
      if (res.destroyed) break;
    }
    csv.end();
  }
}

function toRecord(row: ListedDeadline, locale: DeadlineLocale, today: string): string[] {
  const status = row.closedOn !== null ? 'CLOSED' : row.metOn !== null ? (row.metOn <= row.dueDate ? 'MET_ON_TIME' : 'MET_LATE')
    : row.dueDate < today ? 'OVERDUE' : row.daysPastDue > -7 ? 'DUE_THIS_WEEK' : 'UPCOMING';
  return [
    safeCell(`${row.firstName} ${row.lastName}`),
    row.studentId,
    safeCell(row.schoolName),
    safeCell(row.caseManagerName),
    row.kind,
    status,
    row.dueDate,
    row.metOn ?? '',
    status === 'OVERDUE' ? String(row.daysPastDue) : '',
    safeCell(describeDeadline({ kind: row.kind, dueDate: row.dueDate, explanation: row.explanation }, locale)),
    row.iepId ?? '',
    row.id,
  ];
}

/** A query parameter given once, or null when absent or empty. */
function optional(value: unknown, field: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput({ en: `Give ${field} once.`, es: `Indique ${field} una sola vez.` }, { field });
  return value;
}
