import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions, MIGRATION_DATABASE_LIMITS } from '@iep/api/core';
import { migrations } from './index';

/** Used by the TypeORM CLI (`typeorm migration:generate -d migrations/data-source.ts`). */
export default new DataSource({
  ...databaseOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/iep_team', [], MIGRATION_DATABASE_LIMITS),
  migrations,
});
