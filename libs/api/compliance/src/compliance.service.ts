import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, forbidden, isUuid, notFound, SHARED_MESSAGES, type AuthUser, type RequestMeta } from '@iep/api/core';
import { addDays, DEADLINE_KINDS, schoolYearStart, type DeadlineExplanation, type DeadlineKind, type IsoDate } from '@iep/domain';
import { exportBatchSql, OVERDUE_PAGE_SQL, summarySql, UPCOMING_WEEKS, type STATUS_CONDITION } from './compliance-sql';
import type {
  ComplianceCountsModel,
  ComplianceFamilyWithoutSafeguardsModel,
  ComplianceDeadlinePageModel,
  ComplianceFilterOptionsModel,
  ComplianceGroupCountsModel,
  ComplianceKindCountsModel,
  ComplianceWeekModel,
} from './models/compliance-dashboard.model';

export interface ComplianceFilter {
  schoolId?: string | null;
  caseManagerId?: string | null;
  kind?: DeadlineKind | null;
}

/** A filter checked against the caller's district: every id in it belongs there. */
export interface ComplianceScope {
  districtId: string;
  schoolId: string | null;
  caseManagerId: string | null;
  kind: DeadlineKind | null;
}

export interface ComplianceSummary {
  today: IsoDate;
  totals: ComplianceCountsModel;
  byKind: ComplianceKindCountsModel[];
  bySchool: ComplianceGroupCountsModel[];
  schoolCount: number;
  byCaseManager: ComplianceGroupCountsModel[];
  upcomingWeeks: ComplianceWeekModel[];
}

export type ComplianceStatus = keyof typeof STATUS_CONDITION;

/** A listed deadline as read, before its rule is worded. */
export interface ListedDeadline {
  id: string;
  kind: DeadlineKind;
  studentId: string;
  firstName: string;
  lastName: string;
  iepId: string | null;
  schoolId: string;
  schoolName: string;
  caseManagerId: string | null;
  caseManagerName: string | null;
  dueDate: IsoDate;
  metOn: IsoDate | null;
  closedOn: IsoDate | null;
  daysPastDue: number;
  explanation: DeadlineExplanation;
}

type Counts = Omit<ComplianceCountsModel, never>;
type GroupRow = { id: string | null; name: string | null; overdue: number; due_this_week: number; upcoming: number; met_on_time: number; met_late: number };
type SummaryRow = {
  today: IsoDate;
  byKind: Array<Counts & { kind: DeadlineKind }>;
  weeks: Array<{ week: number; kind: DeadlineKind; n: number }>;
  schools: GroupRow[];
  schoolCount: number;
  caseManagers: GroupRow[];
};

export const OVERDUE_PAGE_MAX = 100;
const EXPORT_BATCH = 2000;
/** Distinct filters whose summaries are kept (a few kilobytes each). */
const SUMMARIES_KEPT = 500;
const ZERO: Counts = { upcoming: 0, dueThisWeek: 0, overdue: 0, metOnTime: 0, metLate: 0 };
/** A deadline kind filter that names no kind (the dashboard's and the CSV export's). */
export const NO_SUCH_DEADLINE_KIND = { en: 'There is no such deadline kind.', es: 'No existe ese tipo de plazo.' } as const;

/**
 * The district compliance dashboard: read-only, always inside the caller's own district. A filter id
 * from anywhere else is refused before anything is read, the refusal audited, and the caller told only
 * that it was not found.
 */
@Injectable()
export class ComplianceService {
  /** Computed summaries by filter, date and tally version; see summary(). */
  private readonly summaries = new Map<string, Promise<ComplianceSummary>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Checks the filter against the caller's district (one statement, only when it names ids). */
  async scope(user: AuthUser, filter: ComplianceFilter, meta: RequestMeta, operation: string): Promise<ComplianceScope> {
    if (!user.districtId) {
      throw forbidden({
        en: 'Your account does not belong to a district, so there is no dashboard to show.',
        es: 'Su cuenta no pertenece a un distrito, así que no hay ningún panel que mostrar.',
      });
    }
    const scope: ComplianceScope = {
      districtId: user.districtId,
      schoolId: filter.schoolId ?? null,
      caseManagerId: filter.caseManagerId ?? null,
      kind: filter.kind ?? null,
    };
    if (scope.kind !== null && !DEADLINE_KINDS.includes(scope.kind)) throw badInput(NO_SUCH_DEADLINE_KIND, { field: 'kind' });
    if (scope.schoolId === null && scope.caseManagerId === null) return scope;
    const ids = [scope.schoolId, scope.caseManagerId];
    let found = { school: false, caseManager: false };
    if (ids.every((id) => id === null || isUuid(id))) {
      [found] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM schools WHERE id = $2 AND district_id = $1) AS school,
                EXISTS (SELECT 1 FROM users WHERE id = $3 AND district_id = $1) AS "caseManager"`,
        [scope.districtId, scope.schoolId, scope.caseManagerId],
      );
    }
    const missing = scope.schoolId !== null && !found.school ? 'That school' : scope.caseManagerId !== null && !found.caseManager ? 'That case manager' : null;
    if (missing) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_IN_DISTRICT');
      throw notFound(missing);
    }
    return scope;
  }

  /** One audit entry for a view of the dashboard, whatever it shows. */
  viewed(user: AuthUser, scope: ComplianceScope, meta: RequestMeta): Promise<void> {
    return this.audit.record({
      event: AuditEvent.ComplianceDashboardViewed,
      actorId: user.id,
      actorRole: user.role,
      ip: meta.ip,
      userAgent: meta.userAgent,
      data: { districtId: scope.districtId, schoolId: scope.schoolId, caseManagerId: scope.caseManagerId, kind: scope.kind },
    });
  }

  /**
   * Every count of the dashboard. Computed in one statement (from the tallies unless one school or person
   * is asked for) and kept while the district's tally version and the date stay the same: any write to
   * the district's deadlines moves the version, so a kept answer is never out of date. Requests that
   * arrive while it is being computed share the same computation.
   */
  /** IEPs the daily expiry job moved to EXPIRED and no successor has replaced. */
  async expiredIepCount(scope: ComplianceScope): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ieps i JOIN students s ON s.id = i.student_id
        WHERE s.district_id = $1 AND i.status = 'EXPIRED'
          AND ($2::uuid IS NULL OR s.school_id = $2) AND ($3::uuid IS NULL OR i.case_manager_id = $3)`,
      [scope.districtId, scope.schoolId, scope.caseManagerId],
    );
    return count;
  }

  /**
   * Students with an IEP under way or in force whose family got no procedural safeguards notice since the school year began
   * (34 CFR 300.504(a): once a school year). Longest without first; at most 100.
   */
  async familiesWithoutSafeguards(scope: ComplianceScope, today: string): Promise<ComplianceFamilyWithoutSafeguardsModel[]> {
    return this.dataSource.query(
      `SELECT s.id AS "studentId", s.first_name || ' ' || s.last_name AS "studentName", sc.name AS "schoolName",
              to_char(last.delivered_on, 'YYYY-MM-DD') AS "lastReceivedOn"
         FROM students s JOIN schools sc ON sc.id = s.school_id
         LEFT JOIN LATERAL (SELECT max(p.delivered_on) AS delivered_on FROM procedural_safeguards_deliveries p WHERE p.student_id = s.id) last ON true
        WHERE s.district_id = $1 AND ($2::uuid IS NULL OR s.school_id = $2)
          AND EXISTS (SELECT 1 FROM ieps i WHERE i.student_id = s.id AND i.status IN ('DRAFT', 'PROPOSED', 'ACTIVE')
                        AND ($3::uuid IS NULL OR i.case_manager_id = $3))
          AND (last.delivered_on IS NULL OR last.delivered_on < $4::date)
        ORDER BY last.delivered_on NULLS FIRST, s.last_name, s.first_name, s.id
        LIMIT 100`,
      [scope.districtId, scope.schoolId, scope.caseManagerId, schoolYearStart(today)],
    );
  }

  async summary(scope: ComplianceScope): Promise<ComplianceSummary> {
    const [{ version, today }]: Array<{ version: string; today: IsoDate }> = await this.dataSource.query(
      `SELECT coalesce((SELECT version FROM compliance_versions WHERE district_id = $1), 0)::text AS version,
              to_char(current_date, 'YYYY-MM-DD') AS today`,
      [scope.districtId],
    );
    const key = JSON.stringify([scope.districtId, scope.schoolId, scope.caseManagerId, scope.kind, today, version]);
    const kept = this.summaries.get(key);
    if (kept) {
      // Most recently used last, so the oldest entry is the first to go.
      this.summaries.delete(key);
      this.summaries.set(key, kept);
      return kept;
    }
    const computed = this.computeSummary(scope);
    this.summaries.set(key, computed);
    if (this.summaries.size > SUMMARIES_KEPT) this.summaries.delete(this.summaries.keys().next().value!);
    computed.catch(() => this.summaries.delete(key));
    return computed;
  }

  private async computeSummary(scope: ComplianceScope): Promise<ComplianceSummary> {
    const filtered = scope.schoolId !== null || scope.caseManagerId !== null;
    const [row]: SummaryRow[] = await this.dataSource.query(summarySql(filtered), [
      scope.districtId, scope.schoolId, scope.caseManagerId, scope.kind,
    ]);
    const byKindRows = new Map(row.byKind.map(({ kind, ...counts }) => [kind, counts]));
    const kinds = scope.kind ? [scope.kind] : DEADLINE_KINDS;
    const byKind = kinds.map((kind) => ({ kind, counts: byKindRows.get(kind) ?? { ...ZERO } }));
    const totals = byKind.reduce<Counts>(
      (sum, { counts }) => ({
        upcoming: sum.upcoming + counts.upcoming,
        dueThisWeek: sum.dueThisWeek + counts.dueThisWeek,
        overdue: sum.overdue + counts.overdue,
        metOnTime: sum.metOnTime + counts.metOnTime,
        metLate: sum.metLate + counts.metLate,
      }),
      { ...ZERO },
    );
    const upcomingWeeks = Array.from({ length: UPCOMING_WEEKS }, (_, week) => {
      const entries = row.weeks.filter((w) => w.week === week).sort((a, b) => DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind));
      return {
        startDate: addDays(row.today, week * 7),
        endDate: addDays(row.today, week * 7 + 6),
        total: entries.reduce((sum, w) => sum + w.n, 0),
        byKind: entries.map((w) => ({ kind: w.kind, count: w.n })),
      };
    });
    return {
      today: row.today,
      totals,
      byKind,
      bySchool: row.schools.map(toGroup),
      schoolCount: row.schoolCount,
      byCaseManager: row.caseManagers.map(toGroup),
      upcomingWeeks,
    };
  }

  /** A page of overdue deadlines, longest overdue first, after the keyset cursor `after`. */
  async overdue(scope: ComplianceScope, first: number, after: string | null): Promise<Omit<ComplianceDeadlinePageModel, 'nodes'> & { nodes: ListedDeadline[] }> {
    if (!Number.isInteger(first) || first < 1 || first > OVERDUE_PAGE_MAX)
      throw badInput(
        { en: `Ask for 1 to ${OVERDUE_PAGE_MAX} deadlines at a time.`, es: `Pida de 1 a ${OVERDUE_PAGE_MAX} plazos a la vez.` },
        { field: 'first' },
      );
    const [afterDate, afterId] = after === null ? [null, null] : decodeCursor(after);
    const rows: ListedDeadline[] = await this.dataSource.query(OVERDUE_PAGE_SQL, [
      scope.districtId, scope.schoolId, scope.caseManagerId, scope.kind, afterDate, afterId, first + 1,
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.dueDate, last.id) : null };
  }

  /** The district's schools, and the people responsible for its deadlines (at the chosen school, if any). */
  async filterOptions(scope: ComplianceScope): Promise<ComplianceFilterOptionsModel> {
    const [schools, caseManagers] = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM schools WHERE district_id = $1 ORDER BY name, id`, [scope.districtId]),
      this.dataSource.query(
        `SELECT u.id, u.display_name AS name FROM users u
          WHERE u.district_id = $1
            AND EXISTS (SELECT 1 FROM deadlines d WHERE d.responsible_user_id = u.id AND ($2::uuid IS NULL OR d.school_id = $2::uuid))
          ORDER BY u.display_name, u.id`,
        [scope.districtId, scope.schoolId],
      ),
    ]);
    return { schools, caseManagers };
  }

  async today(): Promise<Array<{ today: IsoDate }>> {
    return this.dataSource.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  }

  /** Audits an export; written before the first row goes out, so an interrupted download is on record too. */
  exported(user: AuthUser, scope: ComplianceScope, status: ComplianceStatus | null, meta: RequestMeta): Promise<void> {
    return this.audit.record({
      event: AuditEvent.ComplianceExported,
      actorId: user.id,
      actorRole: user.role,
      ip: meta.ip,
      userAgent: meta.userAgent,
      data: {
        districtId: scope.districtId, schoolId: scope.schoolId, caseManagerId: scope.caseManagerId, kind: scope.kind, status, format: 'CSV',
      },
    });
  }

  /** Every deadline in scope (of one status, if given), by due date, in batches read one after another. */
  async *exportRows(scope: ComplianceScope, status: ComplianceStatus | null): AsyncGenerator<ListedDeadline[]> {
    const sql = exportBatchSql(status);
    let after: [string, string] | [null, null] = [null, null];
    for (;;) {
      const rows: ListedDeadline[] = await this.dataSource.query(sql, [
        scope.districtId, scope.schoolId, scope.caseManagerId, scope.kind, after[0], after[1], EXPORT_BATCH,
      ]);
      if (rows.length) yield rows;
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1];
      after = [last.dueDate, last.id];
    }
  }
}

function toGroup(row: GroupRow): ComplianceGroupCountsModel {
  return {
    id: row.id,
    name: row.name,
    counts: { upcoming: row.upcoming, dueThisWeek: row.due_this_week, overdue: row.overdue, metOnTime: row.met_on_time, metLate: row.met_late },
  };
}

/** Keyset cursors are opaque to clients: the last row's due date and id. */
function encodeCursor(dueDate: string, id: string): string {
  return Buffer.from(JSON.stringify([dueDate, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    keys = null;
  }
  if (!Array.isArray(keys) || keys.length !== 2 || !/^\d{4}-\d{2}-\d{2}$/.test(String(keys[0])) || !isUuid(String(keys[1]))) {
    throw badInput(
      SHARED_MESSAGES.staleListPosition,
      { field: 'after' },
    );
  }
  return [String(keys[0]), String(keys[1])];
}

