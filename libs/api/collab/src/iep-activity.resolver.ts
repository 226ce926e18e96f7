import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inject } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CurrentUser, Permission, RecordAccessService, RequirePermission } from '@iep/api/access';
import { APP_CONFIG, notFound, requestMeta, type AppConfig, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { GuardedStream, IepLiveService, liveSessionEnded, sessionIsLive, type IepLiveEvent } from '@iep/api/live';
import { CollabAccessService } from './collab-access.service';
import { IepActivityModel } from './models/iep-activity.model';

/**
 * How often a quiet stream checks that its subscriber is still signed in and still has access; every
 * event is checked before delivery, and removing a team member publishes one, so a removal ends the
 * removed member's stream at once and anything else within seconds.
 */
export const LIVE_RECHECK_MS = 10_000;

@Resolver(() => IepActivityModel)
export class IepActivityResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CollabAccessService,
    private readonly records: RecordAccessService,
    private readonly live: IepLiveService,
  ) {}

  /**
   * Signed in by the session cookie sent with the WebSocket upgrade, checked against the IEP like any query.
   * The stream then ends as soon as the session is signed out, revoked, idle or expired (UNAUTHENTICATED),
   * or the caller loses access to the IEP (NOT_FOUND): checked before each event and at least every minute.
   */
  @Subscription(() => IepActivityModel, {
    description:
      'What happens on an IEP while the caller has it open: saves, comments, suggestions and who is viewing. Over graphql-ws at /graphql.',
    resolve: (event: IepLiveEvent): IepActivityModel => ({ ...event, at: new Date(event.at) }),
  })
  @RequirePermission(Permission.ReadStudentRecords)
  async iepActivity(
    @Args('iepId', { type: () => ID }) iepId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<AsyncIterableIterator<IepLiveEvent>> {
    const iep = await this.access.visibleIepOrDeny(user, iepId, requestMeta(req), 'iepActivity');
    const channel = this.live.channel(iep.id);
    return new GuardedStream<IepLiveEvent>({
      listen: async (push) => {
        const id = await this.live.pubSub.subscribe(channel, (event: IepLiveEvent) => push(event));
        return () => this.live.pubSub.unsubscribe(id);
      },
      refusal: async () => {
        if (!(await sessionIsLive(this.dataSource, user.sessionId, this.config.SESSION_IDLE_MINUTES))) return liveSessionEnded();
        return (await this.records.visibleIepIds(user, [iep.id])).has(iep.id) ? null : notFound('That IEP');
      },
      recheckMs: LIVE_RECHECK_MS,
    }).start();
  }
}
