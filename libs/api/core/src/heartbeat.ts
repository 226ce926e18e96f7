import type { Redis } from 'ioredis';

/** How often a worker says it is alive. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** Entries of workers gone for this long are dropped from the hash. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * One hash per installation, one field per worker process (host and pid), the value the time of its
 * last beat. Under the queue prefix, so a `{hash tag}` keeps it in the queues' cluster slot.
 */
export function heartbeatKey(queuePrefix: string): string {
  return `${queuePrefix}:worker-heartbeats`;
}

export async function recordHeartbeat(redis: Pick<Redis, 'hset'>, queuePrefix: string, workerId: string, at = Date.now()): Promise<void> {
  await redis.hset(heartbeatKey(queuePrefix), workerId, String(at));
}

/** The age in ms of the newest beat of any worker, or null when no worker ever beat; forgets long-gone ones. */
export async function newestHeartbeatAge(redis: Pick<Redis, 'hgetall' | 'hdel'>, queuePrefix: string, now = Date.now()): Promise<number | null> {
  const beats = await redis.hgetall(heartbeatKey(queuePrefix));
  let newest: number | null = null;
  const forgotten: string[] = [];
  for (const [worker, value] of Object.entries(beats)) {
    const at = Number(value);
    if (now - at > FORGET_AFTER_MS) forgotten.push(worker);
    else if (newest === null || at > newest) newest = at;
  }
  if (forgotten.length) await redis.hdel(heartbeatKey(queuePrefix), ...forgotten);
  return newest === null ? null : Math.max(0, now - newest);
}
