import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';
import { PreparingClient } from './prepared-statements';

/**
 * The one place that says how every process reaches PostgreSQL. `synchronize` is off for good:
 * the schema changes only through reviewed migrations.
 */
export interface DatabaseLimits {
  DB_POOL_SIZE: number;
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_LOCK_TIMEOUT_MS: number;
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}

/** Migrations, tests' own connections and tools: the same bounds as a process with the default settings. */
export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  DB_POOL_SIZE: 10,
  DB_STATEMENT_TIMEOUT_MS: 15_000,
  DB_LOCK_TIMEOUT_MS: 5_000,
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60_000,
};

/** Migrations and seeding may rewrite large tables: bounded by the operator, not by the API's limits. */
export const MIGRATION_DATABASE_LIMITS: DatabaseLimits = {
  DB_POOL_SIZE: 2,
  DB_STATEMENT_TIMEOUT_MS: 0,
  DB_LOCK_TIMEOUT_MS: 0,
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 0,
};

export function databaseOptions(
  url: string,
  entities: DataSourceOptions['entities'] = [],
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
): DataSourceOptions {
  // Set per session at connect, so that every statement of every connection is bounded: a query that
  // runs away, a lock held by someone else or a transaction left open ends with an error on that one
  // connection instead of holding the pool (and everything queued behind it) forever.
  const sessionSettings = [
    '-c jit=off',
    `-c statement_timeout=${limits.DB_STATEMENT_TIMEOUT_MS}`,
    `-c lock_timeout=${limits.DB_LOCK_TIMEOUT_MS}`,
    `-c idle_in_transaction_session_timeout=${limits.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS}`,
  ].join(' ');
  return {
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // JIT compilation pays off for analytics, not for the short queries of an OLTP API: it added
    // 15–30 ms to list queries whose plans cross the JIT cost threshold on large districts.
    // PreparingClient sends the statements marked with prepared() as named statements (see there).
    extra: {
      max: limits.DB_POOL_SIZE,
      application_name: 'iep-team',
      options: sessionSettings,
      Client: PreparingClient,
      // Waiting for a free connection is bounded too: a full pool answers an error, not a hang.
      connectionTimeoutMillis: limits.DB_STATEMENT_TIMEOUT_MS || undefined,
    },
    logging: false,
  };
}
