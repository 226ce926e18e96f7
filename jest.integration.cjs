// Projects whose tests talk to the real PostgreSQL and Redis: a migrated template per run,
// a fresh database per test file (see libs/api/testing).
const path = require('node:path');

module.exports = {
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: path.join(__dirname, 'libs/api/testing/src/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'libs/api/testing/src/global-teardown.ts'),
  testTimeout: 30000,
};
