// Supervision under `npm start` (supervise.mjs), with real processes killed by SIGKILL: a crashed worker
// or API is started again with backoff while the other keeps answering. Stand-in children (a small HTTP
// server that answers its pid) keep it to seconds; they are launched by the same startService as the
// product's. Run: node --test tools/start/supervise.test.mjs (part of `npm test`).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startService, stopChild } from '../lib/processes.mjs';
import { supervise } from './supervise.mjs';

const RESTART = { firstMs: 300, maxMs: 1200, resetMs: 4000 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The pid the stand-in on `port` answers, or null when nothing answers. */
async function pidOn(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return Number(await response.text());
  } catch {
    return null;
  }
}

async function until(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

function standIns(t) {
  const dir = mkdtempSync(join(tmpdir(), 'iep-supervise-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const server = join(dir, 'server.mjs');
  writeFileSync(
    server,
    `import { createServer } from 'node:http';
     createServer((req, res) => res.end(String(process.pid))).listen(Number(process.env.PORT), '127.0.0.1');`,
  );
  const failing = join(dir, 'failing.mjs');
  writeFileSync(failing, `process.stderr.write('port in use\\n'); process.exit(1);`);
  return { dir, server, failing };
}

test('a crashed worker or API starts again with backoff while the other keeps serving; nothing restarts once stopping', async (t) => {
  const { dir, server } = standIns(t);
  const ports = { api: await freePort(), worker: await freePort() };
  const current = {};
  const launches = { api: 0, worker: 0 };
  const restarts = { api: [], worker: [] };
  let stopping = false;
  t.after(() => {
    stopping = true;
    return Promise.all(Object.values(current).map((child) => stopChild(child, 2000)));
  });
  for (const name of ['api', 'worker']) {
    supervise({
      launch: () => {
        launches[name] += 1;
        return (current[name] = startService(name, server, { PORT: String(ports[name]) }, join(dir, 'logs')));
      },
      isReady: () => true,
      isStopping: () => stopping,
      onFailedStart: () => assert.fail(`${name} counted as failing to start`),
      onRestart: (child, code, signal, wait) => restarts[name].push({ signal, wait }),
      restart: RESTART,
    });
  }
  await until(async () => (await pidOn(ports.api)) && (await pidOn(ports.worker)), 10_000, 'both stand-ins answer');

  /** SIGKILLs `name`; the other must answer, from the same process, every time until `name` is back. */
  async function crash(name, expectedWait) {
    const other = name === 'api' ? 'worker' : 'api';
    const otherPid = await pidOn(ports[other]);
    const killed = current[name];
    const killedAt = Date.now();
    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.once('exit', resolve));
    const served = { answered: 0, lost: 0 };
    await until(
      async () => {
        const pid = await pidOn(ports[other]);
        if (pid === otherPid) served.answered += 1;
        else served.lost += 1;
        const back = await pidOn(ports[name]);
        return back !== null && back !== killed.pid;
      },
      expectedWait + 10_000,
      `the ${name} answers again`,
    );
    const down = Date.now() - killedAt;
    assert.deepEqual(restarts[name].at(-1), { signal: 'SIGKILL', wait: expectedWait });
    assert.ok(down >= expectedWait, `the ${name} was back after ${down} ms, before its ${expectedWait} ms wait`);
    assert.equal(served.lost, 0, `the ${other} failed ${served.lost} requests while the ${name} was down`);
    assert.ok(served.answered > 0);
  }

  // Crash after crash, the wait doubles up to its cap.
  for (const wait of [300, 600, 1200, 1200]) await crash('worker', wait);
  // Each service has its own backoff: the API's first crash waits the shortest time.
  await crash('api', 300);
  // A worker that ran longer than resetMs before it crashed starts again from the shortest wait.
  await sleep(RESTART.resetMs + 300);
  await crash('worker', 300);
  assert.equal(launches.worker, 6);
  assert.equal(launches.api, 2);

  // Stopping (Ctrl-C): children that exit now are not started again.
  stopping = true;
  await Promise.all([stopChild(current.api, 2000), stopChild(current.worker, 2000)]);
  await sleep(RESTART.firstMs * 2);
  assert.deepEqual(launches, { api: 2, worker: 6 });
  assert.equal(await pidOn(ports.api), null);
  assert.equal(await pidOn(ports.worker), null);
});

test('a service that fails before the product was ever ready stops the start instead of restarting in a loop', async (t) => {
  const { dir, failing } = standIns(t);
  let launches = 0;
  const failed = [];
  supervise({
    launch: () => {
      launches += 1;
      return startService('api', failing, {}, join(dir, 'logs'));
    },
    isReady: () => false,
    isStopping: () => false,
    onFailedStart: (child, code, signal) => failed.push({ code, signal, reason: child.lastError() }),
    onRestart: () => assert.fail('restarted before the product was ready'),
    restart: RESTART,
  });
  await until(async () => failed.length > 0, 10_000, 'the failure is reported');
  await sleep(RESTART.firstMs * 2);
  assert.deepEqual(failed, [{ code: 1, signal: null, reason: 'port in use' }]);
  assert.equal(launches, 1);
});
