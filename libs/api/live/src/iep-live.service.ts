import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, LOGGER, closeRedis, createRedis, type AppConfig } from '@iep/api/core';
import type { IepLiveEvent } from './iep-live-event';

/**
 * Fans IEP events out through Redis pub/sub, so that a viewer connected to any API process hears a save
 * made on another. Publishing happens after the change is committed and never fails the request: a missed
 * live message costs a refetch, not data.
 */
@Injectable()
export class IepLiveService implements OnApplicationShutdown {
  readonly pubSub: RedisPubSub;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.publisher = createRedis(config.REDIS_URL, { connectionName: 'iep-live-pub', enableOfflineQueue: false });
    this.subscriber = createRedis(config.REDIS_URL, { connectionName: 'iep-live-sub' });
    this.pubSub = new RedisPubSub({ publisher: this.publisher, subscriber: this.subscriber });
  }

  /** The channel of one IEP; the queue prefix keeps installations that share a Redis apart. */
  channel(iepId: string): string {
    return `${this.config.QUEUE_PREFIX}:iep-live:${iepId}`;
  }

  async publish(event: IepLiveEvent): Promise<void> {
    try {
      await this.pubSub.publish(this.channel(event.iepId), event);
    } catch (err) {
      this.logger.warn({ err, iepId: event.iepId, kind: event.kind }, 'Live IEP event not published');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([closeRedis(this.publisher), closeRedis(this.subscriber)]);
  }

}
