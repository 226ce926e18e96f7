import { ALL_ROLES, UserRole } from '@iep/domain';

/**
 * What an operation needs from the caller's role. A role only opens the door to an operation;
 * which records it reaches is decided per record by RecordAccessService.
 */
export enum Permission {
  /** Anyone signed in: their own account and sign-out. */
  Authenticated = 'AUTHENTICATED',
  /** Read students and IEPs the caller has a relationship with. */
  ReadStudentRecords = 'READ_STUDENT_RECORDS',
  /** Read who accessed a student's records: rights-holding guardians and district staff. */
  ReadAccessRecord = 'READ_ACCESS_RECORD',
  /** Read the list of schools of the caller's own district: district staff. */
  ReadDistrictSchools = 'READ_DISTRICT_SCHOOLS',
  /** Manage the caller's own district: schools, staff and family accounts, students and guardians. */
  ManageDistrict = 'MANAGE_DISTRICT',
  /** Invite people to an IEP's team: case managers and district representatives anyone, guardians a guest. */
  InviteToTeam = 'INVITE_TO_TEAM',
  /** Remove team members and withdraw invitations: case managers and district representatives. */
  ManageTeam = 'MANAGE_TEAM',
}

export const PERMISSION_ROLES: Record<Permission, readonly UserRole[]> = {
  [Permission.Authenticated]: ALL_ROLES,
  [Permission.ReadStudentRecords]: ALL_ROLES,
  [Permission.ReadAccessRecord]: [UserRole.Parent, UserRole.Student, UserRole.DistrictRepresentative, UserRole.DistrictAdmin],
  [Permission.ReadDistrictSchools]: [
    UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist,
    UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
  ],
  [Permission.ManageDistrict]: [UserRole.DistrictAdmin],
  [Permission.InviteToTeam]: [UserRole.Parent, UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
  [Permission.ManageTeam]: [UserRole.SpecialEducationTeacher, UserRole.DistrictRepresentative],
};

export function roleHasPermission(role: UserRole, permission: Permission): boolean {
  return PERMISSION_ROLES[permission].includes(role);
}
