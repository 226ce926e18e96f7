import { createLogger, loadConfigOrExit } from '@iep/api/core';
import { createWorker } from './bootstrap';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, 'worker');
  await createWorker(config, logger);
  logger.info('worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
