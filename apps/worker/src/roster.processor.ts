import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '@iep/api/core';
import { RosterImportRepository, RosterImportRunner } from '@iep/api/district-admin';
import { JobName, QueueName, jobsOfQueue, rosterImportJob } from '@iep/api/jobs';
import { missingHandlers, type JobHandlers } from './job-handlers';

/** Roster imports: the dry run and the apply of each uploaded bundle, and the sweep that finds imports Redis lost. */
@Processor(QueueName.Roster)
export class RosterProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: JobHandlers = {
    [JobName.ValidateRosterImport]: (job) => this.runner.validate(String(job.data.importId)),
    [JobName.ApplyRosterImport]: (job) => this.runner.apply(String(job.data.importId)),
    [JobName.SweepRosterImports]: () => this.sweep(),
  };

  constructor(
    private readonly runner: RosterImportRunner,
    private readonly imports: RosterImportRepository,
    @InjectQueue(QueueName.Roster) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  onModuleInit() {
    const missing = missingHandlers(jobsOfQueue(QueueName.Roster), this.handlers);
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error) {
    this.logger.warn({ err: error, queue: QueueName.Roster }, 'queue connection error');
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return handler(job);
  }

  /** Enqueues again what PostgreSQL says is waiting; the job id makes a job still in Redis a no-op. */
  async sweep(): Promise<number> {
    const waiting = await this.imports.waiting();
    for (const row of waiting) {
      const job = rosterImportJob(row.id, row.status === 'QUEUED' ? 'validate' : 'apply');
      await this.queue.add(job.name, job.data, job.opts);
    }
    if (waiting.length) this.logger.info({ job: JobName.SweepRosterImports, imports: waiting.length }, 'roster imports enqueued again');
    return waiting.length;
  }
}
