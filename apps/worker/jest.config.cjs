module.exports = {
  ...require('../../jest.preset.cjs'),
  ...require('../../jest.integration.cjs'),
  displayName: 'worker',
  rootDir: __dirname,
};
