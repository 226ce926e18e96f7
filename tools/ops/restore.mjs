// Restores a backup into an EMPTY database, then applies any migrations newer than the backup:
//   pg_dump --format=custom --no-owner "$DATABASE_MIGRATION_URL" > iep-team.dump      (the backup)
//   node tools/ops/restore.mjs iep-team.dump postgres://owner@db/iep_team_restored     (the restore)
// It refuses a database that already holds tables, so a typo cannot overwrite a live installation.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { ROOT } from '../lib/processes.mjs';

export async function restore(dumpFile, databaseUrl, log = (line) => process.stdout.write(`${line}\n`)) {
  if (!existsSync(dumpFile)) throw new Error(`No backup at ${dumpFile}.`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0].n > 0) throw new Error('Refused: the target database is not empty. Restore into a new, empty database.');
  } finally {
    await client.end();
  }
  const restored = spawnSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', databaseUrl, dumpFile], { encoding: 'utf8' });
  if (restored.status !== 0) throw new Error(`pg_restore failed: ${restored.stderr.trim()}`);
  log('restored');
  const migrated = spawnSync(process.execPath, ['dist/api/setup.mjs', 'migrate'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate after restore failed: ${migrated.stderr.trim()}`);
  log(migrated.stdout.trim());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dumpFile, databaseUrl] = process.argv.slice(2);
  if (!dumpFile || !databaseUrl) {
    process.stderr.write('usage: node tools/ops/restore.mjs <backup.dump> <postgres://… of an empty database>\n');
    process.exit(2);
  }
  restore(dumpFile, databaseUrl).catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
