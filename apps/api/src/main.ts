import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { createLogger, loadConfigOrExit, type AppConfig } from '@iep/api/core';
import { createApiApp, shutdownGracefully } from './bootstrap';
import { startMetricsServer } from './metrics';

/** How long a crashed process's replacement waits, so that a process crashing in a loop does not spin a core. */
const RESTART_DELAY_MS = 1000;

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, 'api');
  if (config.API_PROCESSES > 1 && cluster.isPrimary) {
    superviseProcesses(config, logger);
    return;
  }
  await serve(config, cluster.isWorker ? logger.child({ process: cluster.worker?.id }) : logger);
}

async function serve(config: AppConfig, logger: Logger) {
  const app = await createApiApp(config, logger);
  await app.listen(config.PORT, config.HOST);
  // With several processes the primary says it once, when all of them listen.
  if (cluster.isPrimary) {
    logger.info({ url: config.PUBLIC_URL }, 'API listening');
    await serveMetrics(config, logger);
  }
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'API stopping: finishing requests in progress');
      shutdownGracefully(app).then(
        (drained) => {
          logger.info({ drained }, 'API stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'API did not stop cleanly');
          process.exit(1);
        },
      );
    });
  }
}

/**
 * The primary of API_PROCESSES > 1 serves nothing itself: it forks the processes that share PORT (the
 * cluster hands connections out round-robin), replaces one that crashes, and passes a stop signal on to
 * all of them so that each finishes its requests in progress. A process that fails before it ever
 * listened (bad database, missing migration) stops the whole API, as a single process would.
 */
function superviseProcesses(config: AppConfig, logger: Logger) {
  const live = new Set<Worker>();
  const listened = new WeakSet<Worker>();
  let announced = false;
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork();
    live.add(worker);
    worker.once('listening', () => {
      listened.add(worker);
      if (!announced && [...live].every((w) => listened.has(w))) {
        announced = true;
        logger.info({ url: config.PUBLIC_URL, processes: config.API_PROCESSES }, 'API listening');
      }
    });
  };

  const stop = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    if (live.size === 0) process.exit(exitCode);
    for (const worker of live) worker.process.kill('SIGTERM');
  };

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    if (stopping) {
      if (code !== 0 && code !== null) exitCode = 1;
      if (live.size === 0) process.exit(exitCode);
      return;
    }
    if (!listened.has(worker)) {
      logger.error({ pid: worker.process.pid, code, signal }, 'API process failed to start; stopping the API');
      stop(1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'API process stopped unexpectedly; starting another');
    setTimeout(fork, RESTART_DELAY_MS);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // Ctrl-C reaches the serving processes too (one process group), and `npm start` follows it with a
    // SIGTERM: only the first signal counts. A second Ctrl-C ends the serving processes without waiting.
    process.on(signal, () => {
      if (stopping) return;
      logger.info({ signal }, 'API stopping: every process finishes its requests in progress');
      stop(0);
    });
  }

  for (let i = 0; i < config.API_PROCESSES; i++) fork();
  void serveMetrics(config, logger);
}

/** Metrics on their own port, from the one process that owns it (the primary when there are several). */
async function serveMetrics(config: AppConfig, logger: Logger) {
  if (!config.METRICS_PORT) return;
  try {
    const server = await startMetricsServer(config.METRICS_PORT, config.METRICS_HOST);
    server.unref();
    logger.info({ port: config.METRICS_PORT, host: config.METRICS_HOST }, 'metrics at /metrics');
  } catch (error) {
    logger.error({ err: error }, 'could not serve metrics; the API serves on');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
