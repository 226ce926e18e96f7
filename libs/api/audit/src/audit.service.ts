import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '@iep/api/core';
import { AuditEvent, auditDataSchemas, type AuditEntry } from './audit-event';

/**
 * Writes the append-only audit log. Callers that change data pass their transaction's manager, so
 * the change and its record commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record<E extends AuditEvent>(entry: AuditEntry<E>, manager?: EntityManager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Every refusal goes into the access record, whoever asked (an anonymous caller has no actor). */
  async recordDenial(
    user: Pick<AuthUser, 'id' | 'role'> | undefined,
    meta: Pick<RequestMeta, 'ip' | 'userAgent'>,
    operation: string,
    reason: string,
  ): Promise<void> {
    await this.record({
      event: AuditEvent.AccessDenied, outcome: 'DENIED', actorId: user?.id ?? null, actorRole: user?.role ?? null,
      ip: meta.ip, userAgent: meta.userAgent, data: { operation, reason },
    });
  }

  /** One INSERT for any number of entries, so that auditing a list costs one statement. */
  async recordMany(entries: AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(auditInsertSql('$1'), [this.rowsJson(entries)]);
  }

  /**
   * The entries, validated, as the JSON parameter of `auditInsertSql`: for a change that writes its audit
   * row in the same statement as the change itself (one round trip, same atomicity as a transaction).
   */
  rowsJson(entries: AuditEntry[]): string {
    return JSON.stringify(entries.map((entry) => ({
      event: entry.event,
      outcome: entry.outcome ?? 'ALLOWED',
      actor_id: entry.actorId,
      actor_role: entry.actorRole,
      student_id: entry.studentId ?? null,
      student_ids: entry.studentIds ?? null,
      iep_id: entry.iepId ?? null,
      ip: entry.ip,
      user_agent: entry.userAgent,
      data: auditDataSchemas[entry.event].parse(entry.data),
    })));
  }
}

/**
 * INSERT of the audit rows in `param` (from `AuditService.rowsJson`); usable as a CTE. `onlyIf` (e.g.
 * `EXISTS (SELECT 1 FROM upd)`) writes them only when the change it records happened; `from` joins a row
 * source (e.g. the CTE that read the record) whose columns `studentId` / `iepId` fill in ids the caller
 * learns only from that read (`studentIds`: the students a list read returned).
 */
export function auditInsertSql(
  param: string,
  options: { onlyIf?: string; from?: string; studentId?: string; studentIds?: string; iepId?: string } = {},
): string {
  return `INSERT INTO audit_events (event, outcome, actor_id, actor_role, student_id, student_ids, iep_id, ip, user_agent, data)
       SELECT r.event, r.outcome, r.actor_id, r.actor_role::user_role, ${options.studentId ?? 'r.student_id'}, ${options.studentIds ?? 'r.student_ids'},
              ${options.iepId ?? 'r.iep_id'}, r.ip, r.user_agent, r.data
         FROM jsonb_to_recordset(${param}::jsonb) AS r(event text, outcome text, actor_id uuid, actor_role text,
              student_id uuid, student_ids uuid[], iep_id uuid, ip text, user_agent text, data jsonb)${options.from ? ` CROSS JOIN ${options.from}` : ''}
        WHERE ${options.onlyIf ?? 'true'}`;
}
