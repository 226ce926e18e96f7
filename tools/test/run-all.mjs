// `npm test`: every test layer, in the order that fails fastest. Unit and integration tests talk to
// the PostgreSQL and Redis on this machine; the browser journeys drive Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ROOT } from '../lib/processes.mjs';
import { assertSupportedNode } from '../lib/supported-node.cjs';

assertSupportedNode('npm test');
// Every tool below, and whatever it starts by the name `node` (nx's commands, the `#!/usr/bin/env node`
// of each bin), finds the Node that `npm install` brought first, as npm's own scripts do.
const PATH = [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter);
const env = { ...process.env, PATH, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_SKIP_NX_CACHE: process.env.CI ? 'true' : process.env.NX_SKIP_NX_CACHE };
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

function step(title, command, args, extraEnv = {}) {
  process.stdout.write(`\n=== ${title}\n`);
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n${title}: FAILED\n`);
    process.exit(result.status ?? 1);
  }
}

const missing = [
  [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  ['/usr/bin/docker-compose', 'docker-compose'],
].filter(([path]) => !existsSync(path));
if (missing.length) {
  const names = missing.map(([, name]) => name).join(' ');
  process.stderr.write(`Missing: ${names}. Run \`apt-get install -y ${names}\` (.ci/run does this).\n`);
  process.exit(1);
}

// Each step below starts `node` by that name (nx's commands, every bin's `#!/usr/bin/env node`).
step(`Every step runs on a supported Node (this one: ${process.version})`, 'node', [
  '-e',
  "require('./tools/lib/supported-node.cjs').assertSupportedNode('`node` on the PATH'); console.log(process.version, process.execPath)",
]);
step('package-lock.json is what a fresh `npm install` writes', process.execPath, ['tools/test/lock-in-sync.mjs']);
// With the example settings: compose refuses to start without the required ones (POSTGRES_PASSWORD, SMTP_URL).
step('docker-compose.yml is a valid Compose file', 'docker-compose', ['--env-file', '.env.example', 'config', '-q']);
step('docker-compose.yml with the trial mail catcher', 'docker-compose', ['--env-file', '.env.example', '--profile', 'trial', 'config', '-q']);
step('Generated web types match the committed schema', bin('graphql-codegen'), ['--config', 'libs/web/data-access/codegen.ts']);
step('Generated files are committed', 'git', ['diff', '--exit-code', '--stat', '--', 'libs/web/data-access/src/gql', 'apps/api/schema.gql']);
step('npm start supervision (crashed processes start again with backoff) and the Node version rule', process.execPath, ['--test', 'tools/start/supervise.test.mjs', 'tools/lib/supported-node.test.mjs']);
step('Lint, type-check, unit and integration tests, builds', bin('nx'), ['run-many', '-t', 'lint', 'typecheck', 'test', 'build', '--parallel=2', '--output-style=stream']);
step('The production install (`npm ci --omit=dev`) has every package the API and worker load', process.execPath, ['tools/test/production-dependencies.mjs']);
step('Backup, restore into an empty database: the product starts and a signed IEP verifies', process.execPath, ['tools/ops/backup-restore-check.mjs']);
step('Browser journeys (Chromium, axe-core WCAG 2.1 AA)', bin('nx'), ['run', 'web-e2e:e2e', '--output-style=stream']);
process.stdout.write('\nAll test layers passed.\n');
