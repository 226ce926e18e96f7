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
    await seedDemoDistrict(api.db, api.sealer);
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
    // One writer builds each IEP's 300 comments: that is the per-person hourly allowance, so each build
    // starts from a fresh one (the limit itself stays as in production).
    await api.clearRateLimits();
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

    // A section save of a part the editor has just read: who may edit, the update, its revision and its
    // audit row in one statement.
    const [goal] = await api.db.query(`SELECT id, version, content FROM iep_parts WHERE iep_id = $1 AND kind = 'GOAL' LIMIT 1`, [big]);
    statements.length = 0;
    const { saveIepPart } = await ok<{ saveIepPart: { version: number } }>(
      `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id version updatedAt updatedBy { displayName } } }`,
      { input: { partId: goal.id, baseVersion: goal.version, content: { ...goal.content, baseline: 'Measured again' } } });
    expect(saveIepPart.version).toBe(goal.version + 1);
    expect(statements.filter((q) => !/\bsessions\b/.test(q))).toHaveLength(1);
    const [audit] = await api.db.query(
      `SELECT student_id, data FROM audit_events WHERE event = 'IEP_PART_SAVED' AND iep_id = $1 ORDER BY id DESC LIMIT 1`, [big]);
    expect(audit.data).toMatchObject({ partId: goal.id, kind: 'GOAL', version: goal.version + 1, suggestionId: null });
    expect(audit.student_id).toEqual((await api.db.query(`SELECT student_id FROM ieps WHERE id = $1`, [big]))[0].student_id);
  }, 180_000);

  it('keeps what never changes between reads, and a save, a new thread or a decision shows in the very next read', async () => {
    const id = '00000000-0000-4000-8000-000000000402';
    const slp = new GraphQLTestClient(api.url);
    await slp.signIn(DEMO_USERS.slp.email, DEMO_PASSWORD);
    type Doc = { iep: { parts: Array<Part & { updatedBy: { displayName: string } | null; threadCount: number; changedSinceMyLastView: boolean }>;
      suggestions: Array<{ id: string; status: string }> } };
    const first = await ok<Doc>(DOCUMENT, { id });
    // Read again: the parts and proposals now come from the process's cache, the rest from the database.
    const second = await ok<Doc>(DOCUMENT, { id });
    expect(second).toEqual(first);

    // Someone else saves a part and opens a thread on it: the next read has the new version, text, editor and count.
    // (The speech goal is the SLP's to edit.)
    const goal = first.iep.parts.filter((part) => part.kind === 'GOAL')[1];
    const saved = await slp.request<{ saveIepPart: { version: number } }>(
      `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { version } }`,
      { input: { partId: goal.id, baseVersion: goal.version, content: { ...goal.content, baseline: 'Reads 61 words a minute' } } });
    expect(saved.errors).toBeUndefined();
    await slp.request(`mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`,
      { input: { iepId: id, partId: goal.id, body: 'Is this the fall or the winter probe?' } });
    const third = await ok<Doc>(DOCUMENT, { id });
    const after = third.iep.parts.find((part) => part.id === goal.id)!;
    expect(after).toMatchObject({
      version: goal.version + 1,
      content: { ...goal.content, baseline: 'Reads 61 words a minute' },
      updatedBy: { displayName: DEMO_USERS.slp.displayName },
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

  /** Saves a part on `baseVersion` with every text field rewritten; the statements it ran, sessions left out. */
  async function saveAs(client: GraphQLTestClient, part: Part, baseVersion: number, content?: Record<string, unknown>) {
    const statements: string[] = [];
    const subscriber = { beforeQuery: ({ query }: { query: string }) => void statements.push(query) };
    const subscribers = api.app.get(DataSource).subscribers;
    subscribers.push(subscriber);
    try {
      const result = await client.request<{ saveIepPart: { version: number } }>(
        `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { version } }`,
        { input: { partId: part.id, baseVersion, content: content ??
          Object.fromEntries(Object.entries(part.content).map(([k, v]) => [k, typeof v === 'string' ? `${v} (v${baseVersion + 1})` : v])) } });
      return { result, statements: statements.filter((q) => !/\bsessions\b/.test(q)).length };
    } finally {
      subscribers.splice(subscribers.indexOf(subscriber), 1);
    }
  }

  const revisionsOf = async (partId: string) =>
    (await api.db.query(`SELECT count(*)::int AS n FROM iep_part_revisions WHERE part_id = $1`, [partId]))[0].n as number;

  it('saves in one statement exactly when the checks one by one would let the caller edit, for every role', async () => {
    const id = '00000000-0000-4000-8000-000000000402';
    // The case manager opens the draft: this API process now knows the kind of each of its parts.
    const caseManager = new GraphQLTestClient(api.url);
    await caseManager.signIn(DEMO_USERS.caseManager.email, DEMO_PASSWORD);
    const opened = await caseManager.request<{ iep: { parts: Part[] } }>(`query($id: ID!) { iep(id: $id) { parts { id kind version content } } }`, { id });
    const part = opened.data!.iep.parts.find((p) => p.kind === 'PRESENT_LEVELS') ?? opened.data!.iep.parts[0];

    const attempt = async (email: string) => {
      const client = new GraphQLTestClient(api.url);
      await client.signIn(email, DEMO_PASSWORD);
      // What the document tells this reader of this part (the policy over the facts read one by one).
      const read = await client.request<{ iep: { parts: Array<{ id: string; viewerCanEdit: boolean }> } }>(
        `query($id: ID!) { iep(id: $id) { parts { id viewerCanEdit } } }`, { id });
      const [{ version }] = await api.db.query(`SELECT version FROM iep_parts WHERE id = $1`, [part.id]);
      const before = await revisionsOf(part.id);
      const { result, statements } = await saveAs(client, part, version);
      const canEdit = read.data?.iep?.parts.find((p) => p.id === part.id)?.viewerCanEdit === true;
      return { canRead: !read.errors, canEdit, result, statements, version, written: (await revisionsOf(part.id)) - before };
    };

    const outcomes: Record<string, string> = {};
    for (const [key, user] of Object.entries(DEMO_USERS)) {
      const { canRead, canEdit, result, statements, version, written } = await attempt(user.email);
      if (canEdit) {
        expect(result.errors).toBeUndefined();
        expect(result.data!.saveIepPart.version).toBe(version + 1);
        expect(statements).toBe(1);
        expect(written).toBe(1);
      } else {
        // Refused, and nothing written: a reader of the draft who may not edit it is told so; anyone else
        // learns nothing about it, unless their role may not save any IEP at all.
        expect(written).toBe(0);
      }
      outcomes[key] = canEdit ? 'saved' : `${canRead ? 'reads' : 'cannot read'}, ${result.errors![0].extensions!.code}`;
    }
    expect(outcomes).toEqual({
      admin: 'reads, FORBIDDEN', districtRep: 'saved', caseManager: 'saved', caseManager2: 'cannot read, NOT_FOUND', teacher: 'saved',
      slp: 'reads, FORBIDDEN', psychologist: 'cannot read, NOT_FOUND', parent: 'reads, FORBIDDEN', parentEs: 'cannot read, FORBIDDEN',
      student: 'cannot read, FORBIDDEN', guest: 'reads, FORBIDDEN',
    });

    // Off the team, the case manager still edits as the IEP's case manager, the district representative as
    // the representative of its district; the statement reaches the same answer as the checks one by one.
    const offTeam = [id, [DEMO_USERS.caseManager.id, DEMO_USERS.districtRep.id]];
    const members = await api.db.query(
      `SELECT iep_id, user_id, team_role, invited_by_id FROM iep_team_members WHERE iep_id = $1 AND user_id = ANY($2::uuid[])`, offTeam);
    expect(members).toHaveLength(2);
    await api.db.query(`DELETE FROM iep_team_members WHERE iep_id = $1 AND user_id = ANY($2::uuid[])`, offTeam);
    try {
      for (const user of [DEMO_USERS.caseManager, DEMO_USERS.districtRep]) {
        const { canEdit, result, statements } = await attempt(user.email);
        expect(canEdit).toBe(true);
        expect(result.errors).toBeUndefined();
        expect(statements).toBe(1);
      }
    } finally {
      await api.db.query(
        `INSERT INTO iep_team_members (iep_id, user_id, team_role, invited_by_id)
         SELECT iep_id, user_id, team_role, invited_by_id FROM jsonb_to_recordset($1::jsonb) AS r(iep_id uuid, user_id uuid, team_role text, invited_by_id uuid)`,
        [JSON.stringify(members)]);
    }
  });

  it('answers a save the one statement does not make as before: stale, invalid, removed, no longer a draft', async () => {
    const id = await buildIep('Refusals', { goals: 2, services: 0, revisions: 33, comments: 0 });
    const opened = await ok<{ iep: { parts: Part[] } }>(`query($id: ID!) { iep(id: $id) { parts { id kind version content } } }`, { id });
    const [goal, other] = opened.iep.parts.filter((p) => p.kind === 'GOAL');
    const before = await revisionsOf(goal.id);

    // Someone saved since: CONFLICT with the current version and text, as the editor needs to merge.
    const stale = await saveAs(rep, goal, goal.version - 1);
    expect(stale.result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: goal.version, currentContent: goal.content,
    });
    // Content that breaks the part's rules: BAD_USER_INPUT naming the field.
    const invalid = await saveAs(rep, goal, goal.version, { ...goal.content, baseline: 42 });
    expect(invalid.result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(invalid.result.errors?.[0]?.extensions?.problems)).toContain('baseline');
    expect(await revisionsOf(goal.id)).toBe(before);

    // A removed goal.
    const removed = await ok<{ removeIepPart: { version: number } }>(
      `mutation($input: RemoveIepPartInput!) { removeIepPart(input: $input) { version } }`, { input: { partId: other.id, baseVersion: other.version } });
    const gone = await saveAs(rep, other, removed.removeIepPart.version);
    expect(gone.result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REMOVED' });

    // A draft sent to the family for signature.
    await api.db.query(`UPDATE ieps SET status = 'PROPOSED' WHERE id = $1`, [id]);
    const proposed = await saveAs(rep, goal, goal.version);
    expect(proposed.result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_DRAFT', status: 'PROPOSED' });
    expect(await revisionsOf(goal.id)).toBe(before);
  }, 60_000);

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
