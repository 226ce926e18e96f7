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
}

export const PERMISSION_ROLES: Record<Permission, readonly UserRole[]> = {
  [Permission.Authenticated]: ALL_ROLES,
  [Permission.ReadStudentRecords]: ALL_ROLES,
};

export function roleHasPermission(role: UserRole, permission: Permission): boolean {
  return PERMISSION_ROLES[permission].includes(role);
}
