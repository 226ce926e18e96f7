import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { iepPolicySql, iepVisibilityParams, standingSql } from '@iep/api/access';
import { auditInsertSql } from '@iep/api/audit';
import { prepared, type AuthUser } from '@iep/api/core';
import { IepAction, type IepStanding, type ServiceContent, type SessionStatus } from '@iep/domain';
import { DASHBOARD_STATEMENT, type dashboardDays } from './service-delivery-sql';

/** A service (a SERVICE part) with what a session needs to be checked against, and the caller's standing on it. */
export interface ServiceRow {
  id: string;
  iepId: string;
  iepStatus: string;
  studentId: string;
  studentName: string;
  schoolId: string;
  districtId: string;
  timeZone: string;
  content: ServiceContent;
  providerId: string | null;
  providerName: string | null;
  /** The goals the service supports, in document order, by their area ("Articulation"). */
  goals: Array<{ id: string; area: string }>;
  standing: IepStanding;
}

export interface SessionRow {
  id: string;
  serviceId: string;
  iepId: string;
  studentId: string;
  date: string;
  minutes: number;
  groupSize: number;
  location: string;
  goalIds: string[];
  status: SessionStatus;
  note: string;
  providerId: string;
  providerName: string;
  version: number;
  idempotencyKey: string;
  recordedAt: Date;
  updatedAt: Date;
}

export interface SessionFields {
  date: string;
  minutes: number;
  groupSize: number;
  location: string;
  goalIds: string[];
  status: SessionStatus;
  note: string;
}

export interface RevisionRow {
  version: number;
  change: string;
  authorName: string;
  at: Date;
  date: string;
  minutes: number;
  groupSize: number;
  location: string;
  status: SessionStatus;
  note: string;
}

export interface DashboardParams {
  districtId: string;
  today: string;
  /** Each school's calendar as `dashboardDays` gives it. */
  days: ReturnType<typeof dashboardDays>;
  schoolId: string | null;
  providerId: string | null;
  category: string | null;
  threshold: number;
  limit: number;
}

export interface DashboardRow {
  services: number;
  underDelivered: number;
  compensatoryOwed: number;
  groups: Array<{ dimension: 'SCHOOL' | 'PROVIDER' | 'SERVICE_TYPE'; key: string | null; label: string | null; services: number; underDelivered: number; compensatoryOwed: number }>;
  rows: Array<{
    serviceId: string; iepId: string; studentName: string; schoolName: string; providerName: string | null; category: string; description: string;
    required: number; delivered: number; excused: number; compensatoryBalance: number; underDelivered: boolean;
  }>;
}

export interface ExportRow {
  id: string;
  date: string;
  minutes: number;
  groupSize: number;
  status: string;
  studentName: string;
  studentId: string;
  providerName: string;
  providerId: string;
  category: string;
  description: string;
  serviceId: string;
}

const SERVICE_COLUMNS = `p.id, p.iep_id AS "iepId", i.status::text AS "iepStatus", i.student_id AS "studentId",
       s.first_name || ' ' || s.last_name AS "studentName", s.school_id AS "schoolId",
       s.district_id AS "districtId", d.time_zone AS "timeZone", p.content, p.assignee_id AS "providerId", a.display_name AS "providerName",
       coalesce((SELECT json_agg(json_build_object('id', g.id, 'area', g.content->>'area') ORDER BY g.position)
                   FROM iep_parts g WHERE g.iep_id = p.iep_id AND g.kind = 'GOAL' AND g.removed_at IS NULL
                    AND g.id::text IN (SELECT jsonb_array_elements_text(p.content->'goalIds'))), '[]'::json) AS goals,
       ${standingSql({ withPart: true })} AS standing`;
const SERVICE_FROM = `iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id
       LEFT JOIN users a ON a.id = p.assignee_id`;

// $1 service ids, $2–$5 the caller (iepVisibilityParams).
const SERVICES_SQL = prepared(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM}
  WHERE p.id = ANY($1::uuid[]) AND p.kind = 'SERVICE' AND p.removed_at IS NULL`);
// $1 IEP id, $2–$5 the caller.
const SERVICES_OF_IEP_SQL = prepared(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM}
  WHERE p.iep_id = $1 AND p.kind = 'SERVICE' AND p.removed_at IS NULL ORDER BY p.position, p.created_at, p.id`);

// The services of IEPs in force that the caller logs (the policy's RECORD_SERVICE_SESSION) and that are on
// their own caseload: assigned to them, or of an IEP they manage. $1 the caller, $2–$5 iepVisibilityParams.
const CASELOAD_SERVICES_SQL = prepared(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM}
  WHERE p.kind = 'SERVICE' AND p.removed_at IS NULL AND i.status = 'ACTIVE' AND (p.assignee_id = $1::uuid OR i.case_manager_id = $1::uuid)
    AND ${iepPolicySql(IepAction.RecordServiceSession, { withPart: true })}
  ORDER BY s.last_name, s.first_name, s.id, p.position, p.id`);

const SESSION_COLUMNS = `x.id, x.service_id AS "serviceId", x.iep_id AS "iepId", x.student_id AS "studentId", to_char(x.session_date, 'YYYY-MM-DD') AS date,
       x.minutes, x.group_size AS "groupSize", x.location, x.goal_ids AS "goalIds", x.status, x.note, x.provider_id AS "providerId",
       u.display_name AS "providerName", x.version, x.idempotency_key AS "idempotencyKey", x.created_at AS "recordedAt", x.updated_at AS "updatedAt"`;

const REVISION_CONTENT = `jsonb_build_object('date', to_char(x.session_date, 'YYYY-MM-DD'), 'minutes', x.minutes, 'groupSize', x.group_size,
       'location', x.location, 'goalIds', to_jsonb(x.goal_ids), 'status', x.status, 'note', x.note)`;
const RECORD_POLICY = iepPolicySql(IepAction.RecordServiceSession, { withPart: true });
const DASHBOARD_SQL = prepared(DASHBOARD_STATEMENT);

/**
 * One statement records a session: the INSERT checks the caller's standing in the same snapshot
 * (the policy's generated SQL), skips a key already used (an offline device sending again), and writes
 * the first revision and the audit row with it. $1 service, $2–$5 caller, $6 new id, $7 date, $8 minutes,
 * $9 group size, $10 location, $11 goal ids, $12 status, $13 note, $14 idempotency key, $15 audit rows.
 */
const RECORD_SQL = prepared(`WITH x AS (
    INSERT INTO service_sessions (id, service_id, iep_id, student_id, school_id, district_id, session_date, minutes, group_size, location,
                                  goal_ids, status, note, provider_id, idempotency_key, updated_by_id)
    SELECT $6::uuid, p.id, i.id, s.id, s.school_id, s.district_id, $7::date, $8, $9, $10, $11::uuid[], $12, $13, $2::uuid, $14, $2::uuid
      FROM iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id
     WHERE p.id = $1 AND p.kind = 'SERVICE' AND p.removed_at IS NULL AND ${RECORD_POLICY}
    ON CONFLICT ON CONSTRAINT service_sessions_idempotency_key DO NOTHING
    RETURNING *),
  revision AS (
    INSERT INTO service_session_revisions (session_id, version, content, change, author_id)
    SELECT x.id, 1, ${REVISION_CONTENT}, 'RECORDED', $2::uuid FROM x),
  audit AS (${auditInsertSql('$15', { onlyIf: 'EXISTS (SELECT 1 FROM x)' })})
  SELECT ${SESSION_COLUMNS} FROM x JOIN users u ON u.id = x.provider_id`);

/**
 * A correction: `UPDATE … WHERE version = $n` under the same policy, the next revision and the audit row
 * in one statement. $1 session, $2–$5 caller, $6 version seen, $7–$13 the fields, $14 audit rows.
 */
const CORRECT_SQL = prepared(`WITH x AS (
    UPDATE service_sessions x SET session_date = $7::date, minutes = $8, group_size = $9, location = $10, goal_ids = $11::uuid[], status = $12,
           note = $13, version = x.version + 1, updated_by_id = $2::uuid, updated_at = now()
      FROM iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id
     WHERE x.id = $1 AND x.version = $6 AND p.id = x.service_id AND ${RECORD_POLICY}
    RETURNING x.*),
  revision AS (
    INSERT INTO service_session_revisions (session_id, version, content, change, author_id)
    SELECT x.id, x.version, ${REVISION_CONTENT}, 'CORRECTED', $2::uuid FROM x),
  audit AS (${auditInsertSql('$14', { onlyIf: 'EXISTS (SELECT 1 FROM x)' })})
  SELECT ${SESSION_COLUMNS} FROM x JOIN users u ON u.id = x.provider_id`);

/** A make-up session planned against a service's compensatory minutes. */
export interface PlanRow {
  id: string;
  serviceId: string;
  date: string;
  minutes: number;
  note: string;
  /** The district's date it was planned on: only make-up sessions from then on fulfil it. */
  plannedOn: string;
  plannedByName: string;
}

const PLANS_SQL = prepared(`SELECT c.id, c.service_id AS "serviceId", to_char(c.planned_on, 'YYYY-MM-DD') AS date, c.minutes, c.note,
       to_char((c.created_at AT TIME ZONE d.time_zone)::date, 'YYYY-MM-DD') AS "plannedOn", u.display_name AS "plannedByName"
  FROM compensatory_plans c JOIN districts d ON d.id = c.district_id JOIN users u ON u.id = c.planned_by_id
 WHERE c.service_id = ANY($1::uuid[]) AND c.cancelled_at IS NULL ORDER BY c.planned_on, c.id`);

/**
 * Planned make-up sessions, written under the same policy as a session (RECORD_SERVICE_SESSION) with their
 * audit row. $1 service, $2–$5 caller, $6 [{id, date, minutes}], $7 note, $8 audit rows.
 */
const PLAN_SQL = prepared(`WITH x AS (
    INSERT INTO compensatory_plans (id, service_id, iep_id, student_id, district_id, planned_on, minutes, note, planned_by_id)
    SELECT r.id, p.id, i.id, s.id, s.district_id, r.date, r.minutes, $7, $2::uuid
      FROM jsonb_to_recordset($6::jsonb) AS r(id uuid, date date, minutes integer)
     CROSS JOIN iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id
     WHERE p.id = $1 AND p.kind = 'SERVICE' AND p.removed_at IS NULL AND ${RECORD_POLICY}
    RETURNING id),
  audit AS (${auditInsertSql('$8', { onlyIf: 'EXISTS (SELECT 1 FROM x)' })})
  SELECT id FROM x`);

/** The SQL of service delivery; services orchestrate and never build SQL. */
@Injectable()
export class ServiceDeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async services(user: AuthUser, serviceIds: readonly string[]): Promise<ServiceRow[]> {
    return this.dataSource.query(SERVICES_SQL, [serviceIds, ...iepVisibilityParams(user)]);
  }

  async servicesOfIep(user: AuthUser, iepId: string): Promise<ServiceRow[]> {
    return this.dataSource.query(SERVICES_OF_IEP_SQL, [iepId, ...iepVisibilityParams(user)]);
  }

  async caseloadServices(user: AuthUser): Promise<ServiceRow[]> {
    const [, role, districtId, districtRoles] = iepVisibilityParams(user);
    return this.dataSource.query(CASELOAD_SERVICES_SQL, [user.id, user.id, role, districtId, districtRoles]);
  }

  /** Runs `work` in one transaction: a group session's sessions and points are written together or not at all. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The new session, or null when the policy refused or the key was already used. `manager` writes it
   * inside a caller's transaction.
   */
  async record(
    user: AuthUser, serviceId: string, id: string, fields: SessionFields, idempotencyKey: string, audit: string, manager?: EntityManager,
  ): Promise<SessionRow | null> {
    const rows: SessionRow[] = await (manager ?? this.dataSource.manager).query(RECORD_SQL, [
      serviceId, ...iepVisibilityParams(user), id, fields.date, fields.minutes, fields.groupSize, fields.location, fields.goalIds, fields.status,
      fields.note, idempotencyKey, audit,
    ]);
    return rows[0] ?? null;
  }

  /** The corrected session, or null: a stale version, or the policy refused. */
  async correct(user: AuthUser, sessionId: string, version: number, fields: SessionFields, audit: string): Promise<SessionRow | null> {
    const rows: SessionRow[] = await this.dataSource.query(CORRECT_SQL, [
      sessionId, ...iepVisibilityParams(user), version, fields.date, fields.minutes, fields.groupSize, fields.location, fields.goalIds,
      fields.status, fields.note, audit,
    ]);
    return rows[0] ?? null;
  }

  /** The caller's sessions recorded under any of the keys. */
  async sessionsByKeys(providerId: string, idempotencyKeys: readonly string[]): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM service_sessions x JOIN users u ON u.id = x.provider_id WHERE x.provider_id = $1 AND x.idempotency_key = ANY($2::text[])`,
      [providerId, idempotencyKeys],
    );
  }

  async sessionByKey(providerId: string, idempotencyKey: string): Promise<SessionRow | null> {
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM service_sessions x JOIN users u ON u.id = x.provider_id WHERE x.provider_id = $1 AND x.idempotency_key = $2`,
      [providerId, idempotencyKey],
    );
    return row ?? null;
  }

  async session(id: string): Promise<SessionRow | null> {
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM service_sessions x JOIN users u ON u.id = x.provider_id WHERE x.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Every open plan of the services, in date order. */
  async plansOf(serviceIds: readonly string[], manager?: EntityManager): Promise<PlanRow[]> {
    if (serviceIds.length === 0) return [];
    return (manager ?? this.dataSource.manager).query(PLANS_SQL, [serviceIds]);
  }

  /** The MAKE_UP sessions of the services: what fulfils their plans. */
  async makeUpsOf(serviceIds: readonly string[]): Promise<SessionRow[]> {
    if (serviceIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM service_sessions x JOIN users u ON u.id = x.provider_id
        WHERE x.service_id = ANY($1::uuid[]) AND x.status = 'MAKE_UP' ORDER BY x.session_date, x.id`,
      [serviceIds],
    );
  }

  /** Holds the service's plans still until the transaction ends: two plans at once cannot both fit in what is owed. */
  async lockService(serviceId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('compensatory:' || $1::text, 0))`, [serviceId]);
  }

  /** How many planned sessions were written: none when the policy refused. */
  async plan(user: AuthUser, serviceId: string, sessions: Array<{ id: string; date: string; minutes: number }>, note: string, audit: string, manager: EntityManager): Promise<number> {
    const rows: unknown[] = await manager.query(PLAN_SQL, [serviceId, ...iepVisibilityParams(user), JSON.stringify(sessions), note, audit]);
    return rows.length;
  }

  /** Every session of the services, most recent first. */
  async sessionsOf(serviceIds: readonly string[], manager?: EntityManager): Promise<SessionRow[]> {
    if (serviceIds.length === 0) return [];
    return (manager ?? this.dataSource.manager).query(
      `SELECT ${SESSION_COLUMNS} FROM service_sessions x JOIN users u ON u.id = x.provider_id
        WHERE x.service_id = ANY($1::uuid[]) ORDER BY x.session_date DESC, x.created_at DESC, x.id`,
      [serviceIds],
    );
  }

  /** The district's time zone and its schools' ids. */
  async district(districtId: string): Promise<{ timeZone: string; schoolIds: string[] } | null> {
    const [row]: Array<{ timeZone: string; schoolIds: string[] }> = await this.dataSource.query(
      `SELECT d.time_zone AS "timeZone", coalesce(array_agg(sc.id) FILTER (WHERE sc.id IS NOT NULL), '{}') AS "schoolIds"
         FROM districts d LEFT JOIN schools sc ON sc.district_id = d.id WHERE d.id = $1 GROUP BY d.id`,
      [districtId],
    );
    return row ?? null;
  }

  async dashboard(params: DashboardParams): Promise<DashboardRow> {
    const [{ dashboard }]: Array<{ dashboard: DashboardRow }> = await this.dataSource.query(DASHBOARD_SQL, [
      params.districtId, params.today, JSON.stringify(params.days), params.schoolId, params.providerId, params.category, params.threshold, params.limit,
    ]);
    return dashboard;
  }

  async exportPage(districtId: string, from: string, to: string, after: { date: string; id: string } | null, size: number): Promise<ExportRow[]> {
    return this.dataSource.query(EXPORT_SQL, [districtId, from, to, after?.date ?? null, after?.id ?? null, size]);
  }

  async revisions(sessionId: string): Promise<RevisionRow[]> {
    return this.dataSource.query(
      `SELECT r.version, r.change, u.display_name AS "authorName", r.created_at AS at, r.content->>'date' AS date,
              (r.content->>'minutes')::int AS minutes, (r.content->>'groupSize')::int AS "groupSize", r.content->>'location' AS location,
              r.content->>'status' AS status, r.content->>'note' AS note
         FROM service_session_revisions r JOIN users u ON u.id = r.author_id
        WHERE r.session_id = $1 ORDER BY r.version DESC`,
      [sessionId],
    );
  }
}

/** Session logs for Medicaid billing, one page in date order; $1 district, $2 from, $3 to, $4/$5 the last row of the previous page, $6 page size. */
export const EXPORT_SQL = prepared(`SELECT x.id, to_char(x.session_date, 'YYYY-MM-DD') AS date, x.minutes, x.group_size AS "groupSize", x.status,
       st.first_name || ' ' || st.last_name AS "studentName", x.student_id AS "studentId", u.display_name AS "providerName", x.provider_id AS "providerId",
       p.content->>'category' AS category, p.content->>'description' AS description, x.service_id AS "serviceId"
  FROM service_sessions x JOIN students st ON st.id = x.student_id JOIN users u ON u.id = x.provider_id JOIN iep_parts p ON p.id = x.service_id
 WHERE x.district_id = $1 AND x.session_date BETWEEN $2::date AND $3::date
   AND ($4::date IS NULL OR (x.session_date, x.id) > ($4::date, $5::uuid))
 ORDER BY x.session_date, x.id LIMIT $6`);
