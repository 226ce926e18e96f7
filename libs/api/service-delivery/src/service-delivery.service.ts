import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, CLOCK, conflict, forbidden, isUuid, notFound, type AuthUser, type Clock, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import { DistrictRules } from '@iep/api/deadlines';
import {
  compensatoryBalance, compensatoryPlanProblems, compensatoryPlanStatus, IepAction, IepStatus, mayAct, plannedMinutes, roundMinutes, sessionProblems,
  SessionStatus, summarizeDelivery, tallySessions, type SchoolDayTest, type ServicePlan, type SpanDelivery,
} from '@iep/domain';
import type { CorrectServiceSessionInput, PlanCompensatoryMinutesInput, RecordServiceSessionInput, ServiceSessionFieldsInput } from './dto/service-session.inputs';
import type {
  CompensatoryMinutesModel, DeliveryTallyModel, ServiceDeliveryModel, ServiceSessionModel, ServiceSessionRevisionModel,
} from './models/service-delivery.model';
import { ServiceDeliveryRepository, type PlanRow, type ServiceRow, type SessionFields, type SessionRow } from './service-delivery.repository';

const NOT_IN_FORCE = {
  en: "Sessions are logged against the IEP in force; this one is not. Log it on the student's active IEP.",
  es: 'Las sesiones se registran en el IEP vigente, y este no lo es. Regístrela en el IEP activo del estudiante.',
};
const NOT_PROVIDER = {
  en: "Only the service's provider, the IEP's case manager or the district representative can log its sessions.",
  es: 'Solo el proveedor del servicio, el responsable del caso del IEP o el representante del distrito pueden registrar sus sesiones.',
};
const KEY_REUSED = {
  en: 'This entry key was already used for a session of another service. Enter the session again.',
  es: 'Esta clave de registro ya se usó para una sesión de otro servicio. Vuelva a ingresar la sesión.',
};

/**
 * Service delivery: sessions logged against the services of the IEP in force, each write one statement
 * that checks the policy, writes the revision and the audit row; and each service's delivery against
 * the minutes it requires over the school calendar (libs/domain service-delivery).
 */
@Injectable()
export class ServiceDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceDeliveryRepository,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(user: AuthUser, input: RecordServiceSessionInput, meta: RequestMeta): Promise<ServiceSessionModel> {
    const [service] = await this.repository.services(user, [input.serviceId]);
    // A device sending an entry again gets the session already recorded, whatever changed since.
    const replay = async (refusal: () => Promise<Error>): Promise<ServiceSessionModel> => {
      const existing = await this.repository.sessionByKey(user.id, input.idempotencyKey);
      if (existing && existing.serviceId === input.serviceId) return existing;
      throw await refusal();
    };
    if (!service || !mayAct(service.standing, IepAction.Read)) {
      return replay(() => this.deny(user, meta, 'recordServiceSession', service ? 'NO_RELATIONSHIP' : 'NO_SUCH_SERVICE', 'That service'));
    }
    const refusal = this.writeRefusal(service);
    if (refusal) return replay(async () => { if (refusal.denied) await this.audit.recordDenial(user, meta, 'recordServiceSession', 'NOT_PROVIDER'); return refusal.error; });
    const fields = this.checkedFields(input, service);
    const id = randomUUID();
    const auditRows = this.audit.rowsJson([{
      event: AuditEvent.ServiceSessionRecorded, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
      ip: meta.ip, userAgent: meta.userAgent,
      data: { sessionId: id, serviceId: service.id, date: fields.date, minutes: fields.minutes, status: fields.status },
    }]);
    const recorded = await this.repository.record(user, service.id, id, fields, input.idempotencyKey, auditRows);
    if (recorded) return recorded;
    return replay(async () => {
      const used = await this.repository.sessionByKey(user.id, input.idempotencyKey);
      return used ? conflict(KEY_REUSED, { reason: 'IDEMPOTENCY_KEY_REUSED' }) : forbidden(NOT_PROVIDER);
    });
  }

  async correct(user: AuthUser, input: CorrectServiceSessionInput, meta: RequestMeta): Promise<ServiceSessionModel> {
    const session = isUuid(input.sessionId) ? await this.repository.session(input.sessionId) : null;
    if (!session) throw await this.deny(user, meta, 'correctServiceSession', 'NO_SUCH_SESSION', 'That session');
    const [service] = await this.repository.services(user, [session.serviceId]);
    if (!service || !mayAct(service.standing, IepAction.Read)) {
      throw await this.deny(user, meta, 'correctServiceSession', 'NO_RELATIONSHIP', 'That session');
    }
    const refusal = this.writeRefusal(service);
    if (refusal) {
      if (refusal.denied) await this.audit.recordDenial(user, meta, 'correctServiceSession', 'NOT_PROVIDER');
      throw refusal.error;
    }
    const fields = this.checkedFields(input, service);
    const changed = (Object.keys(fields) as Array<keyof SessionFields>).filter((key) => JSON.stringify(fields[key]) !== JSON.stringify(session[key]));
    const auditRows = this.audit.rowsJson([{
      event: AuditEvent.ServiceSessionCorrected, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
      ip: meta.ip, userAgent: meta.userAgent,
      data: { sessionId: session.id, serviceId: service.id, version: input.version + 1, fields: changed },
    }]);
    const corrected = await this.repository.correct(user, session.id, input.version, fields, auditRows);
    if (!corrected) {
      const current = await this.repository.session(session.id);
      throw conflict(
        {
          en: 'Someone corrected this session since you opened it. Here is what it says now; make your correction again.',
          es: 'Alguien corrigió esta sesión después de que la abrió. Esto es lo que dice ahora; vuelva a hacer su corrección.',
        },
        { reason: 'STALE_VERSION', current },
      );
    }
    return corrected;
  }

  async delivery(user: AuthUser, iepId: string, meta: RequestMeta): Promise<ServiceDeliveryModel[]> {
    const standing = (await this.records.standings(user, [iepId])).get(iepId);
    if (!standing || !mayAct(standing, IepAction.Read)) {
      throw await this.deny(user, meta, 'iepServiceDelivery', standing ? 'NO_RELATIONSHIP' : 'NO_SUCH_IEP', 'That IEP');
    }
    const services = await this.repository.servicesOfIep(user, iepId);
    const sessions = await this.repository.sessionsOf(services.map((s) => s.id));
    const plans = await this.repository.plansOf(services.map((s) => s.id));
    const first = services[0];
    const { estimate, isSchoolDay } = await this.schoolDays(first);
    const studentId = first?.studentId ?? null;
    await this.audit.record({
      event: AuditEvent.ServiceDeliveryViewed, actorId: user.id, actorRole: user.role, studentId, iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { serviceIds: services.map((s) => s.id) },
    });
    return services.map((service) => {
      const own = sessions.filter((s) => s.serviceId === service.id);
      const summary = summarizeDelivery(planOf(service), own, isSchoolDay, this.clock.today(service.timeZone));
      const { content } = service;
      return {
        serviceId: service.id, iepId: service.iepId, description: content.description, category: content.category, providerRole: content.providerRole,
        minutes: content.minutes, frequency: content.frequency, startDate: content.startDate, endDate: content.endDate, location: content.location,
        goals: service.goals, providerId: service.providerId, providerName: service.providerName,
        viewerCanRecord: service.iepStatus === IepStatus.Active && mayAct(service.standing, IepAction.RecordServiceSession),
        requiredIsEstimate: estimate,
        toDate: rounded(summary.toDate), lastFourWeeks: rounded(summary.lastFourWeeks), underDelivered: summary.underDelivered,
        compensatoryBalance: roundMinutes(summary.compensatoryBalance),
        compensatory: compensatoryOf(own, plans.filter((p) => p.serviceId === service.id)),
        weeks: summary.weeks.map((week) => ({ ...rounded(week), weekStart: week.weekStart, schoolDays: week.schoolDays })),
        sessions: own,
      };
    });
  }

  /**
   * Plans make-up sessions against what a service owes: the case manager, the provider or the district
   * representative (RECORD_SERVICE_SESSION). Checked by the domain's rules under a lock on the service's
   * plans, so two plans made at once cannot promise more than is owed.
   */
  async planCompensatory(user: AuthUser, input: PlanCompensatoryMinutesInput, meta: RequestMeta): Promise<CompensatoryMinutesModel> {
    const operation = 'planCompensatoryMinutes';
    const [service] = await this.repository.services(user, [input.serviceId]);
    if (!service || !mayAct(service.standing, IepAction.Read)) {
      throw await this.deny(user, meta, operation, service ? 'NO_RELATIONSHIP' : 'NO_SUCH_SERVICE', 'That service');
    }
    const refusal = this.writeRefusal(service);
    if (refusal) {
      if (refusal.denied) await this.audit.recordDenial(user, meta, operation, 'NOT_PROVIDER');
      throw refusal.error;
    }
    const { isSchoolDay } = await this.schoolDays(service);
    const today = this.clock.today(service.timeZone);
    const wanted = input.sessions.map((session) => ({ date: session.date, minutes: session.minutes }));
    return this.repository.transaction(async (manager) => {
      await this.repository.lockService(service.id, manager);
      const sessions = await this.repository.sessionsOf([service.id], manager);
      const before = compensatoryOf(sessions, await this.repository.plansOf([service.id], manager));
      const [problem] = compensatoryPlanProblems(wanted, { owed: before.owed, planned: before.planned, service: service.content, isSchoolDay, today });
      if (problem) throw badInput(problem.message, { field: problem.field, index: problem.index, reason: problem.rule });
      const rows = wanted.map((session) => ({ id: randomUUID(), ...session }));
      const audit = this.audit.rowsJson([{
        event: AuditEvent.CompensatoryMinutesPlanned, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
        ip: meta.ip, userAgent: meta.userAgent,
        data: { serviceId: service.id, planIds: rows.map((row) => row.id), minutes: rows.reduce((total, row) => total + row.minutes, 0), owed: before.owed },
      }]);
      if ((await this.repository.plan(user, service.id, rows, (input.note ?? '').trim(), audit, manager)) !== rows.length) throw forbidden(NOT_PROVIDER);
      return compensatoryOf(sessions, await this.repository.plansOf([service.id], manager));
    });
  }

  /** The school's calendar for the service's school; until the district enters one, every weekday counts (an estimate). */
  private async schoolDays(service: ServiceRow | undefined): Promise<{ estimate: boolean; isSchoolDay: SchoolDayTest }> {
    const calendar = service ? (await DistrictRules.load(this.dataSource.manager, service.districtId)).calendarFor(service.schoolId) : null;
    return { estimate: calendar === null, isSchoolDay: calendar ? (date: string) => calendar.isSchoolDay(date) : () => true };
  }

  async history(user: AuthUser, sessionId: string, meta: RequestMeta): Promise<ServiceSessionRevisionModel[]> {
    const session = isUuid(sessionId) ? await this.repository.session(sessionId) : null;
    const [service] = session ? await this.repository.services(user, [session.serviceId]) : [];
    if (!session || !service || !mayAct(service.standing, IepAction.Read)) {
      throw await this.deny(user, meta, 'serviceSessionHistory', session ? 'NO_RELATIONSHIP' : 'NO_SUCH_SESSION', 'That session');
    }
    await this.audit.record({
      event: AuditEvent.ServiceSessionHistoryViewed, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { sessionId },
    });
    return this.repository.revisions(sessionId);
  }

  /** Why the caller may not log against this service, if they may not: not in force, or not theirs. */
  private writeRefusal(service: ServiceRow): { error: Error; denied: boolean } | null {
    if (service.iepStatus !== IepStatus.Active) return { error: badInput(NOT_IN_FORCE, { reason: 'IEP_NOT_IN_FORCE' }), denied: false };
    if (!mayAct(service.standing, IepAction.RecordServiceSession)) return { error: forbidden(NOT_PROVIDER), denied: true };
    return null;
  }

  /** The session's fields, cleaned and checked by the domain's rules on the district's date; the first problem refuses. */
  private checkedFields(input: ServiceSessionFieldsInput, service: ServiceRow): SessionFields {
    const fields: SessionFields = {
      date: input.date, minutes: input.minutes, groupSize: input.groupSize, location: (input.location ?? '').trim(),
      goalIds: [...new Set(input.goalIds ?? [])], status: input.status, note: (input.note ?? '').trim(),
    };
    const [problem] = sessionProblems(fields, service.content, this.clock.today(service.timeZone));
    if (problem) throw badInput(problem.message, { field: problem.field, reason: problem.rule });
    return fields;
  }

  private async deny(user: AuthUser, meta: RequestMeta, operation: string, reason: string, what: NotFoundThing): Promise<Error> {
    await this.audit.recordDenial(user, meta, operation, reason);
    return notFound(what);
  }
}

function planOf(service: ServiceRow): ServicePlan | null {
  const { minutes, frequency, startDate, endDate } = service.content;
  return minutes && frequency && startDate && endDate ? { minutes, frequency, startDate, endDate } : null;
}

/** Owed, planned and made up for one service, and which make-up session fulfilled which plan (libs/domain compensatoryPlanStatus). */
function compensatoryOf(sessions: readonly SessionRow[], plans: readonly PlanRow[]): CompensatoryMinutesModel {
  const tally = tallySessions(sessions);
  const makeUps = sessions.filter((session) => session.status === SessionStatus.MakeUp);
  const statuses = compensatoryPlanStatus(plans.map((plan) => ({ id: plan.id, date: plan.date, minutes: plan.minutes, plannedOn: plan.plannedOn })), makeUps);
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  return {
    owed: roundMinutes(compensatoryBalance(tally)), planned: plannedMinutes(statuses), delivered: roundMinutes(tally.madeUp),
    plans: statuses.map((status) => ({
      id: status.id, date: status.date, minutes: status.minutes, note: byId.get(status.id)!.note, plannedByName: byId.get(status.id)!.plannedByName,
      fulfilledBySessionId: status.fulfilledBy,
    })),
  };
}

function rounded(span: SpanDelivery): DeliveryTallyModel {
  return {
    required: roundMinutes(span.required), delivered: roundMinutes(span.delivered), excused: roundMinutes(span.excused),
    missedBySchool: roundMinutes(span.missedBySchool), madeUp: roundMinutes(span.madeUp),
  };
}
