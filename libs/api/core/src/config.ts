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
    .regex(/^[a-z0-9-]+$/, 'only lower-case letters, digits and dashes')
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
