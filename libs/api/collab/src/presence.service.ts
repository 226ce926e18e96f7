import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, LOGGER, REDIS, type AppConfig } from '@iep/api/core';
import { IepLiveService } from '@iep/api/live';

/** Clients report every ~20 s; a viewer who missed two reports in a row has left. */
export const PRESENCE_TTL_MS = 45_000;
const PRESENCE_REDIS_TIMEOUT_MS = 2_000;

export interface Presence {
  userId: string;
  partId: string | null;
  editing: boolean;
  /** ISO instant since when the person has been on this part in this way. */
  since: string;
}

/**
 * Who has an IEP open, in Redis so that every API process sees the same viewers: per IEP a sorted set
 * of people scored by when their presence lapses, and a hash of where each of them is. Both keys expire
 * with the last viewer. Only changes are announced, not heartbeats.
 */
@Injectable()
export class PresenceService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly live: IepLiveService,
  ) {}

  /** Presence is a courtesy: when Redis is slow or away, the IEP still opens and saves, just without it. */
  report(iepId: string, userId: string, place: { partId: string | null; editing: boolean }): Promise<void> {
    return this.bestEffort('report', iepId, () => this.write(iepId, userId, place), undefined);
  }

  leave(iepId: string, userId: string): Promise<void> {
    return this.bestEffort('leave', iepId, () => this.remove(iepId, userId), undefined);
  }

  viewers(iepIds: readonly string[]): Promise<Map<string, Presence[]>> {
    return this.bestEffort('read', iepIds[0] ?? null, () => this.read(iepIds), new Map());
  }

  private async write(iepId: string, userId: string, place: { partId: string | null; editing: boolean }): Promise<void> {
    const now = Date.now();
    const { lapses, places } = this.keys(iepId);
    const [previous, lapsesAt, lapsedIds] = await Promise.all([
      this.redis.hget(places, userId),
      this.redis.zscore(lapses, userId),
      this.redis.zrangebyscore(lapses, '-inf', now),
    ]);
    const before = previous && lapsesAt != null && Number(lapsesAt) > now ? (JSON.parse(previous) as Presence) : null;
    const moved = !before || before.partId !== place.partId || before.editing !== place.editing;
    const presence: Presence = { userId, ...place, since: before && !moved ? before.since : new Date(now).toISOString() };
    const othersLapsed = lapsedIds.filter((id) => id !== userId);
    const write = this.redis.multi();
    if (othersLapsed.length > 0) write.zrem(lapses, ...othersLapsed).hdel(places, ...othersLapsed);
    await write
      .zadd(lapses, now + PRESENCE_TTL_MS, userId)
      .hset(places, userId, JSON.stringify(presence))
      .pexpire(lapses, PRESENCE_TTL_MS)
      .pexpire(places, PRESENCE_TTL_MS)
      .exec();
    // Someone whose tab closed without leaving drops out here, told to everyone by the next heartbeat.
    if (moved || othersLapsed.length > 0) await this.announce(iepId, userId, place.partId);
  }

  private async remove(iepId: string, userId: string): Promise<void> {
    const { lapses, places } = this.keys(iepId);
    const [[, removed]] = (await this.redis.multi().zrem(lapses, userId).hdel(places, userId).exec()) ?? [[null, 0]];
    if (Number(removed) > 0) await this.announce(iepId, userId, null);
  }

  /** The people viewing each IEP now, longest-present first; lapsed entries are left for the next report to prune. */
  private async read(iepIds: readonly string[]): Promise<Map<string, Presence[]>> {
    const now = Date.now();
    const result = new Map<string, Presence[]>();
    if (iepIds.length === 0) return result;
    const pipeline = this.redis.pipeline();
    for (const iepId of iepIds) {
      const { lapses, places } = this.keys(iepId);
      pipeline.zrangebyscore(lapses, now, '+inf');
      pipeline.hgetall(places);
    }
    const replies = (await pipeline.exec()) ?? [];
    iepIds.forEach((iepId, index) => {
      const present = (replies[index * 2]?.[1] as string[] | undefined) ?? [];
      const places = (replies[index * 2 + 1]?.[1] as Record<string, string> | undefined) ?? {};
      const viewers = present
        .map((userId) => places[userId])
        .filter((raw): raw is string => raw != null)
        .map((raw) => JSON.parse(raw) as Presence)
        .sort((a, b) => a.since.localeCompare(b.since) || a.userId.localeCompare(b.userId));
      result.set(iepId, viewers);
    });
    return result;
  }

  private async bestEffort<T>(action: string, iepId: string | null, work: () => Promise<T>, fallback: T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('Redis did not answer in time')), PRESENCE_REDIS_TIMEOUT_MS);
        }),
      ]);
    } catch (err) {
      this.logger.warn({ err, iepId, action }, 'IEP presence unavailable');
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  private async announce(iepId: string, userId: string, partId: string | null): Promise<void> {
    await this.live.publish({ iepId, kind: 'PRESENCE_CHANGED', subjectId: partId, actorId: userId, at: new Date().toISOString() });
  }

  private keys(iepId: string): { lapses: string; places: string } {
    const base = `${this.config.QUEUE_PREFIX}:iep-presence:${iepId}`;
    return { lapses: `${base}:lapses`, places: `${base}:places` };
  }
}
