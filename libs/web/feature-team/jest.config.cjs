module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-team',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
