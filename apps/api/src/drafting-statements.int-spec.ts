import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { PreparingClient, prepared } from '@iep/api/core';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/** The editor screen as it opens: parts with their thread counts, checks, suggestions, changes; the threads load per part. */
const DOCUMENT = `query($id: ID!) {
  iep(id: $id) {
    id status studentFirstName canEdit canSuggest canDecideSuggestions canComment derivedFromIepId sharedWithFamilyAt
    caseManager { displayName }
    parts { id kind position content version unchangedSinceLastYear updatedAt updatedBy { id displayName } changedSinceMyLastView
      threadCount openThreadCount }
    qualityChecks { code severity partId }
    suggestions { id status proposer { displayName } decidedBy { displayName } diff { fields { field segments { kind text } } } }
    changesSinceMyLastView { lastViewedAt parts { partId fields { field } } }
  }
}`;

const THREAD_FIELDS = `id partId createdBy { displayName } assignee { displayName } resolvedBy { displayName }
  comments { id body author { displayName } mentions { displayName } }`;
/** A part's comments panel as it opens. */
const PART_THREADS = `query($id: ID!, $partId: ID!) {
  iep(id: $id) { id mentionablePeople { id displayName } commentThreads(partId: $partId) { ${THREAD_FIELDS} } }
}`;
/** Every thread of the IEP at once, as API users may still ask. */
const ALL_THREADS = `query($id: ID!) { iep(id: $id) { id commentThreads { ${THREAD_FIELDS} } } }`;

interface Thread { partId: string; comments: unknown[] }

interface Part { id: string; kind: string; version: number; content: Record<string, unknown> }

describe('reading a large IEP costs a bounded number of SQL statements', () => {
  let api: TestApi;
  let rep: GraphQLTestClient;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db);
    rep = new GraphQLTestClient(api.url);
    await rep.signIn(DEMO_USERS.districtRep.email, DEMO_PASSWORD);
    admin = new GraphQLTestClient(api.url);
    await admin.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  });
  afterAll(() => api.close());

  async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await rep.request<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  /** Runs the calls with `width` in flight at once. */
  async function inParallel(calls: Array<() => Promise<unknown>>, width = 8): Promise<void> {
    let next = 0;
    await Promise.all(Array.from({ length: width }, async () => {
      while (next < calls.length) await calls[next++]();
    }));
  }

  /** A new student's initial IEP with goals, services, revisions and comments, all written through the API. */
  async function buildIep(name: string, size: { goals: number; services: number; revisions: number; comments: number }): Promise<string> {
    const { createStudent } = await admin.request<{ createStudent: { id: string } }>(
      `mutation($input: CreateStudentInput!) { createStudent(input: $input) { id } }`,
      { input: { firstName: name, lastName: 'Statements', dateOfBirth: '2009-01-15', grade: '11', schoolId: DEMO_SCHOOLS[1].id } },
    ).then((r) => r.data!);
    const { startIep } = await ok<{ startIep: { id: string; parts: Part[] } }>(
      `mutation($input: StartIepInput!) { startIep(input: $input) { id parts { id kind version content } } }`,
      { input: { studentId: createStudent.id, kind: 'INITIAL' } },
    );
    const parts: Part[] = [...startIep.parts];
    const add = (kind: string) => async () => {
      const { addIepPart } = await ok<{ addIepPart: Part }>(
        `mutation($input: AddIepPartInput!) { addIepPart(input: $input) { id kind version content } }`, { input: { iepId: startIep.id, kind } });
      parts.push(addIepPart);
    };
    await inParallel([...Array.from({ length: size.goals }, () => add('GOAL')), ...Array.from({ length: size.services }, () => add('SERVICE'))]);
    const goals = parts.filter((p) => p.kind === 'GOAL');
    // Every save writes one revision; parts are saved in turn so that no two saves race on one part.
    let saves = size.revisions - parts.length;
    const queues = parts.map((part, index) => ({ part, index, count: 0 }));
    for (let i = 0; saves > 0; i++, saves--) queues[i % queues.length].count++;
    await inParallel(queues.map((queue) => async () => {
      for (let n = 0; n < queue.count; n++) {
        const { part } = queue;
        const content = part.kind === 'GOAL'
          ? { ...part.content, area: `Area ${queue.index}`, baseline: `Baseline ${n}`, criteria: '4 of 5 trials' }
          : part.kind === 'SERVICE'
            ? { ...part.content, description: `Service ${queue.index} revision ${n}`, goalIds: goals.length ? [goals[queue.index % goals.length].id] : [] }
            : Object.fromEntries(Object.entries(part.content).map(([k, v]) => [k, typeof v === 'string' ? `Text ${n}` : v]));
        const { saveIepPart } = await ok<{ saveIepPart: Part }>(
          `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id kind version content } }`,
          { input: { partId: part.id, baseVersion: part.version, content } });
        queue.part = saveIepPart;
      }
    }));
    // A third of the threads (ten at most) on the first part, the rest one per part: one busy comments panel.
    const threads = Math.ceil(size.comments / 10);
    await inParallel(Array.from({ length: threads }, (_, t) => async () => {
      const { startIepCommentThread } = await ok<{ startIepCommentThread: { id: string } }>(
        `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`,
        { input: { iepId: startIep.id, partId: parts[t < Math.min(10, threads / 3) ? 0 : t % parts.length].id, body: `Thread ${t}` } });
      for (let c = 1; c < Math.min(10, size.comments - t * 10); c++) {
        await ok(`mutation($input: ReplyToIepCommentThreadInput!) { replyToIepCommentThread(input: $input) { id } }`,
          { input: { threadId: startIepCommentThread.id, body: `Reply ${c}` } });
      }
    }));
    const [counts] = await api.db.query(
      `SELECT (SELECT count(*) FROM iep_parts WHERE iep_id = $1 AND kind = 'GOAL')::int AS goals,
              (SELECT count(*) FROM iep_parts WHERE iep_id = $1 AND kind = 'SERVICE')::int AS services,
              (SELECT count(*) FROM iep_part_revisions WHERE iep_id = $1)::int AS revisions,
              (SELECT count(*) FROM iep_comments WHERE iep_id = $1)::int AS comments`,
      [startIep.id],
    );
    expect(counts).toEqual(size);
    return startIep.id;
  }

  it('reads 30 goals, 20 services, 1,000 revisions and 300 comments in as many statements as a small IEP', async () => {
    const small = await buildIep('Small', { goals: 1, services: 1, revisions: 20, comments: 3 });
    const big = await buildIep('Large', { goals: 30, services: 20, revisions: 1000, comments: 300 });
    const statements: string[] = [];
    api.app.get(DataSource).subscribers.push({ beforeQuery: ({ query }: { query: string }) => void statements.push(query) });
    const counted = async <T>(query: string, variables: Record<string, unknown>) => {
      statements.length = 0;
      const data = await ok<T>(query, variables);
      return { data, statements: statements.filter((q) => !/\bsessions\b/.test(q)).length };
    };
    const countFor = async (id: string) => {
      await ok(`mutation($id: ID!) { markIepViewed(iepId: $id) { id } }`, { id });
      const document = await counted<{ iep: { studentFirstName: string; parts: Array<{ id: string; threadCount: number; openThreadCount: number }> } }>(
        DOCUMENT, { id });
      // The part with the most threads, as the comments panel opens it.
      const busiest = [...document.data.iep.parts].sort((a, b) => b.threadCount - a.threadCount)[0];
      const panel = await counted<{ iep: { mentionablePeople: unknown[]; commentThreads: Thread[] } }>(PART_THREADS, { id, partId: busiest.id });
      const all = await counted<{ iep: { commentThreads: Thread[] } }>(ALL_THREADS, { id });
      return { document, busiest, panel, all };
    };
    const smallRead = await countFor(small);
    const bigRead = await countFor(big);
    expect(bigRead.document.data.iep.studentFirstName).toBe('Large');
    expect(bigRead.document.data.iep.parts).toHaveLength(9 + 50);
    // The counts come with the parts; no thread or comment is read with the document.
    expect(bigRead.document.data.iep.parts.reduce((sum, part) => sum + part.threadCount, 0)).toBe(30);
    expect(bigRead.document.data.iep.parts.reduce((sum, part) => sum + part.openThreadCount, 0)).toBe(30);
    expect(bigRead.document.statements).toBe(smallRead.document.statements);
    // The access check with the row, its case manager, the student's first name and its audit row; the
    // drafting facts, parts (with "changed since my last view" and the thread counts) and suggestions (with
    // their people) in one statement; the changes since the last view.
    expect(bigRead.document.statements).toBeLessThanOrEqual(3);

    // One part's threads: only that part's, with every comment, author and mention, in bounded statements.
    expect(bigRead.panel.data.iep.commentThreads).toHaveLength(bigRead.busiest.threadCount);
    expect(bigRead.panel.data.iep.commentThreads.every((thread) => thread.partId === bigRead.busiest.id)).toBe(true);
    expect(bigRead.panel.data.iep.commentThreads.flatMap((thread) => thread.comments)).toHaveLength(10 * bigRead.busiest.threadCount);
    expect(bigRead.panel.statements).toBe(smallRead.panel.statements);
    // The access check, who may be mentioned, and the threads with their comments.
    expect(bigRead.panel.statements).toBeLessThanOrEqual(3);

    // Every thread at once still works, in as many statements for 300 comments as for 3.
    expect(bigRead.all.data.iep.commentThreads.flatMap((thread) => thread.comments)).toHaveLength(300);
    expect(bigRead.all.statements).toBe(smallRead.all.statements);
    expect(bigRead.all.statements).toBeLessThanOrEqual(2);

    // A section save: the part with its IEP's facts and the caller's access, then the update, its revision
    // and its audit row in one statement.
    const [goal] = await api.db.query(`SELECT id, version, content FROM iep_parts WHERE iep_id = $1 AND kind = 'GOAL' LIMIT 1`, [big]);
    statements.length = 0;
    const { saveIepPart } = await ok<{ saveIepPart: { version: number } }>(
      `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id version updatedAt updatedBy { displayName } } }`,
      { input: { partId: goal.id, baseVersion: goal.version, content: { ...goal.content, baseline: 'Measured again' } } });
    expect(saveIepPart.version).toBe(goal.version + 1);
    expect(statements.filter((q) => !/\bsessions\b/.test(q))).toHaveLength(2);
    const [audit] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'IEP_PART_SAVED' AND iep_id = $1 ORDER BY id DESC LIMIT 1`, [big]);
    expect(audit.data).toMatchObject({ partId: goal.id, version: goal.version + 1 });
  }, 180_000);

  it('keeps what never changes between reads, and a save, a new thread or a decision shows in the very next read', async () => {
    const id = '00000000-0000-4000-8000-000000000402';
    const teacher = new GraphQLTestClient(api.url);
    await teacher.signIn(DEMO_USERS.teacher.email, DEMO_PASSWORD);
    type Doc = { iep: { parts: Array<Part & { updatedBy: { displayName: string } | null; threadCount: number; changedSinceMyLastView: boolean }>;
      suggestions: Array<{ id: string; status: string }> } };
    const first = await ok<Doc>(DOCUMENT, { id });
    // Read again: the parts and proposals now come from the process's cache, the rest from the database.
    const second = await ok<Doc>(DOCUMENT, { id });
    expect(second).toEqual(first);

    // Someone else saves a part and opens a thread on it: the next read has the new version, text, editor and count.
    const goal = first.iep.parts.find((part) => part.kind === 'GOAL')!;
    const saved = await teacher.request<{ saveIepPart: { version: number } }>(
      `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { version } }`,
      { input: { partId: goal.id, baseVersion: goal.version, content: { ...goal.content, baseline: 'Reads 61 words a minute' } } });
    expect(saved.errors).toBeUndefined();
    await teacher.request(`mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`,
      { input: { iepId: id, partId: goal.id, body: 'Is this the fall or the winter probe?' } });
    const third = await ok<Doc>(DOCUMENT, { id });
    const after = third.iep.parts.find((part) => part.id === goal.id)!;
    expect(after).toMatchObject({
      version: goal.version + 1,
      content: { ...goal.content, baseline: 'Reads 61 words a minute' },
      updatedBy: { displayName: DEMO_USERS.teacher.displayName },
      threadCount: goal.threadCount + 1,
    });
    expect(third.iep.parts.filter((part) => part.id !== goal.id)).toEqual(first.iep.parts.filter((part) => part.id !== goal.id));

    // A proposal decided since shows its new status.
    const pending = first.iep.suggestions.find((suggestion) => suggestion.status === 'PENDING')!;
    const rejected = await rep.request(`mutation($input: RejectIepSuggestionInput!) { rejectIepSuggestion(input: $input) { id } }`,
      { input: { suggestionId: pending.id, reason: 'The team will revisit this at the meeting.' } });
    expect(rejected.errors).toBeUndefined();
    const fourth = await ok<Doc>(DOCUMENT, { id });
    expect(fourth.iep.suggestions.find((suggestion) => suggestion.id === pending.id)?.status).toBe('REJECTED');
  });

  it('refuses, in the database, content changes that would make a cached read stale', async () => {
    const [part] = await api.db.query(`SELECT id, version FROM iep_parts WHERE iep_id = '00000000-0000-4000-8000-000000000402' LIMIT 1`);
    await expect(api.db.query(`UPDATE iep_parts SET content = '{"text": "rewritten"}'::jsonb WHERE id = $1`, [part.id]))
      .rejects.toThrow(/must take a new version/);
    const [suggestion] = await api.db.query(`SELECT id FROM iep_suggestions LIMIT 1`);
    await expect(api.db.query(`UPDATE iep_suggestions SET proposed_content = '{}'::jsonb WHERE id = $1`, [suggestion.id]))
      .rejects.toThrow(/cannot be rewritten/);
    // Everything else about a proposal still changes as it is decided.
    await expect(api.db.query(`UPDATE iep_suggestions SET rationale = rationale WHERE id = $1`, [suggestion.id])).resolves.toBeDefined();
  });

  it('sends the statements marked prepared() as named statements, parsed once per connection', async () => {
    const client = new PreparingClient({ connectionString: api.config.DATABASE_URL });
    await client.connect();
    try {
      const sql = prepared('SELECT count(*)::int AS n FROM iep_parts WHERE iep_id = $1::uuid');
      for (let i = 0; i < 3; i++) await client.query(sql, ['00000000-0000-4000-8000-000000000402']);
      await client.query('SELECT count(*)::int AS n FROM iep_parts WHERE iep_id = $1::uuid AND version > $2', ['00000000-0000-4000-8000-000000000402', 0]);
      const { rows } = await client.query(`SELECT statement, generic_plans + custom_plans AS runs FROM pg_prepared_statements`);
      // The marked statement, once, run three times; the unmarked one is not kept.
      expect(rows).toEqual([{ statement: sql, runs: '3' }]);
    } finally {
      await client.end();
    }
  });
});
