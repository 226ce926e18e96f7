import { Writable } from 'node:stream';
import pino from 'pino';
import type { AppConfig } from '@iep/api/core';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

class LogCapture extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString().split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
    done();
  }
}

/**
 * The abuse limits live in Redis; sign-in must not wait for a Redis that is gone (ioredis would queue
 * the commands until it came back). The limits are then skipped, and an operator is told.
 */
describe('the API while Redis is down', () => {
  let api: TestApi;
  const logs = new LogCapture();

  beforeAll(async () => {
    api = await startTestApi((config: AppConfig) => createApiApp(config, pino({ level: 'warn' }, logs)), { REDIS_URL: 'redis://127.0.0.1:1/0' });
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(() => api.close());

  it('signs people in at once, with the limits skipped and a warning logged', async () => {
    const started = Date.now();
    const wrong = await new GraphQLTestClient(api.url).signIn(DEMO_USERS.teacher.email, 'not the password');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const right = await new GraphQLTestClient(api.url).signIn(DEMO_USERS.teacher.email, DEMO_PASSWORD);
    expect(right.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(logs.lines.some((line) => String(line['msg']).startsWith('Rate limits unavailable'))).toBe(true);
  });
});
