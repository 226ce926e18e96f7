import type { EntityManager } from 'typeorm';
import { DEMO_USERS, OTHER_DISTRICT } from './demo-district';

const U = DEMO_USERS;
const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_DRAFT = iep('402');
const fixed = (table: string, iepId: string, n: number) => `00000000-0000-4000-8000-${table}${iepId.slice(-3)}${String(n).padStart(5, '0')}`;
/** A part as seed-drafting numbers them: `0001<iep><slot>` (singletons 1–9 in document order, goals from 100). */
const part = (iepId: string, slot: number) => fixed('0001', iepId, slot);
const thread = (iepId: string, n: number) => fixed('0003', iepId, n);
const comment = (iepId: string, n: number) => fixed('0004', iepId, n);

/** Fixed ids of the demo threads: three on Maya's annual review draft, and settled ones on plans now in force. */
export const DEMO_COMMENT_THREADS = {
  /** Settled: where a baseline number came from. */
  resolvedBaseline: { id: thread(MAYA_DRAFT, 1), iepId: MAYA_DRAFT, partId: part(MAYA_DRAFT, 3) },
  /** Open, assigned to the speech-language pathologist and mentioning her. */
  articulationBaseline: { id: thread(MAYA_DRAFT, 2), iepId: MAYA_DRAFT, partId: part(MAYA_DRAFT, 101) },
  /** Open, started by the parent, assigned to the case manager. */
  summerServices: { id: thread(MAYA_DRAFT, 3), iepId: MAYA_DRAFT, partId: part(MAYA_DRAFT, 8) },
  /** Settled while Sofía's active IEP was drafted; she started it herself. */
  sofiaTransition: { id: thread(iep('405'), 1), iepId: iep('405'), partId: part(iep('405'), 9) },
  /** Settled while Ava's active IEP was drafted. */
  avaWritingGoal: { id: thread(iep('407'), 1), iepId: iep('407'), partId: part(iep('407'), 100) },
  /** In the other district: nobody in Riverbend may see it. */
  lakeshorePresentLevels: { id: thread(OTHER_DISTRICT.iep.id, 1), iepId: OTHER_DISTRICT.iep.id, partId: part(OTHER_DISTRICT.iep.id, 3) },
} as const;

interface SeedThread {
  id: string;
  iepId: string;
  partId: string;
  quote: string | null;
  createdBy: string;
  assignee: string | null;
  resolvedBy: string | null;
  /** Days before seeding that the thread started; its comments follow an hour apart. */
  daysAgo: number;
  comments: Array<{ id: string; author: string; body: string; mentions?: string[] }>;
}

const THREADS: SeedThread[] = [
  {
    ...DEMO_COMMENT_THREADS.resolvedBaseline,
    quote: '61 words correct per minute on grade 3 passages',
    createdBy: U.teacher.id, assignee: null, resolvedBy: U.caseManager.id, daysAgo: 6,
    comments: [
      { id: comment(MAYA_DRAFT, 1), author: U.teacher.id, body: 'Is 61 from the fall benchmark or from my classroom probe? My October probe had her at 64.' },
      { id: comment(MAYA_DRAFT, 2), author: U.caseManager.id, body: 'From the fall benchmark, which is what we report against. I added that to the sentence. Thanks for checking!' },
    ],
  },
  {
    ...DEMO_COMMENT_THREADS.articulationBaseline,
    quote: 'Produces /r/ correctly in 70% of words in structured sentences.',
    createdBy: U.caseManager.id, assignee: U.slp.id, resolvedBy: null, daysAgo: 3,
    comments: [
      {
        id: comment(MAYA_DRAFT, 3), author: U.caseManager.id, mentions: [U.slp.id],
        body: `@${U.slp.displayName} could you confirm this baseline against your November speech sample before the meeting?`,
      },
    ],
  },
  {
    ...DEMO_COMMENT_THREADS.summerServices,
    quote: null,
    createdBy: U.parent.id, assignee: U.caseManager.id, resolvedBy: null, daysAgo: 1,
    comments: [
      { id: comment(MAYA_DRAFT, 4), author: U.parent.id, body: 'Maya lost a lot of her reading over last summer. Can we talk about summer services at the meeting?' },
      {
        id: comment(MAYA_DRAFT, 5), author: U.caseManager.id, mentions: [U.parent.id],
        body: `Yes, @${U.parent.displayName}. I will bring her spring and fall benchmarks so we can look at the summer drop together.`,
      },
    ],
  },
  {
    ...DEMO_COMMENT_THREADS.sofiaTransition,
    quote: null, createdBy: U.student.id, assignee: U.caseManager2.id, resolvedBy: U.caseManager2.id, daysAgo: 270,
    comments: [
      { id: comment(iep('405'), 1), author: U.student.id, body: 'Can we add job shadowing at the county clinic? I want to see what nurses do all day.' },
      { id: comment(iep('405'), 2), author: U.caseManager2.id, body: 'Added to your transition services. Great idea, Sofía.' },
    ],
  },
  {
    ...DEMO_COMMENT_THREADS.avaWritingGoal,
    quote: '4 of 5 writing prompts scored 3 or higher on the rubric.',
    createdBy: U.caseManager2.id, assignee: null, resolvedBy: U.caseManager2.id, daysAgo: 300,
    comments: [{ id: comment(iep('407'), 1), author: U.caseManager2.id, body: 'Note to self: check the rubric scale with the grade 4 team before the meeting. Done, it is a 4-point rubric.' }],
  },
  {
    ...DEMO_COMMENT_THREADS.lakeshorePresentLevels,
    quote: null, createdBy: OTHER_DISTRICT.users.caseManager.id, assignee: null, resolvedBy: OTHER_DISTRICT.users.caseManager.id, daysAgo: 320,
    comments: [{ id: comment(OTHER_DISTRICT.iep.id, 1), author: OTHER_DISTRICT.users.caseManager.id, body: 'Add the organization checklist data from the fall.' }],
  },
];

/**
 * A few conversations on Maya's annual review draft: one settled, one waiting on a specialist who was
 * mentioned (with her in-app notice), one the parent started; and threads settled while plans now in
 * force were drafted. Needs the drafting seed's parts first. Idempotent: fixed ids, nothing present is touched.
 */
export async function seedDemoComments(m: EntityManager): Promise<void> {
  const threads = THREADS.map((t) => ({
    id: t.id, iep_id: t.iepId, part_id: t.partId, quote: t.quote, created_by: t.createdBy, assignee: t.assignee, resolved_by: t.resolvedBy,
    days_ago: t.daysAgo, last: t.comments.length,
  }));
  await m.query(
    `INSERT INTO iep_comment_threads (id, iep_id, part_id, quote, created_by_id, assignee_id, resolved_at, resolved_by_id, created_at, updated_at)
     SELECT r.id, r.iep_id, r.part_id, r.quote, r.created_by, r.assignee,
            CASE WHEN r.resolved_by IS NOT NULL THEN now() - make_interval(days => r.days_ago) + make_interval(hours => r.last) END,
            r.resolved_by, now() - make_interval(days => r.days_ago), now() - make_interval(days => r.days_ago) + make_interval(hours => r.last - 1)
       FROM jsonb_to_recordset($1::jsonb)
         AS r(id uuid, iep_id uuid, part_id uuid, quote text, created_by uuid, assignee uuid, resolved_by uuid, days_ago int, last int)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(threads)],
  );
  const comments = THREADS.flatMap((t) =>
    t.comments.map((c, index) => ({ id: c.id, thread_id: t.id, iep_id: t.iepId, author: c.author, body: c.body, days_ago: t.daysAgo, hours: index })),
  );
  await m.query(
    `INSERT INTO iep_comments (id, thread_id, iep_id, author_id, body, created_at)
     SELECT r.id, r.thread_id, r.iep_id, r.author, r.body, now() - make_interval(days => r.days_ago) + make_interval(hours => r.hours)
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, thread_id uuid, iep_id uuid, author uuid, body text, days_ago int, hours int)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(comments)],
  );
  const mentions = THREADS.flatMap((t) => t.comments.flatMap((c) => (c.mentions ?? []).map((userId) => ({ comment_id: c.id, user_id: userId }))));
  await m.query(
    `INSERT INTO iep_comment_mentions (comment_id, user_id)
     SELECT r.comment_id, r.user_id FROM jsonb_to_recordset($1::jsonb) AS r(comment_id uuid, user_id uuid)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(mentions)],
  );
  const asked = DEMO_COMMENT_THREADS.articulationBaseline.id;
  await m.query(
    `INSERT INTO notifications (id, user_id, kind, title, body, link, data, created_at)
     VALUES ($1, $2, 'IEP_COMMENT_MENTION', $3, $4, $5, $6::jsonb, now() - interval '3 days')
     ON CONFLICT (id) DO NOTHING`,
    [
      fixed('0005', MAYA_DRAFT, 1), U.slp.id, `${U.caseManager.displayName} mentioned you in a comment`,
      `On Maya's IEP (an annual goal): “${THREADS[1].comments[0].body}”`, `/ieps/${MAYA_DRAFT}?thread=${asked}`,
      JSON.stringify({ iepId: MAYA_DRAFT, threadId: asked, commentId: comment(MAYA_DRAFT, 3) }),
    ],
  );
}
