import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { createDeadlineFixture, GraphQLTestClient, startTestApi, type DeadlineFixture, type TestApi } from '@iep/api/testing';
import { addDays, addYears, IDEA_PROFILE, pickRuleValues, SchoolCalendar, type IsoDate } from '@iep/domain';

/** 0 Sunday … 6 Saturday (the engine's own helper is not part of the domain's public face). */
const dayOfWeek = (date: IsoDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();
import { createApiApp } from './bootstrap';

const CALENDAR_FIELDS = 'id schoolId schoolName schoolYear firstDay lastDay version closures { id kind name firstDay lastDay }';
const CHANGE = `calendar { ${CALENDAR_FIELDS} } deadlines { recomputed moved }`;
const ADD_CLOSURE = `mutation($input: AddCalendarClosureInput!) { addCalendarClosure(input: $input) { ${CHANGE} } }`;
const UPDATE_CLOSURE = `mutation($input: UpdateCalendarClosureInput!) { updateCalendarClosure(input: $input) { ${CHANGE} } }`;
const REMOVE_CLOSURE = `mutation($id: ID!, $version: Int!) { removeCalendarClosure(id: $id, version: $version) { ${CHANGE} } }`;
const CREATE_CALENDAR = `mutation($input: CreateSchoolCalendarInput!) { createSchoolCalendar(input: $input) { ${CHANGE} } }`;
const UPDATE_CALENDAR = `mutation($input: UpdateSchoolCalendarInput!) { updateSchoolCalendar(input: $input) { ${CHANGE} } }`;
const SET_PROFILE = `mutation($code: String!) { setDistrictStateProfile(code: $code) { profile { code inUse } deadlines { recomputed moved } } }`;

type Change = {
  calendar: { id: string; version: number; firstDay: string; lastDay: string; closures: Array<{ id: string; name: string }> };
  deadlines: { recomputed: number; moved: number };
};

const code = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

const weekdayFrom = (date: IsoDate): IsoDate => ([0, 6].includes(dayOfWeek(date)) ? weekdayFrom(addDays(date, 1)) : date);

describe('school calendar and state rule profile administration', () => {
  let api: TestApi;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    admin = await signedIn(DEMO_USERS.admin.email);
  });
  afterAll(() => api.close());

  async function signedIn(email: string, password = DEMO_PASSWORD) {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return client;
  }

  /** A district of its own with an administrator, so that its deadline counts are this test's alone. */
  async function fixtureWithAdmin(options: { stateCode?: string } = {}): Promise<{ fixture: DeadlineFixture; admin: GraphQLTestClient }> {
    const fixture = await createDeadlineFixture(api.db, { students: 2, ...options });
    const [{ email }] = await api.db.query(
      `INSERT INTO users (district_id, email, password_hash, display_name, role)
       SELECT district_id, 'admin-' || email, password_hash, 'Fixture Admin', 'DISTRICT_ADMIN' FROM users WHERE id = $1
       RETURNING email`,
      [fixture.caseManager.id],
    );
    return { fixture, admin: await signedIn(email, fixture.password) };
  }

  const fixtureCalendar = (fixture: DeadlineFixture, holidays: Array<{ date: IsoDate; name: string }> = []) =>
    new SchoolCalendar([{ label: 'Fixture year', firstDay: addDays(fixture.today, -200), lastDay: addDays(fixture.today, 300), holidays }]);

  const dueDate = async (id: string): Promise<IsoDate> =>
    (await api.db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM deadlines WHERE id = $1`, [id]))[0].due;
  const onTheDayReminder = async (id: string): Promise<IsoDate> =>
    (await api.db.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM reminders WHERE deadline_id = $1 AND offset_days = 0`, [id]))[0].dueOn;
  const version = async (calendarId: string): Promise<number> =>
    (await api.db.query(`SELECT version FROM school_calendars WHERE id = $1`, [calendarId]))[0].version;

  it("lists the calendars of the admin's own district only, by year", async () => {
    const all = await admin.request<{ schoolCalendars: Array<{ id: string; schoolYear: string; closures: unknown[] }> }>(
      `{ schoolCalendars { ${CALENDAR_FIELDS} } }`,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.schoolCalendars.map((c) => c.schoolYear)).toEqual(['2026–27', '2025–26']);
    expect(all.data!.schoolCalendars[0].closures).toHaveLength(10);
    const one = await admin.request<{ schoolCalendars: Array<{ schoolYear: string }> }>(
      `query($year: String) { schoolCalendars(schoolYear: $year) { schoolYear } }`,
      { year: '2025–26' },
    );
    expect(one.data!.schoolCalendars).toEqual([{ schoolYear: '2025–26' }]);
  });

  it('moves a deadline when a holiday is added inside its span, and not when the holiday falls outside it', async () => {
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin();
    const [a] = fixture.students;
    const signed = weekdayFrom(addDays(fixture.today, 40));
    const deadline = await api.db.transaction((m) =>
      fixture.deadlines.recordEvent(m, { studentId: a.id, iepId: a.iepId, eventKind: 'PARENT_SIGNATURE', date: signed }),
    );
    expect(deadline.dueDate).toBe(fixtureCalendar(fixture).addSchoolDays(signed, 10));

    // Outside: a weekday well after the due date.
    const outside = weekdayFrom(addDays(deadline.dueDate, 14));
    const first = await fixtureAdmin.request<{ addCalendarClosure: Change }>(ADD_CLOSURE, {
      input: { calendarId: fixture.calendarId, version: 1, kind: 'HOLIDAY', name: 'Harvest Day', firstDay: outside, lastDay: outside },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.addCalendarClosure.deadlines).toEqual({ recomputed: 1, moved: 0 });
    expect(first.data!.addCalendarClosure.calendar).toMatchObject({ version: 2, closures: [{ name: 'Harvest Day' }] });
    expect(await dueDate(deadline.id)).toBe(deadline.dueDate);

    // Inside: the third school day after the signature.
    const inside = fixtureCalendar(fixture).addSchoolDays(signed, 3);
    const second = await fixtureAdmin.request<{ addCalendarClosure: Change }>(ADD_CLOSURE, {
      input: { calendarId: fixture.calendarId, version: 2, kind: 'HOLIDAY', name: 'Founders Day', firstDay: inside, lastDay: inside },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.addCalendarClosure.deadlines).toEqual({ recomputed: 1, moved: 1 });
    const moved = fixtureCalendar(fixture, [{ date: inside, name: 'Founders Day' }]).addSchoolDays(signed, 10);
    expect(moved).not.toBe(deadline.dueDate);
    expect(await dueDate(deadline.id)).toBe(moved);
    // Its reminders moved in the same transaction.
    expect(await onTheDayReminder(deadline.id)).toBe(moved);

    // Turning the holiday into a non-school day elsewhere (outside the span) moves it back; removing it too.
    const founders = second.data!.addCalendarClosure.calendar.closures.find((c) => c.name === 'Founders Day')!;
    const edited = await fixtureAdmin.request<{ updateCalendarClosure: Change }>(UPDATE_CLOSURE, {
      input: { id: founders.id, version: 3, kind: 'NON_SCHOOL_DAY', name: 'Staff Day', firstDay: outside, lastDay: outside },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateCalendarClosure.deadlines).toEqual({ recomputed: 1, moved: 1 });
    expect(await dueDate(deadline.id)).toBe(deadline.dueDate);
    const removed = await fixtureAdmin.request<{ removeCalendarClosure: Change }>(REMOVE_CLOSURE, { id: founders.id, version: 4 });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeCalendarClosure).toMatchObject({ deadlines: { recomputed: 1, moved: 0 }, calendar: { version: 5 } });

    const events = await api.db.query(
      `SELECT event, data FROM audit_events WHERE actor_role = 'DISTRICT_ADMIN' AND data->>'calendarId' = $1 ORDER BY id`,
      [fixture.calendarId],
    );
    expect(events.map((e: { event: string }) => e.event)).toEqual([
      'CALENDAR_CLOSURE_ADDED', 'CALENDAR_CLOSURE_ADDED', 'CALENDAR_CLOSURE_UPDATED', 'CALENDAR_CLOSURE_REMOVED',
    ]);
    expect(events[2].data).toMatchObject({ kind: 'NON_SCHOOL_DAY', previous: { kind: 'HOLIDAY', name: 'Founders Day', firstDay: inside } });
    const [recomputed] = await api.db.query(
      `SELECT actor_id AS "actorId", data FROM audit_events WHERE event = 'DISTRICT_DEADLINES_RECOMPUTED' AND data->>'districtId' = $1
        ORDER BY id DESC LIMIT 1`,
      [fixture.districtId],
    );
    expect(recomputed).toMatchObject({ actorId: expect.any(String), data: { examined: 1 } });
  });

  it('refuses a stale edit with CONFLICT and the current version, and changes nothing', async () => {
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin();
    const day = weekdayFrom(addDays(fixture.today, 20));
    const ok = await fixtureAdmin.request(ADD_CLOSURE, {
      input: { calendarId: fixture.calendarId, version: 1, kind: 'HOLIDAY', name: 'First', firstDay: day, lastDay: day },
    });
    expect(ok.errors).toBeUndefined();
    // A second administrator still looking at version 1.
    const stale = await fixtureAdmin.request(ADD_CLOSURE, {
      input: { calendarId: fixture.calendarId, version: 1, kind: 'HOLIDAY', name: 'Second', firstDay: day, lastDay: day },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM calendar_closures WHERE calendar_id = $1`, [fixture.calendarId]);
    expect(n).toBe(1);
    expect(await version(fixture.calendarId)).toBe(2);
  });

  it('refuses closures outside the year, a year that ends before it starts, overlapping years and a repeated name, naming the field', async () => {
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin();
    const firstDay = addDays(fixture.today, -200);
    const lastDay = addDays(fixture.today, 300);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [ADD_CLOSURE, { input: { calendarId: fixture.calendarId, version: 1, kind: 'BREAK', name: 'Too early', firstDay: addDays(firstDay, -3), lastDay: firstDay } }, 'firstDay'],
      [ADD_CLOSURE, { input: { calendarId: fixture.calendarId, version: 1, kind: 'BREAK', name: 'Too late', firstDay: lastDay, lastDay: addDays(lastDay, 2) } }, 'lastDay'],
      [ADD_CLOSURE, { input: { calendarId: fixture.calendarId, version: 1, kind: 'BREAK', name: 'Backwards', firstDay: addDays(fixture.today, 5), lastDay: fixture.today } }, 'lastDay'],
      [ADD_CLOSURE, { input: { calendarId: fixture.calendarId, version: 1, kind: 'HOLIDAY', name: '  ', firstDay: fixture.today, lastDay: fixture.today } }, 'name'],
      [ADD_CLOSURE, { input: { calendarId: fixture.calendarId, version: 1, kind: 'HOLIDAY', name: 'Nonsense', firstDay: '2026-02-30', lastDay: '2026-02-30' } }, 'firstDay'],
      [UPDATE_CALENDAR, { input: { id: fixture.calendarId, version: 1, schoolYear: 'Fixture year', firstDay: lastDay, lastDay: firstDay } }, 'lastDay'],
      [CREATE_CALENDAR, { input: { schoolYear: 'Overlapping', firstDay: addDays(lastDay, -10), lastDay: addDays(lastDay, 200) } }, 'firstDay'],
      [CREATE_CALENDAR, { input: { schoolYear: 'Fixture year', firstDay: addDays(lastDay, 60), lastDay: addDays(lastDay, 300) } }, 'schoolYear'],
    ];
    for (const [document, variables, field] of cases) {
      const result = await fixtureAdmin.request(document, variables);
      expect({ field, error: result.errors?.[0].extensions }).toEqual({ field, error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    expect(await version(fixture.calendarId)).toBe(1);

    // The next year, adjacent and not overlapping, is accepted; a school's own calendar of the same name may overlap.
    const next = await fixtureAdmin.request<{ createSchoolCalendar: Change }>(CREATE_CALENDAR, {
      input: { schoolYear: 'Next year', firstDay: addDays(lastDay, 60), lastDay: addDays(lastDay, 300) },
    });
    expect(next.errors).toBeUndefined();
    expect(next.data!.createSchoolCalendar.calendar).toMatchObject({ version: 1, closures: [] });
    const tooLong = await fixtureAdmin.request(CREATE_CALENDAR, {
      input: { schoolId: fixture.schoolId, schoolYear: 'Fixture year', firstDay: addDays(fixture.today, -100), lastDay: addDays(fixture.today, 270) },
    });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastDay' });
    const school = await fixtureAdmin.request(CREATE_CALENDAR, {
      input: { schoolId: fixture.schoolId, schoolYear: 'Fixture year', firstDay: addDays(fixture.today, -100), lastDay: addDays(fixture.today, 200) },
    });
    expect(school.errors).toBeUndefined();
  });

  it('refuses to shrink a year under its closures; a year cut short under a deadline turns it into a marked estimate, not a refusal', async () => {
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin();
    const [a] = fixture.students;
    const day = weekdayFrom(addDays(fixture.today, 100));
    const added = await fixtureAdmin.request<{ addCalendarClosure: Change }>(ADD_CLOSURE, {
      input: { calendarId: fixture.calendarId, version: 1, kind: 'HOLIDAY', name: 'Late holiday', firstDay: day, lastDay: day },
    });
    const shrunk = await fixtureAdmin.request(UPDATE_CALENDAR, {
      input: { id: fixture.calendarId, version: 2, schoolYear: 'Fixture year', firstDay: addDays(fixture.today, -200), lastDay: addDays(day, -1) },
    });
    expect(shrunk.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastDay' });
    const [lateHoliday] = added.data!.addCalendarClosure.calendar.closures;
    expect((await fixtureAdmin.request(REMOVE_CLOSURE, { id: lateHoliday.id, version: 2 })).errors).toBeUndefined();

    const signed = weekdayFrom(addDays(fixture.today, 30));
    const deadline = await api.db.transaction((m) =>
      fixture.deadlines.recordEvent(m, { studentId: a.id, iepId: a.iepId, eventKind: 'PARENT_SIGNATURE', date: signed }),
    );
    expect(deadline.explanation.estimated).toBeUndefined();
    // Ending the year three days after the signature leaves no room for ten school days: weekdays stand in.
    const tooShort = await fixtureAdmin.request<{ updateSchoolCalendar: Change }>(UPDATE_CALENDAR, {
      input: { id: fixture.calendarId, version: 3, schoolYear: 'Fixture year', firstDay: addDays(fixture.today, -200), lastDay: addDays(signed, 3) },
    });
    expect(tooShort.errors).toBeUndefined();
    expect(tooShort.data!.updateSchoolCalendar.calendar).toMatchObject({ lastDay: addDays(signed, 3), version: 4 });
    const [estimate] = await api.db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due, explanation FROM deadlines WHERE id = $1`, [deadline.id]);
    expect(estimate.explanation).toMatchObject({ rule: 'SCHOOL_DAYS_AFTER', estimated: true });
    // The year lengthened again, the same deadline is exact again, on the day it had before.
    const restored = await fixtureAdmin.request(UPDATE_CALENDAR, {
      input: { id: fixture.calendarId, version: 4, schoolYear: 'Fixture year', firstDay: addDays(fixture.today, -200), lastDay: addDays(fixture.today, 150) },
    });
    expect(restored.errors).toBeUndefined();
    const [exact] = await api.db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due, explanation FROM deadlines WHERE id = $1`, [deadline.id]);
    expect(exact.due).toBe(deadline.dueDate);
    expect(exact.explanation.estimated).toBeUndefined();
  });

  it("answers NOT_FOUND for another district's calendar, closure or school, and audits the denial", async () => {
    const [other] = await api.db.query(`SELECT id FROM school_calendars WHERE district_id = $1`, [OTHER_DISTRICT.district.id]);
    const [otherClosure] = await api.db.query(`SELECT id FROM calendar_closures WHERE calendar_id = $1 LIMIT 1`, [other.id]);
    const denied = async () =>
      (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND actor_id = $1`, [DEMO_USERS.admin.id]))[0].n as number;
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['addCalendarClosure', ADD_CLOSURE, { input: { calendarId: other.id, version: 1, kind: 'HOLIDAY', name: 'Sneaky', firstDay: '2026-10-05', lastDay: '2026-10-05' } }],
      ['updateSchoolCalendar', UPDATE_CALENDAR, { input: { id: other.id, version: 1, schoolYear: '2026–27', firstDay: '2026-09-02', lastDay: '2027-06-17' } }],
      ['updateCalendarClosure', UPDATE_CLOSURE, { input: { id: otherClosure.id, version: 1, kind: 'HOLIDAY', name: 'X', firstDay: '2026-09-07', lastDay: '2026-09-07' } }],
      ['removeCalendarClosure', REMOVE_CLOSURE, { id: otherClosure.id, version: 1 }],
      ['createSchoolCalendar', CREATE_CALENDAR, { input: { schoolId: OTHER_DISTRICT.school.id, schoolYear: '2030–31', firstDay: '2030-09-01', lastDay: '2031-06-15' } }],
    ];
    for (const [operation, document, variables] of attempts) {
      const before = await denied();
      const result = await admin.request(document, variables);
      expect({ operation, code: result.errors?.[0].extensions?.code }).toEqual({ operation, code: 'NOT_FOUND' });
      expect(await denied()).toBe(before + 1);
    }
    const [last] = await api.db.query(
      `SELECT data FROM audit_events WHERE outcome = 'DENIED' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [DEMO_USERS.admin.id],
    );
    expect(last.data).toEqual({ operation: 'createSchoolCalendar', reason: 'NOT_IN_DISTRICT' });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM calendar_closures WHERE name = 'Sneaky'`);
    expect(n).toBe(0);

    // Other roles are refused at the door.
    const teacher = await signedIn(DEMO_USERS.teacher.email);
    const refused = await teacher.request(`{ schoolCalendars { id } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A school calendar of the admin's own district is fine.
    const own = await admin.request(CREATE_CALENDAR, {
      input: { schoolId: DEMO_SCHOOLS[0].id, schoolYear: '2026–27', firstDay: '2026-08-27', lastDay: '2027-06-15' },
    });
    expect(own.errors).toBeUndefined();
  });

  it('switches the state rule profile, recomputing every open deadline under it in the same transaction', async () => {
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin();
    const [a] = fixture.students;
    const consent = weekdayFrom(addDays(fixture.today, 5));
    const deadline = await api.db.transaction((m) =>
      fixture.deadlines.recordEvent(m, { studentId: a.id, eventKind: 'CONSENT_TO_EVALUATE', date: consent }),
    );
    expect(deadline.dueDate).toBe(addDays(consent, 60));

    const profiles = await fixtureAdmin.request<{ stateRuleProfiles: Array<{ code: string; inUse: boolean; summary: string; initialEvaluationUnit: string }> }>(
      `{ stateRuleProfiles { code name summary inUse initialEvaluationDays initialEvaluationUnit serviceStartSchoolDays transitionAge breaksStopEvaluationClock breakMinimumWeekdays } }`,
    );
    const listed = profiles.data!.stateRuleProfiles;
    expect(listed.filter((p) => p.inUse).map((p) => p.code)).toEqual(['IDEA']);
    expect(listed.map((p) => p.code)).toEqual(expect.arrayContaining(['IDEA', 'MA', 'CA']));
    expect(listed.find((p) => p.code === 'MA')).toMatchObject({ initialEvaluationUnit: 'SCHOOL_DAYS', summary: expect.stringContaining('30 school days') });

    const unknown = await fixtureAdmin.request(SET_PROFILE, { code: 'ZZ' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    const switched = await fixtureAdmin.request<{ setDistrictStateProfile: { profile: { code: string; inUse: boolean }; deadlines: { recomputed: number; moved: number } } }>(
      SET_PROFILE,
      { code: 'MA' },
    );
    expect(switched.errors).toBeUndefined();
    expect(switched.data!.setDistrictStateProfile).toEqual({ profile: { code: 'MA', inUse: true }, deadlines: { recomputed: 1, moved: 1 } });
    expect(await dueDate(deadline.id)).toBe(fixtureCalendar(fixture).addSchoolDays(consent, 30));
    const [audit] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'DISTRICT_STATE_PROFILE_CHANGED' AND data->>'districtId' = $1`,
      [fixture.districtId],
    );
    expect(audit.data).toEqual({ districtId: fixture.districtId, previousCode: 'IDEA', code: 'MA' });

    // Choosing the profile already in use changes nothing.
    const again = await fixtureAdmin.request<{ setDistrictStateProfile: { deadlines: { moved: number } } }>(SET_PROFILE, { code: 'MA' });
    expect(again.data!.setDistrictStateProfile.deadlines).toEqual({ recomputed: 0, moved: 0 });
    // The demo district keeps its own.
    const [{ state_code }] = await api.db.query(`SELECT state_code FROM districts WHERE id = $1`, [DEMO_DISTRICT.id]);
    expect(state_code).toBe('IDEA');
  });

  it("creates the district's own profile from a built-in one within the domain's bounds, and recomputes open deadlines when it is in use", async () => {
    const SAVE = `mutation($input: SaveDistrictRuleProfileInput!) { saveDistrictRuleProfile(input: $input) {
      profile { code name basedOn version inUse rules { initialEvaluation { amount unit } annualReview { rule months } }
                sources { rule citation basis note(locale: es) } }
      deadlines { recomputed moved } } }`;
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin({ stateCode: 'MA' });
    const [a] = fixture.students;
    const consent = weekdayFrom(addDays(fixture.today, 5));
    const deadline = await api.db.transaction((m) =>
      fixture.deadlines.recordEvent(m, { studentId: a.id, eventKind: 'CONSENT_TO_EVALUATE', date: consent }),
    );
    const calendar = fixtureCalendar(fixture);
    expect(deadline.dueDate).toBe(calendar.addSchoolDays(consent, 30));
    const listed = await fixtureAdmin.request<{ stateRuleProfiles: Array<{ code: string; rules: { initialEvaluation: { amount: number; unit: string } }; sources: Array<{ rule: string; citation: string; basis: string }> }> }>(
      `{ stateRuleProfiles { code rules { initialEvaluation { amount unit } } sources { rule citation basis } } }`,
    );
    const ma = listed.data!.stateRuleProfiles.find((p) => p.code === 'MA')!;
    expect(ma.sources.find((x) => x.rule === 'recordsRequest')).toEqual({ rule: 'recordsRequest', citation: '603 CMR 23.07(2)', basis: 'STATE' });
    expect(listed.data!.stateRuleProfiles.find((p) => p.code === 'IDEA')!.sources.find((x) => x.rule === 'meetingNotice')!.basis).toBe('COMMON_STATE_CHOICE');
    const rules = {
      initialEvaluation: { amount: 45, unit: 'SCHOOL_DAYS' }, excludeBreaksFromCalendarDayCounts: false, breakExclusionMinimumWeekdays: 0,
      firstIepMeetingDays: 30, meetingNoticeDays: 10, serviceStartSchoolDays: 10, annualReview: { rule: 'BY_ANNIVERSARY', months: 12 },
      reevaluation: { rule: 'WITHIN_MONTHS', months: 36 }, recordsRequest: { amount: 10, unit: 'CALENDAR_DAYS' }, transitionAge: 14,
      requiresParentSignature: true, effectAfterNoticeDays: 10,
    };

    // Out of bounds: refused, naming the field, and nothing written.
    const tooLate = await fixtureAdmin.request(SAVE, { input: { basedOn: 'MA', name: 'Our rules', use: true, rules: { ...rules, recordsRequest: { amount: 60, unit: 'CALENDAR_DAYS' } } } });
    expect(tooLate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordsRequest.amount' });
    const halfYear = await fixtureAdmin.request(SAVE, { input: { basedOn: 'MA', name: 'Our rules', use: true, rules: { ...rules, annualReview: { rule: 'BY_ANNIVERSARY', months: 6 } } } });
    expect(halfYear.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'annualReview.months' });
    expect(code(await fixtureAdmin.request(SAVE, { input: { basedOn: 'TX', name: 'Our rules', use: true, rules } }))).toBe('BAD_USER_INPUT');
    expect((await api.db.query(`SELECT count(*)::int AS n FROM district_rule_profiles WHERE district_id = $1`, [fixture.districtId]))[0].n).toBe(0);
    // Only a district administrator may.
    const caseManager = await signedIn(fixture.caseManager.email, fixture.password);
    expect(code(await caseManager.request(SAVE, { input: { basedOn: 'MA', name: 'Our rules', use: true, rules } }))).toBe('FORBIDDEN');

    const saved = await fixtureAdmin.request<{ saveDistrictRuleProfile: { profile: { code: string; version: number; inUse: boolean; sources: Array<{ rule: string; basis: string; note: string | null }> }; deadlines: { recomputed: number; moved: number } } }>(
      SAVE, { input: { basedOn: 'MA', name: ' Our rules ', use: true, rules } },
    );
    expect(saved.errors).toBeUndefined();
    const change = saved.data!.saveDistrictRuleProfile;
    expect(change).toMatchObject({ profile: { code: 'DISTRICT', name: 'Our rules', basedOn: 'MA', version: 1, inUse: true }, deadlines: { recomputed: 1, moved: 1 } });
    expect(change.profile.sources.find((x) => x.rule === 'initialEvaluation')).toMatchObject({ basis: 'DISTRICT', note: expect.stringContaining('propia del distrito') });
    expect(change.profile.sources.find((x) => x.rule === 'recordsRequest')!.basis).toBe('STATE');
    expect(await dueDate(deadline.id)).toBe(calendar.addSchoolDays(consent, 45));
    const [{ state_code }] = await api.db.query(`SELECT state_code FROM districts WHERE id = $1`, [fixture.districtId]);
    expect(state_code).toBe('DISTRICT');

    // A stale edit is a conflict; an edit on the current version recomputes again.
    const stale = await fixtureAdmin.request(SAVE, { input: { basedOn: 'MA', name: 'Our rules', version: 7, use: true, rules } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const edited = await fixtureAdmin.request<{ saveDistrictRuleProfile: { profile: { version: number }; deadlines: { moved: number } } }>(
      SAVE, { input: { basedOn: 'MA', name: 'Our rules', version: 1, use: true, rules: { ...rules, initialEvaluation: { amount: 40, unit: 'SCHOOL_DAYS' } } } },
    );
    expect(edited.data!.saveDistrictRuleProfile).toMatchObject({ profile: { version: 2 }, deadlines: { moved: 1 } });
    expect(await dueDate(deadline.id)).toBe(calendar.addSchoolDays(consent, 40));
    const audits = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'DISTRICT_RULE_PROFILE_SAVED' AND data->>'districtId' = $1 ORDER BY occurred_at`,
      [fixture.districtId],
    );
    expect(audits.map((row: { data: { version: number } }) => row.data.version)).toEqual([1, 2]);

    // Back to a built-in profile and to the district's own again.
    expect((await fixtureAdmin.request(SET_PROFILE, { code: 'MA' })).errors).toBeUndefined();
    expect(await dueDate(deadline.id)).toBe(calendar.addSchoolDays(consent, 30));
    const own = await fixtureAdmin.request<{ setDistrictStateProfile: { profile: { code: string } } }>(SET_PROFILE, { code: 'DISTRICT' });
    expect(own.data!.setDistrictStateProfile.profile.code).toBe('DISTRICT');
    expect(await dueDate(deadline.id)).toBe(calendar.addSchoolDays(consent, 40));
    // Another district has no profile of its own to switch to.
    const { admin: otherAdmin } = await fixtureWithAdmin();
    expect((await otherAdmin.request(SET_PROFILE, { code: 'DISTRICT' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('sets the age of majority of its own profile within 18 to 21, sourced to the district; the transfer-of-rights window and quality check follow in the same save', async () => {
    const SAVE = `mutation($input: SaveDistrictRuleProfileInput!) { saveDistrictRuleProfile(input: $input) {
      profile { version inUse rules { ageOfMajority } sources { rule citation basis } } deadlines { recomputed } } }`;
    const RIGHTS_AND_CHECKS = `query($student: ID!, $iep: ID!) {
      studentRights(studentId: $student) { majority { ageOfMajority citation majorityOn transferNoticeDue } }
      iep(id: $iep) { qualityChecks { code } } }`;
    type Read = { studentRights: { majority: { ageOfMajority: number; citation: string; majorityOn: string; transferNoticeDue: boolean } }; iep: { qualityChecks: Array<{ code: string }> } };
    const { fixture, admin: fixtureAdmin } = await fixtureWithAdmin({ stateCode: 'IDEA' });
    const [student] = fixture.students;
    // 18 years and 10 months old: past 18, fourteen months from 20, beyond the IEP's year (a review within 12 months).
    const dateOfBirth = addDays(addYears(fixture.today, -19), 60);
    await api.db.query(`UPDATE students SET date_of_birth = $2 WHERE id = $1`, [student.id, dateOfBirth]);
    const caseManager = await signedIn(fixture.caseManager.email, fixture.password);
    const read = async () => {
      const result = await caseManager.request<Read>(RIGHTS_AND_CHECKS, { student: student.id, iep: student.iepId });
      expect(result.errors).toBeUndefined();
      return { ...result.data!.studentRights.majority, rightsCheck: result.data!.iep.qualityChecks.some((c) => c.code === 'RIGHTS_TRANSFER_NOT_STATED') };
    };
    expect(await read()).toMatchObject({ ageOfMajority: 18, citation: '34 CFR 300.520(a)', majorityOn: addYears(dateOfBirth, 18), transferNoticeDue: true, rightsCheck: true });

    const rules = { ...pickRuleValues(IDEA_PROFILE) };
    for (const age of [17, 22]) {
      const refused = await fixtureAdmin.request(SAVE, { input: { basedOn: 'IDEA', name: 'Our rules', use: true, rules: { ...rules, ageOfMajority: age } } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ageOfMajority' });
    }
    expect((await api.db.query(`SELECT count(*)::int AS n FROM district_rule_profiles WHERE district_id = $1`, [fixture.districtId]))[0].n).toBe(0);

    const saved = await fixtureAdmin.request<{ saveDistrictRuleProfile: { profile: { version: number; rules: { ageOfMajority: number }; sources: Array<{ rule: string; citation: string; basis: string }> } } }>(
      SAVE, { input: { basedOn: 'IDEA', name: 'Our rules', use: true, rules: { ...rules, ageOfMajority: 21 } } },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveDistrictRuleProfile.profile.rules.ageOfMajority).toBe(21);
    expect(saved.data!.saveDistrictRuleProfile.profile.sources.find((x) => x.rule === 'ageOfMajority')).toEqual({ rule: 'ageOfMajority', citation: '34 CFR 300.520(a)', basis: 'DISTRICT' });
    // The window now opens at 20, after this IEP's year: nothing to state yet.
    expect(await read()).toMatchObject({ ageOfMajority: 21, majorityOn: addYears(dateOfBirth, 21), transferNoticeDue: false, rightsCheck: false });
    const [audit] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'DISTRICT_RULE_PROFILE_SAVED' AND data->>'districtId' = $1`, [fixture.districtId]);
    expect(audit.data.rules.ageOfMajority).toBe(21);

    // Omitted by an older client: the base's age, not a refusal.
    const omitted = await fixtureAdmin.request<{ saveDistrictRuleProfile: { profile: { rules: { ageOfMajority: number } } } }>(
      SAVE, { input: { basedOn: 'IDEA', name: 'Our rules', version: 1, use: true, rules: Object.fromEntries(Object.entries(rules).filter(([key]) => key !== 'ageOfMajority')) } },
    );
    expect(omitted.data!.saveDistrictRuleProfile.profile.rules.ageOfMajority).toBe(18);
    expect(await read()).toMatchObject({ ageOfMajority: 18, transferNoticeDue: true, rightsCheck: true });
  });
});
