import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_USERS, demoPartId, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const MAYA_DRAFT = iep('402');
/** Maya's reading goal (words correct per minute, 42 → 80), nobody's assignment: the case manager's. */
const READING = demoPartId(MAYA_ACTIVE, 100);
/** Maya's speech goal (percent accuracy, 30 → 80 by 2026-12-01), assigned to the SLP. */
const SPEECH = demoPartId(MAYA_ACTIVE, 101);

const PROGRESS = `query($id: ID!) {
  iepProgress(iepId: $id) {
    partId area needsMeasure aimStartDate viewerCanRecord
    measure { kind baseline target targetDate unit trials scaleMin scaleMax wholeNumbers }
    points { id value observedOn setting note version recordedBy { id displayName } }
    trend { slopePerWeek projectedAtTargetDate pointsUsed fromDate toDate }
    flags { rule windowStart windowEnd acknowledgment { note acknowledgedBy { displayName } } }
  }
}`;
const RECORD = `mutation($input: RecordGoalDataPointInput!) { recordGoalDataPoint(input: $input) { id partId value observedOn setting note version recordedBy { id } } }`;
const CORRECT = `mutation($input: CorrectGoalDataPointInput!) { correctGoalDataPoint(input: $input) { id value note version } }`;
const REVISIONS = `query($id: ID!) { goalDataPointRevisions(pointId: $id) { version value note author { id } } }`;
const ACKNOWLEDGE = `mutation($input: AcknowledgeGoalFlagInput!) { acknowledgeGoalFlag(input: $input) { partId flags { rule acknowledgment { note } } } }`;

interface Goal {
  partId: string; area: string; needsMeasure: boolean; aimStartDate: string | null; viewerCanRecord: boolean;
  measure: { kind: string; baseline: number; target: number; scaleMin: number; scaleMax: number; wholeNumbers: boolean } | null;
  points: Array<{ id: string; value: number; observedOn: string; version: number }>;
  trend: { slopePerWeek: number; projectedAtTargetDate: number; pointsUsed: number } | null;
  flags: Array<{ rule: string; windowStart: string; windowEnd: string; acknowledgment: { note: string; acknowledgedBy: { displayName: string } } | null }>;
}
interface Point { id: string; value: number; version: number; note: string }

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const entry = (partId: string, over: Record<string, unknown> = {}) => ({
  partId, idempotencyKey: randomUUID(), value: 50, observedOn: '2026-10-05', setting: 'Speech room', note: '', ...over,
});

describe('progress monitoring on the goals of an IEP in force (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  const clients: Record<'caseManager' | 'slp' | 'teacher' | 'parent' | 'caseManager2' | 'other' | 'admin', GraphQLTestClient> = {} as never;

  const progress = async (client: GraphQLTestClient, iepId = MAYA_ACTIVE) => {
    const result = await client.request<{ iepProgress: Goal[] }>(PROGRESS, { id: iepId });
    expect(result.errors).toBeUndefined();
    return result.data!.iepProgress;
  };
  const goal = async (client: GraphQLTestClient, partId: string) => (await progress(client)).find((g) => g.partId === partId)!;
  const record = async (client: GraphQLTestClient, input: Record<string, unknown>) => client.request<{ recordGoalDataPoint: Point & { partId: string } }>(RECORD, { input });
  const count = async (sql: string, params: unknown[] = []) => ((await api.db.query(sql, params)) as Array<{ n: number }>)[0]!.n;
  const denials = (operation: string) => count(`SELECT count(*)::int AS n FROM audit_events WHERE outcome = 'DENIED' AND data->>'operation' = $1`, [operation]);

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    const accounts = {
      caseManager: DEMO_USERS.caseManager.email, slp: DEMO_USERS.slp.email, teacher: DEMO_USERS.teacher.email, parent: DEMO_USERS.parent.email,
      caseManager2: DEMO_USERS.caseManager2.email, other: OTHER_DISTRICT.users.caseManager.email, admin: DEMO_USERS.admin.email,
    };
    for (const [name, email] of Object.entries(accounts)) {
      const client = new GraphQLTestClient(api.url);
      expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
      clients[name as keyof typeof clients] = client;
    }
  });
  afterAll(() => api.close());

  it('shows every goal with its measure and scale; who may record follows the goal\'s assignment; the family reads', async () => {
    const goals = await progress(clients.caseManager);
    expect(goals.map((g) => [g.partId, g.measure?.kind, g.needsMeasure, g.aimStartDate, g.viewerCanRecord])).toEqual([
      [READING, 'RATE', false, '2025-12-09', true],
      [SPEECH, 'PERCENT_ACCURACY', false, '2025-12-09', true],
    ]);
    expect(goals[1]!.measure).toMatchObject({ baseline: 30, target: 80, scaleMin: 0, scaleMax: 100, wholeNumbers: false });
    expect((await progress(clients.slp)).map((g) => g.viewerCanRecord)).toEqual([false, true]);
    expect((await progress(clients.teacher)).map((g) => g.viewerCanRecord)).toEqual([false, false]);
    expect((await progress(clients.parent)).map((g) => g.viewerCanRecord)).toEqual([false, false]);
    expect((await progress(clients.admin)).map((g) => g.viewerCanRecord)).toEqual([false, false]);
    // A goal written before goals had a measure needs one: Ethan's draft goal has none.
    const ethan = await progress(clients.caseManager, iep('406'));
    expect(ethan.map((g) => [g.needsMeasure, g.measure, g.viewerCanRecord, g.flags])).toEqual([[true, null, false, []]]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'IEP_PROGRESS_VIEWED' AND iep_id = $1`, [MAYA_ACTIVE])).toBe(5);
  });

  it('refuses a stranger with NOT_FOUND and audits it', async () => {
    const before = await denials('iepProgress');
    expect(code(await clients.other.request(PROGRESS, { id: MAYA_ACTIVE }))).toBe('NOT_FOUND');
    expect(code(await clients.caseManager2.request(PROGRESS, { id: MAYA_ACTIVE }))).toBe('NOT_FOUND');
    expect(code(await clients.caseManager.request(PROGRESS, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    expect(await denials('iepProgress')).toBe(before + 3);
  });

  it('records a point once however often the same entry is sent, with its first revision and one audit row', async () => {
    const input = entry(SPEECH, { value: 42.5, note: 'Structured sentences' });
    const first = await record(clients.slp, input);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordGoalDataPoint).toMatchObject({ partId: SPEECH, value: 42.5, observedOn: '2026-10-05', setting: 'Speech room', version: 1, recordedBy: { id: DEMO_USERS.slp.id } });
    const [again, concurrent] = await Promise.all([record(clients.slp, input), record(clients.slp, input)]);
    expect(again.data!.recordGoalDataPoint.id).toBe(first.data!.recordGoalDataPoint.id);
    expect(concurrent.data!.recordGoalDataPoint.id).toBe(first.data!.recordGoalDataPoint.id);
    const id = first.data!.recordGoalDataPoint.id;
    expect(await count(`SELECT count(*)::int AS n FROM goal_data_points WHERE idempotency_key = $1`, [input.idempotencyKey])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM goal_data_point_revisions WHERE point_id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'GOAL_DATA_POINT_RECORDED' AND data->>'pointId' = $1 AND actor_id = $2`, [id, DEMO_USERS.slp.id])).toBe(1);
    // The same key for another goal is a client bug, not a replay.
    expect(code(await record(clients.slp, { ...input, partId: READING }))).toBe('CONFLICT');
  });

  it('checks the value against the goal\'s scale, the day and the setting; nothing is written', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM goal_data_points`);
    const refused = [
      entry(SPEECH, { value: 100.5 }), entry(SPEECH, { value: -1 }), entry(SPEECH, { observedOn: '2026-02-30' }), entry(SPEECH, { observedOn: '2030-01-01' }),
      entry(SPEECH, { setting: '   ' }), entry(SPEECH, { idempotencyKey: 'offline-1' }), entry(SPEECH, { setting: 'x'.repeat(201) }),
    ];
    for (const input of refused) expect([input, code(await record(clients.slp, input))]).toEqual([input, 'BAD_USER_INPUT']);
    expect((await record(clients.slp, entry(SPEECH, { value: 100.5 }))).errors![0]!.message).toBe('Use a value from 0 to 100 for this goal.');
    expect(await count(`SELECT count(*)::int AS n FROM goal_data_points`)).toBe(before);
  });

  it('lets only the goal\'s assignee, the case manager and the district representative record, on the IEP in force', async () => {
    const before = await denials('recordGoalDataPoint');
    expect(code(await record(clients.slp, entry(READING)))).toBe('FORBIDDEN');
    expect(code(await record(clients.teacher, entry(SPEECH)))).toBe('FORBIDDEN');
    expect(code(await record(clients.caseManager2, entry(SPEECH)))).toBe('NOT_FOUND');
    expect(code(await record(clients.other, entry(SPEECH)))).toBe('NOT_FOUND');
    expect(await denials('recordGoalDataPoint')).toBe(before + 4);
    // A parent's role records nothing: refused before any record is read, and audited all the same.
    expect(code(await record(clients.parent, entry(SPEECH)))).toBe('FORBIDDEN');
    expect(await denials('ProgressResolver.recordGoalDataPoint')).toBe(1);
    expect((await record(clients.caseManager, entry(READING, { value: 55 }))).errors).toBeUndefined();
    // The draft's goals are not in force: recorded on once the IEP is.
    expect(code(await record(clients.caseManager, entry(demoPartId(MAYA_DRAFT, 100))))).toBe('CONFLICT');
    // A section is not a goal.
    expect(code(await record(clients.caseManager, entry(demoPartId(MAYA_ACTIVE, 3))))).toBe('BAD_USER_INPUT');
  });

  it('corrects a point on the version read, keeps every version, and refuses a stale correction with the current point', async () => {
    const { data } = await record(clients.slp, entry(SPEECH, { value: 35, observedOn: '2026-10-12' }));
    const point = data!.recordGoalDataPoint;
    const corrected = await clients.slp.request<{ correctGoalDataPoint: Point }>(CORRECT, {
      input: { pointId: point.id, baseVersion: 1, value: 38, observedOn: '2026-10-12', setting: 'Speech room', note: 'Misread the tally' },
    });
    expect(corrected.data!.correctGoalDataPoint).toEqual({ id: point.id, value: 38, note: 'Misread the tally', version: 2 });
    const stale = await clients.caseManager.request(CORRECT, { input: { pointId: point.id, baseVersion: 1, value: 90, observedOn: '2026-10-12', setting: 'x' } });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!['current']).toMatchObject({ value: 38, version: 2 });
    expect(code(await clients.slp.request(CORRECT, { input: { pointId: point.id, baseVersion: 2, value: 101, observedOn: '2026-10-12', setting: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(code(await clients.teacher.request(CORRECT, { input: { pointId: point.id, baseVersion: 2, value: 40, observedOn: '2026-10-12', setting: 'x' } }))).toBe('FORBIDDEN');
    const history = await clients.parent.request<{ goalDataPointRevisions: Array<{ version: number; value: number }> }>(REVISIONS, { id: point.id });
    expect(history.data!.goalDataPointRevisions.map((r) => [r.version, r.value])).toEqual([[2, 38], [1, 35]]);
    expect(code(await clients.other.request(REVISIONS, { id: point.id }))).toBe('NOT_FOUND');
    expect(code(await clients.other.request(CORRECT, { input: { pointId: point.id, baseVersion: 2, value: 40, observedOn: '2026-10-12', setting: 'x' } }))).toBe('NOT_FOUND');
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'GOAL_DATA_POINT_CORRECTED' AND data->>'pointId' = $1`, [point.id])).toBe(1);
  });

  it('raises the decision rules\' flags, which staff acknowledge with a note and the family sees', async () => {
    // With the points above (42.5, 38 in October) and two more well short of an aim line near 70 by November.
    for (const [observedOn, value] of [['2026-10-19', 40], ['2026-10-26', 41]] as const) {
      expect((await record(clients.slp, entry(SPEECH, { observedOn, value }))).errors).toBeUndefined();
    }
    const speech = await goal(clients.parent, SPEECH);
    expect(speech.points.map((p) => p.value)).toEqual([42.5, 38, 40, 41]);
    expect(speech.trend).toMatchObject({ pointsUsed: 4 });
    expect(speech.flags.map((f) => [f.rule, f.windowStart, f.windowEnd, f.acknowledgment])).toEqual([
      ['FOUR_SHORT_OF_AIM', '2026-10-05', '2026-10-26', null],
      ['TREND_MISSES_TARGET', '2026-10-05', '2026-10-26', null],
    ]);

    const ack = (client: GraphQLTestClient, rule: string, note: string) => client.request<{ acknowledgeGoalFlag: Goal }>(ACKNOWLEDGE, { input: { partId: SPEECH, rule, note } });
    expect(code(await ack(clients.slp, 'FOUR_SHORT_OF_AIM', '  '))).toBe('BAD_USER_INPUT');
    expect(code(await ack(clients.slp, 'SIX_BEYOND_AIM', 'Raised it'))).toBe('CONFLICT');
    expect(code(await ack(clients.teacher, 'FOUR_SHORT_OF_AIM', 'Not mine'))).toBe('FORBIDDEN');
    const done = await ack(clients.slp, 'FOUR_SHORT_OF_AIM', 'Added minimal-pair practice twice a week.');
    expect(done.errors).toBeUndefined();
    expect(done.data!.acknowledgeGoalFlag.flags).toEqual([
      { rule: 'FOUR_SHORT_OF_AIM', acknowledgment: { note: 'Added minimal-pair practice twice a week.' } },
      { rule: 'TREND_MISSES_TARGET', acknowledgment: null },
    ]);
    expect(code(await ack(clients.caseManager, 'FOUR_SHORT_OF_AIM', 'Again'))).toBe('CONFLICT');
    const seen = await goal(clients.parent, SPEECH);
    expect(seen.flags[0]!.acknowledgment).toEqual({ note: 'Added minimal-pair practice twice a week.', acknowledgedBy: { displayName: DEMO_USERS.slp.displayName } });
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'GOAL_FLAG_ACKNOWLEDGED' AND actor_id = $1`, [DEMO_USERS.slp.id])).toBe(1);
  });

  it('lists a provider\'s caseload for a session: the goals in force they record on, students in name order', async () => {
    const caseload = `query { myProgressCaseload { iepId studentName goals { partId viewerCanRecord measure { kind } } } }`;
    const slp = await clients.slp.request<{ myProgressCaseload: Array<{ iepId: string; studentName: string; goals: Array<{ partId: string; viewerCanRecord: boolean }> }> }>(caseload);
    expect(slp.errors).toBeUndefined();
    expect(slp.data!.myProgressCaseload.map((s) => [s.iepId, s.studentName, s.goals.map((g) => [g.partId, g.viewerCanRecord])])).toEqual([
      [MAYA_ACTIVE, 'Maya Carter', [[SPEECH, true]]],
    ]);
    const manager = await clients.caseManager2.request<{ myProgressCaseload: Array<{ iepId: string; studentName: string; goals: unknown[] }> }>(caseload);
    expect(manager.data!.myProgressCaseload.map((s) => [s.studentName, s.goals.length])).toEqual([['Mateo Ramírez', 1], ['Sofía Ramírez', 1], ['Ava Thompson', 1]]);
    expect((await clients.teacher.request<{ myProgressCaseload: unknown[] }>(caseload)).data!.myProgressCaseload).toEqual([]);
    expect(code(await clients.parent.request(caseload))).toBe('FORBIDDEN');
  });

  it('keeps what was recorded: the application role cannot delete a point or rewrite its history', async () => {
    await expect(api.db.query(`UPDATE goal_data_point_revisions SET value = 0`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`UPDATE goal_flag_acknowledgments SET note = 'x'`)).rejects.toThrow(/append-only/);
  });
});
