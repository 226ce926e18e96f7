import { ROLE_ES, UserRole } from '@iep/domain';

export type EmailLocale = 'en' | 'es';

export function emailLocale(locale: string | null | undefined): EmailLocale {
  return locale === 'es' ? 'es' : 'en';
}

const ROLE_NAMES: Record<EmailLocale, Readonly<Record<UserRole, string>>> = {
  en: {
    [UserRole.Parent]: 'parent or guardian',
    [UserRole.Student]: 'student',
    [UserRole.GeneralEducationTeacher]: 'general education teacher',
    [UserRole.SpecialEducationTeacher]: 'special education teacher',
    [UserRole.Specialist]: 'specialist',
    [UserRole.DistrictRepresentative]: 'district representative',
    [UserRole.DistrictAdmin]: 'district administrator',
    [UserRole.Guest]: 'guest',
  },
  es: ROLE_ES,
};

/** A role's name in one language, for API messages (lower case, to go inside a sentence). */
export function roleName(role: UserRole, locale: EmailLocale): string {
  return ROLE_NAMES[locale][role];
}

function longDate(date: Date, locale: EmailLocale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface InvitationEmailFacts {
  displayName: string;
  inviterName: string;
  studentFirstName: string;
  teamRole: string;
  role: UserRole;
  link: string;
  /** The person already has a password (an existing account) and signs in with it to accept. */
  hasPassword: boolean;
  linkExpiresAt: Date;
  accessEndsAt: Date | null;
}

/** Plain text, short, in the invitee's language when the product knows it. */
export function invitationEmail(facts: InvitationEmailFacts, locale: EmailLocale): { subject: string; text: string } {
  const f = facts;
  if (locale === 'es') {
    return {
      subject: `Invitación al equipo del IEP de ${f.studentFirstName}`,
      text: [
        `Hola, ${f.displayName}:`,
        '',
        `${f.inviterName} le invitó a formar parte del equipo del IEP de ${f.studentFirstName} como ${f.teamRole} (${ROLE_NAMES.es[f.role]}).`,
        '',
        `Para aceptar, abra este enlace antes del ${longDate(f.linkExpiresAt, 'es')}:`,
        f.link,
        '',
        f.hasPassword
          ? 'Para aceptar, escriba la contraseña de su cuenta de IEP Team.'
          : 'Al aceptar, elegirá una contraseña para su nueva cuenta de IEP Team.',
        ...(f.accessEndsAt ? ['', `Como invitado podrá leer y comentar este IEP hasta el ${longDate(f.accessEndsAt, 'es')}.`] : []),
        '',
        'Si no esperaba esta invitación, puede ignorar este correo.',
      ].join('\n'),
    };
  }
  return {
    subject: `Invitation to ${f.studentFirstName}'s IEP team`,
    text: [
      `Hello ${f.displayName},`,
      '',
      `${f.inviterName} invited you to join ${f.studentFirstName}'s IEP team as ${f.teamRole} (${ROLE_NAMES.en[f.role]}).`,
      '',
      `To accept, open this link by ${longDate(f.linkExpiresAt, 'en')}:`,
      f.link,
      '',
      f.hasPassword
        ? 'To accept, enter the password of your IEP Team account.'
        : 'When you accept, you choose a password for your new IEP Team account.',
      ...(f.accessEndsAt ? ['', `As a guest you can read and comment on this IEP until ${longDate(f.accessEndsAt, 'en')}.`] : []),
      '',
      'If you did not expect this invitation, you can ignore this e-mail.',
    ].join('\n'),
  };
}

export interface GuestInvitedFacts {
  parentName: string;
  guestName: string;
  guestEmail: string;
  studentFirstName: string;
  teamRole: string;
  accessEndsAt: Date;
  link: string;
}

/** To the case manager when a family invites a guest: the school hears of it before the meeting. */
export function guestInvitedNotice(f: GuestInvitedFacts, locale: EmailLocale): { subject: string; title: string; body: string; text: string } {
  if (locale === 'es') {
    const title = `${f.parentName} invitó a ${f.guestName} al equipo del IEP de ${f.studentFirstName}`;
    const body = `${f.guestName} (${f.guestEmail}) se une como ${f.teamRole} cuando acepte, y podrá leer y comentar este IEP hasta el ${longDate(f.accessEndsAt, 'es')}.`;
    return { subject: title, title, body, text: [title + '.', '', body, '', `Ver el equipo: ${f.link}`].join('\n') };
  }
  const title = `${f.parentName} invited ${f.guestName} to ${f.studentFirstName}'s IEP team`;
  const body = `${f.guestName} (${f.guestEmail}) joins as ${f.teamRole} once they accept, and can read and comment on this IEP until ${longDate(f.accessEndsAt, 'en')}.`;
  return { subject: title, title, body, text: [title + '.', '', body, '', `See the team: ${f.link}`].join('\n') };
}
