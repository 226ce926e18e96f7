module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-deadlines',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
