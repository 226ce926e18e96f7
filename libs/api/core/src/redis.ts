import { Redis, type RedisOptions } from 'ioredis';

/** REDIS_URL as ioredis options, for libraries (BullMQ) that open and close their own connections. */
export function redisOptions(url: string, options: RedisOptions = {}): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ needs this on its connections; on ours it turns a Redis outage into a delay, not a crash.
    maxRetriesPerRequest: null,
    ...options,
  };
}

export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(redisOptions(url, options));
}

export const REDIS = Symbol('REDIS');

/**
 * Closes a connection at shutdown. QUIT waits for a reply, and a client still reconnecting to a Redis
 * that went away would keep retrying (and the process alive), so such a client is dropped instead.
 */
export async function closeRedis(client: Pick<Redis, 'status' | 'quit' | 'disconnect'>): Promise<void> {
  if (client.status !== 'ready') return client.disconnect();
  await client.quit().catch(() => client.disconnect());
}

/**
 * BullMQ keeps jobs, locks and schedules in Redis: a Redis that evicts keys under memory pressure loses
 * them silently. Answers what to tell the operator, or null when the policy is right or cannot be read
 * (managed services may disable CONFIG; their documentation says how to set the policy).
 */
export async function evictionProblem(client: Pick<Redis, 'config'>): Promise<string | null> {
  let policy: string | undefined;
  try {
    const answer = (await client.config('GET', 'maxmemory-policy')) as string[];
    policy = answer[1];
  } catch {
    return null;
  }
  if (!policy || policy === 'noeviction') return null;
  return (
    `Redis maxmemory-policy is "${policy}": under memory pressure Redis will delete queued jobs, their locks and the job schedules. ` +
    `Set it to noeviction: redis-cli CONFIG SET maxmemory-policy noeviction (and "maxmemory-policy noeviction" in redis.conf, ` +
    `or the parameter group of a managed Redis). REDIS_EVICTION_CHECK=refuse makes this stop the process.`
  );
}
