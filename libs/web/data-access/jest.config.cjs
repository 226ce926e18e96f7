module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-data-access',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: true,
};
