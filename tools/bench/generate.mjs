// Bulk data for the benchmark: set-based SQL only (generate_series, one INSERT … SELECT per table),
// so that the default scale loads in seconds. Every generated id is derived from a readable key
// (md5 shaped as a v4 UUID), which lets each table reference the others without reading them back.
import { createHash } from 'node:crypto';
import pg from 'pg';

export const DEMO = {
  districtId: '00000000-0000-4000-8000-000000000001',
  caseManagerId: '00000000-0000-4000-8000-000000000203',
};

/** Sizes for one BENCH_SCALE; "per district" applies to the demo district and each other district. */
export function sizes(scale = 1) {
  const studentsPerDistrict = Math.max(10, Math.round(2000 * scale));
  return {
    scale,
    otherDistricts: 5,
    schoolsPerDistrict: Math.max(1, Math.round(20 * scale)),
    studentsPerDistrict,
    caseManagersPerDistrict: Math.ceil(studentsPerDistrict / 25),
    generalTeachersPerDistrict: Math.ceil(studentsPerDistrict / 50),
    specialistsPerDistrict: Math.ceil(studentsPerDistrict / 100),
    // The demo case manager's generated caseload (on top of the seeded demo students).
    demoCaseload: Math.min(40, studentsPerDistrict),
  };
}

/** SQL expression: a deterministic v4-shaped UUID from a text key expression. */
const uid = (key) => `(overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17))::uuid`;

const FIRST_NAMES = [
  'Ava', 'Liam', 'Olivia', 'Noah', 'Emma', 'Mateo', 'Amelia', 'Elijah', 'Sophia', 'Lucas', 'Isabella', 'Levi',
  'Mia', 'Ezra', 'Aaliyah', 'Kai', 'Harper', 'Santiago', 'Zoe', 'Omar', 'Chloe', 'Jayden', 'Layla', 'Diego',
  'Nora', 'Malik', 'Priya', 'Hiroshi', 'Fatima', 'Caleb', 'Ximena', 'Wei', 'Grace', 'Andre', 'Leilani', 'Yusuf',
  'Hannah', 'Tariq', 'Elena', 'Jonah', 'Camila', 'Ravi', 'Naomi', 'Felix',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez',
  'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen',
  'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall',
  'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Okafor', 'Kowalski', 'Haddad', 'Tanaka', 'Singh',
];
const SPECIALTIES = ['Speech-language pathologist', 'School psychologist', 'Occupational therapist', 'Physical therapist', 'Behavior specialist'];

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
const FIRST = sqlArray(FIRST_NAMES);
const LAST = sqlArray(LAST_NAMES);
// Name picks hash the student number so that alphabetical order does not follow insertion order.
const first = (n, salt = 0) => `(${FIRST})[1 + ((${n} * 7919 + ${salt}) % ${FIRST_NAMES.length})]`;
const last = (n) => `(${LAST})[1 + ((${n} * 104729 + 17) % ${LAST_NAMES.length})]`;

/** How many IEPs student n has (1–3), and the newest one's status. */
const IEP_COUNT = (n) => `(1 + ((${n} * 31) % 3))`;
const LATEST_STATUS = (n) =>
  `(CASE WHEN ${n} % 20 IN (0, 1) THEN 'DRAFT' WHEN ${n} % 20 IN (2, 3) THEN 'PROPOSED' WHEN ${n} % 20 = 4 THEN 'EXPIRED' ELSE 'ACTIVE' END)`;

/**
 * The statements, in order. `$1` is the shared password hash where used. The temp table bench_d
 * holds the districts: d = 0 is the seeded demo district, 1..otherDistricts are new.
 */
function statements(s) {
  const N = s.studentsPerDistrict;
  const cmOf = (d, n) =>
    `(CASE WHEN ${d} = 0 AND ${n} <= ${s.demoCaseload} THEN '${DEMO.caseManagerId}'::uuid
           ELSE ${uid(`'cm:' || ${d} || ':' || (1 + ${n} % ${s.caseManagersPerDistrict})`)} END)`;
  // One row per (district, student number): the shared generator every per-student table starts from.
  const perStudent = `bench_d d CROSS JOIN generate_series(1, ${N}) AS n`;
  const perIep = `${perStudent} CROSS JOIN LATERAL generate_series(1, ${IEP_COUNT('n')}) AS j`;
  const iepId = uid(`'i:' || d.d || ':' || n || ':' || j`);
  const studentId = uid(`'s:' || d.d || ':' || n`);

  return [
    {
      table: 'bench_d',
      sql: `CREATE TEMP TABLE bench_d ON COMMIT DROP AS
              SELECT d, CASE WHEN d = 0 THEN '${DEMO.districtId}'::uuid ELSE ${uid(`'d:' || d`)} END AS id
                FROM generate_series(0, ${s.otherDistricts}) AS d`,
    },
    {
      table: 'districts',
      sql: `INSERT INTO districts (id, name, state_code)
            SELECT id, 'Bench District ' || d, 'IDEA' FROM bench_d WHERE d > 0`,
    },
    {
      table: 'schools',
      sql: `INSERT INTO schools (id, district_id, name)
            SELECT ${uid(`'sc:' || d.d || ':' || k`)}, d.id,
                   'Bench ' || (ARRAY['Elementary', 'Middle', 'High', 'K-8'])[1 + k % 4] || ' School ' || k
              FROM bench_d d CROSS JOIN generate_series(1, ${s.schoolsPerDistrict}) AS k`,
    },
    {
      table: 'users',
      sql: `INSERT INTO users (id, district_id, email, password_hash, display_name, role, specialty, locale, created_at)
            SELECT ${uid(`g.key || ':' || d.d || ':' || n`)}, d.id,
                   g.label || n || '.d' || d.d || '@bench.example', $1,
                   CASE WHEN g.key = 'p' THEN ${first('n', 11)} || ' ' || ${last('n')}
                        ELSE ${first('n', 23)} || ' ' || (${LAST})[1 + ((n * 7 + d.d) % ${LAST_NAMES.length})] END,
                   g.role::user_role,
                   CASE WHEN g.key = 'sp' THEN (${sqlArray(SPECIALTIES)})[1 + n % ${SPECIALTIES.length}] END,
                   CASE WHEN g.key = 'p' AND n % 6 = 0 THEN 'es' ELSE 'en' END,
                   now() - make_interval(days => (n % 700))
              FROM bench_d d
             CROSS JOIN (VALUES ('p', 'parent', 'PARENT', ${N}),
                                ('cm', 'casemanager', 'SPECIAL_EDUCATION_TEACHER', ${s.caseManagersPerDistrict}),
                                ('gt', 'teacher', 'GENERAL_EDUCATION_TEACHER', ${s.generalTeachersPerDistrict}),
                                ('sp', 'specialist', 'SPECIALIST', ${s.specialistsPerDistrict}),
                                ('da', 'admin', 'DISTRICT_ADMIN', 1),
                                ('dr', 'rep', 'DISTRICT_REPRESENTATIVE', 1)) AS g(key, label, role, count)
             CROSS JOIN LATERAL generate_series(1, g.count) AS n
             WHERE NOT (d.d = 0 AND g.key IN ('da', 'dr'))`,
    },
    {
      table: 'students',
      sql: `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade, created_at)
            SELECT ${studentId}, d.id, ${uid(`'sc:' || d.d || ':' || (1 + n % ${s.schoolsPerDistrict})`)},
                   ${first('n')}, ${last('n')},
                   date '2020-08-31' - ((n * 37) % 13) * 365 - (n % 365),
                   (ARRAY['K','1','2','3','4','5','6','7','8','9','10','11','12'])[1 + ((n * 37) % 13)],
                   now() - make_interval(days => 400 + n % 900)
              FROM ${perStudent}`,
    },
    {
      table: 'guardianships',
      sql: `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder)
            SELECT ${studentId}, ${uid(`'p:' || d.d || ':' || n`)},
                   (ARRAY['Parent', 'Parent', 'Parent', 'Guardian', 'Foster parent'])[1 + n % 5], true
              FROM ${perStudent}`,
    },
    {
      // The newest IEP (j = count) carries the varied status; when it is a draft or proposal, the one
      // before it is still ACTIVE; everything older is SUPERSEDED.
      table: 'ieps',
      sql: `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, start_date,
                             annual_review_due, shared_with_family_at, version, created_at, updated_at)
            SELECT ${iepId}, ${studentId}, x.kind::iep_kind, x.status::iep_status, ${cmOf('d.d', 'n')},
                   CASE WHEN x.status = 'DRAFT' AND n % 2 = 0 THEN NULL ELSE x.meeting END,
                   CASE WHEN x.status IN ('DRAFT', 'PROPOSED') THEN NULL ELSE x.meeting + 7 END,
                   CASE WHEN x.status IN ('DRAFT', 'PROPOSED') THEN NULL ELSE x.meeting + 371 END,
                   CASE WHEN x.status <> 'DRAFT' OR n % 4 = 0 THEN x.meeting::timestamptz END,
                   1 + n % 3,
                   x.created, x.created
              FROM ${perIep}
             CROSS JOIN LATERAL (
               SELECT CASE WHEN j = 1 THEN 'INITIAL'
                           WHEN j = ${IEP_COUNT('n')} AND n % 10 = 0 THEN 'AMENDMENT' ELSE 'ANNUAL' END AS kind,
                      CASE WHEN j = ${IEP_COUNT('n')} THEN ${LATEST_STATUS('n')}
                           WHEN j = ${IEP_COUNT('n')} - 1 AND ${LATEST_STATUS('n')} IN ('DRAFT', 'PROPOSED') THEN 'ACTIVE'
                           ELSE 'SUPERSEDED' END AS status,
                      current_date - (${IEP_COUNT('n')} - j) * 365 - (n % 300) + 30 AS meeting,
                      now() - make_interval(days => (${IEP_COUNT('n')} - j) * 365 + n % 300) AS created
             ) AS x`,
    },
    {
      // Case manager and a general-education teacher on every IEP; a specialist on every other one.
      table: 'iep_team_members',
      sql: `INSERT INTO iep_team_members (iep_id, user_id, team_role, invited_by_id, created_at)
            SELECT ${iepId}, m.user_id, m.team_role, ${cmOf('d.d', 'n')}, now() - make_interval(days => n % 300)
              FROM ${perIep}
             CROSS JOIN LATERAL (VALUES
               (${cmOf('d.d', 'n')}, 'Case manager'),
               (${uid(`'gt:' || d.d || ':' || (1 + n % ${s.generalTeachersPerDistrict})`)}, 'General education teacher'),
               (CASE WHEN n % 2 = 0 THEN ${uid(`'sp:' || d.d || ':' || (1 + n % ${s.specialistsPerDistrict})`)} END,
                'Specialist')
             ) AS m(user_id, team_role)
             WHERE m.user_id IS NOT NULL`,
    },
    {
      // A history of reads, so that the audit table and its indexes are not empty while the API appends.
      table: 'audit_events',
      sql: `INSERT INTO audit_events (occurred_at, event, actor_id, actor_role, student_id, iep_id, ip, user_agent, data)
            SELECT now() - make_interval(mins => (n * 97 + e.e * 1931) % 262800),
                   e.event, CASE WHEN e.by_parent THEN ${uid(`'p:' || d.d || ':' || n`)} ELSE ${cmOf('d.d', 'n')} END,
                   (CASE WHEN e.by_parent THEN 'PARENT' ELSE 'SPECIAL_EDUCATION_TEACHER' END)::user_role,
                   ${studentId},
                   CASE WHEN e.event = 'IEP_VIEWED' THEN ${uid(`'i:' || d.d || ':' || n || ':' || ${IEP_COUNT('n')}`)} END,
                   '10.0.' || (n % 250) || '.' || (e.e * 13 % 250), 'Mozilla/5.0 (bench)', '{}'::jsonb
              FROM ${perStudent}
             CROSS JOIN (VALUES (1, 'STUDENT_LISTED', false), (2, 'STUDENT_VIEWED', false), (3, 'IEP_VIEWED', false),
                                (4, 'STUDENT_VIEWED', true), (5, 'IEP_VIEWED', true)) AS e(e, event, by_parent)`,
    },
    ...largeIepStatements(),
  ];
}

// ---------------------------------------------------------------------------------------------
// The large IEP of the drafting scenarios: a shared draft on the demo case manager's caseload with 9
// sections, 30 goals, 20 services (each supporting a goal), 1,000 revisions, 300 comments in 30
// threads (10 on the present levels, the most discussed part, the others one per part) and 10 pending
// parent proposals.

export const LARGE_IEP = {
  studentId: uid0('big:s'),
  iepId: uid0('big:i'),
  parentId: '00000000-0000-4000-8000-000000000208',
  goals: 30,
  services: 20,
  revisions: 1000,
  comments: 300,
  suggestions: 10,
};
const SECTIONS = [
  ['PARENT_CONCERNS', { concerns: 'Reading homework takes hours.', vision: 'Independent reader.' }],
  ['STUDENT_VISION', { vision: 'Study biology.' }],
  ['PRESENT_LEVELS', { academic: 'Reads at a grade 7 level.', functional: 'Organizes work with a planner.' }],
  ['ACCOMMODATIONS', { instructional: 'Extended time.', testing: 'Separate setting.' }],
  ['ASSESSMENT_PARTICIPATION', { stateAssessments: 'GENERAL_WITH_ACCOMMODATIONS', districtAssessments: 'GENERAL', alternateJustification: '' }],
  ['PLACEMENT', { setting: 'Regular class with resource support', percentOutsideRegularClass: 10, justification: 'Reading intervention.' }],
  ['TRANSPORTATION', { specialTransportation: false, details: '' }],
  ['EXTENDED_SCHOOL_YEAR', { decision: null, rationale: '' }],
  ['TRANSITION_PLAN', { postsecondaryEducation: 'Community college.', employment: 'Lab assistant.', independentLiving: 'Own apartment.', transitionServices: 'Job shadowing.', courseOfStudy: 'College prep.', ageAppropriateAssessments: 'Interest inventory.' }],
];

function largeIepStatements() {
  const L = LARGE_IEP;
  const cm = `'${DEMO.caseManagerId}'::uuid`;
  const iep = `'${L.iepId}'::uuid`;
  const part = (n) => uid(`'big:p:' || ${n}`);
  const parts = SECTIONS.length + L.goals + L.services;
  return [
    {
      table: 'large IEP students',
      sql: `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
            SELECT '${L.studentId}', '${DEMO.districtId}', (SELECT id FROM schools WHERE district_id = '${DEMO.districtId}' ORDER BY id LIMIT 1),
                   'Jordan', 'Largeplan', '2010-05-05', '10'`,
    },
    {
      table: 'large IEP ieps',
      sql: `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, shared_with_family_at)
            VALUES (${iep}, '${L.studentId}', 'ANNUAL', 'DRAFT', ${cm}, now())`,
    },
    { table: 'large IEP iep_team_members', sql: `INSERT INTO iep_team_members (iep_id, user_id, team_role) VALUES (${iep}, ${cm}, 'Case manager')` },
    {
      // Sections 1–9, goals 10–39, services 40–59; revisions are spread evenly, so part n has `version` of them.
      table: 'large IEP iep_parts',
      sql: `INSERT INTO iep_parts (id, iep_id, kind, position, content, version, created_by_id, updated_by_id)
            SELECT ${part('n')}, ${iep}, x.kind, x.position, x.content,
                   ${Math.floor(L.revisions / parts)} + CASE WHEN n <= ${L.revisions % parts} THEN 1 ELSE 0 END, ${cm}, ${cm}
              FROM generate_series(1, ${parts}) AS n
             CROSS JOIN LATERAL (
               SELECT CASE WHEN n <= ${SECTIONS.length} THEN (${sqlArray(SECTIONS.map(([k]) => k))})[n]
                           WHEN n <= ${SECTIONS.length + L.goals} THEN 'GOAL' ELSE 'SERVICE' END AS kind,
                      CASE WHEN n <= ${SECTIONS.length} THEN 0 WHEN n <= ${SECTIONS.length + L.goals} THEN n - ${SECTIONS.length + 1}
                           ELSE n - ${SECTIONS.length + L.goals + 1} END AS position,
                      CASE WHEN n <= ${SECTIONS.length} THEN ('${JSON.stringify(SECTIONS.map(([, c]) => c)).replace(/'/g, "''")}'::jsonb)->(n - 1)
                           WHEN n <= ${SECTIONS.length + L.goals} THEN jsonb_build_object(
                             'area', 'Area ' || n, 'annualGoal', 'Annual goal ' || n || ' written out in a full sentence of realistic length.',
                             'baseline', 'Baseline ' || n, 'target', 'Target ' || n, 'criteria', '4 of 5 trials',
                             'measurementMethod', 'Probes', 'reportingSchedule', 'Each report card',
                             'objectives', jsonb_build_array(jsonb_build_object('id', 'o1', 'text', 'First objective of goal ' || n)))
                           ELSE jsonb_build_object(
                             'category', 'SPECIAL_EDUCATION', 'description', 'Service ' || n, 'providerRole', 'Special education teacher',
                             'minutes', 30, 'frequency', 'WEEKLY', 'location', 'Resource room', 'startDate', '2026-09-01', 'endDate', '2027-06-15',
                             'goalIds', jsonb_build_array(${part(`${SECTIONS.length + 1} + (n - ${SECTIONS.length + L.goals + 1}) % ${L.goals}`)}::text))
                      END AS content
             ) AS x`,
    },
    {
      table: 'large IEP iep_part_revisions',
      sql: `INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id, created_at)
            SELECT p.id, p.iep_id, v, p.content, CASE WHEN v = 1 THEN 'CREATED' ELSE 'EDITED' END, ${cm},
                   now() - make_interval(mins => p.version - v)
              FROM iep_parts p CROSS JOIN LATERAL generate_series(1, p.version) AS v
             WHERE p.iep_id = ${iep}`,
    },
    {
      table: 'large IEP iep_comment_threads',
      sql: `INSERT INTO iep_comment_threads (id, iep_id, part_id, created_by_id)
            SELECT ${uid(`'big:t:' || t`)}, ${iep}, ${part(`CASE WHEN t <= 10 THEN 3 ELSE 1 + t % ${parts} END`)}, ${cm}
              FROM generate_series(1, ${L.comments / 10}) AS t`,
    },
    {
      table: 'large IEP iep_comments',
      sql: `INSERT INTO iep_comments (thread_id, iep_id, author_id, body, created_at)
            SELECT ${uid(`'big:t:' || (1 + (c - 1) / 10)`)}, ${iep}, ${cm}, 'Comment ' || c || ' on the draft.', now() - make_interval(mins => ${L.comments} - c)
              FROM generate_series(1, ${L.comments}) AS c`,
    },
    {
      // Every third comment mentions the parent and every fifth the case manager, as real threads do.
      table: 'large IEP iep_comment_mentions',
      sql: `INSERT INTO iep_comment_mentions (comment_id, user_id)
            SELECT c.id, u.id FROM iep_comments c
              JOIN LATERAL (SELECT '${L.parentId}'::uuid AS id WHERE (substring(c.body FROM '[0-9]+')::int % 3) = 0
                            UNION ALL SELECT ${cm} WHERE (substring(c.body FROM '[0-9]+')::int % 5) = 0) u ON true
             WHERE c.iep_id = ${iep}`,
    },
    {
      table: 'large IEP iep_suggestions',
      sql: `INSERT INTO iep_suggestions (iep_id, part_id, part_kind, base_version, proposed_content, rationale, proposer_id)
            SELECT p.iep_id, p.id, p.kind, p.version, p.content || jsonb_build_object('target', 'A higher target'), 'Please consider.',
                   '${L.parentId}'
              FROM iep_parts p WHERE p.iep_id = ${iep} AND p.kind = 'GOAL' AND p.position < ${L.suggestions}`,
    },
  ];
}

/** Loads the bulk data into `databaseUrl` (already migrated and seeded); returns rows per table. */
export async function generateData(databaseUrl, scale = 1, log = () => {}) {
  const s = sizes(scale);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-generate' });
  await client.connect();
  const counts = {};
  try {
    const { rows } = await client.query(`SELECT password_hash FROM users WHERE email = 'admin@riverbend.example'`);
    if (!rows[0]?.password_hash) throw new Error('the demo district is not seeded (no admin@riverbend.example)');
    const hash = rows[0].password_hash;
    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    for (const { table, sql } of statements(s)) {
      const started = performance.now();
      const result = await client.query(sql, sql.includes('$1') ? [hash] : []);
      if (table !== 'bench_d') {
        counts[table] = result.rowCount;
        log(`  ${table.padEnd(17)} ${String(result.rowCount).padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    await client.query('COMMIT');
    const started = performance.now();
    await client.query('ANALYZE');
    log(`  ANALYZE                    ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { sizes: s, rows: counts };
}

// ---------------------------------------------------------------------------------------------
// The compliance district: one large district on its own (the other scenarios never see it), with
// every student on an IEP and the deadlines a year of special education leaves behind, spread so that
// each status occurs in realistic proportions on the run's "today" (PostgreSQL's current_date).

export const COMPLIANCE = {
  districtId: uid0('cd'),
  repEmail: 'rep@compliance.bench.example',
  adminEmail: 'admin@compliance.bench.example',
};

/** Sizes of the compliance district for one BENCH_SCALE: 200,000 students with IEPs at scale 1. */
export function complianceSizes(scale = 1) {
  const students = Math.max(100, Math.round(200_000 * scale));
  return {
    students,
    // ~500 students with IEPs per school and ~25 per case manager; a case manager's caseload is in one
    // school because the case-manager count is a multiple of the school count.
    schools: Math.max(1, Math.round(students / 500)),
    caseManagers: Math.max(1, Math.round(students / 500)) * 20,
  };
}

/** The md5-shaped id of a literal key, computed in JavaScript for the constants above. */
function uid0(key) {
  const hex = createHash('md5').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const explanation = (rule, amount, unit, event, date) =>
  `jsonb_build_object('rule', '${rule}', 'amount', ${amount}, 'unit', '${unit}',
     'from', jsonb_build_object('event', '${event}', 'date', to_char(${date}, 'YYYY-MM-DD')), 'profileCode', 'IDEA',
     'skipped', jsonb_build_object('total', 0, 'weekendDays', 0, 'schoolHolidays', 0, 'daysOutsideSchoolYear', 0,
                                   'names', '[]'::jsonb),
     'leapDayAdjusted', false)`;

function complianceStatements(c) {
  const D = `'${COMPLIANCE.districtId}'::uuid`;
  const school = (n) => uid(`'csc:' || (1 + ${n} % ${c.schools})`);
  const cm = (n) => uid(`'ccm:' || (1 + ${n} % ${c.caseManagers})`);
  const student = uid(`'cs:' || n`);
  const iep = uid(`'ci:' || n`);
  // One row per (student, deadline) with the event, due date and met date; days are offsets from today.
  // Kinds, per student: service start (met, 1 in 10 late), annual review (open; ~4 % overdue),
  // reevaluation (open, three years out), progress reports (last period met, this one open), meeting
  // notices (1 in 12), transition plans (1 in 5, met), initial evaluations (1 in 50) and records
  // requests (1 in 100), some of each met late.
  const rows = `
    SELECT n, v.kind, v.event_kind, v.event_date, v.due_date, v.met_on, v.per_iep, v.expl
      FROM generate_series(1, ${c.students}) AS n
     CROSS JOIN LATERAL (SELECT current_date - 25 - (n * 7919 % 355) AS meeting) AS m
     CROSS JOIN LATERAL (VALUES
       ('SERVICE_START', 'PARENT_SIGNATURE', m.meeting + 7, m.meeting + 21,
        CASE WHEN n % 10 = 3 THEN m.meeting + 25 ELSE m.meeting + 18 END, true,
        ${explanation('SCHOOL_DAYS_AFTER', 10, 'SCHOOL_DAYS', 'PARENT_SIGNATURE', 'm.meeting + 7')}),
       ('ANNUAL_REVIEW', 'IEP_MEETING', m.meeting, (m.meeting + interval '1 year')::date - 1, NULL::date, true,
        ${explanation('YEARS_AFTER_LESS_ONE_DAY', 1, 'YEARS', 'IEP_MEETING', 'm.meeting')}),
       ('REEVALUATION', 'LAST_EVALUATION', current_date - 20 - (n::bigint * 104729 % 1080)::int,
        (current_date - 20 - (n::bigint * 104729 % 1080)::int + interval '3 years')::date - 1, NULL::date, false,
        ${explanation('YEARS_AFTER_LESS_ONE_DAY', 3, 'YEARS', 'LAST_EVALUATION', 'current_date - 20 - (n::bigint * 104729 % 1080)::int')}),
       ('PROGRESS_REPORT', 'REPORTING_PERIOD', current_date - 120 - n % 30, current_date - 30 - n % 30,
        CASE WHEN n % 25 = 1 THEN current_date - 24 - n % 30 ELSE current_date - 32 - n % 30 END, true,
        ${explanation('REPORTING_PERIOD_END', 1, 'REPORTING_PERIODS', 'REPORTING_PERIOD', 'current_date - 120 - n % 30')}),
       ('PROGRESS_REPORT', 'REPORTING_PERIOD', current_date - 25 - n % 30, current_date - 3 + (n * 37 % 93), NULL::date, true,
        ${explanation('REPORTING_PERIOD_END', 1, 'REPORTING_PERIODS', 'REPORTING_PERIOD', 'current_date - 25 - n % 30')})
     ) AS v(kind, event_kind, event_date, due_date, met_on, per_iep, expl)
     WHERE v.kind <> 'PROGRESS_REPORT' OR n % 5 <> 0
    UNION ALL
    SELECT n, v.kind, v.event_kind, v.event_date, v.due_date, v.met_on, v.per_iep, v.expl
      FROM generate_series(1, ${c.students}) AS n
     CROSS JOIN LATERAL (VALUES
       ('MEETING_NOTICE', 'MEETING', current_date + 4 + n % 40, current_date - 6 + n % 40,
        CASE WHEN n % 40 < 6 AND n % 7 <> 0 THEN current_date - 8 + n % 40 END, true,
        ${explanation('CALENDAR_DAYS_BEFORE', 10, 'CALENDAR_DAYS', 'MEETING', 'current_date + 4 + n % 40')}),
       ('TRANSITION_PLAN', 'DATE_OF_BIRTH', (current_date - interval '17 years')::date - n % 365,
        (current_date - interval '1 year')::date - n % 365,
        (current_date - interval '1 year')::date - n % 365 + CASE WHEN n % 40 = 5 THEN 12 ELSE -30 END, false,
        ${explanation('AGE_REACHED', 16, 'YEARS', 'DATE_OF_BIRTH', "(current_date - interval '17 years')::date - n % 365")}),
       ('INITIAL_EVALUATION', 'CONSENT_TO_EVALUATE', current_date - n % 90, current_date - n % 90 + 60,
        CASE WHEN n % 90 > 63 THEN current_date - n % 90 + 55 + n % 9 END, false,
        ${explanation('CALENDAR_DAYS_AFTER', 60, 'CALENDAR_DAYS', 'CONSENT_TO_EVALUATE', 'current_date - n % 90')}),
       ('RECORDS_REQUEST', 'RECORDS_REQUEST', current_date - n % 60, current_date - n % 60 + 45,
        CASE WHEN n % 60 >= 48 THEN current_date - n % 60 + 40 + n % 8 END, false,
        ${explanation('CALENDAR_DAYS_AFTER', 45, 'CALENDAR_DAYS', 'RECORDS_REQUEST', 'current_date - n % 60')})
     ) AS v(kind, event_kind, event_date, due_date, met_on, per_iep, expl)
     WHERE (v.kind = 'MEETING_NOTICE' AND n % 12 = 0) OR (v.kind = 'TRANSITION_PLAN' AND n % 5 = 0)
        OR (v.kind = 'INITIAL_EVALUATION' AND n % 50 = 1) OR (v.kind = 'RECORDS_REQUEST' AND n % 100 = 2)`;
  return [
    {
      table: 'districts',
      sql: `INSERT INTO districts (id, name, state_code) VALUES (${D}, 'Bench Compliance District', 'IDEA')`,
    },
    {
      table: 'schools',
      sql: `INSERT INTO schools (id, district_id, name)
            SELECT ${uid(`'csc:' || k`)}, ${D},
                   'Compliance ' || (ARRAY['Elementary', 'Middle', 'High', 'K-8'])[1 + k % 4] || ' School ' || k
              FROM generate_series(1, ${c.schools}) AS k`,
    },
    {
      table: 'users',
      sql: `INSERT INTO users (id, district_id, email, password_hash, display_name, role)
            SELECT ${uid(`'ccm:' || k`)}, ${D}, 'casemanager' || k || '@compliance.bench.example', $1,
                   ${first('k', 23)} || ' ' || (${LAST})[1 + ((k * 13) % ${LAST_NAMES.length})] || ' ' || k,
                   'SPECIAL_EDUCATION_TEACHER'::user_role
              FROM generate_series(1, ${c.caseManagers}) AS k
            UNION ALL
            SELECT ${uid(`'crep'`)}, ${D}, '${COMPLIANCE.repEmail}', $1, 'Compliance Officer', 'DISTRICT_REPRESENTATIVE'::user_role
            UNION ALL
            SELECT ${uid(`'cadm'`)}, ${D}, '${COMPLIANCE.adminEmail}', $1, 'Compliance Administrator', 'DISTRICT_ADMIN'::user_role`,
    },
    {
      table: 'students',
      sql: `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
            SELECT ${student}, ${D}, ${school('n')}, ${first('n')}, (${LAST})[1 + ((n::bigint * 104729 + 17) % ${LAST_NAMES.length})::int],
                   date '2020-08-31' - ((n * 37) % 13) * 365 - (n % 365),
                   (ARRAY['K','1','2','3','4','5','6','7','8','9','10','11','12'])[1 + ((n * 37) % 13)]
              FROM generate_series(1, ${c.students}) AS n`,
    },
    {
      table: 'ieps',
      sql: `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, start_date, annual_review_due,
                             shared_with_family_at)
            SELECT ${iep}, ${student}, 'ANNUAL', 'ACTIVE', ${cm('n')}, m.meeting, m.meeting + 7,
                   (m.meeting + interval '1 year')::date - 1, m.meeting::timestamptz
              FROM generate_series(1, ${c.students}) AS n
             CROSS JOIN LATERAL (SELECT current_date - 25 - (n * 7919 % 355) AS meeting) AS m`,
    },
    {
      table: 'iep_team_members',
      sql: `INSERT INTO iep_team_members (iep_id, user_id, team_role)
            SELECT ${iep}, ${cm('n')}, 'Case manager' FROM generate_series(1, ${c.students}) AS n`,
    },
    {
      table: 'deadlines',
      sql: `INSERT INTO deadlines (district_id, school_id, student_id, iep_id, kind, event_kind, event_date, due_date,
                                   explanation, responsible_user_id, met_on)
            SELECT ${D}, ${school('r.n')}, ${uid(`'cs:' || r.n`)}, CASE WHEN r.per_iep THEN ${uid(`'ci:' || r.n`)} END,
                   r.kind, r.event_kind, r.event_date, r.due_date, r.expl, ${cm('r.n')}, r.met_on
              FROM (${rows}) AS r`,
    },
  ];
}

/** Loads the compliance district into `databaseUrl`; returns rows per table. */
export async function generateComplianceDistrict(databaseUrl, scale = 1, log = () => {}) {
  const c = complianceSizes(scale);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-generate' });
  await client.connect();
  const counts = {};
  try {
    const { rows } = await client.query(`SELECT password_hash FROM users WHERE email = 'admin@riverbend.example'`);
    if (!rows[0]?.password_hash) throw new Error('the demo district is not seeded (no admin@riverbend.example)');
    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    for (const { table, sql } of complianceStatements(c)) {
      const started = performance.now();
      const result = await client.query(sql, sql.includes('$1') ? [rows[0].password_hash] : []);
      counts[table] = result.rowCount;
      log(`  compliance ${table.padEnd(17)} ${String(result.rowCount).padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query('COMMIT');
    // VACUUM as well: the dashboard's counts read index-only, which needs the visibility map that
    // autovacuum would build in production some minutes after a load this size.
    const started = performance.now();
    await client.query('VACUUM (ANALYZE) deadlines, compliance_tallies, students, ieps, users, schools');
    log(`  VACUUM ANALYZE             ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { sizes: c, rows: counts };
}

/** The service-delivery district: students with one weekly service each and a school year of sessions. */
export const SERVICES = {
  districtId: uid0('sd'),
  repEmail: 'rep@services.bench.example',
  providerEmail: 'provider1@services.bench.example',
};

/**
 * Sizes for one BENCH_SCALE: 20,000 students, one service and two measured goals each, ~40 weeks of
 * sessions (~800,000 rows) and 25 data points a goal (1,000,000 rows).
 */
export function serviceSizes(scale = 1) {
  const students = Math.max(100, Math.round(20_000 * scale));
  return { students, schools: Math.max(1, Math.round(students / 500)), providers: Math.max(1, Math.round(students / 40)), weeks: 40, goals: 2, points: 25 };
}

function serviceStatements(c) {
  const D = `'${SERVICES.districtId}'::uuid`;
  const school = (n) => uid(`'ssc:' || (1 + ${n} % ${c.schools})`);
  const provider = (n) => uid(`'spr:' || (1 + ${n} % ${c.providers})`);
  const student = (n) => uid(`'ss:' || ${n}`);
  const iep = (n) => uid(`'si:' || ${n}`);
  const service = (n) => uid(`'sv:' || ${n}`);
  const goal = (n, g) => uid(`'sg:' || ${n} || ':' || ${g}`);
  const goalContent = (g) => `jsonb_build_object('area', 'Communication ' || ${g}, 'annualGoal', 'Will produce target sounds in structured sentences',
      'baseline', '40% accuracy', 'target', '80% accuracy', 'criteria', '4 of 5 sessions', 'measurementMethod', 'Session probes', 'reportingSchedule', 'Quarterly',
      'objectives', '[]'::jsonb, 'measure', jsonb_build_object('kind', 'PERCENT_ACCURACY', 'baseline', 40, 'target', 80,
      'targetDate', to_char(current_date + 60, 'YYYY-MM-DD'), 'unit', '', 'trials', null))`;
  const content = `jsonb_build_object('category', 'RELATED_SERVICE', 'description', 'Speech-language therapy', 'providerRole', 'Speech-language pathologist',
      'minutes', 30, 'frequency', 'WEEKLY', 'location', 'Speech room', 'startDate', to_char(current_date - ${c.weeks * 7 + 7}, 'YYYY-MM-DD'),
      'endDate', to_char(current_date + 60, 'YYYY-MM-DD'), 'goalIds', '[]'::jsonb)`;
  return [
    { table: 'districts', sql: `INSERT INTO districts (id, name) VALUES (${D}, 'Service Delivery Bench District')` },
    { table: 'schools', sql: `INSERT INTO schools (id, district_id, name) SELECT ${uid(`'ssc:' || n`)}, ${D}, 'Services School ' || n FROM generate_series(1, ${c.schools}) AS n` },
    {
      table: 'users',
      sql: `INSERT INTO users (id, district_id, email, password_hash, display_name, role)
            SELECT ${uid(`'spr:' || n`)}, ${D}, 'provider' || n || '@services.bench.example', $1, 'Provider ' || n, 'SPECIALIST'::user_role FROM generate_series(1, ${c.providers}) AS n
            UNION ALL SELECT ${uid(`'srep'`)}, ${D}, '${SERVICES.repEmail}', $1, 'Services Rep', 'DISTRICT_REPRESENTATIVE'::user_role`,
    },
    {
      table: 'students',
      sql: `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
            SELECT ${student('n')}, ${D}, ${school('n')}, 'Student', 'S' || n, DATE '2015-01-01' + n % 1500, '3' FROM generate_series(1, ${c.students}) AS n`,
    },
    {
      table: 'ieps',
      sql: `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, start_date, annual_review_due, shared_with_family_at)
            SELECT ${iep('n')}, ${student('n')}, 'INITIAL', 'ACTIVE', ${provider('n')}, current_date - 300, current_date - 293, current_date + 60, now()
              FROM generate_series(1, ${c.students}) AS n`,
    },
    {
      table: 'iep_team_members',
      sql: `INSERT INTO iep_team_members (iep_id, user_id, team_role) SELECT ${iep('n')}, ${provider('n')}, 'Speech-language pathologist' FROM generate_series(1, ${c.students}) AS n`,
    },
    {
      table: 'iep_parts',
      sql: `INSERT INTO iep_parts (id, iep_id, kind, position, content, assignee_id)
            SELECT ${service('n')}, ${iep('n')}, 'SERVICE', 0, ${content}, ${provider('n')} FROM generate_series(1, ${c.students}) AS n`,
    },
    {
      table: 'iep_parts (goals)',
      sql: `INSERT INTO iep_parts (id, iep_id, kind, position, content, assignee_id)
            SELECT ${goal('n', 'g')}, ${iep('n')}, 'GOAL', g - 1, ${goalContent('g')}, ${provider('n')}
              FROM generate_series(1, ${c.students}) AS n CROSS JOIN generate_series(1, ${c.goals}) AS g`,
    },
    {
      // A probe a week per goal, climbing from the baseline with some noise; 1 goal in 5 flat (a flag).
      table: 'goal_data_points',
      sql: `INSERT INTO goal_data_points (part_id, iep_id, value, observed_on, setting, idempotency_key, recorded_by_id, updated_by_id)
            SELECT ${goal('n', 'g')}, ${iep('n')},
                   least(100, 40 + CASE WHEN (n + g) % 5 = 0 THEN 0 ELSE k * 1.2 END + (n * 7 + k * 13) % 9),
                   current_date - 7 * (${c.points} - k) - n % 4, 'Speech room', ${uid(`'sp:' || n || ':' || g || ':' || k`)}, ${provider('n')}, ${provider('n')}
              FROM generate_series(1, ${c.students}) AS n CROSS JOIN generate_series(1, ${c.goals}) AS g CROSS JOIN generate_series(1, ${c.points}) AS k`,
    },
    {
      // One session a week; 1 in 20 the provider missed, 1 in 20 the student; 1 service in 10 has nothing
      // logged for the last month (under-delivered), and 1 in 40 a make-up.
      table: 'service_sessions',
      sql: `INSERT INTO service_sessions (service_id, iep_id, student_id, school_id, district_id, session_date, minutes, group_size, location, status,
                                          provider_id, idempotency_key, updated_by_id)
            SELECT ${service('n')}, ${iep('n')}, ${student('n')}, ${school('n')}, ${D}, current_date - 7 * w - 1 - n % 4, 30, 1 + n % 4, 'Speech room',
                   CASE WHEN (n + w) % 20 = 0 THEN 'PROVIDER_ABSENT' WHEN (n + w) % 20 = 7 THEN 'STUDENT_ABSENT' WHEN (n + w) % 40 = 13 THEN 'MAKE_UP' ELSE 'DELIVERED' END,
                   ${provider('n')}, 'bench-' || n || '-' || w, ${provider('n')}
              FROM generate_series(1, ${c.students}) AS n CROSS JOIN generate_series(0, ${c.weeks - 1}) AS w
             WHERE n % 10 <> 0 OR w >= 4`,
    },
  ];
}

/** Loads the service-delivery district into `databaseUrl`; returns rows per table. */
export async function generateServiceDistrict(databaseUrl, scale = 1, log = () => {}) {
  const c = serviceSizes(scale);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-generate' });
  await client.connect();
  const counts = {};
  try {
    const { rows } = await client.query(`SELECT password_hash FROM users WHERE email = 'admin@riverbend.example'`);
    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    for (const { table, sql } of serviceStatements(c)) {
      const started = performance.now();
      const result = await client.query(sql, sql.includes('$1') ? [rows[0].password_hash] : []);
      counts[table] = result.rowCount;
      log(`  services ${table.padEnd(19)} ${String(result.rowCount).padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE) service_sessions, goal_data_points, iep_parts, ieps, students, users, schools, iep_team_members');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { sizes: c, rows: counts };
}
