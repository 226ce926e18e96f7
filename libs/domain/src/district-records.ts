import { UserRole } from './roles';

/**
 * Rules for the records district administration keeps (staff accounts, students), shared by the API,
 * which enforces them, and the web forms, which check them before sending.
 */

/** The roles a district administrator gives a staff account; family and guest accounts come about otherwise. */
export const STAFF_ROLES = {
  GeneralEducationTeacher: UserRole.GeneralEducationTeacher,
  SpecialEducationTeacher: UserRole.SpecialEducationTeacher,
  Specialist: UserRole.Specialist,
  DistrictRepresentative: UserRole.DistrictRepresentative,
  DistrictAdmin: UserRole.DistrictAdmin,
} as const;

export type StaffRole = (typeof STAFF_ROLES)[keyof typeof STAFF_ROLES];

export function isStaffRole(role: string): role is StaffRole {
  return (Object.values(STAFF_ROLES) as string[]).includes(role);
}

/** Pre-kindergarten, kindergarten, grades 1–12 and the post-secondary transition years (ages 18–21). */
export const GRADES = ['PK', 'K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'TRANSITION'] as const;

/** The largest roster bundle (OneRoster CSV .zip) accepted: the API refuses more, the page says so before sending. */
export const ROSTER_BUNDLE_MAX_BYTES = 256 * 1024 * 1024;

export const PERSON_NAME_MAX_LENGTH = 200;
export const STUDENT_NAME_MAX_LENGTH = 100;
export const SCHOOL_NAME_MAX_LENGTH = 200;
export const RELATIONSHIP_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 320;

/** Students served under IDEA are 3 to 21; a birth date further back than this is a typo, not a student. */
export const MAX_STUDENT_AGE_YEARS = 30;

export enum DateOfBirthProblem {
  Format = 'FORMAT',
  NotADate = 'NOT_A_DATE',
  NotInPast = 'NOT_IN_PAST',
  TooLongAgo = 'TOO_LONG_AGO',
}

/** Why `value` is not an acceptable date of birth on `today` (both YYYY-MM-DD), or null when it is. */
export function dateOfBirthProblem(value: unknown, today: string = new Date().toISOString().slice(0, 10)): DateOfBirthProblem | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return DateOfBirthProblem.Format;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return DateOfBirthProblem.NotADate;
  }
  if (value >= today) return DateOfBirthProblem.NotInPast;
  const earliest = `${String(Number(today.slice(0, 4)) - MAX_STUDENT_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (value < earliest) return DateOfBirthProblem.TooLongAgo;
  return null;
}
