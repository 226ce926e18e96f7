import { DEFAULT_DISTRICT_TIME_ZONE as zone, MEETING_LIMITS, wallClock } from '@iep/domain/meetings';
import { checkMeetingTime, type MeetingTimeValues } from './meeting-rules';

function daysFromToday(days: number): string {
  return new Date(Date.parse(`${wallClock(new Date(), zone).date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const noticeDays = 10;
const valid: MeetingTimeValues = {
  date: daysFromToday(30),
  time: '15:30',
  durationMinutes: 60,
  location: 'Room 12',
  callIn: '',
  shortNoticeAgreed: false,
};

describe('checkMeetingTime', () => {
  it('accepts a meeting with enough notice and a place', () => {
    expect(checkMeetingTime(valid, noticeDays, zone)).toBeNull();
  });

  it('asks for a real date and a time of day', () => {
    expect(checkMeetingTime({ ...valid, date: '' }, noticeDays, zone)).toEqual({ field: 'date', key: 'dateRequired' });
    expect(checkMeetingTime({ ...valid, date: '2027-02-30' }, noticeDays, zone)).toEqual({ field: 'date', key: 'dateRequired' });
    expect(checkMeetingTime({ ...valid, time: '25:00' }, noticeDays, zone)).toEqual({ field: 'time', key: 'timeRequired' });
  });

  it("keeps the duration within the domain's limits", () => {
    const duration = (durationMinutes: number) => checkMeetingTime({ ...valid, durationMinutes }, noticeDays, zone);
    expect(duration(MEETING_LIMITS.minDurationMinutes)).toBeNull();
    expect(duration(MEETING_LIMITS.maxDurationMinutes)).toBeNull();
    expect(duration(MEETING_LIMITS.minDurationMinutes - 1)).toEqual({ field: 'durationMinutes', key: 'durationInvalid' });
    expect(duration(MEETING_LIMITS.maxDurationMinutes + 1)).toEqual({ field: 'durationMinutes', key: 'durationInvalid' });
    expect(duration(30.5)).toEqual({ field: 'durationMinutes', key: 'durationInvalid' });
  });

  it('needs a place or a call-in', () => {
    expect(checkMeetingTime({ ...valid, location: ' ' }, noticeDays, zone)).toEqual({ field: 'location', key: 'placeRequired' });
    expect(checkMeetingTime({ ...valid, location: '', callIn: '+1 555 0100' }, noticeDays, zone)).toBeNull();
  });

  it('refuses short notice unless the parent agreed, naming the earliest date with full notice', () => {
    expect(checkMeetingTime({ ...valid, date: daysFromToday(3) }, noticeDays, zone)).toEqual({
      field: 'date',
      key: 'shortNotice',
      days: noticeDays,
      date: daysFromToday(noticeDays),
    });
    expect(checkMeetingTime({ ...valid, date: daysFromToday(3), shortNoticeAgreed: true }, noticeDays, zone)).toBeNull();
    expect(checkMeetingTime({ ...valid, date: daysFromToday(noticeDays) }, noticeDays, zone)).toBeNull();
  });

  it('refuses a day that has passed, even with agreement to short notice', () => {
    expect(checkMeetingTime({ ...valid, date: daysFromToday(-1), shortNoticeAgreed: true }, noticeDays, zone)).toEqual({
      field: 'date',
      key: 'inThePast',
    });
  });
});
