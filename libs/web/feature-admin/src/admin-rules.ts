import {
  EMAIL_MAX_LENGTH,
  PERSON_NAME_MAX_LENGTH,
  RELATIONSHIP_MAX_LENGTH,
  SCHOOL_NAME_MAX_LENGTH,
  STUDENT_NAME_MAX_LENGTH,
  dateOfBirthProblem,
  type DateOfBirthProblem,
} from '@iep/domain/district-records';

/**
 * The checks the API's input types make, run in the browser first so a person sees what to fix in their
 * language, next to the field, without a round trip. The limits and the date rule are the API's own.
 */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'emailInvalid' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'dateOfBirth'; problem: DateOfBirthProblem };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requiredText(value: string, max: number): FieldProblem | undefined {
  if (value.trim().length === 0) return { kind: 'required' };
  if (value.length > max) return { kind: 'tooLong', max };
  return undefined;
}

export function optionalText(value: string, max: number): FieldProblem | undefined {
  return value.length > max ? { kind: 'tooLong', max } : undefined;
}

export function emailProblem(value: string): FieldProblem | undefined {
  const email = value.trim();
  if (email.length === 0) return { kind: 'required' };
  if (email.length > EMAIL_MAX_LENGTH) return { kind: 'tooLong', max: EMAIL_MAX_LENGTH };
  if (!EMAIL_SHAPE.test(email)) return { kind: 'emailInvalid' };
  return undefined;
}

export function birthDateProblem(value: string): FieldProblem | undefined {
  if (value.length === 0) return { kind: 'required' };
  const problem = dateOfBirthProblem(value);
  return problem ? { kind: 'dateOfBirth', problem } : undefined;
}

export const LIMITS = {
  personName: PERSON_NAME_MAX_LENGTH,
  studentName: STUDENT_NAME_MAX_LENGTH,
  schoolName: SCHOOL_NAME_MAX_LENGTH,
  relationship: RELATIONSHIP_MAX_LENGTH,
};
