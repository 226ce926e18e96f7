import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { Public } from '@iep/api/access';
import { APP_CONFIG, newestHeartbeatAge, REDIS, type AppConfig } from '@iep/api/core';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The process is up; a load balancer restarts it when this fails. */
  @Get('live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  /**
   * PostgreSQL and Redis answer, and a worker beat recently: without one, nothing is sent and no
   * reminder goes out, so the product is not ready even though this process could answer requests.
   * `worker.ageMs` is the age of the newest heartbeat (null when none was ever seen).
   */
  @Get('ready')
  @Public()
  async ready() {
    const [postgres, redis, ageMs] = await Promise.all([
      withTimeout(this.dataSource.query('SELECT 1'), 2000).then(() => 'ok', () => 'down'),
      withTimeout(this.redis.ping(), 2000).then(() => 'ok', () => 'down'),
      withTimeout(newestHeartbeatAge(this.redis, this.config.QUEUE_PREFIX), 2000).catch(() => null),
    ]);
    const worker = {
      status: ageMs === null ? 'missing' : ageMs > this.config.WORKER_HEARTBEAT_STALE_MS ? 'stale' : 'ok',
      ageMs,
    };
    const healthy = postgres === 'ok' && redis === 'ok' && worker.status === 'ok';
    const body = { status: healthy ? 'ok' : 'unavailable', postgres, redis, worker };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
