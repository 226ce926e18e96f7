import { utimes, writeFile } from 'node:fs/promises';

/** How often the worker touches WORKER_ALIVE_FILE; the health check fails at three missed beats. */
export const ALIVE_INTERVAL_MS = 10_000;
export const ALIVE_STALE_MS = 3 * ALIVE_INTERVAL_MS;

/**
 * Proves to the container's health check that the worker's event loop still turns: a process stuck
 * in a busy loop or a deadlock stops touching the file, where `kill -0` would still say it is alive.
 */
export function keepAliveFile(path: string | undefined, onError: (error: unknown) => void): () => void {
  if (!path) return () => undefined;
  const touch = async () => {
    const now = new Date();
    try {
      await utimes(path, now, now);
    } catch {
      await writeFile(path, '').catch(onError);
    }
  };
  void touch();
  const timer = setInterval(() => void touch(), ALIVE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
