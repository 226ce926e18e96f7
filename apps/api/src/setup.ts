import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createClock, databaseOptions, loadConfigOrExit, MIGRATION_DATABASE_LIMITS, Sealer } from '@iep/api/core';
import { DEFAULT_DISTRICT_TIME_ZONE } from '@iep/domain';
import { migrations } from '@iep/migrations';
import { DEMO_DISTRICT, DEMO_JOURNEYS, DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { BootstrapRefused, bootstrapFirstDistrict, parseBootstrapArgs } from './first-district';

/** The least-privilege role the migrations create; the API and the worker connect as it. */
const APP_ROLE = 'iep_app';

/**
 * `setup.mjs migrate` applies pending migrations; `setup.mjs migrate seed` also seeds the demo
 * district (only `npm start` asks for that). `setup.mjs bootstrap --district … --state … --admin-email …`
 * sets up a real district once. A separate step from the API so that many API replicas never race to
 * migrate. It runs as the schema owner (DATABASE_MIGRATION_URL, or DATABASE_URL when they are the same
 * account).
 */
async function main(argv: string[]) {
  const bootstrapAt = argv.indexOf('bootstrap');
  const steps = bootstrapAt === -1 ? argv : argv.slice(0, bootstrapAt + 1);
  const unknown = steps.filter((step) => !['migrate', 'seed', 'bootstrap', 'revert'].includes(step));
  if (unknown.length || steps.length === 0 || (steps.includes('revert') && steps.length > 1)) {
    throw new BootstrapRefused(`usage: node dist/api/setup.mjs [migrate] [seed | bootstrap --district … --state … --admin-email …] | revert`);
  }
  if (steps.includes('seed') && steps.includes('bootstrap')) throw new BootstrapRefused('seed (the demo) and bootstrap (a real district) do not go together.');
  // Arguments are checked before anything connects, so a typo costs nothing.
  const bootstrap = bootstrapAt === -1 ? null : parseBootstrapArgs(argv.slice(bootstrapAt + 1));
  const config = loadConfigOrExit();
  const ownerUrl = config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL;
  const dataSource = new DataSource({ ...databaseOptions(ownerUrl, [], MIGRATION_DATABASE_LIMITS), migrations });
  await dataSource.initialize();
  try {
    if (steps.includes('revert')) {
      // Rolling an upgrade back: the latest migration's `down`, run by the release that brought it.
      const [latest]: Array<{ name: string }> = await dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write(`reverted: ${latest?.name ?? 'nothing to revert'}\n`);
    }
    if (steps.includes('migrate')) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(`migrations: ${applied.length ? applied.map((m) => m.name).join(', ') : 'up to date'}\n`);
      await setAppRolePassword(dataSource, config.DATABASE_URL, ownerUrl);
    }
    if (steps.includes('seed')) {
      // Demo accounts with a published password never go into a database that holds a real district.
      const [real]: Array<{ name: string }> = await dataSource.query(
        `SELECT name FROM districts WHERE id <> ALL($1::uuid[]) LIMIT 1`, [[DEMO_DISTRICT.id, OTHER_DISTRICT.district.id]]);
      if (real) throw new BootstrapRefused(`Refused to seed demo data: this database holds the district "${real.name}". Start with DEMO=off.`);
      // The seed freezes demo versions: they are sealed with the API's key so that they verify.
      await seedDemoDistrict(dataSource, Sealer.fromConfig(config.SEAL_KEYS), { today: createClock(config.CLOCK_TODAY).today(DEFAULT_DISTRICT_TIME_ZONE) });
      process.stdout.write(`Demo sign-ins (password for every account: ${DEMO_PASSWORD})\n`);
      // The adult student holds her own rights once the worker's sweep passes them to her (34 CFR 300.520).
      const adultStudent = { role: 'STUDENT', ...DEMO_JOURNEYS.valentina.user };
      const accounts = [...Object.values(DEMO_USERS), adultStudent];
      const emailWidth = Math.max(...accounts.map((user) => user.email.length)) + 1;
      for (const user of accounts) {
        process.stdout.write(`  ${user.role.padEnd(26)} ${user.email.padEnd(emailWidth)} ${user.displayName}\n`);
      }
    }
    if (bootstrap) {
      const result = await bootstrapFirstDistrict(dataSource, bootstrap, config.PUBLIC_URL);
      process.stdout.write(
        `District "${bootstrap.district}" is set up with the ${bootstrap.state} state rule profile.\n` +
          `Its first administrator, ${bootstrap.adminEmail}, gets an e-mail with a link to choose a password (the worker sends it).\n`,
      );
      if (bootstrap.printLink) process.stdout.write(`Set-password link (works once): ${result.link}\n`);
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
  if (error instanceof BootstrapRefused) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
