import { IepPartKind } from '@iep/domain/iep-content';

export type EmailLocale = 'en' | 'es';

export function emailLocale(locale: string | null | undefined): EmailLocale {
  return locale === 'es' ? 'es' : 'en';
}

export interface Notice {
  subject: string;
  title: string;
  body: string;
  text: string;
}

const PART_NAMES: Record<EmailLocale, Record<IepPartKind, string>> = {
  en: {
    [IepPartKind.ParentConcerns]: 'parent concerns and vision',
    [IepPartKind.StudentVision]: 'student vision',
    [IepPartKind.PresentLevels]: 'present levels',
    [IepPartKind.Goal]: 'a goal',
    [IepPartKind.Service]: 'a service',
    [IepPartKind.Accommodations]: 'accommodations',
    [IepPartKind.AssessmentParticipation]: 'assessment participation',
    [IepPartKind.Placement]: 'placement',
    [IepPartKind.Transportation]: 'transportation',
    [IepPartKind.ExtendedSchoolYear]: 'extended school year',
    [IepPartKind.TransitionPlan]: 'transition plan',
  },
  es: {
    [IepPartKind.ParentConcerns]: 'inquietudes y visión de la familia',
    [IepPartKind.StudentVision]: 'visión del estudiante',
    [IepPartKind.PresentLevels]: 'niveles actuales',
    [IepPartKind.Goal]: 'una meta',
    [IepPartKind.Service]: 'un servicio',
    [IepPartKind.Accommodations]: 'adaptaciones',
    [IepPartKind.AssessmentParticipation]: 'participación en evaluaciones',
    [IepPartKind.Placement]: 'ubicación',
    [IepPartKind.Transportation]: 'transporte',
    [IepPartKind.ExtendedSchoolYear]: 'año escolar extendido',
    [IepPartKind.TransitionPlan]: 'plan de transición',
  },
};

function partName(kind: IepPartKind, isNew: boolean, locale: EmailLocale): string {
  if (!isNew) return PART_NAMES[locale][kind];
  const fresh = { en: { GOAL: 'a new goal', SERVICE: 'a new service' }, es: { GOAL: 'una meta nueva', SERVICE: 'un servicio nuevo' } };
  return fresh[locale][kind as 'GOAL' | 'SERVICE'] ?? PART_NAMES[locale][kind];
}

function notice(title: string, body: string, linkLabel: string, link: string): Notice {
  return { subject: title, title, body, text: [title + '.', '', body, '', `${linkLabel}: ${link}`].join('\n') };
}

export interface SuggestionFacts {
  proposerName: string;
  studentFirstName: string;
  partKind: IepPartKind;
  isNewPart: boolean;
  rationale: string;
  link: string;
}

/** To the case manager: a parent, student or guest proposed a change. */
export function suggestionProposedNotice(f: SuggestionFacts, locale: EmailLocale): Notice {
  const part = partName(f.partKind, f.isNewPart, locale);
  if (locale === 'es') {
    return notice(
      `${f.proposerName} propuso un cambio en ${part} del borrador del IEP de ${f.studentFirstName}`,
      f.rationale ? `Motivo: ${f.rationale}` : 'Revise la propuesta y acéptela o recházela con un motivo.',
      'Ver la propuesta', f.link,
    );
  }
  return notice(
    `${f.proposerName} proposed a change to ${part} in ${f.studentFirstName}'s draft IEP`,
    f.rationale ? `Reason given: ${f.rationale}` : 'Review the proposal and accept it, or reject it with a reason.',
    'See the proposal', f.link,
  );
}

export interface DecisionFacts {
  deciderName: string;
  studentFirstName: string;
  partKind: IepPartKind;
  isNewPart: boolean;
  accepted: boolean;
  reason: string | null;
  link: string;
}

/** To the proposer: their proposal was accepted or rejected (with the reason). */
export function suggestionDecidedNotice(f: DecisionFacts, locale: EmailLocale): Notice {
  const part = partName(f.partKind, f.isNewPart, locale);
  if (locale === 'es') {
    return f.accepted
      ? notice(`${f.deciderName} aceptó su propuesta para ${part} del IEP de ${f.studentFirstName}`,
          'El cambio ya forma parte del borrador.', 'Ver el borrador', f.link)
      : notice(`${f.deciderName} no aceptó su propuesta para ${part} del IEP de ${f.studentFirstName}`,
          `Motivo: ${f.reason ?? ''}`, 'Ver el borrador', f.link);
  }
  return f.accepted
    ? notice(`${f.deciderName} accepted your proposal for ${part} in ${f.studentFirstName}'s IEP`,
        'The change is now part of the draft.', 'See the draft', f.link)
    : notice(`${f.deciderName} did not accept your proposal for ${part} in ${f.studentFirstName}'s IEP`,
        `Reason: ${f.reason ?? ''}`, 'See the draft', f.link);
}

/** To each guardian: the draft is there to read before the meeting; it is not a finished plan. */
export function draftSharedNotice(f: { sharerName: string; studentFirstName: string; link: string }, locale: EmailLocale): Notice {
  if (locale === 'es') {
    return notice(
      `${f.sharerName} compartió el borrador del IEP de ${f.studentFirstName}`,
      'Es un borrador para leer antes de la reunión, no un plan terminado. Puede comentar y proponer cambios; nada se decide hasta la reunión y su firma.',
      'Leer el borrador', f.link,
    );
  }
  return notice(
    `${f.sharerName} shared the draft of ${f.studentFirstName}'s IEP with you`,
    'It is a draft to read before the meeting, not a finished plan. You can comment and propose changes; nothing is decided until the meeting and your signature.',
    'Read the draft', f.link,
  );
}

const CHANGED_PART_NAMES: Record<EmailLocale, Partial<Record<IepPartKind, string>>> = {
  en: { [IepPartKind.Goal]: 'goals', [IepPartKind.Service]: 'services' },
  es: { [IepPartKind.Goal]: 'metas', [IepPartKind.Service]: 'servicios' },
};

/** "goals, services and placement": the kinds of part that changed, each named once, in document order. */
export function changedPartsText(kinds: readonly IepPartKind[], locale: EmailLocale): string {
  const names = [...new Set(kinds)].map((kind) => CHANGED_PART_NAMES[locale][kind] ?? PART_NAMES[locale][kind]);
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * To each guardian, when the case manager shares the draft again: what changed since the last share, so
 * the family knows where to read instead of being told only that "the draft was shared".
 */
export function draftReSharedNotice(
  f: { sharerName: string; studentFirstName: string; link: string; changed: readonly IepPartKind[]; since: string },
  locale: EmailLocale,
): Notice {
  const parts = changedPartsText(f.changed, locale);
  const since = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${f.since}T00:00:00Z`));
  if (locale === 'es') {
    return notice(
      `${f.sharerName} compartió de nuevo el borrador del IEP de ${f.studentFirstName}`,
      `Desde que se compartió el ${since} cambió: ${parts}. Sigue siendo un borrador; nada se decide hasta la reunión y su firma.`,
      'Leer el borrador', f.link,
    );
  }
  return notice(
    `${f.sharerName} shared the draft of ${f.studentFirstName}'s IEP with you again`,
    `Changed since it was shared on ${since}: ${parts}. It is still a draft; nothing is decided until the meeting and your signature.`,
    'Read the draft', f.link,
  );
}
