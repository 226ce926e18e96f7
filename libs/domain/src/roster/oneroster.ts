import { dateOfBirthProblem, GRADES, isStaffRole } from '../district-records';
import type { Localized } from '../localized';
import { UserRole } from '../roles';

/**
 * The OneRoster 1.2 CSV binding as IEP Team reads it (1EdTech OneRoster v1.2 CSV tables): which files,
 * which of their standard headers must be present, how the standard's roles and grades map to ours, and
 * the problems a row can have, in words a district administrator can act on.
 */

/** The files an import reads; every other file of the bundle (classes, enrollments …) is left alone. */
export const ROSTER_FILES = ['manifest.csv', 'orgs.csv', 'users.csv', 'roles.csv', 'demographics.csv'] as const;
export type RosterFile = (typeof ROSTER_FILES)[number];

/** The standard's header of each file, in the standard's order (header names are case-sensitive). */
const ONEROSTER_HEADERS: Readonly<Record<RosterFile, readonly string[]>> = {
  'manifest.csv': ['propertyName', 'value'],
  'orgs.csv': ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
  'users.csv': [
    'sourcedId', 'status', 'dateLastModified', 'enabledUser', 'username', 'userIds', 'givenName', 'familyName', 'middleName',
    'identifier', 'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password', 'userMasterIdentifier', 'resourceSourcedIds',
    'preferredGivenName', 'preferredMiddleName', 'preferredFamilyName', 'primaryOrgSourcedId', 'pronouns',
  ],
  'roles.csv': ['sourcedId', 'status', 'dateLastModified', 'userSourcedId', 'roleType', 'role', 'beginDate', 'endDate', 'orgSourcedId', 'userProfileSourcedId'],
  'demographics.csv': [
    'sourcedId', 'status', 'dateLastModified', 'birthDate', 'sex', 'americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican',
    'nativeHawaiianOrOtherPacificIslander', 'white', 'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity', 'countryOfBirthCode',
    'stateOfBirthAbbreviation', 'cityOfBirth', 'publicSchoolResidenceStatus',
  ],
};

/** The columns IEP Team needs of each file, all of the standard's; its other columns may be left out of a file. */
export const REQUIRED_HEADERS: Readonly<Record<RosterFile, readonly string[]>> = {
  'manifest.csv': standard('manifest.csv', ['propertyName', 'value']),
  'orgs.csv': standard('orgs.csv', ['sourcedId', 'status', 'name', 'type']),
  'users.csv': standard('users.csv', ['sourcedId', 'status', 'enabledUser', 'givenName', 'familyName', 'email', 'agentSourcedIds', 'grades']),
  'roles.csv': standard('roles.csv', ['sourcedId', 'status', 'userSourcedId', 'roleType', 'role', 'orgSourcedId']),
  'demographics.csv': standard('demographics.csv', ['sourcedId', 'status', 'birthDate']),
};

function standard(file: RosterFile, columns: string[]): string[] {
  const unknown = columns.filter((column) => !ONEROSTER_HEADERS[file].includes(column));
  if (unknown.length) throw new Error(`${file} has no column ${unknown.join(', ')} in OneRoster 1.2`);
  return columns;
}

/** `file.<name>` of manifest.csv: a full (bulk) file replaces what the district had; a delta only updates. */
export type ProcessingMode = 'absent' | 'bulk' | 'delta';
export const PROCESSING_MODES: readonly ProcessingMode[] = ['absent', 'bulk', 'delta'];

export const ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'] as const;

/** The roles of OneRoster 1.2 (roles.csv `role`). */
export const ONEROSTER_ROLES = [
  'aide', 'counselor', 'districtAdministrator', 'guardian', 'parent', 'principal', 'proctor', 'relative',
  'siteAdministrator', 'student', 'systemAdministrator', 'teacher',
] as const;
export type OneRosterRole = (typeof ONEROSTER_ROLES)[number];

/** What a OneRoster person becomes in IEP Team. */
export type RosterPersonKind =
  | { kind: 'student' }
  | { kind: 'guardian'; relationship: string; rightsHolder: boolean }
  | { kind: 'staff'; role: UserRole; specialty: string | null }
  | { kind: 'skipped' };

/**
 * The standard's roles mapped to ours. An import never makes a district administrator (that stays a
 * decision made by hand), and a person's role set by hand is not changed by a later import. Parents and
 * guardians hold the educational rights when the district's system first links them; relatives do not
 * (the district can change both on the student's page).
 */
export function rosterPersonKind(role: OneRosterRole): RosterPersonKind {
  switch (role) {
    case 'student':
      return { kind: 'student' };
    case 'parent':
      return { kind: 'guardian', relationship: 'Parent', rightsHolder: true };
    case 'guardian':
      return { kind: 'guardian', relationship: 'Guardian', rightsHolder: true };
    case 'relative':
      return { kind: 'guardian', relationship: 'Relative', rightsHolder: false };
    case 'teacher':
    case 'aide':
      return { kind: 'staff', role: UserRole.GeneralEducationTeacher, specialty: null };
    case 'counselor':
      return { kind: 'staff', role: UserRole.Specialist, specialty: 'School counselor' };
    case 'principal':
    case 'siteAdministrator':
    case 'districtAdministrator':
      return { kind: 'staff', role: UserRole.DistrictRepresentative, specialty: null };
    case 'proctor':
    case 'systemAdministrator':
      return { kind: 'skipped' };
  }
}

/** Whether an account of `existing` role may be the OneRoster person of `kind` (a parent never becomes staff). */
export function rosterRoleFits(kind: RosterPersonKind, existing: UserRole): boolean {
  if (kind.kind === 'guardian') return existing === UserRole.Parent;
  if (kind.kind === 'staff') return isStaffRole(existing);
  return false;
}

/** CEDS grade codes (users.csv `grades`) to IEP Team's grades; null for a code that is no grade we serve. */
export function rosterGrade(code: string): (typeof GRADES)[number] | null {
  const value = code.trim();
  if (['IT', 'PR', 'PK', 'TK'].includes(value)) return 'PK';
  if (value === 'KG') return 'K';
  if (/^(0?[1-9]|1[0-2])$/.test(value)) return String(Number(value)) as (typeof GRADES)[number];
  if (value === '13' || value === 'PS') return 'TRANSITION';
  return null;
}

/** What can be wrong with a bundle or a row; each names the file, line and column it was found at. */
export enum RosterProblem {
  NotAZip = 'NOT_A_ZIP',
  MissingFile = 'MISSING_FILE',
  MissingHeader = 'MISSING_HEADER',
  BadCsv = 'BAD_CSV',
  UnsupportedVersion = 'UNSUPPORTED_VERSION',
  BadMode = 'BAD_MODE',
  Required = 'REQUIRED',
  Duplicate = 'DUPLICATE',
  BadValue = 'BAD_VALUE',
  UnknownReference = 'UNKNOWN_REFERENCE',
  NotASchool = 'NOT_A_SCHOOL',
  NoRole = 'NO_ROLE',
  BadDate = 'BAD_DATE',
  BadGrade = 'BAD_GRADE',
  BadEmail = 'BAD_EMAIL',
  EmailTaken = 'EMAIL_TAKEN',
  RoleMismatch = 'ROLE_MISMATCH',
  NoBirthDate = 'NO_BIRTH_DATE',
  TooLong = 'TOO_LONG',
}

/** One problem as the report shows it. `value` is the offending text (never a whole row). */
interface RosterProblemDetail {
  problem: RosterProblem;
  value?: string;
}

const quoted = (value: string | undefined) => (value ? ` "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"` : '');

/** The problem in words, in both languages. */
export function rosterProblemText({ problem, value }: RosterProblemDetail): Localized {
  const v = quoted(value);
  switch (problem) {
    case RosterProblem.NotAZip:
      return { en: 'The upload is not a ZIP file. Upload the OneRoster CSV bundle as exported (a .zip).', es: 'El archivo no es un ZIP. Suba el paquete CSV de OneRoster tal como se exportó (un .zip).' };
    case RosterProblem.MissingFile:
      return { en: `The bundle has no file${v}, which manifest.csv lists or the import needs.`, es: `El paquete no contiene el archivo${v}, que manifest.csv menciona o la importación necesita.` };
    case RosterProblem.MissingHeader:
      return { en: `The header row lacks the column${v} of the OneRoster 1.2 standard.`, es: `A la fila de encabezado le falta la columna${v} del estándar OneRoster 1.2.` };
    case RosterProblem.BadCsv:
      return { en: `This line is not valid CSV${v}.`, es: `Esta línea no es CSV válido${v}.` };
    case RosterProblem.UnsupportedVersion:
      return { en: `The bundle says version${v}; IEP Team reads OneRoster 1.2.`, es: `El paquete indica la versión${v}; IEP Team lee OneRoster 1.2.` };
    case RosterProblem.BadMode:
      return { en: `The processing mode${v} is not absent, bulk or delta.`, es: `El modo de procesamiento${v} no es absent, bulk ni delta.` };
    case RosterProblem.Required:
      return { en: 'This value is required.', es: 'Este valor es obligatorio.' };
    case RosterProblem.Duplicate:
      return { en: `The sourcedId${v} appears more than once in this file.`, es: `El sourcedId${v} aparece más de una vez en este archivo.` };
    case RosterProblem.BadValue:
      return { en: `The value${v} is not one the standard allows here.`, es: `El valor${v} no es uno de los que el estándar permite aquí.` };
    case RosterProblem.UnknownReference:
      return { en: `No record with sourcedId${v} is in the bundle or already in the district.`, es: `No hay ningún registro con sourcedId${v} en el paquete ni en el distrito.` };
    case RosterProblem.NotASchool:
      return { en: `The organization${v} is not a school; a student or staff member belongs to a school.`, es: `La organización${v} no es una escuela; un estudiante o miembro del personal pertenece a una escuela.` };
    case RosterProblem.NoRole:
      return { en: `The person${v} has no role in roles.csv.`, es: `La persona${v} no tiene ninguna función en roles.csv.` };
    case RosterProblem.BadDate:
      return { en: `The date${v} is not a valid birth date (YYYY-MM-DD, in the past, at most 30 years ago).`, es: `La fecha${v} no es una fecha de nacimiento válida (AAAA-MM-DD, en el pasado, hace 30 años como máximo).` };
    case RosterProblem.BadGrade:
      return { en: `The grade${v} is not a grade IEP Team serves (PK, KG, 01–13, PS).`, es: `El grado${v} no es un grado que IEP Team atiende (PK, KG, 01–13, PS).` };
    case RosterProblem.BadEmail:
      return { en: `The e-mail address${v} is missing or not valid; a family or staff account needs one.`, es: `El correo electrónico${v} falta o no es válido; una cuenta familiar o del personal necesita uno.` };
    case RosterProblem.EmailTaken:
      return { en: `The e-mail address${v} belongs to another person's account or another district.`, es: `El correo electrónico${v} pertenece a la cuenta de otra persona o a otro distrito.` };
    case RosterProblem.RoleMismatch:
      return { en: `The account${v} exists with a role that does not fit this person (a family account cannot become staff, nor the reverse).`, es: `La cuenta${v} ya existe con una función que no corresponde a esta persona (una cuenta familiar no puede pasar a ser del personal, ni al revés).` };
    case RosterProblem.NoBirthDate:
      return { en: `The student${v} has no birth date in demographics.csv.`, es: `El estudiante${v} no tiene fecha de nacimiento en demographics.csv.` };
    case RosterProblem.TooLong:
      return { en: `The value${v} is too long.`, es: `El valor${v} es demasiado largo.` };
  }
}

/** Whether `value` is a birth date IEP Team accepts for a student (the same rule as the student form). */
export function rosterBirthDateOk(value: string, today?: string): boolean {
  return dateOfBirthProblem(value, today) === null;
}
