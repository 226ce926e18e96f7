// Bundles a server app into dist/<app>/ as ES modules (NestJS 12 is ESM-only). tsup resolves the
// tsconfig path aliases and, because emitDecoratorMetadata is on, compiles with SWC so that Nest's
// dependency injection sees constructor types. Packages stay external and load from node_modules.
import { build } from 'tsup';

const entries = {
  api: { main: 'apps/api/src/main.ts', setup: 'apps/api/src/setup.ts' },
  worker: { main: 'apps/worker/src/main.ts', healthcheck: 'apps/worker/src/healthcheck.ts' },
};

const app = process.argv[2];
if (!entries[app]) {
  console.error(`usage: build-server.mjs ${Object.keys(entries).join('|')}`);
  process.exit(2);
}

await build({
  entry: entries[app],
  outDir: `dist/${app}`,
  format: ['esm'],
  platform: 'node',
  target: 'node24',
  tsconfig: 'tsconfig.base.json',
  sourcemap: true,
  clean: true,
  splitting: false,
  skipNodeModulesBundle: true,
  silent: true,
  outExtension: () => ({ js: '.mjs' }),
});
console.log(`built dist/${app}`);
