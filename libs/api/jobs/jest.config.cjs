module.exports = {
  ...require('../../../jest.preset.cjs'),
  ...require('../../../jest.integration.cjs'),
  displayName: 'api-jobs',
  rootDir: __dirname,
};
