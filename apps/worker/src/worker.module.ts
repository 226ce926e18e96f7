import { BullModule } from '@nestjs/bullmq';
import { Inject, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ConnectionOptions, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { CoreModule, databaseOptions, redisOptions, type AppConfig } from '@iep/api/core';
import { JOB_QUEUE, JOB_SCHEDULES, QueueName, type JobName } from '@iep/api/jobs';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { MAIL_TRANSPORT, createMailTransport } from './mail-transport';
import { MailProcessor } from './mail.processor';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject('LOGGER_FOR_WORKER') private readonly logger: Logger,
  ) {}

  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot(databaseOptions(config.DATABASE_URL)),
        BullModule.forRoot({
          connection: redisOptions(config.REDIS_URL, { connectionName: 'iep-worker' }) as ConnectionOptions,
          prefix: config.QUEUE_PREFIX,
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [
        MaintenanceProcessor,
        MailProcessor,
        { provide: MAIL_TRANSPORT, useFactory: () => createMailTransport(config) },
        { provide: 'LOGGER_FOR_WORKER', useValue: logger },
      ],
    };
  }

  /** Upserting by a fixed id makes every start (and every replica) agree on one schedule per job. */
  async onApplicationBootstrap() {
    for (const [job, schedule] of Object.entries(JOB_SCHEDULES) as Array<[JobName, { every: number }]>) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[job]), { strict: false });
      await queue.upsertJobScheduler(job, { every: schedule.every }, { name: job });
      this.logger.info({ job, every: schedule.every }, 'job scheduled');
    }
  }
}
