import { createLogger, loadConfigOrExit } from '@iep/api/core';
import { keepAliveFile } from './alive-file';
import { createWorker, shutdownWorker } from './bootstrap';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, 'worker');
  const app = await createWorker(config, logger);
  logger.info('worker started');
  keepAliveFile(config.WORKER_ALIVE_FILE, (error) => logger.warn({ err: error }, 'could not touch WORKER_ALIVE_FILE'));
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'worker stopping: finishing jobs in progress');
      shutdownWorker(app).then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'worker did not stop cleanly');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
