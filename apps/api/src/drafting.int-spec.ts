import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_SUGGESTION_ID, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const MAYA_DRAFT = iep('402');
const SOFIA_ACTIVE = iep('405');
const AVA_ACTIVE = iep('407');

const PART_FIELDS = 'id iepId kind position content version unchangedSinceLastYear updatedAt updatedBy { id displayName } changedSinceMyLastView assignee { id displayName } viewerCanEdit';
const DOCUMENT = `query($id: ID!) {
  iep(id: $id) {
    id status kind derivedFromIepId sharedWithFamilyAt canEdit canAddParts canSuggest canDecideSuggestions canComment
    parts { ${PART_FIELDS} }
    qualityChecks { code severity partId message }
    suggestions { id partId partKind baseVersion status proposedContent rationale proposer { displayName } decidedBy { displayName } decisionReason
      diff { partId kind fromVersion toVersion fields { field segments { kind text } } } }
    changesSinceMyLastView { lastViewedAt parts { partId kind fromVersion toVersion removed fields { field segments { kind text } } } }
  }
}`;
const START = `mutation($input: StartIepInput!) { startIep(input: $input) { id status kind derivedFromIepId parts { ${PART_FIELDS} } } }`;
const SAVE = `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { ${PART_FIELDS} } }`;
const ADD = `mutation($input: AddIepPartInput!) { addIepPart(input: $input) { ${PART_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveIepPartInput!) { removeIepPart(input: $input) { id version removedAt } }`;
const REVISIONS = `query($partId: ID!, $first: Int, $after: String) {
  iepPartRevisions(partId: $partId, first: $first, after: $after) { nodes { id version change content author { displayName } suggestionId } hasMore endCursor }
}`;
const DIFF = `query($partId: ID!, $from: Int!, $to: Int!) {
  iepPartDiff(partId: $partId, fromVersion: $from, toVersion: $to) { partId kind fromVersion toVersion removed fields { field segments { kind text } } }
}`;
const SHARE = `mutation($id: ID!) { shareIepWithFamily(iepId: $id) { id sharedWithFamilyAt } }`;
const VIEWED = `mutation($id: ID!) { markIepViewed(iepId: $id) { id } }`;
const PROPOSE = `mutation($input: ProposeIepChangeInput!) { proposeIepChange(input: $input) { id status partId partKind baseVersion diff { fromVersion toVersion fields { field } } } }`;
const ACCEPT = `mutation($input: AcceptIepSuggestionInput!) { acceptIepSuggestion(input: $input) { id status decidedBy { displayName } } }`;
const REJECT = `mutation($input: RejectIepSuggestionInput!) { rejectIepSuggestion(input: $input) { id status decisionReason } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawIepSuggestion(suggestionId: $id) { id status } }`;
const STUDENT = `query($id: ID!) { student(id: $id) { id canStartIep activeIepId } }`;
const ASSIGN = `mutation($input: AssignIepPartInput!) { assignIepPart(input: $input) { ${PART_FIELDS} } }`;

type Content = Record<string, unknown>;
interface Part {
  id: string; iepId: string; kind: string; position: number; content: Content; version: number; unchangedSinceLastYear: boolean; changedSinceMyLastView: boolean;
  updatedBy: { displayName: string } | null; assignee: { id: string; displayName: string } | null; viewerCanEdit: boolean;
}
interface Issue { code: string; severity: string; partId: string | null }
interface Suggestion { id: string; status: string; partId: string | null; baseVersion: number | null; proposer: { displayName: string }; diff: { fromVersion: number | null; toVersion: number; fields: Array<{ field: string }> } }
interface PartDiff { partId: string; fromVersion: number | null; toVersion: number; removed: boolean; fields: Array<{ field: string; segments: Array<{ kind: string; text: string }> }> }
interface Document {
  id: string; status: string; derivedFromIepId: string | null; sharedWithFamilyAt: string | null;
  canEdit: boolean; canAddParts: boolean; canSuggest: boolean; canDecideSuggestions: boolean; canComment: boolean;
  parts: Part[]; qualityChecks: Issue[]; suggestions: Suggestion[];
  changesSinceMyLastView: { lastViewedAt: string | null; parts: PartDiff[] };
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
/** The text before and after, rebuilt from a word diff's segments. */
const sides = (segments: Array<{ kind: string; text: string }>) => [
  segments.filter((s) => s.kind !== 'ADDED').map((s) => s.text).join(''),
  segments.filter((s) => s.kind !== 'REMOVED').map((s) => s.text).join(''),
];

describe('co-drafting an IEP (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  const clients: Record<string, GraphQLTestClient> = {};

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  async function read(client: GraphQLTestClient, id: string): Promise<Document> {
    const result = await client.request<{ iep: Document }>(DOCUMENT, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.iep;
  }

  const partOf = (doc: Document, kind: string, index = 0) => doc.parts.filter((p) => p.kind === kind)[index];

  async function save(client: GraphQLTestClient, part: Pick<Part, 'id' | 'version'>, content: Content) {
    return client.request<{ saveIepPart: Part }>(SAVE, { input: { partId: part.id, baseVersion: part.version, content } });
  }

  const count = async (sql: string, params: unknown[]) => (await api.db.query(sql, params))[0].count as number;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    for (const key of ['caseManager', 'caseManager2', 'teacher', 'slp', 'districtRep', 'parent', 'parentEs', 'guest', 'admin'] as const) {
      clients[key] = await signedIn(DEMO_USERS[key].email);
    }
  });
  afterAll(() => api.close());

  describe('the seeded drafts', () => {
    it('give every demo IEP its sections, the chain of goals and services, and a pending parent proposal', async () => {
      const draft = await read(clients.caseManager, MAYA_DRAFT);
      expect(draft.parts.map((p) => p.kind)).toEqual([
        'PARENT_CONCERNS', 'STUDENT_VISION', 'PRESENT_LEVELS', 'GOAL', 'GOAL', 'SERVICE', 'SERVICE', 'SERVICE', 'ACCOMMODATIONS',
        'ASSESSMENT_PARTICIPATION', 'PLACEMENT', 'TRANSPORTATION', 'EXTENDED_SCHOOL_YEAR', 'TRANSITION_PLAN',
      ]);
      expect(draft.derivedFromIepId).toBe(MAYA_ACTIVE);
      expect(draft.qualityChecks.map((i) => i.code)).toEqual(['ESY_DECISION_MISSING']);
      expect(draft.suggestions).toEqual([expect.objectContaining({ id: DEMO_SUGGESTION_ID, status: 'PENDING', proposer: { displayName: DEMO_USERS.parent.displayName } })]);
      expect(draft.suggestions[0].diff.fields.map((f) => f.field)).toEqual(['concerns', 'vision']);
      expect(draft).toEqual(expect.objectContaining({ canEdit: true, canAddParts: true, canSuggest: true, canDecideSuggestions: true, canComment: true }));
      expect(draft.parts.every((p) => p.viewerCanEdit)).toBe(true);
      const [{ total }] = await api.db.query(`SELECT count(*)::int AS total FROM ieps i WHERE NOT EXISTS (SELECT 1 FROM iep_parts p WHERE p.iep_id = i.id)`);
      expect(total).toBe(0);
      // Seeding again changes nothing.
      const before = await count(`SELECT count(*)::int AS count FROM iep_part_revisions`, []);
      await seedDemoDistrict(api.db, api.sealer);
      expect(await count(`SELECT count(*)::int AS count FROM iep_part_revisions`, [])).toBe(before);
    });

    it('tell each reader what they may do', async () => {
      expect(await read(clients.parent, MAYA_DRAFT)).toEqual(expect.objectContaining({ canEdit: false, canSuggest: true, canDecideSuggestions: false, canComment: true }));
      // A team member edits what is assigned to them, and proposes on the rest like the family.
      const teacherView = await read(clients.teacher, MAYA_DRAFT);
      expect(teacherView).toEqual(expect.objectContaining({ canEdit: false, canAddParts: true, canSuggest: true, canDecideSuggestions: false }));
      expect(teacherView.parts.filter((p) => p.viewerCanEdit).map((p) => p.kind)).toEqual(['PRESENT_LEVELS', 'SERVICE', 'ACCOMMODATIONS']);
      expect(partOf(teacherView, 'ACCOMMODATIONS').assignee).toEqual({ id: DEMO_USERS.teacher.id, displayName: DEMO_USERS.teacher.displayName });
      const slpView = await read(clients.slp, MAYA_DRAFT);
      expect(slpView.parts.filter((p) => p.viewerCanEdit).map((p) => [p.kind, p.position])).toEqual([['GOAL', 1], ['SERVICE', 1]]);
      expect((await read(clients.districtRep, MAYA_DRAFT)).parts.every((p) => p.viewerCanEdit)).toBe(true);
      expect(await read(clients.admin, MAYA_DRAFT)).toEqual(expect.objectContaining({ canEdit: false, canAddParts: false, canSuggest: false, canComment: false }));
      expect(await read(clients.caseManager, MAYA_ACTIVE)).toEqual(expect.objectContaining({ canEdit: false, canDecideSuggestions: false }));
    });
  });

  describe('starting an IEP', () => {
    it('refuses an initial IEP for a student with one in force, and a second open one', async () => {
      const initial = await clients.caseManager2.request(START, { input: { studentId: DEMO_STUDENTS.ava.id, kind: 'INITIAL' } });
      expect(code(initial)).toBe('BAD_USER_INPUT');
      const maya = await clients.caseManager.request(START, { input: { studentId: DEMO_STUDENTS.maya.id, kind: 'ANNUAL' } });
      expect(code(maya)).toBe('CONFLICT');
      expect(maya.errors![0].extensions).toEqual(expect.objectContaining({ reason: 'OPEN_IEP_EXISTS', iepId: MAYA_DRAFT }));
    });

    it('refuses a case manager without the student on their caseload, and audits it', async () => {
      const result = await clients.caseManager.request(START, { input: { studentId: DEMO_STUDENTS.ava.id, kind: 'ANNUAL' } });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(result));
      expect(await count(`SELECT count(*)::int AS count FROM audit_events WHERE actor_id = $1 AND data->>'operation' = 'startIep'`, [DEMO_USERS.caseManager.id])).toBe(1);
      const teacher = await clients.teacher.request(START, { input: { studentId: DEMO_STUDENTS.maya.id, kind: 'AMENDMENT' } });
      expect(code(teacher)).toBe('FORBIDDEN');
    });

    it('copies an annual review forward, every copied part "unchanged since last year" until edited', async () => {
      const before = await clients.caseManager2.request<{ student: { canStartIep: boolean; activeIepId: string } }>(STUDENT, { id: DEMO_STUDENTS.ava.id });
      expect(before.data!.student).toEqual({ id: DEMO_STUDENTS.ava.id, canStartIep: true, activeIepId: AVA_ACTIVE });
      const started = await clients.caseManager2.request<{ startIep: Document }>(START, { input: { studentId: DEMO_STUDENTS.ava.id, kind: 'ANNUAL' } });
      expect(started.errors).toBeUndefined();
      const draft = started.data!.startIep;
      const active = await read(clients.caseManager2, AVA_ACTIVE);
      expect(draft).toEqual(expect.objectContaining({ status: 'DRAFT', kind: 'ANNUAL', derivedFromIepId: AVA_ACTIVE }));
      expect(draft.parts.map((p) => [p.kind, p.content])).toEqual(active.parts.map((p) => [p.kind, p.kind === 'SERVICE' ? expect.anything() : p.content]));
      expect(draft.parts.every((p) => p.unchangedSinceLastYear && p.version === 1)).toBe(true);
      // The copied service supports the copied goal, not last year's.
      expect(partOf(draft, 'SERVICE').content.goalIds).toEqual([partOf(draft, 'GOAL').id]);
      // Assignments come forward with their assignee, who came forward with the team.
      expect(draft.parts.filter((p) => p.assignee).map((p) => [p.kind, p.assignee!.id])).toEqual([['GOAL', DEMO_USERS.caseManager2.id]]);
      const changes: Array<{ change: string }> = await api.db.query(`SELECT DISTINCT change FROM iep_part_revisions WHERE iep_id = $1`, [draft.id]);
      expect(changes).toEqual([{ change: 'COPIED' }]);
      expect((await clients.caseManager2.request<{ student: { canStartIep: boolean } }>(STUDENT, { id: DEMO_STUDENTS.ava.id })).data!.student.canStartIep).toBe(false);

      const doc = await read(clients.caseManager2, draft.id);
      expect(doc.qualityChecks.map((i) => i.code)).toContain('PRESENT_LEVELS_UNCHANGED');
      const levels = partOf(doc, 'PRESENT_LEVELS');
      const saved = await save(clients.caseManager2, levels, { ...levels.content, academic: 'Ava now writes three-sentence paragraphs.' });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveIepPart).toEqual(expect.objectContaining({ version: 2, unchangedSinceLastYear: false }));
      const after = await read(clients.caseManager2, draft.id);
      expect(after.qualityChecks.map((i) => i.code)).not.toContain('PRESENT_LEVELS_UNCHANGED');
      expect(after.parts.filter((p) => p.unchangedSinceLastYear).length).toBe(after.parts.length - 1);
      const [team] = await api.db.query(`SELECT array_agg(user_id ORDER BY user_id) AS ids FROM iep_team_members WHERE iep_id = $1`, [draft.id]);
      expect(team.ids).toContain(DEMO_USERS.caseManager2.id);
    });

    it('starts an initial IEP with every section empty, the district representative as case manager', async () => {
      const created = await clients.admin.request<{ createStudent: { id: string } }>(
        `mutation($input: CreateStudentInput!) { createStudent(input: $input) { id } }`,
        { input: { firstName: 'Iris', lastName: 'Bell', dateOfBirth: '2016-05-01', grade: '4', schoolId: DEMO_SCHOOLS[0].id } },
      );
      expect(created.errors).toBeUndefined();
      const started = await clients.districtRep.request<{ startIep: Document }>(START, { input: { studentId: created.data!.createStudent.id, kind: 'INITIAL' } });
      expect(started.errors).toBeUndefined();
      const draft = started.data!.startIep;
      expect(draft.derivedFromIepId).toBeNull();
      expect(draft.parts.map((p) => p.kind)).toEqual([
        'PARENT_CONCERNS', 'STUDENT_VISION', 'PRESENT_LEVELS', 'ACCOMMODATIONS', 'ASSESSMENT_PARTICIPATION', 'PLACEMENT',
        'TRANSPORTATION', 'EXTENDED_SCHOOL_YEAR', 'TRANSITION_PLAN',
      ]);
      expect(draft.parts.some((p) => p.unchangedSinceLastYear)).toBe(false);
      const [row] = await api.db.query(`SELECT case_manager_id FROM ieps WHERE id = $1`, [draft.id]);
      expect(row.case_manager_id).toBe(DEMO_USERS.districtRep.id);
      expect(await count(`SELECT count(*)::int AS count FROM audit_events WHERE event = 'IEP_STARTED' AND iep_id = $1`, [draft.id])).toBe(1);
    });
  });

  describe('saving', () => {
    it('lets exactly one of two concurrent saves on the same version win; the other gets CONFLICT with the current text', async () => {
      const doc = await read(clients.teacher, MAYA_DRAFT);
      const accommodations = partOf(doc, 'ACCOMMODATIONS');
      const mine = { ...accommodations.content, instructional: 'Teacher text: directions read aloud.' };
      const theirs = { ...accommodations.content, instructional: 'Case manager text: visual supports for directions.' };
      // The accommodations are the teacher's; the case manager edits every part.
      const results = await Promise.all([save(clients.teacher, accommodations, mine), save(clients.caseManager, accommodations, theirs)]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const won = winners[0].data!.saveIepPart;
      expect(won.version).toBe(accommodations.version + 1);
      expect(code(losers[0])).toBe('CONFLICT');
      expect(losers[0].errors![0].extensions).toEqual(expect.objectContaining({
        reason: 'STALE_VERSION', currentVersion: won.version, currentContent: won.content,
        updatedBy: { id: expect.any(String), displayName: won.updatedBy!.displayName }, updatedAt: expect.any(String),
      }));
      expect(await count(`SELECT count(*)::int AS count FROM iep_part_revisions WHERE part_id = $1`, [accommodations.id])).toBe(won.version);
      // Saving on the version the conflict named goes through.
      const retry = await save(results[0].errors ? clients.teacher : clients.caseManager, { id: accommodations.id, version: won.version }, results[0].errors ? mine : theirs);
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.saveIepPart.unchangedSinceLastYear).toBe(false);
    });

    it('refuses invalid content with BAD_USER_INPUT naming each problem, and writes nothing', async () => {
      const doc = await read(clients.slp, MAYA_DRAFT);
      const service = partOf(doc, 'SERVICE', 1);
      const [{ revisions }] = await api.db.query(`SELECT count(*)::int AS revisions FROM iep_part_revisions WHERE part_id = $1`, [service.id]);
      const result = await save(clients.slp, service, { ...service.content, minutes: -5, startDate: '12/01/2026', extra: 'x' });
      expect(code(result)).toBe('BAD_USER_INPUT');
      const problems = result.errors![0].extensions!.problems as Array<{ path: string; message: string }>;
      expect(problems.map((p) => p.path).sort()).toEqual(['', 'minutes', 'startDate']);
      expect(await count(`SELECT count(*)::int AS count FROM iep_part_revisions WHERE part_id = $1`, [service.id])).toBe(revisions);
      expect((await read(clients.slp, MAYA_DRAFT)).parts.find((p) => p.id === service.id)!.version).toBe(service.version);
    });

    it('refuses a date not on the calendar, an end before its start and minutes beyond their frequency, naming the field', async () => {
      const doc = await read(clients.caseManager, MAYA_DRAFT);
      const service = partOf(doc, 'SERVICE');
      const cases: Array<[Content, string, string]> = [
        [{ ...service.content, startDate: '2026-02-30', endDate: null }, 'startDate', 'REAL_DATE'],
        [{ ...service.content, startDate: '2026-09-10', endDate: '2026-09-09' }, 'endDate', 'END_BEFORE_START'],
        [{ ...service.content, minutes: 600, frequency: 'DAILY' }, 'minutes', 'too_big'],
      ];
      for (const [content, field, rule] of cases) {
        const result = await save(clients.caseManager, service, content);
        expect(code(result)).toBe('BAD_USER_INPUT');
        const extensions = result.errors![0].extensions!;
        expect(extensions.field).toBe(field);
        expect(result.errors![0].message).toContain(field);
        const problems = extensions.problems as Array<{ path: string; code: string; rule?: string }>;
        expect(problems.map((p) => [p.path, p.rule ?? p.code])).toEqual([[field, rule]]);
      }
      const fine = await save(clients.caseManager, service, { ...service.content, minutes: 480, frequency: 'DAILY', startDate: '2026-09-10', endDate: '2026-09-10' });
      expect(fine.errors).toBeUndefined();
    });

    it('refuses edits to an IEP that is not a draft, and edits by parents and guests', async () => {
      const active = await read(clients.caseManager, MAYA_ACTIVE);
      const goal = partOf(active, 'GOAL');
      const result = await save(clients.caseManager, goal, goal.content);
      expect(code(result)).toBe('CONFLICT');
      expect(result.errors![0].extensions).toEqual(expect.objectContaining({ reason: 'NOT_DRAFT', status: 'ACTIVE' }));
      const draft = await read(clients.parent, MAYA_DRAFT);
      for (const client of [clients.parent, clients.guest]) {
        const refused = await save(client, partOf(draft, 'PARENT_CONCERNS'), partOf(draft, 'PARENT_CONCERNS').content);
        expect(code(refused)).toBe('FORBIDDEN');
      }
      // A staff member of another school's team does not even see the draft.
      expect(code(await save(clients.caseManager2, partOf(draft, 'GOAL'), partOf(draft, 'GOAL').content))).toBe('NOT_FOUND');
      expect(await count(`SELECT count(*)::int AS count FROM audit_events WHERE actor_id = $1 AND outcome = 'DENIED' AND data->>'operation' = 'saveIepPart'`, [DEMO_USERS.caseManager2.id])).toBe(1);
    });

    it('adds and removes goals and services; a removed one leaves the document but keeps its history', async () => {
      const added = await clients.slp.request<{ addIepPart: Part }>(ADD, { input: { iepId: MAYA_DRAFT, kind: 'GOAL', content: null } });
      expect(added.errors).toBeUndefined();
      const goal = added.data!.addIepPart;
      // A goal a specialist adds is theirs to draft.
      expect(goal).toEqual(expect.objectContaining({ kind: 'GOAL', version: 1, position: 2, viewerCanEdit: true, assignee: { id: DEMO_USERS.slp.id, displayName: DEMO_USERS.slp.displayName } }));
      const doc = await read(clients.slp, MAYA_DRAFT);
      expect(doc.qualityChecks.filter((i) => i.partId === goal.id).map((i) => i.code)).toEqual([
        'GOAL_WITHOUT_ANNUAL_GOAL', 'GOAL_WITHOUT_BASELINE', 'GOAL_WITHOUT_TARGET', 'GOAL_WITHOUT_CRITERIA', 'GOAL_WITHOUT_MEASUREMENT',
        'GOAL_WITHOUT_REPORTING_SCHEDULE', 'GOAL_WITHOUT_PROGRESS_MEASURE', 'GOAL_WITHOUT_SERVICE',
      ]);
      expect(code(await clients.slp.request(ADD, { input: { iepId: MAYA_DRAFT, kind: 'PLACEMENT' } }))).toBe('BAD_USER_INPUT');
      expect(code(await clients.slp.request(REMOVE, { input: { partId: goal.id, baseVersion: 7 } }))).toBe('CONFLICT');
      const removed = await clients.slp.request<{ removeIepPart: { version: number; removedAt: string } }>(REMOVE, { input: { partId: goal.id, baseVersion: 1 } });
      expect(removed.data!.removeIepPart).toEqual({ id: goal.id, version: 2, removedAt: expect.any(String) });
      expect((await read(clients.slp, MAYA_DRAFT)).parts.map((p) => p.id)).not.toContain(goal.id);
      const history = await clients.slp.request<{ iepPartRevisions: { nodes: Array<{ change: string }> } }>(REVISIONS, { partId: goal.id });
      expect(history.data!.iepPartRevisions.nodes.map((n) => n.change)).toEqual(['REMOVED', 'CREATED']);
    });
  });

  describe('part assignments', () => {
    it('lets the case manager give a part to a team member, who then edits it while the rest of the team proposes; audited', async () => {
      const doc = await read(clients.caseManager, MAYA_DRAFT);
      const placement = partOf(doc, 'PLACEMENT');
      expect(placement.assignee).toBeNull();
      // Not yet the teacher's: refused and audited, with a way forward.
      const before = await save(clients.teacher, placement, placement.content);
      expect(code(before)).toBe('FORBIDDEN');
      expect(await count(`SELECT count(*)::int AS count FROM audit_events WHERE actor_id = $1 AND outcome = 'DENIED' AND data->>'operation' = 'saveIepPart' AND data->>'reason' = 'NOT_PART_EDITOR'`, [DEMO_USERS.teacher.id])).toBeGreaterThanOrEqual(1);
      // Only the case manager or the district representative assigns, and only to school staff on the team.
      expect(code(await clients.teacher.request(ASSIGN, { input: { partId: placement.id, assigneeId: DEMO_USERS.teacher.id } }))).toBe('FORBIDDEN');
      expect(code(await clients.caseManager.request(ASSIGN, { input: { partId: placement.id, assigneeId: DEMO_USERS.guest.id } }))).toBe('BAD_USER_INPUT');
      expect(code(await clients.caseManager.request(ASSIGN, { input: { partId: placement.id, assigneeId: DEMO_USERS.caseManager2.id } }))).toBe('BAD_USER_INPUT');
      expect(code(await clients.caseManager2.request(ASSIGN, { input: { partId: placement.id, assigneeId: DEMO_USERS.teacher.id } }))).toBe('NOT_FOUND');
      const assigned = await clients.caseManager.request<{ assignIepPart: Part }>(ASSIGN, { input: { partId: placement.id, assigneeId: DEMO_USERS.teacher.id } });
      expect(assigned.errors).toBeUndefined();
      expect(assigned.data!.assignIepPart).toEqual(expect.objectContaining({ version: placement.version, assignee: { id: DEMO_USERS.teacher.id, displayName: DEMO_USERS.teacher.displayName } }));
      const [audit] = await api.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'IEP_PART_ASSIGNED' AND iep_id = $1`, [MAYA_DRAFT]);
      expect(audit).toEqual({ actor_id: DEMO_USERS.caseManager.id, data: { partId: placement.id, kind: 'PLACEMENT', assigneeId: DEMO_USERS.teacher.id, previousAssigneeId: null } });

      const teacherPart = partOf(await read(clients.teacher, MAYA_DRAFT), 'PLACEMENT');
      expect(teacherPart.viewerCanEdit).toBe(true);
      const saved = await save(clients.teacher, teacherPart, { ...teacherPart.content, justification: 'Reading support in the resource room; every other subject in her class.' });
      expect(saved.errors).toBeUndefined();
      // The speech therapist reads, comments and proposes on it, like the family.
      const slpPart = partOf(await read(clients.slp, MAYA_DRAFT), 'PLACEMENT');
      expect(slpPart.viewerCanEdit).toBe(false);
      expect(code(await save(clients.slp, slpPart, slpPart.content))).toBe('FORBIDDEN');
      const proposal = await clients.slp.request<{ proposeIepChange: { id: string; status: string } }>(PROPOSE, {
        input: { iepId: MAYA_DRAFT, partId: slpPart.id, baseVersion: slpPart.version, content: { ...slpPart.content, justification: 'Also speech in the speech room.' }, rationale: 'Speech is pulled out too.' },
      });
      expect(proposal.errors).toBeUndefined();
      expect(proposal.data!.proposeIepChange.status).toBe('PENDING');
      expect((await clients.slp.request(WITHDRAW, { id: proposal.data!.proposeIepChange.id })).errors).toBeUndefined();

      // Given back to the case manager: the teacher reads it again.
      const back = await clients.districtRep.request<{ assignIepPart: Part }>(ASSIGN, { input: { partId: placement.id, assigneeId: null } });
      expect(back.data!.assignIepPart.assignee).toBeNull();
      expect(partOf(await read(clients.teacher, MAYA_DRAFT), 'PLACEMENT').viewerCanEdit).toBe(false);
    });
  });

  describe('history and diffs', () => {
    it('pages revisions newest first and compares any two versions word by word', async () => {
      const doc = await read(clients.caseManager, MAYA_DRAFT);
      let part = partOf(doc, 'TRANSPORTATION');
      const start = part.version;
      for (const details of ['Rides the regular school bus.', 'Rides the regular bus with a seat near the driver.', 'Walks with a parent.']) {
        const result = await save(clients.caseManager, part, { ...part.content, details });
        expect(result.errors).toBeUndefined();
        part = result.data!.saveIepPart;
      }
      const first = await clients.parent.request<{ iepPartRevisions: { nodes: Array<{ version: number; change: string; author: { displayName: string } }>; hasMore: boolean; endCursor: string } }>(
        REVISIONS, { partId: part.id, first: 2 });
      expect(first.errors).toBeUndefined();
      expect(first.data!.iepPartRevisions.nodes.map((n) => n.version)).toEqual([start + 3, start + 2]);
      expect(first.data!.iepPartRevisions.nodes[0].author.displayName).toBe(DEMO_USERS.caseManager.displayName);
      expect(first.data!.iepPartRevisions.hasMore).toBe(true);
      const rest = await clients.parent.request<{ iepPartRevisions: { nodes: Array<{ version: number; change: string }>; hasMore: boolean } }>(
        REVISIONS, { partId: part.id, first: 10, after: first.data!.iepPartRevisions.endCursor });
      expect(rest.data!.iepPartRevisions.nodes.map((n) => n.version)).toEqual([start + 1, start].filter((v) => v >= 1));
      expect(rest.data!.iepPartRevisions.hasMore).toBe(false);

      const diff = await clients.parent.request<{ iepPartDiff: PartDiff }>(DIFF, { partId: part.id, from: start + 2, to: start + 3 });
      expect(diff.errors).toBeUndefined();
      const [details] = diff.data!.iepPartDiff.fields;
      expect(diff.data!.iepPartDiff.fields.map((f) => f.field)).toEqual(['details']);
      expect(sides(details.segments)).toEqual(['Rides the regular bus with a seat near the driver.', 'Walks with a parent.']);
      expect(details.segments).toContainEqual({ kind: 'UNCHANGED', text: '.' });
      const fromNothing = await clients.parent.request<{ iepPartDiff: PartDiff }>(DIFF, { partId: part.id, from: 0, to: 1 });
      expect(fromNothing.data!.iepPartDiff.fromVersion).toBeNull();
      expect(code(await clients.parent.request(DIFF, { partId: part.id, from: 1, to: 99 }))).toBe('BAD_USER_INPUT');
      expect(code(await clients.caseManager2.request(REVISIONS, { partId: part.id }))).toBe('NOT_FOUND');
    });

    it('shows the parent what others changed since they last looked', async () => {
      expect((await clients.parent.request(VIEWED, { id: MAYA_DRAFT })).errors).toBeUndefined();
      const seen = await read(clients.parent, MAYA_DRAFT);
      expect(seen.changesSinceMyLastView).toEqual({ lastViewedAt: expect.any(String), parts: [] });
      const vision = partOf(seen, 'STUDENT_VISION');
      const saved = await save(clients.caseManager, vision, { vision: 'I want to read chapter books by myself and write my own stories.' });
      expect(saved.errors).toBeUndefined();
      const later = await read(clients.parent, MAYA_DRAFT);
      expect(later.changesSinceMyLastView.parts).toEqual([expect.objectContaining({
        partId: vision.id, kind: 'STUDENT_VISION', fromVersion: vision.version, toVersion: vision.version + 1, removed: false,
      })]);
      const [visionDiff] = later.changesSinceMyLastView.parts[0].fields;
      expect(visionDiff.field).toBe('vision');
      expect(sides(visionDiff.segments)).toEqual([vision.content.vision, 'I want to read chapter books by myself and write my own stories.']);
      expect(visionDiff.segments).toContainEqual({ kind: 'UNCHANGED', text: 'I want to read chapter books by myself' });
      expect(later.parts.filter((p) => p.changedSinceMyLastView).map((p) => p.id)).toEqual([vision.id]);
      // The case manager's own edits are not news to the case manager.
      await clients.caseManager.request(VIEWED, { id: MAYA_DRAFT });
      await save(clients.caseManager, saved.data!.saveIepPart, { vision: 'I want to write stories.' });
      expect((await read(clients.caseManager, MAYA_DRAFT)).changesSinceMyLastView.parts).toEqual([]);
      await clients.parent.request(VIEWED, { id: MAYA_DRAFT });
      expect((await read(clients.parent, MAYA_DRAFT)).changesSinceMyLastView.parts).toEqual([]);
    });
  });

  describe('sharing the draft with the family', () => {
    let noraDraftId: string;

    // A new student whose guardian reads Spanish, and the initial IEP the district representative starts.
    beforeAll(async () => {
      const created = await clients.admin.request<{ createStudent: { id: string } }>(
        `mutation($input: CreateStudentInput!) { createStudent(input: $input) { id } }`,
        { input: { firstName: 'Nora', lastName: 'Ramírez', dateOfBirth: '2015-03-03', grade: '5', schoolId: DEMO_SCHOOLS[0].id } },
      );
      const guardian = await clients.admin.request(`mutation($input: AddGuardianInput!) { addGuardian(input: $input) { id } }`, {
        input: { studentId: created.data!.createStudent.id, email: DEMO_USERS.parentEs.email, displayName: DEMO_USERS.parentEs.displayName, relationship: 'Madre', rightsHolder: true },
      });
      expect(guardian.errors).toBeUndefined();
      const started = await clients.districtRep.request<{ startIep: { id: string } }>(START, { input: { studentId: created.data!.createStudent.id, kind: 'INITIAL' } });
      expect(started.errors).toBeUndefined();
      noraDraftId = started.data!.startIep.id;
    });

    it('keeps a draft from the parent until the case manager shares it, then tells the parent in their language', async () => {
      expect(code(await clients.parentEs.request(DOCUMENT, { id: noraDraftId }))).toBe('NOT_FOUND');
      expect(code(await clients.teacher.request(SHARE, { id: noraDraftId }))).toBe('FORBIDDEN');
      expect(code(await clients.caseManager.request(SHARE, { id: noraDraftId }))).toBe('NOT_FOUND');
      expect(code(await clients.caseManager2.request(SHARE, { id: SOFIA_ACTIVE }))).toBe('CONFLICT');
      const shared = await clients.districtRep.request<{ shareIepWithFamily: { sharedWithFamilyAt: string } }>(SHARE, { id: noraDraftId });
      expect(shared.errors).toBeUndefined();
      expect(shared.data!.shareIepWithFamily.sharedWithFamilyAt).toEqual(expect.any(String));
      const doc = await read(clients.parentEs, noraDraftId);
      expect(doc.canSuggest).toBe(true);
      const [notice] = await api.db.query(`SELECT title, link FROM notifications WHERE user_id = $1 AND kind = 'IEP_SHARED_WITH_FAMILY'`, [DEMO_USERS.parentEs.id]);
      expect(notice).toEqual({ title: `${DEMO_USERS.districtRep.displayName} compartió el borrador del IEP de Nora`, link: `/ieps/${noraDraftId}` });
      const [email] = await api.db.query(`SELECT subject, text_body FROM outbound_emails WHERE to_address = $1 AND dedupe_key LIKE 'iep-shared:%'`, [DEMO_USERS.parentEs.email]);
      expect(email.text_body).toMatch(/no un plan terminado/);
      // Sharing again with nothing changed is refused, not announced: nobody is notified twice.
      const again = await clients.districtRep.request(SHARE, { id: noraDraftId });
      expect(code(again)).toBe('CONFLICT');
      expect(again.errors![0].extensions!.reason).toBe('NOTHING_CHANGED');
      expect(await count(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND kind = 'IEP_SHARED_WITH_FAMILY'`, [DEMO_USERS.parentEs.id])).toBe(1);
    });

    it('shares again after an edit: the date moves and the family is told which parts changed, in the language they read', async () => {
      const before = await clients.districtRep.request<{ iep: { sharedWithFamilyAt: string } }>(`query($id: ID!) { iep(id: $id) { sharedWithFamilyAt } }`, { id: noraDraftId });
      const doc = await read(clients.districtRep, noraDraftId);
      const levels = partOf(doc, 'PRESENT_LEVELS');
      expect((await save(clients.districtRep, levels, { ...levels.content, academic: 'Nora reads at a third-grade level.' })).errors).toBeUndefined();
      const shared = await clients.districtRep.request<{ shareIepWithFamily: { sharedWithFamilyAt: string } }>(SHARE, { id: noraDraftId });
      expect(shared.errors).toBeUndefined();
      expect(Date.parse(shared.data!.shareIepWithFamily.sharedWithFamilyAt)).toBeGreaterThan(Date.parse(before.data!.iep.sharedWithFamilyAt));
      const notices: Array<{ title: string; body: string }> = await api.db.query(
        `SELECT title, body FROM notifications WHERE user_id = $1 AND kind = 'IEP_SHARED_WITH_FAMILY' ORDER BY created_at DESC`, [DEMO_USERS.parentEs.id]);
      expect(notices).toHaveLength(2);
      expect(notices[0].title).toBe(`${DEMO_USERS.districtRep.displayName} compartió de nuevo el borrador del IEP de Nora`);
      expect(notices[0].body).toMatch(/cambió: niveles actuales\./);
      const emails = await count(`SELECT count(*)::int AS count FROM outbound_emails WHERE to_address = $1 AND dedupe_key LIKE $2`, [DEMO_USERS.parentEs.email, `iep-shared:${noraDraftId}:%`]);
      expect(emails).toBe(2);
      // The bell shows the notification in the language the reader reads now, whatever the profile says.
      const english = new GraphQLTestClient(api.url, { 'accept-language': 'en' });
      expect((await english.signIn(DEMO_USERS.parentEs.email, DEMO_PASSWORD)).errors).toBeUndefined();
      const bell = await english.request<{ notifications: Array<{ title: string; body: string }> }>(`{ notifications(first: 5) { title body } }`);
      expect(bell.data!.notifications[0]).toEqual({
        title: `${DEMO_USERS.districtRep.displayName} shared the draft of Nora's IEP with you again`,
        body: expect.stringMatching(/^Changed since it was shared on .*: present levels\./),
      });
    });

    it('refuses to share a draft with nobody: a student with no guardian on record', async () => {
      const ethanDraft = '00000000-0000-4000-8000-000000000406';
      const refused = await clients.caseManager.request(SHARE, { id: ethanDraft });
      expect(code(refused)).toBe('CONFLICT');
      expect(refused.errors![0].extensions!.reason).toBe('NO_GUARDIAN');
      const [iep] = await api.db.query(`SELECT shared_with_family_at FROM ieps WHERE id = $1`, [ethanDraft]);
      expect(iep.shared_with_family_at).toBeNull();
    });

    it('lets a person change their own profile language, audited, and refuses one the product does not speak', async () => {
      const SET = `mutation($language: String!) { setMyLanguage(language: $language) { id locale } }`;
      expect(code(await clients.teacher.request(SET, { language: 'fr' }))).toBe('BAD_USER_INPUT');
      const set = await clients.teacher.request<{ setMyLanguage: { locale: string } }>(SET, { language: 'es' });
      expect(set.data!.setMyLanguage.locale).toBe('es');
      expect((await clients.teacher.request<{ me: { locale: string } }>(`{ me { locale } }`)).data!.me.locale).toBe('es');
      expect(await count(`SELECT count(*)::int AS count FROM audit_events WHERE event = 'USER_UPDATED' AND actor_id = $1::uuid AND data->>'userId' = $1::text`, [DEMO_USERS.teacher.id])).toBe(1);
      expect((await clients.teacher.request(SET, { language: 'en' })).errors).toBeUndefined();
    });

    it('runs a Spanish-speaking parent proposal through rejection, with the reason sent in Spanish', async () => {
      const doc = await read(clients.parentEs, noraDraftId);
      const concerns = partOf(doc, 'PARENT_CONCERNS');
      const proposed = await clients.parentEs.request<{ proposeIepChange: Suggestion }>(PROPOSE, {
        input: { iepId: noraDraftId, partId: concerns.id, baseVersion: concerns.version, content: { ...concerns.content, concerns: 'Nora necesita más tiempo en los exámenes.' }, rationale: 'Lo pidió su maestra.' },
      });
      expect(proposed.errors).toBeUndefined();
      const [cmNotice] = await api.db.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'IEP_SUGGESTION_PROPOSED' AND data->>'suggestionId' = $2`,
        [DEMO_USERS.districtRep.id, proposed.data!.proposeIepChange.id]);
      expect(cmNotice.title).toBe(`${DEMO_USERS.parentEs.displayName} proposed a change to parent concerns and vision in Nora's draft IEP`);
      expect(code(await clients.districtRep.request(REJECT, { input: { suggestionId: proposed.data!.proposeIepChange.id, reason: '  ' } }))).toBe('BAD_USER_INPUT');
      const rejected = await clients.districtRep.request<{ rejectIepSuggestion: { status: string; decisionReason: string } }>(REJECT, {
        input: { suggestionId: proposed.data!.proposeIepChange.id, reason: 'Ya está en las adaptaciones.' },
      });
      expect(rejected.data!.rejectIepSuggestion).toEqual(expect.objectContaining({ status: 'REJECTED', decisionReason: 'Ya está en las adaptaciones.' }));
      const [email] = await api.db.query(`SELECT subject, text_body FROM outbound_emails WHERE dedupe_key = $1`, [`iep-suggestion-decided:${proposed.data!.proposeIepChange.id}`]);
      expect(email.subject).toMatch(/no aceptó su propuesta/);
      expect(email.text_body).toMatch(/Motivo: Ya está en las adaptaciones\./);
      expect(code(await clients.districtRep.request(ACCEPT, { input: { suggestionId: proposed.data!.proposeIepChange.id } }))).toBe('CONFLICT');
    });
  });

  describe('suggestion mode', () => {
    it('accepts the seeded parent proposal as a new revision and tells the parent', async () => {
      expect(code(await clients.teacher.request(ACCEPT, { input: { suggestionId: DEMO_SUGGESTION_ID } }))).toBe('FORBIDDEN');
      const accepted = await clients.caseManager.request<{ acceptIepSuggestion: { status: string; decidedBy: { displayName: string } } }>(ACCEPT, { input: { suggestionId: DEMO_SUGGESTION_ID } });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptIepSuggestion).toEqual({ id: DEMO_SUGGESTION_ID, status: 'ACCEPTED', decidedBy: { displayName: DEMO_USERS.caseManager.displayName } });
      const doc = await read(clients.parent, MAYA_DRAFT);
      const concerns = partOf(doc, 'PARENT_CONCERNS');
      expect(concerns.content.concerns).toMatch(/bad at words/);
      expect(concerns.unchangedSinceLastYear).toBe(false);
      const history = await clients.parent.request<{ iepPartRevisions: { nodes: Array<{ change: string; suggestionId: string }> } }>(REVISIONS, { partId: concerns.id, first: 1 });
      expect(history.data!.iepPartRevisions.nodes[0]).toEqual(expect.objectContaining({ change: 'SUGGESTION_ACCEPTED', suggestionId: DEMO_SUGGESTION_ID }));
      expect(await count(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND kind = 'IEP_SUGGESTION_DECIDED' AND data->>'suggestionId' = $2`,
        [DEMO_USERS.parent.id, DEMO_SUGGESTION_ID])).toBe(1);
      expect(await count(`SELECT count(*)::int AS count FROM outbound_emails WHERE dedupe_key = $1 AND to_address = $2`,
        [`iep-suggestion-decided:${DEMO_SUGGESTION_ID}`, DEMO_USERS.parent.email])).toBe(1);
    });

    it('merges a proposal made on a version the team has since changed: CONFLICT first, then the merged content', async () => {
      const doc = await read(clients.parent, MAYA_DRAFT);
      const goal = partOf(doc, 'GOAL', 1);
      const proposed = await clients.parent.request<{ proposeIepChange: Suggestion }>(PROPOSE, {
        input: { iepId: MAYA_DRAFT, partId: goal.id, baseVersion: goal.version, content: { ...goal.content, target: '90% accuracy in conversation.' } },
      });
      expect(proposed.errors).toBeUndefined();
      const suggestion = proposed.data!.proposeIepChange;
      expect(suggestion.diff).toEqual({ fromVersion: goal.version, toVersion: goal.version + 1, fields: [{ field: 'target' }] });
      expect(await count(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND kind = 'IEP_SUGGESTION_PROPOSED' AND data->>'suggestionId' = $2`,
        [DEMO_USERS.caseManager.id, suggestion.id])).toBe(1);
      const moved = await save(clients.slp, goal, { ...goal.content, criteria: '80% accuracy across 4 sessions.' });
      expect(moved.errors).toBeUndefined();

      const stale = await clients.caseManager.request(ACCEPT, { input: { suggestionId: suggestion.id } });
      expect(code(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions).toEqual(expect.objectContaining({ currentVersion: goal.version + 1, currentContent: moved.data!.saveIepPart.content }));
      const merged = { ...moved.data!.saveIepPart.content, target: '90% accuracy in conversation.' };
      const accepted = await clients.caseManager.request(ACCEPT, { input: { suggestionId: suggestion.id, partVersion: goal.version + 1, content: merged } });
      expect(accepted.errors).toBeUndefined();
      const after = partOf(await read(clients.caseManager, MAYA_DRAFT), 'GOAL', 1);
      expect(after).toEqual(expect.objectContaining({ version: goal.version + 2, content: merged }));
    });

    it('lets a guest propose a new goal, only the proposer withdraw, and nobody propose on a draft not shared', async () => {
      const proposed = await clients.guest.request<{ proposeIepChange: Suggestion }>(PROPOSE, {
        input: { iepId: MAYA_DRAFT, partKind: 'GOAL', content: { area: 'Self-advocacy', annualGoal: 'Maya will ask for help when stuck.', baseline: 'Rarely asks.', target: 'Asks in 4 of 5 observed situations.', criteria: '4 of 5', measurementMethod: 'Teacher observation', reportingSchedule: 'Each report card', objectives: [] } },
      });
      expect(proposed.errors).toBeUndefined();
      expect(proposed.data!.proposeIepChange).toEqual(expect.objectContaining({ partId: null, partKind: 'GOAL', baseVersion: null }));
      expect(code(await clients.parent.request(WITHDRAW, { id: proposed.data!.proposeIepChange.id }))).toBe('FORBIDDEN');
      const accepted = await clients.districtRep.request(ACCEPT, { input: { suggestionId: proposed.data!.proposeIepChange.id } });
      expect(accepted.errors).toBeUndefined();
      const goals = (await read(clients.caseManager, MAYA_DRAFT)).parts.filter((p) => p.kind === 'GOAL');
      expect(goals.map((g) => g.content.area)).toContain('Self-advocacy');

      const doc = await read(clients.parent, MAYA_DRAFT);
      const vision = partOf(doc, 'STUDENT_VISION');
      const second = await clients.parent.request<{ proposeIepChange: Suggestion }>(PROPOSE, { input: { iepId: MAYA_DRAFT, partId: vision.id, baseVersion: vision.version, content: { vision: 'To love reading.' } } });
      const withdrawn = await clients.parent.request<{ withdrawIepSuggestion: { status: string } }>(WITHDRAW, { id: second.data!.proposeIepChange.id });
      expect(withdrawn.data!.withdrawIepSuggestion.status).toBe('WITHDRAWN');
      expect(code(await clients.parent.request(WITHDRAW, { id: second.data!.proposeIepChange.id }))).toBe('CONFLICT');

      expect(code(await clients.parent.request(PROPOSE, { input: { iepId: MAYA_DRAFT, partId: vision.id, baseVersion: vision.version, content: { vision: 1 } } }))).toBe('BAD_USER_INPUT');
      expect(code(await clients.parent.request(PROPOSE, { input: { iepId: MAYA_ACTIVE, partKind: 'GOAL', content: {} } }))).toBe('CONFLICT');
      // Ethan's draft is not shared: the guest (not on that team) and the parent (not Ethan's) do not see it.
      expect(code(await clients.guest.request(PROPOSE, { input: { iepId: iep('406'), partKind: 'GOAL', content: {} } }))).toBe('NOT_FOUND');
      // School staff propose only on a draft whose team they are on.
      expect(code(await clients.caseManager2.request(PROPOSE, { input: { iepId: MAYA_DRAFT, partKind: 'GOAL', content: {} } }))).toBe('NOT_FOUND');
    });
  });
});
