import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';
import { PreparingClient } from './prepared-statements';

/**
 * The one place that says how every process reaches PostgreSQL. `synchronize` is off for good:
 * the schema changes only through reviewed migrations.
 */
export function databaseOptions(url: string, entities: DataSourceOptions['entities'] = []): DataSourceOptions {
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
    extra: { max: 10, application_name: 'iep-team', options: '-c jit=off', Client: PreparingClient },
    logging: false,
  };
}
