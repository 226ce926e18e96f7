import { wallClock } from '@iep/domain';

/**
 * The one place every job and every date rule takes "today" from. A calendar day only exists in a time
 * zone, so "today" is always the district's; a run that crosses midnight UTC changes nothing here.
 * CLOCK_TODAY pins the date (tests, demos): the instant still moves, the calendar day stays.
 */
export interface Clock {
  now(): Date;
  /** YYYY-MM-DD in `timeZone` (an IANA name such as America/New_York). */
  today(timeZone: string): string;
}

export function createClock(pinnedToday?: string, now: () => Date = () => new Date()): Clock {
  return {
    now,
    today: (timeZone) => pinnedToday ?? wallClock(now(), timeZone).date,
  };
}

export const CLOCK = Symbol('CLOCK');
