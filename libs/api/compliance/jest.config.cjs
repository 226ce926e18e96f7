module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-compliance',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
