import type { SignoffLocale } from './esign-texts';

export interface Notice {
  subject: string;
  title: string;
  body: string;
  text: string;
}

export const IEP_PROPOSED_NOTIFICATION = 'IEP_PROPOSED';
export const IEP_PROPOSAL_WITHDRAWN_NOTIFICATION = 'IEP_PROPOSAL_WITHDRAWN';
export const IEP_DECIDED_NOTIFICATION = 'IEP_DECIDED';
export const IEP_TOOK_EFFECT_NOTIFICATION = 'IEP_TOOK_EFFECT';
export const PRIOR_WRITTEN_NOTICE_NOTIFICATION = 'PRIOR_WRITTEN_NOTICE_SENT';

function notice(title: string, body: string, linkLabel: string, link: string): Notice {
  return { subject: title, title, body, text: [title + '.', '', body, '', `${linkLabel}: ${link}`].join('\n') };
}

function longDate(date: string, locale: SignoffLocale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function proposedNotice(
  f: { studentFirstName: string; version: number; link: string; requiresSignature: boolean; effectiveOn: string | null },
  locale: SignoffLocale,
): Notice {
  if (locale === 'es') {
    const after = !f.requiresSignature && f.effectiveOn
      ? ` Si no responde, este IEP entrará en vigor el ${longDate(f.effectiveOn, 'es')}.`
      : ' El IEP no entra en vigor hasta que usted dé su consentimiento.';
    return notice(
      `El IEP propuesto de ${f.studentFirstName} está listo para su revisión`,
      `El equipo envió la versión ${f.version} del IEP de ${f.studentFirstName}. Léalo en su idioma y decida: dar su consentimiento, dar su consentimiento con excepciones o no darlo, explicando sus razones.${after} Puede pedir una copia en papel en cualquier momento.`,
      'Revisar y firmar', f.link,
    );
  }
  const after = !f.requiresSignature && f.effectiveOn
    ? ` If you do not respond, this IEP takes effect on ${longDate(f.effectiveOn, 'en')}.`
    : ' The IEP does not take effect until you give your consent.';
  return notice(
    `${f.studentFirstName}'s proposed IEP is ready for your review`,
    `The team sent version ${f.version} of ${f.studentFirstName}'s IEP. Read it and decide: consent, consent with exceptions, or decline with your reasons.${after} You may ask for a paper copy at any time.`,
    'Review and sign', f.link,
  );
}

export function withdrawnNotice(f: { studentFirstName: string; link: string }, locale: SignoffLocale): Notice {
  if (locale === 'es') {
    return notice(
      `El IEP propuesto de ${f.studentFirstName} fue retirado`,
      'El equipo retiró la propuesta para seguir trabajando en ella. No necesita firmar nada por ahora; recibirá un aviso cuando haya una nueva versión.',
      'Ver el IEP', f.link,
    );
  }
  return notice(
    `${f.studentFirstName}'s proposed IEP was withdrawn`,
    'The team withdrew the proposal to keep working on it. There is nothing to sign for now; you will be told when a new version is ready.',
    'View the IEP', f.link,
  );
}

export type DecisionWord = 'CONSENT' | 'CONSENT_WITH_EXCEPTIONS' | 'DECLINE' | 'TOOK_EFFECT_AFTER_NOTICE';

/** To the team: staff read English and Spanish alike through their own locale. */
export function decidedNotice(
  f: { studentFirstName: string; decidedBy: string | null; decision: DecisionWord; version: number; exceptions: number; link: string },
  locale: SignoffLocale,
): Notice {
  if (locale === 'es') {
    const what: Record<DecisionWord, string> = {
      CONSENT: `${f.decidedBy} dio su consentimiento a la versión ${f.version}: el IEP está en vigor.`,
      CONSENT_WITH_EXCEPTIONS: `${f.decidedBy} dio su consentimiento a la versión ${f.version} excepto ${f.exceptions} punto(s): el resto está en vigor y los puntos exceptuados vuelven al equipo como una enmienda.`,
      DECLINE: `${f.decidedBy} no dio su consentimiento a la versión ${f.version}: el IEP vuelve a borrador. Hay un aviso previo por escrito por completar.`,
      TOOK_EFFECT_AFTER_NOTICE: `El plazo del aviso terminó y la versión ${f.version} entró en vigor sin firma.`,
    };
    return notice(`Decisión sobre el IEP de ${f.studentFirstName}`, what[f.decision], 'Ver el IEP', f.link);
  }
  const what: Record<DecisionWord, string> = {
    CONSENT: `${f.decidedBy} consented to version ${f.version}: the IEP is in effect.`,
    CONSENT_WITH_EXCEPTIONS: `${f.decidedBy} consented to version ${f.version} except ${f.exceptions} item(s): the rest is in effect and the excepted items come back to the team as an amendment.`,
    DECLINE: `${f.decidedBy} declined version ${f.version}: the IEP is a draft again. A prior written notice is waiting to be completed.`,
    TOOK_EFFECT_AFTER_NOTICE: `The notice period ended and version ${f.version} took effect without a signature.`,
  };
  return notice(`Decision on ${f.studentFirstName}'s IEP`, what[f.decision], 'View the IEP', f.link);
}

export function priorWrittenNoticeSent(f: { studentFirstName: string; link: string; actionDescription: string }, locale: SignoffLocale): Notice {
  if (locale === 'es') {
    return notice(
      `Aviso previo por escrito sobre el IEP de ${f.studentFirstName}`,
      `El distrito le envió un aviso previo por escrito: ${f.actionDescription}`,
      'Leer el aviso', f.link,
    );
  }
  return notice(
    `Prior written notice about ${f.studentFirstName}'s IEP`,
    `The district sent you a prior written notice: ${f.actionDescription}`,
    'Read the notice', f.link,
  );
}

export const IEP_EXPIRED_NOTIFICATION = 'IEP_EXPIRED';

/** To the case manager and the district's representatives when an IEP's annual review date has passed. */
export function expiredNotice(f: { studentFirstName: string; annualReviewDueOn: string; link: string }, locale: SignoffLocale): Notice {
  if (locale === 'es') {
    return notice(
      `El IEP de ${f.studentFirstName} venció sin revisión anual`,
      `La revisión anual del IEP de ${f.studentFirstName} debía hacerse a más tardar el ${longDate(f.annualReviewDueOn, 'es')} y no hay un IEP nuevo vigente. El IEP figura ahora como vencido y cuenta como incumplimiento en el panel de cumplimiento. Convoque la reunión de revisión anual cuanto antes.`,
      'Abrir el IEP', f.link,
    );
  }
  return notice(
    `${f.studentFirstName}'s IEP expired without an annual review`,
    `The annual review of ${f.studentFirstName}'s IEP was due by ${longDate(f.annualReviewDueOn, 'en')} and no new IEP is in effect. The IEP is now marked expired and counts as a breach on the compliance dashboard. Hold the annual review meeting as soon as possible.`,
    'Open the IEP', f.link,
  );
}
