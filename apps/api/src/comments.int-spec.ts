import { DataSource } from 'typeorm';
import { DEMO_COMMENT_THREADS, DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/** Comment threads on IEP parts: mentions, assignment, resolving, who may do what, and what it costs to read them. */

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const NO_SUCH_PERSON = '00000000-0000-4000-8000-0000000dead2';

const THREAD_FIELDS = `id iepId partId quote createdAt updatedAt resolvedAt
  createdBy { id displayName } assignee { id displayName } resolvedBy { id displayName }
  comments { id threadId body createdAt author { id displayName } mentions { id displayName } }`;
const START = `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { ${THREAD_FIELDS} } }`;
const REPLY = `mutation($input: ReplyToIepCommentThreadInput!) {
  replyToIepCommentThread(input: $input) { id threadId body author { id } mentions { id displayName } }
}`;
const ASSIGN = `mutation($input: AssignIepCommentThreadInput!) { assignIepCommentThread(input: $input) { ${THREAD_FIELDS} } }`;
const RESOLVE = `mutation($id: ID!) { resolveIepCommentThread(threadId: $id) { ${THREAD_FIELDS} } }`;
const REOPEN = `mutation($id: ID!) { reopenIepCommentThread(threadId: $id) { ${THREAD_FIELDS} } }`;
const THREADS = `query($id: ID!) { iep(id: $id) { id commentThreads { ${THREAD_FIELDS} } mentionablePeople { id displayName } } }`;
const PARTS = `query($id: ID!) { iep(id: $id) { parts { id kind } } }`;

interface Person { id: string; displayName: string }
interface Comment { id: string; threadId: string; body: string; createdAt: string; author: Person; mentions: Person[] }
interface Thread {
  id: string; iepId: string; partId: string | null; quote: string | null; createdAt: string; updatedAt: string; resolvedAt: string | null;
  createdBy: Person; assignee: Person | null; resolvedBy: Person | null; comments: Comment[];
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('comment threads on IEP parts (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let caseManager: GraphQLTestClient;
  let teacher: GraphQLTestClient;
  let slp: GraphQLTestClient;
  let parent: GraphQLTestClient;
  let guest: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let outsider: GraphQLTestClient;
  let otherParent: GraphQLTestClient;
  let goalId: string;
  let presentLevelsId: string;
  let activePartId: string;

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    return client;
  }

  async function start(client: GraphQLTestClient, input: Record<string, unknown>) {
    return client.request<{ startIepCommentThread: Thread }>(START, { input: { iepId: MAYA_DRAFT, partId: goalId, ...input } });
  }

  async function startedThread(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<Thread> {
    const result = await start(client, { body: 'Is the baseline from the fall screening or the winter one?', ...input });
    expect(result.errors).toBeUndefined();
    return result.data!.startIepCommentThread;
  }

  async function deniedFor(userId: string, operation: string): Promise<number> {
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE outcome = 'DENIED' AND actor_id = $1 AND data->>'operation' = $2`,
      [userId, operation],
    );
    return count;
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    [caseManager, teacher, slp, parent, guest, admin, outsider, otherParent] = await Promise.all([
      signedIn(DEMO_USERS.caseManager.email), signedIn(DEMO_USERS.teacher.email), signedIn(DEMO_USERS.slp.email),
      signedIn(DEMO_USERS.parent.email), signedIn(DEMO_USERS.guest.email), signedIn(DEMO_USERS.admin.email),
      signedIn(OTHER_DISTRICT.users.caseManager.email), signedIn(DEMO_USERS.parentEs.email),
    ]);
    const draftParts = (await caseManager.request<{ iep: { parts: Array<{ id: string; kind: string }> } }>(PARTS, { id: MAYA_DRAFT })).data!.iep.parts;
    goalId = draftParts.find((part) => part.kind === 'GOAL')!.id;
    presentLevelsId = draftParts.find((part) => part.kind === 'PRESENT_LEVELS')!.id;
    const activeParts = (await caseManager.request<{ iep: { parts: Array<{ id: string; kind: string }> } }>(PARTS, { id: MAYA_ACTIVE })).data!.iep.parts;
    activePartId = activeParts[0].id;
    // The speech-language pathologist reads the product in Spanish, set the way the district does it.
    const spanish = await admin.request(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: { id: DEMO_USERS.slp.id, locale: 'es' },
    });
    expect(spanish.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('has the demo threads on Maya’s draft, one settled and one mentioning the speech-language pathologist, seeded once however often', async () => {
    await seedDemoDistrict(api.db, api.sealer);
    const threads = (await slp.request<{ iep: { commentThreads: Thread[] } }>(THREADS, { id: MAYA_DRAFT })).data!.iep.commentThreads;
    const seeded = threads.filter((t) => Object.values(DEMO_COMMENT_THREADS).some((demo) => demo.id === t.id));
    expect(seeded).toHaveLength(3);
    const settled = seeded.find((t) => t.id === DEMO_COMMENT_THREADS.resolvedBaseline.id)!;
    expect(settled.resolvedBy?.id).toBe(DEMO_USERS.caseManager.id);
    expect(settled.comments).toHaveLength(2);
    const asked = seeded.find((t) => t.id === DEMO_COMMENT_THREADS.articulationBaseline.id)!;
    expect(asked).toMatchObject({ resolvedAt: null, assignee: { id: DEMO_USERS.slp.id }, partId: DEMO_COMMENT_THREADS.articulationBaseline.partId });
    expect(asked.comments[0].mentions.map((p) => p.id)).toEqual([DEMO_USERS.slp.id]);
  });

  describe('starting, answering and notifying', () => {
    it('starts a thread on a goal with a quote, a mention and an assignee, and tells each of them in their language', async () => {
      const thread = await startedThread(caseManager, {
        quote: '  reads 62 words per minute  ',
        body: 'Is the baseline from the fall screening? @Owen could you confirm the articulation data too.',
        mentionIds: [DEMO_USERS.slp.id, DEMO_USERS.parent.id, DEMO_USERS.slp.id],
        assigneeId: DEMO_USERS.teacher.id,
      });
      expect(thread).toMatchObject({
        iepId: MAYA_DRAFT, partId: goalId, quote: 'reads 62 words per minute', resolvedAt: null, resolvedBy: null,
        createdBy: { id: DEMO_USERS.caseManager.id, displayName: DEMO_USERS.caseManager.displayName },
        assignee: { id: DEMO_USERS.teacher.id },
      });
      expect(thread.comments).toHaveLength(1);
      expect(thread.comments[0].author.id).toBe(DEMO_USERS.caseManager.id);
      expect(thread.comments[0].mentions.map((person) => person.id).sort()).toEqual([DEMO_USERS.parent.id, DEMO_USERS.slp.id].sort());

      const notices: Array<{ user_id: string; kind: string; title: string; link: string; data: Record<string, string> }> = await api.db.query(
        `SELECT user_id, kind, title, link, data FROM notifications WHERE data->>'threadId' = $1 ORDER BY user_id`, [thread.id]);
      expect(notices.map((n) => [n.user_id, n.kind]).sort()).toEqual(
        [[DEMO_USERS.slp.id, 'IEP_COMMENT_MENTION'], [DEMO_USERS.parent.id, 'IEP_COMMENT_MENTION'], [DEMO_USERS.teacher.id, 'IEP_COMMENT_ASSIGNED']].sort(),
      );
      expect(notices.find((n) => n.user_id === DEMO_USERS.slp.id)!.title).toBe(`${DEMO_USERS.caseManager.displayName} le mencionó en un comentario`);
      expect(notices.find((n) => n.user_id === DEMO_USERS.parent.id)!.title).toBe(`${DEMO_USERS.caseManager.displayName} mentioned you in a comment`);
      expect(notices.every((n) => n.link === `/ieps/${MAYA_DRAFT}?thread=${thread.id}`)).toBe(true);

      const emails: Array<{ to_address: string; subject: string; text_body: string }> = await api.db.query(
        `SELECT to_address, subject, text_body FROM outbound_emails WHERE dedupe_key LIKE 'iep-%' AND text_body LIKE $1`,
        [`%thread=${thread.id}%`],
      );
      expect(emails.map((e) => e.to_address).sort()).toEqual([DEMO_USERS.parent.email, DEMO_USERS.slp.email, DEMO_USERS.teacher.email].sort());
      expect(emails.find((e) => e.to_address === DEMO_USERS.slp.email)!.subject).toBe(`${DEMO_USERS.caseManager.displayName} le mencionó en el IEP de Maya`);
      expect(emails.find((e) => e.to_address === DEMO_USERS.teacher.email)!.subject).toBe(`A comment on Maya's IEP was assigned to you`);
      // The e-mail says where to look; the words of the comment stay behind the sign-in.
      expect(emails.every((e) => !e.text_body.includes('fall screening'))).toBe(true);

      const [audit] = await api.db.query(
        `SELECT data FROM audit_events WHERE event = 'IEP_COMMENT_THREAD_STARTED' AND data->>'threadId' = $1`, [thread.id]);
      expect(audit.data).toMatchObject({ partId: goalId, assigneeId: DEMO_USERS.teacher.id, commentId: thread.comments[0].id });
      expect(audit.data.mentionedIds.sort()).toEqual([DEMO_USERS.parent.id, DEMO_USERS.slp.id].sort());
    });

    it('lets a parent and a guest comment and answer, with mentions, and tells nobody about their own words', async () => {
      const thread = await startedThread(parent, { partId: presentLevelsId, body: 'Maya reads more at home than this says.' });
      const reply = await guest.request<{ replyToIepCommentThread: Comment }>(REPLY, {
        input: { threadId: thread.id, body: 'Agreed. Could the reading log be added?', mentionIds: [DEMO_USERS.caseManager.id, DEMO_USERS.guest.id] },
      });
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.replyToIepCommentThread).toMatchObject({ threadId: thread.id, author: { id: DEMO_USERS.guest.id } });
      expect(reply.data!.replyToIepCommentThread.mentions.map((p) => p.id).sort()).toEqual([DEMO_USERS.caseManager.id, DEMO_USERS.guest.id].sort());
      const notified: Array<{ user_id: string }> = await api.db.query(
        `SELECT user_id FROM notifications WHERE data->>'threadId' = $1`, [thread.id]);
      expect(notified.map((n) => n.user_id)).toEqual([DEMO_USERS.caseManager.id]);

      const threads = (await teacher.request<{ iep: { commentThreads: Thread[] } }>(THREADS, { id: MAYA_DRAFT })).data!.iep.commentThreads;
      const read = threads.find((t) => t.id === thread.id)!;
      expect(read.comments.map((c) => c.author.id)).toEqual([DEMO_USERS.parent.id, DEMO_USERS.guest.id]);
      expect(new Date(read.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(read.createdAt).getTime());
      const [audit] = await api.db.query(
        `SELECT actor_id FROM audit_events WHERE event = 'IEP_COMMENT_ADDED' AND data->>'threadId' = $1`, [thread.id]);
      expect(audit.actor_id).toBe(DEMO_USERS.guest.id);
    });

    it('lists the people who may be mentioned: the team, the case manager and the family of a shared draft', async () => {
      const people = (await parent.request<{ iep: { mentionablePeople: Person[] } }>(THREADS, { id: MAYA_DRAFT })).data!.iep.mentionablePeople;
      expect(people.map((p) => p.id).sort()).toEqual(
        [DEMO_USERS.caseManager.id, DEMO_USERS.teacher.id, DEMO_USERS.slp.id, DEMO_USERS.districtRep.id, DEMO_USERS.guest.id, DEMO_USERS.parent.id].sort(),
      );
    });
  });

  describe('assigning, resolving and reopening', () => {
    it('assigns a thread to someone on the team, tells them, and takes the assignment away again', async () => {
      const thread = await startedThread(slp);
      // Another teacher on the team neither started nor holds it: only the IEP's managers look after every thread.
      expect(code(await teacher.request(ASSIGN, { input: { threadId: thread.id, assigneeId: DEMO_USERS.guest.id } }))).toBe('FORBIDDEN');
      const assigned = await caseManager.request<{ assignIepCommentThread: Thread }>(ASSIGN, { input: { threadId: thread.id, assigneeId: DEMO_USERS.guest.id } });
      expect(assigned.errors).toBeUndefined();
      expect(assigned.data!.assignIepCommentThread.assignee).toEqual({ id: DEMO_USERS.guest.id, displayName: DEMO_USERS.guest.displayName });
      const [notice] = await api.db.query(
        `SELECT kind FROM notifications WHERE user_id = $1 AND data->>'threadId' = $2`, [DEMO_USERS.guest.id, thread.id]);
      expect(notice.kind).toBe('IEP_COMMENT_ASSIGNED');

      const unassigned = await slp.request<{ assignIepCommentThread: Thread }>(ASSIGN, { input: { threadId: thread.id, assigneeId: null } });
      expect(unassigned.data!.assignIepCommentThread.assignee).toBeNull();
      const audits: Array<{ data: Record<string, string | null> }> = await api.db.query(
        `SELECT data FROM audit_events WHERE event = 'IEP_COMMENT_THREAD_ASSIGNED' AND data->>'threadId' = $1 ORDER BY id`, [thread.id]);
      expect(audits.map((a) => [a.data.previousAssigneeId, a.data.assigneeId])).toEqual([[null, DEMO_USERS.guest.id], [DEMO_USERS.guest.id, null]]);
    });

    it('resolves and reopens a thread, and refuses a family member who neither started it nor holds it', async () => {
      const thread = await startedThread(teacher);
      const before = await deniedFor(DEMO_USERS.parent.id, 'resolveIepCommentThread');
      const refused = await parent.request(RESOLVE, { id: thread.id });
      expect(code(refused)).toBe('FORBIDDEN');
      expect(await deniedFor(DEMO_USERS.parent.id, 'resolveIepCommentThread')).toBe(before + 1);

      const resolved = await caseManager.request<{ resolveIepCommentThread: Thread }>(RESOLVE, { id: thread.id });
      expect(resolved.errors).toBeUndefined();
      expect(resolved.data!.resolveIepCommentThread.resolvedAt).not.toBeNull();
      expect(resolved.data!.resolveIepCommentThread.resolvedBy).toEqual({ id: DEMO_USERS.caseManager.id, displayName: DEMO_USERS.caseManager.displayName });
      expect(code(await teacher.request(RESOLVE, { id: thread.id }))).toBe('CONFLICT');

      const reopened = await teacher.request<{ reopenIepCommentThread: Thread }>(REOPEN, { id: thread.id });
      expect(reopened.data!.reopenIepCommentThread).toMatchObject({ resolvedAt: null, resolvedBy: null });
      expect(code(await teacher.request(REOPEN, { id: thread.id }))).toBe('CONFLICT');
      const events: Array<{ event: string }> = await api.db.query(
        `SELECT event FROM audit_events WHERE data->>'threadId' = $1 AND event LIKE 'IEP_COMMENT_THREAD_%' ORDER BY id`, [thread.id]);
      expect(events.map((e) => e.event)).toEqual(['IEP_COMMENT_THREAD_STARTED', 'IEP_COMMENT_THREAD_RESOLVED', 'IEP_COMMENT_THREAD_REOPENED']);
    });

    it('lets a parent resolve the thread they started', async () => {
      const thread = await startedThread(parent);
      const resolved = await parent.request<{ resolveIepCommentThread: Thread }>(RESOLVE, { id: thread.id });
      expect(resolved.data!.resolveIepCommentThread.resolvedBy?.id).toBe(DEMO_USERS.parent.id);
    });
  });

  describe('who may not', () => {
    it('lets a district administrator read threads but not comment', async () => {
      const read = await admin.request<{ iep: { commentThreads: Thread[] } }>(THREADS, { id: MAYA_DRAFT });
      expect(read.errors).toBeUndefined();
      expect(read.data!.iep.commentThreads.length).toBeGreaterThan(0);
      const refused = await start(admin, { body: 'Looks fine.' });
      expect(code(refused)).toBe('FORBIDDEN');
    });

    it('refuses people unrelated to the IEP with NOT_FOUND for every operation, and records each refusal', async () => {
      const thread = await startedThread(caseManager);
      const attempts: Array<[string, () => Promise<GraphQLResponse>]> = [
        ['startIepCommentThread', () => start(outsider, { body: 'Hello' })],
        ['replyToIepCommentThread', () => outsider.request(REPLY, { input: { threadId: thread.id, body: 'Hello' } })],
        ['assignIepCommentThread', () => outsider.request(ASSIGN, { input: { threadId: thread.id, assigneeId: null } })],
        ['resolveIepCommentThread', () => outsider.request(RESOLVE, { id: thread.id })],
        ['reopenIepCommentThread', () => outsider.request(REOPEN, { id: thread.id })],
      ];
      for (const [operation, attempt] of attempts) {
        const before = await deniedFor(OTHER_DISTRICT.users.caseManager.id, operation);
        const result = await attempt();
        expect([operation, code(result)]).toEqual([operation, 'NOT_FOUND']);
        expect(await deniedFor(OTHER_DISTRICT.users.caseManager.id, operation)).toBe(before + 1);
      }
      // A parent of the same district who is not Maya's guardian sees nothing of her IEP either.
      expect(code(await start(otherParent, { body: 'Hello' }))).toBe('NOT_FOUND');
      expect(code(await otherParent.request(REPLY, { input: { threadId: thread.id, body: 'Hello' } }))).toBe('NOT_FOUND');
      expect(code(await otherParent.request(THREADS, { id: MAYA_DRAFT }))).toBe('NOT_FOUND');
      const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM iep_comments WHERE thread_id = $1`, [thread.id]);
      expect(count).toBe(1);
    });

    it('refuses comments on an IEP that is no longer being drafted', async () => {
      const result = await caseManager.request(START, { input: { iepId: MAYA_ACTIVE, partId: activePartId, body: 'A note.' } });
      expect(code(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('bad input', () => {
    it('refuses an empty or too long comment, a long quote, a stranger, and a part of another IEP, and writes nothing', async () => {
      const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM iep_comment_threads`);
      const cases: Array<[string, Record<string, unknown>, string]> = [
        ['empty body', { body: '   \n ' }, 'body'],
        ['too long', { body: 'x'.repeat(10_001) }, 'body'],
        ['long quote', { body: 'About this', quote: 'q'.repeat(2_001) }, 'quote'],
        ['stranger mentioned', { body: 'Hi', mentionIds: [OTHER_DISTRICT.users.caseManager.id] }, 'mentionIds'],
        ['nobody mentioned', { body: 'Hi', mentionIds: [NO_SUCH_PERSON] }, 'mentionIds'],
        ['district admin mentioned', { body: 'Hi', mentionIds: [DEMO_USERS.admin.id] }, 'mentionIds'],
        ['stranger assigned', { body: 'Hi', assigneeId: DEMO_USERS.parentEs.id }, 'assigneeId'],
        ['part of another IEP', { body: 'Hi', partId: activePartId }, 'partId'],
        ['no part at all', { body: 'Hi', partId: 'not-a-part' }, 'partId'],
      ];
      for (const [name, input, field] of cases) {
        const result = await start(caseManager, input);
        expect([name, code(result), result.errors?.[0]?.extensions?.field]).toEqual([name, 'BAD_USER_INPUT', field]);
      }
      // The same words for a person who exists elsewhere and one who does not: nothing about who has an account.
      const stranger = await start(caseManager, { body: 'Hi', mentionIds: [OTHER_DISTRICT.users.caseManager.id] });
      const nobody = await start(caseManager, { body: 'Hi', mentionIds: [NO_SUCH_PERSON] });
      expect(stranger.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);

      const thread = await startedThread(caseManager);
      expect(code(await teacher.request(REPLY, { input: { threadId: thread.id, body: '' } }))).toBe('BAD_USER_INPUT');
      expect(code(await teacher.request(REPLY, { input: { threadId: thread.id, body: 'Hi', mentionIds: [OTHER_DISTRICT.users.parent.id] } }))).toBe('BAD_USER_INPUT');
      expect(code(await caseManager.request(ASSIGN, { input: { threadId: thread.id, assigneeId: NO_SUCH_PERSON } }))).toBe('BAD_USER_INPUT');
      const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM iep_comment_threads`);
      expect(after).toBe(before + 1);
    });
  });

  it('reads a document’s threads, comments, mentions and people in the same number of statements, however many there are', async () => {
    // TypeORM's beforeQuery hook sees every statement the API sends; session bookkeeping and the audit entry are left out.
    const statements: string[] = [];
    api.app.get(DataSource).subscribers.push({ beforeQuery: ({ query }: { query: string }) => void statements.push(query) });
    const count = async () => {
      statements.length = 0;
      const result = await caseManager.request<{ iep: { commentThreads: Thread[] } }>(THREADS, { id: MAYA_DRAFT });
      expect(result.errors).toBeUndefined();
      const comments = result.data!.iep.commentThreads.reduce((sum, thread) => sum + thread.comments.length, 0);
      return { comments, statements: statements.filter((q) => !/\bsessions\b/.test(q)).length };
    };
    const few = await count();
    for (let i = 0; i < 12; i++) {
      const thread = await startedThread(i % 2 ? teacher : parent, {
        body: `Question ${i}`, mentionIds: [DEMO_USERS.caseManager.id], assigneeId: i % 3 ? DEMO_USERS.slp.id : null,
      });
      for (let j = 0; j < 3; j++) {
        await guest.request(REPLY, { input: { threadId: thread.id, body: `Answer ${j}`, mentionIds: [DEMO_USERS.teacher.id, DEMO_USERS.parent.id] } });
      }
      if (i % 4 === 0) await caseManager.request(RESOLVE, { id: thread.id });
    }
    const many = await count();
    expect(many.comments).toBeGreaterThanOrEqual(few.comments + 48);
    expect(many.statements).toBe(few.statements);
  });
});
