/**
 * The password e-mails in the recipient's language (users.locale). Plain text: it reads the same in
 * every mail client and a screen reader, and a link in plain text cannot hide where it goes.
 */
type Locale = 'en' | 'es';

export interface EmailContent {
  subject: string;
  text: string;
}

const asLocale = (locale: string): Locale => (locale === 'es' ? 'es' : 'en');

export function passwordResetEmail(locale: string, displayName: string, link: string): EmailContent {
  if (asLocale(locale) === 'es') {
    return {
      subject: 'Restablezca su contraseña de IEP Team',
      text: [
        `Hola, ${displayName}:`,
        'Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta de IEP Team. Para elegir una contraseña nueva, abra este enlace en el plazo de una hora:',
        link,
        'El enlace funciona una sola vez. Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.',
        'IEP Team',
      ].join('\n\n'),
    };
  }
  return {
    subject: 'Reset your IEP Team password',
    text: [
      `Hello ${displayName},`,
      'Someone (we hope it was you) asked to reset the password of your IEP Team account. To choose a new password, open this link within one hour:',
      link,
      'The link works once. If you did not ask for this, ignore this message: your password stays as it is.',
      'IEP Team',
    ].join('\n\n'),
  };
}

/** Sent after every change, so that someone who did not make it learns of it and can act. */
export function passwordChangedEmail(locale: string, displayName: string, forgotLink: string, how: 'RESET' | 'CHANGE'): EmailContent {
  if (asLocale(locale) === 'es') {
    return {
      subject: 'Se cambió su contraseña de IEP Team',
      text: [
        `Hola, ${displayName}:`,
        how === 'RESET'
          ? 'Se acaba de cambiar la contraseña de su cuenta de IEP Team con un enlace de restablecimiento. Se cerraron todas sus sesiones.'
          : 'Se acaba de cambiar la contraseña de su cuenta de IEP Team. Se cerraron sus demás sesiones.',
        `Si no fue usted, restablezca su contraseña ahora en ${forgotLink} y avise a su distrito escolar.`,
        'IEP Team',
      ].join('\n\n'),
    };
  }
  return {
    subject: 'Your IEP Team password was changed',
    text: [
      `Hello ${displayName},`,
      how === 'RESET'
        ? 'The password of your IEP Team account was just changed with a reset link. All your sessions were signed out.'
        : 'The password of your IEP Team account was just changed. Your other sessions were signed out.',
      `If this was not you, reset your password now at ${forgotLink} and tell your school district.`,
      'IEP Team',
    ].join('\n\n'),
  };
}
