/**
 * The dashboard's SQL. Every status is worked out from the due date, the date met and PostgreSQL's
 * current_date, as deadlineStatus does in @iep/domain: met on or before the due date is on time, after
 * it late; an open deadline is overdue before today, due this week from today to today + 6, upcoming after.
 *
 * Parameters of every statement: $1 district, $2 school or null, $3 case manager or null, $4 kind or null.
 */

/** How many schools and case managers the dashboard lists: those with the most overdue, then due this week. */
export const GROUP_LIMIT = 25;
/** Weeks in the chart of what comes due, this one (today … today + 6) first. */
export const UPCOMING_WEEKS = 12;

const KIND = `($4::text IS NULL OR kind = $4::text)`;
// Open deadlines overdue and due this week, per school and case manager (a case manager's caseload is
// mostly in one school, so this is about one row per case manager).
const SOON_COUNTS = `count(*) FILTER (WHERE due_date < current_date)::int AS overdue,
           count(*) FILTER (WHERE due_date >= current_date)::int AS due_this_week`;

/**
 * The summary without a school or case-manager filter: counts from the tallies the deadline triggers
 * keep (migration 1763900000000), and only the open deadlines due before next week read row by row.
 */
const FROM_TALLIES = `
  day AS (
    SELECT kind, due_date, state, n FROM compliance_tallies
     -- The tallies count whole districts: they answer only when no school or case manager is named.
     WHERE district_id = $1 AND $2::uuid IS NULL AND $3::uuid IS NULL AND grain = 'KIND_DAY' AND ${KIND} AND n <> 0),
  owners AS NOT MATERIALIZED (
    SELECT grain, owner_id, state, sum(n)::int AS n FROM compliance_tallies
     WHERE district_id = $1 AND grain IN ('SCHOOL', 'CASE_MANAGER') AND ${KIND}
     GROUP BY grain, owner_id, state),
  soon AS (
    SELECT school_id, responsible_user_id, ${SOON_COUNTS}
      FROM deadlines
     WHERE district_id = $1 AND met_on IS NULL AND closed_on IS NULL AND due_date < current_date + 7 AND ${KIND}
     GROUP BY 1, 2),`;

/** The summary of one school or one case manager: few enough deadlines to count directly. */
const FROM_DEADLINES = `
  scoped AS (
    SELECT kind, due_date, school_id, responsible_user_id,
           CASE WHEN closed_on IS NOT NULL THEN 'CLOSED' WHEN met_on IS NULL THEN 'OPEN' WHEN met_on <= due_date THEN 'MET_ON_TIME' ELSE 'MET_LATE' END AS state
      FROM deadlines
     WHERE district_id = $1 AND ($2::uuid IS NULL OR school_id = $2::uuid)
       AND ($3::uuid IS NULL OR responsible_user_id = $3::uuid) AND ${KIND}),
  day AS (
    SELECT kind, CASE WHEN state = 'OPEN' THEN due_date END AS due_date, state, count(*)::int AS n
      FROM scoped GROUP BY 1, 2, 3),
  owners AS NOT MATERIALIZED (
    SELECT 'SCHOOL' AS grain, school_id AS owner_id, state, count(*)::int AS n FROM scoped GROUP BY 2, 3
    UNION ALL
    SELECT 'CASE_MANAGER', responsible_user_id, state, count(*)::int FROM scoped GROUP BY 2, 3),
  soon AS (
    SELECT school_id, responsible_user_id, ${SOON_COUNTS}
      FROM scoped WHERE state = 'OPEN' AND due_date < current_date + 7
     GROUP BY 1, 2),`;

/**
 * Everything but the overdue list, as one JSON value in one round trip. Schools and case managers are
 * ranked by overdue, then due this week, then name; case managers with nothing overdue or due this week
 * are looked up only when fewer than GROUP_LIMIT have something.
 */
export function summarySql(filtered: boolean): string {
  return `
WITH
${filtered ? FROM_DEADLINES : FROM_TALLIES}
  by_kind AS (
    SELECT d.kind,
           coalesce(sum(d.n) FILTER (WHERE d.state = 'OPEN' AND d.due_date >= current_date + 7), 0)::int AS upcoming,
           coalesce(sum(d.n) FILTER (WHERE d.state = 'OPEN' AND d.due_date >= current_date AND d.due_date < current_date + 7), 0)::int AS "dueThisWeek",
           coalesce(sum(d.n) FILTER (WHERE d.state = 'OPEN' AND d.due_date < current_date), 0)::int AS overdue,
           coalesce(sum(d.n) FILTER (WHERE d.state = 'MET_ON_TIME'), 0)::int AS "metOnTime",
           coalesce(sum(d.n) FILTER (WHERE d.state = 'MET_LATE'), 0)::int AS "metLate"
      FROM day d GROUP BY d.kind),
  weeks AS (
    SELECT (d.due_date - current_date) / 7 AS week, d.kind, sum(d.n)::int AS n
      FROM day d
     WHERE d.state = 'OPEN' AND d.due_date >= current_date AND d.due_date < current_date + ${UPCOMING_WEEKS * 7}
     GROUP BY 1, 2),
  school_soon AS (
    SELECT school_id, sum(overdue)::int AS overdue, sum(due_this_week)::int AS due_this_week FROM soon GROUP BY school_id),
  school_totals AS (
    SELECT owner_id AS school_id,
           coalesce(sum(n) FILTER (WHERE state = 'OPEN'), 0)::int AS open,
           coalesce(sum(n) FILTER (WHERE state = 'MET_ON_TIME'), 0)::int AS met_on_time,
           coalesce(sum(n) FILTER (WHERE state = 'MET_LATE'), 0)::int AS met_late
      FROM owners WHERE grain = 'SCHOOL' GROUP BY owner_id HAVING sum(n) > 0),
  school_rows AS (
    SELECT t.school_id AS id, s.name, coalesce(q.overdue, 0) AS overdue, coalesce(q.due_this_week, 0) AS due_this_week,
           t.open - coalesce(q.overdue, 0) - coalesce(q.due_this_week, 0) AS upcoming, t.met_on_time, t.met_late
      FROM school_totals t JOIN schools s ON s.id = t.school_id LEFT JOIN school_soon q ON q.school_id = t.school_id
     ORDER BY 3 DESC, 4 DESC, s.name, s.id
     LIMIT ${GROUP_LIMIT}),
  cm_soon AS (
    SELECT responsible_user_id AS user_id, sum(overdue)::int AS overdue, sum(due_this_week)::int AS due_this_week
      FROM soon GROUP BY responsible_user_id),
  -- Names are looked up only for the leaders and whoever ties with the last of them.
  cm_top AS (
    SELECT * FROM cm_soon ORDER BY overdue DESC, due_this_week DESC FETCH FIRST ${GROUP_LIMIT} ROWS WITH TIES),
  cm_ranked AS (
    SELECT * FROM (
      (SELECT q.user_id, q.overdue, q.due_this_week, u.display_name
         FROM cm_top q LEFT JOIN users u ON u.id = q.user_id
        ORDER BY q.overdue DESC, q.due_this_week DESC, u.display_name NULLS LAST, u.id)
      UNION ALL
      (SELECT o.owner_id, 0, 0, u.display_name
         FROM owners o LEFT JOIN users u ON u.id = o.owner_id
        WHERE o.grain = 'CASE_MANAGER' AND NOT EXISTS (SELECT 1 FROM cm_soon q WHERE q.user_id IS NOT DISTINCT FROM o.owner_id)
        GROUP BY o.owner_id, u.display_name, u.id HAVING sum(o.n) > 0
        ORDER BY u.display_name NULLS LAST, u.id)
    ) AS ranked LIMIT ${GROUP_LIMIT}),
  cm_rows AS (
    SELECT r.user_id AS id, r.display_name AS name, r.overdue, r.due_this_week,
           o.open - r.overdue - r.due_this_week AS upcoming, o.met_on_time, o.met_late
      FROM cm_ranked r
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(t.n) FILTER (WHERE t.state = 'OPEN'), 0)::int AS open,
              coalesce(sum(t.n) FILTER (WHERE t.state = 'MET_ON_TIME'), 0)::int AS met_on_time,
              coalesce(sum(t.n) FILTER (WHERE t.state = 'MET_LATE'), 0)::int AS met_late
         FROM ${filtered ? 'owners t' : `compliance_tallies t`}
        WHERE ${filtered ? 'true' : `t.district_id = $1 AND ($4::text IS NULL OR t.kind = $4::text)`} AND t.grain = 'CASE_MANAGER'
          -- Two indexable conditions rather than IS NOT DISTINCT FROM: deadlines nobody is responsible for count too.
          AND (t.owner_id = r.user_id OR (t.owner_id IS NULL AND r.user_id IS NULL))) AS o)
SELECT to_char(current_date, 'YYYY-MM-DD') AS today,
       coalesce((SELECT json_agg(k) FROM by_kind k), '[]') AS "byKind",
       coalesce((SELECT json_agg(w) FROM weeks w), '[]') AS weeks,
       coalesce((SELECT json_agg(s ORDER BY s.overdue DESC, s.due_this_week DESC, s.name, s.id) FROM school_rows s), '[]') AS schools,
       (SELECT count(*)::int FROM school_totals) AS "schoolCount",
       coalesce((SELECT json_agg(c ORDER BY c.overdue DESC, c.due_this_week DESC, c.name NULLS LAST, c.id) FROM cm_rows c), '[]') AS "caseManagers"
`;
}

/** Columns of a listed deadline, with its student, school and case manager; $5 and $6 are the keyset. */
const LISTED = `
  d.id, d.kind, d.student_id AS "studentId", s.first_name AS "firstName", s.last_name AS "lastName", d.iep_id AS "iepId",
  d.school_id AS "schoolId", sc.name AS "schoolName", d.responsible_user_id AS "caseManagerId", u.display_name AS "caseManagerName",
  to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", to_char(d.met_on, 'YYYY-MM-DD') AS "metOn", to_char(d.closed_on, 'YYYY-MM-DD') AS "closedOn", (current_date - d.due_date) AS "daysPastDue",
  d.explanation`;
const LISTED_JOINS = `
  JOIN students s ON s.id = d.student_id
  JOIN schools sc ON sc.id = d.school_id
  LEFT JOIN users u ON u.id = d.responsible_user_id`;
const SCOPE = `d.district_id = $1 AND ($2::uuid IS NULL OR d.school_id = $2::uuid)
  AND ($3::uuid IS NULL OR d.responsible_user_id = $3::uuid) AND ($4::text IS NULL OR d.kind = $4::text)`;

/** One page of overdue deadlines, longest overdue first; $5/$6 the last row's due date and id, $7 the page size. */
export const OVERDUE_PAGE_SQL = `
SELECT ${LISTED}
  FROM deadlines d ${LISTED_JOINS}
 WHERE ${SCOPE} AND d.met_on IS NULL AND d.closed_on IS NULL AND d.due_date < current_date
   AND ($5::date IS NULL OR (d.due_date, d.id) > ($5::date, $6::uuid))
 ORDER BY d.due_date, d.id
 LIMIT $7`;

/** The statuses as SQL conditions on `d`, for the export's status filter. */
export const STATUS_CONDITION = {
  UPCOMING: `d.met_on IS NULL AND d.closed_on IS NULL AND d.due_date >= current_date + 7`,
  DUE_THIS_WEEK: `d.met_on IS NULL AND d.closed_on IS NULL AND d.due_date >= current_date AND d.due_date < current_date + 7`,
  OVERDUE: `d.met_on IS NULL AND d.closed_on IS NULL AND d.due_date < current_date`,
  MET_ON_TIME: `d.met_on <= d.due_date`,
  MET_LATE: `d.met_on > d.due_date`,
} as const;

/** One batch of the export, in due-date order; $5/$6 the keyset, $7 the batch size. */
export function exportBatchSql(status: keyof typeof STATUS_CONDITION | null): string {
  return `
SELECT ${LISTED}
  FROM deadlines d ${LISTED_JOINS}
 WHERE ${SCOPE} AND ${status ? STATUS_CONDITION[status] : 'true'}
   AND ($5::date IS NULL OR (d.due_date, d.id) > ($5::date, $6::uuid))
 ORDER BY d.due_date, d.id
 LIMIT $7`;
}
