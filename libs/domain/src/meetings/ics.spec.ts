import { meetingInvitationIcs, meetingInvitationUid, type MeetingInvitationFacts } from './ics';

const facts = (over: Partial<MeetingInvitationFacts> = {}): MeetingInvitationFacts => ({
  uid: meetingInvitationUid('7b0c1e2a-0000-4000-8000-000000000001'),
  sequence: 0,
  method: 'REQUEST',
  startsAt: new Date('2026-12-15T20:30:00Z'),
  durationMinutes: 60,
  summary: 'IEP meeting: annual review, Sofía',
  description: 'Room 114; bring notes.\nSecond line',
  location: 'Cedar Ridge, room 114',
  url: 'https://iep.example/ieps/1/meeting?meeting=2',
  organizer: { name: 'Jordan "JJ" Lee', email: 'jordan@example.org' },
  attendees: [{ name: 'Ana Ramírez', email: 'ana@example.org' }],
  stampedAt: new Date('2026-12-01T09:00:05.123Z'),
  ...over,
});

/** Unfolds continuation lines (RFC 5545 3.1) and splits the content lines. */
const contentLines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
const property = (ics: string, name: string) => contentLines(ics).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('meeting invitations (.ics, RFC 5545)', () => {
  it('writes one VEVENT in UTC with its end from the duration, ending every line with CRLF', () => {
    const ics = meetingInvitationIcs(facts());
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    expect(contentLines(ics).slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IEP Team//IEP meetings//EN', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST']);
    expect(property(ics, 'DTSTART')).toBe('DTSTART:20261215T203000Z');
    expect(property(ics, 'DTEND')).toBe('DTEND:20261215T213000Z');
    expect(property(ics, 'DTSTAMP')).toBe('DTSTAMP:20261201T090005Z');
    expect(property(ics, 'STATUS')).toBe('STATUS:CONFIRMED');
    expect(contentLines(ics).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('keeps the UID of the meeting across changes and carries the sequence it is given', () => {
    const first = meetingInvitationIcs(facts());
    const moved = meetingInvitationIcs(facts({ sequence: 1, startsAt: new Date('2026-12-16T15:00:00Z') }));
    const cancelled = meetingInvitationIcs(facts({ sequence: 2, method: 'CANCEL' }));
    expect(property(first, 'UID')).toBe('UID:iep-meeting-7b0c1e2a-0000-4000-8000-000000000001@iep-team');
    expect([first, moved, cancelled].map((ics) => property(ics, 'UID'))).toEqual(Array(3).fill(property(first, 'UID')));
    expect([first, moved, cancelled].map((ics) => property(ics, 'SEQUENCE'))).toEqual(['SEQUENCE:0', 'SEQUENCE:1', 'SEQUENCE:2']);
    expect(property(cancelled, 'METHOD')).toBe('METHOD:CANCEL');
    expect(property(cancelled, 'STATUS')).toBe('STATUS:CANCELLED');
    expect(() => meetingInvitationIcs(facts({ sequence: -1 }))).toThrow(RangeError);
  });

  it("publishes a copy without anyone's address, and never sends a request without an organizer", () => {
    const copy = meetingInvitationIcs(facts({ method: 'PUBLISH', organizer: null, attendees: [] }));
    expect(property(copy, 'METHOD')).toBe('METHOD:PUBLISH');
    expect(copy).not.toContain('mailto:');
    expect(() => meetingInvitationIcs(facts({ organizer: null }))).toThrow(RangeError);
  });

  it('escapes text values and keeps quotes out of names', () => {
    const ics = meetingInvitationIcs(facts({ location: 'Room 1, back\\side; east' }));
    expect(property(ics, 'DESCRIPTION')).toBe('DESCRIPTION:Room 114\\; bring notes.\\nSecond line');
    expect(property(ics, 'LOCATION')).toBe('LOCATION:Room 1\\, back\\\\side\\; east');
    expect(property(ics, 'SUMMARY')).toBe('SUMMARY:IEP meeting: annual review\\, Sofía');
    expect(property(ics, 'ORGANIZER')).toBe('ORGANIZER;CN="Jordan JJ Lee":mailto:jordan@example.org');
    expect(property(ics, 'ATTENDEE')).toContain('CN="Ana Ramírez"');
    expect(property(meetingInvitationIcs(facts({ location: null })), 'LOCATION')).toBeUndefined();
  });

  it('folds lines longer than 75 octets without splitting a character, and unfolds to the same text', () => {
    const description = 'Reunión del equipo — ñandú '.repeat(12);
    const ics = meetingInvitationIcs(facts({ description }));
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(property(ics, 'DESCRIPTION')).toBe(`DESCRIPTION:${description}`);
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });
});
