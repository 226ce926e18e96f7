module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-collab',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
