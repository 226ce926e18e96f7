import { addDays, compareDates, SESSION_ACCOUNT, SESSION_STATUSES, schoolDayShares, type SchoolDayTest, type SessionAccount } from '@iep/domain';

// The district dashboard's statement and its school-day parameter, with no import but the domain's, so
// that the benchmark runs the very same SQL as its raw baseline (tools/bench/scenarios.mjs).

/** How far back a service's last four school weeks are looked for: a school year and a summer. */
const LOOK_BACK_DAYS = 400;

/**
 * Each school's calendar over the last LOOK_BACK_DAYS, as arrays indexed by the day (base = index 1): the
 * running sum of a one-minute service's shares (`schoolDayShares`) of each frequency, so that the minutes
 * a service requires between two days are one subtraction; and the Monday of the fourth most recent week
 * with school up to each day, where a service's "last four school weeks" begin (`lastSchoolWeeks`).
 */
export function dashboardDays(schools: ReadonlyArray<{ schoolId: string; isSchoolDay: SchoolDayTest }>, today: string) {
  const base = addDays(today, -LOOK_BACK_DAYS);
  return schools.map(({ schoolId, isSchoolDay }) => {
    const byDay = new Map(schoolDayShares(isSchoolDay, base, today).map((share) => [share.day, share]));
    const daily: number[] = [];
    const weekly: number[] = [];
    const monthly: number[] = [];
    const fourthWeekBack: Array<string | null> = [];
    const weeks: string[] = [];
    let sums = { daily: 0, weekly: 0, monthly: 0 };
    for (let day = base; compareDates(day, today) <= 0; day = addDays(day, 1)) {
      const share = byDay.get(day);
      if (share) {
        sums = { daily: sums.daily + share.daily, weekly: sums.weekly + share.weekly, monthly: sums.monthly + share.monthly };
        if (weeks[weeks.length - 1] !== share.weekStart) weeks.push(share.weekStart);
      }
      daily.push(sums.daily);
      weekly.push(sums.weekly);
      monthly.push(sums.monthly);
      fourthWeekBack.push(weeks.length > 0 ? weeks[Math.max(0, weeks.length - 4)] : null);
    }
    return { schoolId, base, daily, weekly, monthly, fourthWeekBack };
  });
}

const statusesOf = (account: SessionAccount) =>
  SESSION_STATUSES.filter((status) => SESSION_ACCOUNT[status] === account).map((status) => `'${status}'`).join(', ');

/**
 * The district's services in force, each over its own last four school weeks (the domain's
 * `lastSchoolWeeks`), with required minutes from the shares of each school day (`schoolDayShares`, so the
 * rule is the domain's), what was delivered and excused in that span, and the compensatory balance over
 * all time; aggregated by school, provider and service type, with the services to look at first.
 * $1 district, $2 today, $3 the schools' calendars (`dashboardDays`), $4 school,
 * $5 provider, $6 service type (each null for all), $7 the under-delivery threshold, $8 how many services to list.
 */
export const DASHBOARD_STATEMENT = `WITH calendars AS (
    SELECT * FROM jsonb_to_recordset($3::jsonb)
        AS c("schoolId" uuid, base date, daily float8[], weekly float8[], monthly float8[], "fourthWeekBack" date[])),
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
  -- Array index of a day: (day - base) + 1. A day before the base reads NULL, which counts as nothing.
  span AS (
    SELECT v.id, greatest(c."fourthWeekBack"[(v.end_date - c.base) + 1], v.start_date) AS from_day,
           CASE v.frequency WHEN 'DAILY' THEN c.daily WHEN 'WEEKLY' THEN c.weekly ELSE c.monthly END AS sums, c.base, v.end_date, v.minutes
      FROM svc v JOIN calendars c ON c."schoolId" = v.school_id),
  req AS (
    SELECT s.id, s.from_day, s.minutes * (coalesce(s.sums[(s.end_date - s.base) + 1], 0) - coalesce(s.sums[s.from_day - s.base], 0)) AS required
      FROM span s),
  tally AS (
    SELECT v.id,
           coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('DELIVERED')}) AND x.session_date BETWEEN win.from_day AND v.end_date), 0) AS delivered,
           coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('EXCUSED')}) AND x.session_date BETWEEN win.from_day AND v.end_date), 0) AS excused,
           greatest(0, coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('MISSED_BY_SCHOOL')})), 0)
                     - coalesce(sum(x.minutes) FILTER (WHERE x.status IN (${statusesOf('MADE_UP')})), 0)) AS owed
      FROM svc v JOIN req win ON win.id = v.id JOIN service_sessions x ON x.service_id = v.id
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
