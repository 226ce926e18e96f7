import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { PinoNestLogger, type AppConfig } from '@iep/api/core';
import { WorkerModule } from './worker.module';

/** A Nest application context with no HTTP: BullMQ processors only. */
export async function createWorker(config: AppConfig, logger: Logger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  // On SIGTERM Nest closes the BullMQ workers, which wait for the jobs in progress to finish.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
