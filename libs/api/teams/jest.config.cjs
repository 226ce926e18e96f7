module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-teams',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
