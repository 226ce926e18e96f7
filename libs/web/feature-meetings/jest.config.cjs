module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-meetings',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
