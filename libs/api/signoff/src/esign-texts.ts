export type SignoffLocale = 'en' | 'es';

export function signoffLocale(locale: string | null | undefined): SignoffLocale {
  return locale === 'es' ? 'es' : 'en';
}

/**
 * The consumer disclosure of ESIGN (15 U.S.C. 7001(c)): what electronic records cover, the right to a
 * paper copy, how to withdraw, and what is needed to read them. A change of wording is a new version,
 * and people agree again before their next signature.
 */
export const ELECTRONIC_RECORDS_DISCLOSURE_VERSION = 'erecords-2026-02';

export interface Disclosure {
  version: string;
  locale: SignoffLocale;
  title: string;
  paragraphs: string[];
}

const DISCLOSURE: Record<SignoffLocale, Omit<Disclosure, 'version' | 'locale'>> = {
  en: {
    title: 'Agreement to use electronic records and signatures',
    paragraphs: [
      'Your school district may give you IEP documents, notices and consent forms electronically through IEP Team, and you may sign them electronically. An electronic signature has the same legal effect as a signature on paper.',
      'This agreement covers every IEP document, prior written notice and consent form of the students whose records you can see in IEP Team, until you withdraw it.',
      'You have the right to receive any of these documents on paper, free of charge: ask your case manager or the district office, and a paper copy will be given or mailed to you.',
      'You may withdraw this agreement at any time in IEP Team (on the IEP’s "Status and signatures" page, "Withdraw consent to electronic records") or by telling the district in writing. Withdrawing does not undo documents you already signed; from then on the district will use paper for your signatures.',
      'To read and keep these records you need a web browser and the ability to open or save PDF files. Keep your e-mail address up to date with the district so that notices reach you.',
    ],
  },
  es: {
    title: 'Acuerdo para usar documentos y firmas electrónicas',
    paragraphs: [
      'Su distrito escolar puede entregarle documentos del IEP, avisos y formularios de consentimiento de forma electrónica a través de IEP Team, y usted puede firmarlos electrónicamente. Una firma electrónica tiene el mismo efecto legal que una firma en papel.',
      'Este acuerdo cubre todos los documentos del IEP, avisos previos por escrito y formularios de consentimiento de los estudiantes cuyos expedientes puede ver en IEP Team, hasta que usted lo retire.',
      'Tiene derecho a recibir cualquiera de estos documentos en papel, sin costo: pídalo a su coordinador del caso o a la oficina del distrito, y se le entregará o enviará por correo una copia en papel.',
      'Puede retirar este acuerdo en cualquier momento en IEP Team (en la página «Estado y firmas» del IEP, «Retirar el consentimiento a documentos electrónicos») o avisando al distrito por escrito. Retirarlo no anula lo que ya firmó; desde entonces el distrito usará papel para sus firmas.',
      'Para leer y guardar estos documentos necesita un navegador web y poder abrir o guardar archivos PDF. Mantenga su correo electrónico al día con el distrito para que le lleguen los avisos.',
    ],
  },
};

export function electronicRecordsDisclosure(locale: SignoffLocale): Disclosure {
  return { version: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale, ...DISCLOSURE[locale] };
}

export function disclosureText(disclosure: Disclosure): string {
  return [disclosure.title, ...disclosure.paragraphs].join('\n\n');
}

/** The statement a signer reads above the box where they type their name (intent to sign, ESIGN/UETA). */
export const SIGNATURE_INTENT_VERSION = 'intent-2026-01';

export type SignaturePurposeKey = 'PARENT_DECISION' | 'ATTENDANCE';
export type ParentDecisionKey = 'CONSENT' | 'CONSENT_WITH_EXCEPTIONS' | 'DECLINE';

const INTENT: Record<SignoffLocale, Record<ParentDecisionKey | 'ATTENDANCE', string>> = {
  en: {
    CONSENT:
      'By typing my name below I sign this IEP electronically. I have read the proposed IEP shown, and I give my consent to it as written.',
    CONSENT_WITH_EXCEPTIONS:
      'By typing my name below I sign this IEP electronically. I have read the proposed IEP shown, and I give my consent to it except for the items I named, which are not to be carried out until the team and I agree on them.',
    DECLINE:
      'By typing my name below I sign electronically that I have read the proposed IEP shown and that I do not give my consent to it, for the reasons I wrote.',
    ATTENDANCE:
      'By typing my name below I sign electronically that I took part in this IEP meeting. My signature shows attendance only; it does not mean that I agree with the IEP.',
  },
  es: {
    CONSENT:
      'Al escribir mi nombre abajo firmo este IEP electrónicamente. He leído el IEP propuesto que se muestra y doy mi consentimiento tal como está escrito.',
    CONSENT_WITH_EXCEPTIONS:
      'Al escribir mi nombre abajo firmo este IEP electrónicamente. He leído el IEP propuesto que se muestra y doy mi consentimiento, excepto a los puntos que nombré, que no se llevarán a cabo hasta que el equipo y yo estemos de acuerdo.',
    DECLINE:
      'Al escribir mi nombre abajo firmo electrónicamente que he leído el IEP propuesto que se muestra y que no doy mi consentimiento, por las razones que escribí.',
    ATTENDANCE:
      'Al escribir mi nombre abajo firmo electrónicamente que participé en esta reunión del IEP. Mi firma solo indica asistencia; no significa que esté de acuerdo con el IEP.',
  },
};

export function signatureIntent(
  purpose: SignaturePurposeKey,
  decision: ParentDecisionKey | null,
  locale: SignoffLocale,
): { version: string; locale: SignoffLocale; statement: string } {
  const key = purpose === 'ATTENDANCE' ? 'ATTENDANCE' : (decision ?? 'CONSENT');
  return { version: SIGNATURE_INTENT_VERSION, locale, statement: INTENT[locale][key] };
}

/**
 * A typed name matches the account's name without regard to case, accents or extra spaces: "lucia
 * ramirez" signs for "Lucía Ramírez" on a keyboard without accents, but another name does not.
 */
export function normalizedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[\s.]+/g, ' ')
    .trim();
}

export function typedNameMatches(typed: string, accountName: string): boolean {
  const typedName = normalizedName(typed);
  return typedName.length > 0 && typedName === normalizedName(accountName);
}
