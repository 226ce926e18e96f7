import type { Localized } from '../localized';
import { UserRole } from '../roles';
import { AttendanceStatus } from './meeting-rules';

// Who must be at an IEP meeting (34 CFR 300.321(a)), and when a required member may be missing: excused in
// writing by the parent and the district (300.321(e)). A meeting is not recorded as held while a seat is empty.

export const RequiredMember = {
  Parent: 'PARENT',
  RegularEducationTeacher: 'REGULAR_EDUCATION_TEACHER',
  SpecialEducationTeacher: 'SPECIAL_EDUCATION_TEACHER',
  DistrictRepresentative: 'DISTRICT_REPRESENTATIVE',
  EvaluationInterpreter: 'EVALUATION_INTERPRETER',
} as const;
export type RequiredMember = (typeof RequiredMember)[keyof typeof RequiredMember];

export interface CompositionAttendee {
  /** The person's role; null for an outside attendee named by hand. */
  role: UserRole | null;
  isGuardian: boolean;
  /** Null while attendance is not recorded. */
  status: AttendanceStatus | null;
  /** Named at the meeting as able to interpret the instructional implications of evaluation results (300.321(a)(5)). */
  interpretsEvaluations: boolean;
}

export interface CompositionFacts {
  attendees: readonly CompositionAttendee[];
  /** The student spends any time in the regular education environment (300.321(a)(2)). */
  inRegularClasses: boolean;
}

export type SeatState = 'PRESENT' | 'EXCUSED' | 'MISSING';

export interface RequiredSeat {
  member: RequiredMember;
  state: SeatState;
}

const fills: Record<RequiredMember, (a: CompositionAttendee) => boolean> = {
  [RequiredMember.Parent]: (a) => a.isGuardian,
  [RequiredMember.RegularEducationTeacher]: (a) => a.role === UserRole.GeneralEducationTeacher,
  [RequiredMember.SpecialEducationTeacher]: (a) => a.role === UserRole.SpecialEducationTeacher,
  [RequiredMember.DistrictRepresentative]: (a) => a.role === UserRole.DistrictRepresentative,
  // A school psychologist or other specialist does, and so does any member the team names for it.
  [RequiredMember.EvaluationInterpreter]: (a) => a.interpretsEvaluations || a.role === UserRole.Specialist,
};

/** Each required seat, in the order of 300.321(a): filled by someone present, excused in writing, or missing. */
export function requiredSeats(facts: CompositionFacts): RequiredSeat[] {
  const members = Object.values(RequiredMember).filter(
    (member) => member !== RequiredMember.RegularEducationTeacher || facts.inRegularClasses,
  );
  return members.map((member) => {
    const candidates = facts.attendees.filter(fills[member]);
    if (candidates.some((a) => a.status === AttendanceStatus.Present)) return { member, state: 'PRESENT' };
    // The parent is never excused (the meeting moves instead); the interpreter's seat is filled by a person present.
    const excusable = member !== RequiredMember.Parent && member !== RequiredMember.EvaluationInterpreter;
    if (excusable && candidates.some((a) => a.status === AttendanceStatus.Excused)) return { member, state: 'EXCUSED' };
    return { member, state: 'MISSING' };
  });
}

export const REQUIRED_MEMBER_LABELS: Readonly<Record<RequiredMember, Localized>> = {
  [RequiredMember.Parent]: { en: 'a parent', es: 'el padre, la madre o el tutor' },
  [RequiredMember.RegularEducationTeacher]: { en: 'a regular education teacher', es: 'un maestro de educación general' },
  [RequiredMember.SpecialEducationTeacher]: { en: 'a special education teacher', es: 'un maestro de educación especial' },
  [RequiredMember.DistrictRepresentative]: { en: 'a district representative', es: 'un representante del distrito' },
  [RequiredMember.EvaluationInterpreter]: {
    en: 'someone who can interpret the evaluation results',
    es: 'alguien que pueda interpretar los resultados de la evaluación',
  },
};

/**
 * Whether the team discusses transition at this meeting: it does when the IEP it writes will be in effect once the
 * student reaches the state's transition age, that is within the year after the meeting (300.320(b), 300.321(b)).
 */
export function meetingDiscussesTransition(dateOfBirth: string, meetingDate: string, transitionAge: number): boolean {
  const [birthYear, birthMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(meetingDate.slice(0, 4)), meetingDate.slice(5)];
  const age = year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
  return age + 1 >= transitionAge;
}
