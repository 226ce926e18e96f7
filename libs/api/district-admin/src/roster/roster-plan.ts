import {
  rosterBirthDateOk, rosterGrade, rosterPersonKind, rosterRoleFits, RosterProblem, UserRole,
  type ProcessingMode, type RosterPersonKind,
} from '@iep/domain';
import { addProblem, type BundleProblem, type RosterBundle, type UserRecord } from './oneroster-bundle';

/** The district's records an import may touch, as they are before it (see RosterImportRepository.snapshot). */
export interface DistrictSnapshot {
  schools: Array<{ id: string; sourcedId: string | null; name: string; active: boolean }>;
  users: Array<{ id: string; sourcedId: string | null; email: string; displayName: string; role: UserRole; active: boolean }>;
  /** Accounts of other districts (or of none) holding an e-mail address the bundle uses. */
  foreignEmails: Set<string>;
  students: Array<{
    id: string; sourcedId: string | null; firstName: string; lastName: string; dateOfBirth: string; grade: string; schoolId: string; active: boolean;
  }>;
  links: Array<{ id: string; sourcedId: string | null; studentId: string; userId: string }>;
}

export type RosterEntity = 'SCHOOL' | 'STUDENT' | 'GUARDIAN' | 'STAFF' | 'GUARDIAN_LINK';
export type RosterAction = 'CREATE' | 'UPDATE' | 'DEACTIVATE';

export interface SchoolWrite { id: string | null; sourcedId: string; name: string }
export interface UserWrite {
  id: string | null; sourcedId: string; email: string; displayName: string; role: UserRole; specialty: string | null; active: boolean;
  entity: 'GUARDIAN' | 'STAFF';
}
export interface StudentWrite {
  id: string | null; sourcedId: string; firstName: string; lastName: string; dateOfBirth: string; grade: string;
  /** The school by sourcedId, or by id for a school the district already has without one. */
  schoolSourcedId: string | null; schoolId: string | null;
}
export interface LinkWrite { sourcedId: string; studentSourcedId: string; guardianSourcedId: string; relationship: string; rightsHolder: boolean }
export interface Deactivation { id: string; sourcedId: string | null; name: string; entity?: 'GUARDIAN' | 'STAFF' }

/** What applying the bundle does, computed against a snapshot: the dry run shows it, the apply does it. */
export interface RosterPlan {
  schools: { create: SchoolWrite[]; update: SchoolWrite[]; deactivate: Deactivation[] };
  users: { create: UserWrite[]; update: UserWrite[]; deactivate: Deactivation[] };
  students: { create: StudentWrite[]; update: StudentWrite[]; deactivate: Deactivation[] };
  links: { create: LinkWrite[]; remove: Deactivation[] };
  unchanged: number;
  skipped: number;
}

export interface RosterPlanResult {
  problems: BundleProblem[];
  plan: RosterPlan;
  mode: 'BULK' | 'DELTA';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates the bundle against the district and works out every write, without writing. Everything is
 * matched by sourcedId first; a record the district typed in by hand is adopted when it is the same one
 * (same e-mail address, same school name, same student name and birth date).
 */
export function planRosterImport(bundle: RosterBundle, district: DistrictSnapshot, options: { actorId: string; today: string }): RosterPlanResult {
  const problems = bundle.problems;
  const problem = (p: BundleProblem) => addProblem(bundle, p);
  const plan: RosterPlan = {
    schools: { create: [], update: [], deactivate: [] },
    users: { create: [], update: [], deactivate: [] },
    students: { create: [], update: [], deactivate: [] },
    links: { create: [], remove: [] },
    unchanged: 0,
    skipped: 0,
  };
  const modeOf = (file: 'orgs.csv' | 'users.csv'): ProcessingMode => bundle.modes[file] ?? 'absent';
  const mode = modeOf('orgs.csv') === 'bulk' || modeOf('users.csv') === 'bulk' ? 'BULK' : 'DELTA';

  // Schools.
  const schoolsBySourced = new Map(district.schools.filter((s) => s.sourcedId).map((s) => [s.sourcedId!, s]));
  const schoolsByName = new Map(district.schools.filter((s) => !s.sourcedId).map((s) => [s.name.toLowerCase(), s]));
  const namesInFile = new Map<string, number>();
  const schoolOrgs = new Set<string>();
  for (const org of bundle.orgs.values()) {
    if (org.type !== 'school') continue;
    schoolOrgs.add(org.sourcedId);
    const lower = org.name.toLowerCase();
    if (namesInFile.has(lower)) {
      problem({ file: 'orgs.csv', line: org.line, column: 'name', problem: RosterProblem.Duplicate, value: org.name });
      continue;
    }
    namesInFile.set(lower, org.line);
    const existing = schoolsBySourced.get(org.sourcedId) ?? schoolsByName.get(lower);
    const leaving = org.status === 'tobedeleted';
    if (!existing) {
      if (leaving) plan.skipped++;
      else plan.schools.create.push({ id: null, sourcedId: org.sourcedId, name: org.name });
      continue;
    }
    if (leaving) {
      if (existing.active) plan.schools.deactivate.push({ id: existing.id, sourcedId: org.sourcedId, name: existing.name });
      else plan.unchanged++;
    } else if (existing.sourcedId !== org.sourcedId || existing.name !== org.name || !existing.active) {
      plan.schools.update.push({ id: existing.id, sourcedId: org.sourcedId, name: org.name });
    } else {
      plan.unchanged++;
    }
  }
  // School names stay unique in the district (deactivated schools keep theirs): check the names after the plan.
  const finalNames = new Map<string, string>(district.schools.map((school) => [school.id, school.name]));
  for (const write of plan.schools.update) finalNames.set(write.id!, write.name);
  const taken = new Map<string, number>();
  for (const name of finalNames.values()) taken.set(name.toLowerCase(), (taken.get(name.toLowerCase()) ?? 0) + 1);
  for (const write of plan.schools.create) taken.set(write.name.toLowerCase(), (taken.get(write.name.toLowerCase()) ?? 0) + 1);
  for (const write of [...plan.schools.create, ...plan.schools.update]) {
    if ((taken.get(write.name.toLowerCase()) ?? 0) > 1) {
      problem({ file: 'orgs.csv', line: bundle.orgs.get(write.sourcedId)!.line, column: 'name', problem: RosterProblem.Duplicate, value: write.name });
    }
  }
  if (modeOf('orgs.csv') === 'bulk') {
    for (const school of district.schools) {
      if (school.sourcedId && school.active && !schoolOrgs.has(school.sourcedId)) {
        plan.schools.deactivate.push({ id: school.id, sourcedId: school.sourcedId, name: school.name });
      }
    }
  }
  const isSchool = (sourcedId: string) =>
    schoolOrgs.has(sourcedId) || (!bundle.orgs.has(sourcedId) && schoolsBySourced.has(sourcedId));

  // People: who is what.
  const kinds = new Map<string, RosterPersonKind>();
  for (const user of bundle.users.values()) {
    const role = bundle.roles.get(user.sourcedId);
    if (!role) {
      problem({ file: 'users.csv', line: user.line, column: 'sourcedId', problem: RosterProblem.NoRole, value: user.sourcedId });
      continue;
    }
    kinds.set(user.sourcedId, rosterPersonKind(role.role));
  }
  const knownPeople = new Set([...district.users, ...district.students].map((record) => record.sourcedId).filter((id): id is string => id !== null));
  for (const role of bundle.roles.values()) {
    if (!bundle.users.has(role.userSourcedId) && !knownPeople.has(role.userSourcedId)) {
      problem({ file: 'roles.csv', line: role.line, column: 'userSourcedId', problem: RosterProblem.UnknownReference, value: role.userSourcedId });
    }
    if (!bundle.orgs.has(role.orgSourcedId) && !schoolsBySourced.has(role.orgSourcedId)) {
      problem({ file: 'roles.csv', line: role.line, column: 'orgSourcedId', problem: RosterProblem.UnknownReference, value: role.orgSourcedId });
    }
  }
  for (const demographic of bundle.demographics.values()) {
    if (!bundle.users.has(demographic.sourcedId) && !knownPeople.has(demographic.sourcedId)) {
      problem({ file: 'demographics.csv', line: demographic.line, column: 'sourcedId', problem: RosterProblem.UnknownReference, value: demographic.sourcedId });
    } else if (demographic.birthDate && !rosterBirthDateOk(demographic.birthDate, options.today)) {
      problem({ file: 'demographics.csv', line: demographic.line, column: 'birthDate', problem: RosterProblem.BadDate, value: demographic.birthDate });
    }
  }

  // Accounts: families and staff.
  const usersBySourced = new Map(district.users.filter((u) => u.sourcedId).map((u) => [u.sourcedId!, u]));
  const usersByEmail = new Map(district.users.map((u) => [u.email, u]));
  const emailsInFile = new Map<string, string>();
  const accountIds = new Set<string>();
  for (const user of bundle.users.values()) {
    const kind = kinds.get(user.sourcedId);
    if (!kind || kind.kind === 'student') continue;
    if (kind.kind === 'skipped') {
      plan.skipped++;
      continue;
    }
    const entity = kind.kind === 'guardian' ? 'GUARDIAN' : 'STAFF';
    const where = { file: 'users.csv', line: user.line, column: 'email' };
    if (!EMAIL.test(user.email) || user.email.length > 320) {
      problem({ ...where, problem: RosterProblem.BadEmail, value: user.email });
      continue;
    }
    if (emailsInFile.has(user.email) || district.foreignEmails.has(user.email)) {
      problem({ ...where, problem: RosterProblem.EmailTaken, value: user.email });
      continue;
    }
    emailsInFile.set(user.email, user.sourcedId);
    const bySourced = usersBySourced.get(user.sourcedId);
    const byEmail = usersByEmail.get(user.email);
    if (byEmail && byEmail !== bySourced && (bySourced || (byEmail.sourcedId && byEmail.sourcedId !== user.sourcedId))) {
      problem({ ...where, problem: RosterProblem.EmailTaken, value: user.email });
      continue;
    }
    const existing = bySourced ?? byEmail;
    if (existing && !rosterRoleFits(kind, existing.role)) {
      problem({ ...where, problem: RosterProblem.RoleMismatch, value: user.email });
      continue;
    }
    const displayName = `${user.givenName} ${user.familyName}`;
    const active = user.enabled && user.status !== 'tobedeleted';
    const write: UserWrite = {
      id: existing?.id ?? null, sourcedId: user.sourcedId, email: user.email, displayName, active, entity,
      // The role is the district's decision once the account exists (a teacher made a special education teacher by hand stays one).
      role: existing?.role ?? (kind.kind === 'staff' ? kind.role : UserRole.Parent),
      specialty: kind.kind === 'staff' ? kind.specialty : null,
    };
    if (!existing) {
      if (active) plan.users.create.push(write);
      else plan.skipped++;
      continue;
    }
    accountIds.add(existing.id);
    if (!active && existing.active) {
      if (mayDeactivate(existing, options.actorId)) plan.users.deactivate.push({ id: existing.id, sourcedId: user.sourcedId, name: existing.displayName, entity });
      else plan.unchanged++;
    } else if (existing.sourcedId !== user.sourcedId || existing.email !== user.email || existing.displayName !== displayName || (active && !existing.active)) {
      plan.users.update.push(write);
    } else {
      plan.unchanged++;
    }
  }
  if (modeOf('users.csv') === 'bulk') {
    for (const account of district.users) {
      if (account.sourcedId && account.active && !accountIds.has(account.id) && mayDeactivate(account, options.actorId)) {
        plan.users.deactivate.push({
          id: account.id, sourcedId: account.sourcedId, name: account.displayName, entity: account.role === UserRole.Parent ? 'GUARDIAN' : 'STAFF',
        });
      }
    }
  }

  // Students.
  const studentsBySourced = new Map(district.students.filter((s) => s.sourcedId).map((s) => [s.sourcedId!, s]));
  const studentKey = (first: string, last: string, dob: string) => `${first.toLowerCase()}\u0000${last.toLowerCase()}\u0000${dob}`;
  const unsourcedStudents = new Map<string, (typeof district.students)[number] | null>();
  for (const s of district.students) {
    if (s.sourcedId) continue;
    const key = studentKey(s.firstName, s.lastName, s.dateOfBirth);
    // Two hand-typed students alike in name and birth date: adopt neither, rather than guess.
    unsourcedStudents.set(key, unsourcedStudents.has(key) ? null : s);
  }
  const studentIds = new Set<string>();
  for (const user of bundle.users.values()) {
    if (kinds.get(user.sourcedId)?.kind !== 'student') continue;
    const write = studentWrite(user);
    if (!write) continue;
    const existing = studentsBySourced.get(user.sourcedId) ?? (write.dateOfBirth ? unsourcedStudents.get(studentKey(write.firstName, write.lastName, write.dateOfBirth)) ?? undefined : undefined);
    const leaving = user.status === 'tobedeleted';
    if (!existing) {
      if (leaving) {
        plan.skipped++;
        continue;
      }
      if (!write.dateOfBirth) {
        problem({ file: 'users.csv', line: user.line, column: 'sourcedId', problem: RosterProblem.NoBirthDate, value: user.sourcedId });
        continue;
      }
      if (!write.grade) {
        problem({ file: 'users.csv', line: user.line, column: 'grades', problem: RosterProblem.Required });
        continue;
      }
      if (!write.schoolSourcedId) {
        problem({ file: 'roles.csv', line: bundle.roles.get(user.sourcedId)!.line, column: 'orgSourcedId', problem: RosterProblem.NotASchool, value: bundle.roles.get(user.sourcedId)!.orgSourcedId });
        continue;
      }
      plan.students.create.push(write);
      continue;
    }
    studentIds.add(existing.id);
    const name = `${existing.firstName} ${existing.lastName}`;
    if (leaving) {
      if (existing.active) plan.students.deactivate.push({ id: existing.id, sourcedId: user.sourcedId, name });
      else plan.unchanged++;
      continue;
    }
    const merged: StudentWrite = {
      ...write,
      id: existing.id,
      dateOfBirth: write.dateOfBirth || existing.dateOfBirth,
      grade: write.grade || existing.grade,
      schoolId: write.schoolSourcedId ? null : existing.schoolId,
    };
    const school = merged.schoolSourcedId ? schoolsBySourced.get(merged.schoolSourcedId) : null;
    const sameSchool = merged.schoolSourcedId ? school?.id === existing.schoolId : true;
    if (existing.sourcedId !== user.sourcedId || existing.firstName !== merged.firstName || existing.lastName !== merged.lastName
      || existing.dateOfBirth !== merged.dateOfBirth || existing.grade !== merged.grade || !sameSchool || !existing.active) {
      plan.students.update.push(merged);
    } else {
      plan.unchanged++;
    }
  }
  if (modeOf('users.csv') === 'bulk') {
    for (const s of district.students) {
      if (s.sourcedId && s.active && !studentIds.has(s.id)) plan.students.deactivate.push({ id: s.id, sourcedId: s.sourcedId, name: `${s.firstName} ${s.lastName}` });
    }
  }

  // Guardian links, from either side's agentSourcedIds.
  const links = new Map<string, LinkWrite>();
  const existingKind = (sourcedId: string): 'student' | 'guardian' | 'other' | null => {
    const kind = kinds.get(sourcedId);
    if (kind) return kind.kind === 'student' ? 'student' : kind.kind === 'guardian' ? 'guardian' : 'other';
    if (bundle.users.has(sourcedId)) return 'other';
    if (studentsBySourced.has(sourcedId)) return 'student';
    const account = usersBySourced.get(sourcedId);
    if (account) return account.role === UserRole.Parent ? 'guardian' : 'other';
    return null;
  };
  for (const user of bundle.users.values()) {
    const own = existingKind(user.sourcedId);
    for (const agent of user.agents) {
      const other = existingKind(agent);
      if (other === null) {
        problem({ file: 'users.csv', line: user.line, column: 'agentSourcedIds', problem: RosterProblem.UnknownReference, value: agent });
        continue;
      }
      const pair = own === 'student' && other === 'guardian' ? [user.sourcedId, agent] : own === 'guardian' && other === 'student' ? [agent, user.sourcedId] : null;
      if (!pair) continue;
      const [studentSourcedId, guardianSourcedId] = pair;
      const sourcedId = `${studentSourcedId}/${guardianSourcedId}`;
      if (links.has(sourcedId)) continue;
      const kind = kinds.get(guardianSourcedId);
      links.set(sourcedId, {
        sourcedId, studentSourcedId, guardianSourcedId,
        relationship: kind?.kind === 'guardian' ? kind.relationship : 'Parent',
        rightsHolder: kind?.kind === 'guardian' ? kind.rightsHolder : false,
      });
    }
  }
  const linksBySourced = new Set(district.links.filter((l) => l.sourcedId).map((l) => l.sourcedId!));
  for (const link of links.values()) {
    if (linksBySourced.has(link.sourcedId)) plan.unchanged++;
    else plan.links.create.push(link);
  }
  if (modeOf('users.csv') === 'bulk') {
    for (const link of district.links) {
      if (link.sourcedId && !links.has(link.sourcedId)) plan.links.remove.push({ id: link.id, sourcedId: link.sourcedId, name: link.sourcedId });
    }
  }

  return { problems, plan, mode };

  function studentWrite(user: UserRecord): StudentWrite | null {
    const role = bundle.roles.get(user.sourcedId)!;
    const birthDate = bundle.demographics.get(user.sourcedId)?.birthDate ?? '';
    const gradeCode = user.grades.split(',')[0]?.trim() ?? '';
    const grade = gradeCode ? rosterGrade(gradeCode) : '';
    if (grade === null) {
      problem({ file: 'users.csv', line: user.line, column: 'grades', problem: RosterProblem.BadGrade, value: gradeCode });
      return null;
    }
    const orgId = user.primaryOrg && isSchool(user.primaryOrg) ? user.primaryOrg : role.orgSourcedId;
    if (!isSchool(orgId)) {
      if (bundle.orgs.has(orgId)) {
        problem({ file: 'roles.csv', line: role.line, column: 'orgSourcedId', problem: RosterProblem.NotASchool, value: orgId });
      }
      return null;
    }
    if (birthDate && !rosterBirthDateOk(birthDate, options.today)) return null;
    return {
      id: null, sourcedId: user.sourcedId, firstName: user.givenName, lastName: user.familyName,
      dateOfBirth: birthDate, grade, schoolSourcedId: orgId, schoolId: null,
    };
  }
}

/** An import never locks out the administrator running it, nor any district administrator. */
function mayDeactivate(account: { id: string; role: UserRole }, actorId: string): boolean {
  return account.id !== actorId && account.role !== UserRole.DistrictAdmin;
}

/** How many of each, for the report and the dry run. */
export function planCounts(plan: RosterPlan): Array<{ entity: RosterEntity; created: number; updated: number; deactivated: number }> {
  const people = (entity: 'GUARDIAN' | 'STAFF', writes: Array<{ entity?: string }>) => writes.filter((w) => w.entity === entity).length;
  return [
    { entity: 'SCHOOL', created: plan.schools.create.length, updated: plan.schools.update.length, deactivated: plan.schools.deactivate.length },
    { entity: 'STUDENT', created: plan.students.create.length, updated: plan.students.update.length, deactivated: plan.students.deactivate.length },
    { entity: 'GUARDIAN', created: people('GUARDIAN', plan.users.create), updated: people('GUARDIAN', plan.users.update), deactivated: people('GUARDIAN', plan.users.deactivate) },
    { entity: 'STAFF', created: people('STAFF', plan.users.create), updated: people('STAFF', plan.users.update), deactivated: people('STAFF', plan.users.deactivate) },
    { entity: 'GUARDIAN_LINK', created: plan.links.create.length, updated: 0, deactivated: plan.links.remove.length },
  ];
}
