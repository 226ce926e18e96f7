module.exports = {
  ...require('../../../jest.preset.cjs'),
  ...require('../../../jest.integration.cjs'),
  displayName: 'api-audit',
  rootDir: __dirname,
};
