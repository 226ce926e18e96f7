// The committed package-lock.json is exactly what `npm install` writes on a fresh clone. npm recomputes
// the lock from package.json and the lock alone, in a scratch copy (this tree is never rewritten), and
// nothing may change. A lock that is not in sync also makes `npm ci` (the Docker build) refuse.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../lib/processes.mjs';

// Every package.json that the lock covers: the root and the local package it links (tools/node-runtime).
const MANIFESTS = ['package.json', 'package-lock.json', 'tools/node-runtime/package.json'];

const scratch = mkdtempSync(join(tmpdir(), 'iep-lock-'));
try {
  for (const file of MANIFESTS) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(scratch, file));
  }
  const npm = spawnSync(
    'npm',
    ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd: scratch,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (npm.status !== 0) process.exit(npm.status ?? 1);
  if (
    readFileSync(join(scratch, 'package-lock.json'), 'utf8') !==
    readFileSync(join(ROOT, 'package-lock.json'), 'utf8')
  ) {
    process.stderr.write(
      'package-lock.json is not what `npm install` writes: run `npm install` and commit package-lock.json.\n',
    );
    process.exit(1);
  }
  process.stdout.write('package-lock.json is in sync with package.json.\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
