import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { validationMessage, type Localized } from '@iep/api/core';
import { DateOfBirthProblem, EMAIL_MAX_LENGTH, MAX_STUDENT_AGE_YEARS, PERSON_NAME_MAX_LENGTH, dateOfBirthProblem } from '@iep/domain';

/** A string with at least one character that is not white space (the database stores it trimmed). */
export function IsNotBlank(message: Localized, options: ValidationOptions = {}) {
  const english = validationMessage(message);
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName,
      options: { message: english, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 },
    });
}

/** A real calendar date in the past, no further back than a student can be (see dateOfBirthProblem). */
export function IsDateOfBirth(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOfBirth',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => dateOfBirthProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => DATE_OF_BIRTH_MESSAGES[dateOfBirthProblem(args?.value) ?? DateOfBirthProblem.Format],
      },
    });
}

const DATE_OF_BIRTH_MESSAGES: Record<DateOfBirthProblem, string> = {
  [DateOfBirthProblem.Format]: validationMessage({
    en: 'Enter the date of birth as year-month-day, for example 2016-04-12.',
    es: 'Escriba la fecha de nacimiento como año-mes-día, por ejemplo 2016-04-12.',
  }),
  [DateOfBirthProblem.NotADate]: validationMessage({
    en: 'That date of birth does not exist on the calendar. Check the day and month.',
    es: 'Esa fecha de nacimiento no existe en el calendario. Revise el día y el mes.',
  }),
  [DateOfBirthProblem.NotInPast]: validationMessage({
    en: 'The date of birth must be in the past.',
    es: 'La fecha de nacimiento debe estar en el pasado.',
  }),
  [DateOfBirthProblem.TooLongAgo]: validationMessage({
    en: `The date of birth is more than ${MAX_STUDENT_AGE_YEARS} years ago. Check the year.`,
    es: `La fecha de nacimiento es de hace más de ${MAX_STUDENT_AGE_YEARS} años. Revise el año.`,
  }),
};

/** Preferred languages of the interface and of e-mail. */
export const LOCALES = ['en', 'es'] as const;

// Messages the staff and student forms share.
export const CHOOSE_LOCALE = validationMessage({ en: 'Choose English (en) or Spanish (es).', es: 'Elija inglés (en) o español (es).' });
export const EMAIL_INVALID = validationMessage({
  en: 'Enter a valid e-mail address, for example name@example.com.',
  es: 'Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.com.',
});
export const EMAIL_TOO_LONG = validationMessage({
  en: `An e-mail address can be at most ${EMAIL_MAX_LENGTH} characters.`,
  es: `Un correo electrónico puede tener como máximo ${EMAIL_MAX_LENGTH} caracteres.`,
});
export const NAME_TOO_LONG = validationMessage({
  en: `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters.`,
  es: `Un nombre puede tener como máximo ${PERSON_NAME_MAX_LENGTH} caracteres.`,
});
export const SEARCH_TOO_LONG = validationMessage({
  en: 'Search for at most 200 characters.',
  es: 'La búsqueda puede tener como máximo 200 caracteres.',
});
