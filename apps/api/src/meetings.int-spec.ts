import { DEFAULT_DISTRICT_TIME_ZONE, wallClock } from '@iep/domain';
import { DEMO_JOURNEYS, DEMO_MEETING, DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const SOFIA_ACTIVE = iep('405');

const MEETING_FIELDS = `id iepId purpose status startsAt timeZone localDate localTime durationMinutes location callIn noticeSentAt noticeDays
  shortNoticeAgreed notes version viewerCanManage viewerIsRightsHolder cancelReason heldAt
  noticeDeadline { id dueDate metOn }
  invitees { userId displayName role teamRole isGuardian response respondedAt message proposedTimes }
  attendance { id userId name capacity status writtenInputSubmitted excusalRequestedAt excusalReason parentAgreedByName parentAgreedAt districtAgreedByName districtAgreedAt }
  viewerInvitation { userId response }`;
const SCHEDULE = `mutation($input: ScheduleIepMeetingInput!) { scheduleIepMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const RESCHEDULE = `mutation($input: RescheduleIepMeetingInput!) { rescheduleIepMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelIepMeeting(meetingId: $id, reason: $reason) { ${MEETING_FIELDS} } }`;
const RESPOND = `mutation($input: RespondToIepMeetingInput!) { respondToIepMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const REQUEST_EXCUSAL = `mutation($input: RequestMeetingExcusalInput!) { requestMeetingExcusal(input: $input) { ${MEETING_FIELDS} } }`;
const AGREE = `mutation($id: ID!) { agreeToMeetingExcusal(attendanceId: $id) { ${MEETING_FIELDS} } }`;
const ATTENDANCE = `mutation($input: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $input) { ${MEETING_FIELDS} } }`;
const NOTES = `mutation($id: ID!, $version: Int!, $notes: String!) { saveMeetingNotes(meetingId: $id, version: $version, notes: $notes) { ${MEETING_FIELDS} } }`;
const HELD = `mutation($id: ID!, $version: Int!) { markMeetingHeld(meetingId: $id, version: $version) { ${MEETING_FIELDS} } }`;
const ONE = `query($id: ID!) { iepMeeting(id: $id) { ${MEETING_FIELDS} } }`;
const OF_IEP = `query($id: ID!) { iep(id: $id) { id meetings { id status viewerInvitation { response } } } }`;

interface Invitee { userId: string; isGuardian: boolean; response: string; message: string | null; proposedTimes: string[] }
interface Attendee { id: string; userId: string | null; name: string; status: string | null; parentAgreedByName: string | null; districtAgreedByName: string | null }
interface Meeting {
  id: string; status: string; startsAt: string; localDate: string; localTime: string; version: number; notes: string; shortNoticeAgreed: boolean;
  viewerCanManage: boolean; viewerIsRightsHolder: boolean; noticeDeadline: { id: string; dueDate: string; metOn: string | null } | null;
  invitees: Invitee[]; attendance: Attendee[]; viewerInvitation: { response: string } | null;
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const DAY_MS = 86_400_000;
/** The district's date `days` from today, as the API reads it. */
const districtDay = (days: number) => {
  const today = wallClock(new Date(), DEFAULT_DISTRICT_TIME_ZONE).date;
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
};
const minusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

describe('IEP meetings: notice, answers, excusals, attendance, notes and deadlines (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let sofiaCaseManager: GraphQLTestClient;
  let padre: GraphQLTestClient;
  let mayaCaseManager: GraphQLTestClient;
  let mayaParent: GraphQLTestClient;
  let districtRep: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let stranger: GraphQLTestClient;

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    return client;
  }

  async function denials(operation: string): Promise<number> {
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' IN ($1, 'MeetingResolver.' || $1)`,
      [operation],
    );
    return count;
  }

  async function scheduleSofia(input: Record<string, unknown> = {}) {
    return sofiaCaseManager.request<{ scheduleIepMeeting: Meeting }>(SCHEDULE, {
      input: {
        iepId: SOFIA_ACTIVE, purpose: 'ANNUAL_REVIEW', date: districtDay(20), time: '15:30', durationMinutes: 60,
        location: 'Cedar Ridge, room 114', callIn: null, inviteeIds: [DEMO_USERS.caseManager2.id, DEMO_USERS.student.id], ...input,
      },
    });
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [sofiaCaseManager, padre, mayaCaseManager, mayaParent, districtRep, teacher, stranger] = await Promise.all([
      signedIn(DEMO_USERS.caseManager2.email), signedIn(DEMO_USERS.parentEs.email), signedIn(DEMO_USERS.caseManager.email),
      signedIn(DEMO_USERS.parent.email), signedIn(DEMO_USERS.districtRep.email), signedIn(DEMO_USERS.teacher.email),
      signedIn(OTHER_DISTRICT.users.caseManager.email),
    ]);
  });
  afterAll(() => api.close());

  it('seeds one scheduled meeting on the draft, which its invitees see through the IEP', async () => {
    const result = await mayaParent.request<{ iep: { meetings: Array<{ id: string; status: string; viewerInvitation: { response: string } | null }> } }>(
      OF_IEP, { id: DEMO_MEETING.iepId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.iep.meetings).toEqual([{ id: DEMO_MEETING.id, status: 'SCHEDULED', viewerInvitation: { response: 'PENDING' } }]);
    const one = await mayaCaseManager.request<{ iepMeeting: Meeting }>(ONE, { id: DEMO_MEETING.id });
    expect(one.data!.iepMeeting.noticeDeadline).toEqual(expect.objectContaining({ dueDate: '2026-11-20', metOn: '2026-11-16' }));
    expect(one.data!.iepMeeting.viewerCanManage).toBe(true);
  });

  it('schedules with full notice: the notice goes out in each language, and the MEETING_NOTICE deadline is recorded and met', async () => {
    const date = districtDay(20);
    const result = await scheduleSofia();
    expect(result.errors).toBeUndefined();
    const meeting = result.data!.scheduleIepMeeting;
    expect(meeting).toMatchObject({ status: 'SCHEDULED', localDate: date, localTime: '15:30', shortNoticeAgreed: false, version: 1 });
    // The rights-holding parent is always on the notice.
    expect(meeting.invitees.find((i) => i.userId === DEMO_USERS.parentEs.id)).toMatchObject({ isGuardian: true, response: 'PENDING' });
    expect(meeting.noticeDeadline).toEqual({ id: expect.any(String), dueDate: minusDays(date, 10), metOn: districtDay(0) });

    const [deadline] = await api.db.query(
      `SELECT kind, event_kind, to_char(event_date, 'YYYY-MM-DD') AS event_date, to_char(met_on, 'YYYY-MM-DD') AS met_on
         FROM deadlines WHERE id = $1`,
      [meeting.noticeDeadline!.id],
    );
    expect(deadline).toEqual({ kind: 'MEETING_NOTICE', event_kind: 'MEETING', event_date: date, met_on: districtDay(0) });

    const emails: Array<{ to_address: string; subject: string; text_body: string }> = await api.db.query(
      `SELECT to_address, subject, text_body FROM outbound_emails WHERE dedupe_key LIKE $1 ORDER BY to_address`,
      [`iep_meeting_notice:${meeting.id}:%`],
    );
    // Everyone but the sender: the parent in Spanish, the student in Spanish (their account's language).
    expect(emails.map((e) => e.to_address).sort()).toEqual([DEMO_USERS.parentEs.email, DEMO_USERS.student.email].sort());
    const spanish = emails.find((e) => e.to_address === DEMO_USERS.parentEs.email)!;
    expect(spanish.subject).toBe('Aviso de reunión: revisión anual del IEP de Sofía');
    expect(spanish.text_body).toContain('Dónde: Cedar Ridge, room 114');
    expect(spanish.text_body).toMatch(/Cuándo: .*3:30/);
    expect(spanish.text_body).toContain(`/ieps/${SOFIA_ACTIVE}/meeting?meeting=${meeting.id}`);

    const [notice] = await api.db.query(`SELECT title, link FROM notifications WHERE user_id = $1 AND kind = 'IEP_MEETING_NOTICE'`, [DEMO_USERS.parentEs.id]);
    expect(notice).toEqual({ title: 'Aviso de reunión: revisión anual del IEP de Sofía', link: `/ieps/${SOFIA_ACTIVE}/meeting?meeting=${meeting.id}` });
    const [audit] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'IEP_MEETING_SCHEDULED' AND data->>'meetingId' = $1`, [meeting.id]);
    expect(audit.data).toMatchObject({ daysOfNotice: 20, shortNoticeAgreed: false, purpose: 'ANNUAL_REVIEW' });
  });

  it('lets an invitee open the meeting of a draft not yet shared with them, without the IEP itself', async () => {
    const draft = DEMO_JOURNEYS.diego.draftIepId;
    const scheduled = await sofiaCaseManager.request<{ scheduleIepMeeting: Meeting }>(SCHEDULE, {
      input: {
        iepId: draft, purpose: 'INITIAL_IEP', date: districtDay(15), time: '09:00', durationMinutes: 45,
        location: 'Cedar Ridge, room 210', callIn: null, inviteeIds: [DEMO_USERS.caseManager2.id, DEMO_USERS.psychologist.id],
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data!.scheduleIepMeeting.id;
    const [notice] = await api.db.query(`SELECT link FROM notifications WHERE user_id = $1 AND data->>'meetingId' = $2`, [DEMO_USERS.parentEs.id, meetingId]);
    expect(notice).toEqual({ link: `/ieps/${draft}/meeting?meeting=${meetingId}` });

    // The parent was sent the notice but may not read the draft yet: the IEP stays hidden, the meeting opens.
    expect(code(await padre.request(OF_IEP, { id: draft }))).toBe('NOT_FOUND');
    const opened = await padre.request<{ iepMeeting: Meeting & { studentFirstName: string; viewerCanSeeIep: boolean; viewerCanSignAttendance: boolean } }>(
      `query($id: ID!) { iepMeeting(id: $id) { ${MEETING_FIELDS} studentFirstName viewerCanSeeIep viewerCanSignAttendance } }`, { id: meetingId },
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.iepMeeting).toMatchObject({
      id: meetingId, studentFirstName: 'Diego', viewerCanSeeIep: false, viewerCanManage: false, viewerIsRightsHolder: true,
      viewerInvitation: { response: 'PENDING' },
      // Signing attendance records the IEP it belongs to: not before the family may see it.
      viewerCanSignAttendance: false,
    });
    const answered = await padre.request<{ respondToIepMeeting: Meeting }>(RESPOND, { input: { meetingId, answer: 'ACCEPT' } });
    expect(answered.errors).toBeUndefined();
    // Someone neither invited nor allowed to see the IEP still gets NOT_FOUND, audited.
    const before = await denials('iepMeeting');
    expect(code(await mayaParent.request(ONE, { id: meetingId }))).toBe('NOT_FOUND');
    expect(await denials('iepMeeting')).toBe(before + 1);
  });

  it('shows who has signed their attendance, and offers the signature to invitees on the team until they have signed', async () => {
    const draft = DEMO_JOURNEYS.diego.draftIepId;
    const [{ id: meetingId }] = await api.db.query(`SELECT id FROM iep_meetings WHERE iep_id = $1`, [draft]);
    const SIGNATURES = `query($id: ID!) { iepMeeting(id: $id) { viewerCanSignAttendance attendanceSignatures { userId name role signedAt } } }`;
    type Signatures = { iepMeeting: { viewerCanSignAttendance: boolean; attendanceSignatures: Array<{ userId: string; name: string; role: string }> } };
    const psychologist = await signedIn(DEMO_USERS.psychologist.email);
    expect((await psychologist.request<Signatures>(SIGNATURES, { id: meetingId })).data!.iepMeeting).toEqual({ viewerCanSignAttendance: true, attendanceSignatures: [] });
    expect((await psychologist.request(`mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`,
      { input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale: 'en' } })).errors).toBeUndefined();
    const signed = await psychologist.request(`mutation($input: SignIepAttendanceInput!) { signIepAttendance(input: $input) { id } }`, {
      input: { meetingId, typedName: DEMO_USERS.psychologist.displayName, password: DEMO_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION },
    });
    expect(signed.errors).toBeUndefined();
    expect((await psychologist.request<Signatures>(SIGNATURES, { id: meetingId })).data!.iepMeeting).toEqual({
      viewerCanSignAttendance: false,
      attendanceSignatures: [{ userId: DEMO_USERS.psychologist.id, name: DEMO_USERS.psychologist.displayName, role: 'SPECIALIST', signedAt: expect.any(String) }],
    });
    // The case manager sees the signature and may still sign their own.
    expect((await sofiaCaseManager.request<Signatures>(SIGNATURES, { id: meetingId })).data!.iepMeeting).toMatchObject({
      viewerCanSignAttendance: true, attendanceSignatures: [{ userId: DEMO_USERS.psychologist.id }],
    });
  });

  it("takes the meeting's purpose from the IEP's kind when the form names none: an initial IEP's notice never says annual review", async () => {
    const result = await mayaCaseManager.request<{ scheduleIepMeeting: Meeting & { purpose: string } }>(SCHEDULE, {
      input: { iepId: MAYA_ACTIVE, date: districtDay(25), time: '10:00', durationMinutes: 60, location: 'Maple Grove, room 2', inviteeIds: [] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.scheduleIepMeeting.purpose).toBe('INITIAL_IEP');
    const [notice] = await api.db.query(
      `SELECT title FROM notifications WHERE user_id = $1 AND kind = 'IEP_MEETING_NOTICE' AND link LIKE $2`,
      [DEMO_USERS.parent.id, `%${result.data!.scheduleIepMeeting.id}`],
    );
    expect(notice.title).not.toMatch(/annual review/i);
    const cancelled = await mayaCaseManager.request(CANCEL, { id: result.data!.scheduleIepMeeting.id, reason: 'Scheduled in a test' });
    expect(cancelled.errors).toBeUndefined();
  });

  it('refuses to send a meeting notice for a student with no parent or guardian on record, and says how to fix it', async () => {
    const ETHAN_DRAFT = iep('406');
    const before = await api.db.query(`SELECT count(*)::int AS n FROM iep_meetings WHERE iep_id = $1`, [ETHAN_DRAFT]);
    const result = await mayaCaseManager.request(SCHEDULE, {
      input: { iepId: ETHAN_DRAFT, date: districtDay(25), time: '10:00', durationMinutes: 60, location: 'Maple Grove, room 2', inviteeIds: [] },
    });
    expect(code(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!.reason).toBe('NO_GUARDIAN');
    expect(result.errors![0].message).toMatch(/no parent or guardian on record.*add one/);
    const after = await api.db.query(`SELECT count(*)::int AS n FROM iep_meetings WHERE iep_id = $1`, [ETHAN_DRAFT]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses an answer to a meeting whose time has passed, even while it is still marked scheduled', async () => {
    const scheduled = (await scheduleSofia({ date: districtDay(30), time: '11:00' })).data!.scheduleIepMeeting;
    await api.db.query(`UPDATE iep_meetings SET starts_at = now() - interval '7 days' WHERE id = $1`, [scheduled.id]);
    const answer = await padre.request(RESPOND, { input: { meetingId: scheduled.id, answer: 'ACCEPT' } });
    expect(code(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0].message).toBe('This meeting has already taken place, so it can no longer be answered.');
    const [invitee] = await api.db.query(`SELECT response FROM iep_meeting_invitees WHERE meeting_id = $1 AND user_id = $2`, [scheduled.id, DEMO_USERS.parentEs.id]);
    expect(invitee.response).toBe('PENDING');
    await api.db.query(`UPDATE iep_meetings SET status = 'CANCELLED', cancelled_at = now(), cancel_reason = 'test' WHERE id = $1`, [scheduled.id]);
  });

  it('refuses shorter notice than the state requires unless the parent agreed to it', async () => {
    const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM iep_meetings`);
    const short = await scheduleSofia({ date: districtDay(4) });
    expect(code(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].message).toContain('at least 10 calendar days before the meeting');
    expect(short.errors![0].extensions).toMatchObject({ noticeDays: 10, lastNoticeDay: minusDays(districtDay(4), 10) });
    const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM iep_meetings`);
    expect(after).toBe(before);

    const agreed = await scheduleSofia({ date: districtDay(4), shortNoticeAgreed: true, purpose: 'OTHER' });
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data!.scheduleIepMeeting.shortNoticeAgreed).toBe(true);
    // Sent today for a meeting four days away: the notice deadline is on record, met late with the parent's agreement.
    expect(agreed.data!.scheduleIepMeeting.noticeDeadline).toMatchObject({ dueDate: minusDays(districtDay(4), 10), metOn: districtDay(0) });
    const cancelled = await sofiaCaseManager.request<{ cancelIepMeeting: Meeting }>(CANCEL, { id: agreed.data!.scheduleIepMeeting.id, reason: 'Scheduled twice' });
    expect(cancelled.data!.cancelIepMeeting.status).toBe('CANCELLED');
    const again = await sofiaCaseManager.request(CANCEL, { id: agreed.data!.scheduleIepMeeting.id, reason: 'Scheduled twice' });
    expect(code(again)).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input with a message a person can act on', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ date: '2026-02-30' }, 'date'],
      [{ time: '25:00' }, 'time'],
      [{ date: districtDay(-1), shortNoticeAgreed: true }, 'date'],
      [{ durationMinutes: 5 }, 'durationMinutes'],
      [{ location: '  ', callIn: null }, 'location'],
      [{ inviteeIds: [DEMO_USERS.teacher.id] }, 'inviteeIds'],
    ];
    for (const [input, field] of cases) {
      const result = await scheduleSofia(input);
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions?.field).toBe(field);
    }
  });

  it('lets the parent ask for another time, the case manager move the meeting (and its notice deadline), and the parent accept', async () => {
    const scheduled = (await scheduleSofia({ date: districtDay(15), time: '09:00' })).data!.scheduleIepMeeting;
    const firstDeadline = scheduled.noticeDeadline!;

    const empty = await padre.request(RESPOND, { input: { meetingId: scheduled.id, answer: 'REQUEST_ANOTHER_TIME', message: ' ', proposedTimes: [] } });
    expect(code(empty)).toBe('BAD_USER_INPUT');

    const asked = await padre.request<{ respondToIepMeeting: Meeting }>(RESPOND, {
      input: {
        meetingId: scheduled.id, answer: 'REQUEST_ANOTHER_TIME', message: 'Trabajo por la mañana.',
        proposedTimes: [{ date: districtDay(22), time: '16:00' }],
      },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.respondToIepMeeting.status).toBe('RESCHEDULE_REQUESTED');
    const mine = asked.data!.respondToIepMeeting.invitees.find((i) => i.userId === DEMO_USERS.parentEs.id)!;
    expect(mine).toMatchObject({ response: 'RESCHEDULE_REQUESTED', message: 'Trabajo por la mañana.' });
    expect(wallClock(new Date(mine.proposedTimes[0]), DEFAULT_DISTRICT_TIME_ZONE)).toEqual({ date: districtDay(22), time: '16:00' });
    const [told] = await api.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'IEP_MEETING_ANOTHER_TIME_REQUESTED'`,
      [DEMO_USERS.caseManager2.id],
    );
    expect(told.n).toBe(1);

    const version = asked.data!.respondToIepMeeting.version;
    const stale = await sofiaCaseManager.request(RESCHEDULE, { input: { meetingId: scheduled.id, version: version - 1, date: districtDay(22), time: '16:00' } });
    expect(code(stale)).toBe('CONFLICT');

    const moved = await sofiaCaseManager.request<{ rescheduleIepMeeting: Meeting }>(RESCHEDULE, {
      input: { meetingId: scheduled.id, version, date: districtDay(22), time: '16:00' },
    });
    expect(moved.errors).toBeUndefined();
    const after = moved.data!.rescheduleIepMeeting;
    expect(after).toMatchObject({ status: 'SCHEDULED', localDate: districtDay(22), localTime: '16:00' });
    expect(after.invitees.every((i) => i.response === 'PENDING' && i.message === null)).toBe(true);
    // The notice deadline follows the meeting: it now runs from the new date.
    expect(after.noticeDeadline).toMatchObject({ dueDate: minusDays(districtDay(22), 10), metOn: districtDay(0) });
    expect(after.noticeDeadline!.id).not.toBe(firstDeadline.id);
    const [moveAudit] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'DEADLINE_EVENT_RECORDED' AND data->>'deadlineId' = $1`,
      [after.noticeDeadline!.id],
    );
    expect(moveAudit.data).toMatchObject({ eventKind: 'MEETING', eventDate: districtDay(22), dueDate: minusDays(districtDay(22), 10) });
    const [newNotice] = await api.db.query(
      `SELECT subject FROM outbound_emails WHERE to_address = $1 AND dedupe_key = $2`,
      [DEMO_USERS.parentEs.email, `iep_meeting_notice:${scheduled.id}:${after.version}:${DEMO_USERS.parentEs.id}`],
    );
    expect(newNotice.subject).toBe('Nueva fecha: revisión anual del IEP de Sofía');

    const accepted = await padre.request<{ respondToIepMeeting: Meeting }>(RESPOND, { input: { meetingId: scheduled.id, answer: 'ACCEPT' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.respondToIepMeeting.viewerInvitation).toMatchObject({ response: 'ACCEPTED' });
    expect(accepted.data!.respondToIepMeeting.viewerIsRightsHolder).toBe(true);
    expect(accepted.data!.respondToIepMeeting.viewerCanManage).toBe(false);

    // Invited or not, the district representative sees the meeting but cannot answer for someone else.
    const notInvited = await districtRep.request(RESPOND, { input: { meetingId: scheduled.id, answer: 'ACCEPT' } });
    expect(code(notInvited)).toBe('FORBIDDEN');
  });

  it('tells a Spanish-reading parent, in Spanish, what an empty request for another time needs, and records nothing', async () => {
    const meeting = (await scheduleSofia({ date: districtDay(25), time: '08:30' })).data!.scheduleIepMeeting;
    const enEspanol = new GraphQLTestClient(api.url, { 'accept-language': 'es' });
    expect((await enEspanol.signIn(DEMO_USERS.parentEs.email, DEMO_PASSWORD)).errors).toBeUndefined();
    const empty = await enEspanol.request(RESPOND, {
      input: { meetingId: meeting.id, answer: 'REQUEST_ANOTHER_TIME', message: '  ', proposedTimes: [] },
    });
    expect(empty.errors?.[0]).toMatchObject({
      message: 'Indique qué fechas y horas le convienen más, o escriba un mensaje al responsable del caso.',
      extensions: { code: 'BAD_USER_INPUT', field: 'message' },
    });
    const after = await enEspanol.request<{ iepMeeting: Meeting }>(ONE, { id: meeting.id });
    expect(after.data!.iepMeeting).toMatchObject({ status: 'SCHEDULED', viewerInvitation: { response: 'PENDING' } });
  });

  it('excuses a member only with both written agreements, the parent’s and the district’s', async () => {
    const meeting = (
      await mayaCaseManager.request<{ scheduleIepMeeting: Meeting }>(SCHEDULE, {
        input: {
          iepId: MAYA_ACTIVE, purpose: 'AMENDMENT', date: districtDay(30), time: '14:00', durationMinutes: 45, location: null,
          callIn: 'https://meet.example.org/maya', inviteeIds: [DEMO_USERS.teacher.id, DEMO_USERS.slp.id, DEMO_USERS.districtRep.id],
        },
      })
    ).data!.scheduleIepMeeting;
    const requested = await mayaCaseManager.request<{ requestMeetingExcusal: Meeting }>(REQUEST_EXCUSAL, {
      input: { meetingId: meeting.id, userId: DEMO_USERS.slp.id, reason: 'At a district training that day.', writtenInputSubmitted: true },
    });
    expect(requested.errors).toBeUndefined();
    const excusal = requested.data!.requestMeetingExcusal.attendance.find((a) => a.userId === DEMO_USERS.slp.id)!;
    const [parentTold] = await api.db.query(
      `SELECT subject FROM outbound_emails WHERE to_address = $1 AND dedupe_key LIKE 'iep_meeting_excusal_agreement_needed:%'`,
      [DEMO_USERS.parent.email],
    );
    expect(parentTold.subject).toBe("Owen Mbeki asks to be excused from Maya's meeting");

    const excuse = (status = 'EXCUSED') =>
      mayaCaseManager.request<{ recordMeetingAttendance: Meeting }>(ATTENDANCE, {
        input: { meetingId: meeting.id, entries: [{ userId: DEMO_USERS.slp.id, status }] },
      });
    const noAgreement = await excuse();
    expect(code(noAgreement)).toBe('BAD_USER_INPUT');
    expect(noAgreement.errors![0].message).toContain('34 CFR 300.321(e)');

    const byParent = await mayaParent.request<{ agreeToMeetingExcusal: Meeting }>(AGREE, { id: excusal.id });
    expect(byParent.errors).toBeUndefined();
    expect(byParent.data!.agreeToMeetingExcusal.attendance.find((a) => a.id === excusal.id)).toMatchObject({
      parentAgreedByName: DEMO_USERS.parent.displayName, districtAgreedByName: null,
    });
    expect(code(await excuse())).toBe('BAD_USER_INPUT');

    // A teacher is neither party; the refusal is audited.
    const before = await denials('agreeToMeetingExcusal');
    expect(code(await teacher.request(AGREE, { id: excusal.id }))).toBe('FORBIDDEN');
    expect(await denials('agreeToMeetingExcusal')).toBeGreaterThan(before);

    const byDistrict = await districtRep.request<{ agreeToMeetingExcusal: Meeting }>(AGREE, { id: excusal.id });
    expect(byDistrict.data!.agreeToMeetingExcusal.attendance.find((a) => a.id === excusal.id)).toMatchObject({
      parentAgreedByName: DEMO_USERS.parent.displayName, districtAgreedByName: DEMO_USERS.districtRep.displayName,
    });
    const agreements = await api.db.query(
      `SELECT actor_id, data->>'party' AS party FROM audit_events WHERE event = 'IEP_MEETING_EXCUSAL_AGREED' AND data->>'attendanceId' = $1 ORDER BY id`,
      [excusal.id],
    );
    expect(agreements).toEqual([
      { actor_id: DEMO_USERS.parent.id, party: 'PARENT' }, { actor_id: DEMO_USERS.districtRep.id, party: 'DISTRICT' },
    ]);

    const recorded = await mayaCaseManager.request<{ recordMeetingAttendance: Meeting }>(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [
          { userId: DEMO_USERS.slp.id, status: 'EXCUSED' },
          { userId: DEMO_USERS.teacher.id, status: 'PRESENT' },
          { userId: DEMO_USERS.parent.id, status: 'PRESENT' },
          { name: 'Interpreter', capacity: 'Spanish interpreter', status: 'PRESENT' },
        ],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const statuses = Object.fromEntries(recorded.data!.recordMeetingAttendance.attendance.map((a) => [a.name, a.status]));
    expect(statuses).toEqual({
      [DEMO_USERS.slp.displayName]: 'EXCUSED', [DEMO_USERS.teacher.displayName]: 'PRESENT', [DEMO_USERS.parent.displayName]: 'PRESENT',
      Interpreter: 'PRESENT',
    });
    // The database holds the rule too: no path writes EXCUSED without both agreements.
    await expect(
      api.db.query(`UPDATE iep_meeting_attendance SET status = 'EXCUSED' WHERE meeting_id = $1 AND user_id = $2`, [meeting.id, DEMO_USERS.teacher.id]),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses a stale notes save with CONFLICT and the current notes', async () => {
    const meeting = (await scheduleSofia({ date: districtDay(40), purpose: 'REEVALUATION' })).data!.scheduleIepMeeting;
    const first = await sofiaCaseManager.request<{ saveMeetingNotes: Meeting }>(NOTES, { id: meeting.id, version: meeting.version, notes: 'Reviewed the reading data.' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveMeetingNotes).toMatchObject({ notes: 'Reviewed the reading data.', version: meeting.version + 1 });
    const stale = await sofiaCaseManager.request(NOTES, { id: meeting.id, version: meeting.version, notes: 'An older draft.' });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: meeting.version + 1, currentNotes: 'Reviewed the reading data.' });
    const [row] = await api.db.query(`SELECT notes FROM iep_meetings WHERE id = $1`, [meeting.id]);
    expect(row.notes).toBe('Reviewed the reading data.');
  });

  it('every notice and every change carries an .ics invitation: one UID for the meeting, the next SEQUENCE each time', async () => {
    const meeting = (await scheduleSofia({ date: districtDay(33), time: '09:15' })).data!.scheduleIepMeeting;
    const invitations = async () => {
      const rows: Array<{ kind: string; to_address: string; attachments: Array<{ filename: string; contentType: string; content: string }> }> = await api.db.query(
        `SELECT split_part(dedupe_key, ':', 1) AS kind, to_address, attachments FROM outbound_emails
          WHERE dedupe_key LIKE '%:' || $1 || ':%' ORDER BY created_at, to_address`,
        [meeting.id],
      );
      return rows.map((row) => ({ ...row, ics: row.attachments[0]?.content.replace(/\r\n /g, '') ?? '' }));
    };
    const line = (ics: string, name: string) => ics.split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    const first = await invitations();
    expect(first.length).toBeGreaterThan(0);
    for (const sent of first) {
      expect(sent.attachments).toEqual([expect.objectContaining({ filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST' })]);
      expect(line(sent.ics, 'UID')).toBe(`UID:iep-meeting-${meeting.id}@iep-team`);
      expect(line(sent.ics, 'SEQUENCE')).toBe('SEQUENCE:0');
      expect(line(sent.ics, 'ORGANIZER')).toBe(`ORGANIZER;CN="${DEMO_USERS.caseManager2.displayName}":mailto:${DEMO_USERS.caseManager2.email}`);
      expect(sent.ics).toContain(`ATTENDEE;CN="${DEMO_USERS.parentEs.displayName}"`);
    }
    // In the reader's language: the Spanish-speaking parent's event is named in Spanish.
    expect(line(first.find((sent) => sent.to_address === DEMO_USERS.parentEs.email)!.ics, 'SUMMARY')).toBe('SUMMARY:Revisión anual del IEP: Sofía');
    const start = line(first[0].ics, 'DTSTART');
    expect(start).toBe(`DTSTART:${new Date(meeting.startsAt).toISOString().replace(/[-:]/g, '').replace('.000', '')}`);

    const moved = await sofiaCaseManager.request<{ rescheduleIepMeeting: Meeting }>(RESCHEDULE, {
      input: { meetingId: meeting.id, version: meeting.version, date: districtDay(34), time: '11:00' },
    });
    expect(moved.errors).toBeUndefined();
    const afterMove = (await invitations()).slice(first.length);
    expect(afterMove.length).toBe(first.length);
    expect(afterMove.map((sent) => [line(sent.ics, 'UID'), line(sent.ics, 'SEQUENCE'), line(sent.ics, 'METHOD')])).toEqual(
      afterMove.map(() => [`UID:iep-meeting-${meeting.id}@iep-team`, 'SEQUENCE:1', 'METHOD:REQUEST']),
    );
    expect(line(afterMove[0].ics, 'DTSTART')).not.toBe(start);

    // What the page offers to download: the same event, without anyone's address.
    const viewed = await padre.request<{ iepMeeting: { calendarInvitation: string | null } }>(`query($id: ID!) { iepMeeting(id: $id) { calendarInvitation } }`, { id: meeting.id });
    const copy = viewed.data!.iepMeeting.calendarInvitation!.replace(/\r\n /g, '');
    expect([line(copy, 'UID'), line(copy, 'SEQUENCE'), line(copy, 'METHOD')]).toEqual([`UID:iep-meeting-${meeting.id}@iep-team`, 'SEQUENCE:1', 'METHOD:PUBLISH']);
    expect(copy).not.toContain('mailto:');

    expect((await sofiaCaseManager.request(CANCEL, { id: meeting.id, reason: 'The team lead is away.' })).errors).toBeUndefined();
    const afterCancel = (await invitations()).slice(first.length * 2);
    expect(afterCancel.map((sent) => [sent.kind, line(sent.ics, 'SEQUENCE'), line(sent.ics, 'METHOD'), line(sent.ics, 'STATUS')])).toEqual(
      afterCancel.map(() => ['iep_meeting_cancelled', 'SEQUENCE:2', 'METHOD:CANCEL', 'STATUS:CANCELLED']),
    );
    expect(afterCancel.length).toBe(first.length);
    const gone = await padre.request<{ iepMeeting: { calendarInvitation: string | null } }>(`query($id: ID!) { iepMeeting(id: $id) { calendarInvitation } }`, { id: meeting.id });
    expect(gone.data!.iepMeeting.calendarInvitation).toBeNull();
  });

  it('invites the student to a meeting that discusses transition, and tells the parent so in the notice', async () => {
    // Sofía reaches the transition age (16): the student on the team is invited whoever the case manager picked.
    const sofia = await scheduleSofia({ date: districtDay(36), inviteeIds: [] });
    expect(sofia.errors).toBeUndefined();
    expect(sofia.data!.scheduleIepMeeting.invitees.map((i) => i.userId)).toContain(DEMO_USERS.student.id);
    const [row] = await api.db.query(`SELECT discusses_transition FROM iep_meetings WHERE id = $1`, [sofia.data!.scheduleIepMeeting.id]);
    expect(row.discusses_transition).toBe(true);
    const [toParent] = await api.db.query(`SELECT text_body FROM outbound_emails WHERE dedupe_key = $1`, [
      `iep_meeting_notice:${sofia.data!.scheduleIepMeeting.id}:1:${DEMO_USERS.parentEs.id}`,
    ]);
    expect(toParent.text_body).toContain('así que Sofía también está invitado o invitada');
    // Maya is nine and has no account on her team: the notice to her parent carries her invitation when the case manager says
    // the meeting discusses transition, and says nothing of it otherwise.
    const notice = async (discussesTransition: boolean | null, days: number) => {
      const scheduled = await mayaCaseManager.request<{ scheduleIepMeeting: Meeting }>(SCHEDULE, {
        input: {
          iepId: MAYA_ACTIVE, purpose: 'AMENDMENT', date: districtDay(days), time: '14:00', durationMinutes: 45, location: 'Maple Grove, room 2',
          inviteeIds: [], discussesTransition,
        },
      });
      expect(scheduled.errors).toBeUndefined();
      const [email] = await api.db.query(`SELECT text_body FROM outbound_emails WHERE dedupe_key = $1`, [
        `iep_meeting_notice:${scheduled.data!.scheduleIepMeeting.id}:1:${DEMO_USERS.parent.id}`,
      ]);
      return email.text_body as string;
    };
    expect(await notice(true, 36)).toContain('This meeting discusses transition');
    expect(await notice(null, 37)).not.toContain('transition');
  });

  it('when an annual review is held, the annual review deadline runs from the meeting date', async () => {
    // The required members of 300.321(a) are on the team: a regular education teacher and the district representative join it.
    await api.db.query(
      `INSERT INTO iep_team_members (iep_id, user_id, team_role) VALUES ($1, $2, 'General education teacher'), ($1, $3, 'District representative')
       ON CONFLICT DO NOTHING`,
      [SOFIA_ACTIVE, DEMO_USERS.teacher.id, DEMO_USERS.districtRep.id],
    );
    const meeting = (
      await scheduleSofia({ date: districtDay(12), time: '10:00', inviteeIds: [DEMO_USERS.caseManager2.id, DEMO_USERS.teacher.id, DEMO_USERS.districtRep.id] })
    ).data!.scheduleIepMeeting;
    const early = await sofiaCaseManager.request(HELD, { id: meeting.id, version: meeting.version });
    expect(code(early)).toBe('BAD_USER_INPUT');
    // Time passes: the meeting began an hour ago.
    await api.db.query(`UPDATE iep_meetings SET starts_at = now() - interval '1 hour' WHERE id = $1`, [meeting.id]);
    const heldOn = wallClock(new Date(Date.now() - 3_600_000), DEFAULT_DISTRICT_TIME_ZONE).date;
    // Nobody is recorded yet: every required seat is empty, and the refusal names them.
    const empty = await sofiaCaseManager.request(HELD, { id: meeting.id, version: meeting.version });
    expect(empty.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT', reason: 'TEAM_INCOMPLETE',
        missing: ['PARENT', 'REGULAR_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'DISTRICT_REPRESENTATIVE', 'EVALUATION_INTERPRETER'],
      },
    });
    expect(empty.errors![0].message).toContain('a regular education teacher');
    const record = (entries: Array<Record<string, unknown>>) =>
      sofiaCaseManager.request<{ recordMeetingAttendance: Meeting & { requiredMembers: Array<{ member: string; state: string }> } }>(
        `mutation($input: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $input) { version requiredMembers { member state } } }`,
        { input: { meetingId: meeting.id, entries } },
      );
    const partly = await record([
      { userId: DEMO_USERS.parentEs.id, status: 'PRESENT' }, { userId: DEMO_USERS.caseManager2.id, status: 'PRESENT' },
      { userId: DEMO_USERS.teacher.id, status: 'PRESENT' }, { userId: DEMO_USERS.districtRep.id, status: 'ABSENT' },
    ]);
    expect(partly.errors).toBeUndefined();
    expect(partly.data!.recordMeetingAttendance.requiredMembers.filter((seat) => seat.state === 'MISSING').map((seat) => seat.member)).toEqual([
      'DISTRICT_REPRESENTATIVE', 'EVALUATION_INTERPRETER',
    ]);
    const stillShort = await sofiaCaseManager.request(HELD, { id: meeting.id, version: partly.data!.recordMeetingAttendance.version });
    expect(stillShort.errors?.[0].extensions).toMatchObject({ reason: 'TEAM_INCOMPLETE', missing: ['DISTRICT_REPRESENTATIVE', 'EVALUATION_INTERPRETER'] });
    const full = await record([
      { userId: DEMO_USERS.districtRep.id, status: 'PRESENT' }, { userId: DEMO_USERS.caseManager2.id, status: 'PRESENT', interpretsEvaluations: true },
    ]);
    expect(full.data!.recordMeetingAttendance.requiredMembers.every((seat) => seat.state === 'PRESENT')).toBe(true);
    const held = await sofiaCaseManager.request<{ markMeetingHeld: Meeting }>(HELD, { id: meeting.id, version: full.data!.recordMeetingAttendance.version });
    expect(held.errors).toBeUndefined();
    expect(held.data!.markMeetingHeld.status).toBe('HELD');
    const [deadline] = await api.db.query(
      `SELECT to_char(event_date, 'YYYY-MM-DD') AS event_date, to_char(due_date, 'YYYY-MM-DD') AS due_date, event_kind
         FROM deadlines WHERE iep_id = $1 AND kind = 'ANNUAL_REVIEW' AND met_on IS NULL`,
      [SOFIA_ACTIVE],
    );
    // Within 12 months: the same day a year on (29 February's twelve months end on 28 February).
    const nextYear = `${Number(heldOn.slice(0, 4)) + 1}${heldOn.slice(4)}`.replace(/-02-29$/, '-02-28');
    expect(deadline).toEqual({ event_kind: 'IEP_MEETING', event_date: heldOn, due_date: nextYear });
    expect(code(await sofiaCaseManager.request(HELD, { id: meeting.id, version: held.data!.markMeetingHeld.version }))).toBe('BAD_USER_INPUT');
    // The two leave Sofía's team again, as the seed has it.
    await api.db.query(`UPDATE iep_team_members SET expires_at = now() WHERE iep_id = $1 AND user_id = ANY($2::uuid[])`, [
      SOFIA_ACTIVE, [DEMO_USERS.teacher.id, DEMO_USERS.districtRep.id],
    ]);
  });

  it('denies callers without a relationship to the record, and audits every denial', async () => {
    const meeting = (await scheduleSofia({ date: districtDay(50) })).data!.scheduleIepMeeting;
    const attempts: Array<[GraphQLTestClient, string, Record<string, unknown>, string, string]> = [
      [stranger, ONE, { id: meeting.id }, 'iepMeeting', 'NOT_FOUND'],
      [mayaCaseManager, ONE, { id: meeting.id }, 'iepMeeting', 'NOT_FOUND'],
      [mayaCaseManager, SCHEDULE, {
        input: { iepId: SOFIA_ACTIVE, purpose: 'OTHER', date: districtDay(30), time: '10:00', durationMinutes: 30, location: 'X', inviteeIds: [] },
      }, 'scheduleIepMeeting', 'NOT_FOUND'],
      [mayaCaseManager, RESCHEDULE, { input: { meetingId: meeting.id, version: meeting.version, date: districtDay(30), time: '10:00' } }, 'rescheduleIepMeeting', 'NOT_FOUND'],
      [mayaParent, RESPOND, { input: { meetingId: meeting.id, answer: 'ACCEPT' } }, 'respondToIepMeeting', 'NOT_FOUND'],
      // The district representative sees every IEP of the district and manages it; a teacher of another student does not.
      [teacher, ONE, { id: meeting.id }, 'iepMeeting', 'NOT_FOUND'],
    ];
    for (const [client, document, variables, operation, expected] of attempts) {
      const before = await denials(operation);
      const result = await client.request(document, variables);
      expect([operation, code(result), result.errors?.[0]?.message]).toEqual([operation, expected, expect.any(String)]);
      expect(await denials(operation)).toBeGreaterThan(before);
    }
    const seen = await districtRep.request<{ iepMeeting: Meeting }>(ONE, { id: meeting.id });
    expect(seen.data!.iepMeeting.viewerCanManage).toBe(true);
    const [viewed] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE event = 'IEP_MEETING_VIEWED' AND actor_id = $1 AND data->>'meetingId' = $2`,
      [DEMO_USERS.districtRep.id, meeting.id],
    );
    expect(viewed.n).toBe(1);
  });
});
