import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@iep/api/audit';
import type { Sealer } from '@iep/api/core';
import { DeadlineEventKind, DeadlinesService } from '@iep/api/deadlines';
import { freezeSeededVersion } from '@iep/api/signoff';
import { emptyPartContent, IepPartKind, SINGLETON_PART_KINDS } from '@iep/domain/iep-content';
import { seededAnnualReviewDue } from './annual-review';
import { DEMO_DISTRICT, DEMO_SCHOOLS, DEMO_USERS } from './demo-district';
import { demoPartId } from './seed-drafting';
import { insertParts } from './seed-signoff';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const U = DEMO_USERS;
const CEDAR_RIDGE = DEMO_SCHOOLS[1].id;

/**
 * Three more of Lucía Ramírez's children, each with the records one browser journey changes, so that
 * no journey depends on another having run (or not) before it:
 * - Mateo: an IEP in effect and a proposed amendment that adds speech-to-text software (the parent
 *   consents with an exception);
 * - Diego: an initial IEP still drafted by the school and not yet shared with the family (the team
 *   meets about it; the parent is sent the notice);
 * - Camila: an IEP in effect whose access record only its own journey reads (its teacher is on the team).
 */
export const DEMO_JOURNEYS = {
  mateo: {
    student: { id: id(306), firstName: 'Mateo', lastName: 'Ramírez', dateOfBirth: '2012-07-09', grade: '8' },
    activeIepId: id(409),
    amendmentIepId: id(410),
  },
  diego: {
    student: { id: id(307), firstName: 'Diego', lastName: 'Ramírez', dateOfBirth: '2014-03-22', grade: '6' },
    draftIepId: id(411),
  },
  camila: {
    student: { id: id(308), firstName: 'Camila', lastName: 'Ramírez', dateOfBirth: '2011-10-04', grade: '9' },
    activeIepId: id(412),
    signedOn: '2026-01-20',
    servicesStartedOn: '2026-01-27',
  },
  /** Alex Carter's son with an IEP in effect, whose parent revokes consent for services in a journey. */
  lucas: {
    student: { id: id(309), firstName: 'Lucas', lastName: 'Carter', dateOfBirth: '2012-05-14', grade: '8' },
    activeIepId: id(413),
    meetingOn: '2026-02-10',
  },
  /**
   * Lucía Ramírez's eldest, who turns 18 on the day the demo is seeded (her birth date is set from that day), with her
   * own account: the worker's daily sweep passes her educational rights to her (34 CFR 300.520).
   */
  valentina: {
    student: { id: id(310), firstName: 'Valentina', lastName: 'Ramírez', grade: '12' },
    user: { id: id(212), email: 'valentina.ramirez@riverbend.example', displayName: 'Valentina Ramírez' },
  },
} as const;

const J = DEMO_JOURNEYS;

/** Idempotent: fixed ids, rows left alone when present; runs before the sign-off seed freezes anything else. */
export async function seedDemoJourneys(m: EntityManager, dataSource: DataSource, sealer: Sealer): Promise<void> {
  const students = [J.mateo.student, J.diego.student, J.camila.student];
  const carterStudents = [J.lucas.student];
  await m.query(
    `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
     SELECT r.id, $2, $3, r."firstName", r."lastName", r."dateOfBirth", r.grade
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "firstName" text, "lastName" text, "dateOfBirth" date, grade text)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify([...students, ...carterStudents]), DEMO_DISTRICT.id, CEDAR_RIDGE],
  );
  await m.query(
    `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) SELECT unnest($1::uuid[]), $2, 'Parent', true
     ON CONFLICT (student_id, user_id) DO NOTHING`,
    [carterStudents.map((s) => s.id), U.parent.id],
  );
  await m.query(
    `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) SELECT unnest($1::uuid[]), $2, 'Parent', true
     ON CONFLICT (student_id, user_id) DO NOTHING`,
    [students.map((s) => s.id), U.parentEs.id],
  );
  const ieps = [
    { id: J.mateo.activeIepId, studentId: J.mateo.student.id, kind: 'ANNUAL', status: 'ACTIVE', meetingDate: '2026-02-24', startDate: '2026-03-03', shared: true },
    { id: J.diego.draftIepId, studentId: J.diego.student.id, kind: 'INITIAL', status: 'DRAFT', meetingDate: null, startDate: null, shared: false },
    { id: J.camila.activeIepId, studentId: J.camila.student.id, kind: 'INITIAL', status: 'ACTIVE', meetingDate: '2026-01-13', startDate: J.camila.signedOn, shared: true },
    { id: J.lucas.activeIepId, studentId: J.lucas.student.id, kind: 'ANNUAL', status: 'ACTIVE', meetingDate: J.lucas.meetingOn, startDate: '2026-02-17', shared: true },
  ];
  await m.query(
    `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, start_date, annual_review_due, shared_with_family_at)
     SELECT r.id, r."studentId", r.kind::iep_kind, r.status::iep_status, $2, r."meetingDate", r."startDate", r."annualReviewDue",
            CASE WHEN r.shared THEN now() END
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "studentId" uuid, kind text, status text, "meetingDate" date, "startDate" date,
            "annualReviewDue" date, shared boolean)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(ieps.map((iep) => ({ ...iep, annualReviewDue: seededAnnualReviewDue(iep, DEMO_DISTRICT.stateCode) }))), U.caseManager2.id],
  );
  const team = [
    { iepId: J.mateo.activeIepId, userId: U.caseManager2.id, teamRole: 'Case manager' },
    { iepId: J.diego.draftIepId, userId: U.caseManager2.id, teamRole: 'Case manager' },
    { iepId: J.diego.draftIepId, userId: U.psychologist.id, teamRole: 'School psychologist' },
    { iepId: J.camila.activeIepId, userId: U.caseManager2.id, teamRole: 'Case manager' },
    { iepId: J.camila.activeIepId, userId: U.teacher.id, teamRole: 'General education teacher' },
    { iepId: J.lucas.activeIepId, userId: U.caseManager2.id, teamRole: 'Case manager' },
  ];
  await m.query(
    `INSERT INTO iep_team_members (iep_id, user_id, team_role)
     SELECT r."iepId", r."userId", r."teamRole" FROM jsonb_to_recordset($1::jsonb) AS r("iepId" uuid, "userId" uuid, "teamRole" text)
     ON CONFLICT (iep_id, user_id) DO NOTHING`,
    [JSON.stringify(team)],
  );

  // Every IEP has all its sections, as one started in the product does (slots 1–9, as in seed-drafting).
  for (const iep of [J.mateo.activeIepId, J.diego.draftIepId, J.camila.activeIepId, J.lucas.activeIepId]) await seedEmptySections(m, iep);
  await seedMateoAmendment(m);

  // Camila's services started on time after the parent signed: the deadline is IEP Team's own record.
  const [recorded] = await m.query(`SELECT 1 FROM deadlines WHERE iep_id = $1 AND kind = 'SERVICE_START'`, [J.camila.activeIepId]);
  if (!recorded) {
    const deadlines = new DeadlinesService(new AuditService(dataSource));
    const deadline = await deadlines.recordEvent(m, {
      studentId: J.camila.student.id, iepId: J.camila.activeIepId, eventKind: DeadlineEventKind.ParentSignature, date: J.camila.signedOn,
    });
    await deadlines.markMet(m, deadline.id, J.camila.servicesStartedOn);
  }
  await seedValentina(m);

  // Lucas's annual review runs from his IEP meeting: the deadline a revocation of consent closes.
  const [review] = await m.query(`SELECT 1 FROM deadlines WHERE iep_id = $1 AND kind = 'ANNUAL_REVIEW'`, [J.lucas.activeIepId]);
  if (!review) {
    await new DeadlinesService(new AuditService(dataSource)).recordEvent(m, {
      studentId: J.lucas.student.id, iepId: J.lucas.activeIepId, eventKind: DeadlineEventKind.IepMeeting, date: J.lucas.meetingOn,
    });
  }
  for (const iepId of [J.mateo.activeIepId, J.mateo.amendmentIepId, J.camila.activeIepId, J.lucas.activeIepId]) {
    await freezeSeededVersion(m, sealer, iepId, U.caseManager2.id);
  }
}

/** Mateo's IEP in effect (a writing goal and its service) and the amendment that adds speech-to-text software. */
async function seedMateoAmendment(m: EntityManager): Promise<void> {
  const active = J.mateo.activeIepId;
  const goal = {
    ...emptyPartContent(IepPartKind.Goal), area: 'Written expression', annualGoal: 'Mateo will write a five-paragraph essay with a clear thesis.',
    baseline: 'Two-paragraph responses with one supporting detail (fall writing sample).', target: 'Five paragraphs, each with two supporting details.',
    criteria: '3 of 4 monthly writing samples scored 3 or higher on the district rubric.', measurementMethod: 'District writing rubric.',
    reportingSchedule: 'With each report card.',
  };
  const service = {
    ...emptyPartContent(IepPartKind.Service), category: 'SPECIAL_EDUCATION', description: 'Written expression instruction in a small group',
    providerRole: 'Special education teacher', minutes: 45, frequency: 'WEEKLY', location: 'Learning center',
    startDate: '2026-03-03', endDate: '2027-02-23',
  };
  await insertParts(m, active, U.caseManager2.id, [
    { id: demoPartId(active, 100), kind: IepPartKind.Goal, position: 0, content: goal },
    { id: demoPartId(active, 200), kind: IepPartKind.Service, position: 0, content: { ...service, goalIds: [demoPartId(active, 100)] } },
  ]);

  const amendment = J.mateo.amendmentIepId;
  const [existing] = await m.query(`SELECT 1 FROM ieps WHERE id = $1`, [amendment]);
  const [openIep] = await m.query(`SELECT 1 FROM ieps WHERE student_id = $1 AND status IN ('DRAFT', 'PROPOSED') AND id <> $2`, [J.mateo.student.id, amendment]);
  if (existing || openIep) return;
  // Created as a draft so that its parts can be written, then proposed.
  await m.query(
    `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, derived_from_iep_id, shared_with_family_at)
     VALUES ($1, $2, 'AMENDMENT', 'DRAFT', $3, '2026-11-16', $4, now())`,
    [amendment, J.mateo.student.id, U.caseManager2.id, active],
  );
  await m.query(
    `INSERT INTO iep_team_members (iep_id, user_id, team_role)
     SELECT $1, user_id, team_role FROM iep_team_members WHERE iep_id = $2 ON CONFLICT (iep_id, user_id) DO NOTHING`,
    [amendment, active],
  );
  await seedEmptySections(m, amendment);
  const goalCopy = demoPartId(amendment, 100);
  await insertParts(m, amendment, U.caseManager2.id, [
    { id: goalCopy, kind: IepPartKind.Goal, position: 0, content: goal, copiedFrom: demoPartId(active, 100) },
    { id: demoPartId(amendment, 200), kind: IepPartKind.Service, position: 0, content: { ...service, goalIds: [goalCopy] }, copiedFrom: demoPartId(active, 200) },
    {
      id: demoPartId(amendment, 201), kind: IepPartKind.Service, position: 1,
      content: {
        ...emptyPartContent(IepPartKind.Service), category: 'SUPPLEMENTARY_AID', description: 'Speech-to-text software for essays and long assignments',
        providerRole: 'Assistive technology specialist', minutes: 60, frequency: 'DAILY', location: 'All classes',
        startDate: '2026-12-01', endDate: '2027-02-23', goalIds: [goalCopy],
      },
    },
  ]);
  await m.query(`UPDATE ieps SET status = 'PROPOSED' WHERE id = $1`, [amendment]);
}

async function seedEmptySections(m: EntityManager, iep: string): Promise<void> {
  await insertParts(
    m, iep, U.caseManager2.id,
    SINGLETON_PART_KINDS.map((kind, slot) => ({ id: demoPartId(iep, slot + 1), kind, position: 0, content: emptyPartContent(kind) })),
  );
}

/** Valentina turns 18 on the seeding day in the district's time zone; her account is a student's, with the demo password. */
async function seedValentina(m: EntityManager): Promise<void> {
  const v = J.valentina;
  await m.query(
    `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade, user_id)
     SELECT $1, d.id, $3, $4, $5, ((now() AT TIME ZONE d.time_zone)::date - interval '18 years')::date, $6, NULL
       FROM districts d WHERE d.id = $2
     ON CONFLICT (id) DO NOTHING`,
    [v.student.id, DEMO_DISTRICT.id, CEDAR_RIDGE, v.student.firstName, v.student.lastName, v.student.grade],
  );
  await m.query(
    `INSERT INTO users (id, district_id, email, password_hash, display_name, role, locale)
     SELECT $1, $2, $3, password_hash, $4, 'STUDENT'::user_role, 'en' FROM users WHERE id = $5
     ON CONFLICT (id) DO NOTHING`,
    [v.user.id, DEMO_DISTRICT.id, v.user.email, v.user.displayName, U.student.id],
  );
  await m.query(`UPDATE students SET user_id = $2 WHERE id = $1 AND user_id IS NULL`, [v.student.id, v.user.id]);
  await m.query(
    `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) VALUES ($1, $2, 'Parent', true) ON CONFLICT (student_id, user_id) DO NOTHING`,
    [v.student.id, U.parentEs.id],
  );
}
