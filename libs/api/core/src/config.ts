import { z } from 'zod';

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
   * API processes sharing PORT (node:cluster). One Node process uses one core; the API keeps no state
   * between requests, so a machine with several cores serves more by running one per core.
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  DATABASE_URL: postgresUrl,
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
