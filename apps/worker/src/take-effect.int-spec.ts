import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueEvents, type ConnectionOptions, type Queue } from 'bullmq';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { databaseOptions, loadConfig, redisOptions } from '@iep/api/core';
import { JobName, QueueName } from '@iep/api/jobs';
import { DEMO_DISTRICT, DEMO_SIGNOFF, seedDemoDistrict } from '@iep/api/seed';
import { createTestDatabase, testRedisUrl, testSealer } from '@iep/api/testing';
import { createWorker } from './bootstrap';

describe('lifecycle.take-effect-after-notice in the worker (real PostgreSQL and Redis)', () => {
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  const prefix = `t${process.env.IEP_TEST_RUN}w${process.env.JEST_WORKER_ID}effect`;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = new DataSource(databaseOptions(database.url));
    await db.initialize();
    await seedDemoDistrict(db, testSealer());
    worker = await createWorker(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.appUrl, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix }),
      pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    );
    await worker.init();
  });

  afterAll(async () => {
    for (const name of Object.values(QueueName)) {
      await worker.get<Queue>(getQueueToken(name), { strict: false }).obliterate({ force: true });
    }
    await worker.close();
    await db.destroy();
    await drop();
  });

  async function run(): Promise<{ examined: number; tookEffect: string[] }> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    const events = new QueueEvents(QueueName.Maintenance, { connection: redisOptions(testRedisUrl()) as ConnectionOptions, prefix });
    await events.waitUntilReady();
    try {
      const job = await queue.add(JobName.TakeEffectAfterNotice, {});
      return await job.waitUntilFinished(events, 15_000);
    } finally {
      await events.close();
    }
  }

  it('puts a proposed amendment in force once its notice has run where no signature is required, and leaves the initial IEP', async () => {
    expect(await run()).toEqual({ examined: 0, tookEffect: [] });
    // The district moves to a profile without the signature rule, and the amendment was sent eleven days ago.
    await db.query(`UPDATE districts SET state_code = 'IDEA_NOTICE' WHERE id = $1`, [DEMO_DISTRICT.id]);
    await db.query(
      `INSERT INTO iep_versions (iep_id, number, content, digest, proposed_on)
       SELECT iep_id, 2, content, digest, current_date - 11 FROM iep_versions WHERE iep_id = $1 AND number = 1`,
      [DEMO_SIGNOFF.sofiaAmendmentIepId],
    );
    // Mateo's amendment (a browser journey's) is proposed too, but its notice has not run yet.
    expect(await run()).toEqual({ examined: 2, tookEffect: [DEMO_SIGNOFF.sofiaAmendmentIepId] });
    const statuses = await db.query(`SELECT id, status FROM ieps WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      [DEMO_SIGNOFF.leoProposedIepId, DEMO_SIGNOFF.sofiaActiveIepId, DEMO_SIGNOFF.sofiaAmendmentIepId],
    ]);
    expect(statuses).toEqual([
      { id: DEMO_SIGNOFF.leoProposedIepId, status: 'PROPOSED' },
      { id: DEMO_SIGNOFF.sofiaActiveIepId, status: 'SUPERSEDED' },
      { id: DEMO_SIGNOFF.sofiaAmendmentIepId, status: 'ACTIVE' },
    ]);
    const [decision] = await db.query(`SELECT kind, version_number, decided_by_id FROM iep_decisions WHERE iep_id = $1`, [DEMO_SIGNOFF.sofiaAmendmentIepId]);
    expect(decision).toEqual({ kind: 'TOOK_EFFECT_AFTER_NOTICE', version_number: 2, decided_by_id: null });
    // Only Mateo's amendment is still proposed, and its notice still has not run.
    expect(await run()).toEqual({ examined: 1, tookEffect: [] });
  });
});
