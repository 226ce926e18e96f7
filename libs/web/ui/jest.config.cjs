module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-ui',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
