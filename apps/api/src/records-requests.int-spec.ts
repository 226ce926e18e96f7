import { createHash } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { computeDeadline, DEFAULT_DISTRICT_TIME_ZONE, IDEA_PROFILE, wallClock } from '@iep/domain';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { denials, GraphQLTestClient, signedIn, startTestApi, type GraphQLResponse, type TestApi, zipEntries } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const FIELDS = `studentId studentFirstName viewerCanRequest viewerCanPrepare
  requests { id status requestedOn requestedByName note dueDate dueExplanation dueBeforeMeeting metOn preparedByName exportBytes exportSha256 fileCount deliveredToName downloadUrl }`;
const VIEW = `query($id: ID!) { studentRecordsRequests(studentId: $id) { ${FIELDS} } }`;
const REQUEST = `mutation($input: RequestRecordsInput!) { requestRecords(input: $input) { ${FIELDS} } }`;
const PREPARE = `mutation($input: PrepareRecordsExportInput!) { prepareRecordsExport(input: $input) { ${FIELDS} } }`;
const SCHEDULE = `mutation($input: ScheduleIepMeetingInput!) { scheduleIepMeeting(input: $input) { id } }`;
const CANCEL = `mutation($meetingId: ID!, $reason: String!) { cancelIepMeeting(meetingId: $meetingId, reason: $reason) { id status } }`;

interface RecordsRequest {
  id: string; status: string; requestedOn: string; requestedByName: string; note: string; dueDate: string; dueExplanation: string; dueBeforeMeeting: string | null;
  metOn: string | null; preparedByName: string | null; exportBytes: number | null; exportSha256: string | null; fileCount: number | null;
  deliveredToName: string | null; downloadUrl: string | null;
}
interface Requests { studentId: string; studentFirstName: string; viewerCanRequest: boolean; viewerCanPrepare: boolean; requests: RecordsRequest[] }
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const DAY_MS = 86_400_000;
const MAYA = DEMO_STUDENTS.maya.id;
const SOFIA = DEMO_STUDENTS.sofia.id;
const SOFIA_ACTIVE = '00000000-0000-4000-8000-000000000405';


describe('records requests (34 CFR 300.613): a parent asks, the district answers with one ZIP, the download meets the deadline (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let parent: GraphQLTestClient;
  let padre: GraphQLTestClient;
  let mayaCaseManager: GraphQLTestClient;
  let sofiaCaseManager: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let stranger: GraphQLTestClient;
  const today = wallClock(new Date(), DEFAULT_DISTRICT_TIME_ZONE).date;
  const districtDay = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

  function download(path: string, client?: GraphQLTestClient): Promise<Response> {
    return fetch(`${api.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [parent, padre, mayaCaseManager, sofiaCaseManager, teacher, admin, stranger] = await Promise.all([
      signedIn(api, DEMO_USERS.parent.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.parentEs.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.caseManager.email, DEMO_PASSWORD),
      signedIn(api, DEMO_USERS.caseManager2.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.teacher.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.admin.email, DEMO_PASSWORD),
      signedIn(api, OTHER_DISTRICT.users.parent.email, DEMO_PASSWORD),
    ]);
    // Maya's earlier meetings would bring her records forward; this case is about the profile's own days.
    await api.db.query(
      `UPDATE iep_meetings SET status = 'CANCELLED', cancelled_at = now(), cancel_reason = 'test' WHERE iep_id IN (SELECT id FROM ieps WHERE student_id = $1) AND status IN ('SCHEDULED', 'RESCHEDULE_REQUESTED')`,
      [MAYA],
    );
  });
  afterAll(() => api.close());

  it('the parent asks; the deadline follows the state profile; the request and its deadline are audited', async () => {
    const before = await parent.request<{ studentRecordsRequests: Requests }>(VIEW, { id: MAYA });
    expect(before.errors).toBeUndefined();
    expect(before.data!.studentRecordsRequests).toMatchObject({ studentFirstName: 'Maya', viewerCanRequest: true, viewerCanPrepare: false, requests: [] });

    const asked = await parent.request<{ requestRecords: Requests }>(REQUEST, { input: { studentId: MAYA, note: 'All of it, please.' } });
    expect(asked.errors).toBeUndefined();
    const [request] = asked.data!.requestRecords.requests;
    const expected = computeDeadline('RECORDS_REQUEST', { date: today as never }, null, IDEA_PROFILE).dueDate;
    const [profile] = await api.db.query(`SELECT d.state_code FROM districts d JOIN students s ON s.district_id = d.id WHERE s.id = $1`, [MAYA]);
    expect(profile.state_code).toBe('IDEA');
    expect(request).toMatchObject({
      status: 'REQUESTED', requestedOn: today, requestedByName: DEMO_USERS.parent.displayName, note: 'All of it, please.', metOn: null, downloadUrl: null, dueBeforeMeeting: null,
    });
    expect(request.dueDate).toBe(expected);
    expect(request.dueExplanation).toMatch(/after the parent requested the records on/);
    expect(asked.data!.requestRecords.viewerCanRequest).toBe(false);

    const [deadline] = await api.db.query(
      `SELECT d.kind, to_char(d.due_date, 'YYYY-MM-DD') AS due, d.met_on FROM deadlines d JOIN records_requests r ON r.deadline_id = d.id WHERE r.id = $1`, [request.id],
    );
    expect(deadline).toEqual({ kind: 'RECORDS_REQUEST', due: request.dueDate, met_on: null });
    const audited = await api.db.query(`SELECT event, actor_id, data FROM audit_events WHERE student_id = $1 AND event IN ('RECORDS_REQUESTED', 'DEADLINE_EVENT_RECORDED') ORDER BY id`, [MAYA]);
    expect(audited).toEqual(expect.arrayContaining([
      expect.objectContaining({ event: 'RECORDS_REQUESTED', actor_id: DEMO_USERS.parent.id, data: expect.objectContaining({ requestId: request.id, dueDate: request.dueDate }) }),
      expect.objectContaining({ event: 'DEADLINE_EVENT_RECORDED', data: expect.objectContaining({ eventKind: 'RECORDS_REQUEST', kind: 'RECORDS_REQUEST' }) }),
    ]));

    // One open request at a time: asking again is a conflict, not a second clock.
    expect(code(await parent.request(REQUEST, { input: { studentId: MAYA } }))).toBe('CONFLICT');
    expect(code(await parent.request(REQUEST, { input: { studentId: MAYA, note: 'x'.repeat(2001) } }))).toBe('BAD_USER_INPUT');
  });

  it('refuses whoever is not the family or the district, as not found or forbidden, and audits each refusal', async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM records_requests WHERE student_id = $1`, [MAYA]);
    const viewDenials = await denials(api, 'studentRecordsRequests');
    // A general education teacher on Maya's team, a parent of another district and a parent of another student.
    for (const client of [teacher, stranger, padre]) expect(code(await client.request(VIEW, { id: MAYA }))).toBe('NOT_FOUND');
    expect(await denials(api, 'studentRecordsRequests')).toBe(viewDenials + 3);
    // Only a rights-holding parent asks; staff are refused by their role before any record is read.
    expect(code(await mayaCaseManager.request(REQUEST, { input: { studentId: MAYA } }))).toBe('FORBIDDEN');
    expect(code(await padre.request(REQUEST, { input: { studentId: MAYA } }))).toBe('NOT_FOUND');
    // A parent may not prepare; a special-education teacher without Maya may not either, and learns nothing.
    expect(code(await parent.request(PREPARE, { input: { requestId: id } }))).toBe('FORBIDDEN');
    const prepareDenials = await denials(api, 'prepareRecordsExport');
    expect(code(await sofiaCaseManager.request(PREPARE, { input: { requestId: id } }))).toBe('NOT_FOUND');
    expect(code(await sofiaCaseManager.request(PREPARE, { input: { requestId: '00000000-0000-4000-8000-999999999999' } }))).toBe('NOT_FOUND');
    expect(code(await sofiaCaseManager.request(PREPARE, { input: { requestId: 'not-an-id' } }))).toBe('BAD_USER_INPUT');
    expect(await denials(api, 'prepareRecordsExport')).toBe(prepareDenials + 2);
    // Nothing to download before the district prepares it; nobody unrelated downloads at all.
    expect((await download(`/documents/records-requests/${id}.zip`, parent)).status).toBe(409);
    expect((await download(`/documents/records-requests/${id}.zip`, stranger)).status).toBe(404);
    expect((await download(`/documents/records-requests/${id}.zip`)).status).toBe(401);
  });

  it('the case manager prepares one ZIP with every record and a manifest of SHA-256 digests; checking it delivers nothing', async () => {
    const staffView = await mayaCaseManager.request<{ studentRecordsRequests: Requests }>(VIEW, { id: MAYA });
    expect(staffView.data!.studentRecordsRequests).toMatchObject({ viewerCanRequest: false, viewerCanPrepare: true });
    const [request] = staffView.data!.studentRecordsRequests.requests;
    const prepared = await mayaCaseManager.request<{ prepareRecordsExport: Requests }>(PREPARE, { input: { requestId: request.id } });
    expect(prepared.errors).toBeUndefined();
    const ready = prepared.data!.prepareRecordsExport.requests[0];
    expect(ready).toMatchObject({ status: 'READY', preparedByName: DEMO_USERS.caseManager.displayName, downloadUrl: `/documents/records-requests/${request.id}.zip` });
    expect(code(await admin.request(PREPARE, { input: { requestId: request.id } }))).toBe('CONFLICT');

    const response = await download(ready.downloadUrl!, mayaCaseManager);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.length).toBe(ready.exportBytes);
    expect(createHash('sha256').update(zip).digest('hex')).toBe(ready.exportSha256);

    const files = await zipEntries(zip);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { files: Array<{ path: string; kind: string; bytes: number; sha256: string }>; requestId: string };
    expect(manifest.requestId).toBe(request.id);
    expect(manifest.files).toHaveLength(ready.fileCount!);
    // Every file listed is in the archive with the digest listed, and every file in the archive is listed.
    for (const entry of manifest.files) {
      const content = files.get(entry.path);
      expect(content).toBeDefined();
      expect({ path: entry.path, sha256: createHash('sha256').update(content!).digest('hex'), bytes: content!.length }).toEqual({ path: entry.path, sha256: entry.sha256, bytes: entry.bytes });
    }
    expect(new Set([...files.keys()])).toEqual(new Set([...manifest.files.map((f) => f.path), 'manifest.json', 'SHA256SUMS']));
    expect(files.get('SHA256SUMS')!.toString('utf8')).toBe(manifest.files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
    const kinds = new Set(manifest.files.map((f) => f.kind));
    for (const kind of ['README', 'IEP', 'SIGNATURE_CERTIFICATE', 'ACCESS_RECORD']) expect(kinds).toContain(kind);
    const [{ versions }] = await api.db.query(`SELECT count(*)::int AS versions FROM iep_versions v JOIN ieps i ON i.id = v.iep_id WHERE i.student_id = $1`, [MAYA]);
    expect(manifest.files.filter((f) => f.kind === 'IEP')).toHaveLength(versions);
    expect(manifest.files.filter((f) => f.kind === 'SIGNATURE_CERTIFICATE')).toHaveLength(versions);
    for (const f of manifest.files.filter((file) => file.path.endsWith('.pdf'))) expect(files.get(f.path)!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Each IEP in the export reads as a document: its footer on every page, no raw codes, no ISO dates.
    for (const f of manifest.files.filter((file) => file.kind === 'IEP')) {
      const pdf = await getDocumentProxy(new Uint8Array(files.get(f.path)!));
      const { text } = await extractText(pdf, { mergePages: false });
      (text as string[]).forEach((page, index) => expect(page).toMatch(new RegExp(`Maya Carter · Version \\d+ · Page ${index + 1} of ${pdf.numPages}`)));
      const all = (text as string[]).join('\n');
      expect(all).not.toMatch(/\b(?:[A-Z]{2,}_[A-Z_]+|DAILY|WEEKLY|MONTHLY)\b/);
      expect(all).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }
    // The access record names the request itself.
    expect(files.get('access-record.csv')!.toString('utf8')).toContain('RECORDS_REQUESTED');

    const [after] = await api.db.query(`SELECT status, delivered_at FROM records_requests WHERE id = $1`, [request.id]);
    expect(after).toEqual({ status: 'READY', delivered_at: null });
    const [notice] = await api.db.query(`SELECT title, link FROM notifications WHERE user_id = $1 AND kind = 'RECORDS_READY'`, [DEMO_USERS.parent.id]);
    expect(notice).toEqual({ title: 'Maya’s records are ready', link: `/students/${MAYA}/records` });
    const [audit] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'RECORDS_EXPORT_DOWNLOADED' AND actor_id = $1`, [DEMO_USERS.caseManager.id]);
    expect(audit.data).toEqual({ requestId: request.id, sha256: ready.exportSha256, delivery: false, deadlineMet: false });
  });

  it('the parent’s download is the delivery: recorded, the deadline met that day; the stored export cannot be rewritten', async () => {
    const [{ id, deadline_id }] = await api.db.query(`SELECT id, deadline_id FROM records_requests WHERE student_id = $1`, [MAYA]);
    const first = await download(`/documents/records-requests/${id}.zip`, parent);
    expect(first.status).toBe(200);
    const again = await download(`/documents/records-requests/${id}.zip`, parent);
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    const view = await parent.request<{ studentRecordsRequests: Requests }>(VIEW, { id: MAYA });
    expect(view.data!.studentRecordsRequests.requests[0]).toMatchObject({ status: 'DELIVERED', metOn: today, deliveredToName: DEMO_USERS.parent.displayName });
    // The day's deadline is met: a second request that day would share it, so the family asks again the next day.
    expect(view.data!.studentRecordsRequests.viewerCanRequest).toBe(false);
    const sameDay = await parent.request(REQUEST, { input: { studentId: MAYA } });
    expect(sameDay.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ANSWERED_TODAY' });
    await api.db.query(`UPDATE records_requests SET requested_on = requested_on - 1 WHERE id = $1`, [id]);
    await api.db.query(`UPDATE deadlines SET event_date = event_date - 1 WHERE id = $1`, [deadline_id]);
    expect((await parent.request<{ studentRecordsRequests: Requests }>(VIEW, { id: MAYA })).data!.studentRecordsRequests.viewerCanRequest).toBe(true);
    const [deadline] = await api.db.query(`SELECT to_char(met_on, 'YYYY-MM-DD') AS met FROM deadlines WHERE id = $1`, [deadline_id]);
    expect(deadline.met).toBe(today);
    const downloads = await api.db.query(`SELECT data FROM audit_events WHERE event = 'RECORDS_EXPORT_DOWNLOADED' AND actor_id = $1 ORDER BY id`, [DEMO_USERS.parent.id]);
    expect(downloads.map((row: { data: { delivery: boolean; deadlineMet: boolean } }) => [row.data.delivery, row.data.deadlineMet])).toEqual([[true, true], [false, false]]);
    await expect(api.db.query(`UPDATE records_requests SET export_content = '\\x00'::bytea WHERE id = $1`, [id])).rejects.toThrow(/IEP_FROZEN/);
    await expect(api.db.query(`DELETE FROM records_requests WHERE id = $1`, [id])).rejects.toThrow(/IEP_FROZEN/);
  });

  it('falls due the day before the student’s next IEP meeting when that comes first, and back when it is cancelled (300.613(a))', async () => {
    const asked = await padre.request<{ requestRecords: Requests }>(REQUEST, { input: { studentId: SOFIA } });
    expect(asked.errors).toBeUndefined();
    const byProfile = asked.data!.requestRecords.requests[0];
    const meetingDay = districtDay(12);
    expect(byProfile.dueDate > meetingDay).toBe(true);
    const scheduled = await sofiaCaseManager.request<{ scheduleIepMeeting: { id: string } }>(SCHEDULE, {
      input: {
        iepId: SOFIA_ACTIVE, purpose: 'ANNUAL_REVIEW', date: meetingDay, time: '15:30', durationMinutes: 60, location: 'Cedar Ridge, room 114', callIn: null,
        inviteeIds: [DEMO_USERS.caseManager2.id], shortNoticeAgreed: true,
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const capped = (await padre.request<{ studentRecordsRequests: Requests }>(VIEW, { id: SOFIA })).data!.studentRecordsRequests.requests[0];
    expect(capped).toMatchObject({ dueDate: districtDay(11), dueBeforeMeeting: meetingDay });
    expect(capped.dueExplanation).toMatch(/reunión del IEP/);
    const cancelled = await sofiaCaseManager.request(CANCEL, { meetingId: scheduled.data!.scheduleIepMeeting.id, reason: 'The family asked for another week.' });
    expect(cancelled.errors).toBeUndefined();
    const back = (await padre.request<{ studentRecordsRequests: Requests }>(VIEW, { id: SOFIA })).data!.studentRecordsRequests.requests[0];
    expect(back).toMatchObject({ dueDate: byProfile.dueDate, dueBeforeMeeting: null });
  });
});
