// Bulk data for the benchmark: set-based SQL only (generate_series, one INSERT … SELECT per table),
// so that the default scale loads in seconds. Every generated id is derived from a readable key
// (md5 shaped as a v4 UUID), which lets each table reference the others without reading them back.
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
