module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-jobs',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
