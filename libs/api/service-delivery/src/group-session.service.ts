import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, CLOCK, conflict, DomainError, ErrorCode, notFoundMessage, type AuthUser, type Clock, type RequestMeta } from '@iep/api/core';
import { ProgressRepository, standingOnPart, type GoalRow } from '@iep/api/progress';
import { groupEntrySession, groupSessionProblems, IepAction, mayAct, type Localized, type SessionStatus } from '@iep/domain';
import { GoalMeasure, isOnScale, measureScale } from '@iep/domain/progress';
import type { RecordGroupSessionInput } from './dto/group-session.inputs';
import type { GroupSessionRecordedModel, GroupSessionServiceModel } from './models/group-session.model';
import { GROUP_SESSION_MESSAGES as M } from './group-session.messages';
import { ServiceDeliveryRepository, type ServiceRow, type SessionRow } from './service-delivery.repository';

const OPERATION = 'recordGroupSession';

/** Thrown inside the transaction to undo every write of the group. */
class GroupRefused extends Error {
  constructor(readonly refusal: Error) {
    super('group session refused');
  }
}

/** The measure stored on a goal, or null for a goal written before goals had one. */
function measureOf(goal: Pick<GoalRow, 'content'>): GoalMeasure | null {
  const parsed = GoalMeasure.safeParse(goal.content['measure']);
  return parsed.success ? parsed.data : null;
}

/** A message about one student: their name first, so the provider sees whose entry to fix. */
function aboutStudent(name: string, message: Localized): Localized {
  return { en: `${name}: ${message.en}`, es: `${name}: ${message.es}` };
}

/**
 * A group session entered once for several students of the caller's caseload: one session per student
 * (with its own idempotency key) and the data points taken, all written in one transaction or none. Each
 * student's session is checked by the domain's rules and the one policy (RECORD_SERVICE_SESSION on the
 * service, RECORD_PROGRESS on each goal measured); a refusal names the student and the field.
 */
@Injectable()
export class GroupSessionService {
  constructor(
    private readonly repository: ServiceDeliveryRepository,
    private readonly progress: ProgressRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The services the caller may log a group session of: their caseload's, of IEPs in force. */
  async caseload(user: AuthUser, meta: RequestMeta): Promise<GroupSessionServiceModel[]> {
    const services = await this.repository.caseloadServices(user);
    const goals = await this.progress.goalsById(user, [...new Set(services.flatMap((service) => service.goals.map((goal) => goal.id)))]);
    const byId = new Map(goals.map((goal) => [goal.partId, goal]));
    await this.audit.recordMany([...new Map(services.map((service) => [service.iepId, service])).values()].map((service) => ({
      event: AuditEvent.ServiceDeliveryViewed, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { serviceIds: services.filter((s) => s.iepId === service.iepId).map((s) => s.id) },
    })));
    return services.map((service) => ({
      serviceId: service.id, iepId: service.iepId, studentId: service.studentId, studentName: service.studentName,
      category: service.content.category, description: service.content.description, providerRole: service.content.providerRole,
      minutes: service.content.minutes, startDate: service.content.startDate, endDate: service.content.endDate, location: service.content.location,
      goals: service.goals.map(({ id, area }) => {
        const goal = byId.get(id);
        const measure = goal ? measureOf(goal) : null;
        const scale = measure ? measureScale(measure) : null;
        return {
          id, area, measureKind: measure?.kind ?? null, scaleMin: scale?.min ?? null, scaleMax: scale?.max ?? null, wholeNumbers: scale?.whole ?? false,
          viewerCanRecord: !!goal && !!measure && !goal.removedAt && mayAct(standingOnPart(goal, user.id), IepAction.RecordProgress),
        };
      }),
    }));
  }

  async record(user: AuthUser, input: RecordGroupSessionInput, meta: RequestMeta): Promise<GroupSessionRecordedModel> {
    const { entries } = input;
    const keys = entries.map((entry) => entry.idempotencyKey);
    const pointKeys = entries.flatMap((entry) => (entry.dataPoints ?? []).map((point) => point.idempotencyKey));
    if (new Set(keys).size !== keys.length || new Set(pointKeys).size !== pointKeys.length) {
      throw badInput(M.keysRepeated, { field: 'idempotencyKey', reason: 'KEY_REPEATED' });
    }
    // A device sending the group again (its answer was lost) gets the sessions already recorded.
    const replayed = await this.replay(user, input);
    if (replayed) return replayed;

    const services = await this.repository.services(user, entries.map((entry) => entry.serviceId));
    const byId = new Map(services.map((service) => [service.id, service]));
    const ordered: ServiceRow[] = [];
    for (const [index, entry] of entries.entries()) {
      const service = byId.get(entry.serviceId);
      if (!service || !mayAct(service.standing, IepAction.Read)) {
        await this.audit.recordDenial(user, meta, OPERATION, service ? 'NO_RELATIONSHIP' : 'NO_SUCH_SERVICE');
        throw new DomainError(ErrorCode.NotFound, notFoundMessage('That service'), { entry: index, serviceId: entry.serviceId });
      }
      if (service.iepStatus !== 'ACTIVE') {
        throw badInput(aboutStudent(service.studentName, M.notInForce), { entry: index, serviceId: service.id, reason: 'IEP_NOT_IN_FORCE' });
      }
      if (!mayAct(service.standing, IepAction.RecordServiceSession)) {
        await this.audit.recordDenial(user, meta, OPERATION, 'NOT_PROVIDER');
        throw new DomainError(ErrorCode.Forbidden, aboutStudent(service.studentName, M.notProvider), { entry: index, serviceId: service.id });
      }
      ordered.push(service);
    }
    const shared = { ...input, location: input.location ?? '' };
    const [problem] = groupSessionProblems(
      shared, entries, ordered.map((service) => service.content), this.clock.today(ordered[0]?.timeZone ?? 'UTC'),
    );
    if (problem) {
      const service = problem.entry === null ? null : ordered[problem.entry];
      throw badInput(service ? aboutStudent(service.studentName, problem.message) : problem.message, {
        entry: problem.entry, serviceId: service?.id ?? null, field: problem.field, reason: problem.rule,
      });
    }
    const points = await this.checkedPoints(user, input, ordered, meta);

    try {
      const sessions = await this.repository.transaction(async (manager) => {
        const written: SessionRow[] = [];
        for (const [index, entry] of entries.entries()) {
          const service = ordered[index];
          const session = groupEntrySession(shared, entry);
          const fields = { ...session, status: session.status as SessionStatus, goalIds: [...session.goalIds] };
          const id = randomUUID();
          const audit = this.audit.rowsJson([{
            event: AuditEvent.ServiceSessionRecorded, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
            ip: meta.ip, userAgent: meta.userAgent, data: { sessionId: id, serviceId: service.id, date: fields.date, minutes: fields.minutes, status: fields.status },
          }]);
          const row = await this.repository.record(user, service.id, id, fields, entry.idempotencyKey, audit, manager);
          // Another send of the same group got there first, or the key names someone else's session: undo it all.
          if (!row) throw new GroupRefused(conflict(aboutStudent(service.studentName, M.keyReused), { entry: index, reason: 'IDEMPOTENCY_KEY_REUSED' }));
          written.push(row);
          for (const point of points.filter((p) => p.entry === index)) {
            const pointId = randomUUID();
            const pointAudit = this.audit.rowsJson([{
              event: AuditEvent.GoalDataPointRecorded, actorId: user.id, actorRole: user.role, studentId: service.studentId, iepId: service.iepId,
              ip: meta.ip, userAgent: meta.userAgent, data: { pointId, partId: point.goal.partId, observedOn: fields.date },
            }]);
            const recorded = await this.progress.record(
              { id: pointId, partId: point.goal.partId, iepId: service.iepId, key: point.key, recorderId: user.id, value: point.value, observedOn: fields.date, setting: fields.location, note: '' },
              pointAudit, manager,
            );
            if (!recorded) throw new GroupRefused(conflict(aboutStudent(service.studentName, M.keyReused), { entry: index, field: 'dataPoints', reason: 'IDEMPOTENCY_KEY_REUSED' }));
          }
        }
        return written;
      });
      return { sessions, dataPoints: points.length, replayed: false };
    } catch (caught) {
      if (!(caught instanceof GroupRefused)) throw caught;
      // Two sends of one group at the same moment: the second wrote nothing and reads the first.
      const again = await this.replay(user, input);
      if (again) return again;
      throw caught.refusal;
    }
  }

  /** The group as recorded before under its keys; null when none of its keys were used; CONFLICT when some were. */
  private async replay(user: AuthUser, input: RecordGroupSessionInput): Promise<GroupSessionRecordedModel | null> {
    const existing = await this.repository.sessionsByKeys(user.id, input.entries.map((entry) => entry.idempotencyKey));
    if (existing.length === 0) return null;
    const byKey = new Map(existing.map((session) => [session.idempotencyKey, session]));
    const sessions = input.entries.map((entry) => byKey.get(entry.idempotencyKey));
    const same = sessions.every((session, i) => session && session.serviceId === input.entries[i].serviceId);
    if (same) return { sessions: sessions as SessionRow[], dataPoints: 0, replayed: true };
    // A group is written whole: some keys used and others not means a key names a session of another entry.
    throw conflict(M.keysPartlyUsed, { entry: sessions.findIndex((session) => session), reason: 'IDEMPOTENCY_KEY_REUSED' });
  }

  /** Every data point of the group checked: a goal of the student's service, the caller's to record, on its scale. */
  private async checkedPoints(user: AuthUser, input: RecordGroupSessionInput, services: ServiceRow[], meta: RequestMeta) {
    const wanted = input.entries.flatMap((entry, index) => (entry.dataPoints ?? []).map((point) => ({ ...point, entry: index })));
    if (wanted.length === 0) return [];
    const goals = new Map((await this.progress.goalsById(user, [...new Set(wanted.map((point) => point.goalId))])).map((goal) => [goal.partId, goal]));
    const points: Array<{ entry: number; goal: GoalRow; value: number; key: string }> = [];
    for (const point of wanted) {
      const service = services[point.entry];
      const name = service.studentName;
      const goal = goals.get(point.goalId);
      const details = { entry: point.entry, serviceId: service.id, field: 'dataPoints', goalId: point.goalId };
      if (!goal || !service.goals.some((g) => g.id === goal.partId) || goal.removedAt) {
        throw badInput(aboutStudent(name, M.goalOfService), { ...details, reason: 'GOAL_OF_SERVICE' });
      }
      if (!mayAct(standingOnPart(goal, user.id), IepAction.RecordProgress)) {
        await this.audit.recordDenial(user, meta, OPERATION, 'NOT_GOAL_RECORDER');
        throw new DomainError(ErrorCode.Forbidden, aboutStudent(name, M.notGoalRecorder), details);
      }
      const measure = measureOf(goal);
      if (!measure) throw badInput(aboutStudent(name, M.needsMeasure), { ...details, reason: 'NEEDS_MEASURE' });
      if (!isOnScale(measure, point.value)) {
        const scale = measureScale(measure);
        throw badInput(aboutStudent(name, M.offScale(scale.min, scale.max)), { ...details, reason: 'OFF_SCALE', min: scale.min, max: scale.max });
      }
      points.push({ entry: point.entry, goal, value: point.value, key: point.idempotencyKey });
    }
    return points;
  }
}
