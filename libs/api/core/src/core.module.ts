import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config';
import { LOGGER } from './logger';
import { REDIS, closeRedis, createRedis } from './redis';

/**
 * Configuration, the logger and a shared Redis connection for every module of a process.
 * The process entry point validates the configuration and builds the logger, so a bad setting
 * stops it before Nest starts.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: REDIS, useFactory: () => createRedis(config.REDIS_URL, { connectionName: 'iep-shared' }) },
      ],
      exports: [APP_CONFIG, LOGGER, REDIS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}
