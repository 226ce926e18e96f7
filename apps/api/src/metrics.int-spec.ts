import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';
import { startMetricsServer } from './metrics';

/** One sample's value from the exposition text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = /\{(.*)\}/.exec(line)?.[1] ?? '';
    if (wanted.every((pair) => labelText.split(',').includes(pair))) return Number(line.split(' ').at(-1));
  }
  return undefined;
}

describe('metrics: on their own port only, with latency per operation, errors per code, pool, queues and the oldest unsent', () => {
  let api: TestApi;
  let metrics: Server;
  let metricsUrl: string;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    metrics = await startMetricsServer(0, '127.0.0.1');
    metricsUrl = `http://127.0.0.1:${(metrics.address() as AddressInfo).port}/metrics`;
  });
  afterAll(async () => {
    await new Promise((resolve) => metrics.close(resolve));
    await api.close();
  });

  const scrape = async () => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('are not served on the public port', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    expect((await fetch(metricsUrl.replace('/metrics', '/'))).status).toBe(404);
  });

  it('count each operation and each error code', async () => {
    const before = await scrape();
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD)).errors).toBeUndefined();
    await client.request(`query MetricsProbe { me { id } }`);
    await client.request(`query MetricsProbe { me { id } }`);
    const refused = await client.request(`query MetricsMissing { iep(id: "00000000-0000-4000-8000-00000000ffff") { id } }`);
    const code = refused.errors?.[0]?.extensions?.['code'] as string;
    expect(code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);

    const after = await scrape();
    const count = (text: string) => sample(text, 'iep_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', type: 'query' }) ?? 0;
    expect(count(after) - count(before)).toBe(2);
    const errors = (text: string) => sample(text, 'iep_graphql_errors_total', { code, operation: 'MetricsMissing' }) ?? 0;
    expect(errors(after) - errors(before)).toBe(1);
    expect(after).toMatch(/^iep_graphql_operation_duration_seconds_bucket\{le="0\.1",operation="MetricsProbe",type="query"\} /m);
  });

  it('report the database pool, the queues and the age of the oldest due unsent reminder and e-mail', async () => {
    await api.db.query(
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body, created_at) VALUES ('metrics-probe', 'probe@example.org', 's', 't', now() - interval '2 hours')`,
    );
    // A reminder due three days ago that was never sent.
    await api.db.query(
      `UPDATE reminders SET due_on = current_date - 3, state = 'PENDING', claimed_at = NULL, sent_at = NULL
        WHERE id = (SELECT id FROM reminders WHERE kind = 'REMINDER' ORDER BY id LIMIT 1)`,
    );
    const text = await scrape();
    expect(sample(text, 'iep_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(sample(text, 'iep_db_pool_connections', { state: 'waiting' })).toBe(0);
    for (const queue of ['mail', 'reminders', 'maintenance']) {
      expect(sample(text, 'iep_queue_jobs', { queue, state: 'failed' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'iep_queue_jobs', { queue, state: 'waiting' })).toBeGreaterThanOrEqual(0);
    }
    expect(sample(text, 'iep_redis_up')).toBe(1);
    expect(sample(text, 'iep_oldest_due_unsent_seconds', { kind: 'email' })).toBeGreaterThanOrEqual(2 * 3600);
    expect(sample(text, 'iep_oldest_due_unsent_seconds', { kind: 'reminder' })).toBeGreaterThanOrEqual(3 * 86400 - 86400);
  });
});
