import { renderDocument, type DocumentBlock } from './document-renderer';
import { codeLabel, COMMON, fill, longDate, longDateTime, type DocumentLocale } from './document-words';

const PWN_WORDS = {
  en: {
    title: 'Prior written notice', law: '34 CFR 300.503', district: 'District', sentOn: 'Sent on', draft: 'Draft, not sent',
    actionDescription: '1. The action the district proposes or refuses', explanation: '2. Why the district proposes or refuses it',
    evaluationBasis: '3. Evaluations, assessments, records and reports used as a basis', proceduralSafeguards: '4. Your procedural safeguards',
    sourcesForAssistance: '5. Where to get help understanding them', optionsConsidered: '6. Other options considered, and why they were rejected',
    otherFactors: '7. Other factors relevant to the proposal or refusal',
  },
  es: {
    title: 'Aviso previo por escrito', law: '34 CFR 300.503', district: 'Distrito', sentOn: 'Enviado el', draft: 'Borrador, no enviado',
    actionDescription: '1. La acción que el distrito propone o rechaza', explanation: '2. Por qué el distrito la propone o la rechaza',
    evaluationBasis: '3. Evaluaciones, pruebas, expedientes e informes usados como base', proceduralSafeguards: '4. Sus garantías procesales',
    sourcesForAssistance: '5. Dónde obtener ayuda para entenderlas', optionsConsidered: '6. Otras opciones consideradas y por qué se rechazaron',
    otherFactors: '7. Otros factores relevantes para la propuesta o el rechazo',
  },
} as const;

export interface NoticeFacts {
  studentName: string;
  districtName: string;
  sentAt: Date | null;
  /** The IEP version the notice is about, when there is one (for every page's footer). */
  version?: number | null;
  /** The seven elements of 300.503(b), in that order. */
  elements: ReadonlyArray<readonly [key: string, text: string]>;
}

/** A prior written notice with its seven elements in the order of 300.503(b), in the parent's language. */
export function priorWrittenNoticeDocument(notice: NoticeFacts, locale: DocumentLocale): Promise<Buffer> {
  const w: Record<string, string> = PWN_WORDS[locale];
  const blocks: DocumentBlock[] = [
    { kind: 'field', label: w.district, value: notice.districtName },
    { kind: 'field', label: w.sentOn, value: notice.sentAt ? longDate(notice.sentAt.toISOString().slice(0, 10), locale) : w.draft },
  ];
  for (const [key, text] of notice.elements) blocks.push({ kind: 'heading', text: w[key] ?? codeLabel(key, locale) }, { kind: 'paragraph', text: text || COMMON[locale].empty });
  return renderDocument({ title: w.title, subtitle: w.law, locale, running: { studentName: notice.studentName, version: notice.version ?? null }, blocks });
}

const MEETING_WORDS = {
  en: {
    title: 'Notice of IEP meeting', law: '34 CFR 300.322', purpose: 'Purpose', when: 'When', duration: 'Length', minutes: '{n} minutes',
    where: 'Where', callIn: 'How to join', sent: 'Notice sent on', status: 'Status', invited: 'Invited',
  },
  es: {
    title: 'Aviso de reunión del IEP', law: '34 CFR 300.322', purpose: 'Propósito', when: 'Cuándo', duration: 'Duración', minutes: '{n} minutos',
    where: 'Dónde', callIn: 'Cómo unirse', sent: 'Aviso enviado el', status: 'Estado', invited: 'Invitados',
  },
} as const;

export interface MeetingNoticeFacts {
  studentName: string;
  purpose: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  location: string | null;
  callIn: string | null;
  noticeSentAt: Date;
  status: string;
  invited: readonly string[];
}

/** A meeting's notice as the family received it: purpose, when (in the meeting's zone), where, how to join, who is invited. */
export function meetingNoticeDocument(m: MeetingNoticeFacts, locale: DocumentLocale): Promise<Buffer> {
  const w = MEETING_WORDS[locale];
  const empty = COMMON[locale].empty;
  const blocks: DocumentBlock[] = [
    { kind: 'field', label: w.purpose, value: codeLabel(m.purpose, locale) },
    { kind: 'field', label: w.when, value: longDateTime(m.startsAt, locale, m.timeZone) },
    { kind: 'field', label: w.duration, value: fill(w.minutes, { n: m.durationMinutes }) },
    { kind: 'field', label: w.where, value: m.location ?? empty },
    { kind: 'field', label: w.callIn, value: m.callIn ?? empty },
    { kind: 'field', label: w.sent, value: longDateTime(m.noticeSentAt, locale, m.timeZone) },
    { kind: 'field', label: w.status, value: codeLabel(m.status, locale) },
    m.invited.length ? { kind: 'list', label: w.invited, items: m.invited } : { kind: 'field', label: w.invited, value: empty },
  ];
  return renderDocument({ title: w.title, subtitle: w.law, locale, running: { studentName: m.studentName }, blocks });
}
