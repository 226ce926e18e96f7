import { IepStatus, UserRole } from '../roles';

/**
 * The one answer to "who may do what with this IEP". A person's standing on an IEP (one SQL statement
 * reads it for any list of IEPs) goes through ONE table; every area asks `mayAct`, and a statement that
 * checks access in the same snapshot as its write gets its SQL generated from the same table (see
 * `policyClauses`), so the two cannot drift.
 *
 * Access follows the IEP: staff reach an IEP only through their own standing on that very IEP (its team,
 * its case management, its district), never through another IEP of the same student. Removal from a
 * team ends access to that IEP at once. Earlier IEPs of the student stay with their own team, the family
 * and the district: a team member of the current IEP does not read them by that membership. The draft of
 * an amendment or annual review starts as a copy of the plan in force (parts and assignments), so what
 * the new team needs of the earlier plan is already in front of them; its signatures, comments and
 * history are the earlier team's record.
 */
export enum IepAction {
  Read = 'READ',
  Comment = 'COMMENT',
  /** Propose a change to a part for the case manager to accept or reject. */
  Propose = 'PROPOSE',
  /** Edit a part directly (the part's assignment is part of the standing, see `partAssignee`). */
  EditPart = 'EDIT_PART',
  /** Add or remove team members, assign parts, and look after every comment thread of the IEP. */
  ManageTeam = 'MANAGE_TEAM',
  /** Invite a guest of the family's own choosing (an advocate, a caretaker). */
  InviteGuest = 'INVITE_GUEST',
  Share = 'SHARE',
  Finalize = 'FINALIZE',
  Withdraw = 'WITHDRAW',
  Schedule = 'SCHEDULE',
  /** Accept or reject a proposed change. */
  Decide = 'DECIDE',
  /** Consent, consent with exceptions or decline: the holder of the educational rights. */
  Sign = 'SIGN',
  SeeDeadlines = 'SEE_DEADLINES',
  /** Record and correct data points on a goal of the plan in force, and acknowledge its flags. */
  RecordProgress = 'RECORD_PROGRESS',
  Export = 'EXPORT',
  /** Log and correct sessions of a service of the plan in force (the part in question is the service). */
  RecordServiceSession = 'RECORD_SERVICE_SESSION',
  /** Write a goal's entry (code, narrative) of a progress report still in draft (the part is the goal). */
  WriteProgressReport = 'WRITE_PROGRESS_REPORT',
  /** Send a progress report to the family, which freezes and seals it. */
  SendProgressReport = 'SEND_PROGRESS_REPORT',
  /** Read a progress report before it is sent: the school's side; the family reads sent reports only. */
  ReadProgressReportDraft = 'READ_PROGRESS_REPORT_DRAFT',
  /** Say a sent progress report was read: the family (a guardian, or the student on the team). */
  ConfirmProgressReportRead = 'CONFIRM_PROGRESS_REPORT_READ',
}

/** The relationships a caller may have with one IEP; each is read in SQL by `STANDING_FACT_SQL` in the api. */
export type StandingFact =
  /** A live membership (not expired) on this IEP's team. */
  | 'onTeam'
  /** Named as this IEP's case manager. */
  | 'caseManager'
  /** A district representative of the student's district. */
  | 'districtRep'
  /** District staff (representative or administrator) of the student's district. */
  | 'districtStaff'
  /** A guardian of the student. */
  | 'guardian'
  /** A guardian who holds the student's educational rights. */
  | 'rightsHolder'
  /** The draft was shared with the family. */
  | 'sharedWithFamily'
  /** Assigned the part in question (only meaningful for an action on one part: EDIT_PART, RECORD_PROGRESS). */
  | 'partAssignee';

export const STANDING_FACTS: readonly StandingFact[] = [
  'onTeam', 'caseManager', 'districtRep', 'districtStaff', 'guardian', 'rightsHolder', 'sharedWithFamily', 'partAssignee',
];

/** How a caller stands to one IEP. */
export type IepStanding = { readonly role: UserRole; readonly status: IepStatus } & { readonly [F in StandingFact]: boolean };

/** One way to be allowed: every fact holds, the caller has one of `roles` and the IEP one of `statuses`. */
export interface PolicyClause {
  readonly facts: readonly StandingFact[];
  readonly roles?: readonly UserRole[];
  readonly statuses?: readonly IepStatus[];
}

const STAFF = [
  UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist,
  UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
] as const;
const SCHOOL_STAFF = [UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative] as const;
const FAMILY_SIDE = [UserRole.Parent, UserRole.Student, UserRole.Guest] as const;
const ALL_BUT_PARENT = [UserRole.Student, UserRole.Guest, ...STAFF] as const;
const COMMENTERS = [...FAMILY_SIDE, ...SCHOOL_STAFF] as const;
const DRAFT = [IepStatus.Draft] as const;
const PROPOSED = [IepStatus.Proposed] as const;
const NEGOTIATED = [IepStatus.Draft, IepStatus.Proposed] as const;
const ACTIVE = [IepStatus.Active] as const;
const PAST_DRAFT = [IepStatus.Proposed, IepStatus.Active, IepStatus.Superseded, IepStatus.Expired] as const;
const IN_FORCE = [IepStatus.Active] as const;

/** Who reads an IEP: its team, its case manager, the district, and the family once the IEP is theirs to see. */
const READ: readonly PolicyClause[] = [
  { facts: ['onTeam'], roles: ALL_BUT_PARENT },
  { facts: ['caseManager'] },
  { facts: ['districtStaff'] },
  // A parent sees a draft only once it is shared with the family; every later status is theirs.
  { facts: ['guardian'], statuses: PAST_DRAFT },
  { facts: ['guardian', 'sharedWithFamily'] },
  { facts: ['onTeam'], roles: [UserRole.Parent], statuses: PAST_DRAFT },
  { facts: ['onTeam', 'sharedWithFamily'], roles: [UserRole.Parent] },
];

/** The IEP's case manager (a special education teacher) or the district representative of its district. */
const MANAGERS: readonly PolicyClause[] = [
  { facts: ['caseManager'], roles: [UserRole.SpecialEducationTeacher] },
  { facts: ['districtRep'] },
];

const managersWhen = (statuses: readonly IepStatus[]): PolicyClause[] => MANAGERS.map((clause) => ({ ...clause, statuses }));

/**
 * The table. An action is allowed when the caller may READ the IEP and one clause of its row holds.
 * Reading the rows is reading the policy; the unit spec walks them case by case.
 */
export const IEP_POLICY: Readonly<Record<IepAction, readonly PolicyClause[]>> = {
  [IepAction.Read]: READ,
  // Comments are a negotiation: open while the IEP is drafted or proposed; the district admin only reads.
  [IepAction.Comment]: [{ facts: [], roles: COMMENTERS, statuses: NEGOTIATED }],
  // The family proposes once the draft is shared with them; school staff on the team propose on parts
  // that are not theirs to edit.
  [IepAction.Propose]: [
    { facts: ['sharedWithFamily'], roles: FAMILY_SIDE, statuses: DRAFT },
    { facts: ['onTeam'], roles: SCHOOL_STAFF, statuses: DRAFT },
  ],
  // The case manager and the district representative edit every part; a team member edits the parts
  // assigned to them.
  [IepAction.EditPart]: [
    ...managersWhen(DRAFT),
    { facts: ['onTeam', 'partAssignee'], roles: SCHOOL_STAFF, statuses: DRAFT },
  ],
  [IepAction.ManageTeam]: MANAGERS,
  [IepAction.InviteGuest]: [...MANAGERS, { facts: ['guardian'], roles: [UserRole.Parent] }],
  [IepAction.Share]: managersWhen(DRAFT),
  [IepAction.Finalize]: managersWhen(DRAFT),
  [IepAction.Withdraw]: managersWhen(PROPOSED),
  [IepAction.Schedule]: MANAGERS,
  [IepAction.Decide]: managersWhen(DRAFT),
  [IepAction.Sign]: [{ facts: ['rightsHolder'], roles: [UserRole.Parent], statuses: PROPOSED }],
  // Deadlines and the documents of a version: whoever reads the IEP (a family's right to know and to a
  // copy of the record; the team's and the district's work).
  [IepAction.SeeDeadlines]: [{ facts: [] }],
  // Progress on a goal of the plan in force is recorded by the team member the goal is assigned to (its
  // assignment carries over from the draft), and by the case manager and the district representative.
  [IepAction.RecordProgress]: [
    ...managersWhen(ACTIVE),
    { facts: ['onTeam', 'partAssignee'], roles: SCHOOL_STAFF, statuses: ACTIVE },
  ],
  [IepAction.Export]: [{ facts: [] }],
  // Sessions are logged against the plan in force: by the service's provider (the team member assigned
  // the service) and by who manages the IEP (the case manager logs service minutes too, DESIGN §2).
  // Reading them is READ: the family, the team and the district.
  [IepAction.RecordServiceSession]: [
    ...managersWhen(IN_FORCE),
    { facts: ['onTeam', 'partAssignee'], roles: SCHOOL_STAFF, statuses: IN_FORCE },
  ],
  // A progress report is co-written like a draft: each goal's assignee writes that goal's entry, the case
  // manager and the district representative every entry; only they send it (300.320(a)(3)(ii)).
  [IepAction.WriteProgressReport]: [
    ...managersWhen(IN_FORCE),
    { facts: ['onTeam', 'partAssignee'], roles: SCHOOL_STAFF, statuses: IN_FORCE },
  ],
  [IepAction.SendProgressReport]: managersWhen(IN_FORCE),
  // What is not yet sent is the school's working draft; a family member or guest reads it once sent.
  [IepAction.ReadProgressReportDraft]: [{ facts: [], roles: STAFF }],
  [IepAction.ConfirmProgressReportRead]: [
    { facts: ['guardian'], roles: [UserRole.Parent] },
    { facts: ['onTeam'], roles: [UserRole.Student] },
  ],
};

/** Whether one clause holds for a standing (the pure twin of the api's generated SQL for the clause). */
export function clauseHolds(clause: PolicyClause, standing: IepStanding): boolean {
  return (
    (clause.roles === undefined || clause.roles.includes(standing.role)) &&
    (clause.statuses === undefined || clause.statuses.includes(standing.status)) &&
    clause.facts.every((fact) => standing[fact])
  );
}

function anyClause(clauses: readonly PolicyClause[], standing: IepStanding): boolean {
  return clauses.some((clause) => clauseHolds(clause, standing));
}

/** Whether the caller standing so on an IEP may take the action. */
export function mayAct(standing: IepStanding, action: IepAction): boolean {
  return anyClause(READ, standing) && (action === IepAction.Read || anyClause(IEP_POLICY[action], standing));
}

/**
 * The clauses that allow `action` with READ folded in, as a disjunction of conjunctions: what the api
 * turns into one SQL condition for a statement that checks and writes at once.
 */
export function policyClauses(action: IepAction): PolicyClause[] {
  if (action === IepAction.Read) return [...READ];
  const out: PolicyClause[] = [];
  for (const read of READ) {
    for (const clause of IEP_POLICY[action]) {
      const roles = intersect(read.roles, clause.roles);
      const statuses = intersect(read.statuses, clause.statuses);
      if (roles?.length === 0 || statuses?.length === 0) continue;
      out.push({ facts: [...new Set([...read.facts, ...clause.facts])], roles, statuses });
    }
  }
  // A clause that a looser one already allows adds nothing but SQL to evaluate.
  return out.filter((clause, index) => !out.some((other, j) => j !== index && looser(other, clause) && (!looser(clause, other) || j < index)));
}

/** Whether `a` allows everything `b` allows. */
function looser(a: PolicyClause, b: PolicyClause): boolean {
  return (
    a.facts.every((fact) => b.facts.includes(fact)) &&
    (a.roles === undefined || (b.roles !== undefined && b.roles.every((role) => a.roles!.includes(role)))) &&
    (a.statuses === undefined || (b.statuses !== undefined && b.statuses.every((status) => a.statuses!.includes(status))))
  );
}

function intersect<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  if (a === undefined) return b && [...b];
  if (b === undefined) return [...a];
  return a.filter((item) => b.includes(item));
}

/** How a caller stands to a student, for what is decided before there is an IEP to stand on, or across all of a student's IEPs. */
export interface StudentStanding {
  readonly role: UserRole;
  /** The student is on the caller's caseload, or the caller is on the team of one of the student's IEPs now or its case manager. */
  readonly onCaseload: boolean;
  /** A district representative of the student's district. */
  readonly districtRep: boolean;
  /** District staff (representative or administrator) of the student's district. */
  readonly districtStaff: boolean;
  /** Holds the student's educational rights: the parent, or the adult student once rights have transferred (300.520). */
  readonly rightsHolder: boolean;
}

/** What is decided on a student rather than on one IEP. */
export enum StudentAction {
  /** Start an IEP (initial, annual review, amendment). */
  StartIep = 'START_IEP',
  /**
   * Put the student on a special-education teacher's caseload, or move them to another: the student's
   * case manager becomes the case manager of their current IEPs too (signed versions stay as signed).
   */
  ManageCaseload = 'MANAGE_CASELOAD',
  /**
   * The district's side of the family's rights before and beside any one IEP (the procedural safeguards
   * notice, a revocation of consent, the transfer of rights at majority): whoever may start the student's IEP.
   */
  RecordFamilyRights = 'RECORD_FAMILY_RIGHTS',
  /** Ask to inspect the student's education records (34 CFR 300.613): the parent who holds the rights. */
  RequestRecords = 'REQUEST_RECORDS',
  /** See the records requests of the student and how each was answered: who may ask, and who answers. */
  ReadRecordsRequests = 'READ_RECORDS_REQUESTS',
  /** Answer a records request with the export of the student's records: the case manager and the district's staff. */
  FulfilRecordsRequest = 'FULFIL_RECORDS_REQUEST',
  /** Revoke consent for special education and related services in writing (300.300(b)(4)): whoever holds the rights. */
  RevokeConsent = 'REVOKE_CONSENT',
}

/** One way to be allowed to act on a student: the caller has one of `roles` (any, if absent) and every fact holds. */
interface StudentClause {
  readonly facts: ReadonlyArray<'onCaseload' | 'districtRep' | 'districtStaff' | 'rightsHolder'>;
  readonly roles?: readonly UserRole[];
}

/** The student table, read as the IEP table is. */
const STUDENT_POLICY: Readonly<Record<StudentAction, readonly StudentClause[]>> = {
  // A special education teacher with the student on their caseload, or the district representative.
  [StudentAction.StartIep]: [{ facts: ['onCaseload'], roles: [UserRole.SpecialEducationTeacher] }, { facts: ['districtRep'] }],
  // The district decides who manages a student: its representatives and administrators.
  [StudentAction.ManageCaseload]: [{ facts: ['districtStaff'] }],
  [StudentAction.RecordFamilyRights]: [{ facts: ['onCaseload'], roles: [UserRole.SpecialEducationTeacher] }, { facts: ['districtRep'] }],
  // The right to inspect is the rights holder's; a guest or a team member reads only what the team shows them.
  [StudentAction.RequestRecords]: [{ facts: ['rightsHolder'], roles: [UserRole.Parent, UserRole.Student] }],
  [StudentAction.ReadRecordsRequests]: [
    { facts: ['rightsHolder'], roles: [UserRole.Parent, UserRole.Student] },
    { facts: ['onCaseload'], roles: [UserRole.SpecialEducationTeacher] },
    { facts: ['districtStaff'] },
  ],
  // The district answers for its records: the case manager, its representatives and its administrators.
  [StudentAction.FulfilRecordsRequest]: [{ facts: ['onCaseload'], roles: [UserRole.SpecialEducationTeacher] }, { facts: ['districtStaff'] }],
  [StudentAction.RevokeConsent]: [{ facts: ['rightsHolder'], roles: [UserRole.Parent, UserRole.Student] }],
};

/** Whether the caller standing so to a student may take the action. */
export function mayActOnStudent(standing: StudentStanding, action: StudentAction): boolean {
  return STUDENT_POLICY[action].some(
    (clause) => (clause.roles === undefined || clause.roles.includes(standing.role)) && clause.facts.every((fact) => standing[fact]),
  );
}

/**
 * What may be done with a student's referral, evaluation and reevaluation: decided before any IEP
 * exists, so from the caller's standing on the student rather than on an IEP.
 */
export enum EvaluationAction {
  /** Read the referral, the consent, the plan, the reports, the determination and the notice. */
  Read = 'READ',
  /** Refer the student for an evaluation (the parent's request for one), or ask for a reevaluation. */
  Refer = 'REFER',
  /** Record a step: paper consent, the plan, a delay, the determination, the first IEP, a reevaluation agreement. */
  Record = 'RECORD',
  /** Give consent to evaluate by e-signature: the parent who holds the educational rights. */
  Consent = 'CONSENT',
  /** Attach or write an evaluator's report: the assessor of the area, or who records steps. */
  Report = 'REPORT',
}

/** How a caller stands to a student's evaluation. */
export interface EvaluationStanding {
  readonly role: UserRole;
  /** District staff (representative or administrator) of the student's district. */
  readonly districtStaff: boolean;
  /** A district representative of the student's district. */
  readonly districtRep: boolean;
  /** On the team of one of the student's IEPs, or its case manager. */
  readonly onCaseload: boolean;
  readonly guardian: boolean;
  readonly rightsHolder: boolean;
  /** Named in the evaluation plan as the assessor of an area. */
  readonly assessor: boolean;
}

const SCHOOL_STAFF_ROLES: ReadonlySet<UserRole> = new Set(SCHOOL_STAFF);
const RECORDERS = (s: EvaluationStanding) => s.districtRep || (s.role === UserRole.SpecialEducationTeacher && s.onCaseload);

/** The table for evaluations, read as the IEP table is: each action and who holds it. */
const EVALUATION_POLICY: Readonly<Record<EvaluationAction, (s: EvaluationStanding) => boolean>> = {
  // The district, the family, the school staff of the student's teams and the evaluators see the evaluation
  // (a guest or the student on a team reads that IEP, not the evaluation behind it).
  [EvaluationAction.Read]: (s) => s.districtStaff || s.guardian || (s.onCaseload && SCHOOL_STAFF_ROLES.has(s.role)) || s.assessor,
  // A parent requests an evaluation; the school refers through its special education staff and the district.
  [EvaluationAction.Refer]: (s) => (s.guardian && s.role === UserRole.Parent) || RECORDERS(s),
  [EvaluationAction.Record]: RECORDERS,
  [EvaluationAction.Consent]: (s) => s.role === UserRole.Parent && s.rightsHolder,
  [EvaluationAction.Report]: (s) => (s.assessor && s.role !== UserRole.Parent && s.role !== UserRole.Guest) || RECORDERS(s),
};

export function mayActOnEvaluation(standing: EvaluationStanding, action: EvaluationAction): boolean {
  return EVALUATION_POLICY[EvaluationAction.Read](standing) && EVALUATION_POLICY[action](standing);
}

