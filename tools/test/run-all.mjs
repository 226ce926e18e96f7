// `npm test`: every test layer, in the order that fails fastest. Unit and integration tests talk to
// the PostgreSQL and Redis on this machine; the browser journeys drive Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/processes.mjs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_SKIP_NX_CACHE: process.env.CI ? 'true' : process.env.NX_SKIP_NX_CACHE };
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

// With the example settings: compose refuses to start without the required ones (POSTGRES_PASSWORD, SMTP_URL).
step('docker-compose.yml is a valid Compose file', 'docker-compose', ['--env-file', '.env.example', 'config', '-q']);
step('docker-compose.yml with the trial mail catcher', 'docker-compose', ['--env-file', '.env.example', '--profile', 'trial', 'config', '-q']);
step('Generated web types match the committed schema', bin('graphql-codegen'), ['--config', 'libs/web/data-access/codegen.ts']);
step('Generated files are committed', 'git', ['diff', '--exit-code', '--stat', '--', 'libs/web/data-access/src/gql', 'apps/api/schema.gql']);
step('npm start supervision: crashed processes start again with backoff', process.execPath, ['--test', 'tools/start/supervise.test.mjs']);
step('Lint, type-check, unit and integration tests, builds', bin('nx'), ['run-many', '-t', 'lint', 'typecheck', 'test', 'build', '--parallel=2', '--output-style=stream']);
step('Backup, restore into an empty database: the product starts and a signed IEP verifies', process.execPath, ['tools/ops/backup-restore-check.mjs']);
step('Browser journeys (Chromium, axe-core WCAG 2.1 AA)', bin('nx'), ['run', 'web-e2e:e2e', '--output-style=stream']);
process.stdout.write('\nAll test layers passed.\n');
