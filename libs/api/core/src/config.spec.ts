import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, configSchema, loadConfig } from './config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/iep' };

describe('configuration', () => {
  it('fills in the defaults of the embedded setup', () => {
    const config = loadConfig(base);
    expect(config).toEqual(
      expect.objectContaining({ PORT: 3000, API_PROCESSES: 1, REDIS_URL: 'redis://127.0.0.1:6379', PUBLIC_URL: 'http://localhost:3000', COOKIE_SECURE: false }),
    );
  });

  it('accepts a Redis Cluster hash tag as the queue prefix', () => {
    expect(loadConfig({ ...base, QUEUE_PREFIX: '{iep}' }).QUEUE_PREFIX).toBe('{iep}');
  });

  it('bounds database work by default', () => {
    expect(loadConfig(base)).toEqual(
      expect.objectContaining({ DB_POOL_SIZE: 10, DB_STATEMENT_TIMEOUT_MS: 15_000, DB_LOCK_TIMEOUT_MS: 5_000, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60_000 }),
    );
  });

  it('listens on loopback and believes no proxy unless told', () => {
    expect(loadConfig(base)).toEqual(expect.objectContaining({ HOST: '127.0.0.1', TRUST_PROXY: false }));
    expect(loadConfig({ ...base, HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['0', false],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7,loopback', ['10.0.0.0/8', '192.168.1.7', 'loopback']],
    ['fd00::/8', ['fd00::/8']],
  ])('reads TRUST_PROXY %j as a hop count or a list of addresses and CIDRs', (value, expected) => {
    expect(loadConfig({ ...base, TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each([
    [{}, 'Configuration error: DATABASE_URL is required.'],
    [{ ...base, PORT: 'abc' }, /^Configuration error: PORT /],
    [{ ...base, PORT: '70000' }, /^Configuration error: PORT /],
    [{ ...base, REDIS_URL: 'localhost:6379' }, 'Configuration error: REDIS_URL must start with redis:// or rediss://.'],
    [{ DATABASE_URL: 'mysql://x' }, 'Configuration error: DATABASE_URL must start with postgres:// or postgresql://.'],
    [{ ...base, API_PROCESSES: '0' }, /^Configuration error: API_PROCESSES /],
    [{ ...base, API_PROCESSES: 'two' }, /^Configuration error: API_PROCESSES /],
    [{ ...base, COOKIE_SECURE: 'yes' }, /^Configuration error: COOKIE_SECURE /],
    [{ ...base, DB_POOL_SIZE: '0' }, /^Configuration error: DB_POOL_SIZE /],
    [{ ...base, DB_STATEMENT_TIMEOUT_MS: 'soon' }, /^Configuration error: DB_STATEMENT_TIMEOUT_MS /],
    [{ ...base, DB_LOCK_TIMEOUT_MS: '20000', DB_STATEMENT_TIMEOUT_MS: '10000' }, /^Configuration error: DB_LOCK_TIMEOUT_MS /],
    [{ ...base, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5' }, /^Configuration error: DB_IDLE_IN_TRANSACTION_TIMEOUT_MS /],
    [{ ...base, MAIL_SEND_TIMEOUT_MS: '-1' }, /^Configuration error: MAIL_SEND_TIMEOUT_MS /],
    [{ ...base, QUEUE_PREFIX: '{iep' }, /^Configuration error: QUEUE_PREFIX /],
    [{ ...base, REDIS_EVICTION_CHECK: 'maybe' }, /^Configuration error: REDIS_EVICTION_CHECK /],
    [{ ...base, TRUST_PROXY: 'true' }, /^Configuration error: TRUST_PROXY must be a hop count/],
    [{ ...base, TRUST_PROXY: '10.0.0.0/33' }, /^Configuration error: TRUST_PROXY /],
    [{ ...base, TRUST_PROXY: 'proxy.example.org' }, /^Configuration error: TRUST_PROXY /],
  ])('names the wrong variable in one line: %j', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('.env.example names and explains every setting', () => {
    const example = readFileSync(fileURLToPath(new URL('../../../../.env.example', import.meta.url)), 'utf8');
    const listed = new Set([...example.matchAll(/^# ?([A-Z][A-Z0-9_]+)=|^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1] ?? m[2]));
    expect(Object.keys(configSchema.shape).filter((name) => !listed.has(name))).toEqual([]);
  });
});

describe('database and seal settings', () => {
  it('accepts a separate migration URL and a list of seal keys', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ ...base, DATABASE_MIGRATION_URL: 'postgres://owner@127.0.0.1:5432/iep', SEAL_KEYS: `k2:${key},k1:${key}` });
    expect(config.DATABASE_MIGRATION_URL).toBe('postgres://owner@127.0.0.1:5432/iep');
    expect(config.SEAL_KEYS).toBe(`k2:${key},k1:${key}`);
  });

  it.each([
    [{ ...base, DATABASE_MIGRATION_URL: 'mysql://x' }, 'Configuration error: DATABASE_MIGRATION_URL must start with postgres:// or postgresql://.'],
    [{ ...base, SEAL_KEYS: 'k1:c2hvcnQ=' }, 'Configuration error: SEAL_KEYS key k1 must be at least 32 random bytes, base64-encoded.'],
  ])('names a wrong value: %j', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
