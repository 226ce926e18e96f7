import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { iepPolicySql, iepVisibilityParams, standingSql } from '@iep/api/access';
import { auditInsertSql } from '@iep/api/audit';
import { prepared, type AuthUser } from '@iep/api/core';
import { IepAction, type IepStanding, type ServiceContent, type SessionStatus } from '@iep/domain';

/** A service (a SERVICE part) with what a session needs to be checked against, and the caller's standing on it. */
export interface ServiceRow {
  id: string;
  iepId: string;
  iepStatus: string;
  studentId: string;
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

const SERVICE_COLUMNS = `p.id, p.iep_id AS "iepId", i.status::text AS "iepStatus", i.student_id AS "studentId", s.school_id AS "schoolId",
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

const SESSION_COLUMNS = `x.id, x.service_id AS "serviceId", x.iep_id AS "iepId", x.student_id AS "studentId", to_char(x.session_date, 'YYYY-MM-DD') AS date,
       x.minutes, x.group_size AS "groupSize", x.location, x.goal_ids AS "goalIds", x.status, x.note, x.provider_id AS "providerId",
       u.display_name AS "providerName", x.version, x.idempotency_key AS "idempotencyKey", x.created_at AS "recordedAt", x.updated_at AS "updatedAt"`;

const REVISION_CONTENT = `jsonb_build_object('date', to_char(x.session_date, 'YYYY-MM-DD'), 'minutes', x.minutes, 'groupSize', x.group_size,
       'location', x.location, 'goalIds', to_jsonb(x.goal_ids), 'status', x.status, 'note', x.note)`;
const RECORD_POLICY = iepPolicySql(IepAction.RecordServiceSession, { withPart: true });

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

  /** The new session, or null when the policy refused or the key was already used. */
  async record(user: AuthUser, serviceId: string, id: string, fields: SessionFields, idempotencyKey: string, audit: string): Promise<SessionRow | null> {
    const rows: SessionRow[] = await this.dataSource.query(RECORD_SQL, [
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

  /** Every session of the services, most recent first. */
  async sessionsOf(serviceIds: readonly string[]): Promise<SessionRow[]> {
    if (serviceIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM service_sessions x JOIN users u ON u.id = x.provider_id
        WHERE x.service_id = ANY($1::uuid[]) ORDER BY x.session_date DESC, x.created_at DESC, x.id`,
      [serviceIds],
    );
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
