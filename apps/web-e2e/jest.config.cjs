const path = require('node:path');

module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: path.join(__dirname, 'src/support/global-setup.mjs'),
  globalTeardown: path.join(__dirname, 'src/support/global-teardown.mjs'),
  // One browser at a time: two cores are shared with the API under test.
  maxWorkers: 1,
  testTimeout: 60000,
};
