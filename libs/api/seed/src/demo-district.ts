/**
 * The demo district: fixed ids so that seeding twice changes nothing, and enough people, students
 * and IEPs in different stages that every screen has something real on it.
 */
export const DEMO_PASSWORD = 'iep-demo-district-2026';

export const DEMO_DISTRICT = { id: '00000000-0000-4000-8000-000000000001', name: 'Riverbend Unified School District', stateCode: 'IDEA' };

export const DEMO_SCHOOLS = [
  { id: '00000000-0000-4000-8000-000000000101', name: 'Maple Grove Elementary School' },
  { id: '00000000-0000-4000-8000-000000000102', name: 'Cedar Ridge Middle and High School' },
] as const;

type DemoUser = { id: string; email: string; displayName: string; role: string; specialty?: string; locale?: 'en' | 'es' };

export const DEMO_USERS = {
  admin: { id: '00000000-0000-4000-8000-000000000201', email: 'admin@riverbend.example', displayName: 'Dana Okafor', role: 'DISTRICT_ADMIN' },
  districtRep: { id: '00000000-0000-4000-8000-000000000202', email: 'lea.rep@riverbend.example', displayName: 'Morgan Whitfield', role: 'DISTRICT_REPRESENTATIVE' },
  caseManager: { id: '00000000-0000-4000-8000-000000000203', email: 'case.manager@riverbend.example', displayName: 'Priya Natarajan', role: 'SPECIAL_EDUCATION_TEACHER' },
  caseManager2: { id: '00000000-0000-4000-8000-000000000204', email: 'sped.cedar@riverbend.example', displayName: 'Tomás Herrera', role: 'SPECIAL_EDUCATION_TEACHER' },
  teacher: { id: '00000000-0000-4000-8000-000000000205', email: 'teacher@riverbend.example', displayName: 'Grace Lindqvist', role: 'GENERAL_EDUCATION_TEACHER' },
  slp: { id: '00000000-0000-4000-8000-000000000206', email: 'slp@riverbend.example', displayName: 'Owen Mbeki', role: 'SPECIALIST', specialty: 'Speech-language pathologist' },
  psychologist: { id: '00000000-0000-4000-8000-000000000207', email: 'psych@riverbend.example', displayName: 'Hana Sato', role: 'SPECIALIST', specialty: 'School psychologist' },
  parent: { id: '00000000-0000-4000-8000-000000000208', email: 'parent@riverbend.example', displayName: 'Alex Carter', role: 'PARENT' },
  parentEs: { id: '00000000-0000-4000-8000-000000000209', email: 'padre@riverbend.example', displayName: 'Lucía Ramírez', role: 'PARENT', locale: 'es' },
  student: { id: '00000000-0000-4000-8000-000000000210', email: 'sofia.ramirez@riverbend.example', displayName: 'Sofía Ramírez', role: 'STUDENT', locale: 'es' },
  guest: { id: '00000000-0000-4000-8000-000000000211', email: 'advocate@riverbend.example', displayName: 'Jamie Brooks', role: 'GUEST' },
} satisfies Record<string, DemoUser>;

export const DEMO_STUDENTS = {
  maya: { id: '00000000-0000-4000-8000-000000000301', firstName: 'Maya', lastName: 'Carter', dateOfBirth: '2017-04-12', grade: '3', schoolId: DEMO_SCHOOLS[0].id },
  leo: { id: '00000000-0000-4000-8000-000000000302', firstName: 'Leo', lastName: 'Carter', dateOfBirth: '2013-09-30', grade: '7', schoolId: DEMO_SCHOOLS[1].id },
  sofia: { id: '00000000-0000-4000-8000-000000000303', firstName: 'Sofía', lastName: 'Ramírez', dateOfBirth: '2010-02-18', grade: '10', schoolId: DEMO_SCHOOLS[1].id },
  ethan: { id: '00000000-0000-4000-8000-000000000304', firstName: 'Ethan', lastName: 'Nguyen', dateOfBirth: '2016-11-05', grade: '4', schoolId: DEMO_SCHOOLS[0].id },
  ava: { id: '00000000-0000-4000-8000-000000000305', firstName: 'Ava', lastName: 'Thompson', dateOfBirth: '2016-01-27', grade: '4', schoolId: DEMO_SCHOOLS[0].id },
} as const;

export const DEMO_GUARDIANSHIPS = [
  { studentId: DEMO_STUDENTS.maya.id, userId: DEMO_USERS.parent.id, relationship: 'Parent' },
  { studentId: DEMO_STUDENTS.leo.id, userId: DEMO_USERS.parent.id, relationship: 'Parent' },
  { studentId: DEMO_STUDENTS.sofia.id, userId: DEMO_USERS.parentEs.id, relationship: 'Parent' },
];

export const DEMO_IEPS = [
  { id: '00000000-0000-4000-8000-000000000401', studentId: DEMO_STUDENTS.maya.id, kind: 'INITIAL', status: 'ACTIVE', caseManagerId: DEMO_USERS.caseManager.id, meetingDate: '2025-12-02', startDate: '2025-12-09', shared: true },
  { id: '00000000-0000-4000-8000-000000000402', studentId: DEMO_STUDENTS.maya.id, kind: 'ANNUAL', status: 'DRAFT', caseManagerId: DEMO_USERS.caseManager.id, meetingDate: '2026-11-30', startDate: null, shared: true },
  { id: '00000000-0000-4000-8000-000000000403', studentId: DEMO_STUDENTS.leo.id, kind: 'INITIAL', status: 'PROPOSED', caseManagerId: DEMO_USERS.caseManager2.id, meetingDate: '2026-11-18', startDate: null, shared: true },
  { id: '00000000-0000-4000-8000-000000000404', studentId: DEMO_STUDENTS.sofia.id, kind: 'ANNUAL', status: 'SUPERSEDED', caseManagerId: DEMO_USERS.caseManager2.id, meetingDate: '2025-03-10', startDate: '2025-03-17', shared: true },
  { id: '00000000-0000-4000-8000-000000000405', studentId: DEMO_STUDENTS.sofia.id, kind: 'ANNUAL', status: 'ACTIVE', caseManagerId: DEMO_USERS.caseManager2.id, meetingDate: '2026-03-02', startDate: '2026-03-09', shared: true },
  { id: '00000000-0000-4000-8000-000000000407', studentId: DEMO_STUDENTS.ava.id, kind: 'INITIAL', status: 'ACTIVE', caseManagerId: DEMO_USERS.caseManager2.id, meetingDate: '2026-02-03', startDate: '2026-02-10', shared: true },
  { id: '00000000-0000-4000-8000-000000000406', studentId: DEMO_STUDENTS.ethan.id, kind: 'INITIAL', status: 'DRAFT', caseManagerId: DEMO_USERS.caseManager.id, meetingDate: null, startDate: null, shared: false },
] as const;

const U = DEMO_USERS;
export const DEMO_TEAM_MEMBERS: Array<{ iepId: string; userId: string; teamRole: string }> = [
  ...['401', '402'].flatMap((n) => [
    { iepId: `00000000-0000-4000-8000-000000000${n}`, userId: U.caseManager.id, teamRole: 'Case manager' },
    { iepId: `00000000-0000-4000-8000-000000000${n}`, userId: U.teacher.id, teamRole: 'General education teacher' },
    { iepId: `00000000-0000-4000-8000-000000000${n}`, userId: U.slp.id, teamRole: 'Speech-language pathologist' },
    { iepId: `00000000-0000-4000-8000-000000000${n}`, userId: U.districtRep.id, teamRole: 'District representative' },
  ]),
  { iepId: '00000000-0000-4000-8000-000000000402', userId: U.guest.id, teamRole: 'Parent advocate' },
  { iepId: '00000000-0000-4000-8000-000000000403', userId: U.caseManager2.id, teamRole: 'Case manager' },
  { iepId: '00000000-0000-4000-8000-000000000403', userId: U.psychologist.id, teamRole: 'School psychologist' },
  { iepId: '00000000-0000-4000-8000-000000000403', userId: U.districtRep.id, teamRole: 'District representative' },
  ...['404', '405'].flatMap((n) => [
    { iepId: `00000000-0000-4000-8000-000000000${n}`, userId: U.caseManager2.id, teamRole: 'Case manager' },
    { iepId: `00000000-0000-4000-8000-000000000${n}`, userId: U.student.id, teamRole: 'Student' },
  ]),
  { iepId: '00000000-0000-4000-8000-000000000406', userId: U.caseManager.id, teamRole: 'Case manager' },
  { iepId: '00000000-0000-4000-8000-000000000407', userId: U.caseManager2.id, teamRole: 'Case manager' },
];

/**
 * A second, smaller district: nobody in the demo district may see anything here, which the
 * authorization tests and a curious demo user can both check.
 */
export const OTHER_DISTRICT = {
  district: { id: '00000000-0000-4000-8000-000000000002', name: 'Lakeshore School District', stateCode: 'MA' },
  school: { id: '00000000-0000-4000-8000-000000000103', name: 'Lakeshore Elementary School' },
  users: {
    admin: { id: '00000000-0000-4000-8000-000000000251', email: 'admin@lakeshore.example', displayName: 'Robin Achterberg', role: 'DISTRICT_ADMIN' },
    caseManager: { id: '00000000-0000-4000-8000-000000000252', email: 'sped@lakeshore.example', displayName: 'Kai Moreno', role: 'SPECIAL_EDUCATION_TEACHER' },
    parent: { id: '00000000-0000-4000-8000-000000000253', email: 'parent@lakeshore.example', displayName: 'Sam Whitaker', role: 'PARENT' },
  },
  student: { id: '00000000-0000-4000-8000-000000000351', firstName: 'Noah', lastName: 'Whitaker', dateOfBirth: '2015-06-21', grade: '5' },
  iep: { id: '00000000-0000-4000-8000-000000000451', kind: 'INITIAL', status: 'ACTIVE', meetingDate: '2026-01-12', startDate: '2026-01-20' },
} as const;
