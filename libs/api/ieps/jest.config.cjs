module.exports = {
  ...require('../../../jest.preset.cjs'),
  ...require('../../../jest.integration.cjs'),
  displayName: 'api-ieps',
  rootDir: __dirname,
};
