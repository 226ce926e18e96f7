module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-feature-evaluation',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
