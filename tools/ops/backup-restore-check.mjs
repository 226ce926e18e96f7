// The backup and restore of docs/operating.md, run by CI (`npm test`): a demo database in which a
// parent signs an IEP is dumped with pg_dump, restored into an empty database with tools/ops/restore.mjs,
// the product starts on the restored copy, and the signed IEP still verifies (digest and signature).
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, run, startService, stopChild, waitForReady } from '../lib/processes.mjs';
import { restore } from './restore.mjs';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LEO_IEP = '00000000-0000-4000-8000-000000000403';
// The sealing key lives outside the database, so a restore needs the same key: one for this check.
const SEAL_KEYS = process.env.SEAL_KEYS ?? `check:${randomBytes(32).toString('base64')}`;
const say = (line) => process.stdout.write(`${line}\n`);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A GraphQL client that keeps the session cookie, as a browser would. */
function graphql(base) {
  let cookie = '';
  return async (query, variables = {}) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('iep_session='));
    if (set) cookie = set.split(';')[0];
    const body = await response.json();
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

async function withApi(database, work) {
  const port = await freePort();
  const env = { DATABASE_URL: databaseUrl(database), REDIS_URL: 'redis://127.0.0.1:6379/13', QUEUE_PREFIX: `restore${process.pid}`, PORT: String(port), LOG_LEVEL: 'warn', SMTP_URL: 'noop://', SEAL_KEYS };
  const api = startService('api', 'dist/api/main.mjs', env, join(ROOT, 'tmp', 'restore-check-logs'));
  try {
    // No worker runs here: the check reads and verifies, it sends nothing.
    await waitForReady(`http://127.0.0.1:${port}`, api, 60_000, { withoutWorker: true });
    return await work(graphql(`http://127.0.0.1:${port}`));
  } finally {
    await stopChild(api);
  }
}

async function signIn(gql) {
  await gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email: 'parent@riverbend.example', password: 'iep-demo-district-2026' } });
}

const VERIFY = `query($id: ID!, $v: Int!) { verifyIepVersion(iepId: $id, version: $v) { intact storedDigest signatures { matches } } }`;

async function main() {
  const source = `iep_backup_src_${process.pid}`;
  const target = `iep_backup_dst_${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), 'iep-backup-'));
  const dump = join(dir, 'iep-team.dump');
  try {
    await admin(`CREATE DATABASE ${source}`);
    await admin(`CREATE DATABASE ${target}`);
    await run(process.execPath, ['dist/api/setup.mjs', 'migrate', 'seed'], { env: { ...process.env, DATABASE_URL: databaseUrl(source), SEAL_KEYS } });

    const before = await withApi(source, async (gql) => {
      await signIn(gql);
      const { electronicRecordsDisclosure } = await gql(`{ electronicRecordsDisclosure(locale: "en") { version } }`);
      await gql(`mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`, {
        input: { disclosureVersion: electronicRecordsDisclosure.version, locale: 'en' },
      });
      const { signatureIntent } = await gql(`query { signatureIntent(purpose: PARENT_DECISION, decision: CONSENT) { version } }`);
      await gql(`mutation($input: DecideOnIepInput!) { decideOnIep(input: $input) { id } }`, {
        input: { iepId: LEO_IEP, version: 1, decision: 'CONSENT', typedName: 'Alex Carter', password: 'iep-demo-district-2026', intentVersion: signatureIntent.version },
      });
      return (await gql(VERIFY, { id: LEO_IEP, v: 1 })).verifyIepVersion;
    });
    if (!before.intact || before.signatures.length !== 1 || !before.signatures[0].matches) throw new Error(`the signed IEP does not verify before the backup: ${JSON.stringify(before)}`);
    say(`signed IEP ${LEO_IEP} v1, digest ${before.storedDigest}`);

    const dumped = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', dump, databaseUrl(source)], { encoding: 'utf8' });
    if (dumped.status !== 0) throw new Error(`pg_dump failed: ${dumped.stderr}`);
    say('backup written');
    await admin(`DROP DATABASE ${source} WITH (FORCE)`);

    await restore(dump, databaseUrl(target), say);
    await restore(dump, databaseUrl(target)).then(
      () => {
        throw new Error('a second restore into the same database was not refused');
      },
      (error) => {
        if (!/not empty/.test(error.message)) throw error;
      },
    );
    const after = await withApi(target, async (gql) => {
      await signIn(gql);
      return (await gql(VERIFY, { id: LEO_IEP, v: 1 })).verifyIepVersion;
    });
    if (!after.intact || after.storedDigest !== before.storedDigest || !after.signatures[0]?.matches) {
      throw new Error(`the restored IEP does not verify: ${JSON.stringify(after)}`);
    }
    say('restored copy: the product starts and the signed IEP verifies');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${source} WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
  }
}

main().catch((error) => {
  process.stderr.write(`Backup and restore check failed: ${error.message}\n`);
  process.exit(1);
});
