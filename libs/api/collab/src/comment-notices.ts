import { IepPartKind } from '@iep/domain/iep-content';

export type NoticeLocale = 'en' | 'es';

export function noticeLocale(locale: string | null | undefined): NoticeLocale {
  return locale === 'es' ? 'es' : 'en';
}

export const MENTION_NOTIFICATION = 'IEP_COMMENT_MENTION';
export const ASSIGNMENT_NOTIFICATION = 'IEP_COMMENT_ASSIGNED';

const PART_NAMES: Record<NoticeLocale, Record<IepPartKind, string>> = {
  en: {
    [IepPartKind.ParentConcerns]: 'Parent concerns and vision',
    [IepPartKind.StudentVision]: 'Student vision',
    [IepPartKind.PresentLevels]: 'Present levels of performance',
    [IepPartKind.Goal]: 'an annual goal',
    [IepPartKind.Service]: 'a service',
    [IepPartKind.Accommodations]: 'Accommodations',
    [IepPartKind.AssessmentParticipation]: 'Participation in assessments',
    [IepPartKind.Placement]: 'Placement and least restrictive environment',
    [IepPartKind.Transportation]: 'Transportation',
    [IepPartKind.ExtendedSchoolYear]: 'Extended school year',
    [IepPartKind.TransitionPlan]: 'Transition plan',
  },
  es: {
    [IepPartKind.ParentConcerns]: 'Inquietudes y visión de la familia',
    [IepPartKind.StudentVision]: 'Visión del estudiante',
    [IepPartKind.PresentLevels]: 'Niveles actuales de desempeño',
    [IepPartKind.Goal]: 'una meta anual',
    [IepPartKind.Service]: 'un servicio',
    [IepPartKind.Accommodations]: 'Adaptaciones',
    [IepPartKind.AssessmentParticipation]: 'Participación en evaluaciones',
    [IepPartKind.Placement]: 'Ubicación y ambiente menos restrictivo',
    [IepPartKind.Transportation]: 'Transporte',
    [IepPartKind.ExtendedSchoolYear]: 'Año escolar extendido',
    [IepPartKind.TransitionPlan]: 'Plan de transición',
  },
};

export interface CommentNoticeFacts {
  actorName: string;
  studentFirstName: string;
  partKind: IepPartKind | null;
  /** The comment's first words, for the in-app notice only. */
  excerpt: string;
  /** Absolute link to the thread, for the e-mail. */
  link: string;
}

export interface CommentNotice {
  title: string;
  body: string;
  subject: string;
  text: string;
}

function where(facts: CommentNoticeFacts, locale: NoticeLocale): string {
  const part = facts.partKind ? PART_NAMES[locale][facts.partKind] : null;
  if (locale === 'es') return part ? `el IEP de ${facts.studentFirstName} (${part})` : `el IEP de ${facts.studentFirstName}`;
  return part ? `${facts.studentFirstName}'s IEP (${part})` : `${facts.studentFirstName}'s IEP`;
}

/**
 * The e-mail names who, which IEP and which section, and links to the thread; the comment itself stays
 * behind the sign-in, because e-mail is no place for a student's records.
 */
export function mentionNotice(facts: CommentNoticeFacts, locale: NoticeLocale): CommentNotice {
  const place = where(facts, locale);
  if (locale === 'es') {
    return {
      title: `${facts.actorName} le mencionó en un comentario`,
      body: `En ${place}: «${facts.excerpt}»`,
      subject: `${facts.actorName} le mencionó en el IEP de ${facts.studentFirstName}`,
      text: [
        `${facts.actorName} le mencionó en un comentario sobre ${place}.`,
        '',
        'Para leerlo y responder, inicie sesión y abra este enlace:',
        facts.link,
      ].join('\n'),
    };
  }
  return {
    title: `${facts.actorName} mentioned you in a comment`,
    body: `On ${place}: “${facts.excerpt}”`,
    subject: `${facts.actorName} mentioned you on ${facts.studentFirstName}'s IEP`,
    text: [
      `${facts.actorName} mentioned you in a comment on ${place}.`,
      '',
      'To read it and reply, sign in and open this link:',
      facts.link,
    ].join('\n'),
  };
}

export function assignmentNotice(facts: CommentNoticeFacts, locale: NoticeLocale): CommentNotice {
  const place = where(facts, locale);
  if (locale === 'es') {
    return {
      title: `${facts.actorName} le asignó un comentario`,
      body: `En ${place}: «${facts.excerpt}»`,
      subject: `Comentario asignado en el IEP de ${facts.studentFirstName}`,
      text: [
        `${facts.actorName} le asignó un hilo de comentarios sobre ${place} para que le dé seguimiento.`,
        '',
        'Para leerlo y responder, inicie sesión y abra este enlace:',
        facts.link,
      ].join('\n'),
    };
  }
  return {
    title: `${facts.actorName} assigned a comment to you`,
    body: `On ${place}: “${facts.excerpt}”`,
    subject: `A comment on ${facts.studentFirstName}'s IEP was assigned to you`,
    text: [
      `${facts.actorName} assigned you a comment thread on ${place} to follow up on.`,
      '',
      'To read it and reply, sign in and open this link:',
      facts.link,
    ].join('\n'),
  };
}

export function excerpt(body: string, max = 140): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
