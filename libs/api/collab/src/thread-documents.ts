import type { EntityManager } from 'typeorm';
import { prepared } from '@iep/api/core';
import type { IepCommentModel, IepCommentThreadModel } from './models/iep-comment-thread.model';

const PERSON = (alias: string) => `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name)`;

/** One comment as served: its author and mentions (by name) included, so GraphQL reads plain properties. */
const commentJson = (mentions: string) => `json_build_object(
  'id', c.id, 'threadId', c.thread_id, 'iepId', c.iep_id, 'authorId', c.author_id, 'body', c.body, 'createdAt', c.created_at,
  'author', ${PERSON('author')},
  'mentions', ${mentions})`;

/** The mentions of one comment `c`, by name: for a single comment (see threadsSql for many). */
const MENTIONS_OF_C = `coalesce((SELECT json_agg(${PERSON('mu')} ORDER BY mu.display_name, mu.id)
                          FROM iep_comment_mentions m JOIN users mu ON mu.id = m.user_id WHERE m.comment_id = c.id), '[]'::json)`;

/**
 * Threads with their people and every comment (author and mentions included), in one statement: a
 * document with hundreds of comments is one query and no field resolver per comment. `where` filters
 * the threads (alias t). The comments and their mentions are each read once for all the threads, as
 * sets: as sub-selects per thread and per comment, PostgreSQL read a small comments table once per
 * thread and the mentions once per comment, which took twice as long for a busy panel.
 */
const threadsSql = (where: string) =>
  prepared(`WITH th AS (SELECT t.* FROM iep_comment_threads t WHERE ${where}),
       cm AS (SELECT c.id, c.thread_id, c.iep_id, c.author_id, c.body, c.created_at FROM iep_comments c
               WHERE c.thread_id IN (SELECT id FROM th)),
       mn AS (SELECT m.comment_id, json_agg(${PERSON('mu')} ORDER BY mu.display_name, mu.id) AS list
                FROM iep_comment_mentions m JOIN users mu ON mu.id = m.user_id
               WHERE m.comment_id IN (SELECT id FROM cm) GROUP BY m.comment_id),
       cs AS (SELECT c.thread_id, json_agg(${commentJson(`coalesce(mn.list, '[]'::json)`)} ORDER BY c.created_at, c.id) AS list
                FROM cm c JOIN users author ON author.id = c.author_id LEFT JOIN mn ON mn.comment_id = c.id
               GROUP BY c.thread_id)
       SELECT t.id, t.iep_id AS "iepId", t.part_id AS "partId", t.quote, t.created_by_id AS "createdById",
              t.assignee_id AS "assigneeId", t.resolved_at AS "resolvedAt", t.resolved_by_id AS "resolvedById",
              t.created_at AS "createdAt", t.updated_at AS "updatedAt",
              ${PERSON('creator')} AS "createdBy",
              CASE WHEN assignee.id IS NULL THEN NULL ELSE ${PERSON('assignee')} END AS "assignee",
              CASE WHEN resolver.id IS NULL THEN NULL ELSE ${PERSON('resolver')} END AS "resolvedBy",
              coalesce(cs.list, '[]'::json) AS "comments"
         FROM th t
         JOIN users creator ON creator.id = t.created_by_id
         LEFT JOIN users assignee ON assignee.id = t.assignee_id
         LEFT JOIN users resolver ON resolver.id = t.resolved_by_id
         LEFT JOIN cs ON cs.thread_id = t.id
        ORDER BY t.created_at, t.id`);

/** The filters the app reads threads by, each a named statement (the comments panel sends one on every open). */
const THREADS_OF_IEPS_SQL = threadsSql('t.iep_id = ANY($1::uuid[])');
const THREADS_OF_PARTS_SQL = threadsSql('t.iep_id = ANY($1::uuid[]) AND t.part_id = ANY($2::uuid[])');
const THREAD_BY_ID_SQL = threadsSql('t.id = $1::uuid');

/** Runs one of the statements above. */
async function loadThreads(db: EntityManager, sql: string, params: unknown[]): Promise<IepCommentThreadModel[]> {
  const rows: Array<Omit<IepCommentThreadModel, 'comments'> & { comments: Array<Omit<IepCommentModel, 'createdAt'> & { createdAt: string }> }> =
    await db.query(sql, params);
  // JSON carries timestamps as text; the DateTime scalar serializes Date objects.
  return rows.map((row) => ({ ...row, comments: row.comments.map((comment) => ({ ...comment, createdAt: new Date(comment.createdAt) })) }));
}

/** Every thread of the given IEPs, oldest first. */
export function threadsOfIeps(db: EntityManager, iepIds: readonly string[]): Promise<IepCommentThreadModel[]> {
  return iepIds.length ? loadThreads(db, THREADS_OF_IEPS_SQL, [iepIds]) : Promise.resolve([]);
}

/**
 * Every thread on the given parts of the given IEPs, oldest first: what a part's comments panel shows.
 * Filtered by IEP first (its index), so a part of another IEP never matches.
 */
export function threadsOfParts(db: EntityManager, keys: ReadonlyArray<{ iepId: string; partId: string }>): Promise<IepCommentThreadModel[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return loadThreads(db, THREADS_OF_PARTS_SQL, [
    [...new Set(keys.map((key) => key.iepId))],
    [...new Set(keys.map((key) => key.partId))],
  ]);
}

/** One thread as a mutation answers with it (read inside the mutation's transaction). */
export async function threadById(db: EntityManager, threadId: string): Promise<IepCommentThreadModel> {
  const [thread] = await loadThreads(db, THREAD_BY_ID_SQL, [threadId]);
  return thread;
}

/** One comment as a mutation answers with it. */
export async function commentById(db: EntityManager, commentId: string): Promise<IepCommentModel> {
  const [row]: Array<{ comment: Omit<IepCommentModel, 'createdAt'> & { createdAt: string } }> = await db.query(
    `SELECT ${commentJson(MENTIONS_OF_C)} AS comment FROM iep_comments c JOIN users author ON author.id = c.author_id WHERE c.id = $1`,
    [commentId],
  );
  return { ...row.comment, createdAt: new Date(row.comment.createdAt) };
}
