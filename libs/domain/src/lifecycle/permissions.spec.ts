import { ALL_ROLES, UserRole } from '../roles';
import { canIssue } from './permissions';
import { ALL_COMMAND_TYPES, validCommand } from './test-fixtures';
import type { LifecycleCommandType } from './types';

const {
  Parent,
  Student,
  GeneralEducationTeacher,
  SpecialEducationTeacher,
  Specialist,
  DistrictRepresentative,
  DistrictAdmin,
  Guest,
} = UserRole;

/** The whole policy, so that a change of who may do what shows up in review. */
const ISSUERS: Readonly<Record<LifecycleCommandType, readonly UserRole[]>> = {
  FINALIZE: [SpecialEducationTeacher, DistrictRepresentative],
  WITHDRAW: [SpecialEducationTeacher, DistrictRepresentative],
  MARK_REVIEWED: [Parent, Student],
  CONSENT: [Parent, Student],
  CONSENT_WITH_EXCEPTIONS: [Parent, Student],
  DECLINE: [Parent, Student],
  TAKE_EFFECT_AFTER_NOTICE: [SpecialEducationTeacher, DistrictRepresentative],
  START_AMENDMENT: [SpecialEducationTeacher, DistrictRepresentative],
  START_ANNUAL_REVIEW: [SpecialEducationTeacher, DistrictRepresentative],
  SUPERSEDE: [],
  EXPIRE: [],
};

describe('canIssue', () => {
  const rows = ALL_COMMAND_TYPES.flatMap((type) =>
    ALL_ROLES.map((role) => ({ role, type, allowed: ISSUERS[type].includes(role) })),
  );

  it.each(rows)('$role may issue $type: $allowed', ({ role, type, allowed }) => {
    expect(canIssue(role, type)).toBe(allowed);
    expect(canIssue(role, validCommand(type))).toBe(allowed);
  });

  it.each([GeneralEducationTeacher, Specialist, DistrictAdmin, Guest])(
    'a %s issues no lifecycle command',
    (role) => {
      expect(ALL_COMMAND_TYPES.filter((type) => canIssue(role, type))).toEqual([]);
    },
  );

  it('answers false for an unknown command instead of throwing', () => {
    expect(canIssue(DistrictRepresentative, 'DELETE' as LifecycleCommandType)).toBe(false);
  });
});
