import { UserRole } from '../roles';
import {
  ONEROSTER_ROLES, REQUIRED_HEADERS, ROSTER_FILES, RosterProblem,
  rosterBirthDateOk, rosterGrade, rosterPersonKind, rosterProblemText, rosterRoleFits,
} from './oneroster';

describe('OneRoster 1.2 CSV as IEP Team reads it', () => {
  it('needs the identifying and the imported columns of each file it reads', () => {
    for (const file of ROSTER_FILES) expect(REQUIRED_HEADERS[file].length).toBeGreaterThan(1);
    expect(REQUIRED_HEADERS['users.csv']).toEqual(expect.arrayContaining(['sourcedId', 'givenName', 'familyName', 'agentSourcedIds']));
    expect(REQUIRED_HEADERS['demographics.csv']).toContain('birthDate');
  });

  it('maps every role of the standard, and never makes a district administrator', () => {
    const mapped = ONEROSTER_ROLES.map((role) => [role, rosterPersonKind(role)] as const);
    expect(mapped.filter(([, kind]) => kind.kind === 'staff' && kind.role === UserRole.DistrictAdmin)).toEqual([]);
    expect(rosterPersonKind('student')).toEqual({ kind: 'student' });
    expect(rosterPersonKind('parent')).toEqual({ kind: 'guardian', relationship: 'Parent', rightsHolder: true });
    expect(rosterPersonKind('relative')).toEqual({ kind: 'guardian', relationship: 'Relative', rightsHolder: false });
    expect(rosterPersonKind('teacher')).toEqual({ kind: 'staff', role: UserRole.GeneralEducationTeacher, specialty: null });
    expect(rosterPersonKind('counselor')).toMatchObject({ kind: 'staff', role: UserRole.Specialist });
    expect(rosterPersonKind('principal')).toMatchObject({ kind: 'staff', role: UserRole.DistrictRepresentative });
    expect(rosterPersonKind('proctor')).toEqual({ kind: 'skipped' });
  });

  it('keeps family accounts and staff accounts apart', () => {
    expect(rosterRoleFits(rosterPersonKind('guardian'), UserRole.Parent)).toBe(true);
    expect(rosterRoleFits(rosterPersonKind('guardian'), UserRole.GeneralEducationTeacher)).toBe(false);
    expect(rosterRoleFits(rosterPersonKind('teacher'), UserRole.SpecialEducationTeacher)).toBe(true);
    expect(rosterRoleFits(rosterPersonKind('teacher'), UserRole.Parent)).toBe(false);
  });

  it('maps CEDS grade codes to the grades IEP Team serves', () => {
    expect(['PK', 'TK', 'KG', '01', '09', '12', '13', 'PS'].map(rosterGrade)).toEqual(['PK', 'PK', 'K', '1', '9', '12', 'TRANSITION', 'TRANSITION']);
    expect(rosterGrade('UG')).toBeNull();
    expect(rosterGrade('Other')).toBeNull();
  });

  it('accepts the birth dates the student form accepts', () => {
    expect(rosterBirthDateOk('2015-02-28', '2026-12-07')).toBe(true);
    expect(rosterBirthDateOk('2015-02-30', '2026-12-07')).toBe(false);
    expect(rosterBirthDateOk('02/28/2015', '2026-12-07')).toBe(false);
  });

  it('says every problem in English and Spanish, with the offending value', () => {
    for (const problem of Object.values(RosterProblem)) {
      const text = rosterProblemText({ problem, value: 'usr-9' });
      expect(text.en.length).toBeGreaterThan(10);
      expect(text.es.length).toBeGreaterThan(10);
      expect(text.es).not.toBe(text.en);
    }
    expect(rosterProblemText({ problem: RosterProblem.UnknownReference, value: 'usr-9' }).en).toContain('"usr-9"');
  });
});
