import { checkMeetingNotice, isMeetingDate, isMeetingTime, MEETING_LIMITS, zonedInstant } from '@iep/domain/meetings';
import { districtToday } from './meeting-format';

export type MeetingTimeProblem =
  | { field: 'date'; key: 'dateRequired' | 'inThePast' }
  | { field: 'date'; key: 'shortNotice'; days: number; date: string }
  | { field: 'time'; key: 'timeRequired' }
  | { field: 'duration'; key: 'durationInvalid' }
  | { field: 'location'; key: 'placeRequired' };

export interface MeetingTimeValues {
  date: string;
  time: string;
  durationMinutes: number;
  location: string;
  callIn: string;
  shortNoticeAgreed: boolean;
}

/** The server's rules (libs/domain/meetings), checked before sending so the form can point at the field. */
export function checkMeetingTime(values: MeetingTimeValues, noticeDays: number, timeZone: string): MeetingTimeProblem | null {
  if (!isMeetingDate(values.date)) return { field: 'date', key: 'dateRequired' };
  if (!isMeetingTime(values.time)) return { field: 'time', key: 'timeRequired' };
  const { minDurationMinutes: min, maxDurationMinutes: max } = MEETING_LIMITS;
  if (!Number.isInteger(values.durationMinutes) || values.durationMinutes < min || values.durationMinutes > max) {
    return { field: 'duration', key: 'durationInvalid' };
  }
  if (!values.location.trim() && !values.callIn.trim()) return { field: 'location', key: 'placeRequired' };
  const verdict = checkMeetingNotice({
    today: districtToday(timeZone), meetingDate: values.date, noticeDays, shortNoticeAgreed: values.shortNoticeAgreed,
  });
  if (!verdict.ok && verdict.reason === 'SHORT_NOTICE') {
    const earliest = new Date(Date.parse(`${districtToday(timeZone)}T00:00:00Z`) + noticeDays * 86_400_000).toISOString().slice(0, 10);
    return { field: 'date', key: 'shortNotice', days: noticeDays, date: earliest };
  }
  if (!verdict.ok || zonedInstant(values.date, values.time, timeZone).getTime() <= Date.now()) return { field: 'date', key: 'inThePast' };
  return null;
}
