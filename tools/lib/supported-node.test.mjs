// The Node version rule of `npm start`, `npm test`, `npm run bench` and Jest (supported-node.cjs), and
// that this test itself runs on that Node, as `npm test` starts it. Run: node --test
// tools/lib/supported-node.test.mjs (part of `npm test`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isSupported, requiredNode } from './supported-node.cjs';

const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const { optionalDependencies } = JSON.parse(
  readFileSync(new URL('../node-runtime/package.json', import.meta.url), 'utf8'),
);

test('package.json asks for Node 24 LTS (24.11, the first LTS release, or later)', () => {
  assert.equal(engines.node, '>=24.11');
  assert.deepEqual(requiredNode(), [24, 11]);
});

test('versions below the engines are refused, the same or later accepted', () => {
  for (const version of ['v20.20.2', '22.21.0', 'v24.10.0', '23.11.1'])
    assert.equal(isSupported(version), false, version);
  for (const version of ['v24.11.0', '24.22.3', 'v25.0.0', '26.1.0'])
    assert.equal(isSupported(version), true, version);
});

test('every Node that npm install brings (tools/node-runtime) meets the engines', () => {
  for (const [name, range] of Object.entries(optionalDependencies)) {
    assert.ok(isSupported(range.replace(/^[\^~]/, '')), `${name}@${range}`);
  }
});

test('this test, and the `node` a step of npm test starts by name, run on a supported Node', () => {
  assert.ok(isSupported(process.version), process.version);
  const onPath = spawnSync('node', ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
  assert.ok(isSupported(onPath), `node on the PATH is ${onPath}`);
});
