// A calendar invitation for an IEP meeting (RFC 5545 iCalendar, with RFC 5546 iTIP methods). Calendar
// programs match a change to the event they already hold by its UID and apply it when its SEQUENCE is
// higher, so a meeting keeps one UID for life and every notice of a change carries the next sequence.

export interface IcsPerson {
  name: string;
  email: string;
}

export interface MeetingInvitationFacts {
  /** Stable for the life of the meeting: `meetingInvitationUid(meeting id)`. */
  uid: string;
  /** 0 for the first notice, one more for every change after it. */
  sequence: number;
  /**
   * REQUEST for a notice or a change of time or place and CANCEL when the meeting is cancelled, both sent to the
   * invitees; PUBLISH for a copy anyone who may see the meeting downloads, which names no one's address.
   */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  /** Required with REQUEST and CANCEL (RFC 5546); left out of a PUBLISH copy. */
  organizer: IcsPerson | null;
  attendees: readonly IcsPerson[];
  /** When this version of the invitation was written (DTSTAMP). */
  stampedAt: Date;
}

export function meetingInvitationUid(meetingId: string): string {
  return `iep-meeting-${meetingId}@iep-team`;
}

/** The `.ics` text: CRLF line ends, long lines folded at 75 octets, text values escaped. */
export function meetingInvitationIcs(facts: MeetingInvitationFacts): string {
  if (!Number.isInteger(facts.sequence) || facts.sequence < 0) throw new RangeError('SEQUENCE is a non-negative integer');
  const end = new Date(facts.startsAt.getTime() + facts.durationMinutes * 60_000);
  const cancelled = facts.method === 'CANCEL';
  if (facts.method !== 'PUBLISH' && !facts.organizer) throw new RangeError(`METHOD:${facts.method} needs an ORGANIZER`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IEP Team//IEP meetings//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${facts.method}`,
    'BEGIN:VEVENT',
    `UID:${facts.uid}`,
    `SEQUENCE:${facts.sequence}`,
    `DTSTAMP:${utcStamp(facts.stampedAt)}`,
    `DTSTART:${utcStamp(facts.startsAt)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(facts.summary)}`,
    `DESCRIPTION:${escapeText(facts.description)}`,
    ...(facts.location ? [`LOCATION:${escapeText(facts.location)}`] : []),
    `URL:${facts.url}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...(facts.organizer ? [`ORGANIZER;CN=${quoteParam(facts.organizer.name)}:mailto:${facts.organizer.email}`] : []),
    ...facts.attendees.map(
      (person) => `ATTENDEE;CN=${quoteParam(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${person.email}`,
    ),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped; a line break becomes \n. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (a name) in double quotes, which may not itself contain a double quote or a control character. */
function quoteParam(value: string): string {
  const printable = [...value].filter((char) => char !== '"' && char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f).join('');
  return `"${printable}"`;
}

/** RFC 5545 3.1: a line longer than 75 octets continues on the next line after CRLF and one space, never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line spends one on its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
