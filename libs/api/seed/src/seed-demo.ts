import type { DataSource, EntityManager } from 'typeorm';
import { createClock, hashPassword, type Sealer } from '@iep/api/core';
import { DEFAULT_DISTRICT_TIME_ZONE } from '@iep/domain';
import {
  OTHER_DISTRICT,
  DEMO_DISTRICT, DEMO_GUARDIANSHIPS, DEMO_IEPS, DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_TEAM_MEMBERS, DEMO_USERS,
} from './demo-district';
import { seededAnnualReviewDue } from './annual-review';
import { seedDemoDeadlines } from './seed-deadlines';
import { seedDemoSignoff } from './seed-signoff';
import { seedDemoDrafting } from './seed-drafting';
import { seedDemoComments } from './seed-comments';
import { seedDemoMeetings } from './seed-meetings';
import { seedDemoServiceSessions } from './seed-service-sessions';
import { DEMO_JOURNEYS, seedDemoJourneys } from './seed-journeys';

/**
 * Seeds the demo district in one transaction. Idempotent: rows are keyed by fixed ids and left alone
 * when present, so a restart never resets what someone changed while trying the product. The sealer
 * is the API's (same SEAL_KEYS), so that the seeded frozen versions verify.
 *
 * The demo parents are recorded as holding their children's educational rights, as the district would
 * have designated them: they are the ones who consent or decline in the sign-off journeys.
 *
 * `today` is the clock's (the demo district's calendar day): the seeded IEPs in force have their annual
 * review at least two months after it, so the daily expiry job never expires the demo's IEPs just
 * because the demo was installed after the dates written here.
 */
/** How far ahead of the seeding day a seeded IEP in force has its annual review at the least. */
const REVIEW_AT_LEAST_DAYS_AHEAD = 60;

export async function seedDemoDistrict(dataSource: DataSource, sealer: Sealer, options: { today?: string } = {}): Promise<void> {
  const today = options.today ?? createClock().today(DEFAULT_DISTRICT_TIME_ZONE);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (m) => {
    const json = (rows: unknown) => JSON.stringify(rows);
    await m.query(
      `INSERT INTO districts (id, name, state_code) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
      [DEMO_DISTRICT.id, DEMO_DISTRICT.name, DEMO_DISTRICT.stateCode],
    );
    await m.query(
      `INSERT INTO schools (id, district_id, name)
       SELECT r.id, $2, r.name FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text)
       ON CONFLICT (id) DO NOTHING`,
      [json(DEMO_SCHOOLS), DEMO_DISTRICT.id],
    );
    await m.query(
      `INSERT INTO users (id, district_id, email, password_hash, display_name, role, specialty, locale)
       SELECT r.id, $2, r.email, $3, r."displayName", r.role::user_role, r.specialty, coalesce(r.locale, 'en')
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, email text, "displayName" text, role text, specialty text, locale text)
       ON CONFLICT (id) DO NOTHING`,
      [json(Object.values(DEMO_USERS)), DEMO_DISTRICT.id, passwordHash],
    );
    await m.query(
      `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
       SELECT r.id, $2, r."schoolId", r."firstName", r."lastName", r."dateOfBirth", r.grade
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "schoolId" uuid, "firstName" text, "lastName" text, "dateOfBirth" date, grade text)
       ON CONFLICT (id) DO NOTHING`,
      [json(Object.values(DEMO_STUDENTS)), DEMO_DISTRICT.id],
    );
    await m.query(
      `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder)
       SELECT r."studentId", r."userId", r.relationship, true FROM jsonb_to_recordset($1::jsonb) AS r("studentId" uuid, "userId" uuid, relationship text)
       ON CONFLICT (student_id, user_id) DO NOTHING`,
      [json(DEMO_GUARDIANSHIPS)],
    );
    await m.query(
      `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, start_date, annual_review_due, shared_with_family_at)
       SELECT r.id, r."studentId", r.kind::iep_kind, r.status::iep_status, r."caseManagerId", r."meetingDate", r."startDate",
              r."annualReviewDue", CASE WHEN r.shared THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "studentId" uuid, kind text, status text, "caseManagerId" uuid,
              "meetingDate" date, "startDate" date, "annualReviewDue" date, shared boolean)
       ON CONFLICT (id) DO NOTHING`,
      [json(DEMO_IEPS.map((iep) => ({ ...iep, annualReviewDue: seededAnnualReviewDue(iep, DEMO_DISTRICT.stateCode) })))],
    );
    await m.query(
      `INSERT INTO iep_team_members (iep_id, user_id, team_role)
       SELECT r."iepId", r."userId", r."teamRole" FROM jsonb_to_recordset($1::jsonb) AS r("iepId" uuid, "userId" uuid, "teamRole" text)
       ON CONFLICT (iep_id, user_id) DO NOTHING`,
      [json(DEMO_TEAM_MEMBERS)],
    );
    await seedOtherDistrict(m, passwordHash);
    await seedDemoDeadlines(m, dataSource);
    await seedDemoDrafting(m);
    await seedDemoComments(m);
    await seedDemoMeetings(m);
    await seedDemoServiceSessions(m);
    await seedDemoJourneys(m, dataSource, sealer);
    // Last: freezing a proposed IEP makes its parts unchangeable.
    await seedDemoSignoff(m, sealer);
    const inForce = [...DEMO_IEPS.filter((iep) => iep.status === 'ACTIVE').map((iep) => iep.id), OTHER_DISTRICT.iep.id, DEMO_JOURNEYS.mateo.activeIepId, DEMO_JOURNEYS.camila.activeIepId, DEMO_JOURNEYS.lucas.activeIepId];
    await m.query(
      `UPDATE ieps SET annual_review_due = $2::date + $3::int
        WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE' AND annual_review_due < $2::date + $3::int`,
      [inForce, today, REVIEW_AT_LEAST_DAYS_AHEAD],
    );
  });
}

async function seedOtherDistrict(m: EntityManager, passwordHash: string): Promise<void> {
  const o = OTHER_DISTRICT;
  await m.query(`INSERT INTO districts (id, name, state_code) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`, [o.district.id, o.district.name, o.district.stateCode]);
  await m.query(`INSERT INTO schools (id, district_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`, [o.school.id, o.district.id, o.school.name]);
  for (const user of Object.values(o.users)) {
    await m.query(
      `INSERT INTO users (id, district_id, email, password_hash, display_name, role) VALUES ($1, $2, $3, $4, $5, $6::user_role) ON CONFLICT (id) DO NOTHING`,
      [user.id, o.district.id, user.email, passwordHash, user.displayName, user.role],
    );
  }
  await m.query(
    `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [o.student.id, o.district.id, o.school.id, o.student.firstName, o.student.lastName, o.student.dateOfBirth, o.student.grade],
  );
  await m.query(`INSERT INTO guardianships (student_id, user_id, rights_holder) VALUES ($1, $2, true) ON CONFLICT (student_id, user_id) DO NOTHING`, [o.student.id, o.users.parent.id]);
  await m.query(
    `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, start_date, annual_review_due, shared_with_family_at)
     VALUES ($1, $2, $3::iep_kind, $4::iep_status, $5, $6, $7, $8, now()) ON CONFLICT (id) DO NOTHING`,
    [o.iep.id, o.student.id, o.iep.kind, o.iep.status, o.users.caseManager.id, o.iep.meetingDate, o.iep.startDate, seededAnnualReviewDue(o.iep, o.district.stateCode)],
  );
  await m.query(`INSERT INTO iep_team_members (iep_id, user_id, team_role) VALUES ($1, $2, 'Case manager') ON CONFLICT (iep_id, user_id) DO NOTHING`, [o.iep.id, o.users.caseManager.id]);
}
