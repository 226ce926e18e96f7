module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-drafting',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
