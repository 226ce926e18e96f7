import type { Localized } from '@iep/api/core';
import type { RightsLocale } from './safeguards.messages';

export const NOT_RIGHTS_HOLDER: Localized = {
  en: 'Only a parent who holds the student’s educational rights may ask to inspect the records.',
  es: 'Solo un padre o una madre que tenga los derechos educativos del estudiante puede pedir ver los expedientes.',
};
export const NOT_FULFILLER: Localized = {
  en: 'The records export is prepared by the student’s case manager or the district’s staff.',
  es: 'La exportación de los expedientes la prepara el coordinador del caso del estudiante o el personal del distrito.',
};
export const ALREADY_OPEN: Localized = {
  en: 'A request for these records is already open; the district is answering it.',
  es: 'Ya hay una solicitud abierta para estos expedientes; el distrito la está atendiendo.',
};
export const ANSWERED_TODAY: Localized = {
  en: 'Today’s request for these records was already answered; you can download them. A new request can be made tomorrow.',
  es: 'La solicitud de hoy para estos expedientes ya fue atendida; puede descargarlos. Puede hacer una nueva solicitud mañana.',
};
export const ALREADY_PREPARED: Localized = {
  en: 'The records export for this request is already prepared.',
  es: 'La exportación de los expedientes para esta solicitud ya está preparada.',
};
export const NOTE_TOO_LONG: Localized = {
  en: 'A note can be at most 2,000 characters.',
  es: 'Una nota puede tener como máximo 2000 caracteres.',
};
export const NOT_READY: Localized = {
  en: 'The records export is not prepared yet.',
  es: 'La exportación de los expedientes aún no está preparada.',
};

/** The message to the parent when their records are ready to download, in their language. */
export function recordsReadyNotice(f: { studentFirstName: string }, locale: RightsLocale): { title: string; body: string } {
  return locale === 'es'
    ? { title: `Los expedientes de ${f.studentFirstName} están listos`, body: 'Puede descargarlos en la aplicación: un archivo ZIP con todos los documentos y su lista de huellas.' }
    : { title: `${f.studentFirstName}’s records are ready`, body: 'You can download them in the app: one ZIP file with every document and its list of digests.' };
}

/** The first file of the export: what it holds and how to check it, in the family's language. */
export function exportReadme(f: { studentName: string; requestedOn: string; preparedOn: string; districtName: string }, locale: RightsLocale): string {
  if (locale === 'es') {
    return [
      `Expedientes educativos de ${f.studentName}`,
      `${f.districtName}. Solicitados el ${f.requestedOn}; preparados el ${f.preparedOn} (34 CFR 300.613).`,
      '',
      'Contenido:',
      '- ieps/: cada versión de cada IEP en PDF, con su certificado de firmas;',
      '- evaluations/: los informes de evaluación;',
      '- progress/: los datos de progreso de cada meta (CSV);',
      '- prior-written-notices/: los avisos previos por escrito enviados;',
      '- meeting-notices/: los avisos de las reuniones del IEP;',
      '- access-record.csv: quién consultó o cambió los expedientes, y cuándo;',
      '- manifest.json y SHA256SUMS: cada archivo con su huella SHA-256.',
      '',
      'Para comprobar que ningún archivo cambió: sha256sum -c SHA256SUMS',
      '',
    ].join('\n');
  }
  return [
    `Education records of ${f.studentName}`,
    `${f.districtName}. Requested on ${f.requestedOn}; prepared on ${f.preparedOn} (34 CFR 300.613).`,
    '',
    'What is inside:',
    '- ieps/: every version of every IEP as a PDF, with its signature certificate;',
    '- evaluations/: the evaluation reports;',
    '- progress/: the progress data of each goal (CSV);',
    '- prior-written-notices/: the prior written notices sent;',
    '- meeting-notices/: the notices of the IEP meetings;',
    '- access-record.csv: who looked at or changed the records, and when;',
    '- manifest.json and SHA256SUMS: every file with its SHA-256 digest.',
    '',
    'To check that no file has changed: sha256sum -c SHA256SUMS',
    '',
  ].join('\n');
}
