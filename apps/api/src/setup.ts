import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions, loadConfigOrExit, Sealer } from '@iep/api/core';
import { migrations } from '@iep/migrations';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';

/** The least-privilege role the migrations create; the API and the worker connect as it. */
const APP_ROLE = 'iep_app';

/**
 * `setup.mjs migrate` applies pending migrations; `setup.mjs migrate seed` also seeds the demo
 * district. A separate step from the API so that many API replicas never race to migrate. It runs as
 * the schema owner (DATABASE_MIGRATION_URL, or DATABASE_URL when they are the same account).
 */
async function main(steps: string[]) {
  const config = loadConfigOrExit();
  const ownerUrl = config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL;
  const dataSource = new DataSource({ ...databaseOptions(ownerUrl), migrations });
  await dataSource.initialize();
  try {
    if (steps.includes('migrate')) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(`migrations: ${applied.length ? applied.map((m) => m.name).join(', ') : 'up to date'}\n`);
      await setAppRolePassword(dataSource, config.DATABASE_URL, ownerUrl);
    }
    if (steps.includes('seed')) {
      // The seed freezes demo versions: they are sealed with the API's key so that they verify.
      await seedDemoDistrict(dataSource, Sealer.fromConfig(config.SEAL_KEYS));
      process.stdout.write(`Demo sign-ins (password for every account: ${DEMO_PASSWORD})\n`);
      for (const user of Object.values(DEMO_USERS)) {
        process.stdout.write(`  ${user.role.padEnd(26)} ${user.email.padEnd(34)} ${user.displayName}\n`);
      }
    }
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The app role is created by a migration without a password (a migration keeps no secret). When
 * DATABASE_URL names it with a password, the owner sets that password, so the operator configures the
 * secret in one place: the API's own connection string.
 */
async function setAppRolePassword(owner: DataSource, appUrl: string, ownerUrl: string): Promise<void> {
  // Parsed as text: a Unix-socket URL (postgresql://user@/db?host=/run/postgresql) is no WHATWG URL.
  const credentials = /^postgres(?:ql)?:\/\/([^:@/]*):([^@/]*)@/.exec(appUrl);
  if (!credentials || decodeURIComponent(credentials[1]) !== APP_ROLE || !credentials[2] || appUrl === ownerUrl) return;
  const [{ statement }]: Array<{ statement: string }> = await owner.query(`SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text) AS statement`, [
    APP_ROLE,
    decodeURIComponent(credentials[2]),
  ]);
  await owner.query(statement);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`Setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
