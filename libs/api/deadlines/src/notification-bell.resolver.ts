import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { APP_CONFIG, badInput, errorLanguage, isUuid, notFound, requestMeta, type AppConfig, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { GuardedStream, NotificationSignalService, liveSessionEnded, sessionIsLive } from '@iep/api/live';
import { NotificationEventModel } from './models/notification-event.model';
import { NotificationModel } from './models/notification.model';

const MAX_PAGE = 100;
const MAX_MARK = 500;
/** How often a quiet bell stream checks that its session still holds (every event is checked too). */
const SESSION_RECHECK_MS = 30_000;

/**
 * The bell: a person's own in-app notifications. Every statement is keyed by the caller's id, so no
 * one reaches another's notifications; reads are not audited because they are the person's own
 * messages, and opening the record a notification leads to is audited there.
 */
@Resolver(() => NotificationModel)
export class NotificationBellResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly signals: NotificationSignalService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Tells the caller, within moments of the commit, that their bell has something new, so it refetches
   * instead of waiting for its poll. Keyed by the caller's own id, so no one hears of another's
   * notifications; the stream ends when the session does (UNAUTHENTICATED).
   */
  @Subscription(() => NotificationEventModel, {
    description: "An event each time the caller receives a notification; refetch the bell on each. Over graphql-ws at /graphql.",
    resolve: (event: NotificationEventModel): NotificationEventModel => event,
  })
  @RequirePermission(Permission.Authenticated)
  async myNotificationEvents(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<NotificationEventModel>> {
    return new GuardedStream<NotificationEventModel>({
      listen: (push) => this.signals.listen(user.id, (at) => push({ at })),
      refusal: async () =>
        (await sessionIsLive(this.dataSource, user.sessionId, this.config.SESSION_IDLE_MINUTES)) ? null : liveSessionEnded(),
      recheckMs: SESSION_RECHECK_MS,
    }).start();
  }

  @Query(() => [NotificationModel], {
    description: "The caller's notifications, newest first, in the language the caller reads now (Accept-Language) where the notification was written in it.",
  })
  @RequirePermission(Permission.Authenticated)
  async notifications(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Context() { req }: GraphQLContext,
  ): Promise<NotificationModel[]> {
    const language = errorLanguage(req.headers['accept-language']);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput({ en: `Ask for between 1 and ${MAX_PAGE} notifications.`, es: `Pida entre 1 y ${MAX_PAGE} notificaciones.` }, { field: 'first' });
    return this.dataSource.query(
      `SELECT id, kind, coalesce(translations->$4->>'title', title) AS title, coalesce(translations->$4->>'body', body) AS body,
              link, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE user_id = $1 AND (NOT $2::boolean OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      [user.id, unreadOnly, first, language],
    );
  }

  @Query(() => Int, { description: "How many of the caller's notifications are unread." })
  @RequirePermission(Permission.Authenticated)
  async unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.unreadCount(user.id);
  }

  @Mutation(() => Int, {
    description:
      "Marks the caller's notifications as read and answers how many remain unread. Any id that is not the caller's refuses the whole request.",
  })
  @RequirePermission(Permission.Authenticated)
  async markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<number> {
    const wanted = [...new Set(ids)];
    if (wanted.length > MAX_MARK) {
      throw badInput(
        { en: `Mark at most ${MAX_MARK} notifications at once.`, es: `Marque como máximo ${MAX_MARK} notificaciones a la vez.` },
        { field: 'ids' },
      );
    }
    if (!wanted.every(isUuid)) throw notFound('That notification');
    if (wanted.length) {
      // One statement: the ids are checked to be the caller's and marked only if every one is.
      const [{ owned }]: Array<{ owned: number }> = await this.dataSource.query(
        `WITH owned AS (SELECT id FROM notifications WHERE id = ANY($1::uuid[]) AND user_id = $2),
              marked AS (
                UPDATE notifications n SET read_at = now() FROM owned
                 WHERE n.id = owned.id AND n.read_at IS NULL AND (SELECT count(*) FROM owned) = $3
                RETURNING n.id)
         SELECT (SELECT count(*) FROM owned)::int AS owned, (SELECT count(*) FROM marked)::int AS marked`,
        [wanted, user.id, wanted.length],
      );
      if (owned !== wanted.length) {
        const meta = requestMeta(req);
        await this.audit.recordDenial(user, meta, 'markNotificationsRead', 'NOT_OWN_NOTIFICATION');
        throw notFound('That notification');
      }
    }
    return this.unreadCount(user.id);
  }

  private async unreadCount(userId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }
}
