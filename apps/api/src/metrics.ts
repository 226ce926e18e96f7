import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { createServer, type Server } from 'node:http';
import cluster from 'node:cluster';
import { AggregatorRegistry, Counter, Gauge, Histogram, collectDefaultMetrics, register } from 'prom-client';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { QueueName } from '@iep/api/jobs';

/**
 * Prometheus metrics of the API. Served only on METRICS_PORT (a port of its own, on METRICS_HOST,
 * 127.0.0.1 unless set), never on the public port; unset, nothing is served. With API_PROCESSES > 1
 * the primary serves the sum over its processes (figures read from PostgreSQL and Redis are the same in
 * every process and are reported once). prom-client's default registry, because cluster aggregation
 * reads it.
 */
const OPERATION = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names come from clients: past this many, new names count as "other", so a client cannot blow up the series. */
const MAX_OPERATIONS = 300;
const seenOperations = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name || !OPERATION.test(name)) return 'anonymous';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATIONS) return 'other';
  seenOperations.add(name);
  return name;
}

const operationSeconds = new Histogram({
  name: 'iep_graphql_operation_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its answer, per operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

const errorsTotal = new Counter({
  name: 'iep_graphql_errors_total',
  help: 'Errors in GraphQL answers, by error code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR, …) and operation',
  labelNames: ['code', 'operation'] as const,
});

/** What the gauges read at scrape time: the most recently started app of this process. */
let sources: { dataSource: DataSource; queues: Queue[] } | null = null;

function pool(): Pool | undefined {
  return (sources?.dataSource.driver as unknown as { master?: Pool } | undefined)?.master;
}

new Gauge({
  name: 'iep_db_pool_connections',
  help: 'Connections of this process to PostgreSQL: total open, idle, and requests waiting for one',
  labelNames: ['state'] as const,
  collect() {
    const p = pool();
    if (!p) return;
    this.set({ state: 'total' }, p.totalCount);
    this.set({ state: 'idle' }, p.idleCount);
    this.set({ state: 'waiting' }, p.waitingCount);
  },
});

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

new Gauge({
  name: 'iep_queue_jobs',
  help: 'BullMQ jobs per queue and state (failed: jobs that used up their attempts and are kept for inspection)',
  labelNames: ['queue', 'state'] as const,
  aggregator: 'max',
  async collect() {
    if (!sources) return;
    await Promise.all(
      sources.queues.map(async (queue) => {
        const counts = await queue.getJobCounts(...QUEUE_STATES).catch(() => null);
        if (!counts) return;
        for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }),
    );
  },
});

new Gauge({
  name: 'iep_redis_up',
  help: '1 when the queues could be read from Redis at this scrape, else 0',
  aggregator: 'min',
  async collect() {
    if (!sources?.queues[0]) return;
    const ok = await sources.queues[0].getJobCounts('waiting').then(() => 1, () => 0);
    this.set(ok);
  },
});

new Gauge({
  name: 'iep_oldest_due_unsent_seconds',
  help: 'Age of the oldest reminder that is due and not sent (from the start of its due day, UTC), and of the oldest e-mail not sent; 0 when none',
  labelNames: ['kind'] as const,
  aggregator: 'max',
  async collect() {
    if (!sources) return;
    const rows: Array<{ reminder: number | null; email: number | null }> = await sources.dataSource
      .query(
        `SELECT (SELECT extract(epoch FROM now() - min(due_on)::timestamp AT TIME ZONE 'UTC')::float8
                   FROM reminders WHERE state IN ('PENDING', 'CLAIMED') AND due_on <= current_date) AS reminder,
                (SELECT extract(epoch FROM now() - min(created_at))::float8 FROM outbound_emails WHERE sent_at IS NULL) AS email`,
      )
      .catch(() => []);
    if (!rows[0]) return;
    this.set({ kind: 'reminder' }, Math.max(0, rows[0].reminder ?? 0));
    this.set({ kind: 'email' }, Math.max(0, rows[0].email ?? 0));
  },
});

let defaultsCollected = false;

/** Lets the gauges read this app's pool and queues; called once the app is built. */
export function bindMetrics(app: INestApplication): void {
  if (!defaultsCollected) {
    collectDefaultMetrics({ prefix: 'iep_api_' });
    defaultsCollected = true;
  }
  sources = {
    dataSource: app.get(DataSource, { strict: false }),
    queues: Object.values(QueueName).map((name) => app.get<Queue>(getQueueToken(name), { strict: false })),
  };
}

/** Latency per operation and errors per code, from Apollo Server's request lifecycle. */
export function metricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const label = operationLabel(operationName ?? operation?.name?.value);
          operationSeconds.observe({ operation: label, type: operation?.operation ?? 'unknown' }, (performance.now() - started) / 1000);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) {
            const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'UNKNOWN';
            errorsTotal.inc({ code, operation: label });
          }
        },
      };
    },
  };
}

/**
 * The metrics server. In the primary of a cluster it asks every process for its figures; otherwise it
 * reads this process's own.
 */
export function startMetricsServer(port: number, host: string): Promise<Server> {
  const aggregator = cluster.isPrimary && Object.keys(cluster.workers ?? {}).length > 0 ? new AggregatorRegistry() : null;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    (aggregator ? aggregator.clusterMetrics() : register.metrics()).then(
      (body) => res.writeHead(200, { 'content-type': register.contentType }).end(body),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics unavailable: ${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
