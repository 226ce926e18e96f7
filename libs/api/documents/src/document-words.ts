import { formatLongDate, type IsoDate } from '@iep/domain';

export type DocumentLocale = 'en' | 'es';

type Words = Readonly<Record<string, string>>;

/**
 * Every code a document may carry, in the reader's words: a family never reads SPECIAL_EDUCATION or DAILY.
 * A code missing here is shown by `codeLabel` as words made from the code, never as the code itself.
 */
const CODES: Record<DocumentLocale, Words> = {
  en: {
    // IEP kinds
    INITIAL: 'Initial IEP', ANNUAL: 'Annual review', AMENDMENT: 'Amendment',
    // Service categories and frequencies
    SPECIAL_EDUCATION: 'Special education', RELATED_SERVICE: 'Related service', SUPPLEMENTARY_AID: 'Supplementary aids and services',
    PROGRAM_MODIFICATION: 'Program modification', DAILY: 'Daily', WEEKLY: 'Weekly', MONTHLY: 'Monthly',
    // Assessment participation
    GENERAL: 'Regular test', GENERAL_WITH_ACCOMMODATIONS: 'Regular test with accommodations', ALTERNATE: 'Alternate assessment',
    // Extended school year
    ELIGIBLE: 'Eligible for extended school year services', NOT_ELIGIBLE: 'Not eligible for extended school year services',
    // Goal measures
    PERCENT_ACCURACY: 'Percent accuracy', RATE: 'Rate', DURATION: 'Duration', TRIALS: 'Trials correct', PROMPT_LEVEL: 'Prompt level', YES_NO: 'Yes or no',
    // Roles
    PARENT: 'Parent', STUDENT: 'Student', GENERAL_EDUCATION_TEACHER: 'General education teacher', SPECIAL_EDUCATION_TEACHER: 'Special education teacher',
    SPECIALIST: 'Specialist', DISTRICT_REPRESENTATIVE: 'District representative', DISTRICT_ADMIN: 'District administrator', GUEST: 'Guest',
    // Signatures and decisions
    PARENT_DECISION: 'Parent decision', ATTENDANCE: 'Meeting attendance', PROPOSED: 'Proposed', REVIEWED: 'Marked as reviewed (not consent)',
    CONSENT: 'Consent', CONSENT_WITH_EXCEPTIONS: 'Consent with exceptions', DECLINE: 'Declined', WITHDRAWN: 'Withdrawn by the team',
    TOOK_EFFECT_AFTER_NOTICE: 'Took effect after notice',
    // Meetings
    INITIAL_IEP: 'Initial IEP', ANNUAL_REVIEW: 'Annual review', REEVALUATION: 'Reevaluation', OTHER: 'Other',
    SCHEDULED: 'Scheduled', RESCHEDULE_REQUESTED: 'Another time requested', HELD: 'Held', CANCELLED: 'Cancelled',
  },
  es: {
    INITIAL: 'IEP inicial', ANNUAL: 'Revisión anual', AMENDMENT: 'Enmienda',
    SPECIAL_EDUCATION: 'Educación especial', RELATED_SERVICE: 'Servicio relacionado', SUPPLEMENTARY_AID: 'Ayudas y servicios suplementarios',
    PROGRAM_MODIFICATION: 'Modificación del programa', DAILY: 'Diaria', WEEKLY: 'Semanal', MONTHLY: 'Mensual',
    GENERAL: 'Prueba regular', GENERAL_WITH_ACCOMMODATIONS: 'Prueba regular con adaptaciones', ALTERNATE: 'Evaluación alternativa',
    ELIGIBLE: 'Tiene derecho a servicios del año escolar extendido', NOT_ELIGIBLE: 'No tiene derecho a servicios del año escolar extendido',
    PERCENT_ACCURACY: 'Porcentaje de aciertos', RATE: 'Tasa por unidad de tiempo', DURATION: 'Duración', TRIALS: 'Ensayos correctos',
    PROMPT_LEVEL: 'Nivel de apoyo', YES_NO: 'Sí o no',
    PARENT: 'Padre o madre', STUDENT: 'Estudiante', GENERAL_EDUCATION_TEACHER: 'Maestro de educación general',
    SPECIAL_EDUCATION_TEACHER: 'Maestro de educación especial', SPECIALIST: 'Especialista', DISTRICT_REPRESENTATIVE: 'Representante del distrito',
    DISTRICT_ADMIN: 'Administrador del distrito', GUEST: 'Invitado',
    PARENT_DECISION: 'Decisión de la familia', ATTENDANCE: 'Asistencia a la reunión', PROPOSED: 'Propuesto',
    REVIEWED: 'Marcado como revisado (no es consentimiento)', CONSENT: 'Consentimiento', CONSENT_WITH_EXCEPTIONS: 'Consentimiento con excepciones',
    DECLINE: 'No dio su consentimiento', WITHDRAWN: 'Retirado por el equipo', TOOK_EFFECT_AFTER_NOTICE: 'En vigor tras el aviso',
    INITIAL_IEP: 'IEP inicial', ANNUAL_REVIEW: 'Revisión anual', REEVALUATION: 'Reevaluación', OTHER: 'Otro',
    SCHEDULED: 'Programada', RESCHEDULE_REQUESTED: 'Se pidió otra hora', HELD: 'Realizada', CANCELLED: 'Cancelada',
  },
};

/** A code in the reader's words. */
export function codeLabel(code: string, locale: DocumentLocale): string {
  const known = CODES[locale][code];
  if (known) return known;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "14 September 2026" / "14 de septiembre de 2026": the way the domain writes dates out for families. */
export function longDate(date: string, locale: DocumentLocale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date as IsoDate, locale) : date;
}

/** A moment with its day written out and the time, in the district's zone (UTC when unknown), the zone named. */
export function longDateTime(at: Date, locale: DocumentLocale, timeZone = 'UTC'): string {
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(at);
  return `${longDate(day, locale)}, ${time}`;
}

/** Words every document shares. */
export const COMMON: Record<DocumentLocale, Words> = {
  en: { page: 'Page {n} of {total}', version: 'Version {n}', yes: 'Yes', no: 'No', empty: '—', generated: 'Generated {at}' },
  es: { page: 'Página {n} de {total}', version: 'Versión {n}', yes: 'Sí', no: 'No', empty: '—', generated: 'Generado el {at}' },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));
}
