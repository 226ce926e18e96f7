import { Redis } from 'ioredis';
import { evictionProblem } from './redis';

describe('the Redis eviction check', () => {
  it('is satisfied by the development Redis (noeviction)', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
    await redis.connect();
    try {
      expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await evictionProblem(redis)).toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  // The development Redis is shared, so its policy is not changed here; these answers are what Redis
  // replies with another policy, and where CONFIG is disabled (managed services).
  it('names the policy and the fix when Redis may evict keys', async () => {
    const problem = await evictionProblem({ config: async () => ['maxmemory-policy', 'allkeys-lru'] } as never);
    expect(problem).toMatch(/maxmemory-policy is "allkeys-lru"/);
    expect(problem).toMatch(/CONFIG SET maxmemory-policy noeviction/);
  });

  it('stays quiet where CONFIG is not allowed', async () => {
    expect(await evictionProblem({ config: async () => { throw new Error('ERR unknown command'); } } as never)).toBeNull();
  });
});
