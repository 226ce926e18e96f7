import { BullModule } from '@nestjs/bullmq';
import { Inject, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ConnectionOptions, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { APP_CONFIG, CoreModule, databaseOptions, HEARTBEAT_INTERVAL_MS, recordHeartbeat, REDIS, redisOptions, type AppConfig } from '@iep/api/core';
import { JOB_QUEUE, JOB_SCHEDULES, QueueName, type JobName } from '@iep/api/jobs';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { MAIL_TRANSPORT, createMailTransport } from './mail-transport';
import { MailProcessor } from './mail.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { NotificationService, OutboxService } from '@iep/api/notifications';
import { RemindersProcessor } from './reminders.processor';
import { AuditService } from '@iep/api/audit';
import { DeadlinesService, ProgressReportDeadlinesService } from '@iep/api/deadlines';
import { MajorityService } from '@iep/api/rights';
import { IepLifecycleService } from '@iep/api/signoff';
import { RosterImportRepository, RosterImportRunner } from '@iep/api/district-admin';
import { RosterProcessor } from './roster.processor';

/** This process among the heartbeats of every worker of the installation. */
const WORKER_ID = `${hostname()}:${process.pid}`;

/** How often the worker checks that every schedule still exists in Redis (a FLUSHALL removes them). */
const SCHEDULE_CHECK_MS = 15_000;

@Module({})
export class WorkerModule implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private scheduleCheck: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject('LOGGER_FOR_WORKER') private readonly logger: Logger,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot(databaseOptions(config.DATABASE_URL, [], config)),
        BullModule.forRoot({
          connection: redisOptions(config.REDIS_URL, { connectionName: 'iep-worker' }) as ConnectionOptions,
          prefix: config.QUEUE_PREFIX,
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [
        MaintenanceProcessor,
        MailProcessor,
        RemindersProcessor,
        RosterProcessor,
        RosterImportRepository,
        RosterImportRunner,
        OutboxService,
        NotificationService,
        // The lifecycle's system transitions, without the API's resolvers.
        AuditService,
        DeadlinesService,
        ProgressReportDeadlinesService,
        IepLifecycleService,
        MajorityService,
        { provide: MAIL_TRANSPORT, useFactory: () => createMailTransport(config) },
        { provide: 'LOGGER_FOR_WORKER', useValue: logger },
      ],
    };
  }

  /** The producers' side of a Redis outage: logged as a warning, since it only delays jobs. */
  onModuleInit() {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => this.logger.warn({ err: error, queue: name }, 'queue connection error'));
    }
  }

  /** Upserting by a fixed id makes every start (and every replica) agree on one schedule per job. */
  async onApplicationBootstrap() {
    for (const [job, schedule] of Object.entries(JOB_SCHEDULES) as Array<[JobName, { every: number }]>) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[job]), { strict: false });
      await queue.upsertJobScheduler(job, { every: schedule.every }, { name: job });
      this.logger.info({ job, every: schedule.every }, 'job scheduled');
    }
    await this.beat().catch((error: unknown) => this.logger.warn({ err: error }, 'could not record the worker heartbeat'));
    this.heartbeat ??= setInterval(() => {
      this.beat().catch((error: unknown) => this.logger.warn({ err: error }, 'could not record the worker heartbeat'));
    }, HEARTBEAT_INTERVAL_MS).unref();
    // Redis may lose the schedulers (a flush, a failover to an empty replica); the sweeps that re-derive
    // work from PostgreSQL must come back without a restart.
    this.scheduleCheck ??= setInterval(() => {
      this.restoreMissingSchedules().catch((error: unknown) => this.logger.warn({ err: error }, 'could not check job schedules'));
    }, SCHEDULE_CHECK_MS).unref();
  }

  /** Upserts the schedules that Redis no longer has; answers which were restored. */
  async restoreMissingSchedules(): Promise<JobName[]> {
    const restored: JobName[] = [];
    for (const [job, schedule] of Object.entries(JOB_SCHEDULES) as Array<[JobName, { every: number }]>) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[job]), { strict: false });
      if (await queue.getJobScheduler(job)) continue;
      await queue.upsertJobScheduler(job, { every: schedule.every }, { name: job });
      restored.push(job);
    }
    if (restored.length) this.logger.warn({ jobs: restored }, 'job schedules were missing from Redis and are restored');
    return restored;
  }

  /** Says the worker is alive (read by the API's /health/ready); a beat lost to a Redis outage is simply the next one. */
  async beat(): Promise<void> {
    await recordHeartbeat(this.redis, this.config.QUEUE_PREFIX, WORKER_ID);
  }

  onModuleDestroy() {
    if (this.scheduleCheck) clearInterval(this.scheduleCheck);
    this.scheduleCheck = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
