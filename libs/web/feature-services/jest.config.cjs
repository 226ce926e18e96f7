module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-services',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
