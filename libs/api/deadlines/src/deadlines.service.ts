import { Injectable } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { AuditEvent, AuditService, type AuditEntry } from '@iep/api/audit';
import { badInput, conflict, isUuid, notFound } from '@iep/api/core';
import {
  compareDates,
  computeDeadline,
  DeadlineKind,
  type DeadlineClosedReason,
  isIsoDate,
  UserRole,
  type DeadlineExplanation,
  type DeadlineResult,
  type IsoDate,
} from '@iep/domain';
import { DEADLINE_EVENT_KINDS, DeadlineEventKind, EVENT_RULES, MANY_OPEN_KINDS } from './deadline-events';
import { asBadInput, DistrictRules } from './district-rules';
import { planReminders, type ExistingReminder, type PlannedReminder, type ReminderState } from '@iep/domain';

export interface DeadlineRecord {
  id: string;
  districtId: string;
  schoolId: string;
  studentId: string;
  iepId: string | null;
  kind: DeadlineKind;
  eventKind: DeadlineEventKind;
  eventDate: IsoDate;
  dueDate: IsoDate;
  explanation: DeadlineExplanation;
  responsibleUserId: string | null;
  metOn: IsoDate | null;
  /** The day the deadline stopped applying, and why; null while it applies. */
  closedOn: IsoDate | null;
  closedReason: DeadlineClosedReason | null;
  /** The due date the parent and the district agreed in writing (an SLD evaluation, 300.309(c)); it replaces the computed one. */
  agreedDueDate: IsoDate | null;
}

/** An open evaluation timeline extended by written agreement (34 CFR 300.309(c)). */
export interface AgreeDueDateInput {
  studentId: string;
  agreedDueDate: IsoDate;
}

/**
 * Which open deadlines to close, of these kinds: one student's own and their IEPs'; or those of some IEPs (an IEP
 * that left force); or those of one reporting period (removed by the district). At least one scope is named.
 */
export interface CloseDeadlinesInput {
  studentId?: string;
  iepIds?: readonly string[];
  reportingPeriodId?: string;
  kinds: readonly DeadlineKind[];
  closedOn: IsoDate;
  reason: DeadlineClosedReason;
}

export interface RecordEventInput {
  studentId: string;
  iepId?: string | null;
  eventKind: DeadlineEventKind;
  date: IsoDate;
}

/** Who caused a change, for the audit log; null when the system did (the seed, a scheduled recompute). */
export interface DeadlineActor {
  userId: string;
  role: string;
  ip: string | null;
  userAgent: string | null;
}

export interface DeadlineChangeOptions {
  actor?: DeadlineActor | null;
  /** The district's "today"; PostgreSQL's current_date unless a test or a backfill fixes it. */
  today?: IsoDate;
}

export interface DistrictRecomputeResult {
  examined: number;
  /** Deadlines whose due date, reasons or school changed. */
  changed: string[];
  /** Those of them whose due date moved: their reminders were re-dated. */
  moved: string[];
}

// to_char: node-postgres turns a DATE into a local-time Date, which can shift the day.
export const DEADLINE_COLUMNS = `d.id, d.district_id AS "districtId", d.school_id AS "schoolId", d.student_id AS "studentId",
  d.iep_id AS "iepId", d.kind, d.event_kind AS "eventKind", to_char(d.event_date, 'YYYY-MM-DD') AS "eventDate",
  to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.explanation, d.responsible_user_id AS "responsibleUserId",
  to_char(d.met_on, 'YYYY-MM-DD') AS "metOn", to_char(d.closed_on, 'YYYY-MM-DD') AS "closedOn", d.closed_reason AS "closedReason",
  to_char(d.agreed_due_date, 'YYYY-MM-DD') AS "agreedDueDate"`;


/** Reminder rows are rewritten in slices, so a district-wide recompute never builds one huge statement. */
const REMINDER_SYNC_SLICE = 2000;

/**
 * Deadlines and their reminders as rows, always written inside the caller's transaction: the event
 * that causes a deadline and the deadline commit together, or neither does (DESIGN §4).
 */
@Injectable()
export class DeadlinesService {
  constructor(private readonly audit: AuditService) {}

  /**
   * Computes the deadline an event starts and (re)writes its pending reminders. Recording the same
   * event again with another date moves the open deadline rather than adding one.
   */
  async recordEvent(
    manager: EntityManager,
    input: RecordEventInput,
    options: DeadlineChangeOptions = {},
  ): Promise<DeadlineRecord> {
    const rule = DEADLINE_EVENT_KINDS.includes(input.eventKind) ? EVENT_RULES[input.eventKind] : undefined;
    if (!rule) {
      throw badInput(
        {
          en: `There is no deadline event "${String(input.eventKind)}".`,
          es: `No existe el evento de plazo «${String(input.eventKind)}».`,
        },
        { field: 'eventKind' },
      );
    }
    if (!isIsoDate(input.date)) {
      throw badInput(
        {
          en: 'The event date must be a real date written YYYY-MM-DD.',
          es: 'La fecha del evento debe ser una fecha real escrita AAAA-MM-DD.',
        },
        { field: 'date' },
      );
    }
    if (!isUuid(input.studentId)) throw notFound('That student');
    const iepId = input.iepId ?? null;
    if (rule.iep === 'REQUIRED' && iepId === null)
      throw badInput(
        {
          en: `A ${input.eventKind} event belongs to an IEP; name the IEP.`,
          es: `Un evento ${input.eventKind} pertenece a un IEP; indique cuál.`,
        },
        { field: 'iepId' },
      );
    if (rule.iep === 'NONE' && iepId !== null)
      throw badInput(
        {
          en: `A ${input.eventKind} event belongs to the student, not to one IEP.`,
          es: `Un evento ${input.eventKind} pertenece al estudiante, no a un IEP en particular.`,
        },
        { field: 'iepId' },
      );
    if (iepId !== null && !isUuid(iepId)) throw notFound('That IEP');

    // Locking the student serialises events of one student, so two at once cannot both find no open
    // deadline and insert two. NO KEY UPDATE does not block rows that merely reference the student.
    const [student]: Array<{ district_id: string; school_id: string }> = await manager.query(
      `SELECT district_id, school_id FROM students WHERE id = $1 FOR NO KEY UPDATE`,
      [input.studentId],
    );
    if (!student) throw notFound('That student');
    const responsibleUserId = await this.responsibleFor(manager, input.studentId, iepId);
    const rules = await DistrictRules.load(manager, student.district_id);
    const kind = rule.deadline;
    const today = options.today ?? (await this.today(manager));

    // Deadline rows are locked FOR NO KEY UPDATE throughout: a delivery that inserts the next escalation
    // takes a KEY SHARE lock on its deadline, and a plain FOR UPDATE here would deadlock with it.
    const [open]: DeadlineRecord[] = await manager.query(
      `SELECT ${DEADLINE_COLUMNS} FROM deadlines d
        WHERE d.student_id = $1 AND d.kind = $2 AND d.iep_id IS NOT DISTINCT FROM $3::uuid
          AND (CASE WHEN $4::boolean THEN d.event_date = $5::date ELSE d.met_on IS NULL AND d.closed_on IS NULL END)
        FOR NO KEY UPDATE`,
      [input.studentId, kind, iepId, MANY_OPEN_KINDS.has(kind), input.date],
    );
    let result: DeadlineResult;
    const nextMeetingDate = kind === DeadlineKind.RecordsRequest ? await this.nextMeetingDate(manager, input.studentId, input.date) : null;
    try {
      // An agreement on the open deadline's date outlives a corrected event date (it is refused if it no longer follows it).
      const event = { date: input.date, nextMeetingDate, agreedDueDate: open?.agreedDueDate ?? null };
      result = computeDeadline(kind, event, rules.calendarFor(student.school_id), rules.profile);
    } catch (error) {
      throw asBadInput(error);
    }
    const values = [
      input.eventKind, input.date, result.dueDate, JSON.stringify(result.explanation), responsibleUserId, student.school_id,
    ];
    let deadline: DeadlineRecord | undefined;
    if (open) {
      if (open.metOn !== null || open.closedOn !== null) return open;
      const unchanged =
        open.eventKind === input.eventKind && open.eventDate === input.date && open.dueDate === result.dueDate &&
        open.responsibleUserId === responsibleUserId && open.schoolId === student.school_id &&
        canonicalJson(open.explanation) === canonicalJson(result.explanation);
      // The same event reported again (a retried request, a replayed hook) changes and audits nothing;
      // its reminders are still brought up to date, which heals a recipient list that has changed.
      if (unchanged) {
        await this.syncReminders(manager, [open], today);
        return open;
      }
      try {
        [[deadline]] = await manager.query(
          `UPDATE deadlines d SET event_kind = $2, event_date = $3, due_date = $4, explanation = $5::jsonb,
                  responsible_user_id = $6, school_id = $7, updated_at = now()
            WHERE d.id = $1 RETURNING ${DEADLINE_COLUMNS}`,
          [open.id, ...values],
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw conflict({
            en: `A met ${kind} deadline already runs from ${input.date}; that event is on record.`,
            es: `Ya hay un plazo ${kind} cumplido que corre desde el ${input.date}; ese evento ya está registrado.`,
          });
        }
        throw error;
      }
    } else {
      [deadline] = await manager.query(
        `INSERT INTO deadlines AS d (district_id, student_id, iep_id, kind, event_kind, event_date, due_date, explanation,
                responsible_user_id, school_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)
         ON CONFLICT (student_id, kind, iep_id, event_date) WHERE reporting_period_id IS NULL DO NOTHING
         RETURNING ${DEADLINE_COLUMNS}`,
        [student.district_id, input.studentId, iepId, kind, ...values],
      );
      if (!deadline) {
        // The same event was recorded before and its deadline has been met since: nothing to redo.
        const [met]: DeadlineRecord[] = await manager.query(
          `SELECT ${DEADLINE_COLUMNS} FROM deadlines d
            WHERE d.student_id = $1 AND d.kind = $2 AND d.iep_id IS NOT DISTINCT FROM $3::uuid AND d.event_date = $4`,
          [input.studentId, kind, iepId, input.date],
        );
        return met;
      }
    }
    const written = deadline!;
    await this.syncReminders(manager, [written], today);
    // A meeting scheduled or moved while the family waits for its records brings their deadline forward (300.613(a)).
    if (input.eventKind === DeadlineEventKind.Meeting) await this.recapRecordsRequests(manager, input.studentId, options);
    await this.audit.record(
      {
        ...auditBase(options.actor),
        event: AuditEvent.DeadlineEventRecorded,
        studentId: written.studentId,
        iepId: written.iepId,
        data: {
          eventKind: input.eventKind,
          eventDate: input.date,
          deadlineId: written.id,
          kind,
          dueDate: written.dueDate,
          previousDueDate: open?.dueDate ?? null,
        },
      },
      manager,
    );
    return written;
  }

  /**
   * Recomputes every open deadline of a district after its calendar or state profile changed; only the
   * deadlines whose due date moves get new reminders. Met deadlines keep the verdict they earned.
   * Estimates made while no calendar covered their dates become exact once one does; a school year
   * removed under a deadline turns it back into a marked estimate rather than refusing the change.
   */
  async recomputeDistrict(
    manager: EntityManager,
    districtId: string,
    options: DeadlineChangeOptions = {},
  ): Promise<DistrictRecomputeResult> {
    if (!isUuid(districtId)) throw notFound('That district');
    // Serialises recomputes of one district, so two calendar edits cannot interleave their rewrites.
    const [district] = await manager.query(`SELECT id FROM districts WHERE id = $1 FOR NO KEY UPDATE`, [districtId]);
    if (!district) throw notFound('That district');
    const rules = await DistrictRules.load(manager, districtId);
    const rows: Array<DeadlineRecord & { studentSchoolId: string }> = await manager.query(
      `SELECT ${DEADLINE_COLUMNS}, s.school_id AS "studentSchoolId"
         FROM deadlines d JOIN students s ON s.id = d.student_id
        WHERE d.district_id = $1 AND d.met_on IS NULL AND d.closed_on IS NULL AND d.kind <> $2
        FOR NO KEY UPDATE OF d`,
      [districtId, DeadlineKind.ProgressReport],
    );
    const changed: Array<{ id: string; due_date: IsoDate; explanation: DeadlineExplanation; school_id: string }> = [];
    const moved: DeadlineRecord[] = [];
    const meetings = await this.nextMeetingDates(manager, rows.filter((row) => row.kind === DeadlineKind.RecordsRequest));
    for (const row of rows) {
      let result: DeadlineResult;
      try {
        const event = { date: row.eventDate, nextMeetingDate: meetings.get(row.id) ?? null, agreedDueDate: row.agreedDueDate };
        result = computeDeadline(row.kind, event, rules.calendarFor(row.studentSchoolId), rules.profile);
      } catch (error) {
        throw asBadInput(error);
      }
      const dueMoved = result.dueDate !== row.dueDate;
      if (!dueMoved && row.schoolId === row.studentSchoolId && canonicalJson(result.explanation) === canonicalJson(row.explanation))
        continue;
      changed.push({ id: row.id, due_date: result.dueDate, explanation: result.explanation, school_id: row.studentSchoolId });
      if (dueMoved) moved.push({ ...row, dueDate: result.dueDate });
    }
    if (changed.length) {
      await manager.query(
        `UPDATE deadlines d SET due_date = r.due_date, explanation = r.explanation, school_id = r.school_id, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, due_date date, explanation jsonb, school_id uuid)
          WHERE d.id = r.id`,
        [JSON.stringify(changed)],
      );
    }
    if (moved.length) await this.syncReminders(manager, moved, options.today ?? (await this.today(manager)));
    await this.audit.record(
      {
        ...auditBase(options.actor),
        event: AuditEvent.DistrictDeadlinesRecomputed,
        data: { districtId, examined: rows.length, changed: changed.length },
      },
      manager,
    );
    return { examined: rows.length, changed: changed.map((row) => row.id), moved: moved.map((row) => row.id) };
  }

  /**
   * The parent and the district agreed in writing to extend a specific learning disability evaluation's timeline
   * (34 CFR 300.309(c)): the open initial-evaluation deadline falls due on the agreed date from now on, through
   * every later recompute, and its reminders are re-dated.
   */
  async agreeDueDate(manager: EntityManager, input: AgreeDueDateInput, options: DeadlineChangeOptions = {}): Promise<DeadlineRecord> {
    if (!isUuid(input.studentId)) throw notFound('That student');
    const [student]: Array<{ district_id: string; school_id: string }> = await manager.query(
      `SELECT district_id, school_id FROM students WHERE id = $1 FOR NO KEY UPDATE`,
      [input.studentId],
    );
    if (!student) throw notFound('That student');
    const [open]: DeadlineRecord[] = await manager.query(
      `SELECT ${DEADLINE_COLUMNS} FROM deadlines d
        WHERE d.student_id = $1 AND d.kind = $2 AND d.iep_id IS NULL AND d.met_on IS NULL AND d.closed_on IS NULL
        FOR NO KEY UPDATE`,
      [input.studentId, DeadlineKind.InitialEvaluation],
    );
    if (!open) {
      throw conflict({
        en: 'The evaluation timeline is not running (it was met or no longer applies), so there is nothing to extend.',
        es: 'El plazo de la evaluación no está corriendo (se cumplió o ya no se aplica), así que no hay nada que extender.',
      });
    }
    const rules = await DistrictRules.load(manager, student.district_id);
    let result: DeadlineResult;
    try {
      result = computeDeadline(
        DeadlineKind.InitialEvaluation, { date: open.eventDate, agreedDueDate: input.agreedDueDate }, rules.calendarFor(open.schoolId), rules.profile,
      );
    } catch (error) {
      throw asBadInput(error);
    }
    const [[extended]]: [DeadlineRecord[], number] = await manager.query(
      `UPDATE deadlines d SET agreed_due_date = $2, due_date = $3, explanation = $4::jsonb, updated_at = now()
        WHERE d.id = $1 RETURNING ${DEADLINE_COLUMNS}`,
      [open.id, input.agreedDueDate, result.dueDate, JSON.stringify(result.explanation)],
    );
    await this.syncReminders(manager, [extended], options.today ?? (await this.today(manager)));
    await this.audit.record(
      {
        ...auditBase(options.actor),
        event: AuditEvent.DeadlineEventRecorded,
        studentId: extended.studentId,
        iepId: null,
        data: {
          eventKind: extended.eventKind, eventDate: extended.eventDate, deadlineId: extended.id, kind: extended.kind,
          dueDate: extended.dueDate, previousDueDate: open.dueDate,
        },
      },
      manager,
    );
    return extended;
  }

  /** Records that a deadline was met (services started, review held); its unsent reminders stop. */
  async markMet(
    manager: EntityManager,
    deadlineId: string,
    metOn: IsoDate,
    options: DeadlineChangeOptions = {},
  ): Promise<DeadlineRecord> {
    if (!isUuid(deadlineId)) throw notFound('That deadline');
    if (!isIsoDate(metOn)) {
      throw badInput(
        { en: 'The date must be a real date written YYYY-MM-DD.', es: 'La fecha debe ser una fecha real escrita AAAA-MM-DD.' },
        { field: 'metOn' },
      );
    }
    const [current]: DeadlineRecord[] = await manager.query(
      `SELECT ${DEADLINE_COLUMNS} FROM deadlines d WHERE d.id = $1 FOR NO KEY UPDATE`,
      [deadlineId],
    );
    if (!current) throw notFound('That deadline');
    if (current.metOn === metOn) return current;
    if (current.closedOn !== null)
      throw conflict(
        { en: `That deadline no longer applies: it was closed on ${current.closedOn}.`, es: `Ese plazo ya no se aplica: se cerró el ${current.closedOn}.` },
        { closedOn: current.closedOn, closedReason: current.closedReason },
      );
    if (current.metOn !== null)
      throw conflict(
        { en: `That deadline was already met on ${current.metOn}.`, es: `Ese plazo ya se cumplió el ${current.metOn}.` },
        { metOn: current.metOn },
      );
    // A meeting notice is met before its event (the meeting); every other deadline after its event.
    if (current.explanation.rule !== 'CALENDAR_DAYS_BEFORE' && compareDates(metOn, current.eventDate) < 0)
      throw badInput(
        {
          en: `A deadline cannot be met before the event it runs from (${current.eventDate}).`,
          es: `Un plazo no puede cumplirse antes del evento desde el que corre (${current.eventDate}).`,
        },
        { field: 'metOn' },
      );
    const today = options.today ?? (await this.today(manager));
    if (compareDates(metOn, today) > 0)
      throw badInput(
        {
          en: 'A deadline cannot be met on a day that has not come yet.',
          es: 'Un plazo no puede cumplirse en un día que aún no ha llegado.',
        },
        { field: 'metOn' },
      );
    const [[met]]: [DeadlineRecord[], number] = await manager.query(
      `UPDATE deadlines d SET met_on = $2, updated_at = now() WHERE d.id = $1 RETURNING ${DEADLINE_COLUMNS}`,
      [deadlineId, metOn],
    );
    // CLAIMED ones too: their delivery re-reads the state under the row lock and sends nothing.
    await manager.query(
      `UPDATE reminders SET state = 'CANCELLED', updated_at = now()
        WHERE deadline_id = $1 AND state IN ('PENDING', 'CLAIMED')`,
      [deadlineId],
    );
    await this.audit.record(
      {
        ...auditBase(options.actor),
        event: AuditEvent.DeadlineMet,
        studentId: met.studentId,
        iepId: met.iepId,
        data: { deadlineId, kind: met.kind, metOn },
      },
      manager,
    );
    return met;
  }

  /**
   * Re-dates the student's open records requests against their scheduled IEP meetings: a request is due before
   * the next meeting when that comes first (34 CFR 300.613(a)), and falls back to the profile's days when the
   * meeting moves later or is cancelled.
   */
  async recapRecordsRequests(manager: EntityManager, studentId: string, options: DeadlineChangeOptions = {}): Promise<DeadlineRecord[]> {
    const open: DeadlineRecord[] = await manager.query(
      `SELECT ${DEADLINE_COLUMNS} FROM deadlines d WHERE d.student_id = $1 AND d.kind = $2 AND d.met_on IS NULL AND d.closed_on IS NULL FOR NO KEY UPDATE`,
      [studentId, DeadlineKind.RecordsRequest],
    );
    if (open.length === 0) return [];
    const [student]: Array<{ district_id: string; school_id: string }> = await manager.query(
      `SELECT district_id, school_id FROM students WHERE id = $1`,
      [studentId],
    );
    const rules = await DistrictRules.load(manager, student.district_id);
    const meetings = await this.nextMeetingDates(manager, open);
    const moved: DeadlineRecord[] = [];
    for (const row of open) {
      let result: DeadlineResult;
      try {
        result = computeDeadline(DeadlineKind.RecordsRequest, { date: row.eventDate, nextMeetingDate: meetings.get(row.id) ?? null }, rules.calendarFor(student.school_id), rules.profile);
      } catch (error) {
        throw asBadInput(error);
      }
      if (result.dueDate === row.dueDate && canonicalJson(result.explanation) === canonicalJson(row.explanation)) continue;
      const [[updated]]: [DeadlineRecord[], number] = await manager.query(
        `UPDATE deadlines d SET due_date = $2, explanation = $3::jsonb, updated_at = now() WHERE d.id = $1 RETURNING ${DEADLINE_COLUMNS}`,
        [row.id, result.dueDate, JSON.stringify(result.explanation)],
      );
      moved.push(updated);
      await this.audit.record(
        {
          ...auditBase(options.actor),
          event: AuditEvent.DeadlineEventRecorded,
          studentId,
          iepId: null,
          data: { eventKind: DeadlineEventKind.RecordsRequest, eventDate: row.eventDate, deadlineId: row.id, kind: row.kind, dueDate: updated.dueDate, previousDueDate: row.dueDate },
        },
        manager,
      );
    }
    if (moved.length) await this.syncReminders(manager, moved, options.today ?? (await this.today(manager)));
    return moved;
  }

  /** The day (in the meeting's own time zone) of the student's next live IEP meeting on or after `from`. */
  private async nextMeetingDate(manager: EntityManager, studentId: string, from: IsoDate): Promise<IsoDate | null> {
    const [row]: Array<{ day: IsoDate | null }> = await manager.query(
      `SELECT to_char(min((m.starts_at AT TIME ZONE m.time_zone)::date), 'YYYY-MM-DD') AS day
         FROM iep_meetings m JOIN ieps i ON i.id = m.iep_id
        WHERE i.student_id = $1 AND m.status IN ('SCHEDULED', 'RESCHEDULE_REQUESTED') AND (m.starts_at AT TIME ZONE m.time_zone)::date >= $2::date`,
      [studentId, from],
    );
    return row?.day ?? null;
  }

  /** `nextMeetingDate` for many records-request deadlines at once, by deadline id. */
  private async nextMeetingDates(manager: EntityManager, deadlines: ReadonlyArray<Pick<DeadlineRecord, 'id' | 'studentId' | 'eventDate'>>): Promise<Map<string, IsoDate>> {
    if (deadlines.length === 0) return new Map();
    const rows: Array<{ id: string; day: IsoDate }> = await manager.query(
      `SELECT r.id, to_char(min((m.starts_at AT TIME ZONE m.time_zone)::date), 'YYYY-MM-DD') AS day
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, student_id uuid, event_date date)
         JOIN ieps i ON i.student_id = r.student_id
         JOIN iep_meetings m ON m.iep_id = i.id AND m.status IN ('SCHEDULED', 'RESCHEDULE_REQUESTED')
        WHERE (m.starts_at AT TIME ZONE m.time_zone)::date >= r.event_date
        GROUP BY r.id`,
      [JSON.stringify(deadlines.map((d) => ({ id: d.id, student_id: d.studentId, event_date: d.eventDate })))],
    );
    return new Map(rows.map((row) => [row.id, row.day]));
  }

  /**
   * Closes the open deadlines that no longer apply (a revocation of consent, an evaluation timeframe that does
   * not apply): they stop being owed, their unsent reminders stop, and each closure is audited. Returns them.
   */
  async close(manager: EntityManager, input: CloseDeadlinesInput, options: DeadlineChangeOptions = {}): Promise<DeadlineRecord[]> {
    if (input.studentId === undefined && input.iepIds === undefined && input.reportingPeriodId === undefined) throw new Error('close() names no deadlines');
    if (input.studentId !== undefined && !isUuid(input.studentId)) throw notFound('That student');
    if (input.iepIds?.length === 0) return [];
    if (!isIsoDate(input.closedOn)) {
      throw badInput({ en: 'The date must be a real date written YYYY-MM-DD.', es: 'La fecha debe ser una fecha real escrita AAAA-MM-DD.' }, { field: 'closedOn' });
    }
    if (input.kinds.length === 0) return [];
    const [closed]: [DeadlineRecord[], number] = await manager.query(
      `UPDATE deadlines d SET closed_on = $3, closed_reason = $4, updated_at = now()
        WHERE d.id IN (SELECT id FROM deadlines
                        WHERE ($1::uuid IS NULL OR student_id = $1) AND ($5::uuid[] IS NULL OR iep_id = ANY($5::uuid[]))
                          AND ($6::uuid IS NULL OR reporting_period_id = $6) AND kind = ANY($2::text[]) AND met_on IS NULL AND closed_on IS NULL
                        ORDER BY id FOR NO KEY UPDATE)
        RETURNING ${DEADLINE_COLUMNS}`,
      [input.studentId ?? null, input.kinds, input.closedOn, input.reason, input.iepIds ?? null, input.reportingPeriodId ?? null],
    );
    if (closed.length === 0) return [];
    // CLAIMED ones too: their delivery re-reads the deadline under the row lock and sends nothing.
    await manager.query(
      `UPDATE reminders SET state = 'CANCELLED', updated_at = now() WHERE deadline_id = ANY($1::uuid[]) AND state IN ('PENDING', 'CLAIMED')`,
      [closed.map((d) => d.id)],
    );
    await this.audit.recordMany(
      closed.map((deadline) => ({
        ...auditBase(options.actor),
        event: AuditEvent.DeadlineClosed,
        studentId: deadline.studentId,
        iepId: deadline.iepId,
        data: { deadlineId: deadline.id, kind: deadline.kind, closedOn: input.closedOn, reason: input.reason },
      })),
      manager,
    );
    return closed;
  }

  async today(manager: EntityManager): Promise<IsoDate> {
    const [{ today }]: Array<{ today: IsoDate }> = await manager.query(
      `SELECT to_char(current_date, 'YYYY-MM-DD') AS today`,
    );
    return today;
  }

  /**
   * A student moved to another case manager: their open deadlines (the student's own and those of their
   * current IEPs) become the new case manager's, and the reminders not yet sent follow them.
   */
  async reassignOpen(manager: EntityManager, studentIds: readonly string[], toUserId: string): Promise<void> {
    if (studentIds.length === 0) return;
    const [moved]: [DeadlineRecord[], number] = await manager.query(
      `UPDATE deadlines d SET responsible_user_id = $2, updated_at = now()
        WHERE d.student_id = ANY($1::uuid[]) AND d.met_on IS NULL AND d.closed_on IS NULL AND d.responsible_user_id IS DISTINCT FROM $2
          AND (d.iep_id IS NULL OR EXISTS (SELECT 1 FROM ieps i WHERE i.id = d.iep_id AND i.status IN ('DRAFT', 'PROPOSED', 'ACTIVE')))
        RETURNING ${DEADLINE_COLUMNS}`,
      [studentIds, toUserId],
    );
    if (moved.length) await this.syncReminders(manager, moved, await this.today(manager));
  }

  /** The IEP's case manager; for a student-level event, the student's case manager (their caseload's, else their current IEP's). */
  private async responsibleFor(manager: EntityManager, studentId: string, iepId: string | null): Promise<string | null> {
    if (iepId !== null) {
      const [iep]: Array<{ case_manager_id: string }> = await manager.query(
        `SELECT case_manager_id FROM ieps WHERE id = $1 AND student_id = $2`,
        [iepId, studentId],
      );
      if (!iep) throw notFound('That IEP');
      return iep.case_manager_id;
    }
    const [current]: Array<{ case_manager_id: string }> = await manager.query(
      `SELECT coalesce((SELECT case_manager_id FROM caseloads WHERE student_id = $1),
                       (SELECT case_manager_id FROM ieps WHERE student_id = $1 AND status NOT IN ('SUPERSEDED', 'EXPIRED')
                         ORDER BY created_at DESC, id LIMIT 1)) AS case_manager_id`,
      [studentId],
    );
    return current?.case_manager_id ?? null;
  }

  /**
   * Rewrites the unsent reminders of open deadlines: reminders before the due date to the responsible
   * person (to the district's representatives when nobody is), the next escalation to the
   * representatives (to the administrators when the district has none).
   */
  private async syncReminders(
    manager: EntityManager,
    deadlines: ReadonlyArray<Pick<DeadlineRecord, 'id' | 'districtId' | 'dueDate' | 'responsibleUserId'>>,
    today: IsoDate,
  ): Promise<void> {
    if (deadlines.length === 0) return;
    const districtIds = [...new Set(deadlines.map((d) => d.districtId))];
    const staff: Array<{ id: string; district_id: string; role: UserRole }> = await manager.query(
      `SELECT id, district_id, role FROM users
        WHERE district_id = ANY($1::uuid[]) AND active AND role IN ($2::user_role, $3::user_role) ORDER BY id`,
      [districtIds, UserRole.DistrictRepresentative, UserRole.DistrictAdmin],
    );
    const escalateTo = new Map<string, string[]>();
    for (const districtId of districtIds) {
      const ofDistrict = staff.filter((user) => user.district_id === districtId);
      const reps = ofDistrict.filter((user) => user.role === UserRole.DistrictRepresentative);
      escalateTo.set(districtId, (reps.length ? reps : ofDistrict).map((user) => user.id));
    }
    for (let start = 0; start < deadlines.length; start += REMINDER_SYNC_SLICE) {
      const slice = deadlines.slice(start, start + REMINDER_SYNC_SLICE);
      const existing: Array<ExistingReminder & { deadlineId: string }> = await manager.query(
        `SELECT id, deadline_id AS "deadlineId", recipient_user_id AS "recipientUserId", offset_days AS "offsetDays",
                to_char(due_on, 'YYYY-MM-DD') AS "dueOn", state
           FROM reminders WHERE deadline_id = ANY($1::uuid[]) FOR UPDATE`,
        [slice.map((d) => d.id)],
      );
      const byDeadline = new Map<string, ExistingReminder[]>();
      for (const row of existing) byDeadline.set(row.deadlineId, [...(byDeadline.get(row.deadlineId) ?? []), row]);
      const upsert: Array<PlannedReminder & { deadlineId: string }> = [];
      const cancelIds: string[] = [];
      for (const deadline of slice) {
        const escalate = escalateTo.get(deadline.districtId) ?? [];
        const plan = planReminders({
          dueDate: deadline.dueDate,
          today,
          remindUserIds: deadline.responsibleUserId ? [deadline.responsibleUserId] : escalate,
          escalateUserIds: escalate,
          existing: byDeadline.get(deadline.id) ?? [],
        });
        upsert.push(...plan.upsert.map((row) => ({ ...row, deadlineId: deadline.id })));
        cancelIds.push(...plan.cancelIds);
      }
      if (upsert.length) {
        await manager.query(
          `INSERT INTO reminders AS r (deadline_id, recipient_user_id, offset_days, due_on, kind)
           SELECT x."deadlineId", x."recipientUserId", x."offsetDays", x."dueOn", x.kind
             FROM jsonb_to_recordset($1::jsonb) AS x("deadlineId" uuid, "recipientUserId" uuid, "offsetDays" int, "dueOn" date, kind text)
           ON CONFLICT ON CONSTRAINT reminders_offset_key DO UPDATE
              SET due_on = EXCLUDED.due_on,
                  state = CASE WHEN r.state = 'CANCELLED' THEN 'PENDING' ELSE r.state END,
                  updated_at = now()
            WHERE r.state <> 'SENT'`,
          [JSON.stringify(upsert)],
        );
      }
      if (cancelIds.length) {
        await manager.query(
          `UPDATE reminders SET state = 'CANCELLED', updated_at = now()
            WHERE id = ANY($1::uuid[]) AND state IN ('PENDING', 'CLAIMED')`,
          [cancelIds],
        );
      }
    }
  }
}

function auditBase(actor: DeadlineActor | null | undefined): Pick<AuditEntry, 'actorId' | 'actorRole' | 'ip' | 'userAgent'> {
  return {
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    ip: actor?.ip ?? null,
    userAgent: actor?.userAgent ?? null,
  };
}

/** JSON with sorted keys: jsonb does not keep the key order the engine wrote. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

export type { ReminderState };
