import type { IsoDate } from './local-date';

/**
 * Errors of the deadline engine carry a stable code so that the API layer can map them to
 * BAD_USER_INPUT with the message intact: every one of them is fixed by correcting input or the
 * district calendar, never by retrying.
 */
export abstract class DeadlineError extends Error {
  abstract readonly code: 'CALENDAR_RANGE' | 'INVALID_DEADLINE_INPUT';
}

/** A school-day count needs days that the district calendar does not describe yet. */
export class CalendarRangeError extends DeadlineError {
  readonly code = 'CALENDAR_RANGE' as const;

  constructor(
    message: string,
    readonly fromDate: IsoDate,
    readonly calendarFirstDay: IsoDate,
    readonly calendarLastDay: IsoDate,
  ) {
    super(message);
    this.name = 'CalendarRangeError';
  }
}

/** A malformed date, calendar or profile: the caller sent something the rules cannot apply to. */
export class DeadlineInputError extends DeadlineError {
  readonly code = 'INVALID_DEADLINE_INPUT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'DeadlineInputError';
  }
}
