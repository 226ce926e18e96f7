import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { PinoNestLogger, type AppConfig } from '@iep/api/core';
import type { WorkerHost } from '@nestjs/bullmq';
import { MailProcessor } from './mail.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { RemindersProcessor } from './reminders.processor';
import { WorkerModule } from './worker.module';

/** A Nest application context with no HTTP: BullMQ processors only. */
export async function createWorker(config: AppConfig, logger: Logger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  return app;
}

/**
 * Stops taking jobs and waits for the ones in progress, and only then closes Nest: its shutdown hooks
 * do not promise that the BullMQ workers close before the database pool does.
 */
export async function shutdownWorker(app: INestApplicationContext): Promise<void> {
  const hosts = [app.get(MaintenanceProcessor), app.get(MailProcessor), app.get(RemindersProcessor)] as WorkerHost[];
  await Promise.all(hosts.map((host) => host.worker.close()));
  await app.close();
}
