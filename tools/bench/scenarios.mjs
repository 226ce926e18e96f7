// The benchmark scenarios. Each is one GraphQL operation sent by one signed-in user, plus a raw-SQL
// baseline: the SELECT(s) a hand-written server would need for the same rows, with the same access
// filtering, run with `pg` directly. To add a scenario, append an object; run.mjs needs no change.
//
//   name        label in the table and the JSON
//   as          key of USERS: who is signed in
//   query       GraphQL document; variables(ctx) its variables (optional)
//   prepare     optional async (db, ctx) => params, run once before the scenario; result is ctx.params
//   summarize   (data, ctx) => { …counts }: checks one response and describes it (throw if it is wrong)
//   raw         async (db, ctx) => rows: the baseline, run by 8 clients in a loop
//   summarizeRaw (rows, ctx) => { …counts } in the same terms, so the two are seen to return the same rows
//
// ctx = { user: { id, email, role, districtId }, users: { [key]: same }, params }.

/** Who the scenarios sign in as (all from the seeded demo district; password DEMO_PASSWORD). */
export const USERS = {
  parent: 'parent@riverbend.example',
  caseManager: 'case.manager@riverbend.example',
  admin: 'admin@riverbend.example',
};
export const DEMO_PASSWORD = 'iep-demo-district-2026';

const STUDENTS_QUERY = `query BenchStudents {
  students { id firstName lastName schoolName ieps { id status kind caseManager { displayName } } }
}`;

// Live membership on any of the student's IEPs (the API's rule for staff and the rule for their IEPs).
const ON_TEAM = `EXISTS (SELECT 1 FROM iep_team_members m JOIN ieps ti ON ti.id = m.iep_id
                         WHERE ti.student_id = s.id AND m.user_id = $1
                           AND (m.expires_at IS NULL OR m.expires_at > now()))`;

/** Students matching `where` (first 500 by name, like the API), each with its IEPs (`iepFilter`) and case manager. */
function studentsWithIeps(where, iepFilter = 'true') {
  return `
    WITH visible AS (
      SELECT s.id, s.first_name, s.last_name, s.school_id FROM students s
       WHERE ${where}
       ORDER BY s.last_name, s.first_name, s.id
       LIMIT 500)
    SELECT v.id, v.first_name, v.last_name, sc.name AS school_name,
           i.id AS iep_id, i.status, i.kind, cm.display_name AS case_manager
      FROM visible v
      JOIN schools sc ON sc.id = v.school_id
      LEFT JOIN ieps i ON i.student_id = v.id AND (${iepFilter})
      LEFT JOIN users cm ON cm.id = i.case_manager_id
     ORDER BY v.last_name, v.first_name, v.id, i.created_at DESC, i.id`;
}

function summarizeStudents(data) {
  if (!Array.isArray(data?.students)) throw new Error('no students list in the response');
  if (data.students.length === 0) throw new Error('the students list is empty');
  return { students: data.students.length, ieps: data.students.reduce((sum, s) => sum + s.ieps.length, 0) };
}

function summarizeStudentRows(rows) {
  return { students: new Set(rows.map((r) => r.id)).size, ieps: rows.filter((r) => r.iep_id).length };
}

export const scenarios = [
  {
    name: 'me (parent)',
    as: 'parent',
    query: `query BenchMe { me { id displayName email role specialty locale } }`,
    summarize: (data, ctx) => {
      if (data?.me?.id !== ctx.user.id) throw new Error(`me returned ${JSON.stringify(data?.me)}`);
      return { users: 1 };
    },
    raw: async (db, ctx) =>
      (await db.query(`SELECT id, display_name, email, role, specialty, locale FROM users WHERE id = $1`, [ctx.user.id])).rows,
    summarizeRaw: (rows) => ({ users: rows.length }),
  },
  {
    name: 'students (case manager)',
    as: 'caseManager',
    query: STUDENTS_QUERY,
    summarize: summarizeStudents,
    raw: async (db, ctx) => (await db.query(studentsWithIeps(ON_TEAM), [ctx.user.id])).rows,
    summarizeRaw: summarizeStudentRows,
  },
  {
    name: 'students (parent)',
    as: 'parent',
    query: STUDENTS_QUERY,
    summarize: summarizeStudents,
    // Parents see their children, and a draft only once it has been shared with the family.
    raw: async (db, ctx) =>
      (
        await db.query(
          studentsWithIeps(
            `EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $1)`,
            `i.status <> 'DRAFT' OR i.shared_with_family_at IS NOT NULL`,
          ),
          [ctx.user.id],
        )
      ).rows,
    summarizeRaw: summarizeStudentRows,
  },
  {
    name: 'iep(id) (case manager)',
    as: 'caseManager',
    query: `query BenchIep($id: ID!) {
      iep(id: $id) { id status kind meetingDate startDate annualReviewDue updatedAt caseManager { displayName } }
    }`,
    // The newest IEP the case manager manages (one of the generated caseload).
    prepare: async (db, ctx) => {
      const { rows } = await db.query(
        `SELECT id FROM ieps WHERE case_manager_id = $1 ORDER BY created_at DESC, id LIMIT 1`, [ctx.user.id]);
      if (!rows[0]) throw new Error('the case manager has no IEP');
      return { iepId: rows[0].id };
    },
    variables: (ctx) => ({ id: ctx.params.iepId }),
    summarize: (data, ctx) => {
      if (data?.iep?.id !== ctx.params.iepId) throw new Error(`iep returned ${JSON.stringify(data?.iep)}`);
      return { ieps: 1 };
    },
    raw: async (db, ctx) =>
      (
        await db.query(
          `SELECT i.id, i.status, i.kind, i.meeting_date, i.start_date, i.annual_review_due, i.updated_at,
                  cm.display_name AS case_manager
             FROM ieps i
             JOIN students s ON s.id = i.student_id
             LEFT JOIN users cm ON cm.id = i.case_manager_id
            WHERE i.id = $2 AND ${ON_TEAM}`,
          [ctx.user.id, ctx.params.iepId],
        )
      ).rows,
    summarizeRaw: (rows) => ({ ieps: rows.length }),
  },
  {
    name: 'students (district admin)',
    as: 'admin',
    query: STUDENTS_QUERY,
    summarize: summarizeStudents,
    raw: async (db, ctx) =>
      (await db.query(studentsWithIeps(`s.district_id = $1`), [ctx.user.districtId])).rows,
    summarizeRaw: summarizeStudentRows,
  },
];
