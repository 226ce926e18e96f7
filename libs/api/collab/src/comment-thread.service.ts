import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { APP_CONFIG, badInput, conflict, isUuid, type AppConfig, type AuthUser, type RequestMeta } from '@iep/api/core';
import { IepLiveService, type IepLiveEventKind } from '@iep/api/live';
import { NotificationService, OutboxService, type NewNotification, type OutgoingEmail } from '@iep/api/notifications';
import { commentBodyProblem, quoteTooLong, type IepPartKind } from '@iep/domain/iep-content';
import { CollabAccessService, THREAD_COLUMNS, type CollabIep, type ThreadRow } from './collab-access.service';
import {
  ASSIGNMENT_NOTIFICATION, MENTION_NOTIFICATION, assignmentNotice, excerpt, mentionNotice, noticeLocale, type CommentNotice,
  type CommentNoticeFacts,
} from './comment-notices';
import {
  COMMENT_BODY_MAX, QUOTE_MAX, type AssignIepCommentThreadInput, type ReplyToIepCommentThreadInput, type StartIepCommentThreadInput,
} from './dto/comment-thread.input';
import { mentionablePeople, type MentionablePerson } from './mentionable-people';
import type { IepCommentModel, IepCommentThreadModel } from './models/iep-comment-thread.model';
import { commentById, threadById } from './thread-documents';

/** What a committed change tells the people viewing the IEP, and the e-mail it leaves in the outbox. */
interface Outcome<T> {
  result: T;
  emailIds: string[];
  live: IepLiveEventKind;
  threadId: string;
}

/**
 * Comment threads on IEP parts. Every change is one transaction with its audit entry, notifications and
 * e-mail; after it commits, the e-mail is queued and everyone viewing the IEP hears about it.
 */
@Injectable()
export class CommentThreadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CollabAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    private readonly live: IepLiveService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(user: AuthUser, input: StartIepCommentThreadInput, meta: RequestMeta): Promise<IepCommentThreadModel> {
    const iep = await this.access.visibleIepOrDeny(user, input.iepId, meta, 'startIepCommentThread');
    this.access.assertOpenForComments(iep);
    const body = commentBody(input.body);
    const quote = quoteText(input.quote);
    return this.commit(iep, user, async (manager) => {
      const part = await this.partOf(manager, iep.id, input.partId);
      const people = await this.people(manager, iep.id);
      const mentioned = pickPeople(people, input.mentionIds ?? [], 'mentionIds');
      const [assignee] = input.assigneeId ? pickPeople(people, [input.assigneeId], 'assigneeId') : [];
      const [thread]: ThreadRow[] = await manager.query(
        `INSERT INTO iep_comment_threads AS t (iep_id, part_id, quote, created_by_id, assignee_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${THREAD_COLUMNS}`,
        [iep.id, part.id, quote, user.id, assignee?.id ?? null],
      );
      const comment = await this.insertComment(manager, thread.id, iep.id, user.id, body, mentioned);
      await this.audit.record(
        {
          event: AuditEvent.IepCommentThreadStarted, actorId: user.id, actorRole: user.role, studentId: iep.studentId, iepId: iep.id,
          ip: meta.ip, userAgent: meta.userAgent,
          data: { threadId: thread.id, partId: part.id, commentId: comment.id, mentionedIds: mentioned.map((p) => p.id), assigneeId: assignee?.id ?? null },
        },
        manager,
      );
      const facts = this.facts(user, iep, part.kind, body, thread.id);
      const emailIds = await this.tell(manager, user, [
        ...(assignee ? [{ person: assignee, kind: ASSIGNMENT_NOTIFICATION, notice: assignmentNotice, key: `iep-thread-assigned:${thread.id}:${randomUUID()}` }] : []),
        ...mentioned
          .filter((person) => person.id !== assignee?.id)
          .map((person) => ({ person, kind: MENTION_NOTIFICATION, notice: mentionNotice, key: `iep-comment-mention:${comment.id}:${person.id}` })),
      ], facts, { threadId: thread.id, commentId: comment.id });
      return { result: await threadById(manager, thread.id), emailIds, live: 'COMMENT_ADDED', threadId: thread.id };
    });
  }

  async reply(user: AuthUser, input: ReplyToIepCommentThreadInput, meta: RequestMeta): Promise<IepCommentModel> {
    const { thread, iep } = await this.access.visibleThreadOrDeny(user, input.threadId, meta, 'replyToIepCommentThread');
    this.access.assertOpenForComments(iep);
    const body = commentBody(input.body);
    return this.commit(iep, user, async (manager) => {
      const people = await this.people(manager, iep.id);
      const mentioned = pickPeople(people, input.mentionIds ?? [], 'mentionIds');
      const comment = await this.insertComment(manager, thread.id, iep.id, user.id, body, mentioned);
      await manager.query(`UPDATE iep_comment_threads SET updated_at = now() WHERE id = $1`, [thread.id]);
      await this.audit.record(
        {
          event: AuditEvent.IepCommentAdded, actorId: user.id, actorRole: user.role, studentId: iep.studentId, iepId: iep.id,
          ip: meta.ip, userAgent: meta.userAgent,
          data: { threadId: thread.id, commentId: comment.id, mentionedIds: mentioned.map((p) => p.id) },
        },
        manager,
      );
      const facts = this.facts(user, iep, await this.partKind(manager, thread.partId), body, thread.id);
      const emailIds = await this.tell(
        manager,
        user,
        mentioned.map((person) => ({ person, kind: MENTION_NOTIFICATION, notice: mentionNotice, key: `iep-comment-mention:${comment.id}:${person.id}` })),
        facts,
        { threadId: thread.id, commentId: comment.id },
      );
      return { result: await commentById(manager, comment.id), emailIds, live: 'COMMENT_ADDED', threadId: thread.id };
    });
  }

  async assign(user: AuthUser, input: AssignIepCommentThreadInput, meta: RequestMeta): Promise<IepCommentThreadModel> {
    const { thread, iep } = await this.access.visibleThreadOrDeny(user, input.threadId, meta, 'assignIepCommentThread');
    await this.access.mayManageThreadOrDeny(user, iep, thread, meta, 'assignIepCommentThread');
    this.access.assertOpenForComments(iep);
    return this.commit(iep, user, async (manager) => {
      const [assignee] = input.assigneeId ? pickPeople(await this.people(manager, iep.id), [input.assigneeId], 'assigneeId') : [];
      // Locked, so that of two people assigning at once each audit entry names the assignee it replaced.
      const [previous]: Array<{ assigneeId: string | null }> = await manager.query(
        `SELECT assignee_id AS "assigneeId" FROM iep_comment_threads WHERE id = $1 FOR UPDATE`,
        [thread.id],
      );
      await manager.query(`UPDATE iep_comment_threads SET assignee_id = $2, updated_at = now() WHERE id = $1`, [thread.id, assignee?.id ?? null]);
      await this.audit.record(
        {
          event: AuditEvent.IepCommentThreadAssigned, actorId: user.id, actorRole: user.role, studentId: iep.studentId, iepId: iep.id,
          ip: meta.ip, userAgent: meta.userAgent,
          data: { threadId: thread.id, assigneeId: assignee?.id ?? null, previousAssigneeId: previous.assigneeId },
        },
        manager,
      );
      let emailIds: string[] = [];
      if (assignee && assignee.id !== previous.assigneeId) {
        const [first]: Array<{ body: string }> = await manager.query(
          `SELECT body FROM iep_comments WHERE thread_id = $1 ORDER BY created_at, id LIMIT 1`,
          [thread.id],
        );
        const facts = this.facts(user, iep, await this.partKind(manager, thread.partId), first?.body ?? '', thread.id);
        emailIds = await this.tell(
          manager,
          user,
          [{ person: assignee, kind: ASSIGNMENT_NOTIFICATION, notice: assignmentNotice, key: `iep-thread-assigned:${thread.id}:${randomUUID()}` }],
          facts,
          { threadId: thread.id },
        );
      }
      return { result: await threadById(manager, thread.id), emailIds, live: 'THREAD_UPDATED', threadId: thread.id };
    });
  }

  async resolve(user: AuthUser, threadId: string, meta: RequestMeta): Promise<IepCommentThreadModel> {
    return this.setResolved(user, threadId, true, meta);
  }

  async reopen(user: AuthUser, threadId: string, meta: RequestMeta): Promise<IepCommentThreadModel> {
    return this.setResolved(user, threadId, false, meta);
  }

  private async setResolved(user: AuthUser, threadId: string, resolved: boolean, meta: RequestMeta): Promise<IepCommentThreadModel> {
    const operation = resolved ? 'resolveIepCommentThread' : 'reopenIepCommentThread';
    const { thread, iep } = await this.access.visibleThreadOrDeny(user, threadId, meta, operation);
    await this.access.mayManageThreadOrDeny(user, iep, thread, meta, operation);
    this.access.assertOpenForComments(iep);
    return this.commit(iep, user, async (manager) => {
      const [, changed]: [unknown, number] = await manager.query(
        resolved
          ? `UPDATE iep_comment_threads SET resolved_at = now(), resolved_by_id = $2, updated_at = now() WHERE id = $1 AND resolved_at IS NULL`
          : `UPDATE iep_comment_threads SET resolved_at = NULL, resolved_by_id = NULL, updated_at = now() WHERE id = $1 AND resolved_at IS NOT NULL`,
        resolved ? [thread.id, user.id] : [thread.id],
      );
      if (changed === 0) {
        throw conflict(resolved
          ? { en: 'This thread is already resolved.', es: 'Esta conversación ya está resuelta.' }
          : { en: 'This thread is already open.', es: 'Esta conversación ya está abierta.' });
      }
      await this.audit.record(
        {
          event: resolved ? AuditEvent.IepCommentThreadResolved : AuditEvent.IepCommentThreadReopened,
          actorId: user.id, actorRole: user.role, studentId: iep.studentId, iepId: iep.id, ip: meta.ip, userAgent: meta.userAgent,
          data: { threadId: thread.id },
        },
        manager,
      );
      return { result: await threadById(manager, thread.id), emailIds: [], live: 'THREAD_UPDATED', threadId: thread.id };
    });
  }

  /** Runs the change in one transaction; after commit queues its e-mail and tells the IEP's viewers. */
  private async commit<T>(iep: CollabIep, user: AuthUser, change: (manager: EntityManager) => Promise<Outcome<T>>): Promise<T> {
    const outcome = await this.dataSource.transaction(change);
    await this.outbox.dispatch(outcome.emailIds);
    await this.live.publish({ iepId: iep.id, kind: outcome.live, subjectId: outcome.threadId, actorId: user.id, at: new Date().toISOString() });
    return outcome.result;
  }

  private async partOf(manager: EntityManager, iepId: string, partId: string): Promise<{ id: string; kind: IepPartKind }> {
    const [part]: Array<{ id: string; kind: IepPartKind }> = isUuid(partId)
      ? await manager.query(`SELECT id, kind FROM iep_parts WHERE id = $1 AND iep_id = $2 AND removed_at IS NULL`, [partId, iepId])
      : [];
    if (!part) throw badInput({ en: 'Choose a section, goal or service of this IEP to comment on.', es: 'Elija la sección, la meta o el servicio de este IEP que quiere comentar.' }, { field: 'partId' });
    return part;
  }

  private async partKind(manager: EntityManager, partId: string | null): Promise<IepPartKind | null> {
    if (!partId) return null;
    const [part]: Array<{ kind: IepPartKind }> = await manager.query(`SELECT kind FROM iep_parts WHERE id = $1`, [partId]);
    return part?.kind ?? null;
  }

  private people(manager: EntityManager, iepId: string): Promise<MentionablePerson[]> {
    return mentionablePeople(manager, [iepId]);
  }

  private async insertComment(
    manager: EntityManager,
    threadId: string,
    iepId: string,
    authorId: string,
    body: string,
    mentioned: MentionablePerson[],
  ): Promise<{ id: string }> {
    const [comment]: Array<{ id: string }> = await manager.query(
      `INSERT INTO iep_comments (thread_id, iep_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [threadId, iepId, authorId, body],
    );
    if (mentioned.length > 0) {
      await manager.query(
        `INSERT INTO iep_comment_mentions (comment_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [comment.id, mentioned.map((person) => person.id)],
      );
    }
    return comment;
  }

  private facts(user: AuthUser, iep: CollabIep, partKind: IepPartKind | null, body: string, threadId: string): Omit<CommentNoticeFacts, 'link'> & { path: string } {
    return {
      actorName: user.displayName,
      studentFirstName: iep.studentFirstName,
      partKind,
      excerpt: excerpt(body),
      path: `/ieps/${iep.id}?thread=${threadId}`,
    };
  }

  /** In-app notices and e-mail for everyone but the actor, each in the recipient's language. */
  private async tell(
    manager: EntityManager,
    actor: AuthUser,
    recipients: Array<{ person: MentionablePerson; kind: string; notice: (facts: CommentNoticeFacts, locale: 'en' | 'es') => CommentNotice; key: string }>,
    facts: Omit<CommentNoticeFacts, 'link'> & { path: string },
    data: Record<string, string>,
  ): Promise<string[]> {
    const notices: NewNotification[] = [];
    const emails: OutgoingEmail[] = [];
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${facts.path}`;
    for (const { person, kind, notice, key } of recipients) {
      if (person.id === actor.id) continue;
      const words = notice({ ...facts, link }, noticeLocale(person.locale));
      notices.push({ userId: person.id, kind, title: words.title, body: words.body, link: facts.path, data: { iepId: person.iepId, ...data } });
      emails.push({ dedupeKey: key, to: person.email, subject: words.subject, text: words.text });
    }
    await this.notifications.notify(manager, notices);
    return this.outbox.write(manager, emails);
  }
}

/** The rule the comment forms apply too (libs/domain); these are the API's words for it. */
function commentBody(raw: string): string {
  const body = raw.trim();
  const problem = commentBodyProblem(body);
  if (problem === 'REQUIRED') throw badInput({ en: 'Write a comment before sending it.', es: 'Escriba un comentario antes de enviarlo.' }, { field: 'body' });
  if (problem === 'TOO_LONG') {
    throw badInput({
      en: `A comment can be at most ${COMMENT_BODY_MAX.toLocaleString('en-US')} characters; this one has ${body.length.toLocaleString('en-US')}.`,
      es: `Un comentario puede tener como máximo ${COMMENT_BODY_MAX.toLocaleString('es')} caracteres; este tiene ${body.length.toLocaleString('es')}.`,
    }, { field: 'body' });
  }
  return body;
}

function quoteText(raw: string | null | undefined): string | null {
  const quote = raw?.trim() ?? '';
  if (!quote) return null;
  if (quoteTooLong(quote)) {
    throw badInput({
      en: `A quoted passage can be at most ${QUOTE_MAX.toLocaleString('en-US')} characters. Quote a shorter part.`,
      es: `Un texto citado puede tener como máximo ${QUOTE_MAX.toLocaleString('es')} caracteres. Cite una parte más corta.`,
    }, { field: 'quote' });
  }
  return quote;
}

/**
 * The named people among those who may be mentioned; anyone else is refused with the same words whether
 * or not they exist, so the answer reveals nothing about who has an account.
 */
function pickPeople(people: MentionablePerson[], ids: readonly string[], field: 'mentionIds' | 'assigneeId'): MentionablePerson[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const picked = new Map<string, MentionablePerson>();
  for (const id of ids) {
    const person = byId.get(id);
    if (!person) {
      throw badInput(
        field === 'assigneeId'
          ? { en: 'A thread can only be assigned to someone who works on this IEP.', es: 'Una conversación solo se puede asignar a alguien que trabaja en este IEP.' }
          : { en: 'You can only mention people who work on this IEP.', es: 'Solo puede mencionar a personas que trabajan en este IEP.' },
        { field },
      );
    }
    picked.set(person.id, person);
  }
  return [...picked.values()];
}
