module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-documents',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
