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
//   setupClient optional (ctx, headers) => (client) => void: gives each autocannon connection requests of its
//               own (client.setRequests), for a scenario whose requests differ (a save names the version it edits)
//
//   data        optional 'compliance': the scenario needs the 200,000-student compliance district, which
//               run.mjs generates only when such a scenario is selected
//
// ctx = { user: { id, email, role, districtId }, users: { [key]: same }, params }.
//
// A scenario with `custom: async ({ databaseUrl, redisUrl, logDir, say }) => result` is not a GraphQL
// operation: it measures itself and its result goes into the JSON as is (see reminder-sweep.mjs). With
// `api: true` the API is started for it and it also gets `apiUrl` and `signIn(email) => cookie`.

import { randomUUID } from 'node:crypto';
import { runReminderSweep } from './reminder-sweep.mjs';
import { runMailRecovery, runReminderRecovery } from './recovery.mjs';
import { LARGE_IEP, SERVICES } from './generate.mjs';
import { runRosterImport } from './roster-import.mjs';
import { runReportingPeriodGeneration } from './reporting-period.mjs';

/** Who the scenarios sign in as (all from the seeded demo district; password DEMO_PASSWORD). */
export const USERS = {
  parent: 'parent@riverbend.example',
  caseManager: 'case.manager@riverbend.example',
  admin: 'admin@riverbend.example',
  // The representative of the generated compliance district (generate.mjs), not of the demo district.
  complianceRep: 'rep@compliance.bench.example',
  servicesRep: SERVICES.repEmail,
  provider: SERVICES.providerEmail,
};
export const DEMO_PASSWORD = 'iep-demo-district-2026';

const COMPLIANCE_COUNTS = 'upcoming dueThisWeek overdue metOnTime metLate';
// The dashboard as the web page asks for it on every filter change (the filter options are a query of their own).
const COMPLIANCE_QUERY = `query BenchCompliance {
  complianceDashboard {
    today
    totals { ${COMPLIANCE_COUNTS} }
    byKind { kind counts { ${COMPLIANCE_COUNTS} } }
    bySchool { id name counts { ${COMPLIANCE_COUNTS} } }
    schoolCount
    byCaseManager { id name counts { ${COMPLIANCE_COUNTS} } }
    upcomingWeeks { startDate endDate total byKind { kind count } }
    overdue(first: 25) {
      nodes { id kind studentId studentName iepId schoolName caseManagerName dueDate daysOverdue explanation }
      hasNextPage endCursor
    }
  }
}`;

/** The API's own dashboard SQL (libs/api/compliance/src/compliance-sql.ts), compiled on the fly, so the baseline runs the same statements. */
/** The service delivery dashboard's statement and day parameter, bundled from the api's own file (it imports only the domain). */
async function serviceDeliverySql() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('../../libs/api/service-delivery/src/service-delivery-sql.ts', import.meta.url).pathname],
    bundle: true, platform: 'node', write: false, format: 'esm', logLevel: 'silent',
    tsconfig: new URL('../../tsconfig.base.json', import.meta.url).pathname,
  });
  return import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
}

/** The district's date, as the API's clock reads it (the bench districts keep the default zone). */
const districtToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());

const SERVICE_DASHBOARD_QUERY = `query BenchServiceDelivery {
  serviceDeliveryDashboard {
    asOf services underDelivered compensatoryOwed
    groups { dimension key label services underDelivered compensatoryOwed }
    rows { serviceId iepId studentName schoolName providerName category description required delivered excused compensatoryBalance underDelivered }
  }
}`;
const RECORD_SESSION_QUERY = `mutation BenchRecordSession($input: RecordServiceSessionInput!) { recordServiceSession(input: $input) { id version } }`;
const sessionInput = (ctx) => ({
  serviceId: ctx.params.serviceId, idempotencyKey: randomUUID(), date: ctx.params.date, minutes: 30, groupSize: 3,
  location: 'Speech room', goalIds: [], status: 'DELIVERED', note: '',
});

async function complianceSql() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('../../libs/api/compliance/src/compliance-sql.ts', import.meta.url).pathname],
    bundle: false, write: false, format: 'esm', logLevel: 'silent',
  });
  return import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
}

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

/**
 * The GraphQL documents the IEP editor sends (libs/web/feature-drafting/src/iep), taken from the web client's
 * generated documents, fragments included, so that the benchmark measures exactly what the page asks for:
 * the document when it opens (next to the viewers and the changes since the last visit), one part's comment
 * threads when its panel opens, and a section save.
 */
async function webDocuments(...names) {
  const [{ build }, { print, visit }] = await Promise.all([import('esbuild'), import('graphql')]);
  const out = await build({
    entryPoints: [new URL('../../libs/web/data-access/src/gql/graphql.ts', import.meta.url).pathname],
    bundle: false, write: false, format: 'esm', logLevel: 'silent',
  });
  const generated = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
  return names.map((name) => {
    const document = generated[`${name}Document`];
    if (!document) throw new Error(`the web client has no operation ${name} (libs/web/data-access/src/gql/graphql.ts)`);
    // Apollo Client takes its own directives (@unmask) out before it sends a document; so does the bench.
    return print(visit(document, { Directive: (node) => (node.name.value === 'unmask' ? null : undefined) }));
  });
}
const [IEP_DOCUMENT_QUERY, IEP_COMMENTS_QUERY, IEP_SAVE_QUERY] = await webDocuments('IepPage', 'IepComments', 'SaveIepPart');
const [IEP_PROGRESS_QUERY, RECORD_POINT_QUERY] = await webDocuments('IepProgress', 'RecordGoalDataPoint');
/** A probe of today's session on the provider's goal: a new key each time, so each one is a new point. */
const pointInput = (ctx) => ({ partId: ctx.params.goal.id, idempotencyKey: randomUUID(), value: 65, observedOn: ctx.params.date, setting: 'Speech room', note: '' });
/** The provider's first goal, with its IEP and a school day before today to record on. */
async function providerGoal(db, ctx) {
  const { rows } = await db.query(
    `SELECT p.id, p.iep_id FROM iep_parts p WHERE p.assignee_id = $1 AND p.kind = 'GOAL' ORDER BY p.iep_id, p.position LIMIT 1`, [ctx.user.id]);
  if (!rows[0]) throw new Error('the provider has no goal');
  const date = new Date(Date.parse(`${districtToday()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { goal: rows[0], iepId: rows[0].iep_id, date };
}
/** The next save of a goal: its baseline names the version it was written on, so every save changes it. */
function saveVariables(part) {
  return { input: { partId: part.id, baseVersion: part.version, content: { ...part.content, baseline: `Baseline measured before version ${part.version + 1}` } } };
}

export const scenarios = [
  {
    // What any signed-in request costs before it reads anything: HTTP, the session check, Apollo, the
    // guards and the response, with no resolver of its own. Every other line's cost is on top of this one.
    name: 'floor: { __typename } (signed in)',
    as: 'caseManager',
    query: `query BenchFloor { __typename }`,
    summarize: (data) => {
      if (data?.__typename !== 'Query') throw new Error(`__typename returned ${JSON.stringify(data)}`);
      return { answers: 1 };
    },
    // The session check's own read, the one statement such a request makes.
    raw: async (db, ctx) =>
      (await db.query(`SELECT u.id, u.role, u.district_id, u.display_name, u.email, u.locale FROM users u WHERE u.id = $1 AND u.active`, [ctx.user.id])).rows,
    summarizeRaw: (rows) => ({ answers: rows.length }),
  },
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
  {
    // The draft editor's document as the page loads it: 59 parts with their comment-thread counts, quality
    // checks, 10 proposals with their diffs and the student's first name; the 1,000 revisions stay in the
    // database until someone opens a part's history, and a part's threads until its panel opens (`iep-comments`).
    name: 'iep-document',
    as: 'caseManager',
    query: IEP_DOCUMENT_QUERY,
    variables: () => ({ iepId: LARGE_IEP.iepId }),
    summarize: (data) => {
      const iep = data?.iep;
      if (iep?.id !== LARGE_IEP.iepId || !iep.canEdit) throw new Error(`iep returned ${JSON.stringify(iep)?.slice(0, 200)}`);
      if (!iep.qualityChecks.some((issue) => issue.code === 'ESY_DECISION_MISSING')) throw new Error('quality checks missing');
      if (iep.studentFirstName !== 'Jordan') throw new Error(`studentFirstName returned ${JSON.stringify(iep.studentFirstName)}`);
      return { parts: iep.parts.length, suggestions: iep.suggestions.length, threads: iep.parts.reduce((sum, p) => sum + p.threadCount, 0) };
    },
    raw: async (db, ctx) => {
      const [iep] = (await db.query(
        `SELECT i.id, i.status, i.kind, i.student_id, i.derived_from_iep_id, i.shared_with_family_at, i.case_manager_id,
                cm.display_name AS case_manager, s.first_name, s.date_of_birth, d.state_code, v.seen_revision_id
           FROM ieps i JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id
           LEFT JOIN users cm ON cm.id = i.case_manager_id
           LEFT JOIN iep_views v ON v.iep_id = i.id AND v.user_id = $1
          WHERE i.id = $2 AND EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $1)`,
        [ctx.user.id, LARGE_IEP.iepId])).rows;
      const parts = (await db.query(
        `SELECT p.id, p.kind, p.position, p.content, p.version, p.unchanged_since_copy, p.updated_at, u.id AS editor_id, u.display_name,
                EXISTS (SELECT 1 FROM iep_part_revisions r WHERE r.part_id = p.id AND r.id > $2 AND r.author_id IS DISTINCT FROM $3) AS changed,
                coalesce(tc.threads, 0) AS threads, coalesce(tc.open, 0) AS open_threads
           FROM iep_parts p LEFT JOIN users u ON u.id = p.updated_by_id
           LEFT JOIN (SELECT part_id, count(*)::int AS threads, (count(*) FILTER (WHERE resolved_at IS NULL))::int AS open
                        FROM iep_comment_threads WHERE iep_id = $1 GROUP BY part_id) tc ON tc.part_id = p.id
          WHERE p.iep_id = $1 AND p.removed_at IS NULL ORDER BY p.kind, p.position`, [iep.id, iep.seen_revision_id ?? 0, ctx.user.id])).rows;
      const suggestions = (await db.query(
        `SELECT s.*, r.content AS base_content, u.display_name, d.display_name AS decided_by FROM iep_suggestions s
           LEFT JOIN iep_part_revisions r ON r.part_id = s.part_id AND r.version = s.base_version
           JOIN users u ON u.id = s.proposer_id LEFT JOIN users d ON d.id = s.decided_by_id
          WHERE s.iep_id = $1 ORDER BY s.created_at`, [iep.id])).rows;
      return { parts, suggestions };
    },
    summarizeRaw: (rows) => ({
      parts: rows.parts.length, suggestions: rows.suggestions.length, threads: rows.parts.reduce((sum, p) => sum + p.threads, 0),
    }),
  },
  {
    // The comments panel of one part as it opens: the part with the most threads (10 threads, 100 comments
    // with their authors and mentions), and who may be mentioned.
    name: 'iep-comments',
    as: 'caseManager',
    query: IEP_COMMENTS_QUERY,
    prepare: async (db) => {
      const { rows } = await db.query(
        `SELECT part_id, count(*)::int AS threads FROM iep_comment_threads WHERE iep_id = $1 AND part_id IS NOT NULL
          GROUP BY part_id ORDER BY count(*) DESC, part_id LIMIT 1`, [LARGE_IEP.iepId]);
      if (!rows[0]) throw new Error('the large IEP has no comment threads');
      return { partId: rows[0].part_id, threads: rows[0].threads };
    },
    variables: (ctx) => ({ iepId: LARGE_IEP.iepId, partId: ctx.params.partId }),
    summarize: (data, ctx) => {
      const iep = data?.iep;
      if (iep?.id !== LARGE_IEP.iepId) throw new Error(`iep returned ${JSON.stringify(iep)?.slice(0, 200)}`);
      if (iep.commentThreads.length !== ctx.params.threads || iep.commentThreads.some((t) => t.partId !== ctx.params.partId)) {
        throw new Error(`commentThreads(partId) returned ${iep.commentThreads.length} threads, expected ${ctx.params.threads} of that part`);
      }
      const comments = iep.commentThreads.flatMap((t) => t.comments);
      return {
        threads: iep.commentThreads.length,
        comments: comments.length,
        mentions: comments.reduce((sum, c) => sum + c.mentions.length, 0),
        people: iep.mentionablePeople.length,
      };
    },
    raw: async (db, ctx) => {
      const [iep] = (await db.query(
        `SELECT i.id FROM ieps i WHERE i.id = $2 AND EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $1)`,
        [ctx.user.id, LARGE_IEP.iepId])).rows;
      const threads = (await db.query(
        `SELECT t.*, c.display_name AS created_by, a.display_name AS assignee, r.display_name AS resolved_by FROM iep_comment_threads t
           JOIN users c ON c.id = t.created_by_id LEFT JOIN users a ON a.id = t.assignee_id LEFT JOIN users r ON r.id = t.resolved_by_id
          WHERE t.iep_id = $1 AND t.part_id = $2 ORDER BY t.created_at, t.id`, [iep.id, ctx.params.partId])).rows;
      const comments = (await db.query(
        `SELECT c.id, c.thread_id, c.body, c.created_at, u.id AS author_id, u.display_name,
                (SELECT json_agg(json_build_object('id', mu.id, 'displayName', mu.display_name) ORDER BY mu.display_name)
                   FROM iep_comment_mentions m JOIN users mu ON mu.id = m.user_id WHERE m.comment_id = c.id) AS mentions
           FROM iep_comments c JOIN users u ON u.id = c.author_id
          WHERE c.thread_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`, [threads.map((t) => t.id)])).rows;
      const people = (await db.query(
        `SELECT DISTINCT u.id, u.display_name FROM users u
          WHERE u.active AND u.id IN (SELECT user_id FROM iep_team_members WHERE iep_id = $1
                                      UNION SELECT case_manager_id FROM ieps WHERE id = $1
                                      UNION SELECT g.user_id FROM ieps i JOIN guardianships g ON g.student_id = i.student_id WHERE i.id = $1)`,
        [iep.id])).rows;
      return { threads, comments, people };
    },
    summarizeRaw: (rows) => ({
      threads: rows.threads.length,
      comments: rows.comments.length,
      mentions: rows.comments.reduce((sum, c) => sum + (c.mentions?.length ?? 0), 0),
      people: rows.people.length,
    }),
  },
  {
    // A section save as the page sends it (SaveIepPart of part-section.tsx): UPDATE … WHERE version, its
    // revision and its audit row in one transaction. Each connection (and each raw client) edits a goal of
    // its own, so no save is refused as stale.
    name: 'iep-save',
    as: 'caseManager',
    query: IEP_SAVE_QUERY,
    prepare: async (db) => {
      const { rows } = await db.query(
        `SELECT id, version, content FROM iep_parts WHERE iep_id = $1 AND kind = 'GOAL' ORDER BY position`, [LARGE_IEP.iepId]);
      if (rows.length < 25) throw new Error('the large IEP has too few goals');
      // The warm-up and the measured run each get goals of their own: autocannon stops with saves in
      // flight whose answers it never reads, so a goal used in one run has an unknown version after it.
      return { check: rows[0], apiRuns: [rows.slice(1, 9), rows.slice(9, 17)], rawParts: rows.slice(17, 25), rawNext: 0, rawPartOf: new WeakMap() };
    },
    variables: (ctx) => saveVariables(ctx.params.check),
    // Each connection owns one goal and saves it on the version its previous save returned.
    setupClient: (ctx, headers) => {
      const parts = ctx.params.apiRuns.shift();
      if (!parts) throw new Error('iep-save has goals for two runs (warm-up and measured) only');
      let next = 0;
      return (client) => {
        const part = parts[next++ % parts.length];
        const body = () => JSON.stringify({ query: IEP_SAVE_QUERY, variables: saveVariables(part) });
        client.setRequests([{
          method: 'POST',
          path: '/graphql',
          headers,
          body: body(),
          onResponse: (_status, text) => {
            try {
              const version = JSON.parse(text)?.data?.saveIepPart?.version;
              if (version) part.version = version;
            } catch {
              // not JSON: autocannon counts it as a failure through verifyBody
            }
            client.setBody(body());
          },
        }]);
      };
    },
    summarize: (data, ctx) => {
      const saved = data?.saveIepPart;
      if (saved?.id !== ctx.params.check.id || saved.version !== ctx.params.check.version + 1) throw new Error(`saveIepPart returned ${JSON.stringify(saved)}`);
      ctx.params.check.version = saved.version;
      return { saves: 1 };
    },
    raw: async (db, ctx) => {
      let part = ctx.params.rawPartOf.get(db);
      if (!part) {
        part = ctx.params.rawParts[ctx.params.rawNext++];
        ctx.params.rawPartOf.set(db, part);
      }
      await db.query('BEGIN');
      try {
        const { rows } = await db.query(
          `WITH upd AS (
             UPDATE iep_parts SET content = $3::jsonb, version = version + 1, unchanged_since_copy = false, updated_by_id = $4, updated_at = now()
              WHERE id = $1 AND version = $2 AND removed_at IS NULL RETURNING *),
           rev AS (
             INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id)
             SELECT id, iep_id, version, content, 'EDITED', $4 FROM upd)
           SELECT id, version FROM upd`,
          [part.id, part.version, JSON.stringify(saveVariables(part).input.content), ctx.user.id]);
        if (!rows[0]) throw new Error('stale version in the raw baseline');
        await db.query(
          `INSERT INTO audit_events (event, actor_id, actor_role, student_id, iep_id, ip, user_agent, data)
           VALUES ('IEP_PART_SAVED', $1, 'SPECIAL_EDUCATION_TEACHER', $2, $3, '127.0.0.1', 'bench', $4::jsonb)`,
          [ctx.user.id, LARGE_IEP.studentId, LARGE_IEP.iepId, JSON.stringify({ partId: part.id, kind: 'GOAL', version: rows[0].version, suggestionId: null })]);
        await db.query('COMMIT');
        part.version = rows[0].version;
        return rows;
      } catch (error) {
        await db.query('ROLLBACK');
        throw error;
      }
    },
    summarizeRaw: (rows) => ({ saves: rows.length }),
  },
  // The worker delivering 100,000 due reminders (BENCH_REMINDERS) to a no-op e-mail transport.
  { name: 'reminder-sweep', custom: runReminderSweep },
  { name: 'roster-import', custom: runRosterImport },
  { name: 'recovery: reminders after key loss', custom: runReminderRecovery },
  { name: 'recovery: 20,000 unsent e-mails', custom: runMailRecovery },
  {
    name: 'compliance-dashboard (district rep, 200,000 IEPs)',
    as: 'complianceRep',
    data: 'compliance',
    query: COMPLIANCE_QUERY,
    prepare: async () => {
      const sql = await complianceSql();
      return { summary: sql.summarySql(false), overduePage: sql.OVERDUE_PAGE_SQL };
    },
    summarize: (data) => {
      const d = data?.complianceDashboard;
      if (!d?.totals || !Array.isArray(d.overdue?.nodes)) throw new Error(`complianceDashboard returned ${JSON.stringify(d)?.slice(0, 200)}`);
      if (d.overdue.nodes.length === 0) throw new Error('the overdue list is empty');
      return { overdue: d.totals.overdue, listed: d.overdue.nodes.length, schools: d.bySchool.length, caseManagers: d.byCaseManager.length };
    },
    // The two statements the API sends for the same view: the counts, and the first page of the overdue list.
    raw: async (db, ctx) => {
      const params = [ctx.user.districtId, null, null, null];
      const summary = (await db.query(ctx.params.summary, params)).rows[0];
      const page = (await db.query(ctx.params.overduePage, [...params, null, null, 26])).rows;
      return { summary, page };
    },
    summarizeRaw: ({ summary, page }) => ({
      overdue: summary.byKind.reduce((sum, k) => sum + k.overdue, 0),
      listed: Math.min(page.length, 25),
      schools: summary.schools.length,
      caseManagers: summary.caseManagers.length,
    }),
  },
  {
    // The district's "services under-delivered": every service in force over its own last four school weeks.
    name: 'service-delivery-dashboard (district rep, 20,000 services × BENCH_SCALE)',
    as: 'servicesRep',
    data: 'services',
    query: SERVICE_DASHBOARD_QUERY,
    prepare: async (db, ctx) => {
      const sql = await serviceDeliverySql();
      const { rows } = await db.query(`SELECT id FROM schools WHERE district_id = $1`, [ctx.user.districtId]);
      const today = districtToday();
      // The bench district has no calendar: every weekday is a school day, as the API counts it then.
      const days = sql.dashboardDays(rows.map((r) => ({ schoolId: r.id, isSchoolDay: () => true })), today);
      return { statement: sql.DASHBOARD_STATEMENT, params: [ctx.user.districtId, today, JSON.stringify(days), null, null, null, 0.9, 100] };
    },
    summarize: (data) => {
      const d = data?.serviceDeliveryDashboard;
      if (!d || d.underDelivered === 0 || d.rows.length === 0) throw new Error(`serviceDeliveryDashboard returned ${JSON.stringify(d)?.slice(0, 200)}`);
      return { services: d.services, underDelivered: d.underDelivered, listed: d.rows.length, groups: d.groups.length };
    },
    raw: async (db, ctx) => (await db.query(ctx.params.statement, ctx.params.params)).rows[0].dashboard,
    summarizeRaw: (d) => ({ services: d.services, underDelivered: d.underDelivered, listed: d.rows.length, groups: d.groups.length }),
  },
  {
    // A provider logging one session: the policy checked in the INSERT, a fresh idempotency key each time.
    name: 'record-service-session (provider)',
    as: 'provider',
    data: 'services',
    query: RECORD_SESSION_QUERY,
    prepare: async (db, ctx) => {
      const { rows } = await db.query(
        `SELECT p.id, p.iep_id, i.student_id, s.school_id, s.district_id FROM iep_parts p JOIN ieps i ON i.id = p.iep_id JOIN students s ON s.id = i.student_id
          WHERE p.assignee_id = $1 AND p.kind = 'SERVICE' LIMIT 1`, [ctx.user.id]);
      const today = districtToday();
      const date = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      return { serviceId: rows[0].id, service: rows[0], date };
    },
    variables: (ctx) => ({ input: sessionInput(ctx) }),
    setupClient: (ctx, headers) => (client) => {
      const body = () => JSON.stringify({ query: RECORD_SESSION_QUERY, variables: { input: sessionInput(ctx) } });
      client.setRequests([{ method: 'POST', path: '/graphql', headers, body: body(), onResponse: () => client.setBody(body()) }]);
    },
    summarize: (data) => {
      if (!data?.recordServiceSession?.id) throw new Error(`recordServiceSession returned ${JSON.stringify(data)}`);
      return { recorded: 1 };
    },
    // What a hand-written server would send: the insert with a team check, its revision and its audit row, one statement.
    raw: async (db, ctx) => {
      const s = ctx.params.service;
      const { rows } = await db.query(
        `WITH x AS (
           INSERT INTO service_sessions (service_id, iep_id, student_id, school_id, district_id, session_date, minutes, group_size, location, goal_ids,
                                         status, note, provider_id, idempotency_key, updated_by_id)
           SELECT $1, $2, $3, $4, $5, $6::date, 30, 3, 'Speech room', '{}', 'DELIVERED', '', $7, $8, $7
            WHERE EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = $2 AND m.user_id = $7)
           ON CONFLICT ON CONSTRAINT service_sessions_idempotency_key DO NOTHING RETURNING *),
         rev AS (INSERT INTO service_session_revisions (session_id, version, content, change, author_id)
                 SELECT x.id, 1, jsonb_build_object('minutes', x.minutes), 'RECORDED', $7 FROM x),
         audit AS (INSERT INTO audit_events (event, actor_id, actor_role, student_id, iep_id, ip, user_agent, data)
                   SELECT 'SERVICE_SESSION_RECORDED', $7, 'SPECIALIST', $3, $2, '127.0.0.1', 'bench', jsonb_build_object('sessionId', x.id) FROM x)
         SELECT x.id FROM x`,
        [s.id, s.iep_id, s.student_id, s.school_id, s.district_id, ctx.params.date, ctx.user.id, randomUUID()]);
      return rows;
    },
    summarizeRaw: (rows) => ({ recorded: rows.length }),
  },
  {
    // A student's progress page: every goal with its measure, data points, trend and flags.
    name: 'progress-page (provider)',
    as: 'provider',
    data: 'services',
    query: IEP_PROGRESS_QUERY,
    prepare: providerGoal,
    variables: (ctx) => ({ iepId: ctx.params.iepId }),
    summarize: (data) => {
      const goals = data?.iepProgress;
      if (!Array.isArray(goals) || goals.length === 0) throw new Error(`iepProgress returned ${JSON.stringify(data)?.slice(0, 200)}`);
      return { goals: goals.length, points: goals.reduce((sum, goal) => sum + goal.points.length, 0) };
    },
    // The IEP with the caller's access, its goals, their points and their flag acknowledgments.
    raw: async (db, ctx) => {
      const [iep] = (await db.query(
        `SELECT i.id, i.status, s.first_name FROM ieps i JOIN students s ON s.id = i.student_id
          WHERE i.id = $1 AND EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $2)`, [ctx.params.iepId, ctx.user.id])).rows;
      const goals = (await db.query(
        `SELECT p.id, p.position, p.content, p.assignee_id FROM iep_parts p WHERE p.iep_id = $1 AND p.kind = 'GOAL' AND p.removed_at IS NULL ORDER BY p.position`, [iep.id])).rows;
      const ids = goals.map((goal) => goal.id);
      const points = (await db.query(
        `SELECT g.id, g.part_id, g.value::float8 AS value, g.observed_on, g.setting, g.note, g.version, u.display_name
           FROM goal_data_points g JOIN users u ON u.id = g.recorded_by_id WHERE g.part_id = ANY($1::uuid[]) ORDER BY g.observed_on, g.recorded_at, g.id`, [ids])).rows;
      const acknowledgments = (await db.query(
        `SELECT a.id, a.part_id, a.rule, a.through_date, a.note FROM goal_flag_acknowledgments a WHERE a.part_id = ANY($1::uuid[])`, [ids])).rows;
      return { goals, points, acknowledgments };
    },
    summarizeRaw: (rows) => ({ goals: rows.goals.length, points: rows.points.length }),
  },
  {
    name: 'record-goal-data-point (provider)',
    as: 'provider',
    data: 'services',
    query: RECORD_POINT_QUERY,
    prepare: providerGoal,
    variables: (ctx) => ({ input: pointInput(ctx) }),
    setupClient: (ctx, headers) => (client) => {
      const body = () => JSON.stringify({ query: RECORD_POINT_QUERY, variables: { input: pointInput(ctx) } });
      client.setRequests([{ method: 'POST', path: '/graphql', headers, body: body(), onResponse: () => client.setBody(body()) }]);
    },
    summarize: (data) => {
      if (!data?.recordGoalDataPoint?.id) throw new Error(`recordGoalDataPoint returned ${JSON.stringify(data)}`);
      return { recorded: 1 };
    },
    // What a hand-written server would send: the insert with a team check, its revision and its audit row, one statement.
    raw: async (db, ctx) => {
      const { rows } = await db.query(
        `WITH ins AS (
           INSERT INTO goal_data_points (part_id, iep_id, value, observed_on, setting, note, idempotency_key, recorded_by_id, updated_by_id)
           SELECT $1, $2, 65, $3::date, 'Speech room', '', $4, $5, $5
            WHERE EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = $2 AND m.user_id = $5)
           ON CONFLICT (recorded_by_id, idempotency_key) DO NOTHING RETURNING *),
         rev AS (INSERT INTO goal_data_point_revisions (point_id, version, value, observed_on, setting, note, author_id)
                 SELECT id, version, value, observed_on, setting, note, recorded_by_id FROM ins),
         audit AS (INSERT INTO audit_events (event, actor_id, actor_role, student_id, iep_id, ip, user_agent, data)
                   SELECT 'GOAL_DATA_POINT_RECORDED', $5, 'SPECIALIST', NULL, $2, '127.0.0.1', 'bench', jsonb_build_object('pointId', ins.id) FROM ins)
         SELECT ins.id FROM ins`,
        [ctx.params.goal.id, ctx.params.iepId, ctx.params.date, randomUUID(), ctx.user.id]);
      return rows;
    },
    summarizeRaw: (rows) => ({ recorded: rows.length }),
  },
  // Run after the dashboard, whose counts it would change.
  { name: 'reporting-period deadlines (district admin, 200,000 IEPs)', data: 'compliance', api: true, custom: runReportingPeriodGeneration },
];
