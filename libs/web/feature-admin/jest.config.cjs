module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-admin',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
