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
