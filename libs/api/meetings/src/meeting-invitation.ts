import { meetingInvitationIcs, meetingInvitationUid, type IcsPerson, type MeetingInvitationFacts, type MeetingPurpose } from '@iep/domain';
import type { EmailAttachment } from '@iep/api/notifications';
import { PURPOSE_NAMES, type EmailLocale } from './meeting-emails';

export interface InvitedMeeting {
  id: string;
  purpose: MeetingPurpose;
  studentFirstName: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  callIn: string | null;
  /** How many times the meeting changed since its first notice. */
  sequence: number;
}

const JOIN: Record<EmailLocale, string> = { en: 'Join by phone or video', es: 'Para unirse a distancia' };
const ANSWER: Record<EmailLocale, string> = { en: 'Answer the notice in IEP Team', es: 'Responda al aviso en IEP Team' };

/** The meeting's calendar event in the reader's language: the same UID for every notice, the next SEQUENCE after each change. */
export function meetingInvitation(
  meeting: InvitedMeeting,
  locale: EmailLocale,
  link: string,
  method: MeetingInvitationFacts['method'],
  people: { organizer: IcsPerson | null; attendees: readonly IcsPerson[] } = { organizer: null, attendees: [] },
): string {
  const purpose = PURPOSE_NAMES[locale][meeting.purpose];
  return meetingInvitationIcs({
    uid: meetingInvitationUid(meeting.id),
    sequence: meeting.sequence,
    method,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    summary: `${purpose.charAt(0).toUpperCase()}${purpose.slice(1)}: ${meeting.studentFirstName}`,
    description: [...(meeting.callIn ? [`${JOIN[locale]}: ${meeting.callIn}`] : []), `${ANSWER[locale]}: ${link}`].join('\n'),
    location: meeting.location ?? meeting.callIn,
    url: link,
    organizer: people.organizer,
    attendees: people.attendees,
    stampedAt: new Date(),
  });
}

export function invitationAttachment(ics: string, method: MeetingInvitationFacts['method']): EmailAttachment {
  return { filename: method === 'CANCEL' ? 'cancelled-meeting.ics' : 'meeting.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics };
}
