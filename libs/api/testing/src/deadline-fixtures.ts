import type { DataSource } from 'typeorm';
import { AuditService } from '@iep/api/audit';
import { hashPassword } from '@iep/api/core';
import { DeadlinesService } from '@iep/api/deadlines';
import { addDays, type IsoDate } from '@iep/domain';

export interface DeadlineFixture {
  districtId: string;
  schoolId: string;
  calendarId: string;
  /** PostgreSQL's current_date, the day every reminder is measured against. */
  today: IsoDate;
  password: string;
  caseManager: { id: string; email: string };
  districtRep: { id: string; email: string };
  students: Array<{ id: string; iepId: string; name: string }>;
  deadlines: DeadlinesService;
}

let fixtures = 0;

/**
 * A district of its own for deadline tests, with a school year around today (weekends only, so tests
 * add the closures they need), a case manager, a district representative and `students` students
 * with one IEP each. Built with bulk SQL; the tests then drive the real DeadlinesService.
 */
export async function createDeadlineFixture(
  db: DataSource,
  /** `today` pins the fixture's day (worker tests pass the day their workers' clock is pinned to). */
  options: { students: number; caseManagerLocale?: 'en' | 'es'; stateCode?: string; today?: IsoDate },
): Promise<DeadlineFixture> {
  const n = ++fixtures;
  const tag = `${process.pid}-${n}`;
  const today: IsoDate = options.today ?? (await db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`))[0].today;
  const password = 'fixture-passphrase-orchard-7';
  const passwordHash = await hashPassword(password);
  return db.transaction(async (m) => {
    const [{ id: districtId }] = await m.query(
      `INSERT INTO districts (name, state_code) VALUES ($1, $2) RETURNING id`,
      [`Fixture District ${tag}`, options.stateCode ?? 'IDEA'],
    );
    const [{ id: schoolId }] = await m.query(
      `INSERT INTO schools (district_id, name) VALUES ($1, 'Fixture School') RETURNING id`,
      [districtId],
    );
    const [caseManager, districtRep]: Array<{ id: string; email: string }> = await m.query(
      `INSERT INTO users (district_id, email, password_hash, display_name, role, locale)
       VALUES ($1, $2, $4, 'Fixture Case Manager', 'SPECIAL_EDUCATION_TEACHER', $5),
              ($1, $3, $4, 'Fixture District Rep', 'DISTRICT_REPRESENTATIVE', 'en')
       RETURNING id, email`,
      [districtId, `cm-${tag}@fixture.example`, `rep-${tag}@fixture.example`, passwordHash, options.caseManagerLocale ?? 'en'],
    );
    const [{ id: calendarId }] = await m.query(
      `INSERT INTO school_calendars (district_id, school_year, first_day, last_day) VALUES ($1, 'Fixture year', $2, $3)
       RETURNING id`,
      [districtId, addDays(today, -200), addDays(today, 300)],
    );
    const students: Array<{ id: string; iepId: string; name: string }> = await m.query(
      `WITH s AS (
         INSERT INTO students (district_id, school_id, first_name, last_name, date_of_birth, grade)
         SELECT $1, $2, 'Pupil', 'Number ' || g, '2015-05-05', '5' FROM generate_series(1, $3) AS g
         RETURNING id, first_name || ' ' || last_name AS name),
       i AS (
         INSERT INTO ieps (student_id, kind, status, case_manager_id, shared_with_family_at)
         SELECT id, 'INITIAL', 'ACTIVE', $4, now() FROM s RETURNING id, student_id)
       SELECT s.id, i.id AS "iepId", s.name FROM s JOIN i ON i.student_id = s.id ORDER BY s.name`,
      [districtId, schoolId, options.students, caseManager.id],
    );
    await m.query(
      `INSERT INTO iep_team_members (iep_id, user_id, team_role)
       SELECT unnest($1::uuid[]), $2, 'Case manager'`,
      [students.map((s) => s.iepId), caseManager.id],
    );
    const deadlines = new DeadlinesService(new AuditService(db));
    return { districtId, schoolId, calendarId, today, password, caseManager, districtRep, students, deadlines };
  });
}

/**
 * For every student, a meeting ten days from today: its meeting-notice deadline is due today, so each
 * student has exactly one reminder due now (the one "on the day") and an escalation due tomorrow.
 */
export async function recordNoticesDueToday(db: DataSource, fixture: DeadlineFixture): Promise<void> {
  await db.transaction(async (m) => {
    for (const student of fixture.students) {
      await fixture.deadlines.recordEvent(m, {
        studentId: student.id,
        iepId: student.iepId,
        eventKind: 'MEETING',
        date: addDays(fixture.today, 10),
      }, { today: fixture.today });
    }
  });
}
