module.exports = {
  ...require('../../jest.preset.cjs'),
  ...require('../../jest.integration.cjs'),
  displayName: 'api',
  rootDir: __dirname,
};
