import { ALL_ROLES, IepStatus, UserRole } from '../roles';
import { clauseHolds, IepAction, mayAct, mayActOnStudent, policyClauses, STANDING_FACTS, StudentAction, type IepStanding, type StandingFact } from './iep-policy';

const { Read, Comment, Propose, EditPart, ManageTeam, InviteGuest, Share, Finalize, Withdraw, Schedule, Decide, Sign, SeeDeadlines, Export, RecordProgress, RecordServiceSession,
  WriteProgressReport: Write, SendProgressReport: SendReport, ReadProgressReportDraft: ReadDraft, ConfirmProgressReportRead: ConfirmRead } = IepAction;
const { Draft, Proposed, Active, Superseded } = IepStatus;
const {
  Parent, Student, GeneralEducationTeacher: GenEd, SpecialEducationTeacher: SpEd, Specialist,
  DistrictRepresentative: Rep, DistrictAdmin: Admin, Guest,
} = UserRole;

function standing(role: UserRole, status: IepStatus, facts: StandingFact[]): IepStanding {
  const none = Object.fromEntries(STANDING_FACTS.map((fact) => [fact, facts.includes(fact)])) as { [F in StandingFact]: boolean };
  return { role, status, ...none };
}

/** Who stands how, and exactly the actions that standing allows: the policy as a reviewer reads it. */
const CASES: Array<[string, UserRole, IepStatus, StandingFact[], IepAction[]]> = [
  ['nobody: a teacher of another team', SpEd, Draft, [], []],
  ['a teacher only on another IEP of the student', GenEd, Active, [], []],
  ['the case manager of a draft', SpEd, Draft, ['caseManager', 'onTeam'],
    [Read, Comment, Propose, EditPart, ManageTeam, InviteGuest, Share, Finalize, Schedule, Decide, SeeDeadlines, Export, ReadDraft]],
  ['the case manager of a proposed IEP', SpEd, Proposed, ['caseManager', 'onTeam'],
    [Read, Comment, ManageTeam, InviteGuest, Withdraw, Schedule, SeeDeadlines, Export, ReadDraft]],
  ['the case manager of an active IEP', SpEd, Active, ['caseManager', 'onTeam'],
    [Read, ManageTeam, InviteGuest, Schedule, SeeDeadlines, Export, RecordProgress, RecordServiceSession, ReadDraft, Write, SendReport]],
  ['a specialist assigned a goal or service of an active IEP', Specialist, Active, ['onTeam', 'partAssignee'], [Read, SeeDeadlines, Export, RecordProgress, RecordServiceSession, ReadDraft, Write]],
  ['a specialist on the team of an active IEP, no part theirs', Specialist, Active, ['onTeam'], [Read, SeeDeadlines, Export, ReadDraft]],
  ['the provider assigned a service of a superseded IEP', Specialist, Superseded, ['onTeam', 'partAssignee'], [Read, SeeDeadlines, Export, ReadDraft]],
  ['the district representative of an active IEP', Rep, Active, ['districtRep', 'districtStaff'],
    [Read, ManageTeam, InviteGuest, Schedule, SeeDeadlines, Export, RecordProgress, RecordServiceSession, ReadDraft, Write, SendReport]],
  ['the district administrator of an active IEP: reads only', Admin, Active, ['districtStaff', 'partAssignee'], [Read, SeeDeadlines, Export, ReadDraft]],
  ['a guardian of an active IEP: reads progress and sessions, records none', Parent, Active, ['guardian', 'rightsHolder', 'partAssignee'],
    [Read, InviteGuest, SeeDeadlines, Export, ConfirmRead]],
  ['a special education teacher on the team, not its case manager', SpEd, Draft, ['onTeam'], [Read, Comment, Propose, SeeDeadlines, Export, ReadDraft]],
  ['a general education teacher on the team, assigned the part', GenEd, Draft, ['onTeam', 'partAssignee'],
    [Read, Comment, Propose, EditPart, SeeDeadlines, Export, ReadDraft]],
  ['a specialist on the team, part not theirs', Specialist, Draft, ['onTeam'], [Read, Comment, Propose, SeeDeadlines, Export, ReadDraft]],
  ['an assignee no longer on the team', Specialist, Draft, ['partAssignee'], []],
  ['the district representative of the district', Rep, Draft, ['districtRep', 'districtStaff'],
    [Read, Comment, EditPart, ManageTeam, InviteGuest, Share, Finalize, Schedule, Decide, SeeDeadlines, Export, ReadDraft]],
  ['the district administrator: reads only', Admin, Draft, ['districtStaff'], [Read, SeeDeadlines, Export, ReadDraft]],
  ['a guardian before the draft is shared', Parent, Draft, ['guardian', 'rightsHolder'], []],
  ['the rights-holding guardian of a shared draft', Parent, Draft, ['guardian', 'rightsHolder', 'sharedWithFamily'],
    [Read, Comment, Propose, InviteGuest, SeeDeadlines, Export, ConfirmRead]],
  ['the rights-holding guardian of a proposed IEP', Parent, Proposed, ['guardian', 'rightsHolder'], [Read, Comment, InviteGuest, Sign, SeeDeadlines, Export, ConfirmRead]],
  ['a guardian without the rights, proposed IEP', Parent, Proposed, ['guardian'], [Read, Comment, InviteGuest, SeeDeadlines, Export, ConfirmRead]],
  ['a guardian of a superseded IEP', Parent, Superseded, ['guardian', 'rightsHolder'], [Read, InviteGuest, SeeDeadlines, Export, ConfirmRead]],
  ['a family member invited to the team, draft not shared', Parent, Draft, ['onTeam'], []],
  ['a family member invited to the team, draft shared', Parent, Draft, ['onTeam', 'sharedWithFamily'], [Read, Comment, Propose, SeeDeadlines, Export]],
  ['a guest invited to the team, draft shared', Guest, Draft, ['onTeam', 'sharedWithFamily'], [Read, Comment, Propose, SeeDeadlines, Export]],
  ['a guest whose invitation ended', Guest, Draft, ['sharedWithFamily'], []],
  ['the student on the team', Student, Proposed, ['onTeam'], [Read, Comment, SeeDeadlines, Export, ConfirmRead]],
];

describe('the IEP access policy', () => {
  it.each(CASES)('%s', (_name, role, status, facts, allowed) => {
    const subject = standing(role, status, facts);
    const actual = Object.values(IepAction).filter((action) => mayAct(subject, action));
    expect(actual.sort()).toEqual([...allowed].sort());
  });

  it('a case manager who is not a special education teacher does not manage', () => {
    expect(mayAct(standing(GenEd, Draft, ['caseManager', 'onTeam']), ManageTeam)).toBe(false);
  });

  // The SQL of a statement that checks and writes at once is generated from policyClauses: those clauses
  // must answer exactly as mayAct for every role, status and combination of facts.
  it('policyClauses(action) agrees with mayAct everywhere', () => {
    let checked = 0;
    const disagreements: string[] = [];
    for (const role of ALL_ROLES) {
      for (const status of Object.values(IepStatus)) {
        for (let mask = 0; mask < 1 << STANDING_FACTS.length; mask += 1) {
          const subject = standing(role, status, STANDING_FACTS.filter((_, bit) => mask & (1 << bit)));
          for (const action of Object.values(IepAction)) {
            if (policyClauses(action).some((clause) => clauseHolds(clause, subject)) !== mayAct(subject, action)) {
              disagreements.push(`${action} ${role} ${status} ${mask}`);
            }
            checked += 1;
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBe(ALL_ROLES.length * Object.values(IepStatus).length * 2 ** STANDING_FACTS.length * Object.values(IepAction).length);
  });
});

describe('the student policy', () => {
  const { StartIep, ManageCaseload, RecordFamilyRights, RequestRecords, ReadRecordsRequests, FulfilRecordsRequest, RevokeConsent } = StudentAction;
  const none = { onCaseload: false, districtRep: false, districtStaff: false, rightsHolder: false };
  const STUDENT_CASES: Array<[string, UserRole, Partial<typeof none>, StudentAction[]]> = [
    ['a special education teacher with the student on their caseload', SpEd, { onCaseload: true }, [StartIep, RecordFamilyRights, ReadRecordsRequests, FulfilRecordsRequest]],
    ['a special education teacher without the student', SpEd, {}, []],
    ['a specialist on the team of one of the student\'s IEPs', Specialist, { onCaseload: true }, []],
    ['the district representative of the student\'s district', Rep, { districtRep: true, districtStaff: true }, [StartIep, ManageCaseload, RecordFamilyRights, ReadRecordsRequests, FulfilRecordsRequest]],
    ['the district administrator of the student\'s district', Admin, { districtStaff: true }, [ManageCaseload, ReadRecordsRequests, FulfilRecordsRequest]],
    ['a district representative of another district', Rep, {}, []],
    ['a parent without the rights', Parent, {}, []],
    ['a parent who holds the rights', Parent, { rightsHolder: true }, [RequestRecords, ReadRecordsRequests, RevokeConsent]],
    ['an adult student who holds the rights', UserRole.Student, { rightsHolder: true }, [RequestRecords, ReadRecordsRequests, RevokeConsent]],
    // Holding the rights is a guardian's or an adult student's standing; a staff member is never one by it.
    ['a teacher somehow marked as rights holder', SpEd, { rightsHolder: true }, []],
  ];
  it.each(STUDENT_CASES)('%s', (_who, role, facts, allowed) => {
    const standing = { role, ...none, ...facts };
    expect(Object.values(StudentAction).filter((action) => mayActOnStudent(standing, action))).toEqual(allowed);
  });
});
