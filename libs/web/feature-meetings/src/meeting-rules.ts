import { checkMeetingStart, meetingTimeProblem, type MeetingTimeProblem as DomainProblem } from '@iep/domain/meetings';

export type MeetingTimeField = DomainProblem['field'];

/** A problem as the form words it: the key of its message under meetings.validation, and what the message names. */
export type MeetingTimeProblem =
  | { field: 'date'; key: 'dateRequired' | 'inThePast' }
  | { field: 'date'; key: 'shortNotice'; days: number; date: string }
  | { field: 'time'; key: 'timeRequired' }
  | { field: 'durationMinutes'; key: 'durationInvalid' }
  | { field: 'location'; key: 'placeRequired' };

export interface MeetingTimeValues {
  date: string;
  time: string;
  /** What the number input holds: a number, or '' while it is cleared. */
  durationMinutes: number | string;
  location: string;
  callIn: string;
  shortNoticeAgreed: boolean;
}

const KEYS = {
  DATE_REQUIRED: { field: 'date', key: 'dateRequired' },
  TIME_REQUIRED: { field: 'time', key: 'timeRequired' },
  DURATION_OUT_OF_RANGE: { field: 'durationMinutes', key: 'durationInvalid' },
  PLACE_REQUIRED: { field: 'location', key: 'placeRequired' },
} as const satisfies Record<DomainProblem['reason'], MeetingTimeProblem>;

/** The server's rules (libs/domain/meetings), checked before sending so the form can point at the field. */
export function checkMeetingTime(values: MeetingTimeValues, noticeDays: number, timeZone: string, now = new Date()): MeetingTimeProblem | null {
  const problem = meetingTimeProblem({ ...values, durationMinutes: Number(values.durationMinutes) });
  if (problem) return KEYS[problem.reason];
  const start = checkMeetingStart({ date: values.date, time: values.time, timeZone, noticeDays, shortNoticeAgreed: values.shortNoticeAgreed, now });
  if (start.ok) return null;
  if (start.reason === 'SHORT_NOTICE') return { field: 'date', key: 'shortNotice', days: start.noticeDays, date: start.earliestDate };
  return { field: 'date', key: 'inThePast' };
}
