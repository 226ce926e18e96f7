import type { Localized } from '@iep/domain';

/** The refusals of progress reports in both languages, kept apart so the service reads without them. */
export const REPORT_MESSAGES = {
  notWriter: {
    en: "Only the team member this goal is assigned to, this IEP's case manager or the district representative can write its progress.",
    es: 'Solo el miembro del equipo a quien se asignó esta meta, el responsable del caso de este IEP o el representante del distrito pueden escribir su progreso.',
  },
  notSender: {
    en: "Only this IEP's case manager or the district representative can send its progress report.",
    es: 'Solo el responsable del caso de este IEP o el representante del distrito pueden enviar su informe de progreso.',
  },
  notReader: { en: 'Only the family says they read a progress report.', es: 'Solo la familia indica que leyó un informe de progreso.' },
  notInForce: {
    en: 'Progress reports are written on the IEP in force; this IEP is not in force.',
    es: 'Los informes de progreso se escriben sobre el IEP vigente; este IEP no está vigente.',
  },
  noSuchPeriod: {
    en: 'This IEP has no progress report for that reporting period.',
    es: 'Este IEP no tiene informe de progreso para ese período de informe.',
  },
  sent: {
    en: 'This progress report was sent to the family and can no longer be changed.',
    es: 'Este informe de progreso ya se envió a la familia y no se puede cambiar.',
  },
  stale: {
    en: 'Someone saved this goal\'s progress since you opened it. Here are their words; merge yours and save again.',
    es: 'Alguien guardó el progreso de esta meta desde que lo abrió. Aquí está su texto; combine el suyo y guarde de nuevo.',
  },
  notSent: { en: 'This progress report has not been sent yet.', es: 'Este informe de progreso todavía no se ha enviado.' },
  alreadyRead: { en: 'This progress report is already marked as read.', es: 'Este informe de progreso ya está marcado como leído.' },
  questionRequired: { en: 'Write your question.', es: 'Escriba su pregunta.' },
  missing: (goals: string[]): Localized => ({
    en: `Every goal needs a progress code, and a narrative unless it was not worked on yet. Still missing: ${goals.join('; ')}.`,
    es: `Cada meta necesita un código de progreso y una narración, salvo si todavía no se trabajó. Falta: ${goals.join('; ')}.`,
  }),
} as const;

/** What the family receives when a report is sent: the bell's words and the e-mail's, in their language. */
export function reportSentNotice(f: { studentFirstName: string; periodName: string; link: string }, locale: 'en' | 'es') {
  const words = locale === 'es'
    ? {
      title: `Informe de progreso de ${f.studentFirstName}: ${f.periodName}`,
      body: `El equipo del IEP envió el informe de progreso de ${f.studentFirstName} de ${f.periodName}: cómo avanza en cada meta, con sus datos.`,
      attached: 'El informe va adjunto en PDF para que lo guarde.',
      closing: 'Puede indicar que lo leyó y hacer una pregunta sobre cualquier meta en IEP Team:',
    }
    : {
      title: `Progress report for ${f.studentFirstName}: ${f.periodName}`,
      body: `The IEP team sent ${f.studentFirstName}'s progress report for ${f.periodName}: how each goal is going, with the data.`,
      attached: 'The report is attached as a PDF for you to keep.',
      closing: 'You can say you read it and ask a question on any goal in IEP Team:',
    };
  return { title: words.title, body: words.body, subject: words.title, text: `${words.body}\n\n${words.attached}\n\n${words.closing}\n${f.link}\n` };
}
