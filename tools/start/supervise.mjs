// Supervision under `npm start`: once the product is up, a crashed API or worker is started again after
// 1 s, then 2, 4 … up to 30 s while it keeps crashing; the other one keeps serving meanwhile. Only
// Ctrl-C stops everything. Tested with real processes by tools/start/supervise.test.mjs.

export const RESTART = { firstMs: 1000, maxMs: 30_000, resetMs: 60_000 };

/**
 * Keeps one service running. `launch()` starts it and answers its child process. When the child exits:
 * - while `isStopping()`, nothing happens (the product is being stopped);
 * - before `isReady()` (the product never came up), `onFailedStart(child, code, signal)` is called and it is
 *   not started again: a port in use or a bad setting would only fail again;
 * - otherwise `onRestart(child, code, signal, waitMs)` is called and it is launched again after the wait,
 *   which doubles with each crash up to `restart.maxMs`, and starts from `restart.firstMs` again for a
 *   process that ran longer than `restart.resetMs` before it crashed.
 */
export function supervise({ launch, isReady, isStopping, onFailedStart, onRestart, restart = RESTART }) {
  let crashes = 0;
  const run = () => {
    const child = launch();
    const launchedAt = Date.now();
    child.on('exit', (code, signal) => {
      if (isStopping()) return;
      if (!isReady()) {
        onFailedStart(child, code, signal);
        return;
      }
      if (Date.now() - launchedAt > restart.resetMs) crashes = 0;
      const wait = Math.min(restart.maxMs, restart.firstMs * 2 ** crashes++);
      onRestart(child, code, signal, wait);
      setTimeout(() => {
        if (!isStopping()) run();
      }, wait).unref();
    });
  };
  run();
}
