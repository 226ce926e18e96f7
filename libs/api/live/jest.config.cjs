module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-live',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
