import { DEFAULT_DISTRICT_TIME_ZONE, addDays, wallClock } from '@iep/domain';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, IepLifecycleService, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { denials, GraphQLTestClient, signedIn, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const FIELDS = `studentId viewerCanRevoke viewerCanRecord revocationIntent
  consentRevocation { id revokedOn revokedByName reason typedName intentStatement status servicesEndOn noticeId noticeStatus noticePdfUrl }`;
const RIGHTS = `query($id: ID!) { studentRights(studentId: $id) { ${FIELDS} } }`;
const REVOKE = `mutation($input: RevokeConsentForServicesInput!) { revokeConsentForServices(input: $input) { ${FIELDS} } }`;
const END = `mutation($input: SetServicesEndInput!) { setServicesEndAfterRevocation(input: $input) { ${FIELDS} } }`;
const AGREE = `mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`;
const DEADLINES = `query($id: ID!) { studentDeadlines(studentId: $id) { id kind status closedOn closedReason } }`;

interface Revocation {
  id: string; revokedOn: string; revokedByName: string; reason: string; typedName: string; intentStatement: string; status: string;
  servicesEndOn: string | null; noticeId: string | null; noticeStatus: string | null; noticePdfUrl: string | null;
}
interface Rights { viewerCanRevoke: boolean; viewerCanRecord: boolean; revocationIntent: string; consentRevocation: Revocation | null }
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('revocation of consent for services (34 CFR 300.300(b)(4)): e-signed, answered by prior written notice, deadlines closed (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let parent: GraphQLTestClient;
  let caseManager: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let otherCaseManager: GraphQLTestClient;
  let stranger: GraphQLTestClient;
  let otherDistrictCaseManager: GraphQLTestClient;
  const today = wallClock(new Date(), DEFAULT_DISTRICT_TIME_ZONE).date;
  const MAYA = DEMO_STUDENTS.maya.id;
  const signature = { typedName: DEMO_USERS.parent.displayName, password: DEMO_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION };


  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [parent, caseManager, teacher, otherCaseManager, stranger, otherDistrictCaseManager] = await Promise.all([
      signedIn(api, DEMO_USERS.parent.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.caseManager.email, DEMO_PASSWORD), signedIn(api, DEMO_USERS.teacher.email, DEMO_PASSWORD),
      signedIn(api, DEMO_USERS.caseManager2.email, DEMO_PASSWORD), signedIn(api, OTHER_DISTRICT.users.parent.email, DEMO_PASSWORD), signedIn(api, OTHER_DISTRICT.users.caseManager.email, DEMO_PASSWORD),
    ]);
  });
  afterAll(() => api.close());

  it('refuses a revocation without a valid e-signature, and anyone who does not hold the rights, auditing each denial', async () => {
    const view = await parent.request<{ studentRights: Rights }>(RIGHTS, { id: MAYA });
    expect(view.data!.studentRights).toMatchObject({ viewerCanRevoke: true, viewerCanRecord: false, consentRevocation: null });
    expect(view.data!.studentRights.revocationIntent).toContain('revoke my consent');
    // No consent to electronic records yet.
    const noRecords = await parent.request(REVOKE, { input: { studentId: MAYA, reason: '', ...signature } });
    expect(noRecords.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'E_RECORDS_CONSENT_REQUIRED' } });
    expect((await parent.request(AGREE, { input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale: 'en' } })).errors).toBeUndefined();
    const wrong = await parent.request(REVOKE, { input: { studentId: MAYA, reason: '', ...signature, password: 'not the password' } });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    const attempts: Array<[GraphQLTestClient, string, string]> = [
      [stranger, 'NOT_FOUND', 'revokeConsentForServices'],
      [teacher, 'FORBIDDEN', 'revokeConsentForServices'],
    ];
    for (const [client, expected, operation] of attempts) {
      const before = await denials(api, operation);
      expect(code(await client.request(REVOKE, { input: { studentId: MAYA, reason: '', ...signature } }))).toBe(expected);
      expect(await denials(api, operation)).toBeGreaterThan(before);
    }
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM consent_revocations`);
    expect(count).toBe(0);
  });

  it('records the signed revocation with its evidence, tells the district, and refuses a second one', async () => {
    const revoked = await parent.request<{ revokeConsentForServices: Rights }>(REVOKE, {
      input: { studentId: MAYA, reason: 'We will support Maya at home.', ...signature },
    });
    expect(revoked.errors).toBeUndefined();
    const revocation = revoked.data!.revokeConsentForServices.consentRevocation!;
    expect(revocation).toMatchObject({
      revokedOn: today, revokedByName: DEMO_USERS.parent.displayName, reason: 'We will support Maya at home.', typedName: DEMO_USERS.parent.displayName,
      status: 'AWAITING_NOTICE', servicesEndOn: null, noticeId: null,
    });
    expect(revoked.data!.revokeConsentForServices.viewerCanRevoke).toBe(false);
    const [row] = await api.db.query(
      `SELECT intent_version, electronic_records_consent_id IS NOT NULL AS evidence, ip IS NOT NULL AS ip FROM consent_revocations WHERE id = $1`, [revocation.id],
    );
    expect(row).toEqual({ intent_version: SIGNATURE_INTENT_VERSION, evidence: true, ip: true });
    const [audit] = await api.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'CONSENT_FOR_SERVICES_REVOKED'`);
    expect(audit).toMatchObject({ actor_id: DEMO_USERS.parent.id, data: { revocationId: revocation.id, revokedOn: today } });
    const told: Array<{ user_id: string }> = await api.db.query(`SELECT user_id FROM notifications WHERE kind = 'CONSENT_REVOKED' ORDER BY user_id`);
    expect(told.map((n) => n.user_id)).toEqual(expect.arrayContaining([DEMO_USERS.caseManager.id, DEMO_USERS.districtRep.id]));
    const again = await parent.request(REVOKE, { input: { studentId: MAYA, reason: '', ...signature } });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_REVOKED' } });
    // The signed revocation is evidence: it cannot be rewritten.
    await expect(api.db.query(`UPDATE consent_revocations SET typed_name = 'someone else'`)).rejects.toThrow(/IEP_FROZEN/);
  });

  it('sends the prior written notice naming the last day of services and closes the deadlines that no longer apply', async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM consent_revocations WHERE student_id = $1`, [MAYA]);
    const before: Array<{ id: string; kind: string }> = await api.db.query(
      `SELECT id, kind FROM deadlines WHERE student_id = $1 AND met_on IS NULL AND closed_on IS NULL ORDER BY id`, [MAYA],
    );
    expect(before.length).toBeGreaterThan(0);
    const tooLate = await caseManager.request(END, { input: { revocationId: id, servicesEndOn: addDays(today, 90) } });
    expect(tooLate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'servicesEndOn', reason: 'TOO_LATE' } });
    const past = await caseManager.request(END, { input: { revocationId: id, servicesEndOn: addDays(today, -1) } });
    expect(past.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'BEFORE_NOTICE' } });
    for (const [client, expected] of [[teacher, 'FORBIDDEN'], [otherCaseManager, 'NOT_FOUND'], [otherDistrictCaseManager, 'NOT_FOUND'], [stranger, 'FORBIDDEN']] as const) {
      const denied = await denials(api, 'setServicesEndAfterRevocation');
      expect(code(await client.request(END, { input: { revocationId: id, servicesEndOn: addDays(today, 5) } }))).toBe(expected);
      expect(await denials(api, 'setServicesEndAfterRevocation')).toBeGreaterThan(denied);
    }

    const endOn = addDays(today, 5);
    const ended = await caseManager.request<{ setServicesEndAfterRevocation: Rights }>(END, { input: { revocationId: id, servicesEndOn: endOn } });
    expect(ended.errors).toBeUndefined();
    const revocation = ended.data!.setServicesEndAfterRevocation.consentRevocation!;
    expect(revocation).toMatchObject({ status: 'SERVICES_ENDING', servicesEndOn: endOn, noticeStatus: 'SENT' });
    expect(revocation.noticePdfUrl).toBe(`/documents/prior-written-notices/${revocation.noticeId}.pdf`);
    const [notice] = await api.db.query(`SELECT source, action, status, action_description FROM prior_written_notices WHERE id = $1`, [revocation.noticeId]);
    expect(notice).toMatchObject({ source: 'CONSENT_REVOKED', action: 'PROPOSE', status: 'SENT' });
    expect(notice.action_description).toContain(`The last day of services is ${endOn}`);
    const [told] = await api.db.query(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND kind = 'PRIOR_WRITTEN_NOTICE_SENT'`, [DEMO_USERS.parent.id]);
    expect(told.count).toBeGreaterThan(0);

    // Every deadline that follows from services is closed from the last day, with its reason; none is left open.
    const closed: Array<{ id: string; kind: string; closed_on: string; closed_reason: string }> = await api.db.query(
      `SELECT id, kind, to_char(closed_on, 'YYYY-MM-DD') AS closed_on, closed_reason FROM deadlines WHERE student_id = $1 AND closed_on IS NOT NULL ORDER BY id`, [MAYA],
    );
    expect(closed.map((d) => d.id)).toEqual(before.filter((d) => d.kind !== 'RECORDS_REQUEST').map((d) => d.id));
    expect(new Set(closed.map((d) => `${d.closed_on} ${d.closed_reason}`))).toEqual(new Set([`${endOn} CONSENT_REVOKED`]));
    const [pending] = await api.db.query(
      `SELECT count(*)::int AS count FROM reminders WHERE deadline_id = ANY($1::uuid[]) AND state IN ('PENDING', 'CLAIMED')`, [closed.map((d) => d.id)],
    );
    expect(pending.count).toBe(0);
    const [audits] = await api.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE event = 'DEADLINE_CLOSED' AND student_id = $1`, [MAYA]);
    expect(audits.count).toBe(closed.length);
    const [answered] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'SERVICES_END_AFTER_REVOCATION_SET'`);
    expect(answered.data).toMatchObject({ revocationId: id, servicesEndOn: endOn, noticeId: revocation.noticeId, closedDeadlineIds: closed.map((d) => d.id) });

    // The family reads the closed deadlines as closed; the dashboard's tallies count none of them as open.
    const seen = await parent.request<{ studentDeadlines: Array<{ id: string; status: string; closedReason: string | null }> }>(DEADLINES, { id: MAYA });
    expect(seen.errors).toBeUndefined();
    for (const deadline of seen.data!.studentDeadlines.filter((d) => closed.some((c) => c.id === d.id))) {
      expect(deadline).toMatchObject({ status: 'CLOSED', closedReason: 'CONSENT_REVOKED' });
    }
    const [tally] = await api.db.query(
      `SELECT coalesce(sum(n), 0)::int AS open FROM compliance_tallies WHERE grain = 'KIND_DAY' AND state = 'OPEN' AND district_id = $1`,
      ['00000000-0000-4000-8000-000000000001'],
    );
    const [counted] = await api.db.query(
      `SELECT count(*)::int AS open FROM deadlines WHERE district_id = '00000000-0000-4000-8000-000000000001' AND met_on IS NULL AND closed_on IS NULL`,
    );
    expect(tally.open).toBe(counted.open);

    // No annual review is owed any more: the IEP passing its review date is not expired as a breach.
    await api.db.query(`UPDATE ieps SET annual_review_due = '2020-01-01' WHERE id = '00000000-0000-4000-8000-000000000401'`);
    const expiry = await api.app.get(IepLifecycleService).expireLapsed();
    expect(expiry.expired).not.toContain('00000000-0000-4000-8000-000000000401');
    const [iep] = await api.db.query(`SELECT status FROM ieps WHERE id = '00000000-0000-4000-8000-000000000401'`);
    expect(iep.status).toBe('ACTIVE');

    const twice = await caseManager.request(END, { input: { revocationId: id, servicesEndOn: endOn } });
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_ANSWERED' } });
    // A closed deadline cannot be met afterwards.
    const met = await api.db.query(`SELECT count(*)::int AS count FROM deadlines WHERE id = ANY($1::uuid[]) AND met_on IS NOT NULL`, [closed.map((d) => d.id)]);
    expect(met[0].count).toBe(0);
  });

  it('opens no progress-report deadline for the student once the end of services is set, when the district saves a reporting period', async () => {
    // Maya's IEP back to its own review date (the test above moved it), so that only the revocation can leave her out.
    await api.db.query(`UPDATE ieps SET annual_review_due = '2026-12-01' WHERE id = '00000000-0000-4000-8000-000000000401'`);
    const admin = await signedIn(api, DEMO_USERS.admin.email, DEMO_PASSWORD);
    const saved = await admin.request<{ saveReportingPeriod: { period: { id: string }; deadlinesWritten: number } }>(
      `mutation($input: SaveReportingPeriodInput!) { saveReportingPeriod(input: $input) { period { id } deadlinesWritten } }`,
      { input: { name: 'Quarter 1', firstDay: '2026-08-24', lastDay: '2026-10-30' } },
    );
    expect(saved.errors).toBeUndefined();
    const period = saved.data!.saveReportingPeriod.period.id;
    // Other students in force owe their report; Maya, whose services end, does not.
    expect(saved.data!.saveReportingPeriod.deadlinesWritten).toBeGreaterThan(0);
    const [owed] = await api.db.query(`SELECT count(*)::int AS count FROM deadlines WHERE reporting_period_id = $1 AND student_id = $2`, [period, MAYA]);
    expect(owed.count).toBe(0);
    const [others] = await api.db.query(`SELECT count(*)::int AS count FROM deadlines WHERE reporting_period_id = $1`, [period]);
    expect(others.count).toBe(saved.data!.saveReportingPeriod.deadlinesWritten);
  });
});
