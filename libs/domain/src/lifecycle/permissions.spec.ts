import { ALL_ROLES, UserRole } from '../roles';
import { authorize } from './permissions';
import { ALL_COMMAND_TYPES } from './test-fixtures';
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

/** A person holding the educational rights, so that only the role decides. */
const person = (role: UserRole) => ({ kind: 'USER' as const, role, holdsEducationalRights: true });

describe('authorize: who may issue each lifecycle command', () => {
  const rows = ALL_COMMAND_TYPES.flatMap((type) =>
    ALL_ROLES.map((role) => ({ role, type, allowed: ISSUERS[type].includes(role) })),
  );

  it.each(rows)('$role may issue $type: $allowed', ({ role, type, allowed }) => {
    expect(authorize(person(role), type) === null).toBe(allowed);
  });

  it.each([GeneralEducationTeacher, Specialist, DistrictAdmin, Guest])(
    'a %s issues no lifecycle command',
    (role) => {
      expect(ALL_COMMAND_TYPES.filter((type) => authorize(person(role), type) === null)).toEqual([]);
    },
  );

  it('refuses an unknown command instead of throwing', () => {
    expect(authorize(person(DistrictRepresentative), 'DELETE' as LifecycleCommandType)).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
