import { createLogger, loadConfigOrExit } from '@iep/api/core';
import { createApiApp, shutdownGracefully } from './bootstrap';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, 'api');
  const app = await createApiApp(config, logger);
  await app.listen(config.PORT, '0.0.0.0');
  logger.info({ url: config.PUBLIC_URL }, 'API listening');
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

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
