import {
  calendarDaysBetween, checkMeetingNotice, excusalAgreed, isMeetingDate, isMeetingTime, isUpcomingMeeting, meetingPurposeForIepKind,
  startsAnnualReviewClock, wallClock, zonedInstant,
  checkMeetingStart, meetingTimeProblem, MEETING_LIMITS,
} from './meeting-rules';

describe('what a meeting is for, and whether it is still ahead', () => {
  it('takes the purpose from the kind of IEP it is held for', () => {
    expect(meetingPurposeForIepKind('INITIAL')).toBe('INITIAL_IEP');
    expect(meetingPurposeForIepKind('ANNUAL')).toBe('ANNUAL_REVIEW');
    expect(meetingPurposeForIepKind('AMENDMENT')).toBe('AMENDMENT');
  });

  it('counts an open meeting as upcoming until it ends, and never a held or cancelled one', () => {
    const now = new Date('2026-12-07T15:00:00Z');
    const at = (startsAt: string, status: 'SCHEDULED' | 'RESCHEDULE_REQUESTED' | 'HELD' | 'CANCELLED' = 'SCHEDULED') => ({ status, startsAt, durationMinutes: 60 });
    expect(isUpcomingMeeting(at('2026-12-14T15:00:00Z'), now)).toBe(true);
    expect(isUpcomingMeeting(at('2026-12-07T14:30:00Z'), now)).toBe(true);
    expect(isUpcomingMeeting(at('2026-12-07T13:59:00Z'), now)).toBe(false);
    expect(isUpcomingMeeting(at('2026-11-30T15:00:00Z', 'RESCHEDULE_REQUESTED'), now)).toBe(false);
    expect(isUpcomingMeeting(at('2026-12-14T15:00:00Z', 'CANCELLED'), now)).toBe(false);
    expect(isUpcomingMeeting(at('2026-12-14T15:00:00Z', 'HELD'), now)).toBe(false);
  });
});

describe('meeting times on the district clock', () => {
  it('reads a wall-clock time in New York in winter and in summer', () => {
    expect(zonedInstant('2026-12-08', '15:30', 'America/New_York').toISOString()).toBe('2026-12-08T20:30:00.000Z');
    expect(zonedInstant('2026-06-08', '15:30', 'America/New_York').toISOString()).toBe('2026-06-08T19:30:00.000Z');
  });

  it('keeps the wall clock across the daylight-saving change', () => {
    // 2026-11-01 is the fall-back day in the United States.
    expect(zonedInstant('2026-11-02', '09:00', 'America/New_York').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(zonedInstant('2026-10-31', '09:00', 'America/New_York').toISOString()).toBe('2026-10-31T13:00:00.000Z');
  });

  it('round-trips through wallClock', () => {
    for (const [date, time] of [['2027-03-14', '08:15'], ['2026-12-31', '23:45'], ['2027-01-01', '00:00']]) {
      expect(wallClock(zonedInstant(date, time, 'America/Chicago'), 'America/Chicago')).toEqual({ date, time });
    }
  });

  it('refuses what is not a date or a time', () => {
    expect(isMeetingDate('2026-02-30')).toBe(false);
    expect(isMeetingDate('2026-12-08')).toBe(true);
    expect(isMeetingTime('24:00')).toBe(false);
    expect(isMeetingTime('9:00')).toBe(false);
    expect(isMeetingTime('09:00')).toBe(true);
    expect(() => zonedInstant('2026-13-01', '09:00', 'America/New_York')).toThrow(RangeError);
  });
});

describe('meeting notice (34 CFR 300.322)', () => {
  const base = { today: '2026-11-22', noticeDays: 10, shortNoticeAgreed: false };

  it('accepts exactly the required notice and more', () => {
    expect(checkMeetingNotice({ ...base, meetingDate: '2026-12-02' })).toEqual({ ok: true, daysOfNotice: 10, short: false });
    expect(checkMeetingNotice({ ...base, meetingDate: '2027-01-05' }).ok).toBe(true);
  });

  it('refuses shorter notice unless the parent agreed to it', () => {
    expect(checkMeetingNotice({ ...base, meetingDate: '2026-12-01' })).toEqual({
      ok: false, reason: 'SHORT_NOTICE', daysOfNotice: 9, lastNoticeDay: '2026-11-21',
    });
    expect(checkMeetingNotice({ ...base, meetingDate: '2026-12-01', shortNoticeAgreed: true })).toEqual({
      ok: true, daysOfNotice: 9, short: true,
    });
    expect(checkMeetingNotice({ ...base, meetingDate: '2026-11-22', shortNoticeAgreed: true }).ok).toBe(true);
  });

  it('never schedules in the past, agreement or not', () => {
    expect(checkMeetingNotice({ ...base, meetingDate: '2026-11-21', shortNoticeAgreed: true })).toMatchObject({ ok: false, reason: 'IN_THE_PAST' });
  });

  it('counts calendar days across months and years', () => {
    expect(calendarDaysBetween('2026-12-25', '2027-01-04')).toBe(10);
    expect(calendarDaysBetween('2027-02-27', '2027-03-01')).toBe(2);
  });
});

describe('excusal and the annual-review clock', () => {
  it('needs both written agreements', () => {
    expect(excusalAgreed({ parentAgreedAt: null, districtAgreedAt: null })).toBe(false);
    expect(excusalAgreed({ parentAgreedAt: new Date(), districtAgreedAt: null })).toBe(false);
    expect(excusalAgreed({ parentAgreedAt: null, districtAgreedAt: new Date() })).toBe(false);
    expect(excusalAgreed({ parentAgreedAt: new Date(), districtAgreedAt: new Date() })).toBe(true);
  });

  it('starts the clock only for meetings that develop or review the whole IEP', () => {
    expect(startsAnnualReviewClock('INITIAL_IEP')).toBe(true);
    expect(startsAnnualReviewClock('ANNUAL_REVIEW')).toBe(true);
    expect(startsAnnualReviewClock('AMENDMENT')).toBe(false);
    expect(startsAnnualReviewClock('REEVALUATION')).toBe(false);
    expect(startsAnnualReviewClock('OTHER')).toBe(false);
  });
});

describe('a meeting time as a form and the API check it', () => {
  const valid = { date: '2026-12-08', time: '15:30', durationMinutes: 60, location: 'Room 12', callIn: null };

  it('accepts a real date and time, a length within the limits and a place', () => {
    expect(meetingTimeProblem(valid)).toBeNull();
    expect(meetingTimeProblem({ ...valid, location: ' ', callIn: '+1 555 0100' })).toBeNull();
  });

  it('names the first field to fix, in the order the form shows them', () => {
    expect(meetingTimeProblem({ ...valid, date: '2027-02-30', time: '' })).toEqual({ field: 'date', reason: 'DATE_REQUIRED' });
    expect(meetingTimeProblem({ ...valid, time: '25:00' })).toEqual({ field: 'time', reason: 'TIME_REQUIRED' });
    expect(meetingTimeProblem({ ...valid, location: null, callIn: '' })).toEqual({ field: 'location', reason: 'PLACE_REQUIRED' });
  });

  it('keeps the length within the limits, in whole minutes', () => {
    const duration = (durationMinutes: number) => meetingTimeProblem({ ...valid, durationMinutes });
    expect(duration(MEETING_LIMITS.minDurationMinutes)).toBeNull();
    expect(duration(MEETING_LIMITS.maxDurationMinutes)).toBeNull();
    expect(duration(MEETING_LIMITS.minDurationMinutes - 1)).toEqual({ field: 'durationMinutes', reason: 'DURATION_OUT_OF_RANGE' });
    expect(duration(MEETING_LIMITS.maxDurationMinutes + 1)).toEqual({ field: 'durationMinutes', reason: 'DURATION_OUT_OF_RANGE' });
    expect(duration(30.5)).toEqual({ field: 'durationMinutes', reason: 'DURATION_OUT_OF_RANGE' });
  });
});

describe('when a meeting may start, its notice sent now', () => {
  // 10:00 on 2026-11-22 in New York; the UTC date is the same, so a browser elsewhere would agree only by chance.
  const now = new Date('2026-11-22T15:00:00Z');
  const facts = { time: '15:30', timeZone: 'America/New_York', noticeDays: 10, shortNoticeAgreed: false, now };

  it('accepts full notice, and short notice the parent agreed to', () => {
    expect(checkMeetingStart({ ...facts, date: '2026-12-02' })).toEqual({ ok: true, today: '2026-11-22', daysOfNotice: 10, short: false });
    expect(checkMeetingStart({ ...facts, date: '2026-11-25', shortNoticeAgreed: true })).toEqual({ ok: true, today: '2026-11-22', daysOfNotice: 3, short: true });
  });

  it('refuses short notice, naming the earliest date with full notice', () => {
    expect(checkMeetingStart({ ...facts, date: '2026-11-25' })).toEqual({
      ok: false, reason: 'SHORT_NOTICE', noticeDays: 10, lastNoticeDay: '2026-11-15', earliestDate: '2026-12-02',
    });
  });

  it("counts from the district's date, not the UTC date", () => {
    // 21:00 on 2026-11-21 in New York is already 2026-11-22 in UTC.
    const evening = new Date('2026-11-22T02:00:00Z');
    expect(checkMeetingStart({ ...facts, now: evening, date: '2026-12-01' })).toMatchObject({ ok: true, today: '2026-11-21', daysOfNotice: 10 });
  });

  it('refuses a time that has passed today, even with agreement to short notice', () => {
    expect(checkMeetingStart({ ...facts, date: '2026-11-22', time: '09:00', shortNoticeAgreed: true })).toEqual({ ok: false, reason: 'IN_THE_PAST' });
    expect(checkMeetingStart({ ...facts, date: '2026-11-22', time: '11:00', shortNoticeAgreed: true })).toMatchObject({ ok: true, short: true });
    expect(checkMeetingStart({ ...facts, date: '2026-11-21', shortNoticeAgreed: true })).toEqual({ ok: false, reason: 'IN_THE_PAST' });
  });
});
