/** The roles of DESIGN §2. A role says what kind of work a person does; access to a record is decided per record. */
export enum UserRole {
  Parent = 'PARENT',
  Student = 'STUDENT',
  GeneralEducationTeacher = 'GENERAL_EDUCATION_TEACHER',
  SpecialEducationTeacher = 'SPECIAL_EDUCATION_TEACHER',
  Specialist = 'SPECIALIST',
  DistrictRepresentative = 'DISTRICT_REPRESENTATIVE',
  DistrictAdmin = 'DISTRICT_ADMIN',
  Guest = 'GUEST',
}

export const ALL_ROLES: readonly UserRole[] = Object.values(UserRole);

/** District staff see every record of their district (legitimate educational interest). */
export const DISTRICT_WIDE_ROLES: ReadonlySet<UserRole> = new Set([UserRole.DistrictRepresentative, UserRole.DistrictAdmin]);

export enum IepStatus {
  Draft = 'DRAFT',
  Proposed = 'PROPOSED',
  Active = 'ACTIVE',
  Superseded = 'SUPERSEDED',
  Expired = 'EXPIRED',
}

export enum IepKind {
  Initial = 'INITIAL',
  Annual = 'ANNUAL',
  Amendment = 'AMENDMENT',
}
