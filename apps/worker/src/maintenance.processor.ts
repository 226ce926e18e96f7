import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LOGGER } from '@iep/api/core';
import { JobName, QueueName, jobsOfQueue } from '@iep/api/jobs';
import { MajorityService, type MajoritySweepResult } from '@iep/api/rights';
import { IepLifecycleService } from '@iep/api/signoff';
import { missingHandlers, type JobHandlers } from './job-handlers';

/** How long ended sessions and old sign-in failures are kept, for investigating misuse. */
const KEEP_DAYS = 30;

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: JobHandlers = {
    [JobName.PurgeExpiredSessions]: () => this.purgeExpiredSessions(),
    [JobName.TakeEffectAfterNotice]: () => this.takeEffectAfterNotice(),
    [JobName.ExpireLapsedIeps]: () => this.expireLapsedIeps(),
    [JobName.TransferRightsAtMajority]: () => this.transferRightsAtMajority(),
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly lifecycle: IepLifecycleService,
    private readonly majority: MajorityService,
  ) {
    super();
  }

  onModuleInit() {
    const missing = missingHandlers(jobsOfQueue(QueueName.Maintenance), this.handlers);
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  /** A Redis outage surfaces here once per reconnect attempt; it only delays jobs, so it is a warning. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error) {
    this.logger.warn({ err: error, queue: QueueName.Maintenance }, 'queue connection error');
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return handler(job);
  }

  async purgeExpiredSessions(): Promise<{ sessions: number; failures: number }> {
    const sessions = await this.dataSource.query(
      `DELETE FROM sessions
        WHERE (expires_at < now() OR revoked_at IS NOT NULL) AND greatest(expires_at, coalesce(revoked_at, expires_at)) < now() - make_interval(days => $1)`,
      [KEEP_DAYS],
    );
    const failures = await this.dataSource.query(
      `DELETE FROM sign_in_failures WHERE occurred_at < now() - make_interval(days => $1)`,
      [KEEP_DAYS],
    );
    const result = { sessions: Number(sessions[1] ?? 0), failures: Number(failures[1] ?? 0) };
    this.logger.info({ job: JobName.PurgeExpiredSessions, ...result }, 'purged expired sessions');
    return result;
  }

  /** Where the state does not require a signature, proposed annual IEPs and amendments whose notice has run take effect. */
  async takeEffectAfterNotice(): Promise<{ examined: number; tookEffect: string[] }> {
    const result = await this.lifecycle.takeEffectAfterNotice();
    this.logger.info({ job: JobName.TakeEffectAfterNotice, examined: result.examined, tookEffect: result.tookEffect.length }, 'IEPs took effect after notice');
    return result;
  }

  /** IEPs whose annual review date passed (in their district's today) with no new IEP in effect become EXPIRED. */
  async expireLapsedIeps(): Promise<{ examined: number; expired: string[] }> {
    const result = await this.lifecycle.expireLapsed();
    this.logger.info({ job: JobName.ExpireLapsedIeps, examined: result.examined, expired: result.expired.length }, 'lapsed IEPs expired');
    return result;
  }

  async transferRightsAtMajority(): Promise<MajoritySweepResult> {
    const result = await this.majority.transferDue();
    this.logger.info({ job: JobName.TransferRightsAtMajority, districts: result.districts, transferred: result.transferred.length }, 'rights transferred at majority');
    return result;
  }
}
