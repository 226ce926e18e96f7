import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { DeadlinesService } from '@iep/api/deadlines';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { addDays, addYears } from '@iep/domain';
import { createApiApp } from './bootstrap';

const NORA = '00000000-0000-4000-8000-00000000e301';
const OMAR = '00000000-0000-4000-8000-00000000e302';
const PIA = '00000000-0000-4000-8000-00000000e303';

const VIEW_FIELDS = `studentId studentName lastEvaluatedOn earliestReevaluationOn mayRefer mayRecord mayConsent mayReport reportableAreas consentIntentVersion
  reevaluationDeadline { kind eventDate dueDate metOn status explanation }
  reevaluationAgreements { id agreedOn parentName note }
  evaluations { id kind stage referralSource referredOn referralReason consentOn consentMethod consentSignedName
    delayReason delayAgreedCompletionOn delayNote childProducedOn determinedOn eligible disabilityCategory initialIepId
    plan { area assessorId assessorName report { id authorName completedOn summary fileName fileSize fileUrl } }
    deadlines { kind eventDate dueDate metOn status closedOn closedReason explanation estimated }
    notice { id action locale actionDescription explanation evaluationBasis proceduralSafeguards sourcesForAssistance optionsConsidered otherFactors } }`;
const VIEW = `query($id: ID!) { studentEvaluations(studentId: $id) { ${VIEW_FIELDS} } }`;
const op = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${VIEW_FIELDS} } }`;
const REFER = op('referForEvaluation', 'ReferForEvaluationInput');
const PAPER = op('recordPaperConsentToEvaluate', 'RecordPaperConsentInput');
const SIGN = op('signConsentToEvaluate', 'SignConsentToEvaluateInput');
const PLAN = op('planEvaluation', 'PlanEvaluationInput');
const REPORT = op('submitEvaluationReport', 'SubmitEvaluationReportInput');
const DELAY = op('recordEvaluationDelay', 'RecordEvaluationDelayInput');
const DETERMINE = op('determineEligibility', 'DetermineEligibilityInput');
const NOT_NEEDED = op('agreeReevaluationNotNeeded', 'AgreeReevaluationNotNeededInput');
const START_IEP = `mutation($id: ID!) { startInitialIepFromEvaluation(evaluationId: $id) { ${VIEW_FIELDS} } }`;
const AGREE = `mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`;
const HELD = `mutation($id: ID!, $v: Int!) { markMeetingHeld(meetingId: $id, version: $v) { id status } }`;

interface Deadline { kind: string; eventDate: string; dueDate: string; metOn: string | null; status: string; closedOn: string | null; closedReason: string | null; explanation: string }
interface Evaluation {
  id: string; kind: string; stage: string; referralSource: string; consentOn: string | null; consentMethod: string | null; consentSignedName: string | null;
  delayReason: string | null; delayAgreedCompletionOn: string | null; determinedOn: string | null; eligible: boolean | null; disabilityCategory: string | null;
  initialIepId: string | null; deadlines: Deadline[];
  plan: Array<{ area: string; assessorName: string; report: { id: string; fileName: string | null; fileSize: number | null; fileUrl: string | null } | null }>;
  notice: { action: string; locale: string; actionDescription: string; evaluationBasis: string } | null;
}
interface View {
  lastEvaluatedOn: string | null; earliestReevaluationOn: string | null; mayRefer: boolean; mayRecord: boolean; mayConsent: boolean; mayReport: boolean;
  reportableAreas: string[]; reevaluationDeadline: Deadline | null; reevaluationAgreements: Array<{ agreedOn: string }>; evaluations: Evaluation[];
}

const code = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const reason = (r: GraphQLResponse) => (r.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
const PDF = Buffer.from('%PDF-1.4\n% a psychologist report\n%%EOF\n');

describe('referral to eligibility, and reevaluation', () => {
  let api: TestApi;
  let today: string;
  const clients: Record<'parent' | 'parentEs' | 'rep' | 'psych' | 'slp' | 'teacher' | 'caseManager2' | 'admin', GraphQLTestClient> = {} as never;

  async function view(client: GraphQLTestClient, studentId: string): Promise<View> {
    const result = await client.request<{ studentEvaluations: View }>(VIEW, { id: studentId });
    expect(result.errors).toBeUndefined();
    return result.data!.studentEvaluations;
  }
  async function ok(client: GraphQLTestClient, document: string, input: Record<string, unknown>, field: string): Promise<View> {
    const result = await client.request<Record<string, View>>(document, { input });
    expect(result.errors).toBeUndefined();
    return result.data![field];
  }
  const denials = async () => (await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED'`))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [{ today }] = await api.db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    // Two students with no IEP yet: Nora (Alex Carter's), Omar (Lucía Ramírez's, who reads Spanish).
    await api.db.query(
      `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
       VALUES ($1, $3, $4, 'Nora', 'Carter', '2018-05-02', '2'), ($2, $3, $4, 'Omar', 'Ramírez', '2017-08-19', '3'),
              ($5, $3, $4, 'Pia', 'Ramírez', '2016-03-11', '4')`,
      [NORA, OMAR, DEMO_DISTRICT.id, DEMO_SCHOOLS[0].id, PIA],
    );
    await api.db.query(
      `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) VALUES ($1, $3, 'Parent', true), ($2, $4, 'Parent', true), ($5, $4, 'Parent', true)`,
      [NORA, OMAR, DEMO_USERS.parent.id, DEMO_USERS.parentEs.id, PIA],
    );
    const accounts = {
      parent: DEMO_USERS.parent, parentEs: DEMO_USERS.parentEs, rep: DEMO_USERS.districtRep, psych: DEMO_USERS.psychologist, slp: DEMO_USERS.slp,
      teacher: DEMO_USERS.teacher, caseManager2: DEMO_USERS.caseManager2, admin: DEMO_USERS.admin,
    };
    for (const [key, account] of Object.entries(accounts)) {
      const client = new GraphQLTestClient(api.url);
      expect((await client.signIn(account.email, DEMO_PASSWORD)).errors).toBeUndefined();
      clients[key as keyof typeof clients] = client;
    }
  });
  afterAll(() => api.close());

  describe('Nora: a parent’s request, paper consent, plan, reports, eligibility, first IEP', () => {
    let evaluationId: string;

    it('a parent requests an evaluation in the app; the district representatives are told', async () => {
      const result = await ok(clients.parent, REFER, { studentId: NORA, kind: 'INITIAL', referredOn: addDays(today, -12), reason: 'Nora struggles to read.' }, 'referForEvaluation');
      const [evaluation] = result.evaluations;
      evaluationId = evaluation.id;
      expect(evaluation).toMatchObject({ kind: 'INITIAL', stage: 'REFERRED', referralSource: 'PARENT', consentOn: null });
      expect(result).toMatchObject({ mayRefer: true, mayRecord: false, mayConsent: true });
      const told = await api.db.query(`SELECT user_id FROM notifications WHERE kind = 'EVALUATION_STEP' AND data->>'evaluationId' = $1`, [evaluationId]);
      expect(told.map((r: { user_id: string }) => r.user_id)).toEqual([DEMO_USERS.districtRep.id]);
      const [audit] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'EVALUATION_STEP_RECORDED' AND data->>'evaluationId' = $1`, [evaluationId]);
      expect(audit.data).toMatchObject({ step: 'REFERRED', kind: 'INITIAL' });
    });

    it('refuses a second open evaluation, a future date and an empty reason', async () => {
      expect(code(await clients.rep.request(REFER, { input: { studentId: NORA, kind: 'INITIAL', referredOn: today, reason: 'Again' } }))).toBe('CONFLICT');
      expect(reason(await clients.rep.request(REFER, { input: { studentId: OMAR, kind: 'INITIAL', referredOn: addDays(today, 1), reason: 'x' } }))).toBe('FUTURE_DATE');
      expect(code(await clients.rep.request(REFER, { input: { studentId: OMAR, kind: 'INITIAL', referredOn: today, reason: '  ' } }))).toBe('BAD_USER_INPUT');
    });

    it('is NOT_FOUND for staff with no relationship, FORBIDDEN for who may read but not record, and each denial audited', async () => {
      const before = await denials();
      expect(code(await clients.caseManager2.request(VIEW, { id: NORA }))).toBe('NOT_FOUND');
      expect(code(await clients.teacher.request(VIEW, { id: NORA }))).toBe('NOT_FOUND');
      expect(code(await clients.admin.request(PAPER, { input: { evaluationId, consentOn: today } }))).toBe('FORBIDDEN');
      expect(code(await clients.parent.request(PAPER, { input: { evaluationId, consentOn: today } }))).toBe('FORBIDDEN');
      expect(await denials()).toBe(before + 4);
      const other = new GraphQLTestClient(api.url);
      await other.signIn(OTHER_DISTRICT.users.caseManager.email, DEMO_PASSWORD);
      expect(code(await other.request(VIEW, { id: NORA }))).toBe('NOT_FOUND');
    });

    it('staff record the paper consent with its date: the evaluation timeline starts per the state profile', async () => {
      expect(reason(await clients.rep.request(PAPER, { input: { evaluationId, consentOn: addDays(today, -13) } }))).toBe('CONSENT_BEFORE_REFERRAL');
      const result = await ok(clients.rep, PAPER, { evaluationId, consentOn: addDays(today, -10) }, 'recordPaperConsentToEvaluate');
      const [evaluation] = result.evaluations;
      expect(evaluation).toMatchObject({ stage: 'CONSENTED', consentOn: addDays(today, -10), consentMethod: 'PAPER' });
      expect(evaluation.deadlines).toEqual([expect.objectContaining({ kind: 'INITIAL_EVALUATION', eventDate: addDays(today, -10), metOn: null })]);
      const [row] = await api.db.query(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, event_kind FROM deadlines WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION'`, [NORA]);
      expect(row).toEqual({ due: evaluation.deadlines[0].dueDate, event_kind: 'CONSENT_TO_EVALUATE' });
      expect(evaluation.deadlines[0].dueDate > addDays(today, 30)).toBe(true);
      expect(code(await clients.rep.request(PAPER, { input: { evaluationId, consentOn: today } }))).toBe('CONFLICT');
    });

    it('plans the areas with an assessor each, from the district’s staff', async () => {
      expect(reason(await clients.rep.request(PLAN, { input: { evaluationId, areas: [{ area: 'VISION', assessorId: OTHER_DISTRICT.users.caseManager.id }] } }))).toBe('UNKNOWN_ASSESSOR');
      expect(reason(await clients.rep.request(PLAN, { input: { evaluationId, areas: [] } }))).toBe('EMPTY_PLAN');
      const result = await ok(clients.rep, PLAN, {
        evaluationId, areas: [{ area: 'ACADEMIC_PERFORMANCE', assessorId: DEMO_USERS.psychologist.id }, { area: 'COMMUNICATION', assessorId: DEMO_USERS.slp.id }],
      }, 'planEvaluation');
      expect(result.evaluations[0].plan.map((p) => [p.area, p.assessorName])).toEqual([
        ['ACADEMIC_PERFORMANCE', DEMO_USERS.psychologist.displayName], ['COMMUNICATION', DEMO_USERS.slp.displayName],
      ]);
      // The assessor now reads the evaluation, and reports on their own area only.
      const psych = await view(clients.psych, NORA);
      expect(psych).toMatchObject({ mayReport: true, mayRecord: false, reportableAreas: ['ACADEMIC_PERFORMANCE'] });
    });

    it('each evaluator gives their report: a file attached (checked and size-limited) or written', async () => {
      const file = (bytes: Buffer, contentType = 'application/pdf') => ({ name: 'reading.pdf', contentType, base64: bytes.toString('base64') });
      const input = { evaluationId, area: 'ACADEMIC_PERFORMANCE', completedOn: addDays(today, -5), summary: 'Reads two grades below.' };
      expect(reason(await clients.psych.request(REPORT, { input: { ...input, file: file(Buffer.from('not a pdf')) } }))).toBe('FILE_TYPE_MISMATCH');
      expect(reason(await clients.psych.request(REPORT, { input: { ...input, file: file(PDF, 'application/x-msdownload') } }))).toBe('FILE_TYPE');
      // Just past 2 MB is refused by the service; far past it, by the input's own bound: both BAD_USER_INPUT.
      expect(reason(await clients.psych.request(REPORT, { input: { ...input, file: file(Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024 - PDF.length + 1)])) } }))).toBe('FILE_SIZE');
      expect(code(await clients.psych.request(REPORT, { input: { ...input, file: file(Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)])) } }))).toBe('BAD_USER_INPUT');
      expect(code(await clients.slp.request(REPORT, { input }))).toBe('FORBIDDEN');
      const result = await ok(clients.psych, REPORT, { ...input, file: file(PDF) }, 'submitEvaluationReport');
      const report = result.evaluations[0].plan[0].report!;
      expect(report).toMatchObject({ fileName: 'reading.pdf', fileSize: PDF.length });
      expect(code(await clients.psych.request(REPORT, { input }))).toBe('CONFLICT');

      const download = (client: GraphQLTestClient) => fetch(`${api.url}${report.fileUrl}`, { headers: { cookie: client.sessionCookie ?? '' } });
      const asParent = await download(clients.parent);
      expect(asParent.status).toBe(200);
      expect(Buffer.from(await asParent.arrayBuffer())).toEqual(PDF);
      expect((await download(clients.caseManager2)).status).toBe(404);
      expect((await fetch(`${api.url}${report.fileUrl}`)).status).toBe(401);
      const [downloaded] = await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'EVALUATION_REPORT_DOWNLOADED' AND actor_id = $1`, [DEMO_USERS.parent.id]);
      expect(downloaded.n).toBe(1);
    });

    it('eligibility waits for every planned report', async () => {
      const input = { evaluationId, determinedOn: addDays(today, -2), eligible: true, category: 'SPECIFIC_LEARNING_DISABILITY', summary: 'Nora has a specific learning disability in reading.' };
      expect(reason(await clients.rep.request(DETERMINE, { input }))).toBe('REPORTS_MISSING');
      await ok(clients.slp, REPORT, { evaluationId, area: 'COMMUNICATION', completedOn: addDays(today, -4), summary: 'Language within normal limits.' }, 'submitEvaluationReport');
      expect(reason(await clients.rep.request(DETERMINE, { input: { ...input, category: null } }))).toBe('CATEGORY_REQUIRED');
      expect(reason(await clients.rep.request(DETERMINE, { input: { ...input, eligible: false } }))).toBe('CATEGORY_NOT_ELIGIBLE');
    });

    it('the eligibility meeting meets the timeline, starts the first IEP meeting’s clock and the reevaluation’s, and sends the notice', async () => {
      const result = await ok(clients.rep, DETERMINE, {
        evaluationId, determinedOn: addDays(today, -2), eligible: true, category: 'SPECIFIC_LEARNING_DISABILITY', summary: 'Nora has a specific learning disability in reading.',
      }, 'determineEligibility');
      const [evaluation] = result.evaluations;
      expect(evaluation).toMatchObject({ stage: 'DETERMINED', eligible: true, disabilityCategory: 'SPECIFIC_LEARNING_DISABILITY' });
      expect(evaluation.deadlines).toEqual([
        expect.objectContaining({ kind: 'INITIAL_EVALUATION', metOn: addDays(today, -2), status: 'MET_ON_TIME' }),
        expect.objectContaining({ kind: 'FIRST_IEP_MEETING', eventDate: addDays(today, -2), metOn: null }),
      ]);
      expect(result.reevaluationDeadline).toMatchObject({ kind: 'REEVALUATION', eventDate: addDays(today, -2), dueDate: addYears(addDays(today, -2), 3) });
      expect(evaluation.notice).toMatchObject({ action: 'PROPOSE', locale: 'en' });
      expect(evaluation.notice!.actionDescription).toContain('specific learning disability');
      expect(evaluation.notice!.evaluationBasis).toContain('ACADEMIC_PERFORMANCE');
      // The family reads the decision and the notice, and was told in the app.
      const family = await view(clients.parent, NORA);
      expect(family.evaluations[0].notice?.action).toBe('PROPOSE');
      const [told] = await api.db.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'EVALUATION_STEP' ORDER BY created_at DESC LIMIT 1`, [DEMO_USERS.parent.id]);
      expect(told.title).toBe('Eligibility decision for Nora');
      expect(code(await clients.rep.request(DETERMINE, { input: { evaluationId, determinedOn: today, eligible: false, summary: 'x' } }))).toBe('CONFLICT');
    });

    it('the initial IEP starts from the evaluation, and holding its meeting meets the first IEP meeting deadline', async () => {
      const started = await clients.rep.request<{ startInitialIepFromEvaluation: View }>(START_IEP, { id: evaluationId });
      expect(started.errors).toBeUndefined();
      const iepId = started.data!.startInitialIepFromEvaluation.evaluations[0].initialIepId!;
      const [iep] = await api.db.query(`SELECT kind, status, case_manager_id FROM ieps WHERE id = $1`, [iepId]);
      expect(iep).toEqual({ kind: 'INITIAL', status: 'DRAFT', case_manager_id: DEMO_USERS.districtRep.id });
      // Again: the same IEP, not a second one.
      const again = await clients.rep.request<{ startInitialIepFromEvaluation: View }>(START_IEP, { id: evaluationId });
      expect(again.data!.startInitialIepFromEvaluation.evaluations[0].initialIepId).toBe(iepId);

      const [{ id: meetingId }] = await api.db.query(
        `INSERT INTO iep_meetings (iep_id, purpose, starts_at, time_zone, duration_minutes, location, notice_sent_at, notice_days, created_by_id)
         VALUES ($1, 'INITIAL_IEP', now() - interval '1 hour', 'UTC', 60, 'Room 4', now() - interval '11 days', 10, $2) RETURNING id`,
        [iepId, DEMO_USERS.districtRep.id],
      );
      // 300.321's members were there: the parent, a regular and a special education teacher, the district
      // representative and the school psychologist, who interprets the evaluation.
      await api.db.query(
        `INSERT INTO iep_meeting_invitees (meeting_id, user_id, team_role, is_guardian) VALUES ($1, $2, 'Parent', true)`,
        [meetingId, DEMO_USERS.parent.id],
      );
      await api.db.query(
        `INSERT INTO iep_meeting_attendance (meeting_id, user_id, capacity, status, recorded_at, recorded_by_id)
         SELECT $1, member, 'Team member', 'PRESENT', now(), $2 FROM unnest($3::uuid[]) AS member`,
        [meetingId, DEMO_USERS.districtRep.id, [DEMO_USERS.parent.id, DEMO_USERS.teacher.id, DEMO_USERS.caseManager.id, DEMO_USERS.districtRep.id, DEMO_USERS.psychologist.id]],
      );
      const held = await clients.rep.request(HELD, { id: meetingId, v: 1 });
      expect(held.errors).toBeUndefined();
      const after = await view(clients.parent, NORA);
      expect(after.evaluations[0].deadlines[1]).toMatchObject({ kind: 'FIRST_IEP_MEETING', metOn: today, status: 'MET_ON_TIME' });
    });

    it('a reevaluation is not more than once a year unless both agree; an agreement that none is needed meets the three-year deadline', async () => {
      expect(reason(await clients.rep.request(REFER, { input: { studentId: NORA, kind: 'INITIAL', referredOn: today, reason: 'Again' } }))).toBe('ALREADY_EVALUATED');
      expect(reason(await clients.rep.request(REFER, { input: { studentId: NORA, kind: 'REEVALUATION', referredOn: today, reason: 'Check progress' } }))).toBe('TOO_SOON');

      expect(code(await clients.parent.request(NOT_NEEDED, { input: { studentId: NORA, agreedOn: today, parentName: 'Alex Carter', note: 'x' } }))).toBe('FORBIDDEN');
      const agreed = await ok(clients.rep, NOT_NEEDED, { studentId: NORA, agreedOn: today, parentName: 'Alex Carter', note: 'Signed agreement on file: no reevaluation needed.' }, 'agreeReevaluationNotNeeded');
      expect(agreed.reevaluationAgreements).toEqual([expect.objectContaining({ agreedOn: today })]);
      expect(agreed.reevaluationDeadline).toMatchObject({ eventDate: today, dueDate: addYears(today, 3), metOn: null });
      const [met] = await api.db.query(
        `SELECT to_char(met_on, 'YYYY-MM-DD') AS met FROM deadlines WHERE student_id = $1 AND kind = 'REEVALUATION' AND event_date = $2`, [NORA, addDays(today, -2)]);
      expect(met.met).toBe(today);
      expect(agreed).toMatchObject({ lastEvaluatedOn: today, earliestReevaluationOn: addYears(today, 1) });

      const early = await ok(clients.rep, REFER, { studentId: NORA, kind: 'REEVALUATION', referredOn: today, reason: 'Parent asks', agreedWithinYear: true }, 'referForEvaluation');
      expect(early.evaluations[0]).toMatchObject({ kind: 'REEVALUATION', stage: 'REFERRED', referralSource: 'SCHOOL' });
    });
  });

  describe('Omar: a school referral, the parent’s e-signed consent, and a delay', () => {
    let evaluationId: string;

    it('a school referral tells the family in their language', async () => {
      const result = await ok(clients.rep, REFER, { studentId: OMAR, kind: 'INITIAL', referredOn: today, reason: 'Omar is not yet speaking in class.' }, 'referForEvaluation');
      evaluationId = result.evaluations[0].id;
      expect(result.evaluations[0].referralSource).toBe('SCHOOL');
      const [told] = await api.db.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'EVALUATION_STEP'`, [DEMO_USERS.parentEs.id]);
      expect(told.title).toBe('Remisión para evaluar a Omar');
    });

    it('the parent e-signs consent with the existing evidence: the evaluation timeline starts today', async () => {
      const signature = { evaluationId, typedName: DEMO_USERS.parentEs.displayName, password: DEMO_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION };
      expect(reason(await clients.parentEs.request(SIGN, { input: signature }))).toBe('E_RECORDS_CONSENT_REQUIRED');
      await clients.parentEs.request(AGREE, { input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale: 'es' } });
      expect(reason(await clients.parentEs.request(SIGN, { input: { ...signature, typedName: 'Someone Else' } }))).toBe('NAME_MISMATCH');
      expect(code(await clients.parent.request(SIGN, { input: { ...signature, typedName: DEMO_USERS.parent.displayName } }))).toBe('NOT_FOUND');
      const result = await ok(clients.parentEs, SIGN, signature, 'signConsentToEvaluate');
      const [evaluation] = result.evaluations;
      expect(evaluation).toMatchObject({ consentOn: today, consentMethod: 'E_SIGNED', consentSignedName: DEMO_USERS.parentEs.displayName });
      expect(evaluation.deadlines).toEqual([expect.objectContaining({ kind: 'INITIAL_EVALUATION', eventDate: today })]);
      expect(evaluation.deadlines[0].explanation).toMatch(/consentimiento|días/);
      const [evidence] = await api.db.query(
        `SELECT consent_intent_statement, consent_electronic_records_consent_id IS NOT NULL AS has_consent, consent_ip IS NOT NULL AS has_ip FROM evaluations WHERE id = $1`,
        [evaluationId],
      );
      expect(evidence).toMatchObject({ has_consent: true, has_ip: true });
      expect(evidence.consent_intent_statement).toContain('evalúe');
    });

    it('records a delay with its Ed-Fi reason; a transfer needs the date agreed with the parent', async () => {
      expect(reason(await clients.rep.request(DELAY, { input: { evaluationId, reason: 'TRANSFER', note: 'Moved to Lakeshore' } }))).toBe('AGREED_DATE_REQUIRED');
      const result = await ok(clients.rep, DELAY, { evaluationId, reason: 'CHILD_UNAVAILABLE', note: 'Three appointments missed.' }, 'recordEvaluationDelay');
      expect(result.evaluations[0]).toMatchObject({ delayReason: 'CHILD_UNAVAILABLE', delayAgreedCompletionOn: null });
      const family = await view(clients.parentEs, OMAR);
      expect(family.evaluations[0].delayReason).toBe('CHILD_UNAVAILABLE');
    });

    it('a child not produced closes the 60-day timeframe (300.301(d)(1)): no reminders, not overdue, shown with its reason', async () => {
      const result = await view(clients.rep, OMAR);
      expect(result.evaluations[0].deadlines).toEqual([
        expect.objectContaining({ kind: 'INITIAL_EVALUATION', eventDate: today, status: 'CLOSED', closedOn: today, closedReason: 'CHILD_NOT_PRODUCED' }),
      ]);
      const [row] = await api.db.query(`SELECT id FROM deadlines WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION'`, [OMAR]);
      const [pending] = await api.db.query(`SELECT count(*)::int AS n FROM reminders WHERE deadline_id = $1 AND state IN ('PENDING', 'CLAIMED')`, [row.id]);
      expect(pending.n).toBe(0);
      const [step] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'EVALUATION_STEP_RECORDED' AND data->>'step' = 'DELAYED' AND data->>'evaluationId' = $1`, [evaluationId]);
      expect(step.data.deadlineIds).toEqual([row.id]);
      const [closed] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'DEADLINE_CLOSED' AND data->>'deadlineId' = $1`, [row.id]);
      expect(closed.data).toMatchObject({ kind: 'INITIAL_EVALUATION', reason: 'CHILD_NOT_PRODUCED', closedOn: today });
    });

    it('when the child is produced later, a new timeframe runs from that day; the first one stays closed', async () => {
      // Arranged: the consent was given three weeks ago (the closed deadline's event moves with it).
      const consentOn = addDays(today, -21);
      await api.db.query(`UPDATE evaluations SET consent_on = $2 WHERE id = $1`, [evaluationId, consentOn]);
      await api.db.query(`UPDATE deadlines SET event_date = $2 WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION'`, [OMAR, consentOn]);
      const PRODUCED = op('recordChildProduced', 'RecordChildProducedInput');
      expect(reason(await clients.rep.request(PRODUCED, { input: { evaluationId, producedOn: addDays(today, 1) } }))).toBe('FUTURE_DATE');
      expect(reason(await clients.rep.request(PRODUCED, { input: { evaluationId, producedOn: consentOn } }))).toBe('BEFORE_CONSENT');
      expect(code(await clients.parentEs.request(PRODUCED, { input: { evaluationId, producedOn: today } }))).toBe('FORBIDDEN');
      const result = await ok(clients.rep, PRODUCED, { evaluationId, producedOn: addDays(today, -2) }, 'recordChildProduced');
      const deadlines = result.evaluations[0].deadlines;
      expect(deadlines.map((d) => [d.eventDate, d.status === 'CLOSED', d.closedReason])).toEqual([
        [consentOn, true, 'CHILD_NOT_PRODUCED'],
        [addDays(today, -2), false, null],
      ]);
      expect(deadlines[1].dueDate > today).toBe(true);
      expect(reason(await clients.rep.request(PRODUCED, { input: { evaluationId, producedOn: today } }))).toBe('ALREADY_PRODUCED');
      const [open] = await api.db.query(
        `SELECT count(*)::int AS n FROM deadlines WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION' AND met_on IS NULL AND closed_on IS NULL`, [OMAR],
      );
      expect(open.n).toBe(1);
    });
  });

  describe('Pia: a specific learning disability evaluation extended by written agreement (300.309(c))', () => {
    let evaluationId: string;
    let stateDue: string;

    it('the agreed date becomes the due date, in the same transaction, audited and shown with its reason', async () => {
      const referred = await ok(clients.rep, REFER, { studentId: PIA, kind: 'INITIAL', referredOn: addDays(today, -20), reason: 'Pia reads two grades below.' }, 'referForEvaluation');
      evaluationId = referred.evaluations[0].id;
      const consented = await ok(clients.rep, PAPER, { evaluationId, consentOn: addDays(today, -15) }, 'recordPaperConsentToEvaluate');
      stateDue = consented.evaluations[0].deadlines[0].dueDate;
      const agreedOn = addDays(stateDue, 30);
      const [deadline] = await api.db.query(`SELECT id FROM deadlines WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION'`, [PIA]);

      // A refused extension changes nothing: no delay recorded, the deadline where it was.
      expect(reason(await clients.rep.request(DELAY, { input: { evaluationId, reason: 'INITIAL_SLD_EVALUATION', agreedCompletionOn: addDays(today, -15), note: 'x' } }))).toBe('AGREED_DATE_REQUIRED');
      expect(code(await clients.parentEs.request(DELAY, { input: { evaluationId, reason: 'INITIAL_SLD_EVALUATION', agreedCompletionOn: agreedOn, note: 'x' } }))).toBe('FORBIDDEN');

      const result = await ok(clients.rep, DELAY, { evaluationId, reason: 'INITIAL_SLD_EVALUATION', agreedCompletionOn: agreedOn, note: 'Agreed in writing to extend for the response-to-intervention data.' }, 'recordEvaluationDelay');
      expect(result.evaluations[0]).toMatchObject({ delayReason: 'INITIAL_SLD_EVALUATION', delayAgreedCompletionOn: agreedOn });
      expect(result.evaluations[0].deadlines).toEqual([expect.objectContaining({ kind: 'INITIAL_EVALUATION', dueDate: agreedOn, status: 'UPCOMING', closedOn: null })]);
      expect(result.evaluations[0].deadlines[0].explanation).toContain('300.309(c)');
      const family = await view(clients.parentEs, PIA);
      expect(family.evaluations[0].deadlines[0]).toMatchObject({ dueDate: agreedOn });
      expect(family.evaluations[0].deadlines[0].explanation).toMatch(/acuerdo escrito.*300\.309\(c\)/);

      const [row] = await api.db.query(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, to_char(agreed_due_date, 'YYYY-MM-DD') AS agreed, explanation FROM deadlines WHERE id = $1`, [deadline.id]);
      expect(row).toMatchObject({ due: agreedOn, agreed: agreedOn, explanation: expect.objectContaining({ extendedFrom: stateDue }) });
      // The reminders follow the new date.
      const reminders = await api.db.query(
        `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, offset_days FROM reminders WHERE deadline_id = $1 AND state = 'PENDING' AND kind = 'REMINDER'`, [deadline.id]);
      expect(reminders.length).toBeGreaterThan(0);
      for (const reminder of reminders) expect(reminder.due_on).toBe(addDays(agreedOn, -reminder.offset_days));
      const [moved] = await api.db.query(
        `SELECT actor_id, data FROM audit_events WHERE event = 'DEADLINE_EVENT_RECORDED' AND data->>'deadlineId' = $1 AND data->>'dueDate' = $2`, [deadline.id, agreedOn]);
      expect(moved).toMatchObject({ actor_id: DEMO_USERS.districtRep.id, data: expect.objectContaining({ previousDueDate: stateDue }) });
      const [step] = await api.db.query(`SELECT data FROM audit_events WHERE event = 'EVALUATION_STEP_RECORDED' AND data->>'step' = 'DELAYED' AND data->>'evaluationId' = $1`, [evaluationId]);
      expect(step.data).toMatchObject({ reason: 'INITIAL_SLD_EVALUATION', deadlineIds: [deadline.id] });
    });

    it('a recompute of the district (a calendar or profile change) keeps the agreed date', async () => {
      const service = api.app.get(DeadlinesService, { strict: false });
      const agreedOn = addDays(stateDue, 30);
      await api.db.transaction((m) => service.recomputeDistrict(m, DEMO_DISTRICT.id));
      const [row] = await api.db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM deadlines WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION'`, [PIA]);
      expect(row.due).toBe(agreedOn);
    });

    it('an extension needs a running timeline: once eligibility is determined there is nothing to move', async () => {
      await api.db.query(`UPDATE deadlines SET met_on = $2 WHERE student_id = $1 AND kind = 'INITIAL_EVALUATION'`, [PIA, today]);
      const result = await clients.rep.request(DELAY, { input: { evaluationId, reason: 'INITIAL_SLD_EVALUATION', agreedCompletionOn: addDays(stateDue, 40), note: 'Again.' } });
      expect(code(result)).toBe('CONFLICT');
      const [evaluation] = await api.db.query(`SELECT to_char(delay_agreed_completion_on, 'YYYY-MM-DD') AS agreed FROM evaluations WHERE id = $1`, [evaluationId]);
      expect(evaluation.agreed).toBe(addDays(stateDue, 30));
    });
  });
});
