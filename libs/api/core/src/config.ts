import { isIP } from 'node:net';
import { z } from 'zod';
import { parseSealKeys } from './seal';

/** Express's named ranges, a hop count, or addresses and CIDRs (what proxy-addr accepts). */
function isTrustProxy(value: string): boolean {
  if (/^\d{1,3}$/.test(value)) return true;
  return value.split(',').every((part) => {
    const entry = part.trim();
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length) return false;
    if (prefix === undefined) return true;
    const bits = Number(prefix);
    return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
  });
}

const redisUrl = z
  .string()
  .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://');
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /**
   * The interface the API listens on. Loopback by default, so that a development machine on a school
   * network serves nobody else; a container or a server behind a load balancer sets `0.0.0.0`.
   */
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Which proxies' X-Forwarded-For is believed: a hop count (`1` behind one load balancer), or a
   * comma-separated list of addresses or CIDRs (`10.0.0.0/8,loopback`). Unset believes none, so that a
   * client cannot choose the address that audit rows and per-client limits record.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .refine((value) => value === undefined || isTrustProxy(value), 'must be a hop count or a comma-separated list of addresses or CIDRs')
    .transform((value): number | string[] | false => {
      if (value === undefined || value === '' || value === '0') return false;
      if (/^\d+$/.test(value)) return Number(value);
      return value.split(',').map((part) => part.trim());
    }),
  /**
   * API processes sharing PORT (node:cluster). One Node process uses one core; the API keeps no state
   * between requests, so a machine with several cores serves more by running one per core.
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** The API and the worker connect with this: the least-privilege role `iep_app` (see README). */
  DATABASE_URL: postgresUrl,
  /** Migrations and seeding run as the schema owner; defaults to DATABASE_URL. */
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  /** Keys that seal signed IEPs, `id:base64,…`: the first seals, all verify. Required by the API. */
  SEAL_KEYS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseSealKeys(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Prefix of every BullMQ key, so that several installations (or test workers) can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    // A `{hash tag}` keeps every key of a queue in one Redis Cluster slot, which BullMQ needs there.
    .regex(/^(\{[a-z0-9-]+\}|[a-z0-9-]+)$/, 'only lower-case letters, digits and dashes, optionally inside one {hash tag}')
    .default('iep'),
  /** Built web client to serve at `/` (the embedded default); unset in a split deployment. */
  WEB_DIST: z.string().optional(),
  /** Where mail goes; unset keeps every message in the dev mailbox (`MAIL_DIR`). */
  SMTP_URL: z.string().optional(),
  MAIL_DIR: z.string().default('.data/mail'),
  MAIL_FROM: z.string().default('IEP Team <no-reply@iep-team.local>'),
  /**
   * The worker touches this file every few seconds while its event loop runs; the container's health
   * check (`dist/worker/healthcheck.mjs`) reads its age. Unset outside the image.
   */
  WORKER_ALIVE_FILE: z.string().optional(),
  /** How long one send may take, connection included, before it counts as a failed attempt. */
  MAIL_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Attempts before a message is marked failed and shown on the "could not be sent" list. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  /** The wait after the first failure; it doubles after each further one (capped at six hours). */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
  /** Database work is bounded so a slow query or a forgotten transaction cannot hold the pool. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /**
   * What to do when Redis may evict keys (maxmemory-policy other than noeviction): BullMQ then loses
   * jobs and locks silently. `warn` logs the fix loudly and starts; `refuse` stops the process.
   */
  REDIS_EVICTION_CHECK: z.enum(['warn', 'refuse', 'off']).default('warn'),
  /** Pins the calendar day every job and date rule sees (YYYY-MM-DD); for tests and demos, refused in production. */
  CLOCK_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .optional(),
  /** The worker's heartbeat counts as stale after this long; /health/ready then fails. */
  WORKER_HEARTBEAT_STALE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /**
   * Prometheus metrics of the API on a port of their own (never on PORT); unset serves none. Bound to
   * METRICS_HOST, loopback unless set (compose sets 0.0.0.0 inside its network and publishes nothing).
   */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** Idle and absolute session limits in minutes. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_MINUTES: z.coerce.number().int().positive().default(12 * 60),
  /** Cookies need `Secure` behind HTTPS; the embedded default serves plain HTTP on localhost. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type AppConfig = z.infer<typeof configSchema> & { PUBLIC_URL: string };

export class ConfigError extends Error {}

/**
 * Validates the environment once at start. The message names the first wrong variable in one line,
 * because an operator reads it in a terminal or a container log, not in a stack trace.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue.path.join('.') || 'environment';
    const value = env[name];
    const problem = value === undefined ? 'is required' : issue.message;
    throw new ConfigError(`Configuration error: ${name} ${problem}.`);
  }
  const config = result.data;
  if (config.CLOCK_TODAY && config.NODE_ENV === 'production') {
    throw new ConfigError('Configuration error: CLOCK_TODAY cannot be set in production.');
  }
  if (config.DB_LOCK_TIMEOUT_MS > config.DB_STATEMENT_TIMEOUT_MS) {
    throw new ConfigError('Configuration error: DB_LOCK_TIMEOUT_MS must not be longer than DB_STATEMENT_TIMEOUT_MS.');
  }
  return { ...config, PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` };
}

/** Prints the one-line reason and exits; used by every process entry point. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
