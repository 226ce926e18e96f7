import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { badInput, requestMeta, type AuthUser } from '@iep/api/core';
import { HttpDomainErrorFilter, safeCell } from '@iep/api/compliance';
import { addDays, compareDates, isIsoDate } from '@iep/domain';
import { ServiceDeliveryDashboardService } from './service-delivery-dashboard.service';

/** The fields a district needs for school-based Medicaid billing, one row per logged session. */
const HEADERS = ['Student', 'Student ID', 'Provider', 'Provider ID', 'Date', 'Minutes', 'Service type', 'Service', 'Group size', 'Status', 'Session ID'];

/** The longest span one export covers: a school year and a summer. */
const LONGEST_SPAN_DAYS = 400;

/**
 * The district's session logs as CSV, streamed page by page: `from` and `to` (YYYY-MM-DD, both included)
 * default to the last 30 days. The same sign-in and permission as the compliance dashboard.
 */
@Controller('exports')
@UseFilters(HttpDomainErrorFilter)
export class ServiceSessionsExportController {
  constructor(private readonly dashboard: ServiceDeliveryDashboardService) {}

  @Get('service-sessions.csv')
  @RequirePermission(Permission.ReadComplianceDashboard)
  async serviceSessionsCsv(
    @CurrentUser() user: AuthUser,
    @Query() query: { from?: unknown; to?: unknown },
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const today = await this.dashboard.today(user);
    const to = dateParam(query.to, 'to') ?? today;
    const from = dateParam(query.from, 'from') ?? addDays(to, -30);
    if (compareDates(to, from) < 0 || compareDates(to, addDays(from, LONGEST_SPAN_DAYS)) > 0) {
      throw badInput({
        en: `Choose a span of at most ${LONGEST_SPAN_DAYS} days that ends after it starts.`,
        es: `Elija un período de como máximo ${LONGEST_SPAN_DAYS} días que termine después de empezar.`,
      }, { field: 'to' });
    }
    const rows = this.dashboard.exportRows(user, from, to, requestMeta(req));
    // The first page is read before the headers go out, so that a refusal is still an HTTP error.
    const first = await rows.next();
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="service-sessions-${from}-to-${to}.csv"`);
    res.setHeader('cache-control', 'no-store');
    const csv = stringify({ header: true, columns: HEADERS, bom: true });
    csv.pipe(res);
    for (let page = first; !page.done; page = await rows.next()) {
      for (const row of page.value) {
        const record = [
          safeCell(row.studentName), row.studentId, safeCell(row.providerName), row.providerId, row.date, String(row.minutes), row.category,
          safeCell(row.description), String(row.groupSize), row.status, row.id,
        ];
        if (!csv.write(record)) await once(csv, 'drain');
      }
    }
    csv.end();
  }
}

function dateParam(value: unknown, field: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput({ en: 'Use a date as YYYY-MM-DD.', es: 'Use una fecha con el formato AAAA-MM-DD.' }, { field });
  }
  return value;
}
