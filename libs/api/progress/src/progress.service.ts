import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, CLOCK, conflict, forbidden, isUuid, notFound, type AuthUser, type Clock, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import { addDays, compareDates, IepAction, IepStatus, isIsoDate, mayAct, type IepStanding } from '@iep/domain';
import { GoalContent, IepPartKind } from '@iep/domain/iep-content';
import { coveringAcknowledgment, GoalMeasure, isOnScale, measureScale, raisedFlags, trendOf, type AimLine } from '@iep/domain/progress';
import type { AcknowledgeGoalFlagInput, CorrectGoalDataPointInput, RecordGoalDataPointInput } from './dto/progress.inputs';
import type { CaseloadStudentProgressModel, GoalDataPointModel, GoalDataPointRevisionModel, GoalMeasureModel, GoalProgressModel } from './models/goal-progress.model';
import { PROGRESS_MESSAGES as M } from './progress.messages';
import { ProgressRepository, type AcknowledgmentRow, type GoalRow, type PointRow, type PointValues } from './progress.repository';

const DAYS_PER_WEEK = 7;

/** The measure stored on a goal's content, or null for a goal written before goals had one. */
function measureOf(goal: Pick<GoalRow, 'content'>): GoalMeasure | null {
  const parsed = GoalMeasure.safeParse(goal.content['measure']);
  return parsed.success ? parsed.data : null;
}

function text(goal: GoalRow, field: keyof GoalContent): string {
  const value = goal.content[field];
  return typeof value === 'string' ? value : '';
}

/** The aim line from the IEP's start (the first point's day before the IEP has one) at the baseline to the target on the goal's date. */
function aimOf(goal: GoalRow, measure: GoalMeasure, points: readonly PointRow[]): AimLine {
  const startDate = goal.aimStartDate ?? points[0]?.observedOn ?? measure.targetDate;
  return { startDate, baseline: measure.baseline, targetDate: measure.targetDate, target: measure.target };
}

/** A goal with its points and acknowledgments, as the chart, the table and the flags read it. */
export function goalProgress(goal: GoalRow, points: PointRow[], acks: AcknowledgmentRow[], userId: string): GoalProgressModel {
  const measure = measureOf(goal);
  const aim = measure ? aimOf(goal, measure, points) : null;
  const values = points.map((point) => ({ date: point.observedOn, value: point.value }));
  const trend = measure ? trendOf(values, measure.targetDate) : null;
  return {
    partId: goal.partId,
    iepId: goal.iepId,
    position: goal.position,
    area: text(goal, 'area'),
    annualGoal: text(goal, 'annualGoal'),
    measure: measure ? measureModel(measure) : null,
    needsMeasure: !measure,
    aimStartDate: aim?.startDate ?? null,
    points: points.map(pointModel),
    trend: trend && {
      slopePerWeek: trend.slopePerDay * DAYS_PER_WEEK, projectedAtTargetDate: trend.projectedAtTargetDate,
      fromDate: trend.from.date, fromValue: trend.from.value, toDate: trend.to.date, toValue: trend.to.value, pointsUsed: trend.pointsUsed,
    },
    flags: aim
      ? raisedFlags(aim, values).map((flag) => {
        const ack = coveringAcknowledgment(flag, acks);
        return { ...flag, acknowledgment: ack && { id: ack.id, note: ack.note, acknowledgedBy: ack.acknowledgedBy, acknowledgedAt: ack.acknowledgedAt } };
      })
      : [],
    viewerCanRecord: mayAct(standingOnPart(goal, userId), IepAction.RecordProgress) && !goal.removedAt && !!measure,
  };
}

function measureModel(measure: GoalMeasure): GoalMeasureModel {
  const scale = measureScale(measure);
  return { ...measure, scaleMin: scale.min, scaleMax: scale.max, wholeNumbers: scale.whole };
}

function pointModel(row: PointRow): GoalDataPointModel {
  return {
    id: row.id, partId: row.partId, value: row.value, observedOn: row.observedOn, setting: row.setting, note: row.note,
    version: row.version, recordedBy: row.recordedBy, recordedAt: row.recordedAt, updatedAt: row.updatedAt,
  };
}

/** The standing read with the part already says whether it is assigned to the caller. */
export function standingOnPart(goal: GoalRow, userId: string): IepStanding {
  return { ...goal.standing, partAssignee: goal.assigneeId === userId };
}

/** Each goal's progress, in the goals' order, from its points and acknowledgments among those given. */
export function progressOfGoals(goals: GoalRow[], points: PointRow[], acks: AcknowledgmentRow[], userId: string): GoalProgressModel[] {
  const pointsByGoal = groupBy(points);
  const acksByGoal = groupBy(acks);
  return goals.map((goal) => goalProgress(goal, pointsByGoal.get(goal.partId) ?? [], acksByGoal.get(goal.partId) ?? [], userId));
}

function groupBy<T extends { partId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.partId, [...(map.get(row.partId) ?? []), row]);
  return map;
}

/**
 * Progress monitoring on the goals of an IEP in force: data points with corrections, the chart's
 * trend and the decision rules' flags (libs/domain/progress), and the staff's acknowledgments.
 * Who may do what is IEP_POLICY's RECORD_PROGRESS (record) and READ (see); every refusal is audited.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly repository: ProgressRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async iepProgress(user: AuthUser, iepId: string, meta: RequestMeta): Promise<GoalProgressModel[]> {
    const { standing, goals, points, acks } = isUuid(iepId) ? await this.repository.iepProgress(user, iepId) : { standing: null, goals: [], points: [], acks: [] };
    if (!standing || !mayAct(standing, IepAction.Read)) return this.refuseNotFound(user, meta, 'iepProgress', 'That IEP');
    await this.audit.record({
      event: AuditEvent.IepProgressViewed, actorId: user.id, actorRole: user.role, studentId: goals[0]?.studentId ?? null, iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { goals: goals.length },
    });
    return progressOfGoals(goals, points, acks, user.id);
  }

  /**
   * "Today's session": the students of the caller's caseload (goals assigned to them, IEPs they manage)
   * with every goal in force they record on, in three statements whatever the caseload's size. Audited as
   * one read of each IEP's progress.
   */
  async caseload(user: AuthUser, meta: RequestMeta): Promise<CaseloadStudentProgressModel[]> {
    const goals = await this.repository.caseloadGoals(user);
    const ids = goals.map((goal) => goal.partId);
    const [points, acks] = await Promise.all([this.repository.pointsOf(ids), this.repository.acknowledgmentsOf(ids)]);
    const pointsByGoal = groupBy(points);
    const acksByGoal = groupBy(acks);
    const students = new Map<string, CaseloadStudentProgressModel>();
    for (const goal of goals) {
      const student = students.get(goal.iepId) ?? {
        iepId: goal.iepId, studentId: goal.studentId, studentName: `${goal.studentFirstName} ${goal.studentLastName}`, goals: [],
      };
      student.goals.push(goalProgress(goal, pointsByGoal.get(goal.partId) ?? [], acksByGoal.get(goal.partId) ?? [], user.id));
      students.set(goal.iepId, student);
    }
    await this.audit.recordMany([...students.values()].map((student) => ({
      event: AuditEvent.IepProgressViewed, actorId: user.id, actorRole: user.role, studentId: student.studentId, iepId: student.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { goals: student.goals.length },
    })));
    return [...students.values()];
  }

  async record(user: AuthUser, input: RecordGoalDataPointInput, meta: RequestMeta): Promise<GoalDataPointModel> {
    const operation = 'recordGoalDataPoint';
    // A replay of an entry already stored (an offline queue sending again) answers with what was stored,
    // even if its values would no longer pass; the caller's key used for another goal is a client's bug,
    // a CONFLICT whatever the goal. The key is read only when the answer depends on it, not on every entry.
    const stored = async () => {
      const existing = await this.repository.pointByKey(user.id, input.idempotencyKey);
      if (existing && existing.partId !== input.partId) throw conflict(M.keyReused, { reason: 'KEY_REUSED' });
      return existing;
    };
    let recordable: { goal: GoalRow; measure: GoalMeasure };
    try {
      recordable = await this.recordableGoal(user, input.partId, meta, operation);
    } catch (refused) {
      await stored();
      throw refused;
    }
    const { goal, measure } = recordable;
    let values: PointValues;
    try {
      values = this.validValues(goal, measure, input);
    } catch (refused) {
      const replay = await stored();
      if (replay) return pointModel(replay);
      throw refused;
    }
    const id = randomUUID();
    const audit = this.audit.rowsJson([{
      event: AuditEvent.GoalDataPointRecorded, actorId: user.id, actorRole: user.role, studentId: goal.studentId, iepId: goal.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { pointId: id, partId: goal.partId, observedOn: values.observedOn },
    }]);
    // One statement writes the point and answers it; a key already used writes nothing (a replay, or two
    // sends of one entry at the same moment), and the point stored under it is the answer.
    const written = await this.repository.record({ id, partId: goal.partId, iepId: goal.iepId, key: input.idempotencyKey, recorderId: user.id, ...values }, audit);
    const point = written ?? (await stored());
    if (!point) throw conflict(M.keyReused, { reason: 'KEY_REUSED' });
    return pointModel(point);
  }

  async correct(user: AuthUser, input: CorrectGoalDataPointInput, meta: RequestMeta): Promise<GoalDataPointModel> {
    const operation = 'correctGoalDataPoint';
    const point = isUuid(input.pointId) ? await this.repository.point(input.pointId) : null;
    if (!point) return this.refuseNotFound(user, meta, operation, 'That data point');
    const { goal, measure } = await this.recordableGoal(user, point.partId, meta, operation);
    const values = this.validValues(goal, measure, input);
    const audit = this.audit.rowsJson([{
      event: AuditEvent.GoalDataPointCorrected, actorId: user.id, actorRole: user.role, studentId: goal.studentId, iepId: goal.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { pointId: point.id, partId: goal.partId, version: input.baseVersion + 1 },
    }]);
    if (!(await this.repository.correct(point.id, input.baseVersion, values, user.id, audit))) {
      const current = await this.repository.point(point.id);
      throw conflict(M.staleCorrection, { reason: 'STALE_VERSION', current: current && pointModel(current) });
    }
    return pointModel((await this.repository.point(point.id))!);
  }

  async revisions(user: AuthUser, pointId: string, meta: RequestMeta): Promise<GoalDataPointRevisionModel[]> {
    const operation = 'goalDataPointRevisions';
    const point = isUuid(pointId) ? await this.repository.point(pointId) : null;
    const [goal] = point ? await this.repository.goalsById(user, [point.partId]) : [];
    if (!point || !goal || !mayAct(goal.standing, IepAction.Read)) return this.refuseNotFound(user, meta, operation, 'That data point');
    await this.audit.record({
      event: AuditEvent.GoalDataPointHistoryViewed, actorId: user.id, actorRole: user.role, studentId: goal.studentId, iepId: goal.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { pointId: point.id },
    });
    return this.repository.revisions(point.id);
  }

  async acknowledge(user: AuthUser, input: AcknowledgeGoalFlagInput, meta: RequestMeta): Promise<GoalProgressModel> {
    const operation = 'acknowledgeGoalFlag';
    const { goal, measure } = await this.recordableGoal(user, input.partId, meta, operation);
    const note = input.note.trim();
    if (!note) throw badInput(M.noteRequired, { field: 'note' });
    const [points, acks] = await Promise.all([this.repository.pointsOf([goal.partId]), this.repository.acknowledgmentsOf([goal.partId])]);
    const flag = raisedFlags(aimOf(goal, measure, points), points.map((point) => ({ date: point.observedOn, value: point.value }))).find((raised) => raised.rule === input.rule);
    if (!flag) throw conflict(M.flagNotRaised, { reason: 'FLAG_NOT_RAISED' });
    if (coveringAcknowledgment(flag, acks)) throw conflict(M.flagAlreadyAcknowledged, { reason: 'ALREADY_ACKNOWLEDGED' });
    const id = randomUUID();
    const audit = this.audit.rowsJson([{
      event: AuditEvent.GoalFlagAcknowledged, actorId: user.id, actorRole: user.role, studentId: goal.studentId, iepId: goal.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { acknowledgmentId: id, partId: goal.partId, rule: input.rule, throughDate: flag.windowEnd },
    }]);
    await this.repository.acknowledge({ id, partId: goal.partId, iepId: goal.iepId, rule: input.rule, throughDate: flag.windowEnd, note, byId: user.id }, audit);
    return goalProgress(goal, points, await this.repository.acknowledgmentsOf([goal.partId]), user.id);
  }

  /**
   * The goal, if the caller may record on it: NOT_FOUND when they may not see it, FORBIDDEN when they see
   * it but it is not theirs to record (both audited), CONFLICT when the IEP is not in force, BAD_USER_INPUT
   * when the goal has no measure to record against.
   */
  private async recordableGoal(user: AuthUser, partId: string, meta: RequestMeta, operation: string): Promise<{ goal: GoalRow; measure: GoalMeasure }> {
    const [goal] = isUuid(partId) ? await this.repository.goalsById(user, [partId]) : [];
    if (!goal || !mayAct(goal.standing, IepAction.Read)) return this.refuseNotFound(user, meta, operation, 'That goal');
    if (goal.kind !== IepPartKind.Goal) throw badInput(M.notAGoal, { field: 'partId' });
    const standing = standingOnPart(goal, user.id);
    if (!mayAct({ ...standing, status: IepStatus.Active }, IepAction.RecordProgress)) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_GOAL_RECORDER');
      throw forbidden(M.notRecorder);
    }
    if (goal.status !== IepStatus.Active) throw conflict(M.notInForce, { reason: 'NOT_IN_FORCE', status: goal.status });
    if (goal.removedAt) throw conflict(M.goalRemoved, { reason: 'REMOVED' });
    const measure = measureOf(goal);
    if (!measure) throw badInput(M.needsMeasure, { field: 'partId', reason: 'NEEDS_MEASURE' });
    return { goal, measure };
  }

  /** The values checked against the goal's scale and the district's today. */
  private validValues(goal: GoalRow, measure: GoalMeasure, input: PointValues): PointValues {
    if (!isOnScale(measure, input.value)) {
      const scale = measureScale(measure);
      throw badInput(M.offScale(scale.min, scale.max, scale.whole), { field: 'value', min: scale.min, max: scale.max });
    }
    if (!isIsoDate(input.observedOn)) throw badInput(M.notARealDate, { field: 'observedOn' });
    // A day ahead of the district's today is allowed for a device in an earlier time zone.
    if (compareDates(input.observedOn, addDays(this.clock.today(goal.timeZone), 1)) > 0) throw badInput(M.inTheFuture, { field: 'observedOn' });
    const setting = input.setting.trim();
    if (!setting) throw badInput(M.settingRequired, { field: 'setting' });
    return { value: input.value, observedOn: input.observedOn, setting, note: input.note.trim() };
  }

  private async refuseNotFound(user: AuthUser, meta: RequestMeta, operation: string, what: NotFoundThing): Promise<never> {
    await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
    throw notFound(what);
  }
}
