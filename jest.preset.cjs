// Shared by every project's jest.config.cjs. NestJS 12 ships only ES modules, which Jest loads only in
// its ESM mode (node --experimental-vm-modules, set by the test targets); SWC compiles TypeScript to ES
// modules with the decorator metadata Nest needs.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');
const { assertSupportedNode } = require('./tools/lib/supported-node.cjs');

// Through npm (npm test, npx …) and in CI every test runs on the Node of package.json's engines; a Jest
// started by hand with another `node` still runs.
if (process.env.npm_lifecycle_event || process.env.CI) assertSupportedNode('Jest');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/@]/g, (c) => `\\${c}`)}$`] = path.join(__dirname, target);
}

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        sourceMaps: 'inline',
        module: { type: 'es6' },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
          keepClassNames: true,
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
