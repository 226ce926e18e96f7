// The production install (`npm ci --omit=dev`, the image's runtime stage) carries every package the
// built API and worker load: each package that dist/api and dist/worker import must be one that
// package-lock.json installs without the dev dependencies. Run after the build.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../lib/processes.mjs';

const { packages } = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const SPECIFIER =
  /(?:\bfrom|\bimport\s*\(|\brequire\s*\(|^import)\s*["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.\/-]*)?)["']/gm;
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const wrong = [];
let checked = 0;
for (const app of ['api', 'worker']) {
  for (const file of readdirSync(join(ROOT, 'dist', app)).filter((name) => name.endsWith('.mjs'))) {
    const code = readFileSync(join(ROOT, 'dist', app, file), 'utf8');
    const names = new Set([...code.matchAll(SPECIFIER)].map(([, specifier]) => packageOf(specifier)));
    for (const name of names) {
      if (name.startsWith('node:') || builtinModules.includes(name)) continue;
      checked++;
      const entry = packages[`node_modules/${name}`];
      if (!entry) wrong.push(`dist/${app}/${file} imports ${name}, which package-lock.json does not install`);
      else if (entry.dev)
        wrong.push(`dist/${app}/${file} imports ${name}, a dev dependency: move it to "dependencies"`);
    }
  }
}
if (!checked) {
  process.stderr.write('No imports found in dist/api and dist/worker: build them first.\n');
  process.exit(1);
}
if (wrong.length) {
  process.stderr.write(`${wrong.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `${checked} package imports of dist/api and dist/worker are all in the production install.\n`,
);
