module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-session',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
