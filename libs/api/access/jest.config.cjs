module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-access',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
