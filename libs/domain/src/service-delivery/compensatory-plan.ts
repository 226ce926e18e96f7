import { compareDates, dayOfWeek, isIsoDate, type IsoDate } from '../deadlines/local-date';
import type { Localized } from '../localized';
import type { SchoolDayTest } from './required-minutes';
import { SESSION_LIMITS } from './sessions';

/** A make-up session planned against the compensatory minutes a service owes. */
export interface PlannedMakeUp {
  readonly id: string;
  readonly date: IsoDate;
  readonly minutes: number;
  /** The day it was planned (the district's date): only make-up sessions from then on fulfil it. */
  readonly plannedOn: IsoDate;
}

/** A logged MAKE_UP session of the service. */
export interface MakeUpSession {
  readonly id: string;
  readonly date: IsoDate;
  readonly minutes: number;
}

export interface PlanStatus extends PlannedMakeUp {
  /** The make-up session that fulfilled it, or null while it is still to be given. */
  readonly fulfilledBy: string | null;
}

/** How many make-up sessions one plan may add at once (a term's worth of weekly sessions). */
export const COMPENSATORY_PLAN_LIMIT = 20;

/**
 * Which make-up session fulfils which plan, stated once: in date order, each make-up session fulfils the
 * earliest plan still open that was made on or before the session's day, whatever its minutes (a 25-minute
 * make-up fulfils a planned 30: the balance keeps the 5 owed, and a new plan can cover them). A make-up
 * given before any plan existed pays the balance back but fulfils no plan.
 */
export function compensatoryPlanStatus(plans: readonly PlannedMakeUp[], makeUps: readonly MakeUpSession[]): PlanStatus[] {
  const ordered = [...plans].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  const fulfilledBy = new Map<string, string>();
  const sessions = [...makeUps].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  for (const session of sessions) {
    const plan = ordered.find((p) => !fulfilledBy.has(p.id) && compareDates(p.plannedOn, session.date) <= 0);
    if (plan) fulfilledBy.set(plan.id, session.id);
  }
  return ordered.map((plan) => ({ ...plan, fulfilledBy: fulfilledBy.get(plan.id) ?? null }));
}

/** Minutes planned and not yet given: what the family is told is coming. */
export function plannedMinutes(statuses: readonly PlanStatus[]): number {
  return statuses.filter((plan) => !plan.fulfilledBy).reduce((total, plan) => total + plan.minutes, 0);
}

export interface CompensatoryPlanProblem {
  /** The planned session the problem is about; null for the plan as a whole. */
  readonly index: number | null;
  readonly field: 'sessions' | 'date' | 'minutes';
  readonly rule: string;
  readonly message: Localized;
}

/**
 * What is wrong with a plan of make-up sessions for a service that owes `owed` minutes, of which `planned`
 * are already planned: each day a school day of the service's dates, from today on; each session's minutes
 * within a session's bounds; and no more planned in all than is owed. Empty when it may be saved.
 */
export function compensatoryPlanProblems(
  sessions: ReadonlyArray<{ readonly date: string; readonly minutes: number }>,
  context: {
    readonly owed: number;
    readonly planned: number;
    readonly service: { readonly startDate: IsoDate | null; readonly endDate: IsoDate | null };
    readonly isSchoolDay: SchoolDayTest;
    readonly today: IsoDate;
  },
): CompensatoryPlanProblem[] {
  const problems: CompensatoryPlanProblem[] = [];
  const { minutes } = SESSION_LIMITS;
  if (sessions.length === 0) {
    problems.push({ index: null, field: 'sessions', rule: 'NO_SESSIONS', message: { en: 'Plan at least one make-up session.', es: 'Planifique al menos una sesión de recuperación.' } });
  }
  if (sessions.length > COMPENSATORY_PLAN_LIMIT) {
    problems.push({
      index: null, field: 'sessions', rule: 'TOO_MANY_SESSIONS',
      message: { en: `Plan at most ${COMPENSATORY_PLAN_LIMIT} sessions at once.`, es: `Planifique como máximo ${COMPENSATORY_PLAN_LIMIT} sesiones a la vez.` },
    });
  }
  const { startDate, endDate } = context.service;
  sessions.forEach((session, index) => {
    if (!isIsoDate(session.date)) {
      problems.push({ index, field: 'date', rule: 'REAL_DATE', message: { en: 'Enter the date of the make-up session.', es: 'Indique la fecha de la sesión de recuperación.' } });
    } else if (compareDates(session.date, context.today) < 0) {
      problems.push({ index, field: 'date', rule: 'IN_THE_PAST', message: { en: 'A make-up session is planned for today or later.', es: 'Una sesión de recuperación se planifica para hoy o más adelante.' } });
    } else if ((startDate && compareDates(session.date, startDate) < 0) || (endDate && compareDates(session.date, endDate) > 0)) {
      problems.push({
        index, field: 'date', rule: 'OUTSIDE_SERVICE',
        message: {
          en: `Plan it while the service runs (${startDate ?? '…'} to ${endDate ?? '…'}).`,
          es: `Planifíquela mientras el servicio está vigente (del ${startDate ?? '…'} al ${endDate ?? '…'}).`,
        },
      });
    } else if (dayOfWeek(session.date) === 0 || dayOfWeek(session.date) === 6 || !context.isSchoolDay(session.date)) {
      problems.push({ index, field: 'date', rule: 'NOT_A_SCHOOL_DAY', message: { en: 'There is no school that day.', es: 'Ese día no hay clases.' } });
    }
    if (!Number.isInteger(session.minutes) || session.minutes < minutes.min || session.minutes > minutes.max) {
      problems.push({
        index, field: 'minutes', rule: 'MINUTES_RANGE',
        message: { en: `Minutes must be a whole number from ${minutes.min} to ${minutes.max}.`, es: `Los minutos deben ser un número entero de ${minutes.min} a ${minutes.max}.` },
      });
    }
  });
  const adding = sessions.reduce((total, session) => total + (Number.isFinite(session.minutes) ? session.minutes : 0), 0);
  const room = Math.max(0, context.owed - context.planned);
  if (adding > room) {
    problems.push({
      index: null, field: 'sessions', rule: 'MORE_THAN_OWED',
      message: {
        en: `Only ${room} compensatory minutes are owed and not yet planned; this plan adds ${adding}.`,
        es: `Solo se deben ${room} minutos compensatorios sin planificar; este plan agrega ${adding}.`,
      },
    });
  }
  return problems;
}
