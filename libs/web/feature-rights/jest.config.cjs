module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-rights',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // No pure logic of its own yet; the target is here so that the first spec runs in CI.
  passWithNoTests: true,
};
