import type { Localized } from '@iep/api/core';

export type RightsLocale = 'en' | 'es';

export function rightsLocale(locale: string | null | undefined): RightsLocale {
  return locale === 'es' ? 'es' : 'en';
}

/** The copy of the notice a parent receives in the app and by e-mail, in their language. */
export function safeguardsNotice(f: { recipientName: string; studentFirstName: string; link: string }, locale: RightsLocale) {
  if (locale === 'es') {
    const title = `Sus garantías procesales: ${f.studentFirstName}`;
    return {
      subject: title, title, body: 'El aviso de garantías procesales de la educación especial, para que lo conserve.',
      text: [
        `Hola, ${f.recipientName}:`,
        '',
        `Le enviamos el Aviso de Garantías Procesales (34 CFR 300.504) sobre la educación especial de ${f.studentFirstName}. Explica sus derechos:`,
        '- recibir un aviso previo por escrito antes de que la escuela proponga o rechace un cambio;',
        '- dar o negar su consentimiento, y revocarlo por escrito;',
        '- ver los expedientes educativos de su hijo o hija;',
        '- pedir una evaluación educativa independiente;',
        '- la mediación, las quejas ante el estado y las audiencias de debido proceso.',
        '',
        'Puede leerlo en cualquier momento aquí:',
        f.link,
      ].join('\n'),
    };
  }
  const title = `Your procedural safeguards: ${f.studentFirstName}`;
  return {
    subject: title, title, body: 'The special education procedural safeguards notice, for you to keep.',
    text: [
      `Hello ${f.recipientName},`,
      '',
      `Here is the Notice of Procedural Safeguards (34 CFR 300.504) about ${f.studentFirstName}'s special education. It explains your rights to:`,
      '- prior written notice before the school proposes or refuses a change;',
      '- give or refuse consent, and revoke it in writing;',
      "- inspect your child's education records;",
      '- ask for an independent educational evaluation;',
      '- mediation, state complaints and due process hearings.',
      '',
      'You can read it at any time here:',
      f.link,
    ].join('\n'),
  };
}

export const NOT_RECORDER: Localized = {
  en: "Only a special education teacher with the student on their caseload, or the district representative, can record the family's rights given.",
  es: 'Solo un maestro de educación especial que tenga al estudiante en su caso, o el representante del distrito, pueden registrar los derechos entregados a la familia.',
};
export const NO_GUARDIAN: Localized = {
  en: 'The student has no parent or guardian on record to give the notice to. Ask a district administrator to add one first.',
  es: 'El estudiante no tiene ningún padre, madre o tutor registrado a quien dar el aviso. Pida primero a un administrador del distrito que agregue uno.',
};
export const BAD_DATE: Localized = {
  en: 'Enter the day the paper copy was given, for example 2026-09-02, no later than today.',
  es: 'Escriba el día en que se entregó la copia en papel, por ejemplo 2026-09-02, no posterior a hoy.',
};
