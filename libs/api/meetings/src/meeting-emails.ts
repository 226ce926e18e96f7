import type { MeetingPurpose } from '@iep/domain';

export type EmailLocale = 'en' | 'es';

export function emailLocale(locale: string | null | undefined): EmailLocale {
  return locale === 'es' ? 'es' : 'en';
}

export const PURPOSE_NAMES: Record<EmailLocale, Record<MeetingPurpose, string>> = {
  en: {
    INITIAL_IEP: 'first IEP meeting',
    ANNUAL_REVIEW: 'annual review of the IEP',
    AMENDMENT: 'meeting to amend the IEP',
    REEVALUATION: 'reevaluation meeting',
    OTHER: 'IEP team meeting',
  },
  es: {
    INITIAL_IEP: 'primera reunión del IEP',
    ANNUAL_REVIEW: 'revisión anual del IEP',
    AMENDMENT: 'reunión para modificar el IEP',
    REEVALUATION: 'reunión de reevaluación',
    OTHER: 'reunión del equipo del IEP',
  },
};

/** The meeting time as the recipient reads it: their language, the district's clock, the zone named. */
export function meetingTime(startsAt: Date, timeZone: string, locale: EmailLocale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(startsAt);
}

export interface MeetingFactsForEmail {
  recipientName: string;
  studentFirstName: string;
  purpose: MeetingPurpose;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  location: string | null;
  callIn: string | null;
  organizerName: string;
  inviteeNames: string[];
  link: string;
  /** The notice replaces an earlier one (the meeting moved). */
  rescheduled: boolean;
  shortNoticeAgreed: boolean;
  /** The meeting discusses transition, so the student is invited too (300.322(b)(2)). */
  discussesTransition: boolean;
}

export interface MeetingMessage {
  subject: string;
  title: string;
  body: string;
  text: string;
}

/** The written notice of 34 CFR 300.322(b): purpose, time, place, and who will be there. */
export function meetingNotice(f: MeetingFactsForEmail, locale: EmailLocale): MeetingMessage {
  const when = meetingTime(f.startsAt, f.timeZone, locale);
  if (locale === 'es') {
    const title = f.rescheduled
      ? `Nueva fecha: ${PURPOSE_NAMES.es[f.purpose]} de ${f.studentFirstName}`
      : `Aviso de reunión: ${PURPOSE_NAMES.es[f.purpose]} de ${f.studentFirstName}`;
    const body = `${when}, ${f.durationMinutes} minutos.`;
    return {
      subject: title, title, body,
      text: [
        `Hola, ${f.recipientName}:`,
        '',
        f.rescheduled
          ? `La ${PURPOSE_NAMES.es[f.purpose]} de ${f.studentFirstName} cambió de fecha. Este aviso reemplaza al anterior.`
          : `${f.organizerName} le invita a la ${PURPOSE_NAMES.es[f.purpose]} de ${f.studentFirstName}.`,
        '',
        `Cuándo: ${when} (${f.durationMinutes} minutos)`,
        ...(f.location ? [`Dónde: ${f.location}`] : []),
        ...(f.callIn ? [`Para unirse a distancia: ${f.callIn}`] : []),
        `Invitados: ${f.inviteeNames.join(', ')}`,
        ...(f.shortNoticeAgreed ? ['', 'Usted aceptó recibir este aviso con menos anticipación de la que exige la ley.'] : []),
        ...(f.discussesTransition
          ? ['', `En esta reunión se hablará de la transición (los planes de ${f.studentFirstName} para después de la escuela), así que ${f.studentFirstName} también está invitado o invitada.`]
          : []),
        '',
        'Puede aceptar o pedir otra fecha y hora aquí:',
        f.link,
        '',
        'Tiene derecho a traer a personas que conozcan a su hijo o hija, y a pedir un intérprete.',
      ].join('\n'),
    };
  }
  const title = f.rescheduled
    ? `New time: ${f.studentFirstName}'s ${PURPOSE_NAMES.en[f.purpose]}`
    : `Meeting notice: ${f.studentFirstName}'s ${PURPOSE_NAMES.en[f.purpose]}`;
  const body = `${when}, ${f.durationMinutes} minutes.`;
  return {
    subject: title, title, body,
    text: [
      `Hello ${f.recipientName},`,
      '',
      f.rescheduled
        ? `${f.studentFirstName}'s ${PURPOSE_NAMES.en[f.purpose]} has moved. This notice replaces the earlier one.`
        : `${f.organizerName} invites you to ${f.studentFirstName}'s ${PURPOSE_NAMES.en[f.purpose]}.`,
      '',
      `When: ${when} (${f.durationMinutes} minutes)`,
      ...(f.location ? [`Where: ${f.location}`] : []),
      ...(f.callIn ? [`To join remotely: ${f.callIn}`] : []),
      `Invited: ${f.inviteeNames.join(', ')}`,
      ...(f.shortNoticeAgreed ? ['', 'You agreed to receive this notice with less time than the law requires.'] : []),
      ...(f.discussesTransition
        ? ['', `This meeting discusses transition (${f.studentFirstName}'s plans for after school), so ${f.studentFirstName} is invited too.`]
        : []),
      '',
      'Accept, or ask for another time, here:',
      f.link,
      '',
      'You may bring people who know your child, and you may ask for an interpreter.',
    ].join('\n'),
  };
}

export function meetingCancelled(
  f: Pick<MeetingFactsForEmail, 'recipientName' | 'studentFirstName' | 'purpose' | 'startsAt' | 'timeZone' | 'link'> & { reason: string },
  locale: EmailLocale,
): MeetingMessage {
  const when = meetingTime(f.startsAt, f.timeZone, locale);
  if (locale === 'es') {
    const title = `Cancelada: ${PURPOSE_NAMES.es[f.purpose]} de ${f.studentFirstName}`;
    const body = `La reunión del ${when} no se realizará. Motivo: ${f.reason}`;
    return { subject: title, title, body, text: [`Hola, ${f.recipientName}:`, '', body, '', f.link].join('\n') };
  }
  const title = `Cancelled: ${f.studentFirstName}'s ${PURPOSE_NAMES.en[f.purpose]}`;
  const body = `The meeting on ${when} will not take place. Reason: ${f.reason}`;
  return { subject: title, title, body, text: [`Hello ${f.recipientName},`, '', body, '', f.link].join('\n') };
}

export function anotherTimeRequested(
  f: Pick<MeetingFactsForEmail, 'recipientName' | 'studentFirstName' | 'purpose' | 'timeZone' | 'link'> & {
    requesterName: string;
    message: string | null;
    proposedTimes: Date[];
  },
  locale: EmailLocale,
): MeetingMessage {
  const times = f.proposedTimes.map((time) => meetingTime(time, f.timeZone, locale));
  if (locale === 'es') {
    const title = `${f.requesterName} pide otra fecha para la ${PURPOSE_NAMES.es[f.purpose]} de ${f.studentFirstName}`;
    const body = [f.message, times.length ? `Le conviene: ${times.join('; ')}` : null].filter(Boolean).join(' ');
    return { subject: title, title, body, text: [`Hola, ${f.recipientName}:`, '', title + '.', '', body, '', f.link].join('\n') };
  }
  const title = `${f.requesterName} asks for another time for ${f.studentFirstName}'s ${PURPOSE_NAMES.en[f.purpose]}`;
  const body = [f.message, times.length ? `Times that suit: ${times.join('; ')}` : null].filter(Boolean).join(' ');
  return { subject: title, title, body, text: [`Hello ${f.recipientName},`, '', title + '.', '', body, '', f.link].join('\n') };
}

export function excusalAgreementNeeded(
  f: Pick<MeetingFactsForEmail, 'recipientName' | 'studentFirstName' | 'purpose' | 'startsAt' | 'timeZone' | 'link'> & {
    memberName: string;
    memberRole: string;
    reason: string;
  },
  locale: EmailLocale,
): MeetingMessage {
  const when = meetingTime(f.startsAt, f.timeZone, locale);
  if (locale === 'es') {
    const title = `${f.memberName} pide ser excusado de la reunión de ${f.studentFirstName}`;
    const body = `${f.memberName} (${f.memberRole}) no podría asistir a la reunión del ${when}. Motivo: ${f.reason} Solo puede faltar si usted y el distrito están de acuerdo por escrito.`;
    return { subject: title, title, body, text: [`Hola, ${f.recipientName}:`, '', body, '', 'Para responder:', f.link].join('\n') };
  }
  const title = `${f.memberName} asks to be excused from ${f.studentFirstName}'s meeting`;
  const body = `${f.memberName} (${f.memberRole}) would miss the meeting on ${when}. Reason: ${f.reason} They may miss it only if you and the district agree in writing.`;
  return { subject: title, title, body, text: [`Hello ${f.recipientName},`, '', body, '', 'To answer:', f.link].join('\n') };
}
