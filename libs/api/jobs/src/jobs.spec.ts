import { JOB_QUEUE, JOB_SCHEDULES, JobName, QueueName, jobsOfQueue } from './jobs';

describe('job registry', () => {
  it('names every job area.verb-noun and gives it a queue', () => {
    for (const job of Object.values(JobName)) {
      expect(job).toMatch(/^[a-z]+\.[a-z]+(-[a-z]+)+$/);
      expect(Object.values(QueueName)).toContain(JOB_QUEUE[job]);
    }
  });

  it('lists each job under exactly one queue', () => {
    const listed = Object.values(QueueName).flatMap(jobsOfQueue);
    expect(listed.sort()).toEqual(Object.values(JobName).sort());
  });

  it('schedules only known jobs, at least fifteen seconds apart (the unsent-mail sweep is the most frequent)', () => {
    for (const [job, schedule] of Object.entries(JOB_SCHEDULES)) {
      expect(Object.values(JobName)).toContain(job);
      expect(schedule!.every).toBeGreaterThanOrEqual(15_000);
    }
  });
});
