import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

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
    extra: { max: 10, application_name: 'iep-team' },
    logging: false,
  };
}
