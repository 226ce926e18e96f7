import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import {
  computeDeadline, DeadlineClosedReason, DEFAULT_REMINDER_OFFSETS, DeadlineKind, ESCALATION_EVERY_DAYS, IepStatus, UserRole, type DeadlineExplanation, type IsoDate,
} from '@iep/domain';
import { asBadInput, DistrictRules } from './district-rules';
import { DeadlinesService, type DeadlineActor } from './deadlines.service';

export interface ProgressReportDeadlineScope {
  districtId: string;
  /** Only these periods (a period added or moved); all of the district's when absent. */
  periodIds?: readonly string[];
  /** Only these IEPs (one that has just come into force); every ACTIVE IEP of the district when absent. */
  iepIds?: readonly string[];
}

export interface ProgressReportDeadlineResult {
  /** Deadlines created or moved (due date, start, responsible person or school changed). */
  written: number;
}

/**
 * Each reporting period of each ACTIVE IEP is a PROGRESS_REPORT deadline, due on the period's last day.
 *
 * A district has some 200,000 IEPs in force, so one period's deadlines are written by two set-based
 * statements rather than one `recordEvent` per IEP: the domain computes the period's due date and
 * explanation once (`computeDeadline`, the same for every IEP of the period), and SQL applies it to
 * every IEP whose year the period overlaps, upserting on (IEP, period). Open deadlines follow a period
 * that moves; met ones keep the verdict they earned. The reminder statement writes, for the deadlines
 * this transaction touched, the rows `planReminders` plans for one deadline (the integration spec checks
 * that the two agree): the 30/14/7/1/0-day reminders to the case manager from today on, and the next
 * escalation to the district's representatives (its administrators when it has none).
 *
 * No report is owed any more, so none is opened, for a student whose parent revoked consent for services once
 * the district set the end of services (34 CFR 300.300(b)(4)); a closed deadline keeps its closure.
 */
@Injectable()
export class ProgressReportDeadlinesService {
  constructor(
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /**
   * An IEP that leaves force (SUPERSEDED, EXPIRED) owes no more reports: its open PROGRESS_REPORT deadlines close
   * on `today`, in the caller's transaction, each closure audited. A newer IEP in force has its own.
   */
  closeOfIep(manager: EntityManager, iepId: string, status: IepStatus, options: { actor?: DeadlineActor | null; today: IsoDate }): Promise<unknown[]> {
    const reason = status === IepStatus.Superseded ? DeadlineClosedReason.IepSuperseded : status === IepStatus.Expired ? DeadlineClosedReason.IepExpired : null;
    if (!reason) return Promise.resolve([]);
    return this.deadlines.close(manager, { iepIds: [iepId], kinds: [DeadlineKind.ProgressReport], closedOn: options.today, reason }, { actor: options.actor ?? null });
  }

  /** A reporting period the district removes: its open deadlines close on `today`, each closure audited. Returns how many. */
  async closeOfPeriod(manager: EntityManager, periodId: string, options: { actor?: DeadlineActor | null; today: IsoDate }): Promise<number> {
    const closed = await this.deadlines.close(
      manager,
      { reportingPeriodId: periodId, kinds: [DeadlineKind.ProgressReport], closedOn: options.today, reason: DeadlineClosedReason.PeriodDeleted },
      { actor: options.actor ?? null },
    );
    return closed.length;
  }

  async generate(manager: EntityManager, scope: ProgressReportDeadlineScope, options: { actor?: DeadlineActor | null; today?: IsoDate } = {}): Promise<ProgressReportDeadlineResult> {
    const periods: Array<{ id: string; firstDay: IsoDate; lastDay: IsoDate }> = await manager.query(
      `SELECT id, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", to_char(last_day, 'YYYY-MM-DD') AS "lastDay"
         FROM reporting_periods WHERE district_id = $1 AND deleted_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [scope.districtId, scope.periodIds ?? null],
    );
    if (periods.length === 0) return { written: 0 };
    const rules = await DistrictRules.load(manager, scope.districtId);
    const explained: Array<{ period_id: string; explanation: DeadlineExplanation }> = periods.map((period) => {
      try {
        const result = computeDeadline(DeadlineKind.ProgressReport, { date: period.firstDay, reportingPeriodEnds: [period.lastDay] }, null, rules.profile);
        return { period_id: period.id, explanation: result.explanation };
      } catch (error) {
        throw asBadInput(error);
      }
    });
    const today = options.today ?? (await todayOf(manager));
    // A whole district's period is one deliberate bulk write (200,000 IEPs in well under a minute on a
    // quiet server), not a request's query: it is not held to a request's statement limit, only to a
    // bound that a busy server still meets, for the rest of its transaction only.
    if (!scope.iepIds) await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [`${BULK_STATEMENT_TIMEOUT_MS}`]);
    const written: Array<{ n: number }> = await manager.query(UPSERT_SQL, [scope.districtId, JSON.stringify(explained), scope.iepIds ?? null]);
    await manager.query(REMINDERS_SQL, [
      scope.districtId, today, [...DEFAULT_REMINDER_OFFSETS], ESCALATION_EVERY_DAYS, UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
      scope.iepIds ?? null, periods.map((period) => period.id),
    ]);
    const count = written[0]?.n ?? 0;
    await this.audit.record(
      {
        event: AuditEvent.ProgressReportDeadlinesGenerated,
        actorId: options.actor?.userId ?? null, actorRole: options.actor?.role ?? null, ip: options.actor?.ip ?? null, userAgent: options.actor?.userAgent ?? null,
        iepId: scope.iepIds?.length === 1 ? scope.iepIds[0] : null,
        data: { districtId: scope.districtId, periodIds: periods.map((period) => period.id), written: count },
      },
      manager,
    );
    return { written: count };
  }
}

const BULK_STATEMENT_TIMEOUT_MS = 300_000;

async function todayOf(manager: EntityManager): Promise<IsoDate> {
  const [{ today }]: Array<{ today: IsoDate }> = await manager.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  return today;
}

// $1 district, $2 [{period_id, explanation}], $3 IEP ids or null. An IEP's year runs from its start (its
// meeting before it has one) to its annual review; a period that overlaps it is one of its periods.
const UPSERT_SQL = `
  WITH targets AS (
    SELECT s.district_id, s.school_id, s.id AS student_id, i.id AS iep_id, i.case_manager_id, p.id AS period_id,
           p.first_day, p.last_day, e.explanation
      FROM jsonb_to_recordset($2::jsonb) AS e(period_id uuid, explanation jsonb)
      JOIN reporting_periods p ON p.id = e.period_id AND p.district_id = $1
      JOIN students s ON s.district_id = $1
      JOIN ieps i ON i.student_id = s.id AND i.status = '${IepStatus.Active}'
     WHERE ($3::uuid[] IS NULL OR i.id = ANY($3::uuid[]))
       AND p.last_day >= coalesce(i.start_date, i.meeting_date, p.last_day)
       AND (i.annual_review_due IS NULL OR p.first_day <= i.annual_review_due)
       AND NOT EXISTS (SELECT 1 FROM consent_revocations r WHERE r.student_id = s.id AND r.services_end_on IS NOT NULL)),
  upserted AS (
    INSERT INTO deadlines AS d (district_id, school_id, student_id, iep_id, kind, event_kind, event_date, due_date, explanation,
                                responsible_user_id, reporting_period_id)
    SELECT district_id, school_id, student_id, iep_id, '${DeadlineKind.ProgressReport}', 'REPORTING_PERIOD', first_day, last_day, explanation,
           case_manager_id, period_id
      FROM targets
    ON CONFLICT (iep_id, reporting_period_id) WHERE reporting_period_id IS NOT NULL DO UPDATE
       SET event_date = EXCLUDED.event_date, due_date = EXCLUDED.due_date, explanation = EXCLUDED.explanation,
           responsible_user_id = EXCLUDED.responsible_user_id, school_id = EXCLUDED.school_id, updated_at = now()
     WHERE d.met_on IS NULL AND d.closed_on IS NULL
       AND (d.event_date, d.due_date, d.explanation, d.responsible_user_id, d.school_id)
           IS DISTINCT FROM (EXCLUDED.event_date, EXCLUDED.due_date, EXCLUDED.explanation, EXCLUDED.responsible_user_id, EXCLUDED.school_id)
    RETURNING 1)
  SELECT count(*)::int AS n FROM upserted`;

// $1 district, $2 today, $3 reminder offsets, $4 days between escalations, $5 representative role, $6 administrator role,
// $7 IEP ids or null, $8 period ids. The deadlines touched are those of the scope this transaction wrote
// (updated_at = now(), the transaction's start).
const REMINDERS_SQL = `
  WITH touched AS (
    SELECT d.id, d.due_date, d.responsible_user_id FROM deadlines d
     WHERE d.district_id = $1 AND d.kind = '${DeadlineKind.ProgressReport}' AND d.met_on IS NULL AND d.updated_at = now()
       AND d.reporting_period_id = ANY($8::uuid[]) AND ($7::uuid[] IS NULL OR d.iep_id = ANY($7::uuid[]))),
  staff AS (
    SELECT u.id, u.role::text AS role, bool_or(u.role::text = $5) OVER () AS has_rep
      FROM users u WHERE u.district_id = $1 AND u.active AND u.role::text IN ($5, $6)),
  escalate AS (SELECT id FROM staff WHERE role = $5 OR NOT has_rep),
  planned AS (
    SELECT t.id AS deadline_id, r.recipient, o.offset_days, t.due_date - o.offset_days AS due_on, 'REMINDER' AS kind
      FROM touched t
      CROSS JOIN unnest($3::int[]) AS o(offset_days)
      CROSS JOIN LATERAL (SELECT t.responsible_user_id AS recipient WHERE t.responsible_user_id IS NOT NULL
                          UNION ALL SELECT e.id FROM escalate e WHERE t.responsible_user_id IS NULL) r
     WHERE t.due_date - o.offset_days >= $2::date
        OR EXISTS (SELECT 1 FROM reminders x WHERE x.deadline_id = t.id AND x.recipient_user_id = r.recipient
                      AND x.offset_days = o.offset_days AND x.state IN ('PENDING', 'CLAIMED'))
    UNION ALL
    SELECT t.id, e.id, t.due_date - n.on_day, n.on_day, 'ESCALATION'
      FROM touched t
      CROSS JOIN LATERAL (SELECT CASE WHEN $2::date <= t.due_date + 1 THEN t.due_date + 1
                                      ELSE t.due_date + 1 + (ceil(($2::date - (t.due_date + 1))::numeric / $4) * $4)::int END AS on_day) n
      CROSS JOIN escalate e),
  written AS (
    INSERT INTO reminders AS r (deadline_id, recipient_user_id, offset_days, due_on, kind)
    SELECT deadline_id, recipient, offset_days, due_on, kind FROM planned
    ON CONFLICT ON CONSTRAINT reminders_offset_key DO UPDATE
       SET due_on = EXCLUDED.due_on, state = CASE WHEN r.state = 'CANCELLED' THEN 'PENDING' ELSE r.state END, updated_at = now()
     WHERE r.state <> 'SENT' AND (r.state = 'CANCELLED' OR r.due_on <> EXCLUDED.due_on)
    RETURNING 1)
  UPDATE reminders r SET state = 'CANCELLED', updated_at = now()
    FROM touched t
   WHERE r.deadline_id = t.id AND r.state IN ('PENDING', 'CLAIMED')
     AND NOT EXISTS (SELECT 1 FROM planned p WHERE p.deadline_id = r.deadline_id AND p.recipient = r.recipient_user_id AND p.offset_days = r.offset_days)`;
