import { ConfigError, loadConfig } from './config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/iep' };

describe('configuration', () => {
  it('fills in the defaults of the embedded setup', () => {
    const config = loadConfig(base);
    expect(config).toEqual(
      expect.objectContaining({ PORT: 3000, API_PROCESSES: 1, REDIS_URL: 'redis://127.0.0.1:6379', PUBLIC_URL: 'http://localhost:3000', COOKIE_SECURE: false }),
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
});
