module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-rights',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
