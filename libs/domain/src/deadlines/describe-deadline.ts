import type { DeadlineEventType, DeadlineResult, SkippedDays } from './compute-deadline';
import { dateParts, type IsoDate } from './local-date';

export type DeadlineLocale = 'en' | 'es';

const MONTHS: Record<DeadlineLocale, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** "3 March 2026" / "3 de marzo de 2026": the day written out, so that no reader confuses 3/4 with 4/3. */
export function formatLongDate(date: IsoDate, locale: DeadlineLocale): string {
  const { year, month, day } = dateParts(date);
  const monthName = MONTHS[locale][month - 1];
  return locale === 'es' ? `${day} de ${monthName} de ${year}` : `${day} ${monthName} ${year}`;
}

interface Phrases {
  calendarDays(n: number): string;
  schoolDays(n: number): string;
  businessDays(n: number): string;
  months(n: number): string;
  anniversary(n: number, event: DeadlineEventType, date: string): string;
  years(n: number): string;
  after(event: DeadlineEventType, date: string): string;
  before(event: DeadlineEventType, date: string): string;
  lessOneDay: string;
  beforeMeeting(d: string): string;
  extendedByAgreement(stateDate: string): string;
  birthday(age: number, dateOfBirth: string): string;
  reportingPeriodEnd(date: string): string;
  schoolHolidaysSkipped(n: number): string;
  outsideSchoolYearSkipped(n: number): string;
  breakDaysNotCounted(n: number, breaks: string): string;
  betweenSessionsNotCounted(n: number): string;
  and: string;
  leapDay: string;
  estimated: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const englishOrdinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const EN_EVENTS: Record<DeadlineEventType, (date: string) => string> = {
  CONSENT_TO_EVALUATE: (d) => `the parent consented to the evaluation on ${d}`,
  ELIGIBILITY_DETERMINED: (d) => `eligibility was determined on ${d}`,
  MEETING: (d) => `the meeting on ${d}`,
  PARENT_SIGNATURE: (d) => `the parent signed on ${d}`,
  IEP_IN_EFFECT: (d) => `the IEP took effect on ${d}`,
  IEP_MEETING: (d) => `the IEP meeting on ${d}`,
  LAST_EVALUATION: (d) => `the last evaluation on ${d}`,
  REPORTING_PERIOD: (d) => `the reporting period that includes ${d}`,
  DATE_OF_BIRTH: (d) => `the date of birth, ${d}`,
  RECORDS_REQUEST: (d) => `the parent requested the records on ${d}`,
};

// Spanish joins a clause with "después de que" and a noun with "después de", so each phrase carries
// its own connector.
const ES_EVENTS: Record<DeadlineEventType, (date: string) => string> = {
  CONSENT_TO_EVALUATE: (d) => `de que el padre dio su consentimiento para la evaluación el ${d}`,
  ELIGIBILITY_DETERMINED: (d) => `de que se determinó la elegibilidad el ${d}`,
  MEETING: (d) => `de la reunión del ${d}`,
  PARENT_SIGNATURE: (d) => `de que el padre firmó el ${d}`,
  IEP_IN_EFFECT: (d) => `de que el IEP entró en vigor el ${d}`,
  IEP_MEETING: (d) => `de la reunión del IEP del ${d}`,
  LAST_EVALUATION: (d) => `de la última evaluación del ${d}`,
  REPORTING_PERIOD: (d) => `del período de informe que incluye el ${d}`,
  DATE_OF_BIRTH: (d) => `de la fecha de nacimiento, ${d}`,
  RECORDS_REQUEST: (d) => `de que el padre solicitó los expedientes el ${d}`,
};

const SPANISH_ORDINALS: Record<number, string> = { 1: 'primer', 2: 'segundo', 3: 'tercer' };

const PHRASES: Record<DeadlineLocale, Phrases> = {
  en: {
    calendarDays: (n) => plural(n, 'calendar day', 'calendar days'),
    schoolDays: (n) => plural(n, 'school day', 'school days'),
    businessDays: (n) => plural(n, 'business day', 'business days'),
    months: (n) => plural(n, 'month', 'months'),
    anniversary: (n, event, d) => `the ${englishOrdinal(n)} anniversary of ${EN_EVENTS[event](d)}`,
    years: (n) => plural(n, 'year', 'years'),
    after: (event, d) => `after ${EN_EVENTS[event](d)}`,
    before: (event, d) => `before ${EN_EVENTS[event](d)}`,
    lessOneDay: ', less one day',
    beforeMeeting: (d) => `due the day before the IEP meeting on ${d}, which comes first`,
    extendedByAgreement: (d) =>
      `extended by written agreement between the parent and the district for a specific learning disability evaluation (34 CFR 300.309(c)); the timeline would otherwise have ended on ${d}`,
    birthday: (age, dob) => `the student's ${englishOrdinal(age)} birthday (date of birth ${dob})`,
    reportingPeriodEnd: (d) => `the end of the reporting period that includes ${d}`,
    schoolHolidaysSkipped: (n) => `${plural(n, 'school holiday', 'school holidays')} skipped`,
    outsideSchoolYearSkipped: (n) => `${plural(n, 'weekday', 'weekdays')} outside the school year skipped`,
    breakDaysNotCounted: (n, breaks) => `${plural(n, 'day', 'days')} of ${breaks} not counted`,
    betweenSessionsNotCounted: (n) => `${plural(n, 'day', 'days')} between school years not counted`,
    and: 'and',
    leapDay: '29 February is taken as 28 February in a non-leap year',
    estimated:
      'estimated: the school calendar does not cover every day counted, so those days were counted as school days and the date can only be early; enter the missing school year to make it exact',
  },
  es: {
    calendarDays: (n) => plural(n, 'día calendario', 'días calendario'),
    schoolDays: (n) => plural(n, 'día escolar', 'días escolares'),
    businessDays: (n) => plural(n, 'día hábil', 'días hábiles'),
    months: (n) => plural(n, 'mes', 'meses'),
    anniversary: (n, event, d) => `el ${SPANISH_ORDINALS[n] ?? `${n}.º`} aniversario ${ES_EVENTS[event](d)}`,
    years: (n) => plural(n, 'año', 'años'),
    after: (event, d) => `después ${ES_EVENTS[event](d)}`,
    before: (event, d) => `antes ${ES_EVENTS[event](d)}`,
    lessOneDay: ', menos un día',
    beforeMeeting: (d) => `vence el día antes de la reunión del IEP del ${d}, que llega primero`,
    extendedByAgreement: (d) =>
      `plazo extendido por acuerdo escrito entre los padres y el distrito para una evaluación de discapacidad específica del aprendizaje (34 CFR 300.309(c)); de lo contrario habría terminado el ${d}`,
    birthday: (age, dob) => `el día en que el estudiante cumple ${age} años (fecha de nacimiento: ${dob})`,
    reportingPeriodEnd: (d) => `el final del período de informe que incluye el ${d}`,
    schoolHolidaysSkipped: (n) =>
      n === 1 ? 'se omitió 1 día festivo escolar' : `se omitieron ${n} días festivos escolares`,
    outsideSchoolYearSkipped: (n) =>
      n === 1
        ? 'se omitió 1 día laborable fuera del año escolar'
        : `se omitieron ${n} días laborables fuera del año escolar`,
    breakDaysNotCounted: (n, breaks) =>
      n === 1 ? `no se contó 1 día de ${breaks}` : `no se contaron ${n} días de ${breaks}`,
    betweenSessionsNotCounted: (n) =>
      n === 1 ? 'no se contó 1 día entre años escolares' : `no se contaron ${n} días entre años escolares`,
    and: 'y',
    leapDay: 'el 29 de febrero se toma como el 28 de febrero en un año no bisiesto',
    estimated:
      'fecha estimada: el calendario escolar no cubre todos los días contados, así que esos días se contaron como días escolares y la fecha solo puede ser anterior; registre el año escolar que falta para que sea exacta',
  },
};

/**
 * The reason for a due date in words a parent can check against a paper calendar, e.g.
 * "10 school days after the parent signed on 3 March 2026; 4 school holidays skipped (Spring Break)".
 * Holiday and break names are the district's own and are not translated.
 */
export function describeDeadline(result: DeadlineResult, locale: DeadlineLocale = 'en'): string {
  const words = PHRASES[locale];
  const { rule, amount, from, skipped, leapDayAdjusted, estimated, beforeMeeting, extendedFrom } = result.explanation;
  const fromDate = formatLongDate(from.date, locale);
  const parts: string[] = [];
  switch (rule) {
    case 'SCHOOL_DAYS_AFTER':
      parts.push(`${words.schoolDays(amount)} ${words.after(from.event, fromDate)}`);
      if (skipped.schoolHolidays > 0)
        parts.push(words.schoolHolidaysSkipped(skipped.schoolHolidays) + listNames(skipped));
      if (skipped.daysOutsideSchoolYear > 0)
        parts.push(words.outsideSchoolYearSkipped(skipped.daysOutsideSchoolYear));
      break;
    case 'BUSINESS_DAYS_AFTER':
      parts.push(`${words.businessDays(amount)} ${words.after(from.event, fromDate)}`);
      if (skipped.schoolHolidays > 0)
        parts.push(words.schoolHolidaysSkipped(skipped.schoolHolidays) + listNames(skipped));
      break;
    case 'CALENDAR_DAYS_AFTER':
    case 'CALENDAR_DAYS_AFTER_EXCLUDING_BREAKS': {
      parts.push(`${words.calendarDays(amount)} ${words.after(from.event, fromDate)}`);
      const breakDays = skipped.total - skipped.daysOutsideSchoolYear;
      if (breakDays > 0) parts.push(words.breakDaysNotCounted(breakDays, joinNames(skipped.names, words.and)));
      if (skipped.daysOutsideSchoolYear > 0) parts.push(words.betweenSessionsNotCounted(skipped.daysOutsideSchoolYear));
      break;
    }
    case 'MONTHS_AFTER':
      parts.push(`${words.months(amount)} ${words.after(from.event, fromDate)}`);
      break;
    case 'ANNIVERSARY':
      parts.push(words.anniversary(amount, from.event, fromDate));
      break;
    case 'CALENDAR_DAYS_BEFORE':
      parts.push(`${words.calendarDays(amount)} ${words.before(from.event, fromDate)}`);
      break;
    case 'YEARS_AFTER_LESS_ONE_DAY':
      parts.push(`${words.years(amount)} ${words.after(from.event, fromDate)}${words.lessOneDay}`);
      break;
    case 'AGE_REACHED':
      parts.push(words.birthday(amount, fromDate));
      break;
    case 'REPORTING_PERIOD_END':
      parts.push(words.reportingPeriodEnd(fromDate));
      break;
  }
  if (leapDayAdjusted) parts.push(words.leapDay);
  if (estimated) parts.push(words.estimated);
  if (beforeMeeting) parts.push(words.beforeMeeting(formatLongDate(beforeMeeting, locale)));
  if (extendedFrom) parts.push(words.extendedByAgreement(formatLongDate(extendedFrom, locale)));
  return parts.join('; ');
}

function listNames(skipped: SkippedDays): string {
  return skipped.names.length > 0 ? ` (${skipped.names.join(', ')})` : '';
}

function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
