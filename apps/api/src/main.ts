import { createLogger, loadConfigOrExit } from '@iep/api/core';
import { createApiApp } from './bootstrap';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, 'api');
  const app = await createApiApp(config, logger);
  await app.listen(config.PORT, '0.0.0.0');
  logger.info({ url: config.PUBLIC_URL }, 'API listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
