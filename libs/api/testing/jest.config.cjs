module.exports = {
  ...require('../../../jest.preset.cjs'),
  ...require('../../../jest.integration.cjs'),
  displayName: 'api-testing',
  rootDir: __dirname,
};
