import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_DISTRICT, DEMO_MEETING, DEMO_PASSWORD, DEMO_SIGNOFF, DEMO_SUGGESTION_ID, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { addDays } from '@iep/domain';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const MAYA_ANNUAL = iep('402');
const ETHAN_DRAFT = iep('406');
const LEO = DEMO_SIGNOFF.leoProposedIepId;
const SOFIA_AMENDMENT = DEMO_SIGNOFF.sofiaAmendmentIepId;

const VERSION_FIELDS = 'id number digest proposedOn acknowledgedWarnings pdfUrl certificateUrl parts { id kind content excepted } frozenBy { displayName }';
const SIGNOFF = `query($id: ID!) {
  iep(id: $id) {
    id status kind supersededByIepId canFinalize canWithdrawProposal canDecide canManagePriorWrittenNotices requiresParentSignature
    qualityChecks { code severity partId }
    currentVersion { ${VERSION_FIELDS} }
    versions { number digest }
    decisions { id version kind signedOn effectiveOn reasons exceptedPartIds amendmentIepId decidedBy { displayName }
      signature { id typedName digest ip userAgent intentStatement electronicRecordsDisclosureVersion signer { displayName } } }
    signatures { id purpose version digest typedName ip userAgent }
    priorWrittenNotices { id source action status version locale actionDescription explanation evaluationBasis proceduralSafeguards
      sourcesForAssistance optionsConsidered otherFactors suggestionId decisionId }
  }
}`;
const FINALIZE = `mutation($input: FinalizeIepInput!) { finalizeIep(input: $input) { id status currentVersion { number digest } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawIepProposal(iepId: $id) { id status } }`;
const REVIEWED = `mutation($input: MarkIepReviewedInput!) { markIepReviewed(input: $input) { id kind version } }`;
const DECIDE = `mutation($input: DecideOnIepInput!) {
  decideOnIep(input: $input) { id kind version signedOn effectiveOn reasons exceptedPartIds amendmentIepId signature { id digest ip userAgent typedName } }
}`;
const AGREE = `mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id disclosureVersion locale current withdrawnAt } }`;
const WITHDRAW_CONSENT = `mutation { withdrawElectronicRecordsConsent { id withdrawnAt current } }`;
const MY_CONSENT = `{ myElectronicRecordsConsent { id current } }`;
const DISCLOSURE = `query($locale: String) { electronicRecordsDisclosure(locale: $locale) { version locale title paragraphs } }`;
const INTENT = `query($purpose: SignaturePurpose!, $decision: IepParentDecision) { signatureIntent(purpose: $purpose, decision: $decision) { version statement } }`;
const VERIFY = `query($id: ID!, $v: Int!) { verifyIepVersion(iepId: $id, version: $v) { storedDigest computedDigest intact signatures { matches } } }`;
const VERSION_DIFF = `query($id: ID!) { iepVersionDiff(iepId: $id) { fromIepId fromVersion toIepId toVersion parts { kind change fromPartId toPartId fields { field segments { kind text } } } } }`;
const UPDATE_PWN = `mutation($input: UpdatePriorWrittenNoticeInput!) { updatePriorWrittenNotice(input: $input) { id version status explanation } }`;
const SEND_PWN = `mutation($input: SendPriorWrittenNoticeInput!) { sendPriorWrittenNotice(input: $input) { id status version sentBy { displayName } } }`;
const START = `mutation($input: StartIepInput!) { startIep(input: $input) { id status kind derivedFromIepId parts { id kind version content } } }`;
const SAVE = `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id version } }`;
const ADD = `mutation($input: AddIepPartInput!) { addIepPart(input: $input) { id version } }`;
const REMOVE = `mutation($input: RemoveIepPartInput!) { removeIepPart(input: $input) { id version } }`;
const REJECT = `mutation($input: RejectIepSuggestionInput!) { rejectIepSuggestion(input: $input) { id status } }`;

interface Version { id: string; number: number; digest: string; proposedOn: string; acknowledgedWarnings: string[]; pdfUrl: string; certificateUrl: string; parts: Array<{ id: string; kind: string; content: Record<string, unknown>; excepted: boolean }> }
interface Notice { id: string; source: string; action: string; status: string; version: number; locale: string; actionDescription: string; explanation: string; otherFactors: string; suggestionId: string | null; decisionId: string | null; [key: string]: unknown }
interface SignoffView {
  id: string; status: string; kind: string; supersededByIepId: string | null; canFinalize: boolean; canWithdrawProposal: boolean; canDecide: boolean;
  canManagePriorWrittenNotices: boolean; requiresParentSignature: boolean;
  qualityChecks: Array<{ code: string; severity: string; partId: string | null }>;
  currentVersion: Version | null; versions: Array<{ number: number; digest: string }>;
  decisions: Array<{ id: string; version: number; kind: string; reasons: string[]; exceptedPartIds: string[]; amendmentIepId: string | null; signature: { digest: string; ip: string | null; typedName: string } | null }>;
  signatures: Array<{ purpose: string; version: number | null; digest: string | null; ip: string | null; userAgent: string | null }>;
  priorWrittenNotices: Notice[];
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const ext = (result: GraphQLResponse) => result.errors?.[0]?.extensions ?? {};
const warningIds = (view: SignoffView) => view.qualityChecks.filter((i) => i.severity === 'WARNING').map((i) => `${i.code}:${i.partId ?? 'iep'}`);

describe('sign-off: finalize, the parent’s decision, e-signature, notices and documents (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  const clients: Record<string, GraphQLTestClient> = {};

  async function signedIn(email: string, userAgent = 'jest-signoff'): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url, { 'user-agent': userAgent });
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  async function view(client: GraphQLTestClient, id: string): Promise<SignoffView> {
    const result = await client.request<{ iep: SignoffView }>(SIGNOFF, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.iep;
  }

  async function agree(client: GraphQLTestClient, locale = 'en') {
    const result = await client.request(AGREE, { input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale } });
    expect(result.errors).toBeUndefined();
  }

  const signature = (typedName: string) => ({ typedName, password: DEMO_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION });

  async function finalizeWithAcks(client: GraphQLTestClient, id: string) {
    const before = await view(client, id);
    const result = await client.request<{ finalizeIep: { status: string; currentVersion: { number: number; digest: string } } }>(
      FINALIZE, { input: { iepId: id, acknowledgedWarnings: warningIds(before) } },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.finalizeIep;
  }

  async function download(path: string, client?: GraphQLTestClient): Promise<Response> {
    return fetch(`${api.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
  }

  async function pdfText(response: Response): Promise<string> {
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  }

  const denials = async (operation: string) =>
    Number((await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'ACCESS_DENIED' AND data->>'operation' = $1`, [operation]))[0].n);

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    for (const key of ['caseManager', 'caseManager2', 'teacher', 'districtRep', 'parent', 'parentEs', 'admin', 'guest'] as const) {
      clients[key] = await signedIn(DEMO_USERS[key].email);
    }
    clients.otherCaseManager = await signedIn(OTHER_DISTRICT.users.caseManager.email);
    clients.otherParent = await signedIn(OTHER_DISTRICT.users.parent.email);
  });
  afterAll(() => api.close());

  it('seeds a proposed, frozen IEP for each demo parent, in their language', async () => {
    const leo = await view(clients.parent, LEO);
    expect(leo).toMatchObject({ status: 'PROPOSED', canDecide: true, canFinalize: false });
    expect(leo.currentVersion).toMatchObject({ number: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const sofia = await view(clients.parentEs, SOFIA_AMENDMENT);
    expect(sofia).toMatchObject({ status: 'PROPOSED', kind: 'AMENDMENT', canDecide: true });
    const again = await api.db.query(`SELECT count(*)::int AS n FROM iep_versions`);
    await seedDemoDistrict(api.db, api.sealer);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM iep_versions`)).toEqual(again);
  });

  it('blocks finalizing on quality errors, requires every warning to be acknowledged, then freezes a stable digest', async () => {
    const cm = clients.caseManager;
    // The teacher on the team edits drafts but does not finalize them; a stranger does not even see the IEP.
    expect(code(await clients.teacher.request(FINALIZE, { input: { iepId: MAYA_ANNUAL, acknowledgedWarnings: [] } }))).toBe('FORBIDDEN');
    const before = await denials('finalizeIep');
    expect(code(await clients.otherCaseManager.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } }))).toBe('NOT_FOUND');
    expect(code(await clients.caseManager2.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } }))).toBe('NOT_FOUND');
    expect(await denials('finalizeIep')).toBe(before + 2);

    // Ethan has no parent or guardian on record: "sent to the family" would reach nobody, so finalizing waits for one.
    const noGuardian = await cm.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } });
    expect(ext(noGuardian)).toMatchObject({ code: 'CONFLICT', reason: 'NO_GUARDIAN' });
    expect(noGuardian.errors![0].message).toMatch(/^Ethan has no parent or guardian on record.*\(Administration, Students, Guardians\)/);
    const inSpanish = new GraphQLTestClient(api.url, { 'accept-language': 'es' });
    expect((await inSpanish.signIn(DEMO_USERS.caseManager.email, DEMO_PASSWORD)).errors).toBeUndefined();
    const noGuardianEs = await inSpanish.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } });
    expect(ext(noGuardianEs)).toMatchObject({ code: 'CONFLICT', reason: 'NO_GUARDIAN' });
    expect(noGuardianEs.errors![0].message).toMatch(/^Ethan no tiene ningún padre, madre o tutor registrado.*\(Administración, Estudiantes, Tutores\)/);
    expect(await api.db.query(`SELECT status, (SELECT count(*)::int FROM iep_versions WHERE iep_id = $1) AS versions FROM ieps WHERE id = $1`, [ETHAN_DRAFT]))
      .toEqual([{ status: 'DRAFT', versions: 0 }]);
    // The district adds his guardian, designated as holding the rights (the column's default grants none).
    const [{ id: guardianId }] = await api.db.query(
      `INSERT INTO users (district_id, email, password_hash, display_name, role)
       SELECT district_id, 'ethan.guardian@riverbend.example', password_hash, 'Jordan Nguyen', 'PARENT' FROM users WHERE id = $1 RETURNING id`,
      [DEMO_USERS.parent.id],
    );
    await api.db.query(`INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) SELECT student_id, $2, 'Parent', true FROM ieps WHERE id = $1`, [ETHAN_DRAFT, guardianId]);

    const added = await cm.request<{ addIepPart: { id: string; version: number } }>(ADD, { input: { iepId: ETHAN_DRAFT, kind: 'GOAL' } });
    expect(added.errors).toBeUndefined();
    const blocked = await cm.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } });
    expect(ext(blocked)).toMatchObject({ code: 'CONFLICT', reason: 'QUALITY_ERRORS' });
    expect((ext(blocked).issues as Array<{ code: string; partId: string }>).map((i) => i.code)).toEqual(
      expect.arrayContaining(['GOAL_WITHOUT_BASELINE', 'GOAL_WITHOUT_CRITERIA']),
    );
    expect((ext(blocked).issues as Array<{ partId: string }>).every((i) => i.partId === added.data!.addIepPart.id)).toBe(true);
    expect((await cm.request(REMOVE, { input: { partId: added.data!.addIepPart.id, baseVersion: added.data!.addIepPart.version } })).errors).toBeUndefined();

    const unacknowledged = await cm.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } });
    expect(ext(unacknowledged)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WARNINGS_NOT_ACKNOWLEDGED' });
    const ethan = await view(cm, ETHAN_DRAFT);
    expect((ext(unacknowledged).issues as Array<{ id: string }>).map((i) => i.id).sort()).toEqual(warningIds(ethan).sort());
    expect(ethan.status).toBe('DRAFT');

    // The case manager may finalize now too (the domain allows it beside the district representative).
    const finalized = await finalizeWithAcks(cm, ETHAN_DRAFT);
    expect(finalized).toMatchObject({ status: 'PROPOSED', currentVersion: { number: 1 } });
    const verified = await cm.request<{ verifyIepVersion: { storedDigest: string; computedDigest: string; intact: boolean } }>(VERIFY, { id: ETHAN_DRAFT, v: 1 });
    expect(verified.data!.verifyIepVersion).toEqual({ storedDigest: finalized.currentVersion.digest, computedDigest: finalized.currentVersion.digest, intact: true, signatures: [] });
    const stored = await view(cm, ETHAN_DRAFT);
    expect(stored.currentVersion!.acknowledgedWarnings.sort()).toEqual(warningIds(ethan).sort());
    expect(code(await cm.request(FINALIZE, { input: { iepId: ETHAN_DRAFT, acknowledgedWarnings: [] } }))).toBe('CONFLICT');

    // Frozen means frozen: the parts of a proposed IEP refuse changes through the API and in SQL.
    const part = (await cm.request<{ iep: { parts: Array<{ id: string; version: number; content: Record<string, unknown> }> } }>(
      `query($id: ID!) { iep(id: $id) { parts { id version content } } }`, { id: ETHAN_DRAFT },
    )).data!.iep.parts[0];
    expect(code(await cm.request(SAVE, { input: { partId: part.id, baseVersion: part.version, content: part.content } }))).toBe('CONFLICT');
    await expect(api.db.query(`UPDATE iep_parts SET position = position WHERE id = $1`, [part.id])).rejects.toThrow(/IEP_FROZEN: the parts of a PROPOSED IEP/);
    await expect(api.db.query(`UPDATE iep_versions SET digest = digest WHERE iep_id = $1`, [ETHAN_DRAFT])).rejects.toThrow(/IEP_FROZEN: iep_versions/);
    await expect(api.db.query(`DELETE FROM iep_versions WHERE iep_id = $1`, [ETHAN_DRAFT])).rejects.toThrow(/IEP_FROZEN/);

    // Withdrawn, it is a draft again; a second finalize freezes version 2 with the same content and digest.
    expect((await cm.request(WITHDRAW, { id: ETHAN_DRAFT })).data).toEqual({ withdrawIepProposal: { id: ETHAN_DRAFT, status: 'DRAFT' } });
    const second = await finalizeWithAcks(cm, ETHAN_DRAFT);
    expect(second.currentVersion.number).toBe(2);
    const versions = (await view(cm, ETHAN_DRAFT)).versions;
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[0].digest).not.toBe(versions[1].digest); // the version number is part of the frozen document
  });

  it('requires consent to electronic records, the password, the typed name and the current statement before signing', async () => {
    const parent = clients.parent;
    const leo = await view(parent, LEO);
    const decide = (extra: Record<string, unknown>) =>
      parent.request(DECIDE, { input: { iepId: LEO, version: 1, decision: 'CONSENT', ...signature('Alex Carter'), ...extra } });
    expect(ext(await decide({}))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'E_RECORDS_CONSENT_REQUIRED' });

    const disclosure = await parent.request<{ electronicRecordsDisclosure: { version: string; paragraphs: string[] } }>(DISCLOSURE, { locale: 'es' });
    expect(disclosure.data!.electronicRecordsDisclosure.version).toBe(ELECTRONIC_RECORDS_DISCLOSURE_VERSION);
    expect(disclosure.data!.electronicRecordsDisclosure.paragraphs.join(' ')).toMatch(/papel.*retirar/s);
    expect(ext(await parent.request(AGREE, { input: { disclosureVersion: 'erecords-1999', locale: 'en' } }))).toMatchObject({ reason: 'DISCLOSURE_OUTDATED' });
    await agree(parent);
    expect((await parent.request(MY_CONSENT)).data).toEqual({ myElectronicRecordsConsent: { id: expect.any(String), current: true } });
    const [stored] = await api.db.query(`SELECT disclosure_version, disclosure_text FROM electronic_records_consents WHERE user_id = $1`, [DEMO_USERS.parent.id]);
    expect(stored).toMatchObject({ disclosure_version: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, disclosure_text: expect.stringContaining('paper copy') });

    // Withdrawing is allowed at any time, and signing then needs a new agreement.
    expect((await parent.request(WITHDRAW_CONSENT)).data).toMatchObject({ withdrawElectronicRecordsConsent: { current: false, withdrawnAt: expect.any(String) } });
    expect((await parent.request(MY_CONSENT)).data).toEqual({ myElectronicRecordsConsent: null });
    expect(ext(await decide({}))).toMatchObject({ reason: 'E_RECORDS_CONSENT_REQUIRED' });
    expect(ext(await parent.request(WITHDRAW_CONSENT))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_CONSENT' });
    await agree(parent);

    expect(ext(await decide({ password: 'not-the-password' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'WRONG_PASSWORD' });
    expect(ext(await decide({ typedName: 'Someone Else' }))).toMatchObject({ field: 'typedName', reason: 'NAME_MISMATCH' });
    expect(ext(await decide({ intentVersion: 'intent-1999' }))).toMatchObject({ reason: 'INTENT_OUTDATED' });
    expect(ext(await decide({ version: 2 }))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 1 });
    expect(ext(await decide({ decision: 'CONSENT_WITH_EXCEPTIONS' }))).toMatchObject({ reason: 'EXCEPTIONS_REQUIRED' });
    expect(ext(await decide({ decision: 'CONSENT_WITH_EXCEPTIONS', exceptedPartIds: [MAYA_ACTIVE] }))).toMatchObject({ reason: 'UNKNOWN_EXCEPTED_ITEM' });
    expect(ext(await decide({ decision: 'DECLINE', reasons: ['  '] }))).toMatchObject({ reason: 'REASONS_REQUIRED' });
    expect((await view(parent, LEO)).status).toBe('PROPOSED');
    expect(Number((await api.db.query(`SELECT count(*)::int AS n FROM iep_signatures`))[0].n)).toBe(0);

    const intent = await parent.request<{ signatureIntent: { version: string; statement: string } }>(INTENT, { purpose: 'PARENT_DECISION', decision: 'CONSENT_WITH_EXCEPTIONS' });
    expect(intent.data!.signatureIntent).toMatchObject({ version: SIGNATURE_INTENT_VERSION, statement: expect.stringContaining('except') });

    // Consent with exceptions: the name matches without regard to case, accents or spacing.
    const service = leo.currentVersion!.parts.find((p) => p.kind === 'SERVICE')!;
    const decided = await decide({ decision: 'CONSENT_WITH_EXCEPTIONS', exceptedPartIds: [service.id], reasons: ['We want a smaller group.'], typedName: '  alex   CARTER ' });
    expect(decided.errors).toBeUndefined();
    const decision = (decided.data as { decideOnIep: { kind: string; amendmentIepId: string; signedOn: string; effectiveOn: string; signature: { digest: string; ip: string; userAgent: string; typedName: string } } }).decideOnIep;
    expect(decision).toMatchObject({ kind: 'CONSENT_WITH_EXCEPTIONS', exceptedPartIds: [service.id], amendmentIepId: expect.any(String) });
    expect(decision.signature).toMatchObject({ digest: leo.currentVersion!.digest, ip: expect.stringMatching(/127\.0\.0\.1/), userAgent: 'jest-signoff', typedName: 'alex   CARTER' });

    const after = await view(clients.caseManager2, LEO);
    expect(after.status).toBe('ACTIVE');
    expect(after.currentVersion!.parts.find((p) => p.id === service.id)!.excepted).toBe(true);
    expect(after.currentVersion!.parts.filter((p) => p.excepted)).toHaveLength(1);
    const amendment = await view(clients.caseManager2, decision.amendmentIepId);
    expect(amendment).toMatchObject({ status: 'DRAFT', kind: 'AMENDMENT' });
    const amendmentParts: Array<{ copied_from_part_id: string }> = await api.db.query(`SELECT copied_from_part_id FROM iep_parts WHERE iep_id = $1`, [decision.amendmentIepId]);
    expect(amendmentParts.map((p) => p.copied_from_part_id)).toContain(service.id);
    const [deadline] = await api.db.query(
      `SELECT event_kind, to_char(event_date, 'YYYY-MM-DD') AS event_date FROM deadlines WHERE iep_id = $1 AND kind = 'SERVICE_START'`, [LEO],
    );
    expect(deadline).toEqual({ event_kind: 'PARENT_SIGNATURE', event_date: decision.signedOn });
    const [pwn] = after.priorWrittenNotices;
    expect(pwn).toMatchObject({ source: 'ITEMS_EXCEPTED', status: 'DRAFT', locale: 'en', actionDescription: expect.stringContaining('Math intervention') });
    expect(pwn.actionDescription).toContain('We want a smaller group.');
    // The family sees a notice once it is sent, not while the district drafts it.
    expect((await view(clients.parent, LEO)).priorWrittenNotices).toEqual([]);
    // The team hears about the decision.
    const told = await api.db.query(`SELECT user_id FROM notifications WHERE kind = 'IEP_DECIDED' AND data->>'iepId' = $1`, [LEO]);
    expect(told.map((n: { user_id: string }) => n.user_id)).toContain(DEMO_USERS.caseManager2.id);

    // The signed version stays intact; signatures cannot be changed in SQL either.
    const verified = await clients.parent.request<{ verifyIepVersion: { intact: boolean; signatures: Array<{ matches: boolean }> } }>(VERIFY, { id: LEO, v: 1 });
    expect(verified.data!.verifyIepVersion).toMatchObject({ intact: true, signatures: [{ matches: true }] });
    await expect(api.db.query(`UPDATE iep_signatures SET typed_name = 'x'`)).rejects.toThrow(/IEP_FROZEN: iep_signatures/);
    await expect(api.db.query(`DELETE FROM iep_decisions`)).rejects.toThrow(/IEP_FROZEN: iep_decisions/);
    expect(code(await decide({ decision: 'CONSENT' }))).toBe('CONFLICT');
  });

  it('completes and sends the prior written notice, which is then immutable', async () => {
    const cm = clients.caseManager2;
    const [pwn] = (await view(cm, LEO)).priorWrittenNotices;
    expect(code(await clients.teacher.request(UPDATE_PWN, { input: { id: pwn.id, version: pwn.version, explanation: 'x' } }))).toBe('FORBIDDEN');
    expect(code(await clients.parent.request(UPDATE_PWN, { input: { id: pwn.id, version: pwn.version, explanation: 'x' } }))).toBe('FORBIDDEN');
    expect(code(await clients.otherCaseManager.request(SEND_PWN, { input: { id: pwn.id, version: pwn.version } }))).toBe('NOT_FOUND');
    const incomplete = await cm.request(SEND_PWN, { input: { id: pwn.id, version: pwn.version } });
    expect(ext(incomplete)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((ext(incomplete).problems as Array<{ path: string }>).map((p) => p.path)).toEqual(['explanation', 'evaluationBasis', 'optionsConsidered', 'otherFactors']);
    const filled = {
      explanation: 'Small-group math is the least restrictive way to close the fact-fluency gap.',
      evaluationBasis: 'Fall curriculum-based probes; grade 7 math benchmark.',
      optionsConsidered: 'Push-in support in the general classroom: not intensive enough.',
      otherFactors: 'None.',
    };
    const updated = await cm.request<{ updatePriorWrittenNotice: { version: number } }>(UPDATE_PWN, { input: { id: pwn.id, version: pwn.version, ...filled } });
    expect(updated.errors).toBeUndefined();
    expect(ext(await cm.request(UPDATE_PWN, { input: { id: pwn.id, version: pwn.version, otherFactors: 'stale' } }))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const sent = await cm.request<{ sendPriorWrittenNotice: { status: string; sentBy: { displayName: string } } }>(SEND_PWN, { input: { id: pwn.id, version: updated.data!.updatePriorWrittenNotice.version } });
    expect(sent.data!.sendPriorWrittenNotice).toMatchObject({ status: 'SENT', sentBy: { displayName: DEMO_USERS.caseManager2.displayName } });
    const family = (await view(clients.parent, LEO)).priorWrittenNotices;
    expect(family).toHaveLength(1);
    expect(family[0]).toMatchObject({ status: 'SENT', explanation: filled.explanation });
    const [mail] = await api.db.query(`SELECT subject, text_body FROM outbound_emails WHERE to_address = $1 AND subject LIKE 'Prior written notice%'`, [DEMO_USERS.parent.email]);
    expect(mail.text_body).toContain(filled.evaluationBasis);
    expect(ext(await cm.request(UPDATE_PWN, { input: { id: pwn.id, version: 3, otherFactors: 'late' } }))).toMatchObject({ code: 'CONFLICT', reason: 'SENT' });
    await expect(api.db.query(`UPDATE prior_written_notices SET other_factors = 'x' WHERE id = $1`, [pwn.id])).rejects.toThrow(/IEP_FROZEN/);
  });

  it('drafts a notice when a suggestion of the family is rejected', async () => {
    const rejected = await clients.caseManager.request(REJECT, { input: { suggestionId: DEMO_SUGGESTION_ID, reason: 'The concerns already cover this.' } });
    expect(rejected.errors).toBeUndefined();
    const notices = (await view(clients.caseManager, MAYA_ANNUAL)).priorWrittenNotices;
    expect(notices).toEqual([expect.objectContaining({ source: 'SUGGESTION_REJECTED', action: 'REFUSE', suggestionId: DEMO_SUGGESTION_ID, status: 'DRAFT' })]);
    expect(notices[0].actionDescription).toContain('Alex Carter');
    expect(notices[0].explanation).toContain('The concerns already cover this.');
  });

  it('marks a version reviewed without consenting, and a decline returns the IEP to draft with a notice in Spanish', async () => {
    const padre = clients.parentEs;
    expect(code(await clients.caseManager2.request(REVIEWED, { input: { iepId: SOFIA_AMENDMENT, version: 1 } }))).toBe('FORBIDDEN');
    expect(code(await clients.parent.request(REVIEWED, { input: { iepId: SOFIA_AMENDMENT, version: 1 } }))).toBe('NOT_FOUND');
    const reviewed = await padre.request(REVIEWED, { input: { iepId: SOFIA_AMENDMENT, version: 1 } });
    expect(reviewed.data).toMatchObject({ markIepReviewed: { kind: 'REVIEWED', version: 1 } });
    const still = await view(padre, SOFIA_AMENDMENT);
    expect(still).toMatchObject({ status: 'PROPOSED', canDecide: true });
    expect(still.signatures).toEqual([]);

    await agree(padre, 'es');
    const declined = await padre.request(DECIDE, {
      input: { iepId: SOFIA_AMENDMENT, version: 1, decision: 'DECLINE', reasons: ['Queremos más apoyo en lectura.'], ...signature('Lucia Ramirez') },
    });
    expect(declined.errors).toBeUndefined();
    const after = await view(clients.caseManager2, SOFIA_AMENDMENT);
    expect(after.status).toBe('DRAFT');
    expect(after.decisions.map((d) => d.kind)).toEqual(['REVIEWED', 'DECLINE']);
    expect(after.decisions[1].reasons).toEqual(['Queremos más apoyo en lectura.']);
    const [pwn] = after.priorWrittenNotices;
    expect(pwn).toMatchObject({ source: 'IEP_DECLINED', locale: 'es', actionDescription: expect.stringContaining('Queremos más apoyo en lectura.') });
    expect(pwn.proceduralSafeguards).toContain('garantías procesales');
    expect(after.signatures).toEqual([expect.objectContaining({ purpose: 'PARENT_DECISION', version: 1, digest: after.versions[0].digest })]);
    // A declined IEP never takes effect: the active one stays in force.
    expect((await view(clients.caseManager2, DEMO_SIGNOFF.sofiaActiveIepId)).status).toBe('ACTIVE');
    const [mail] = await api.db.query(`SELECT subject FROM outbound_emails WHERE to_address = $1 AND subject LIKE 'El IEP propuesto%'`, [DEMO_USERS.parentEs.email]);
    expect(mail).toBeUndefined(); // seeded proposals were not e-mailed; a new finalize is
    const again = await finalizeWithAcks(clients.caseManager2, SOFIA_AMENDMENT);
    expect(again.currentVersion.number).toBe(2);
    const [proposedMail] = await api.db.query(`SELECT subject FROM outbound_emails WHERE to_address = $1 AND subject LIKE 'El IEP propuesto%'`, [DEMO_USERS.parentEs.email]);
    expect(proposedMail.subject).toContain('Sofía');
  });

  it('drafts a prior written notice when the district proposes an IEP, from what changed, sent in the parent’s language with its PDF', async () => {
    const cm = clients.caseManager2;
    // Finalized again above: version 2 of Sofía's amendment is a proposal of the district (34 CFR 300.503(a)(1)).
    const notices = (await view(cm, SOFIA_AMENDMENT)).priorWrittenNotices;
    const proposal = notices.find((n) => n.source === 'IEP_PROPOSED')!;
    expect(proposal).toMatchObject({ action: 'PROPOSE', status: 'DRAFT', locale: 'es' });
    expect(proposal.actionDescription).toContain('El distrito propone un nuevo IEP para Sofía (versión 2)');
    expect(proposal.proceduralSafeguards).toContain('garantías procesales');
    // Only the team knows why: those elements are marked to complete, and the notice cannot go out before they are.
    const incomplete = await cm.request(SEND_PWN, { input: { id: proposal.id, version: proposal.version } });
    expect((ext(incomplete).problems as Array<{ path: string }>).map((p) => p.path)).toEqual(['explanation', 'evaluationBasis', 'optionsConsidered', 'otherFactors']);
    // The family does not see the draft.
    expect((await view(clients.parentEs, SOFIA_AMENDMENT)).priorWrittenNotices.some((n) => n.id === proposal.id)).toBe(false);
    const filled = {
      explanation: 'El equipo propone más apoyo en lectura porque Sofía no alcanzó su meta.',
      evaluationBasis: 'Evaluación de lectura de otoño.', optionsConsidered: 'Mantener el IEP vigente: no basta.', otherFactors: 'Ninguno.',
    };
    const updated = await cm.request<{ updatePriorWrittenNotice: { version: number } }>(UPDATE_PWN, { input: { id: proposal.id, version: proposal.version, ...filled } });
    expect(updated.errors).toBeUndefined();
    const sent = await cm.request(SEND_PWN, { input: { id: proposal.id, version: updated.data!.updatePriorWrittenNotice.version } });
    expect(sent.errors).toBeUndefined();
    const [mail] = await api.db.query(`SELECT attachments FROM outbound_emails WHERE dedupe_key = $1`, [`prior-written-notice:${proposal.id}:${DEMO_USERS.parentEs.id}`]);
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: 'prior-written-notice.pdf', contentType: 'application/pdf', encoding: 'base64' })]);
    const attached = await pdfText(new Response(Buffer.from(mail.attachments[0].content, 'base64')));
    // The seven elements, in the order of 300.503(b), in Spanish.
    const headings = ['1. La acción', '2. Por qué', '3. Evaluaciones', '4. Sus garantías', '5. Dónde obtener ayuda', '6. Otras opciones', '7. Otros factores'];
    const positions = headings.map((h) => attached.indexOf(h));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(attached).toContain(filled.explanation);

    const family = (await view(clients.parentEs, SOFIA_AMENDMENT)).priorWrittenNotices.find((n) => n.id === proposal.id)!;
    const downloaded = await download(`/documents/prior-written-notices/${family.id}.pdf`, clients.parentEs);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(downloaded)).toContain('Aviso previo por escrito');
    const [download_] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'IEP_DOCUMENT_DOWNLOADED' AND actor_id = $1 AND data->>'document' = 'PRIOR_WRITTEN_NOTICE'`,
      [DEMO_USERS.parentEs.id],
    );
    expect(download_.data).toMatchObject({ locale: 'es' });
    const before = await denials('downloadPriorWrittenNoticePdf');
    expect((await download(`/documents/prior-written-notices/${family.id}.pdf`, clients.otherParent)).status).toBe(404);
    expect((await download(`/documents/prior-written-notices/${family.id}.pdf`)).status).toBe(401);
    expect(await denials('downloadPriorWrittenNoticePdf')).toBe(before + 2);
  });

  it('refuses a Spanish-reading parent’s signature and decision in Spanish, with the same code and details', async () => {
    const padre = new GraphQLTestClient(api.url, { 'accept-language': 'es' });
    expect((await padre.signIn(DEMO_USERS.parentEs.email, DEMO_PASSWORD)).errors).toBeUndefined();
    const decide = (extra: Record<string, unknown>) =>
      padre.request(DECIDE, { input: { iepId: SOFIA_AMENDMENT, version: 2, decision: 'CONSENT', ...signature('Lucía Ramírez'), ...extra } });
    expect((await decide({ typedName: 'Otra Persona' })).errors?.[0]).toMatchObject({
      message: 'Escriba su nombre tal como aparece en su cuenta: Lucía Ramírez.',
      extensions: { code: 'BAD_USER_INPUT', field: 'typedName', reason: 'NAME_MISMATCH' },
    });
    expect((await decide({ version: 1 })).errors?.[0]).toMatchObject({
      message: 'Se propuso una versión más reciente de este IEP; léala antes de decidir.',
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 },
    });
    const active = await padre.request(REVIEWED, { input: { iepId: DEMO_SIGNOFF.sofiaActiveIepId, version: 1 } });
    expect(active.errors?.[0]).toMatchObject({
      message: 'Este IEP está: vigente; no está esperando una decisión.',
      extensions: { code: 'CONFLICT', reason: 'NOT_PROPOSED', status: 'ACTIVE' },
    });
    expect((await view(clients.caseManager2, SOFIA_AMENDMENT)).status).toBe('PROPOSED');
  });

  it('consent makes an annual review active and supersedes the old IEP; an amendment then supersedes it with a field-level difference', async () => {
    const cm = clients.caseManager;
    const parent = clients.parent;
    // A reporting period that spans the change: the IEP in force owes its report until the new one takes over.
    const saved = await clients.admin.request<{ saveReportingPeriod: { period: { id: string } } }>(
      `mutation($input: SaveReportingPeriodInput!) { saveReportingPeriod(input: $input) { period { id } } }`,
      { input: { name: 'Winter term', firstDay: '2026-11-16', lastDay: '2027-01-22' } },
    );
    expect(saved.errors).toBeUndefined();
    const period = saved.data!.saveReportingPeriod.period.id;
    const reportDeadlines = async (iepId: string) => (await api.db.query(
      `SELECT to_char(closed_on, 'YYYY-MM-DD') AS closed_on, closed_reason FROM deadlines WHERE iep_id = $1 AND reporting_period_id = $2`, [iepId, period],
    )) as Array<{ closed_on: string | null; closed_reason: string | null }>;
    expect(await reportDeadlines(MAYA_ACTIVE)).toEqual([{ closed_on: null, closed_reason: null }]);
    const finalized = await finalizeWithAcks(clients.districtRep, MAYA_ANNUAL);
    expect(finalized.status).toBe('PROPOSED');
    const [proposedMail] = await api.db.query(`SELECT subject FROM outbound_emails WHERE to_address = $1 AND subject LIKE '%proposed IEP is ready%'`, [DEMO_USERS.parent.email]);
    expect(proposedMail.subject).toBe("Maya's proposed IEP is ready for your review");
    const consented = await parent.request(DECIDE, { input: { iepId: MAYA_ANNUAL, version: 1, decision: 'CONSENT', ...signature('Alex Carter') } });
    expect(consented.errors).toBeUndefined();
    expect((await view(cm, MAYA_ANNUAL)).status).toBe('ACTIVE');
    expect(await view(cm, MAYA_ACTIVE)).toMatchObject({ status: 'SUPERSEDED', supersededByIepId: MAYA_ANNUAL });
    // The superseded IEP's open report closes in the same transaction; the IEP now in force owes its own.
    const [{ today }] = await api.db.query(`SELECT to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS today FROM districts WHERE id = $1`,
      [DEMO_DISTRICT.id]);
    expect(await reportDeadlines(MAYA_ACTIVE)).toEqual([{ closed_on: today, closed_reason: 'IEP_SUPERSEDED' }]);
    expect(await reportDeadlines(MAYA_ANNUAL)).toEqual([{ closed_on: null, closed_reason: null }]);
    const [closedAudit] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE event = 'DEADLINE_CLOSED' AND iep_id = $1 AND data->>'reason' = 'IEP_SUPERSEDED'`, [MAYA_ACTIVE]);
    expect(closedAudit.n).toBe(1);
    const [deadline] = await api.db.query(`SELECT event_kind FROM deadlines WHERE iep_id = $1 AND kind = 'SERVICE_START'`, [MAYA_ANNUAL]);
    expect(deadline).toEqual({ event_kind: 'PARENT_SIGNATURE' });

    const started = await cm.request<{ startIep: { id: string; parts: Array<{ id: string; kind: string; version: number; content: Record<string, unknown> }> } }>(
      START, { input: { studentId: '00000000-0000-4000-8000-000000000301', kind: 'AMENDMENT' } },
    );
    expect(started.errors).toBeUndefined();
    const amendmentId = started.data!.startIep.id;
    const goal = started.data!.startIep.parts.find((p) => p.kind === 'GOAL')!;
    expect((await cm.request(SAVE, { input: { partId: goal.id, baseVersion: goal.version, content: { ...goal.content, baseline: '70 words correct per minute on grade 3 passages.' } } })).errors).toBeUndefined();
    const draftDiff = await cm.request<{ iepVersionDiff: { fromIepId: string; toVersion: number | null; parts: Array<{ kind: string; change: string; fields: Array<{ field: string }> }> } }>(VERSION_DIFF, { id: amendmentId });
    expect(draftDiff.data!.iepVersionDiff).toMatchObject({ fromIepId: MAYA_ANNUAL, toVersion: null, parts: [{ kind: 'GOAL', change: 'CHANGED', fields: [{ field: 'baseline' }] }] });

    await finalizeWithAcks(cm, amendmentId);
    expect((await parent.request(DECIDE, { input: { iepId: amendmentId, version: 1, decision: 'CONSENT', ...signature('Alex Carter') } })).errors).toBeUndefined();
    expect((await view(cm, amendmentId)).status).toBe('ACTIVE');
    expect(await view(cm, MAYA_ANNUAL)).toMatchObject({ status: 'SUPERSEDED', supersededByIepId: amendmentId });
    const signedDiff = await parent.request<{ iepVersionDiff: { toVersion: number; parts: Array<{ change: string; fields: Array<{ field: string; segments: Array<{ kind: string; text: string }> }> }> } }>(VERSION_DIFF, { id: amendmentId });
    expect(signedDiff.data!.iepVersionDiff.toVersion).toBe(1);
    expect(signedDiff.data!.iepVersionDiff.parts[0].fields[0].segments).toEqual(expect.arrayContaining([{ kind: 'ADDED', text: expect.stringContaining('70') }]));
  });

  it('shares a never-shared draft with the family when it is finalized, so the parent keeps seeing the IEP they declined', async () => {
    // Ethan's initial IEP was never shared; the test before added his guardian and finalized it.
    const [iepRow] = await api.db.query(`SELECT status, shared_with_family_at FROM ieps WHERE id = $1`, [ETHAN_DRAFT]);
    expect(iepRow).toMatchObject({ status: 'PROPOSED', shared_with_family_at: expect.any(Date) });
    const [shared] = await api.db.query(
      `SELECT count(*)::int AS n, min(actor_id::text) AS actor FROM audit_events WHERE event = 'IEP_SHARED_WITH_FAMILY' AND iep_id = $1`,
      [ETHAN_DRAFT],
    );
    // Once, by the first finalize: withdrawing and finalizing again does not share it twice.
    expect(shared).toEqual({ n: 1, actor: DEMO_USERS.caseManager.id });

    const guardian = await signedIn('ethan.guardian@riverbend.example');
    await agree(guardian);
    const proposed = await view(guardian, ETHAN_DRAFT);
    expect(proposed).toMatchObject({ status: 'PROPOSED', canDecide: true });
    const declined = await guardian.request(DECIDE, {
      input: { iepId: ETHAN_DRAFT, version: proposed.currentVersion!.number, decision: 'DECLINE', reasons: ['More reading support, please.'], ...signature('Jordan Nguyen') },
    });
    expect(declined.errors).toBeUndefined();
    // Back to a draft under negotiation, and still the parent's to read, with their decision on it.
    const after = await view(guardian, ETHAN_DRAFT);
    expect(after).toMatchObject({ status: 'DRAFT', canDecide: false });
    expect(after.decisions.at(-1)).toMatchObject({ kind: 'DECLINE', reasons: ['More reading support, please.'] });
  });

  it('lets a parent sign where no school calendar covers the dates: the service-start deadline is an estimate until the calendar is saved', async () => {
    const lakeshore = OTHER_DISTRICT;
    await api.db.query(
      `DELETE FROM calendar_closures WHERE calendar_id IN (SELECT id FROM school_calendars WHERE district_id = $1)`,
      [lakeshore.district.id],
    );
    await api.db.query(`DELETE FROM school_calendars WHERE district_id = $1`, [lakeshore.district.id]);
    const started = await clients.otherCaseManager.request<{ startIep: { id: string } }>(START, { input: { studentId: lakeshore.student.id, kind: 'AMENDMENT' } });
    expect(started.errors).toBeUndefined();
    const amendmentId = started.data!.startIep.id;
    await finalizeWithAcks(clients.otherCaseManager, amendmentId);
    await agree(clients.otherParent);
    const consented = await clients.otherParent.request<{ decideOnIep: { signedOn: string } }>(DECIDE, {
      input: { iepId: amendmentId, version: 1, decision: 'CONSENT', ...signature(lakeshore.users.parent.displayName) },
    });
    expect(consented.errors).toBeUndefined();
    const signedOn = consented.data!.decideOnIep.signedOn;
    const DEADLINES = `query($id: ID!) { iepDeadlines(iepId: $id) { kind dueDate estimated explanation(locale: en) } }`;
    const serviceStart = async () =>
      (await clients.otherParent.request<{ iepDeadlines: Array<{ kind: string; dueDate: string; estimated: boolean; explanation: string }> }>(DEADLINES, { id: amendmentId }))
        .data!.iepDeadlines.find((d) => d.kind === 'SERVICE_START')!;
    const estimate = await serviceStart();
    expect(estimate.estimated).toBe(true);
    expect(estimate.explanation).toContain('estimated: the school calendar does not cover every day counted');
    expect(new Date(`${estimate.dueDate}T00:00:00Z`).getUTCDay()).not.toBe(0);
    expect(new Date(`${estimate.dueDate}T00:00:00Z`).getUTCDay()).not.toBe(6);

    // The district enters its school year with a closure on the estimated day: the recompute makes it exact.
    const admin = await signedIn(lakeshore.users.admin.email);
    const created = await admin.request<{ createSchoolCalendar: { calendar: { id: string; version: number } } }>(
      `mutation($input: CreateSchoolCalendarInput!) { createSchoolCalendar(input: $input) { calendar { id version } deadlines { recomputed moved } } }`,
      { input: { schoolYear: 'Entered year', firstDay: addDays(signedOn, -100), lastDay: addDays(signedOn, 200) } },
    );
    expect(created.errors).toBeUndefined();
    const closed = await admin.request(
      `mutation($input: AddCalendarClosureInput!) { addCalendarClosure(input: $input) { deadlines { recomputed moved } } }`,
      { input: { calendarId: created.data!.createSchoolCalendar.calendar.id, version: created.data!.createSchoolCalendar.calendar.version, kind: 'HOLIDAY', name: 'Town Meeting Day', firstDay: estimate.dueDate, lastDay: estimate.dueDate } },
    );
    expect(closed.errors).toBeUndefined();
    const exact = await serviceStart();
    expect(exact.estimated).toBe(false);
    expect(exact.explanation).not.toContain('estimated');
    expect(exact.dueDate > estimate.dueDate).toBe(true);
  });

  it('lets team members sign their attendance at a meeting', async () => {
    const meetingId = DEMO_MEETING.id;
    const [meeting] = await api.db.query(`SELECT iep_id FROM iep_meetings WHERE id = $1`, [meetingId]);
    const teacher = clients.teacher;
    await agree(teacher);
    const [onTeam] = await api.db.query(`SELECT 1 FROM iep_team_members WHERE iep_id = $1 AND user_id = $2`, [meeting.iep_id, DEMO_USERS.teacher.id]);
    expect(onTeam).toBeDefined();
    const signed = await teacher.request<{ signIepAttendance: { purpose: string; meetingId: string } }>(
      `mutation($input: SignIepAttendanceInput!) { signIepAttendance(input: $input) { purpose meetingId typedName signer { displayName } } }`,
      { input: { meetingId, ...signature(DEMO_USERS.teacher.displayName) } },
    );
    expect(signed.data).toMatchObject({ signIepAttendance: { purpose: 'ATTENDANCE', meetingId } });
    const twice = await teacher.request(`mutation($input: SignIepAttendanceInput!) { signIepAttendance(input: $input) { id } }`, { input: { meetingId, ...signature(DEMO_USERS.teacher.displayName) } });
    expect(ext(twice)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SIGNED' });
    await agree(clients.otherCaseManager);
    const stranger = await clients.otherCaseManager.request(`mutation($input: SignIepAttendanceInput!) { signIepAttendance(input: $input) { id } }`, { input: { meetingId, ...signature(OTHER_DISTRICT.users.caseManager.displayName) } });
    expect(code(stranger)).toBe('NOT_FOUND');
  });

  it('serves the version and its certificate as PDFs in the reader’s language, audited, and only to those with access', async () => {
    const leo = await view(clients.parent, LEO);
    const version = leo.currentVersion!;
    expect(version.pdfUrl).toBe(`/documents/ieps/${LEO}/versions/1.pdf`);

    const response = await download(version.pdfUrl, clients.parent);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(response);
    expect(text).toContain('Leo Carter');
    expect(text).toContain('Math fact fluency');
    expect(text).toContain('Leo will recall multiplication facts');
    expect(text).toContain(version.digest);
    expect(text).toContain('Individualized Education Program');

    const certificate = await pdfText(await download(`${version.certificateUrl}?lang=es`, clients.parent));
    expect(certificate).toContain('Certificado de firmas');
    expect(certificate).toContain('Alex Carter');
    expect(certificate).toContain(version.digest);
    expect(certificate).toContain('Consentimiento con excepciones');

    const spanish = await pdfText(await download(`/documents/ieps/${SOFIA_AMENDMENT}/versions/1.pdf`, clients.parentEs));
    expect(spanish).toContain('Programa de Educación Individualizado');
    expect(spanish).toContain('Sofía Ramírez');

    const downloads = await api.db.query(`SELECT data FROM audit_events WHERE event = 'IEP_DOCUMENT_DOWNLOADED' AND iep_id = $1 ORDER BY id`, [LEO]);
    expect(downloads.map((row: { data: { document: string; locale: string } }) => row.data)).toEqual([
      { version: 1, document: 'IEP', locale: 'en' }, { version: 1, document: 'CERTIFICATE', locale: 'es' },
    ]);

    const anonymous = await download(version.pdfUrl);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
    const unrelated = await download(version.certificateUrl, clients.otherParent);
    expect(unrelated.status).toBe(404);
    expect((await download(`/documents/ieps/${LEO}/versions/9.pdf`, clients.parent)).status).toBe(404);
    expect(await denials('downloadIepPdf')).toBeGreaterThanOrEqual(1);
    expect(await denials('downloadIepCertificatePdf')).toBe(1);
  });

  it('detects a tampered frozen version: verify recomputes the digest from the stored content', async () => {
    const before = await clients.parentEs.request<{ verifyIepVersion: { intact: boolean } }>(VERIFY, { id: SOFIA_AMENDMENT, v: 1 });
    expect(before.data!.verifyIepVersion.intact).toBe(true);
    // A superuser can bypass the triggers; verification still catches the change.
    await api.db.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE iep_versions SET content = jsonb_set(content, '{student,lastName}', '"Tampered"') WHERE iep_id = $1 AND number = 1`, [SOFIA_AMENDMENT]);
    });
    const after = await clients.parentEs.request<{ verifyIepVersion: { intact: boolean; storedDigest: string; computedDigest: string; signatures: Array<{ matches: boolean }> } }>(VERIFY, { id: SOFIA_AMENDMENT, v: 1 });
    expect(after.data!.verifyIepVersion.intact).toBe(false);
    expect(after.data!.verifyIepVersion.computedDigest).not.toBe(after.data!.verifyIepVersion.storedDigest);
    expect(after.data!.verifyIepVersion.signatures).toEqual([{ matches: true }]);
    const certificate = await pdfText(await download(`/documents/ieps/${SOFIA_AMENDMENT}/versions/1/certificate.pdf`, clients.parentEs));
    expect(certificate).toContain('el documento fue alterado');

    expect(code(await clients.otherParent.request(VERIFY, { id: SOFIA_AMENDMENT, v: 1 }))).toBe('NOT_FOUND');
    const [denied] = await api.db.query(`SELECT actor_id FROM audit_events WHERE event = 'ACCESS_DENIED' AND data->>'operation' = 'verifyIepVersion'`);
    expect(denied.actor_id).toBe(OTHER_DISTRICT.users.parent.id);
  });

  it('shows signers’ IP addresses only to staff and the signer', async () => {
    const parentView = await view(clients.parent, LEO);
    expect(parentView.signatures[0].ip).toMatch(/127\.0\.0\.1/);
    const staffView = await view(clients.districtRep, LEO);
    expect(staffView.signatures[0].ip).toMatch(/127\.0\.0\.1/);
    const guestView = await clients.guest.request<{ iep: SignoffView }>(SIGNOFF, { id: LEO });
    expect(code(guestView)).toBe('NOT_FOUND');
  });
});
