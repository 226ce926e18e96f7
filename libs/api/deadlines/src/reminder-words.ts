import {
  describeDeadline,
  formatLongDate,
  type DeadlineExplanation,
  type DeadlineKind,
  type DeadlineLocale,
  type IsoDate,
} from '@iep/domain';
import type { ReminderKind } from '@iep/domain';

export const DEADLINE_KIND_NAMES: Readonly<Record<DeadlineLocale, Readonly<Record<DeadlineKind, string>>>> = {
  en: {
    INITIAL_EVALUATION: 'Initial evaluation',
    FIRST_IEP_MEETING: 'First IEP meeting',
    MEETING_NOTICE: 'Meeting notice',
    SERVICE_START: 'Start of services',
    ANNUAL_REVIEW: 'Annual review',
    REEVALUATION: 'Reevaluation',
    PROGRESS_REPORT: 'Progress report',
    TRANSITION_PLAN: 'Transition plan',
    RECORDS_REQUEST: 'Records request',
  },
  es: {
    INITIAL_EVALUATION: 'Evaluación inicial',
    FIRST_IEP_MEETING: 'Primera reunión del IEP',
    MEETING_NOTICE: 'Aviso de reunión',
    SERVICE_START: 'Inicio de los servicios',
    ANNUAL_REVIEW: 'Revisión anual',
    REEVALUATION: 'Reevaluación',
    PROGRESS_REPORT: 'Informe de progreso',
    TRANSITION_PLAN: 'Plan de transición',
    RECORDS_REQUEST: 'Solicitud de expedientes',
  },
};

export function asLocale(locale: string | null | undefined): DeadlineLocale {
  return locale === 'es' ? 'es' : 'en';
}

export interface ReminderSubject {
  readonly reminderKind: ReminderKind;
  readonly offsetDays: number;
  readonly deadlineKind: DeadlineKind;
  readonly dueDate: IsoDate;
  readonly explanation: DeadlineExplanation;
  readonly studentName: string;
}

/** The words of one reminder in the recipient's language: a title for the bell, a body for both. */
export function reminderText(subject: ReminderSubject, locale: DeadlineLocale): { title: string; body: string } {
  const kind = DEADLINE_KIND_NAMES[locale][subject.deadlineKind];
  const due = formatLongDate(subject.dueDate, locale);
  const rule = describeDeadline(
    { kind: subject.deadlineKind, dueDate: subject.dueDate, explanation: subject.explanation },
    locale,
  );
  const days = subject.offsetDays;
  if (locale === 'es') {
    const title =
      subject.reminderKind === 'ESCALATION'
        ? `Vencido: ${kind} de ${subject.studentName} (venció el ${due})`
        : days === 0
          ? `${kind} de ${subject.studentName}: vence hoy`
          : `${kind} de ${subject.studentName}: vence en ${days} ${days === 1 ? 'día' : 'días'}`;
    return { title, body: `Fecha límite: ${due}. Regla: ${rule}.` };
  }
  const title =
    subject.reminderKind === 'ESCALATION'
      ? `Overdue: ${kind} for ${subject.studentName} (was due ${due})`
      : days === 0
        ? `${kind} for ${subject.studentName} is due today`
        : `${kind} for ${subject.studentName} is due in ${days} ${days === 1 ? 'day' : 'days'}`;
  return { title, body: `Due ${due}. Rule: ${rule}.` };
}

/** The e-mail around the same words, with the way to the record and to the e-mail settings. */
export function reminderEmail(
  subject: ReminderSubject,
  locale: DeadlineLocale,
  recipientName: string,
  link: string,
): { subject: string; text: string } {
  const { title, body } = reminderText(subject, locale);
  const text =
    locale === 'es'
      ? `Hola, ${recipientName}:\n\n${title}.\n${body}\n\nAbrir: ${link}\n\nRecibe este correo porque es responsable de este plazo. ` +
        'Puede elegir qué recordatorios recibe por correo en la configuración de notificaciones.\n'
      : `Hello ${recipientName},\n\n${title}.\n${body}\n\nOpen: ${link}\n\nYou receive this because you are responsible for this deadline. ` +
        'You can choose which reminders come by e-mail in your notification settings.\n';
  return { subject: title, text };
}
