import { UserRole } from '../roles';
import { AttendanceStatus } from './meeting-rules';
import { meetingDiscussesTransition, requiredSeats, type CompositionAttendee } from './team-composition';

const person = (role: UserRole | null, status: AttendanceStatus | null, over: Partial<CompositionAttendee> = {}): CompositionAttendee => ({
  role, isGuardian: role === UserRole.Parent, status, interpretsEvaluations: false, ...over,
});
const FULL_TEAM = [
  person(UserRole.Parent, AttendanceStatus.Present),
  person(UserRole.GeneralEducationTeacher, AttendanceStatus.Present),
  person(UserRole.SpecialEducationTeacher, AttendanceStatus.Present),
  person(UserRole.DistrictRepresentative, AttendanceStatus.Present),
  person(UserRole.Specialist, AttendanceStatus.Present),
];
const missing = (attendees: CompositionAttendee[], inRegularClasses = true) =>
  requiredSeats({ attendees, inRegularClasses }).filter((seat) => seat.state === 'MISSING').map((seat) => seat.member);

describe('team composition before a meeting is held (34 CFR 300.321)', () => {
  it('is complete with the parent, both teachers, the district representative and an interpreter of evaluations present', () => {
    expect(requiredSeats({ attendees: FULL_TEAM, inRegularClasses: true }).map((seat) => seat.state)).toEqual(Array(5).fill('PRESENT'));
  });

  it('asks for a regular education teacher only when the student is in regular classes', () => {
    const noGenEd = FULL_TEAM.filter((a) => a.role !== UserRole.GeneralEducationTeacher);
    expect(missing(noGenEd, true)).toEqual(['REGULAR_EDUCATION_TEACHER']);
    expect(missing(noGenEd, false)).toEqual([]);
    expect(requiredSeats({ attendees: noGenEd, inRegularClasses: false }).map((seat) => seat.member)).not.toContain('REGULAR_EDUCATION_TEACHER');
  });

  it('names every empty seat: absent, not yet recorded, or nobody of that kind at all', () => {
    expect(missing([])).toEqual(['PARENT', 'REGULAR_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'DISTRICT_REPRESENTATIVE', 'EVALUATION_INTERPRETER']);
    const absentSped = FULL_TEAM.map((a) => (a.role === UserRole.SpecialEducationTeacher ? { ...a, status: AttendanceStatus.Absent } : a));
    expect(missing(absentSped)).toEqual(['SPECIAL_EDUCATION_TEACHER']);
    const unrecordedParent = FULL_TEAM.map((a) => (a.isGuardian ? { ...a, status: null } : a));
    expect(missing(unrecordedParent)).toEqual(['PARENT']);
  });

  it('accepts a member excused in writing, but never an excused parent or an excused interpreter', () => {
    const excusedRep = FULL_TEAM.map((a) => (a.role === UserRole.DistrictRepresentative ? { ...a, status: AttendanceStatus.Excused } : a));
    expect(requiredSeats({ attendees: excusedRep, inRegularClasses: true }).find((s) => s.member === 'DISTRICT_REPRESENTATIVE')?.state).toBe('EXCUSED');
    expect(missing(excusedRep)).toEqual([]);
    const excusedSpecialist = FULL_TEAM.map((a) => (a.role === UserRole.Specialist ? { ...a, status: AttendanceStatus.Excused } : a));
    expect(missing(excusedSpecialist)).toEqual(['EVALUATION_INTERPRETER']);
  });

  it('lets any member present be named as the one who interprets the evaluation results', () => {
    const noSpecialist = FULL_TEAM.filter((a) => a.role !== UserRole.Specialist);
    expect(missing(noSpecialist)).toEqual(['EVALUATION_INTERPRETER']);
    const named = noSpecialist.map((a) => (a.role === UserRole.SpecialEducationTeacher ? { ...a, interpretsEvaluations: true } : a));
    expect(missing(named)).toEqual([]);
  });
});

describe('transition at the meeting (300.320(b), 300.321(b))', () => {
  it('is discussed when the student reaches the transition age within the year the IEP will be in effect', () => {
    expect(meetingDiscussesTransition('2010-02-18', '2025-02-18', 16)).toBe(true);
    expect(meetingDiscussesTransition('2010-02-18', '2025-02-17', 16)).toBe(false);
    expect(meetingDiscussesTransition('2012-06-01', '2026-12-07', 14)).toBe(true);
    expect(meetingDiscussesTransition('2016-11-05', '2026-12-07', 16)).toBe(false);
  });
});
