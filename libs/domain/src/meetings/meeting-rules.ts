// IEP meetings (34 CFR 300.322): who is asked, with how much notice, and when a member may be absent
// (300.321(e)). Dates are 'YYYY-MM-DD' and times 'HH:MM' on the district's wall clock.

export const MeetingPurpose = {
  InitialIep: 'INITIAL_IEP',
  AnnualReview: 'ANNUAL_REVIEW',
  Amendment: 'AMENDMENT',
  Reevaluation: 'REEVALUATION',
  Other: 'OTHER',
} as const;
export type MeetingPurpose = (typeof MeetingPurpose)[keyof typeof MeetingPurpose];
export const MEETING_PURPOSES: readonly MeetingPurpose[] = Object.values(MeetingPurpose);

export const MeetingStatus = {
  Scheduled: 'SCHEDULED',
  RescheduleRequested: 'RESCHEDULE_REQUESTED',
  Held: 'HELD',
  Cancelled: 'CANCELLED',
} as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];

export const MeetingResponse = {
  Pending: 'PENDING',
  Accepted: 'ACCEPTED',
  RescheduleRequested: 'RESCHEDULE_REQUESTED',
} as const;
export type MeetingResponse = (typeof MeetingResponse)[keyof typeof MeetingResponse];

export const AttendanceStatus = {
  Present: 'PRESENT',
  Absent: 'ABSENT',
  Excused: 'EXCUSED',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

/**
 * The districts have no time-zone setting yet, so every meeting time is read on this clock (the demo
 * district's). A district setting replaces it once district administration has one.
 */
export const DEFAULT_DISTRICT_TIME_ZONE = 'America/New_York';

/**
 * The meeting that develops or reviews the whole IEP starts the annual-review clock; an amendment or
 * a reevaluation meeting leaves it where it was (34 CFR 300.324(a)(4), (b)(1)).
 */
export function startsAnnualReviewClock(purpose: MeetingPurpose): boolean {
  return purpose === MeetingPurpose.InitialIep || purpose === MeetingPurpose.AnnualReview;
}

export const MEETING_LIMITS = {
  minDurationMinutes: 15,
  maxDurationMinutes: 480,
  maxTextLength: 500,
  maxNotesLength: 20_000,
  maxProposedTimes: 3,
} as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export function isMeetingDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isMeetingTime(value: string): boolean {
  return TIME.test(value);
}

/** The wall-clock date and time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The instant a wall-clock date and time names in a time zone. A time skipped by a daylight-saving
 * change (02:30 on the spring-forward night) lands an hour later, as a wall clock would show it.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  if (!isMeetingDate(date) || !isMeetingTime(time)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let instant = asUtc - offsetMs(asUtc, timeZone);
  // The offset at the guess can differ from the offset at the answer next to a daylight-saving change.
  const corrected = asUtc - offsetMs(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

function offsetMs(utcMs: number, timeZone: string): number {
  const { date, time } = wallClock(new Date(utcMs), timeZone);
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  return wall - Math.floor(utcMs / 60_000) * 60_000;
}

export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface NoticeFacts {
  /** The district's date today, when the notice goes out. */
  today: string;
  meetingDate: string;
  /** The state's rule (10 calendar days by default). */
  noticeDays: number;
  shortNoticeAgreed: boolean;
}

export type NoticeVerdict =
  | { ok: true; daysOfNotice: number; short: boolean }
  | { ok: false; reason: 'IN_THE_PAST' | 'SHORT_NOTICE'; daysOfNotice: number; lastNoticeDay: string };

/**
 * The parent must have notice early enough to attend (34 CFR 300.322(b)): at least `noticeDays`
 * calendar days before the meeting unless the parent agreed to less. A meeting is never scheduled
 * in the past.
 */
export function checkMeetingNotice(facts: NoticeFacts): NoticeVerdict {
  const daysOfNotice = calendarDaysBetween(facts.today, facts.meetingDate);
  const lastNoticeDay = new Date(Date.parse(`${facts.meetingDate}T00:00:00Z`) - facts.noticeDays * DAY_MS).toISOString().slice(0, 10);
  if (daysOfNotice < 0) return { ok: false, reason: 'IN_THE_PAST', daysOfNotice, lastNoticeDay };
  if (daysOfNotice >= facts.noticeDays) return { ok: true, daysOfNotice, short: false };
  if (facts.shortNoticeAgreed) return { ok: true, daysOfNotice, short: true };
  return { ok: false, reason: 'SHORT_NOTICE', daysOfNotice, lastNoticeDay };
}

/** What a form or an API call gives for a meeting's time and place; the place and call-in may be blank. */
export interface MeetingTimeValues {
  date: string;
  time: string;
  durationMinutes: number;
  location: string | null;
  callIn: string | null;
}

export type MeetingTimeProblem =
  | { field: 'date'; reason: 'DATE_REQUIRED' }
  | { field: 'time'; reason: 'TIME_REQUIRED' }
  | { field: 'durationMinutes'; reason: 'DURATION_OUT_OF_RANGE' }
  | { field: 'location'; reason: 'PLACE_REQUIRED' };

/**
 * The first thing wrong with a meeting's date, time, length and place, in the order a form shows them:
 * the API refuses the same, and the form points at the field before anything is sent.
 */
export function meetingTimeProblem(values: MeetingTimeValues): MeetingTimeProblem | null {
  if (!isMeetingDate(values.date)) return { field: 'date', reason: 'DATE_REQUIRED' };
  if (!isMeetingTime(values.time)) return { field: 'time', reason: 'TIME_REQUIRED' };
  const { minDurationMinutes: min, maxDurationMinutes: max } = MEETING_LIMITS;
  if (!Number.isInteger(values.durationMinutes) || values.durationMinutes < min || values.durationMinutes > max) {
    return { field: 'durationMinutes', reason: 'DURATION_OUT_OF_RANGE' };
  }
  if (!values.location?.trim() && !values.callIn?.trim()) return { field: 'location', reason: 'PLACE_REQUIRED' };
  return null;
}

export interface MeetingStartFacts {
  date: string;
  time: string;
  timeZone: string;
  noticeDays: number;
  shortNoticeAgreed: boolean;
  now: Date;
}

export type MeetingStartVerdict =
  | { ok: true; today: string; daysOfNotice: number; short: boolean }
  | { ok: false; reason: 'IN_THE_PAST' }
  /** `earliestDate` is the first meeting date with full notice if it goes out today. */
  | { ok: false; reason: 'SHORT_NOTICE'; noticeDays: number; lastNoticeDay: string; earliestDate: string };

/**
 * Whether a meeting at this wall-clock time, its notice sent now, gives the parent the state's notice
 * (300.322(b)) and is still ahead. Today is the district's date, not the server's or the browser's.
 * The date and time are already known to be real (meetingTimeProblem).
 */
export function checkMeetingStart(facts: MeetingStartFacts): MeetingStartVerdict {
  const today = wallClock(facts.now, facts.timeZone).date;
  const verdict = checkMeetingNotice({ today, meetingDate: facts.date, noticeDays: facts.noticeDays, shortNoticeAgreed: facts.shortNoticeAgreed });
  if (!verdict.ok && verdict.reason === 'SHORT_NOTICE') {
    const earliestDate = new Date(Date.parse(`${today}T00:00:00Z`) + facts.noticeDays * DAY_MS).toISOString().slice(0, 10);
    return { ok: false, reason: 'SHORT_NOTICE', noticeDays: facts.noticeDays, lastNoticeDay: verdict.lastNoticeDay, earliestDate };
  }
  if (!verdict.ok || zonedInstant(facts.date, facts.time, facts.timeZone).getTime() <= facts.now.getTime()) return { ok: false, reason: 'IN_THE_PAST' };
  return { ok: true, today, daysOfNotice: verdict.daysOfNotice, short: verdict.short };
}

export interface ExcusalAgreements {
  parentAgreedAt: unknown;
  districtAgreedAt: unknown;
}

/** A member is excused only with both written agreements, the parent's and the district's (300.321(e)). */
export function excusalAgreed(excusal: ExcusalAgreements): boolean {
  return excusal.parentAgreedAt != null && excusal.districtAgreedAt != null;
}

/**
 * The meeting an IEP of each kind is written at. An initial IEP's notice that said "annual review" told the
 * family the wrong thing about their rights, so the purpose follows the IEP rather than a form's default.
 */
export function meetingPurposeForIepKind(kind: 'INITIAL' | 'ANNUAL' | 'AMENDMENT'): MeetingPurpose {
  if (kind === 'INITIAL') return MeetingPurpose.InitialIep;
  if (kind === 'AMENDMENT') return MeetingPurpose.Amendment;
  return MeetingPurpose.AnnualReview;
}

/**
 * Still ahead: open (scheduled, or asked to move) and not yet over. A meeting whose time has passed is not
 * upcoming whatever its status says, so nobody is asked whether they "will attend" it.
 */
export function isUpcomingMeeting(meeting: { status: MeetingStatus; startsAt: Date | string; durationMinutes: number }, now: Date): boolean {
  if (meeting.status !== MeetingStatus.Scheduled && meeting.status !== MeetingStatus.RescheduleRequested) return false;
  return new Date(meeting.startsAt).getTime() + meeting.durationMinutes * 60_000 > now.getTime();
}
