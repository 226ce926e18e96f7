module.exports = {
  ...require('../../../jest.preset.cjs'),
  ...require('../../../jest.integration.cjs'),
  displayName: 'api-access',
  rootDir: __dirname,
};
