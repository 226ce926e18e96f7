import { compareDates, isIsoDate, type IsoDate } from '../deadlines/local-date';
import type { Localized } from '../localized';

/** What happened to one scheduled session of a service. */
export enum SessionStatus {
  Delivered = 'DELIVERED',
  /** The student was absent from school. */
  StudentAbsent = 'STUDENT_ABSENT',
  /** The student was at school but not available (testing, a field trip, an assembly). */
  StudentUnavailable = 'STUDENT_UNAVAILABLE',
  /** The provider was absent or cancelled the session. */
  ProviderAbsent = 'PROVIDER_ABSENT',
  /** School was closed that day (weather, emergency) although the calendar had it as a school day. */
  SchoolClosed = 'SCHOOL_CLOSED',
  /** A session that makes up compensatory minutes owed. */
  MakeUp = 'MAKE_UP',
}

export const SESSION_STATUSES: readonly SessionStatus[] = Object.values(SessionStatus);

/**
 * Who answers for a session that did not happen, and so what its minutes count as:
 * - DELIVERED: the minutes count against the required minutes.
 * - MISSED_BY_SCHOOL: the provider was absent or cancelled. Under IDEA the school owes the minutes back:
 *   they accumulate as compensatory minutes owed.
 * - EXCUSED: the student's absence or unavailability, or a school closure for every student (when no
 *   student is served, the school owes no service: OSEP's guidance on closures). Not owed, and not
 *   counted against the school in the delivery rate.
 * - MADE_UP: a make-up session pays the compensatory balance back; it does not count towards the
 *   regular required minutes (that would count the same minutes twice).
 */
export type SessionAccount = 'DELIVERED' | 'MISSED_BY_SCHOOL' | 'EXCUSED' | 'MADE_UP';

export const SESSION_ACCOUNT: Readonly<Record<SessionStatus, SessionAccount>> = {
  [SessionStatus.Delivered]: 'DELIVERED',
  [SessionStatus.StudentAbsent]: 'EXCUSED',
  [SessionStatus.StudentUnavailable]: 'EXCUSED',
  [SessionStatus.ProviderAbsent]: 'MISSED_BY_SCHOOL',
  [SessionStatus.SchoolClosed]: 'EXCUSED',
  [SessionStatus.MakeUp]: 'MADE_UP',
};

/**
 * Bounds of one logged session. No session is longer than a school day (480 minutes, the largest daily
 * service): "600 minutes" is a typing mistake. Groups above twelve are a class, not a group session.
 */
export const SESSION_LIMITS = {
  minutes: { min: 1, max: 480 },
  groupSize: { min: 1, max: 12 },
  locationLength: 200,
  noteLength: 2_000,
  goals: 50,
  /** How many sessions one group entry records at once. */
  groupEntries: 12,
} as const;

export interface SessionInput {
  readonly date: string;
  readonly minutes: number;
  readonly groupSize: number;
  readonly status: string;
  readonly location: string;
  readonly note: string;
  readonly goalIds: readonly string[];
}

export interface SessionProblem {
  readonly field: 'date' | 'minutes' | 'groupSize' | 'status' | 'location' | 'note' | 'goalIds';
  readonly rule: string;
  readonly message: Localized;
}

/**
 * What is wrong with a session entered against a service that runs `service.startDate`…`service.endDate`,
 * on `today` (the district's date): empty when it may be recorded. The server refuses with the first
 * problem; the phone form shows each beside its field.
 */
export function sessionProblems(
  input: SessionInput,
  service: { readonly startDate: IsoDate | null; readonly endDate: IsoDate | null; readonly goalIds: readonly string[] },
  today: IsoDate,
): SessionProblem[] {
  const problems: SessionProblem[] = [];
  const { minutes, groupSize } = SESSION_LIMITS;
  if (!isIsoDate(input.date)) {
    problems.push({ field: 'date', rule: 'REAL_DATE', message: { en: 'Enter the date of the session.', es: 'Indique la fecha de la sesión.' } });
  } else if (service.startDate && compareDates(input.date, service.startDate) < 0) {
    problems.push({
      field: 'date', rule: 'BEFORE_SERVICE_START',
      message: { en: `The service starts on ${service.startDate}; a session cannot be earlier.`, es: `El servicio empieza el ${service.startDate}; una sesión no puede ser anterior.` },
    });
  } else if (service.endDate && compareDates(input.date, service.endDate) > 0) {
    problems.push({
      field: 'date', rule: 'AFTER_SERVICE_END',
      message: { en: `The service ended on ${service.endDate}; a session cannot be later.`, es: `El servicio terminó el ${service.endDate}; una sesión no puede ser posterior.` },
    });
  } else if (compareDates(input.date, today) > 0) {
    problems.push({
      field: 'date', rule: 'IN_THE_FUTURE',
      message: { en: 'A session is logged on or after the day it happens, not before.', es: 'Una sesión se registra el día en que ocurre o después, no antes.' },
    });
  }
  if (!Number.isInteger(input.minutes) || input.minutes < minutes.min || input.minutes > minutes.max) {
    problems.push({
      field: 'minutes', rule: 'MINUTES_RANGE',
      message: { en: `Minutes must be a whole number from ${minutes.min} to ${minutes.max}.`, es: `Los minutos deben ser un número entero de ${minutes.min} a ${minutes.max}.` },
    });
  }
  if (!Number.isInteger(input.groupSize) || input.groupSize < groupSize.min || input.groupSize > groupSize.max) {
    problems.push({
      field: 'groupSize', rule: 'GROUP_SIZE_RANGE',
      message: { en: `The group has ${groupSize.min} to ${groupSize.max} students.`, es: `El grupo tiene de ${groupSize.min} a ${groupSize.max} estudiantes.` },
    });
  }
  if (!(SESSION_STATUSES as readonly string[]).includes(input.status)) {
    problems.push({ field: 'status', rule: 'STATUS', message: { en: 'Choose what happened.', es: 'Elija qué ocurrió.' } });
  }
  if (input.location.length > SESSION_LIMITS.locationLength) {
    problems.push({ field: 'location', rule: 'TOO_LONG', message: { en: `At most ${SESSION_LIMITS.locationLength} characters.`, es: `Como máximo ${SESSION_LIMITS.locationLength} caracteres.` } });
  }
  if (input.note.length > SESSION_LIMITS.noteLength) {
    problems.push({ field: 'note', rule: 'TOO_LONG', message: { en: `At most ${SESSION_LIMITS.noteLength} characters.`, es: `Como máximo ${SESSION_LIMITS.noteLength} caracteres.` } });
  }
  if (input.goalIds.length > SESSION_LIMITS.goals || input.goalIds.some((id) => !service.goalIds.includes(id))) {
    problems.push({
      field: 'goalIds', rule: 'GOAL_OF_SERVICE',
      message: { en: 'Choose goals that this service supports.', es: 'Elija metas que este servicio apoya.' },
    });
  }
  return problems;
}

export interface SessionMinutes {
  readonly status: SessionStatus;
  readonly minutes: number;
}

export interface DeliveryTally {
  readonly delivered: number;
  readonly excused: number;
  readonly missedBySchool: number;
  readonly madeUp: number;
}

export function tallySessions(sessions: Iterable<SessionMinutes>): DeliveryTally {
  const tally = { delivered: 0, excused: 0, missedBySchool: 0, madeUp: 0 };
  for (const session of sessions) {
    const account = SESSION_ACCOUNT[session.status];
    if (account === 'DELIVERED') tally.delivered += session.minutes;
    else if (account === 'EXCUSED') tally.excused += session.minutes;
    else if (account === 'MISSED_BY_SCHOOL') tally.missedBySchool += session.minutes;
    else tally.madeUp += session.minutes;
  }
  return tally;
}

/**
 * Compensatory minutes still owed: what the school missed less what make-ups paid back. Make-up minutes
 * beyond what is owed are kept in the tally but never turn the balance into credit against future misses.
 */
export function compensatoryBalance(tally: Pick<DeliveryTally, 'missedBySchool' | 'madeUp'>): number {
  return Math.max(0, tally.missedBySchool - tally.madeUp);
}

/** The share of required minutes a service must deliver over the last four school weeks not to be under-delivered. */
export const UNDER_DELIVERY_THRESHOLD = 0.9;

/**
 * Minutes the school answers for over a span: required less what the student's absence or a closure
 * excused (never below zero).
 */
export function accountableMinutes(required: number, tally: Pick<DeliveryTally, 'excused'>): number {
  return Math.max(0, required - tally.excused);
}

/** Under-delivered: delivered below 90% of the minutes the school answers for (a span that owed nothing is not). */
export function isUnderDelivered(required: number, tally: Pick<DeliveryTally, 'delivered' | 'excused'>): boolean {
  const accountable = accountableMinutes(required, tally);
  return accountable > 0 && tally.delivered < UNDER_DELIVERY_THRESHOLD * accountable;
}
