import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createClock, databaseOptions, loadConfigOrExit, MIGRATION_DATABASE_LIMITS } from '@iep/api/core';
import { DEFAULT_DISTRICT_TIME_ZONE } from '@iep/domain';
import { migrations } from '@iep/migrations';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';

/**
 * `setup.mjs migrate` applies pending migrations; `setup.mjs migrate seed` also seeds the demo
 * district. A separate step from the API so that many API replicas never race to migrate.
 */
async function main(steps: string[]) {
  const config = loadConfigOrExit();
  const dataSource = new DataSource({ ...databaseOptions(config.DATABASE_URL, [], MIGRATION_DATABASE_LIMITS), migrations });
  await dataSource.initialize();
  try {
    if (steps.includes('migrate')) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(`migrations: ${applied.length ? applied.map((m) => m.name).join(', ') : 'up to date'}\n`);
    }
    if (steps.includes('seed')) {
      await seedDemoDistrict(dataSource, { today: createClock(config.CLOCK_TODAY).today(DEFAULT_DISTRICT_TIME_ZONE) });
      process.stdout.write(`Demo sign-ins (password for every account: ${DEMO_PASSWORD})\n`);
      for (const user of Object.values(DEMO_USERS)) {
        process.stdout.write(`  ${user.role.padEnd(26)} ${user.email.padEnd(34)} ${user.displayName}\n`);
      }
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`Setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
