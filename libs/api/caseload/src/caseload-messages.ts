/** The words of a caseload change, in each language the product speaks. */
export type NoticeLocale = 'en' | 'es';

export interface CaseloadNotice {
  title: string;
  body: string;
  text: string;
}

function notice(title: string, body: string, linkLabel: string, link: string): CaseloadNotice {
  return { title, body, text: [title + '.', '', body, '', `${linkLabel}: ${link}`].join('\n') };
}

/** To the case manager who receives students. */
export function caseloadReceivedNotice(facts: { actorName: string; names: string[]; link: string }, locale: NoticeLocale): CaseloadNotice {
  const list = facts.names.join(', ');
  return locale === 'es'
    ? notice(
        facts.names.length === 1 ? `${facts.names[0]} está ahora en su lista de casos` : `${facts.names.length} estudiantes están ahora en su lista de casos`,
        `${facts.actorName} le asignó como responsable del caso de: ${list}. Sus IEP vigentes y en preparación le nombran ahora a usted.`,
        'Ver su lista de casos', facts.link,
      )
    : notice(
        facts.names.length === 1 ? `${facts.names[0]} is now on your caseload` : `${facts.names.length} students are now on your caseload`,
        `${facts.actorName} made you the case manager of: ${list}. Their current and draft IEPs now name you.`,
        'Open your caseload', facts.link,
      );
}

/** To the case manager whose students moved to someone else. */
export function caseloadHandedOverNotice(facts: { actorName: string; names: string[]; toName: string; link: string }, locale: NoticeLocale): CaseloadNotice {
  const list = facts.names.join(', ');
  return locale === 'es'
    ? notice(
        facts.names.length === 1 ? `${facts.names[0]} pasó a otro responsable del caso` : `${facts.names.length} estudiantes pasaron a otro responsable del caso`,
        `${facts.actorName} pasó a ${facts.toName}: ${list}. Usted ya no forma parte de sus equipos del IEP; las versiones firmadas no cambian.`,
        'Ver su lista de casos', facts.link,
      )
    : notice(
        facts.names.length === 1 ? `${facts.names[0]} moved to another case manager` : `${facts.names.length} students moved to another case manager`,
        `${facts.actorName} moved to ${facts.toName}: ${list}. You are no longer on their IEP teams; signed versions do not change.`,
        'Open your caseload', facts.link,
      );
}

export const CASELOAD_MESSAGES = {
  notCaseManager: {
    en: 'Choose an active special education teacher of your district as the case manager.',
    es: 'Elija como responsable del caso a un maestro de educación especial activo de su distrito.',
  },
  sameCaseManager: {
    en: 'The caseload already belongs to that case manager: choose another one to move it to.',
    es: 'La lista de casos ya pertenece a ese responsable del caso: elija otro a quien pasarla.',
  },
  emptyCaseload: {
    en: 'That case manager has no students to move.',
    es: 'Ese responsable del caso no tiene estudiantes que pasar.',
  },
} as const;
