import { Global, Inject, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config';
import { CLOCK, createClock } from './clock';
import { LOGGER } from './logger';
import { REDIS, closeRedis, createRedis, evictionProblem } from './redis';

/**
 * Configuration, the logger and a shared Redis connection for every module of a process.
 * The process entry point validates the configuration and builds the logger, so a bad setting
 * stops it before Nest starts.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Checks once at start that Redis will not evict the queues' keys (REDIS_EVICTION_CHECK says how hard). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.REDIS_EVICTION_CHECK === 'off') return;
    if (this.redis.status === 'ready') return this.checkEviction(true);
    // Redis is not there (yet): the process starts and serves without it, and the check runs as soon as
    // Redis answers. A command sent now would wait in the client's offline queue and hold the start up.
    this.redis.once('ready', () => {
      this.checkEviction(false).catch((error: unknown) => this.logger.error({ err: error, check: 'redis-eviction' }, 'Redis eviction check failed'));
    });
  }

  private async checkEviction(atStart: boolean): Promise<void> {
    const problem = await evictionProblem(this.redis);
    if (!problem) return;
    if (this.config.REDIS_EVICTION_CHECK !== 'refuse') {
      this.logger.error({ check: 'redis-eviction' }, `WARNING: ${problem}`);
      return;
    }
    if (atStart) throw new Error(problem);
    // Found once Redis came back: stop as a deployment would, through the graceful shutdown.
    this.logger.fatal({ check: 'redis-eviction' }, problem);
    process.kill(process.pid, 'SIGTERM');
  }

  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: CLOCK, useValue: createClock(config.CLOCK_TODAY) },
        { provide: REDIS, useFactory: () => createRedis(config.REDIS_URL, { connectionName: 'iep-shared' }) },
      ],
      exports: [APP_CONFIG, LOGGER, REDIS, CLOCK],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}
