module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-notifications',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: true,
};
