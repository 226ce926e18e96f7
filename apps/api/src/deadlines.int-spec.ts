import { createServer } from 'node:net';
import { DeadlinesService, type DeadlineRecord } from '@iep/api/deadlines';
import { NotificationService } from '@iep/api/notifications';
import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { createDeadlineFixture, GraphQLTestClient, startTestApi, type DeadlineFixture, type TestApi } from '@iep/api/testing';
import { addDays, SchoolCalendar, type IsoDate } from '@iep/domain';

/** 0 Sunday … 6 Saturday (the engine's own helper is not part of the domain's public face). */
const dayOfWeek = (date: IsoDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;

const IEP_DEADLINES = `query($id: ID!) {
  iepDeadlines(iepId: $id) { id kind dueDate metOn status eventKind eventDate responsibleName explanation english: explanation(locale: en) }
}`;
const STUDENT_DEADLINES = `query($id: ID!) { studentDeadlines(studentId: $id) { kind iepId dueDate status explanation } }`;

type Deadline = { id: string; kind: string; dueDate: string; metOn: string | null; status: string; iepId: string | null; explanation: string; english: string };

describe('deadlines and the notification bell', () => {
  let api: TestApi;
  let service: DeadlinesService;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    service = api.app.get(DeadlinesService, { strict: false });
  });
  afterAll(() => api.close());

  const signedIn = async (email: string, password = DEMO_PASSWORD) => {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return client;
  };

  /** The fixture's calendar as the engine sees it: one school year around today, weekends off. */
  const fixtureCalendar = (fixture: DeadlineFixture, holidays: Array<{ date: IsoDate; name: string }> = []) =>
    new SchoolCalendar([{ label: 'Fixture year', firstDay: addDays(fixture.today, -200), lastDay: addDays(fixture.today, 300), holidays }]);
  const weekdayFrom = (date: IsoDate): IsoDate => ([0, 6].includes(dayOfWeek(date)) ? weekdayFrom(addDays(date, 1)) : date);
  const weekdaysAfter = (date: IsoDate, n: number): IsoDate => {
    let day = date;
    for (let counted = 0; counted < n;) {
      day = addDays(day, 1);
      if (![0, 6].includes(dayOfWeek(day))) counted++;
    }
    return day;
  };

  async function remindersOf(deadlineId: string) {
    return api.db.query(
      `SELECT offset_days AS "offsetDays", to_char(due_on, 'YYYY-MM-DD') AS "dueOn", state, kind, updated_at AS "updatedAt"
         FROM reminders WHERE deadline_id = $1 ORDER BY offset_days DESC`,
      [deadlineId],
    );
  }

  describe('the deadline service', () => {
    it('moves the deadline and re-dates its reminders in the transaction that changes the event date', async () => {
      const fixture = await createDeadlineFixture(api.db, { students: 1 });
      const [student] = fixture.students;
      const calendar = fixtureCalendar(fixture);
      const signed = weekdayFrom(addDays(fixture.today, 40));
      const first = await api.db.transaction((m) =>
        service.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'PARENT_SIGNATURE', date: signed }),
      );
      expect(first).toMatchObject({ kind: 'SERVICE_START', dueDate: calendar.addSchoolDays(signed, 10), responsibleUserId: fixture.caseManager.id });
      expect((await remindersOf(first.id)).map((r: { offsetDays: number }) => r.offsetDays)).toEqual([30, 14, 7, 1, 0, -1]);
      // The same event reported again changes nothing and audits nothing.
      const audited = async () =>
        (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE student_id = $1`, [student.id]))[0].n as number;
      const auditedOnce = await audited();
      const [{ updated }] = await api.db.query(`SELECT updated_at AS updated FROM deadlines WHERE id = $1`, [first.id]);
      await api.db.transaction((m) =>
        service.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'PARENT_SIGNATURE', date: signed }),
      );
      expect((await api.db.query(`SELECT updated_at AS updated FROM deadlines WHERE id = $1`, [first.id]))[0].updated).toEqual(updated);
      expect(await audited()).toBe(auditedOnce);

      const corrected = addDays(signed, 7);
      const newDue = calendar.addSchoolDays(corrected, 10);
      await api.db.transaction(async (m) => {
        const moved = await service.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'PARENT_SIGNATURE', date: corrected });
        expect(moved).toMatchObject({ id: first.id, eventDate: corrected, dueDate: newDue });
        const inside = await m.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM reminders WHERE deadline_id = $1 AND offset_days = 0`, [first.id]);
        expect(inside).toEqual([{ dueOn: newDue }]);
        // Until it commits, everyone else still sees the old date, for the deadline and its reminders alike.
        const [outside] = await api.db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM deadlines WHERE id = $1`, [first.id]);
        expect(outside.due).toBe(first.dueDate);
        expect((await remindersOf(first.id)).find((r: { offsetDays: number }) => r.offsetDays === 0).dueOn).toBe(first.dueDate);
      });
      const after = await remindersOf(first.id);
      expect(after.map((r: { dueOn: string }) => r.dueOn)).toEqual([30, 14, 7, 1, 0, -1].map((offset) => addDays(newDue, -offset)));
      expect(after.every((r: { state: string }) => r.state === 'PENDING')).toBe(true);
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM deadlines WHERE student_id = $1`, [student.id]);
      expect(count).toBe(1);
      const [audit] = await api.db.query(
        `SELECT data FROM audit_events WHERE event = 'DEADLINE_EVENT_RECORDED' AND student_id = $1 ORDER BY id DESC LIMIT 1`,
        [student.id],
      );
      expect(audit.data).toMatchObject({ eventDate: corrected, dueDate: newDue, previousDueDate: first.dueDate });

      // A transaction that fails after recording leaves deadline and reminders as they were.
      await expect(
        api.db.transaction(async (m) => {
          await service.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'PARENT_SIGNATURE', date: addDays(corrected, 7) });
          throw new Error('the signature could not be stored');
        }),
      ).rejects.toThrow('the signature could not be stored');
      const [kept] = await api.db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM deadlines WHERE id = $1`, [first.id]);
      expect(kept.due).toBe(newDue);
      expect((await remindersOf(first.id)).map((r: { dueOn: string }) => r.dueOn)).toEqual(after.map((r: { dueOn: string }) => r.dueOn));
    });

    it('moves only the deadlines whose span contains a holiday added to the calendar', async () => {
      const fixture = await createDeadlineFixture(api.db, { students: 2 });
      const [a, b] = fixture.students;
      const calendar = fixtureCalendar(fixture);
      const signedA = weekdayFrom(addDays(fixture.today, 40));
      const record = (studentId: string, iepId: string, date: IsoDate) =>
        api.db.transaction((m) => service.recordEvent(m, { studentId, iepId, eventKind: 'PARENT_SIGNATURE', date }));
      const deadlineA = await record(a.id, a.iepId, signedA);
      // B's ten school days start where A's end, so they never contain A's third school day.
      const deadlineB = await record(b.id, b.iepId, deadlineA.dueDate);
      const holiday = calendar.addSchoolDays(signedA, 3);
      const remindersB = await remindersOf(deadlineB.id);
      const [{ updated: updatedB }] = await api.db.query(`SELECT updated_at AS updated FROM deadlines WHERE id = $1`, [deadlineB.id]);

      const result = await api.db.transaction(async (m) => {
        await m.query(
          `INSERT INTO calendar_closures (calendar_id, kind, name, first_day, last_day) VALUES ($1, 'HOLIDAY', 'Founders Day', $2, $2)`,
          [fixture.calendarId, holiday],
        );
        return service.recomputeDistrict(m, fixture.districtId);
      });
      expect(result).toEqual({ examined: 2, changed: [deadlineA.id], moved: [deadlineA.id] });
      const withHoliday = fixtureCalendar(fixture, [{ date: holiday, name: 'Founders Day' }]);
      const [movedA] = await api.db.query(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, explanation FROM deadlines WHERE id = $1`,
        [deadlineA.id],
      );
      expect(movedA.due).toBe(withHoliday.addSchoolDays(signedA, 10));
      expect(movedA.due).toBe(withHoliday.addSchoolDays(deadlineA.dueDate, 1));
      expect(movedA.explanation.skipped).toMatchObject({ schoolHolidays: 1, names: ['Founders Day'] });
      expect((await remindersOf(deadlineA.id)).find((r: { offsetDays: number }) => r.offsetDays === 0).dueOn).toBe(movedA.due);

      const [unchangedB] = await api.db.query(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, updated_at AS updated FROM deadlines WHERE id = $1`,
        [deadlineB.id],
      );
      expect(unchangedB).toEqual({ due: deadlineB.dueDate, updated: updatedB });
      expect(await remindersOf(deadlineB.id)).toEqual(remindersB);
      const [audit] = await api.db.query(
        `SELECT data FROM audit_events WHERE event = 'DISTRICT_DEADLINES_RECOMPUTED' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.data).toEqual({ districtId: fixture.districtId, examined: 2, changed: 1 });
    });

    it('stops the reminders of a met deadline, and refuses to meet it again on another day', async () => {
      const fixture = await createDeadlineFixture(api.db, { students: 1 });
      const [student] = fixture.students;
      const review: DeadlineRecord = await api.db.transaction((m) =>
        service.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'IEP_MEETING', date: addDays(fixture.today, -10) }),
      );
      expect(review.kind).toBe('ANNUAL_REVIEW');
      const met = await api.db.transaction((m) => service.markMet(m, review.id, fixture.today));
      expect(met.metOn).toBe(fixture.today);
      const states = (await remindersOf(review.id)).map((r: { state: string }) => r.state);
      expect(states.length).toBeGreaterThan(0);
      expect(new Set(states)).toEqual(new Set(['CANCELLED']));
      await expect(api.db.transaction((m) => service.markMet(m, review.id, fixture.today))).resolves.toMatchObject({ metOn: fixture.today });
      await expect(api.db.transaction((m) => service.markMet(m, review.id, addDays(fixture.today, -1)))).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
      });
      // The same meeting recorded again finds the met deadline and changes nothing.
      const again = await api.db.transaction((m) =>
        service.recordEvent(m, { studentId: student.id, iepId: student.iepId, eventKind: 'IEP_MEETING', date: addDays(fixture.today, -10) }),
      );
      expect(again).toMatchObject({ id: review.id, metOn: fixture.today });
    });

    it('answers BAD_USER_INPUT with the field when the event cannot be recorded', async () => {
      const fixture = await createDeadlineFixture(api.db, { students: 1 });
      const [student] = fixture.students;
      const attempt = (eventKind: 'PARENT_SIGNATURE' | 'MEETING', date: IsoDate, iepId: string | null = student.iepId) =>
        api.db.transaction((m) => service.recordEvent(m, { studentId: student.id, iepId, eventKind, date }));
      await expect(attempt('MEETING', fixture.today, null)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'iepId' } });
      await expect(attempt('MEETING', '2026-02-30')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'date' } });
    });

    it('never refuses an event for want of a calendar: it estimates with weekdays, and the recompute after the calendar is saved makes it exact', async () => {
      const fixture = await createDeadlineFixture(api.db, { students: 2 });
      const [a, b] = fixture.students;
      const record = (studentId: string, iepId: string, date: IsoDate) =>
        api.db.transaction((m) => service.recordEvent(m, { studentId, iepId, eventKind: 'PARENT_SIGNATURE', date }));
      // Ten school days after the last day of the only school year run off the calendar.
      const late = weekdayFrom(addDays(fixture.today, 299));
      const pastTheYear = await record(a.id, a.iepId, late);
      expect(pastTheYear.explanation).toMatchObject({ rule: 'SCHOOL_DAYS_AFTER', amount: 10, estimated: true });
      expect(pastTheYear.dueDate).toBe(weekdaysAfter(late, 10));
      expect((await remindersOf(pastTheYear.id)).length).toBeGreaterThan(0);

      // With no calendar at all the event is still recorded, as an estimate.
      await api.db.query(`DELETE FROM school_calendars WHERE id = $1`, [fixture.calendarId]);
      const signed = weekdayFrom(addDays(fixture.today, 20));
      const noCalendar = await record(b.id, b.iepId, signed);
      expect(noCalendar).toMatchObject({ dueDate: weekdaysAfter(signed, 10), explanation: { estimated: true } });

      // The district enters its year with a holiday inside the span: every estimate becomes exact.
      const holiday = weekdaysAfter(signed, 3);
      const [{ id: calendarId }] = await api.db.query(
        `INSERT INTO school_calendars (district_id, school_year, first_day, last_day) VALUES ($1, 'Entered year', $2, $3) RETURNING id`,
        [fixture.districtId, addDays(fixture.today, -200), addDays(fixture.today, 400)],
      );
      await api.db.query(
        `INSERT INTO calendar_closures (calendar_id, kind, name, first_day, last_day) VALUES ($1, 'HOLIDAY', 'Founders Day', $2, $2)`,
        [calendarId, holiday],
      );
      const result = await api.db.transaction((m) => service.recomputeDistrict(m, fixture.districtId));
      expect(result.changed.sort()).toEqual([pastTheYear.id, noCalendar.id].sort());
      const entered = new SchoolCalendar([
        { label: 'Entered year', firstDay: addDays(fixture.today, -200), lastDay: addDays(fixture.today, 400), holidays: [{ date: holiday, name: 'Founders Day' }] },
      ]);
      const rows = await api.db.query(
        `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", explanation FROM deadlines WHERE id = ANY($1::uuid[])`,
        [[pastTheYear.id, noCalendar.id]],
      );
      const byId = Object.fromEntries(rows.map((row: { id: string }) => [row.id, row]));
      expect(byId[noCalendar.id].dueDate).toBe(entered.addSchoolDays(signed, 10));
      expect(byId[pastTheYear.id].dueDate).toBe(entered.addSchoolDays(late, 10));
      for (const row of rows) expect(row.explanation.estimated).toBeUndefined();
      // The reminders moved with the due date.
      expect((await remindersOf(noCalendar.id)).find((r: { offsetDays: number }) => r.offsetDays === 0).dueOn).toBe(byId[noCalendar.id].dueDate);
    });
  });

  it('seeds the demo calendars and deadlines once: seeding again writes nothing', async () => {
    const snapshot = async () =>
      (
        await api.db.query(
          `SELECT (SELECT count(*) FROM school_calendars)::int AS calendars, (SELECT count(*) FROM calendar_closures)::int AS closures,
                  (SELECT count(*) FROM deadlines)::int AS deadlines, (SELECT count(*) FROM reminders)::int AS reminders,
                  (SELECT count(*) FROM audit_events WHERE event LIKE 'DEADLINE%')::int AS audited,
                  (SELECT max(updated_at) FROM deadlines) AS "lastChange"`,
        )
      )[0];
    const before = await snapshot();
    const [demo] = await api.db.query(
      `SELECT count(DISTINCT c.id)::int AS calendars, count(x.id)::int AS closures,
              (SELECT count(*) FROM deadlines WHERE district_id = ANY($1::uuid[]))::int AS deadlines
         FROM school_calendars c LEFT JOIN calendar_closures x ON x.calendar_id = c.id WHERE c.district_id = ANY($1::uuid[])`,
      [[DEMO_DISTRICT.id, OTHER_DISTRICT.district.id]],
    );
    // 19 deadlines: the journey student Lucas's annual review is the one a revocation of consent closes.
    expect(demo).toEqual({ calendars: 4, closures: 30, deadlines: 19 });
    await seedDemoDistrict(api.db, api.sealer);
    expect(await snapshot()).toEqual(before);
  });

  it('seeds each IEP in force with the annual review its district profile gives, as its deadline does (raised only to keep the demo in force)', async () => {
    const rows: Array<{ id: string; due: string; deadline: string; floor: string }> = await api.db.query(
      `SELECT i.id, to_char(i.annual_review_due, 'YYYY-MM-DD') AS due, to_char(d.due_date, 'YYYY-MM-DD') AS deadline,
              to_char(current_date + 60, 'YYYY-MM-DD') AS floor
         FROM ieps i JOIN deadlines d ON d.iep_id = i.id AND d.kind = 'ANNUAL_REVIEW' AND d.event_date = i.meeting_date
        WHERE i.status = 'ACTIVE' AND i.id = ANY($1::uuid[])`,
      [[iep('401'), iep('405'), iep('407'), iep('413')]],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect({ id: row.id, due: row.due }).toEqual({ id: row.id, due: row.deadline >= row.floor ? row.deadline : row.floor });
  });

  describe('GraphQL', () => {
    it("shows an IEP's deadlines to its case manager, with the rule in words", async () => {
      const client = await signedIn(DEMO_USERS.caseManager.email);
      const result = await client.request<{ iepDeadlines: Deadline[] }>(IEP_DEADLINES, { id: iep('401') });
      expect(result.errors).toBeUndefined();
      const byKind = Object.fromEntries(result.data!.iepDeadlines.map((d) => [d.kind, d]));
      expect(byKind.SERVICE_START).toMatchObject({
        dueDate: '2026-01-06',
        metOn: '2025-12-15',
        status: 'MET_ON_TIME',
        responsibleName: DEMO_USERS.caseManager.displayName,
        explanation: '10 school days after the parent signed on 9 December 2025; 10 school holidays skipped (Winter Break)',
      });
      expect(byKind.ANNUAL_REVIEW).toMatchObject({
        dueDate: '2026-12-02',
        metOn: null,
        explanation: '12 months after the IEP meeting on 2 December 2025',
      });
      expect(['UPCOMING', 'DUE_THIS_WEEK', 'OVERDUE']).toContain(byKind.ANNUAL_REVIEW.status);
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM audit_events WHERE event = 'DEADLINES_VIEWED' AND actor_id = $1 AND iep_id = $2`,
        [DEMO_USERS.caseManager.id, iep('401')],
      );
      expect(count).toBe(1);
    });

    it("explains a student's deadlines in the parent's language, and in English when asked", async () => {
      const client = await signedIn(DEMO_USERS.parentEs.email);
      const result = await client.request<{ studentDeadlines: Deadline[] }>(
        `query($id: ID!) { studentDeadlines(studentId: $id) { kind status explanation english: explanation(locale: en) } }`,
        { id: DEMO_STUDENTS.sofia.id },
      );
      expect(result.errors).toBeUndefined();
      const transition = result.data!.studentDeadlines.find((d) => d.kind === 'TRANSITION_PLAN')!;
      expect(transition).toEqual({
        kind: 'TRANSITION_PLAN',
        status: 'MET_ON_TIME',
        explanation: 'el día en que el estudiante cumple 16 años (fecha de nacimiento: 18 de febrero de 2010)',
        english: "the student's 16th birthday (date of birth 18 February 2010)",
      });
    });

    it('shows a guest only the deadlines of the IEP they were invited to', async () => {
      const client = await signedIn(DEMO_USERS.guest.email);
      const result = await client.request<{ studentDeadlines: Deadline[] }>(STUDENT_DEADLINES, { id: DEMO_STUDENTS.maya.id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.studentDeadlines.map((d) => [d.kind, d.iepId])).toEqual([['MEETING_NOTICE', iep('402')]]);
    });

    it('answers NOT_FOUND to a caller with no relationship to the record, and audits the denial', async () => {
      const parent = await signedIn(DEMO_USERS.parent.email);
      const teacher = await signedIn(DEMO_USERS.teacher.email);
      const denials = async () =>
        (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND event = 'ACCESS_DENIED'`))[0].n as number;
      const before = await denials();
      const other = await parent.request(STUDENT_DEADLINES, { id: DEMO_STUDENTS.sofia.id });
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(other.data).toBeNull();
      const notOnTeam = await teacher.request(IEP_DEADLINES, { id: iep('405') });
      expect(notOnTeam.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const malformed = await teacher.request(IEP_DEADLINES, { id: 'not-an-id' });
      expect(malformed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await denials()).toBe(before + 3);
    });

    it('keeps the bell to its owner: list, unread count and marking as read', async () => {
      const notifications = api.app.get(NotificationService, { strict: false });
      await api.db.transaction((m) =>
        notifications.notify(m, [
          { userId: DEMO_USERS.caseManager.id, kind: 'DEADLINE_REMINDER', title: 'First', link: '/ieps/1' },
          { userId: DEMO_USERS.caseManager.id, kind: 'DEADLINE_REMINDER', title: 'Second' },
          { userId: DEMO_USERS.caseManager.id, kind: 'DEADLINE_ESCALATION', title: 'Third' },
          { userId: DEMO_USERS.teacher.id, kind: 'DEADLINE_REMINDER', title: "The teacher's" },
        ]),
      );
      const [{ id: teachersNote }] = await api.db.query(`SELECT id FROM notifications WHERE user_id = $1`, [DEMO_USERS.teacher.id]);
      const client = await signedIn(DEMO_USERS.caseManager.email);
      const list = await client.request<{ notifications: Array<{ id: string; title: string; readAt: string | null }> }>(
        `{ notifications(first: 10) { id title body link kind createdAt readAt } }`,
      );
      expect(list.errors).toBeUndefined();
      expect(list.data!.notifications.map((n) => n.title).sort()).toEqual(['First', 'Second', 'Third']);
      expect((await client.request<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(3);

      const first = list.data!.notifications.find((n) => n.title === 'First')!;
      const marked = await client.request<{ markNotificationsRead: number }>(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
        ids: [first.id, first.id],
      });
      expect(marked.data!.markNotificationsRead).toBe(2);
      const unread = await client.request<{ notifications: Array<{ title: string }> }>(`{ notifications(unreadOnly: true) { title } }`);
      expect(unread.data!.notifications.map((n) => n.title).sort()).toEqual(['Second', 'Third']);

      const stolen = await client.request(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
        ids: [list.data!.notifications.find((n) => n.title === 'Second')!.id, teachersNote],
      });
      expect(stolen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const [{ denied }] = await api.db.query(
        `SELECT count(*)::int AS denied FROM audit_events WHERE actor_id = $1 AND data->>'operation' = 'markNotificationsRead'`,
        [DEMO_USERS.caseManager.id],
      );
      expect(denied).toBe(1);
      const untouched = await api.db.query(
        `SELECT title, read_at IS NOT NULL AS read FROM notifications WHERE title IN ('Second', $1) ORDER BY title`,
        ["The teacher's"],
      );
      expect(untouched).toEqual([
        { title: 'Second', read: false },
        { title: "The teacher's", read: false },
      ]);
      const tooMany = await client.request(`{ notifications(first: 1000) { id } }`);
      expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('keeps serving deadlines and the bell while Redis is unreachable', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const offline = await startTestApi(createApiApp, { REDIS_URL: `redis://127.0.0.1:${port}/0` });
    try {
      await seedDemoDistrict(offline.db, offline.sealer);
      const client = new GraphQLTestClient(offline.url);
      expect((await client.signIn(DEMO_USERS.caseManager.email, DEMO_PASSWORD)).errors).toBeUndefined();
      const deadlines = await client.request<{ iepDeadlines: Deadline[] }>(IEP_DEADLINES, { id: iep('401') });
      expect(deadlines.errors).toBeUndefined();
      expect(deadlines.data!.iepDeadlines.length).toBeGreaterThan(0);
      const bell = await client.request(`{ unreadNotificationCount notifications { id } }`);
      expect(bell.errors).toBeUndefined();
      const marked = await client.request(`mutation { markNotificationsRead(ids: []) }`);
      expect(marked.errors).toBeUndefined();
    } finally {
      await offline.close();
    }
  });
});
