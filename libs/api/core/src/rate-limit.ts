import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from './config';
import { DomainError, ErrorCode, type ErrorMessage } from './errors';
import { LOGGER } from './logger';
import { closeRedis, createRedis } from './redis';

/**
 * Every limit the API keeps, in one table (the README lists them). Counters live in Redis, so they hold
 * across API processes and machines; each is a fixed window of `seconds`, and `blockSeconds` keeps
 * refusing for that long once `points` are spent.
 */
export const RATE_LIMITS = {
  /** Failed sign-ins to one account from one client address: that client, not the owner, is stopped. */
  signInAccountClient: { points: 10, seconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed sign-ins to one account from anywhere; a completed password reset lets its client past it. */
  signInAccount: { points: 50, seconds: 60 * 60, blockSeconds: 0 },
  /** Failed sign-ins from one client address to any account (higher: a school's NAT is one address). */
  signInClient: { points: 300, seconds: 60 * 60, blockSeconds: 0 },
  /** Password-reset requests from one client address. */
  passwordResetRequestClient: { points: 30, seconds: 60 * 60, blockSeconds: 0 },
  /** Invitations one person sends. */
  invitationUser: { points: 60, seconds: 60 * 60, blockSeconds: 0 },
  /** Comments (new threads and replies) one person writes. */
  commentUser: { points: 300, seconds: 60 * 60, blockSeconds: 0 },
  /** Proposed changes one person makes. */
  proposalUser: { points: 120, seconds: 60 * 60, blockSeconds: 0 },
} as const satisfies Record<string, { points: number; seconds: number; blockSeconds: number }>;

export type RateLimitName = keyof typeof RATE_LIMITS;

export interface RateLimitCount {
  /** Attempts counted in the window, this one included. */
  consumed: number;
  /** Seconds until the window (or block) ends. */
  retryAfterSeconds: number;
}

const TOO_MANY: ErrorMessage = {
  en: 'Too many attempts. Wait a little and try again.',
  es: 'Demasiados intentos. Espere un poco e inténtelo de nuevo.',
};

/** TOO_MANY_REQUESTS with the seconds a client should wait (`retryAfterSeconds`). */
export function tooManyRequests(retryAfterSeconds: number, message: ErrorMessage = TOO_MANY): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(
    ErrorCode.TooManyRequests,
    {
      en: `${message.en} You can try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      es: `${message.es} Puede volver a intentarlo en ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
    },
    { retryAfterSeconds: seconds },
  );
}

/** The key prefix of every counter of one installation (QUEUE_PREFIX keeps installations apart). */
export const rateLimitPrefix = (config: Pick<AppConfig, 'QUEUE_PREFIX'>) => `${config.QUEUE_PREFIX}:limit`;

/**
 * Counts attempts atomically in Redis (one INCR per attempt, so N parallel attempts count N). A Redis
 * outage must not take sign-in down with it: its own connection has no offline queue, so a call fails
 * at once instead of waiting for Redis, and the limit is then skipped with a warning (fail open).
 */
@Injectable()
export class RateLimitService implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly limiters: Record<RateLimitName, RateLimiterRedis>;
  private readonly prefix: string;
  private warnedAt = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.redis = createRedis(config.REDIS_URL, { connectionName: 'iep-limits', enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // An unhandled 'error' event would crash the process; the outage is reported per call instead.
    this.redis.on('error', () => undefined);
    const prefix = rateLimitPrefix(config);
    this.prefix = prefix;
    this.limiters = Object.fromEntries(
      Object.entries(RATE_LIMITS).map(([name, limit]) => [
        name,
        new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix: `${prefix}:${name}`,
          points: limit.points,
          duration: limit.seconds,
          blockDuration: limit.blockSeconds,
          rejectIfRedisNotReady: true,
        }),
      ]),
    ) as Record<RateLimitName, RateLimiterRedis>;
  }

  /** Counts one attempt; refuses with TOO_MANY_REQUESTS once the limit is spent. */
  async consume(name: RateLimitName, key: string, message?: ErrorMessage): Promise<RateLimitCount | null> {
    try {
      const result = await this.limiters[name].consume(key);
      return { consumed: result.consumedPoints, retryAfterSeconds: result.msBeforeNext / 1000 };
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        this.logger.warn({ limit: name }, 'Rate limit reached');
        throw tooManyRequests(error.msBeforeNext / 1000, message);
      }
      this.unavailable(name, error);
      return null;
    }
  }

  /** Counts one attempt without refusing: the count, or null when Redis is unavailable. */
  async count(name: RateLimitName, key: string): Promise<RateLimitCount | null> {
    try {
      const result = await this.limiters[name].penalty(key);
      return { consumed: result.consumedPoints, retryAfterSeconds: result.msBeforeNext / 1000 };
    } catch (error) {
      this.unavailable(name, error);
      return null;
    }
  }

  /** Gives an attempt back (a sign-in that turned out right). */
  async refund(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].reward(key, 1);
    } catch (error) {
      this.unavailable(name, error);
    }
  }

  /** Forgets every attempt counted for `key`. */
  async forget(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].delete(key);
    } catch (error) {
      this.unavailable(name, error);
    }
  }

  /** A marker with a lifetime under this installation's prefix (e.g. a client that proved it owns an account). */
  async mark(name: string, key: string, seconds: number): Promise<void> {
    if (this.redis.status !== 'ready') return this.unavailable(name, new Error(`Redis is ${this.redis.status}`));
    await this.redis.set(`${this.markPrefix(name)}${key}`, '1', 'EX', seconds).catch((error: unknown) => this.unavailable(name, error));
  }

  async isMarked(name: string, key: string): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    return (await this.redis.exists(`${this.markPrefix(name)}${key}`).catch(() => 0)) === 1;
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }

  private markPrefix(name: string) {
    return `${this.prefix}:mark:${name}:`;
  }

  private unavailable(name: string, error: unknown): void {
    // Once a minute is enough to page someone; every request would flood the log during an outage.
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    this.logger.warn({ limit: name, err: error instanceof Error ? error.message : String(error) }, 'Rate limits unavailable (Redis); not enforced until it is back');
  }
}
