import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, demoPartId, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi, zipEntries } from '@iep/api/testing';
import { ProgressReportDeadlinesService } from '@iep/api/deadlines';
import { contentDigest, planReminders, type ExistingReminder } from '@iep/domain';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, IepLifecycleService, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA = iep('401');
const SOFIA = iep('405');
const AVA = iep('407');
/** Maya's reading goal: nobody's assignment, so the case manager's. */
const READING = demoPartId(MAYA, 100);
/** Maya's speech goal, assigned to the SLP. */
const SPEECH = demoPartId(MAYA, 101);
const SOFIA_GOAL = demoPartId(SOFIA, 100);

const SAVE_PERIOD = `mutation($input: SaveReportingPeriodInput!) { saveReportingPeriod(input: $input) { period { id name firstDay lastDay version } deadlinesWritten } }`;
const REPORTS = `query($id: ID!) {
  iepProgressReports(iepId: $id) {
    id status dueDate digest sentAt sentBy { id } readAt readBy { id } viewerCanSend viewerCanConfirmRead
    period { id name firstDay lastDay }
    entries { partId code narrative version viewerCanWrite updatedBy { id }
      progress { partId annualGoal points { value observedOn } trend { slopePerWeek } flags { rule } measure { kind target } }
      questions { id body author { id } } }
  }
}`;
const SAVE_ENTRY = `mutation($input: SaveProgressReportEntryInput!) { saveProgressReportEntry(input: $input) { partId code narrative version updatedBy { id } } }`;
const SEND = `mutation($iep: ID!, $period: ID!) { sendProgressReport(iepId: $iep, periodId: $period) { id status digest sentBy { id } entries { partId code } } }`;
const MARK_READ = `mutation($id: ID!) { markProgressReportRead(reportId: $id) { id readAt readBy { id } viewerCanConfirmRead } }`;
const ASK = `mutation($input: AskProgressReportQuestionInput!) { askProgressReportQuestion(input: $input) { id partId body author { id } } }`;

interface Entry { partId: string; code: string | null; narrative: string; version: number; viewerCanWrite: boolean; updatedBy: { id: string } | null; questions: Array<{ body: string; author: { id: string } }> }
interface Report {
  id: string | null; status: string; dueDate: string; digest: string | null; readAt: string | null; readBy: { id: string } | null;
  viewerCanSend: boolean; viewerCanConfirmRead: boolean; period: { id: string; name: string }; entries: Entry[];
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/** Each page's text, as a PDF reader (pdf.js, through unpdf) finds it. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return (text as string[]).map((page) => page.replace(/\s+/g, ' '));
}

const RAW_CODE = /\b(?:[A-Z]{2,}_[A-Z_]+)\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('progress reports to families (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  type Who = 'admin' | 'rep' | 'caseManager' | 'caseManager2' | 'slp' | 'teacher' | 'parent' | 'parentEs' | 'other' | 'otherAdmin';
  const clients = {} as Record<Who, GraphQLTestClient>;
  let q1: string;

  const query = async <T>(sql: string, params: unknown[] = []) => (await api.db.query(sql, params)) as T[];
  const count = async (sql: string, params: unknown[] = []) => (await query<{ n: number }>(sql, params))[0]!.n;
  const denials = (operation: string) => count(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = $1`, [operation]);
  const reports = async (who: Who, iepId = MAYA) => {
    const result = await clients[who].request<{ iepProgressReports: Report[] }>(REPORTS, { id: iepId });
    expect(result.errors).toBeUndefined();
    return result.data!.iepProgressReports;
  };
  const save = (who: Who, input: Record<string, unknown>) =>
    clients[who].request<{ saveProgressReportEntry: Entry }>(SAVE_ENTRY, { input: { iepId: MAYA, periodId: q1, ...input } });

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    const accounts: Record<Who, string> = {
      admin: DEMO_USERS.admin.email, rep: DEMO_USERS.districtRep.email, caseManager: DEMO_USERS.caseManager.email, caseManager2: DEMO_USERS.caseManager2.email,
      slp: DEMO_USERS.slp.email, teacher: DEMO_USERS.teacher.email, parent: DEMO_USERS.parent.email, parentEs: DEMO_USERS.parentEs.email,
      other: OTHER_DISTRICT.users.caseManager.email, otherAdmin: OTHER_DISTRICT.users.admin.email,
    };
    for (const [name, email] of Object.entries(accounts)) {
      const client = new GraphQLTestClient(api.url);
      expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
      clients[name as Who] = client;
    }
  });
  afterAll(() => api.close());

  it('keeps the district\'s reporting periods and gives each ACTIVE IEP of the period its PROGRESS_REPORT deadline, with the domain\'s reminder plan', async () => {
    const saved = await clients.admin.request<{ saveReportingPeriod: { period: { id: string; version: number }; deadlinesWritten: number } }>(SAVE_PERIOD, {
      input: { name: 'Quarter 1', firstDay: '2026-08-24', lastDay: '2026-10-30' },
    });
    expect(saved.errors).toBeUndefined();
    q1 = saved.data!.saveReportingPeriod.period.id;
    // Every IEP in force in the demo district has a year that overlaps the quarter; the draft, proposed and superseded ones have none.
    const active = await count(`SELECT count(*)::int AS n FROM ieps i JOIN students s ON s.id = i.student_id WHERE s.district_id = $1 AND i.status = 'ACTIVE'`,
      [DEMO_DISTRICT.id]);
    expect(saved.data!.saveReportingPeriod.deadlinesWritten).toBe(active);
    const deadlines = await query<{ id: string; iep_id: string; due: string; responsible_user_id: string; event: string; status: string }>(
      `SELECT d.id, d.iep_id, to_char(d.due_date, 'YYYY-MM-DD') AS due, to_char(d.event_date, 'YYYY-MM-DD') AS event, d.responsible_user_id, i.status
         FROM deadlines d JOIN ieps i ON i.id = d.iep_id WHERE d.reporting_period_id = $1 ORDER BY d.iep_id`, [q1]);
    expect(deadlines).toHaveLength(active);
    expect(new Set(deadlines.map((d) => d.status))).toEqual(new Set(['ACTIVE']));
    const byIep = new Map(deadlines.map((d) => [d.iep_id, [d.event, d.due, d.responsible_user_id]]));
    expect([MAYA, SOFIA, AVA].map((id) => byIep.get(id))).toEqual([
      ['2026-08-24', '2026-10-30', DEMO_USERS.caseManager.id],
      ['2026-08-24', '2026-10-30', DEMO_USERS.caseManager2.id],
      ['2026-08-24', '2026-10-30', DEMO_USERS.caseManager2.id],
    ]);
    expect(byIep.has(iep('402'))).toBe(false);
    expect(byIep.has(iep('404'))).toBe(false);
    // The set-based reminders are exactly the rows planReminders plans for each deadline.
    const [{ today }] = await query<{ today: string }>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    for (const deadline of deadlines) {
      const rows = await query<{ recipientUserId: string; offsetDays: number; dueOn: string; kind: string }>(
        `SELECT recipient_user_id AS "recipientUserId", offset_days AS "offsetDays", to_char(due_on, 'YYYY-MM-DD') AS "dueOn", kind
           FROM reminders WHERE deadline_id = $1 AND state = 'PENDING' ORDER BY offset_days DESC, recipient_user_id`, [deadline.id]);
      const plan = planReminders({
        dueDate: deadline.due, today, remindUserIds: [deadline.responsible_user_id], escalateUserIds: [DEMO_USERS.districtRep.id], existing: [] as ExistingReminder[],
      });
      const planned = plan.upsert.map((r) => ({ recipientUserId: r.recipientUserId, offsetDays: r.offsetDays, dueOn: r.dueOn, kind: r.kind }))
        .sort((a, b) => b.offsetDays - a.offsetDays || a.recipientUserId.localeCompare(b.recipientUserId));
      expect(rows).toEqual(planned);
      expect(rows.length).toBeGreaterThan(0);
    }
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'REPORTING_PERIOD_SAVED' AND actor_id = $1`, [DEMO_USERS.admin.id])).toBe(1);
  });

  it('moves the open deadlines when the period moves, on the version read; refuses overlaps, stale edits and anyone but the district\'s administrators', async () => {
    const moved = await clients.admin.request<{ saveReportingPeriod: { period: { version: number; lastDay: string }; deadlinesWritten: number } }>(SAVE_PERIOD, {
      input: { id: q1, version: 1, name: 'Quarter 1', firstDay: '2026-08-24', lastDay: '2026-11-06' },
    });
    expect(moved.errors).toBeUndefined();
    const open = await count(`SELECT count(*)::int AS n FROM deadlines WHERE reporting_period_id = $1`, [q1]);
    expect(moved.data!.saveReportingPeriod).toMatchObject({ period: { version: 2, lastDay: '2026-11-06' }, deadlinesWritten: open });
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE reporting_period_id = $1 AND due_date = '2026-11-06'`, [q1])).toBe(open);
    // Saving it unchanged writes nothing.
    const again = await clients.admin.request<{ saveReportingPeriod: { deadlinesWritten: number } }>(SAVE_PERIOD, {
      input: { id: q1, version: 2, name: 'Quarter 1', firstDay: '2026-08-24', lastDay: '2026-11-06' },
    });
    expect(again.data!.saveReportingPeriod.deadlinesWritten).toBe(0);
    expect(code(await clients.admin.request(SAVE_PERIOD, { input: { id: q1, version: 1, name: 'Q1', firstDay: '2026-08-24', lastDay: '2026-11-06' } }))).toBe('CONFLICT');
    expect(code(await clients.admin.request(SAVE_PERIOD, { input: { name: 'Overlap', firstDay: '2026-11-06', lastDay: '2027-01-22' } }))).toBe('BAD_USER_INPUT');
    expect(code(await clients.admin.request(SAVE_PERIOD, { input: { name: 'Backwards', firstDay: '2027-01-22', lastDay: '2026-11-09' } }))).toBe('BAD_USER_INPUT');
    expect(code(await clients.admin.request(SAVE_PERIOD, { input: { name: 'Not a day', firstDay: '2027-02-30', lastDay: '2027-03-01' } }))).toBe('BAD_USER_INPUT');
    expect(code(await clients.caseManager.request(SAVE_PERIOD, { input: { name: 'Q2', firstDay: '2026-11-09', lastDay: '2027-01-22' } }))).toBe('FORBIDDEN');
    // Another district's administrator does not reach this district's period.
    const before = await denials('saveReportingPeriod');
    expect(code(await clients.otherAdmin.request(SAVE_PERIOD, { input: { id: q1, version: 2, name: 'Q1', firstDay: '2026-08-24', lastDay: '2026-11-06' } }))).toBe('NOT_FOUND');
    expect(await denials('saveReportingPeriod')).toBe(before + 1);
  });

  it('lets the goal\'s assignee, the case manager and the district representative write; a stale save is a CONFLICT with the current words, none lost', async () => {
    const [draft] = await reports('caseManager');
    expect(draft).toMatchObject({ id: null, status: 'DRAFT', dueDate: '2026-11-06', viewerCanSend: true, period: { id: q1, name: 'Quarter 1' } });
    expect(draft!.entries.map((e) => [e.partId, e.code, e.version, e.viewerCanWrite])).toEqual([[READING, null, 0, true], [SPEECH, null, 0, true]]);
    expect((await reports('slp'))[0]!.entries.map((e) => e.viewerCanWrite)).toEqual([false, true]);
    expect((await reports('slp'))[0]!.viewerCanSend).toBe(false);
    // The family reads sent reports only.
    expect(await reports('parent')).toEqual([]);

    const first = await save('slp', { partId: SPEECH, baseVersion: 0, code: 'SUFFICIENT_PROGRESS', narrative: 'Maya uses' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveProgressReportEntry).toMatchObject({ code: 'SUFFICIENT_PROGRESS', narrative: 'Maya uses', version: 1, updatedBy: { id: DEMO_USERS.slp.id } });
    // Two writers on version 1 at once: one wins; the other is told the winner's words, and nothing is lost.
    const [a, b] = await Promise.all([
      save('slp', { partId: SPEECH, baseVersion: 1, code: 'SUFFICIENT_PROGRESS', narrative: 'Maya uses complete sentences in speech sessions.' }),
      save('caseManager', { partId: SPEECH, baseVersion: 1, code: 'INSUFFICIENT_PROGRESS', narrative: 'Maya uses short phrases in class.' }),
    ]);
    const results = [a, b];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(code(lost[0]!)).toBe('CONFLICT');
    expect(lost[0]!.errors![0]!.extensions!['current']).toEqual(expect.objectContaining({
      version: 2, narrative: won[0]!.data!.saveProgressReportEntry.narrative, code: won[0]!.data!.saveProgressReportEntry.code,
    }));
    // The first words stay in the history beside the winner's.
    expect(await query<{ version: number; narrative: string }>(
      `SELECT r.version, r.narrative FROM progress_report_entry_revisions r JOIN progress_report_entries e ON e.id = r.entry_id WHERE e.part_id = $1 ORDER BY r.version`, [SPEECH],
    )).toEqual([{ version: 1, narrative: 'Maya uses' }, { version: 2, narrative: won[0]!.data!.saveProgressReportEntry.narrative }]);
    // A second "first words" on a goal already written is a CONFLICT too.
    expect(code(await save('caseManager', { partId: SPEECH, baseVersion: 0, code: 'GOAL_MET', narrative: 'x' }))).toBe('CONFLICT');
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'PROGRESS_REPORT_ENTRY_SAVED' AND iep_id = $1`, [MAYA])).toBe(2);

    const before = await denials('saveProgressReportEntry');
    expect(code(await save('slp', { partId: READING, baseVersion: 0, code: 'GOAL_MET', narrative: 'x' }))).toBe('FORBIDDEN');
    expect(code(await save('teacher', { partId: SPEECH, baseVersion: 2, code: 'GOAL_MET', narrative: 'x' }))).toBe('FORBIDDEN');
    expect(code(await save('caseManager2', { partId: SPEECH, baseVersion: 2, code: 'GOAL_MET', narrative: 'x' }))).toBe('NOT_FOUND');
    expect(code(await save('other', { partId: SPEECH, baseVersion: 2, code: 'GOAL_MET', narrative: 'x' }))).toBe('NOT_FOUND');
    expect(await denials('saveProgressReportEntry')).toBe(before + 4);
    expect(code(await save('parent', { partId: SPEECH, baseVersion: 2, code: 'GOAL_MET', narrative: 'x' }))).toBe('FORBIDDEN');
    expect(code(await save('caseManager', { partId: READING, baseVersion: 0, code: 'NOT_A_CODE', narrative: 'x' }))).toBe('BAD_USER_INPUT');
    expect(code(await save('caseManager', { partId: READING, baseVersion: 0, code: 'GOAL_MET', narrative: 'x'.repeat(4001) }))).toBe('BAD_USER_INPUT');
    expect(code(await save('caseManager', { partId: READING, baseVersion: 0, code: 'GOAL_MET', narrative: 'x', periodId: iep('999') }))).toBe('BAD_USER_INPUT');
    expect(code(await save('caseManager', { partId: demoPartId(MAYA, 3), baseVersion: 0, code: 'GOAL_MET', narrative: 'x' }))).toBe('BAD_USER_INPUT');
  });

  it('sends only a complete report, by the case manager; sent, it is frozen, sealed, meets its deadline and reaches the family', async () => {
    const send = (who: Who, iepId = MAYA, period = q1) => clients[who].request<{ sendProgressReport: Report }>(SEND, { iep: iepId, period });
    expect(code(await send('slp'))).toBe('FORBIDDEN');
    expect(code(await send('parent'))).toBe('FORBIDDEN');
    expect(code(await send('caseManager2'))).toBe('NOT_FOUND');
    // The reading goal has no words yet.
    const incomplete = await send('caseManager');
    expect(code(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0]!.extensions!['missing']).toEqual([READING]);
    expect((await save('caseManager', { partId: READING, baseVersion: 0, code: 'INSUFFICIENT_PROGRESS', narrative: 'Reading rate is below the aim line.' })).errors).toBeUndefined();

    const sent = await send('caseManager');
    expect(sent.errors).toBeUndefined();
    const report = sent.data!.sendProgressReport;
    expect(report).toMatchObject({ status: 'SENT', sentBy: { id: DEMO_USERS.caseManager.id } });
    expect(report.entries.map((e) => e.code)).toEqual(['INSUFFICIENT_PROGRESS', expect.any(String)]);
    const [row] = await query<{ content: unknown; digest: string; seal: string }>(`SELECT content, digest, seal FROM progress_reports WHERE id = $1`, [report.id]);
    expect(row!.digest).toBe(contentDigest(row!.content));
    expect(report.digest).toBe(row!.digest);
    expect(api.sealer.check(['PROGRESS_REPORT', report.id!, row!.digest], row!.seal)).toBe('VALID');
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE reporting_period_id = $1 AND iep_id = $2 AND met_on = current_date`, [q1, MAYA])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
                          WHERE d.reporting_period_id = $1 AND d.iep_id = $2 AND r.state = 'PENDING'`, [q1, MAYA])).toBe(0);
    // The family is told in the app and by e-mail, in English for Maya's parent.
    const [note] = await query<{ title: string; link: string }>(`SELECT title, link FROM notifications WHERE user_id = $1 AND kind = 'PROGRESS_REPORT_SENT'`, [DEMO_USERS.parent.id]);
    expect(note).toEqual({ title: 'Progress report for Maya: Quarter 1', link: `/ieps/${MAYA}/progress-reports` });
    expect(await count(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = $1 AND subject = 'Progress report for Maya: Quarter 1'`, [DEMO_USERS.parent.email])).toBe(1);

    // Frozen: no more words, no second send, and the database refuses a rewrite whatever the application does.
    expect(code(await save('slp', { partId: SPEECH, baseVersion: 2, code: 'GOAL_MET', narrative: 'late' }))).toBe('CONFLICT');
    expect(code(await send('caseManager'))).toBe('CONFLICT');
    await expect(api.db.query(`UPDATE progress_reports SET content = '{}'::jsonb WHERE id = $1`, [report.id])).rejects.toThrow(/frozen/);
    await expect(api.db.query(`UPDATE progress_report_entries SET narrative = 'rewritten' WHERE part_id = $1`, [SPEECH])).rejects.toThrow(/frozen/);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'PROGRESS_REPORT_SENT' AND iep_id = $1`, [MAYA])).toBe(1);
  });

  it('shows the family the sent report with each goal\'s data; they mark it read and ask on a goal; staff see both', async () => {
    const [report] = await reports('parent');
    expect(report).toMatchObject({ status: 'SENT', viewerCanConfirmRead: true, viewerCanSend: false, readAt: null });
    expect(report!.entries.map((e) => [e.partId, e.viewerCanWrite])).toEqual([[READING, false], [SPEECH, false]]);
    const speech = report!.entries[1] as Entry & { progress: { measure: { kind: string } } };
    expect(speech.progress.measure.kind).toBe('PERCENT_ACCURACY');

    expect(code(await clients.teacher.request(MARK_READ, { id: report!.id }))).toBe('FORBIDDEN');
    expect(code(await clients.other.request(MARK_READ, { id: report!.id }))).toBe('FORBIDDEN');
    const read = await clients.parent.request<{ markProgressReportRead: Report }>(MARK_READ, { id: report!.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.markProgressReportRead).toMatchObject({ readBy: { id: DEMO_USERS.parent.id }, viewerCanConfirmRead: false });
    const firstReadAt = read.data!.markProgressReportRead.readAt;
    // Saying it again keeps the first receipt.
    expect((await clients.parent.request<{ markProgressReportRead: Report }>(MARK_READ, { id: report!.id })).data!.markProgressReportRead.readAt).toBe(firstReadAt);
    expect((await reports('caseManager'))[0]).toMatchObject({ readAt: firstReadAt, readBy: { id: DEMO_USERS.parent.id } });

    const asked = await clients.parent.request<{ askProgressReportQuestion: { partId: string; body: string } }>(ASK, {
      input: { reportId: report!.id, partId: SPEECH, body: '  What can we practice at home?  ' },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.askProgressReportQuestion).toMatchObject({ partId: SPEECH, body: 'What can we practice at home?' });
    const answered = await clients.slp.request(ASK, { input: { reportId: report!.id, partId: SPEECH, body: 'Naming pictures in full sentences.' } });
    expect(answered.errors).toBeUndefined();
    expect((await reports('caseManager'))[0]!.entries[1]!.questions.map((q) => [q.author.id, q.body])).toEqual([
      [DEMO_USERS.parent.id, 'What can we practice at home?'], [DEMO_USERS.slp.id, 'Naming pictures in full sentences.'],
    ]);
    // The case manager and the goal's provider hear about the question.
    expect(await count(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'PROGRESS_REPORT_QUESTION' AND user_id = ANY($1::uuid[])`,
      [[DEMO_USERS.caseManager.id, DEMO_USERS.slp.id]])).toBe(3);
    expect(code(await clients.parent.request(ASK, { input: { reportId: report!.id, partId: demoPartId(MAYA, 3), body: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(code(await clients.parent.request(ASK, { input: { reportId: report!.id, partId: SPEECH, body: '   ' } }))).toBe('BAD_USER_INPUT');
    const before = await denials('askProgressReportQuestion');
    expect(code(await clients.other.request(ASK, { input: { reportId: report!.id, partId: SPEECH, body: 'x' } }))).toBe('NOT_FOUND');
    expect(code(await clients.caseManager2.request(ASK, { input: { reportId: report!.id, partId: SPEECH, body: 'x' } }))).toBe('NOT_FOUND');
    expect(await denials('askProgressReportQuestion')).toBe(before + 2);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event IN ('PROGRESS_REPORT_READ', 'PROGRESS_REPORT_QUESTION_ASKED') AND iep_id = $1`, [MAYA])).toBe(3);
  });

  it('tells a Spanish-reading family in Spanish, in the app and by e-mail', async () => {
    const entry = await clients.caseManager2.request(SAVE_ENTRY, {
      input: { iepId: SOFIA, periodId: q1, partId: SOFIA_GOAL, baseVersion: 0, code: 'SUFFICIENT_PROGRESS', narrative: 'Sofía escribe párrafos con evidencia.' },
    });
    expect(entry.errors).toBeUndefined();
    expect((await clients.caseManager2.request(SEND, { iep: SOFIA, period: q1 })).errors).toBeUndefined();
    const [note] = await query<{ title: string }>(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'PROGRESS_REPORT_SENT'`, [DEMO_USERS.parentEs.id]);
    expect(note!.title).toBe('Informe de progreso de Sofía: Quarter 1');
    expect(await count(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = $1 AND subject = 'Informe de progreso de Sofía: Quarter 1'`, [DEMO_USERS.parentEs.email])).toBe(1);
    expect((await reports('parentEs', SOFIA)).map((r) => [r.status, r.entries[0]!.code])).toEqual([['SENT', 'SUFFICIENT_PROGRESS']]);
  });

  it('serves a sent report as a PDF in the reader\'s language to whoever may read it, attaches it to the e-mail and puts it in the records export', async () => {
    const download = (path: string, who?: Who) => fetch(`${api.url}${path}`, { headers: who ? { cookie: clients[who].sessionCookie! } : {} });
    const [report] = await reports('parent');
    const path = `/documents/progress-reports/${report!.id}.pdf`;
    const mine = await download(path, 'parent');
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toBe('attachment; filename="progress-report-quarter-1.pdf"');
    const pages = await pdfPages(Buffer.from(await mine.arrayBuffer()));
    pages.forEach((page, index) => expect(page).toContain(`Maya Carter · Quarter 1 · Page ${index + 1} of ${pages.length}`));
    const text = pages.join(' ');
    for (const words of ['Progress report', 'Quarter 1', 'Not making enough progress to meet the goal', 'Reading rate is below the aim line.', 'Latest measurement', 'least squares']) {
      expect(text).toContain(words);
    }
    expect(text.indexOf('Goal 1')).toBeLessThan(text.indexOf('Goal 2'));
    expect(text).not.toMatch(RAW_CODE);
    expect(text).not.toMatch(ISO_DATE);
    // In Spanish when asked; the team and the district read it too.
    const spanish = (await pdfPages(Buffer.from(await (await download(`${path}?lang=es`, 'parent')).arrayBuffer()))).join(' ');
    expect(spanish).toContain('No progresa lo suficiente para alcanzar la meta');
    for (const who of ['caseManager', 'slp', 'rep', 'admin'] as const) expect({ who, status: (await download(path, who)).status }).toEqual({ who, status: 200 });
    // Nobody else: not found (audited), and not signed in is 401.
    const before = await denials('downloadProgressReportPdf');
    for (const who of ['caseManager2', 'other', 'otherAdmin'] as const) expect({ who, status: (await download(path, who)).status }).toEqual({ who, status: 404 });
    expect((await download('/documents/progress-reports/not-a-report.pdf', 'parent')).status).toBe(404);
    expect((await download(path)).status).toBe(401);
    expect(await denials('downloadProgressReportPdf')).toBe(before + 5);
    expect(await query<{ actor_id: string; data: unknown }>(
      `SELECT actor_id, data FROM audit_events WHERE event = 'PROGRESS_REPORT_DOWNLOADED' AND actor_id = $1 ORDER BY id`, [DEMO_USERS.parent.id],
    )).toEqual([{ actor_id: DEMO_USERS.parent.id, data: { reportId: report!.id, locale: 'en' } }, { actor_id: DEMO_USERS.parent.id, data: { reportId: report!.id, locale: 'es' } }]);

    // The e-mail carries the report as sent, in each reader's language.
    for (const [email, subject, words] of [
      [DEMO_USERS.parent.email, 'Progress report for Maya: Quarter 1', 'Not making enough progress to meet the goal'],
      [DEMO_USERS.parentEs.email, 'Informe de progreso de Sofía: Quarter 1', 'Progresa lo suficiente para alcanzar la meta'],
    ] as const) {
      const [mail] = await query<{ text_body: string; attachments: Array<{ filename: string; contentType: string; content: string; encoding: string }> }>(
        `SELECT text_body, attachments FROM outbound_emails WHERE to_address = $1 AND subject = $2`, [email, subject]);
      expect(mail!.attachments.map((a) => [a.filename, a.contentType, a.encoding])).toEqual([['progress-report-quarter-1.pdf', 'application/pdf', 'base64']]);
      expect((await pdfPages(Buffer.from(mail!.attachments[0]!.content, 'base64'))).join(' ')).toContain(words);
      expect(mail!.text_body).toMatch(/attached as a PDF|adjunto en PDF/);
    }

    // The export of Maya's records holds every report sent to her family.
    const REQUEST = `mutation($input: RequestRecordsInput!) { requestRecords(input: $input) { requests { id } } }`;
    const PREPARE = `mutation($input: PrepareRecordsExportInput!) { prepareRecordsExport(input: $input) { requests { id downloadUrl } } }`;
    const asked = await clients.parent.request<{ requestRecords: { requests: Array<{ id: string }> } }>(REQUEST, { input: { studentId: DEMO_STUDENTS.maya.id } });
    expect(asked.errors).toBeUndefined();
    const prepared = await clients.caseManager.request<{ prepareRecordsExport: { requests: Array<{ downloadUrl: string }> } }>(PREPARE, {
      input: { requestId: asked.data!.requestRecords.requests[0]!.id },
    });
    expect(prepared.errors).toBeUndefined();
    const zip = await zipEntries(Buffer.from(await (await download(prepared.data!.prepareRecordsExport.requests[0]!.downloadUrl, 'caseManager')).arrayBuffer()));
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as { files: Array<{ path: string; kind: string }> };
    const sentToMaya = await count(`SELECT count(*)::int AS n FROM progress_reports r JOIN ieps i ON i.id = r.iep_id WHERE i.student_id = $1 AND r.status = 'SENT'`, [DEMO_STUDENTS.maya.id]);
    const inExport = manifest.files.filter((f) => f.kind === 'PROGRESS_REPORT');
    expect(inExport).toHaveLength(sentToMaya);
    expect(inExport[0]!.path).toMatch(new RegExp(`^progress-reports/\\d{4}-\\d{2}-\\d{2}-${report!.id}\\.pdf$`));
    expect((await pdfPages(zip.get(inExport[0]!.path)!)).join(' ')).toContain('Reading rate is below the aim line.');
  });

  it('respects a family\'s choice of no progress-report e-mail', async () => {
    await api.db.query(`INSERT INTO notification_preferences (user_id, reminder_kind, deadline_kind, email) VALUES ($1, '*', 'PROGRESS_REPORT', false)`, [DEMO_USERS.parent.id]);
    const q2 = await clients.admin.request<{ saveReportingPeriod: { period: { id: string }; deadlinesWritten: number } }>(SAVE_PERIOD, {
      input: { name: 'Quarter 2', firstDay: '2026-11-09', lastDay: '2026-12-04' },
    });
    expect(q2.errors).toBeUndefined();
    const period = q2.data!.saveReportingPeriod.period.id;
    for (const [partId, version] of [[READING, 0], [SPEECH, 0]] as const) {
      expect((await clients.caseManager.request(SAVE_ENTRY, { input: { iepId: MAYA, periodId: period, partId, baseVersion: version, code: 'NOT_YET_ADDRESSED', narrative: '' } })).errors).toBeUndefined();
    }
    // A draft has no PDF yet: the team is told so, the family does not learn it exists.
    const draft = (await reports('caseManager')).find((r) => r.period.id === period)!;
    const pdfOf = (who: Who) => fetch(`${api.url}/documents/progress-reports/${draft.id}.pdf`, { headers: { cookie: clients[who].sessionCookie! } });
    expect((await pdfOf('caseManager')).status).toBe(409);
    expect((await pdfOf('parent')).status).toBe(404);
    expect((await clients.caseManager.request(SEND, { iep: MAYA, period })).errors).toBeUndefined();
    expect((await pdfOf('parent')).status).toBe(200);
    // No e-mail, so nothing to attach.
    expect(await count(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'PROGRESS_REPORT_SENT'`, [DEMO_USERS.parent.id])).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = $1 AND subject LIKE 'Progress report for Maya:%'`, [DEMO_USERS.parent.email])).toBe(1);
  });

  it('gives an IEP that comes into force the deadlines of the periods in its year, in the same transaction as the signature', async () => {
    const LEO = iep('403');
    const q3 = await clients.admin.request<{ saveReportingPeriod: { period: { id: string } } }>(SAVE_PERIOD, {
      input: { name: 'Quarter 3', firstDay: '2027-01-25', lastDay: '2027-03-26' },
    });
    expect(q3.errors).toBeUndefined();
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE iep_id = $1 AND kind = 'PROGRESS_REPORT'`, [LEO])).toBe(0);
    expect((await clients.parent.request(`mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`, {
      input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale: 'en' },
    })).errors).toBeUndefined();
    const consent = await clients.parent.request(`mutation($input: DecideOnIepInput!) { decideOnIep(input: $input) { id } }`, {
      input: { iepId: LEO, version: 1, decision: 'CONSENT', typedName: 'Alex Carter', password: DEMO_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION },
    });
    expect(consent.errors).toBeUndefined();
    const [leo] = await query<{ status: string; start: string; review: string }>(
      `SELECT status, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(annual_review_due, 'YYYY-MM-DD') AS review FROM ieps WHERE id = $1`, [LEO]);
    expect(leo!.status).toBe('ACTIVE');
    // Exactly the district's periods that overlap Leo's new year.
    const expected = await query<{ name: string }>(
      `SELECT name FROM reporting_periods WHERE district_id = $1 AND last_day >= $2::date AND ($3::date IS NULL OR first_day <= $3::date) ORDER BY first_day`,
      [DEMO_DISTRICT.id, leo!.start, leo!.review]);
    expect(expected.map((p) => p.name)).toContain('Quarter 3');
    expect(await query<{ name: string }>(
      `SELECT p.name FROM deadlines d JOIN reporting_periods p ON p.id = d.reporting_period_id WHERE d.iep_id = $1 ORDER BY p.first_day`, [LEO],
    )).toEqual(expected);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'PROGRESS_REPORT_DEADLINES_GENERATED' AND iep_id = $1 AND actor_id = $2`,
      [LEO, DEMO_USERS.parent.id])).toBe(1);
  });

  it('deletes a period no report was sent for, closing its open deadlines in the same transaction; a period with a sent report is a CONFLICT', async () => {
    const DELETE = `mutation($id: ID!, $version: Int!) { deleteReportingPeriod(id: $id, version: $version) { periodId deadlinesClosed } }`;
    const added = await clients.admin.request<{ saveReportingPeriod: { period: { id: string }; deadlinesWritten: number } }>(SAVE_PERIOD, {
      input: { name: 'Summer term', firstDay: '2026-06-01', lastDay: '2026-08-14' },
    });
    expect(added.errors).toBeUndefined();
    const period = added.data!.saveReportingPeriod.period.id;
    const written = added.data!.saveReportingPeriod.deadlinesWritten;
    expect(written).toBeGreaterThan(0);
    // A draft begun for it does not keep the period: drafts are not what families received.
    expect((await save('caseManager', { partId: READING, baseVersion: 0, code: 'GOAL_MET', narrative: 'Begun.', periodId: period })).errors).toBeUndefined();

    expect(code(await clients.caseManager.request(DELETE, { id: period, version: 1 }))).toBe('FORBIDDEN');
    const before = await denials('deleteReportingPeriod');
    expect(code(await clients.otherAdmin.request(DELETE, { id: period, version: 1 }))).toBe('NOT_FOUND');
    expect(await denials('deleteReportingPeriod')).toBe(before + 1);
    expect(code(await clients.admin.request(DELETE, { id: period, version: 2 }))).toBe('CONFLICT');

    const deleted = await clients.admin.request<{ deleteReportingPeriod: { periodId: string; deadlinesClosed: number } }>(DELETE, { id: period, version: 1 });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteReportingPeriod).toEqual({ periodId: period, deadlinesClosed: written });
    const [{ today }] = await query<{ today: string }>(
      `SELECT to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS today FROM districts WHERE id = $1`, [DEMO_DISTRICT.id]);
    expect(await query<{ state: string }>(
      `SELECT DISTINCT to_char(closed_on, 'YYYY-MM-DD') || ' ' || closed_reason AS state FROM deadlines WHERE reporting_period_id = $1`, [period],
    )).toEqual([{ state: `${today} PERIOD_DELETED` }]);
    expect(await count(`SELECT count(*)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
                         WHERE d.reporting_period_id = $1 AND r.state IN ('PENDING', 'CLAIMED')`, [period])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'DEADLINE_CLOSED' AND data->>'reason' = 'PERIOD_DELETED'`)).toBe(written);
    expect(await query<{ data: unknown }>(`SELECT data FROM audit_events WHERE event = 'REPORTING_PERIOD_DELETED'`))
      .toEqual([{ data: { periodId: period, name: 'Summer term', version: 1, closedDeadlines: written } }]);
    // Gone from the district's list and from the IEP's reports; its days are free again; a second delete finds nothing.
    const listed = await clients.admin.request<{ reportingPeriods: Array<{ id: string }> }>(`{ reportingPeriods { id } }`);
    expect(listed.data!.reportingPeriods.map((p) => p.id)).not.toContain(period);
    expect((await reports('caseManager')).map((r) => r.period.id)).not.toContain(period);
    expect(code(await clients.admin.request(DELETE, { id: period, version: 2 }))).toBe('NOT_FOUND');
    const again = await clients.admin.request<{ saveReportingPeriod: { period: { id: string; version: number } } }>(SAVE_PERIOD, {
      input: { name: 'Summer term', firstDay: '2026-06-01', lastDay: '2026-08-14' },
    });
    expect(again.errors).toBeUndefined();
    expect((await clients.admin.request(DELETE, { id: again.data!.saveReportingPeriod.period.id, version: 1 })).errors).toBeUndefined();

    // Quarter 1 went to families: it stays, with a reason the administrator can act on.
    const [{ version }] = await query<{ version: number }>(`SELECT version FROM reporting_periods WHERE id = $1`, [q1]);
    const refused = await clients.admin.request(DELETE, { id: q1, version });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'HAS_SENT_REPORTS', sent: 2 } });
    expect(refused.errors![0]!.message).toContain('"Quarter 1" cannot be deleted: 2 progress reports were already sent');
    expect(await count(`SELECT count(*)::int AS n FROM reporting_periods WHERE id = $1 AND deleted_at IS NULL`, [q1])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE reporting_period_id = $1 AND closed_on IS NOT NULL`, [q1])).toBe(0);
  });

  it('closes the open report deadlines of an IEP that leaves force, in the transaction that changes its status', async () => {
    const open = await query<{ id: string }>(
      `SELECT id FROM deadlines WHERE iep_id = $1 AND kind = 'PROGRESS_REPORT' AND met_on IS NULL AND closed_on IS NULL ORDER BY id`, [AVA]);
    expect(open.length).toBeGreaterThan(0);
    const othersOpen = await count(`SELECT count(*)::int AS n FROM deadlines WHERE iep_id = $1 AND kind <> 'PROGRESS_REPORT' AND met_on IS NULL AND closed_on IS NULL`, [AVA]);
    // Ava's annual review passed without a new IEP: the daily job expires hers.
    await api.db.query(`UPDATE ieps SET annual_review_due = current_date - 2 WHERE id = $1`, [AVA]);
    const expiry = await api.app.get(IepLifecycleService).expireLapsed();
    expect(expiry.expired).toEqual([AVA]);
    const [{ today }] = await query<{ today: string }>(
      `SELECT to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS today FROM districts WHERE id = $1`, [DEMO_DISTRICT.id]);
    expect(await query<{ id: string; state: string }>(
      `SELECT id, to_char(closed_on, 'YYYY-MM-DD') || ' ' || closed_reason AS state FROM deadlines WHERE id = ANY($1::uuid[]) ORDER BY id`, [open.map((d) => d.id)],
    )).toEqual(open.map((d) => ({ id: d.id, state: `${today} IEP_EXPIRED` })));
    // Only the reports close: the other deadlines of the lapsed IEP are the breach the dashboard shows.
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE iep_id = $1 AND kind <> 'PROGRESS_REPORT' AND met_on IS NULL AND closed_on IS NULL`, [AVA])).toBe(othersOpen);
    expect(await count(`SELECT count(*)::int AS n FROM reminders WHERE deadline_id = ANY($1::uuid[]) AND state IN ('PENDING', 'CLAIMED')`, [open.map((d) => d.id)])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'DEADLINE_CLOSED' AND iep_id = $1 AND data->>'reason' = 'IEP_EXPIRED'`, [AVA])).toBe(open.length);
    // Nothing is left to write or send on it; a period saved now owes it nothing.
    expect(await reports('caseManager2', AVA)).toEqual([]);
    const after = await clients.admin.request<{ saveReportingPeriod: { period: { id: string } } }>(SAVE_PERIOD, {
      input: { name: 'Spring term', firstDay: '2027-03-29', lastDay: '2027-05-28' },
    });
    expect(after.errors).toBeUndefined();
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE iep_id = $1 AND reporting_period_id = $2`, [AVA, after.data!.saveReportingPeriod.period.id])).toBe(0);
  });

  it('writes a period\'s PROGRESS_REPORT deadlines set-based: the same statements for one IEP as for 20,000', async () => {
    const o = OTHER_DISTRICT;
    const size = 20_000;
    const runner = api.db.createQueryRunner();
    await runner.startTransaction();
    // Loading the volume is the fixture, not the measure: no request limit applies to it.
    await runner.query(`SET LOCAL statement_timeout = 0`);
    await runner.query(`
      INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
      SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, $1, $2, 'S' || n, 'Volume', '2015-01-01', '3' FROM generate_series(1, $3::int) n`,
    [o.district.id, o.school.id, size]);
    await runner.query(`
      INSERT INTO ieps (student_id, kind, status, case_manager_id, meeting_date, start_date, annual_review_due)
      SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'INITIAL', 'ACTIVE', $1, '2026-01-12', '2026-01-20', '2027-01-11'
        FROM generate_series(1, $2::int) n`, [o.users.caseManager.id, size]);
    await runner.query(`INSERT INTO reporting_periods (district_id, name, first_day, last_day) VALUES ($1, 'Term 1', '2026-09-01', '2026-12-18')`, [o.district.id]);
    await runner.commitTransaction();
    await runner.release();
    await api.db.query(`ANALYZE students`);
    await api.db.query(`ANALYZE ieps`);
    const [{ id: period }] = await query<{ id: string }>(`SELECT id FROM reporting_periods WHERE district_id = $1`, [o.district.id]);
    const service = api.app.get(ProgressReportDeadlinesService);
    /** The statements one generation sends, and what it wrote. */
    const generate = (scope: { iepIds?: string[] }) => api.db.transaction(async (m) => {
      await m.query(`SET LOCAL statement_timeout = 0`);
      const sent: string[] = [];
      const counting = new Proxy(m, {
        get: (target, key) => (key === 'query' ? (sql: string, params?: unknown[]) => (sent.push(sql), target.query(sql, params)) : Reflect.get(target, key)),
      });
      const result = await service.generate(counting, { districtId: o.district.id, periodIds: [period], ...scope });
      return { statements: sent.length, written: result.written };
    });
    const one = await generate({ iepIds: [o.iep.id] });
    expect(one.written).toBe(1);
    const started = Date.now();
    const all = await generate({});
    const seconds = (Date.now() - started) / 1000;
    // The one IEP already has its deadline: the district-wide pass writes the other 20,000.
    expect(all.written).toBe(size);
    // One pass, not a loop: the district takes one more statement than one IEP (lifting the request's statement limit).
    expect(all.statements).toBe(one.statements + 1);
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE reporting_period_id = $1 AND due_date = '2026-12-18' AND kind = 'PROGRESS_REPORT'`, [period])).toBe(size + 1);
    // Each has its escalation (to the administrator: the district has no representative) and its case manager's reminders.
    expect(await count(`SELECT count(DISTINCT r.deadline_id)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
                         WHERE d.reporting_period_id = $1 AND r.kind = 'ESCALATION' AND r.recipient_user_id = $2`, [period, o.users.admin.id])).toBe(size + 1);
    expect(await count(`SELECT count(DISTINCT r.deadline_id)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
                         WHERE d.reporting_period_id = $1 AND r.kind = 'REMINDER' AND r.recipient_user_id = $2`, [period, o.users.caseManager.id])).toBe(size + 1);
    process.stdout.write(`PROGRESS_REPORT deadlines for ${size} IEPs in one pass: ${seconds.toFixed(1)} s\n`);
  }, 600_000);
});
