// Helpers shared by `npm start`, the browser tests and the benchmarks: start the built API and
// worker as child processes, wait for readiness, and stop them cleanly.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${(err || out).trim()}`)),
    );
  });
}

/** Starts a long-running child whose output goes to a log file; returns the child. */
export function startService(name, script, env, logDir, nodeArgs = []) {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    log.write(d);
  });
  child.lastError = () => stderr.trim().split('\n').slice(-3).join('\n');
  return child;
}

/**
 * Waits until /health/ready answers 200. `withoutWorker` accepts an API whose only missing piece is a
 * worker heartbeat (the benchmarks run the API alone).
 */
export async function waitForReady(url, child, timeoutMs = 60_000, { withoutWorker = false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited before it was ready: ${child.lastError?.() ?? ''}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) return;
      if (withoutWorker && response.status === 503) {
        const body = await response.json();
        if (body.postgres === 'ok' && body.redis === 'ok') return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL if the child has not finished its in-flight work in time. */
export function stopChild(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function redisAnswers(url) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
