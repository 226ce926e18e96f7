import { addDays, SESSION_ACCOUNT, SESSION_STATUSES, schoolDayShares, type SchoolDayTest, type SessionAccount } from '@iep/domain';

// The district dashboard's statement and its school-day parameter, with no import but the domain's, so
// that the benchmark runs the very same SQL as its raw baseline (tools/bench/scenarios.mjs).

/** How far back a service's last four school weeks are looked for: a school year and a summer. */
const LOOK_BACK_DAYS = 400;

/** The school days of the last LOOK_BACK_DAYS of each school, with their shares: the dashboard's $3. */
export function dashboardDays(schools: ReadonlyArray<{ schoolId: string; isSchoolDay: SchoolDayTest }>, today: string) {
  return schools.flatMap(({ schoolId, isSchoolDay }) => schoolDayShares(isSchoolDay, addDays(today, -LOOK_BACK_DAYS), today).map((day) => ({ schoolId, ...day })));
}

const statusesOf = (account: SessionAccount) =>
  SESSION_STATUSES.filter((status) => SESSION_ACCOUNT[status] === account).map((status) => `'${status}'`).join(', ');

/**
 * The district's services in force, each over its own last four school weeks (the domain's
 * `lastSchoolWeeks`), with required minutes from the shares of each school day (`schoolDayShares`, so the
 * rule is the domain's), what was delivered and excused in that span, and the compensatory balance over
 * all time; aggregated by school, provider and service type, with the services to look at first.
 * $1 district, $2 today, $3 school days [{schoolId, day, weekStart, daily, weekly, monthly}], $4 school,
 * $5 provider, $6 service type (each null for all), $7 the under-delivery threshold, $8 how many services to list.
 */
export const DASHBOARD_STATEMENT = `WITH days AS (
    SELECT * FROM jsonb_to_recordset($3::jsonb) AS d("schoolId" uuid, day date, "weekStart" date, daily float8, weekly float8, monthly float8)),
  svc AS (
    SELECT p.id, p.iep_id, i.student_id, s.school_id, p.assignee_id AS provider_id, p.content->>'category' AS category,
           p.content->>'description' AS description, (p.content->>'minutes')::float8 AS minutes, p.content->>'frequency' AS frequency,
           (p.content->>'startDate')::date AS start_date, least((p.content->>'endDate')::date, $2::date) AS end_date
      FROM ieps i JOIN students s ON s.id = i.student_id
      JOIN iep_parts p ON p.iep_id = i.id AND p.kind = 'SERVICE' AND p.removed_at IS NULL
     WHERE i.status = 'ACTIVE' AND s.district_id = $1
       AND ($4::uuid IS NULL OR s.school_id = $4) AND ($5::uuid IS NULL OR p.assignee_id = $5) AND ($6::text IS NULL OR p.content->>'category' = $6)
       AND p.content->>'minutes' IS NOT NULL AND p.content->>'frequency' IS NOT NULL
       AND p.content->>'startDate' IS NOT NULL AND p.content->>'endDate' IS NOT NULL AND (p.content->>'startDate')::date <= $2::date),
  win AS (
    SELECT v.id, greatest(w.from_week, v.start_date) AS from_day FROM svc v
     CROSS JOIN LATERAL (SELECT min(x."weekStart") AS from_week FROM (
       SELECT DISTINCT d."weekStart" FROM days d WHERE d."schoolId" = v.school_id AND d.day BETWEEN v.start_date AND v.end_date
        ORDER BY d."weekStart" DESC LIMIT 4) x) w),
  req AS (
    SELECT v.id, sum(v.minutes * CASE v.frequency WHEN 'DAILY' THEN d.daily WHEN 'WEEKLY' THEN d.weekly ELSE d.monthly END) AS required
      FROM svc v JOIN win ON win.id = v.id JOIN days d ON d."schoolId" = v.school_id AND d.day BETWEEN win.from_day AND v.end_date
     GROUP BY v.id),
  tally AS (
    SELECT v.id,
           coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('DELIVERED')}) AND x.session_date BETWEEN win.from_day AND v.end_date), 0) AS delivered,
           coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('EXCUSED')}) AND x.session_date BETWEEN win.from_day AND v.end_date), 0) AS excused,
           greatest(0, coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('MISSED_BY_SCHOOL')})), 0)
                     - coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('MADE_UP')})), 0)) AS owed
      FROM svc v LEFT JOIN win ON win.id = v.id JOIN service_sessions x ON x.service_id = v.id
     GROUP BY v.id),
  rows AS (
    SELECT v.*, coalesce(r.required, 0) AS required, coalesce(t.delivered, 0) AS delivered, coalesce(t.excused, 0) AS excused, coalesce(t.owed, 0) AS owed,
           (greatest(0, coalesce(r.required, 0) - coalesce(t.excused, 0)) > 0
             AND coalesce(t.delivered, 0) < $7::float8 * greatest(0, coalesce(r.required, 0) - coalesce(t.excused, 0))) AS under
      FROM svc v LEFT JOIN req r ON r.id = v.id LEFT JOIN tally t ON t.id = v.id),
  groups AS (
    SELECT 'SCHOOL' AS dimension, r.school_id::text AS key, sc.name AS label, r.under, r.owed FROM rows r JOIN schools sc ON sc.id = r.school_id
    UNION ALL
    SELECT 'PROVIDER', r.provider_id::text, u.display_name, r.under, r.owed FROM rows r LEFT JOIN users u ON u.id = r.provider_id
    UNION ALL
    SELECT 'SERVICE_TYPE', r.category, r.category, r.under, r.owed FROM rows r)
  SELECT json_build_object(
    'services', (SELECT count(*) FROM rows),
    'underDelivered', (SELECT count(*) FILTER (WHERE under) FROM rows),
    'compensatoryOwed', (SELECT coalesce(sum(owed), 0) FROM rows),
    'groups', (SELECT coalesce(json_agg(g ORDER BY g.dimension, g."underDelivered" DESC, g.label NULLS LAST), '[]'::json) FROM (
       SELECT dimension, key, label, count(*) AS services, count(*) FILTER (WHERE under) AS "underDelivered", sum(owed) AS "compensatoryOwed"
         FROM groups GROUP BY dimension, key, label) g),
    'rows', (SELECT coalesce(json_agg(x ORDER BY x."underDelivered" DESC, x."compensatoryBalance" DESC, x."studentName"), '[]'::json) FROM (
       SELECT r.id AS "serviceId", r.iep_id AS "iepId", st.first_name || ' ' || st.last_name AS "studentName", sc.name AS "schoolName",
              u.display_name AS "providerName", r.category, r.description, r.required, r.delivered, r.excused, r.owed AS "compensatoryBalance",
              r.under AS "underDelivered"
         FROM rows r JOIN students st ON st.id = r.student_id JOIN schools sc ON sc.id = r.school_id LEFT JOIN users u ON u.id = r.provider_id
        WHERE r.under OR r.owed > 0
        ORDER BY r.under DESC, r.owed DESC, st.last_name, st.first_name LIMIT $8) x)
  ) AS dashboard`;
