import type { Localized } from '@iep/api/core';
import type { IssuedNoticeFacts } from '@iep/api/signoff';
import type { RightsLocale } from './safeguards.messages';

export const REVOCATION_NOTIFICATION = 'CONSENT_REVOKED';

/** The statement the rights holder signs, in their language (34 CFR 300.300(b)(4): the revocation is in writing). */
export function revocationIntent(locale: RightsLocale): string {
  return locale === 'es'
    ? 'Al escribir mi nombre abajo firmo electrónicamente que revoco mi consentimiento para que el distrito siga proporcionando educación especial y servicios relacionados a mi hijo o hija. Entiendo que el distrito me enviará un aviso previo por escrito con el día en que terminan los servicios, que a partir de entonces mi hijo o hija recibirá solo la educación general, y que puedo pedir una nueva evaluación más adelante.'
    : 'By typing my name below I sign electronically that I revoke my consent for the district to continue providing special education and related services to my child. I understand that the district will send me prior written notice of the day services end, that my child will then receive general education only, and that I may ask for a new evaluation later.';
}

/** The district's staff are told a revocation arrived and a notice is owed. */
export function revocationReceived(f: { studentFirstName: string }, locale: RightsLocale): { title: string; body: string } {
  return locale === 'es'
    ? { title: `Consentimiento revocado: ${f.studentFirstName}`, body: 'La familia revocó por escrito el consentimiento para los servicios. Envíe el aviso previo por escrito con el día en que terminan.' }
    : { title: `Consent revoked: ${f.studentFirstName}`, body: 'The family revoked consent for services in writing. Send the prior written notice naming the day services end.' };
}

/** The prior written notice of the end of services (300.503(b)): every element written, so it can be sent at once. */
export function endOfServicesNotice(f: { studentFirstName: string; districtName: string; revokedOn: string; servicesEndOn: string; revokedBy: string }): IssuedNoticeFacts {
  const both = (en: string, es: string): Localized => ({ en, es });
  return {
    action: both(
      `The district will stop providing special education and related services to ${f.studentFirstName}. The last day of services is ${f.servicesEndOn}. From then on ${f.studentFirstName} is a general education student.`,
      `El distrito dejará de proporcionar educación especial y servicios relacionados a ${f.studentFirstName}. El último día de servicios es el ${f.servicesEndOn}. A partir de entonces ${f.studentFirstName} es estudiante de educación general.`,
    ),
    explanation: both(
      `${f.revokedBy} revoked in writing, on ${f.revokedOn}, consent for the continued provision of special education and related services. Under 34 CFR 300.300(b)(4) the district must then stop them after giving this notice, and may not ask a hearing officer to override the revocation.`,
      `${f.revokedBy} revocó por escrito, el ${f.revokedOn}, el consentimiento para seguir recibiendo educación especial y servicios relacionados. Según 34 CFR 300.300(b)(4), el distrito debe dejar de proporcionarlos tras enviar este aviso, y no puede pedir a un funcionario de audiencias que anule la revocación.`,
    ),
    evaluationBasis: both(
      'This action is based on the written revocation of consent, not on an evaluation or record.',
      'Esta acción se basa en la revocación escrita del consentimiento, no en una evaluación ni en un expediente.',
    ),
    optionsConsidered: both(
      'Continuing the services was considered and rejected: the district may not continue them once consent is revoked. The district is not in violation of its duty to provide a free appropriate public education for stopping them.',
      'Se consideró continuar los servicios y se descartó: el distrito no puede continuarlos una vez revocado el consentimiento. El distrito no incumple su deber de proporcionar una educación pública gratuita y apropiada al suspenderlos.',
    ),
    otherFactors: both(
      `The district is not required to amend ${f.studentFirstName}'s education records to remove references to special education. The IEP's annual review, reevaluation and progress reports are no longer due. You may ask for an evaluation again at any time.`,
      `El distrito no está obligado a modificar los expedientes de ${f.studentFirstName} para quitar las referencias a la educación especial. La revisión anual, la reevaluación y los informes de progreso del IEP ya no se deben. Puede pedir una nueva evaluación en cualquier momento.`,
    ),
  };
}

export const NOT_RIGHTS_HOLDER: Localized = {
  en: "Only the person who holds the student's educational rights can revoke consent for services.",
  es: 'Solo la persona que tiene los derechos educativos del estudiante puede revocar el consentimiento para los servicios.',
};
export const ALREADY_REVOKED: Localized = {
  en: 'Consent for services has already been revoked for this student.',
  es: 'El consentimiento para los servicios de este estudiante ya fue revocado.',
};
export const NO_SERVICES: Localized = {
  en: 'The student has no IEP in force: there are no services to end.',
  es: 'El estudiante no tiene un IEP vigente: no hay servicios que terminar.',
};
export const NO_REVOCATION: Localized = {
  en: 'There is no revocation of consent awaiting notice for this student.',
  es: 'No hay ninguna revocación del consentimiento pendiente de aviso para este estudiante.',
};
export const ALREADY_ANSWERED: Localized = {
  en: 'The end of services has already been set and its notice issued.',
  es: 'Ya se fijó el fin de los servicios y se emitió su aviso.',
};
