module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-progress',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
