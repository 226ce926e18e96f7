import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DateOfBirthProblem, MAX_STUDENT_AGE_YEARS, dateOfBirthProblem } from '@iep/domain';

/** A string with at least one character that is not white space (the database stores it trimmed). */
export function IsNotBlank(message: string, options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName,
      options: { message, ...options },
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
  [DateOfBirthProblem.Format]: 'Enter the date of birth as year-month-day, for example 2016-04-12.',
  [DateOfBirthProblem.NotADate]: 'That date of birth does not exist on the calendar. Check the day and month.',
  [DateOfBirthProblem.NotInPast]: 'The date of birth must be in the past.',
  [DateOfBirthProblem.TooLongAgo]: `The date of birth is more than ${MAX_STUDENT_AGE_YEARS} years ago. Check the year.`,
};

/** Preferred languages of the interface and of e-mail. */
export const LOCALES = ['en', 'es'] as const;
