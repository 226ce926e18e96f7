import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, CLOCK, forbidden, type AuthUser, type Clock, type RequestMeta } from '@iep/api/core';
import { DistrictRules } from '@iep/api/deadlines';
import { compensatoryPlanStatus, plannedMinutes, roundMinutes, UNDER_DELIVERY_THRESHOLD } from '@iep/domain';
import { SERVICE_CATEGORIES, type ServiceDeliveryDashboardModel, type ServiceDeliveryFilterInput } from './models/service-delivery-dashboard.model';
import { dashboardDays } from './service-delivery-sql';
import { ServiceDeliveryRepository, type ExportRow } from './service-delivery.repository';

const LISTED_SERVICES = 100;
const EXPORT_PAGE = 1_000;

/**
 * The district's view of service delivery: the compliance dashboard's "services under-delivered" and
 * compensatory balances, and the session logs exported for school-based Medicaid billing. The caller's
 * own district only (district representatives and administrators, Permission.ReadComplianceDashboard).
 */
@Injectable()
export class ServiceDeliveryDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceDeliveryRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async dashboard(user: AuthUser, filter: ServiceDeliveryFilterInput, meta: RequestMeta): Promise<ServiceDeliveryDashboardModel> {
    if (filter.category != null && !(SERVICE_CATEGORIES as readonly string[]).includes(filter.category)) {
      throw badInput({ en: 'There is no such service type.', es: 'No existe ese tipo de servicio.' }, { field: 'category' });
    }
    const { districtId, timeZone, schoolIds } = await this.districtOf(user, meta, 'serviceDeliveryDashboard');
    const today = this.clock.today(timeZone);
    const rules = await DistrictRules.load(this.dataSource.manager, districtId);
    const days = dashboardDays(schoolIds.map((schoolId) => {
      const calendar = rules.calendarFor(schoolId);
      return { schoolId, isSchoolDay: calendar ? (date: string) => calendar.isSchoolDay(date) : () => true };
    }), today);
    const result = await this.repository.dashboard({
      districtId, today, days, schoolId: filter.schoolId ?? null, providerId: filter.providerId ?? null, category: filter.category ?? null,
      threshold: UNDER_DELIVERY_THRESHOLD, limit: LISTED_SERVICES,
    });
    const planned = await this.plannedOf(result.rows.map((row) => row.serviceId));
    await this.audit.record({
      event: AuditEvent.ServiceDeliveryDashboardViewed, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent,
      data: { districtId, schoolId: filter.schoolId ?? null, providerId: filter.providerId ?? null, category: filter.category ?? null },
    });
    return {
      asOf: today, services: result.services, underDelivered: result.underDelivered, compensatoryOwed: roundMinutes(result.compensatoryOwed),
      groups: result.groups.map((group) => ({ ...group, compensatoryOwed: roundMinutes(group.compensatoryOwed) })),
      rows: result.rows.map((row) => ({
        ...row, required: roundMinutes(row.required), delivered: roundMinutes(row.delivered), excused: roundMinutes(row.excused),
        compensatoryBalance: roundMinutes(row.compensatoryBalance), compensatoryPlanned: planned.get(row.serviceId) ?? 0,
      })),
    };
  }

  /**
   * Minutes planned and not yet given for each listed service (at most LISTED_SERVICES), paired with their
   * make-up sessions by the domain's rule (compensatoryPlanStatus), as each IEP's services page pairs them.
   */
  private async plannedOf(serviceIds: string[]): Promise<Map<string, number>> {
    const [plans, makeUps] = await Promise.all([this.repository.plansOf(serviceIds), this.repository.makeUpsOf(serviceIds)]);
    return new Map(serviceIds.map((id) => [
      id, plannedMinutes(compensatoryPlanStatus(plans.filter((p) => p.serviceId === id), makeUps.filter((s) => s.serviceId === id))),
    ]));
  }

  /** The district's session logs from `from` to `to`, page by page; the export is audited with how many rows it held. */
  async *exportRows(user: AuthUser, from: string, to: string, meta: RequestMeta): AsyncGenerator<ExportRow[]> {
    const { districtId } = await this.districtOf(user, meta, 'exportServiceSessions');
    let after: { date: string; id: string } | null = null;
    let rows = 0;
    for (;;) {
      const page = await this.repository.exportPage(districtId, from, to, after, EXPORT_PAGE);
      if (page.length === 0) break;
      rows += page.length;
      yield page;
      if (page.length < EXPORT_PAGE) break;
      after = { date: page[page.length - 1].date, id: page[page.length - 1].id };
    }
    await this.audit.record({
      event: AuditEvent.ServiceSessionsExported, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent,
      data: { districtId, from, to, rows, format: 'CSV' },
    });
  }

  async today(user: AuthUser): Promise<string> {
    const district = user.districtId ? await this.repository.district(user.districtId) : null;
    return this.clock.today(district?.timeZone ?? 'America/New_York');
  }

  private async districtOf(user: AuthUser, meta: RequestMeta, operation: string): Promise<{ districtId: string; timeZone: string; schoolIds: string[] }> {
    const district = user.districtId ? await this.repository.district(user.districtId) : null;
    if (!user.districtId || !district) {
      await this.audit.recordDenial(user, meta, operation, 'NO_DISTRICT');
      throw forbidden();
    }
    return { districtId: user.districtId, ...district };
  }
}
