import type { Localized } from '../localized';
import type { IsoDate } from './local-date';

/**
 * Errors of the deadline engine carry a stable code so that the API layer can map them to
 * BAD_USER_INPUT with the message intact: every one of them is fixed by correcting input or the
 * district calendar, never by retrying. The message is written in each language a reader may see it in;
 * `message` is the English.
 */
export abstract class DeadlineError extends Error {
  abstract readonly code: 'CALENDAR_RANGE' | 'INVALID_DEADLINE_INPUT';

  protected constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** A school-day count needs days that the district calendar does not describe yet. */
export class CalendarRangeError extends DeadlineError {
  readonly code = 'CALENDAR_RANGE' as const;

  constructor(
    message: Localized,
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

  /** The input field at fault, where one is (e.g. "annualReview.months"), so a form can show it in place. */
  constructor(
    message: Localized,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DeadlineInputError';
  }
}

/** A noun phrase that starts a Spanish sentence ("la fecha…" → "La fecha…"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
