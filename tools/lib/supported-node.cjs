// The Node.js the product runs, builds and is tested on: package.json's `engines.node` (Node 24 LTS).
// `npm start`, `npm test` and `npm run bench` get it whatever Node runs npm: the dev dependency
// `iep-node-runtime` (tools/node-runtime) installs the platform's Node 24 binary package from the npm
// registry, and npm puts node_modules/.bin, where it is linked as `node`, first on every script's PATH.
// Every process those commands start (nx, Jest, the API and the worker) inherits that `node`.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');

/** [major, minor] of package.json's `engines.node`, written as `>=MAJOR.MINOR`. */
function requiredNode() {
  const { engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const match = /^>=(\d+)(?:\.(\d+))?$/.exec(engines?.node ?? '');
  if (!match) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR", not "${engines?.node}"`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

/** Whether a version string such as "24.22.3" (or "v24.22.3") meets package.json's `engines.node`. */
function isSupported(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = requiredNode();
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

/** Stops the process with a message that says how to get the right Node when this one is too old. */
function assertSupportedNode(what) {
  if (isSupported(process.versions.node)) return;
  const [major, minor] = requiredNode();
  process.stderr.write(
    `${what} needs Node.js ${major}.${minor}+ but runs on ${process.version} (${process.execPath}).\n` +
      'Run it through npm (npm start, npm test, npm run bench, npx …), which puts the Node that `npm install` ' +
      'brought (node_modules/.bin/node) first on the PATH, or run node_modules/.bin/node directly.\n',
  );
  process.exit(1);
}

module.exports = { assertSupportedNode, isSupported, requiredNode };
