import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { iepPolicySql, iepVisibilityParams, standingSql } from '@iep/api/access';
import { auditInsertSql } from '@iep/api/audit';
import { prepared, type AuthUser } from '@iep/api/core';
import { IepAction, type IepStanding, type IepStatus } from '@iep/domain';
import type { GoalFlagRule } from '@iep/domain/progress';

/** A part of an IEP with what progress monitoring needs of its IEP, and how the caller stands to the part. */
export interface GoalRow {
  partId: string;
  iepId: string;
  kind: string;
  position: number;
  content: Record<string, unknown>;
  removedAt: Date | null;
  assigneeId: string | null;
  status: IepStatus;
  studentId: string;
  /** The IEP's start date (its meeting date before it has one): where the aim line starts. */
  aimStartDate: string | null;
  timeZone: string;
  standing: IepStanding;
}

/** A goal of the caller's caseload, with whose it is. */
export interface CaseloadGoalRow extends GoalRow {
  studentFirstName: string;
  studentLastName: string;
}

export interface PointRow {
  id: string;
  partId: string;
  value: number;
  observedOn: string;
  setting: string;
  note: string;
  version: number;
  recordedBy: { id: string; displayName: string };
  recordedById: string;
  idempotencyKey: string;
  recordedAt: Date;
  updatedAt: Date;
}

export interface AcknowledgmentRow {
  id: string;
  partId: string;
  rule: GoalFlagRule;
  throughDate: string;
  note: string;
  acknowledgedBy: { id: string; displayName: string };
  acknowledgedAt: Date;
}

export interface RevisionRow {
  version: number;
  value: number;
  observedOn: string;
  setting: string;
  note: string;
  author: { id: string; displayName: string };
  createdAt: Date;
}

export interface PointValues {
  value: number;
  observedOn: string;
  setting: string;
  note: string;
}

const GOAL_COLUMNS = `
  SELECT p.id AS "partId", p.iep_id AS "iepId", p.kind, p.position, p.content, p.removed_at AS "removedAt", p.assignee_id AS "assigneeId",
         i.status, i.student_id AS "studentId", to_char(coalesce(i.start_date, i.meeting_date), 'YYYY-MM-DD') AS "aimStartDate",
         d.time_zone AS "timeZone", ${standingSql({ withPart: true })} AS standing
    FROM iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id`;
// $1 part ids; $2–$5 iepVisibilityParams.
const GOALS_BY_ID_SQL = prepared(`${GOAL_COLUMNS} WHERE p.id = ANY($1::uuid[])`);

// The goals of IEPs in force that the caller records on (the policy's RECORD_PROGRESS, generated from its
// table) and that are on their own caseload: assigned to them, or of an IEP they manage. A district
// representative records on any goal of the district, but their "today's session" is their own students.
const CASELOAD_GOALS_SQL = prepared(`
  SELECT * FROM (${GOAL_COLUMNS.replace('SELECT ', 'SELECT s.first_name AS "studentFirstName", s.last_name AS "studentLastName", ')}
   WHERE p.kind = 'GOAL' AND p.removed_at IS NULL AND i.status = 'ACTIVE'
     AND (p.assignee_id = $1::uuid OR i.case_manager_id = $1::uuid)
     AND ${iepPolicySql(IepAction.RecordProgress, { withPart: true })}
   ORDER BY s.last_name, s.first_name, s.id, p.position, p.created_at) caseload`);

/** A point's columns over a row `g` of goal_data_points (a table or a CTE of its rows) and its recorder `u`. */
const POINT_FIELDS = `g.id, g.part_id AS "partId", g.value::float8 AS value, to_char(g.observed_on, 'YYYY-MM-DD') AS "observedOn", g.setting, g.note,
         g.version, json_build_object('id', u.id, 'displayName', u.display_name) AS "recordedBy", g.recorded_by_id AS "recordedById",
         g.idempotency_key AS "idempotencyKey", g.recorded_at AS "recordedAt", g.updated_at AS "updatedAt"`;
const POINT_COLUMNS = `
  SELECT ${POINT_FIELDS}
    FROM goal_data_points g JOIN users u ON u.id = g.recorded_by_id`;
const POINTS_OF_PARTS_SQL = prepared(`${POINT_COLUMNS} WHERE g.part_id = ANY($1::uuid[]) ORDER BY g.observed_on, g.recorded_at, g.id`);
const POINT_BY_ID_SQL = prepared(`${POINT_COLUMNS} WHERE g.id = $1::uuid`);
const POINT_BY_KEY_SQL = prepared(`${POINT_COLUMNS} WHERE g.recorded_by_id = $1::uuid AND g.idempotency_key = $2::uuid`);

const ACKNOWLEDGMENTS_SQL = prepared(`
  SELECT a.id, a.part_id AS "partId", a.rule, to_char(a.through_date, 'YYYY-MM-DD') AS "throughDate", a.note,
         json_build_object('id', u.id, 'displayName', u.display_name) AS "acknowledgedBy", a.acknowledged_at AS "acknowledgedAt"
    FROM goal_flag_acknowledgments a JOIN users u ON u.id = a.acknowledged_by_id
   WHERE a.part_id = ANY($1::uuid[]) ORDER BY a.acknowledged_at, a.id`);

// A progress page in one statement: the caller's standing on the IEP, and, when they may read it, its goals
// with their points and flag acknowledgments, one json array each. $1 IEP id; $2–$5 iepVisibilityParams.
const IEP_PROGRESS_SQL = prepared(`
  WITH iep AS (
    SELECT ${standingSql()} AS standing, (${iepPolicySql(IepAction.Read)}) AS readable
      FROM ieps i JOIN students s ON s.id = i.student_id WHERE i.id = $1::uuid),
  goals AS (
    ${GOAL_COLUMNS.replace('SELECT ', 'SELECT p.created_at AS "createdAt", ')}
     WHERE p.iep_id = $1::uuid AND p.kind = 'GOAL' AND p.removed_at IS NULL AND (SELECT readable FROM iep)),
  points AS (${POINT_COLUMNS} WHERE g.part_id IN (SELECT "partId" FROM goals)),
  acks AS (${ACKNOWLEDGMENTS_SQL.replace('WHERE a.part_id = ANY($1::uuid[])', 'WHERE a.part_id IN (SELECT "partId" FROM goals)')})
  SELECT (SELECT standing FROM iep) AS standing,
         (SELECT coalesce(json_agg(g ORDER BY g.position, g."createdAt"), '[]'::json) FROM goals g) AS goals,
         (SELECT coalesce(json_agg(x ORDER BY x."observedOn", x."recordedAt", x.id), '[]'::json) FROM points x) AS points,
         (SELECT coalesce(json_agg(a ORDER BY a."acknowledgedAt", a.id), '[]'::json) FROM acks a) AS acks`);

const REVISIONS_SQL = prepared(`
  SELECT r.version, r.value::float8 AS value, to_char(r.observed_on, 'YYYY-MM-DD') AS "observedOn", r.setting, r.note,
         json_build_object('id', u.id, 'displayName', u.display_name) AS author, r.created_at AS "createdAt"
    FROM goal_data_point_revisions r JOIN users u ON u.id = r.author_id
   WHERE r.point_id = $1::uuid ORDER BY r.version DESC`);

// The point, its first revision and its audit row in one statement, answering the point as a read would; a key
// already used by the recorder writes nothing (and answers no row).
// $1 id, $2 part, $3 IEP, $4 value, $5 day, $6 setting, $7 note, $8 key, $9 recorder, $10 audit rows.
const RECORD_SQL = `
  WITH ins AS (
    INSERT INTO goal_data_points (id, part_id, iep_id, value, observed_on, setting, note, idempotency_key, recorded_by_id, updated_by_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
    ON CONFLICT (recorded_by_id, idempotency_key) DO NOTHING
    RETURNING *),
  rev AS (
    INSERT INTO goal_data_point_revisions (point_id, version, value, observed_on, setting, note, author_id)
    SELECT id, version, value, observed_on, setting, note, recorded_by_id FROM ins),
  audit AS (${auditInsertSql('$10', { onlyIf: 'EXISTS (SELECT 1 FROM ins)' })})
  SELECT ${POINT_FIELDS} FROM ins g JOIN users u ON u.id = g.recorded_by_id`;

// The correction, its revision and its audit row, only on the version the caller corrected.
// $1 point, $2 base version, $3 value, $4 day, $5 setting, $6 note, $7 author, $8 audit rows.
const CORRECT_SQL = `
  WITH upd AS (
    UPDATE goal_data_points SET value = $3, observed_on = $4, setting = $5, note = $6, version = version + 1, updated_by_id = $7, updated_at = now()
     WHERE id = $1 AND version = $2
    RETURNING *),
  rev AS (
    INSERT INTO goal_data_point_revisions (point_id, version, value, observed_on, setting, note, author_id)
    SELECT id, version, value, observed_on, setting, note, $7 FROM upd),
  audit AS (${auditInsertSql('$8', { onlyIf: 'EXISTS (SELECT 1 FROM upd)' })})
  SELECT id FROM upd`;

// $1 id, $2 part, $3 IEP, $4 rule, $5 through, $6 note, $7 by, $8 audit rows.
const ACKNOWLEDGE_SQL = `
  WITH ins AS (
    INSERT INTO goal_flag_acknowledgments (id, part_id, iep_id, rule, through_date, note, acknowledged_by_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id),
  audit AS (${auditInsertSql('$8', { onlyIf: 'EXISTS (SELECT 1 FROM ins)' })})
  SELECT id FROM ins`;

/** The SQL of progress monitoring, with typed rows. */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  goalsById(user: AuthUser, partIds: readonly string[]): Promise<GoalRow[]> {
    return this.dataSource.query(GOALS_BY_ID_SQL, [partIds, ...iepVisibilityParams(user)]);
  }

  caseloadGoals(user: AuthUser): Promise<CaseloadGoalRow[]> {
    const [, role, districtId, districtRoles] = iepVisibilityParams(user);
    return this.dataSource.query(CASELOAD_GOALS_SQL, [user.id, user.id, role, districtId, districtRoles]);
  }

  /**
   * The caller's standing on an IEP (null when there is no such IEP) and, when they may read it, its goals
   * in document order with their points and acknowledgments, in one round trip.
   */
  async iepProgress(user: AuthUser, iepId: string): Promise<{ standing: IepStanding | null; goals: GoalRow[]; points: PointRow[]; acks: AcknowledgmentRow[] }> {
    const [row]: Array<{ standing: IepStanding | null; goals: GoalRow[]; points: Array<Omit<PointRow, 'recordedAt' | 'updatedAt'> & { recordedAt: string; updatedAt: string }>; acks: Array<Omit<AcknowledgmentRow, 'acknowledgedAt'> & { acknowledgedAt: string }> }> =
      await this.dataSource.query(IEP_PROGRESS_SQL, [iepId, ...iepVisibilityParams(user)]);
    if (!row?.standing) return { standing: null, goals: [], points: [], acks: [] };
    return {
      standing: row.standing,
      goals: row.goals.map((goal) => ({ ...goal, removedAt: goal.removedAt === null ? null : new Date(goal.removedAt) })),
      points: row.points.map((point) => ({ ...point, recordedAt: new Date(point.recordedAt), updatedAt: new Date(point.updatedAt) })),
      acks: row.acks.map((ack) => ({ ...ack, acknowledgedAt: new Date(ack.acknowledgedAt) })),
    };
  }

  pointsOf(partIds: readonly string[]): Promise<PointRow[]> {
    return partIds.length === 0 ? Promise.resolve([]) : this.dataSource.query(POINTS_OF_PARTS_SQL, [partIds]);
  }

  async point(pointId: string): Promise<PointRow | null> {
    const [row]: PointRow[] = await this.dataSource.query(POINT_BY_ID_SQL, [pointId]);
    return row ?? null;
  }

  async pointByKey(recorderId: string, key: string): Promise<PointRow | null> {
    const [row]: PointRow[] = await this.dataSource.query(POINT_BY_KEY_SQL, [recorderId, key]);
    return row ?? null;
  }

  acknowledgmentsOf(partIds: readonly string[]): Promise<AcknowledgmentRow[]> {
    return partIds.length === 0 ? Promise.resolve([]) : this.dataSource.query(ACKNOWLEDGMENTS_SQL, [partIds]);
  }

  revisions(pointId: string): Promise<RevisionRow[]> {
    return this.dataSource.query(REVISIONS_SQL, [pointId]);
  }

  /**
   * True when the point was written; false when the recorder had already used the key. `manager` writes it
   * inside a caller's transaction (a group session's points commit with its sessions or not at all).
   */
  async record(
    point: { id: string; partId: string; iepId: string; key: string; recorderId: string } & PointValues, audit: string, manager?: EntityManager,
  ): Promise<PointRow | null> {
    const [row]: PointRow[] = await (manager ?? this.dataSource.manager).query(RECORD_SQL, [
      point.id, point.partId, point.iepId, point.value, point.observedOn, point.setting, point.note, point.key, point.recorderId, audit,
    ]);
    return row ?? null;
  }

  /** True when the correction was written; false when the point is no longer at `baseVersion`. */
  async correct(pointId: string, baseVersion: number, values: PointValues, authorId: string, audit: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(CORRECT_SQL, [
      pointId, baseVersion, values.value, values.observedOn, values.setting, values.note, authorId, audit,
    ]);
    return rows.length === 1;
  }

  async acknowledge(ack: { id: string; partId: string; iepId: string; rule: GoalFlagRule; throughDate: string; note: string; byId: string }, audit: string): Promise<void> {
    await this.dataSource.query(ACKNOWLEDGE_SQL, [ack.id, ack.partId, ack.iepId, ack.rule, ack.throughDate, ack.note, ack.byId, audit]);
  }
}
