module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-caseload',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
