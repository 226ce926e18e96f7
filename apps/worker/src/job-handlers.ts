import type { Job } from 'bullmq';
import type { JobName } from '@iep/api/jobs';

export type JobHandler = (job: Job) => Promise<unknown>;
export type JobHandlers = Partial<Record<JobName, JobHandler>>;

/** Names of jobs that have no handler: the worker refuses to start while this is not empty. */
export function missingHandlers(jobs: readonly JobName[], handlers: JobHandlers): JobName[] {
  return jobs.filter((job) => typeof handlers[job] !== 'function');
}
