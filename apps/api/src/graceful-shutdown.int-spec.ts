import { Client } from 'pg';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp, shutdownGracefully } from './bootstrap';

describe('graceful shutdown', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
  });

  it('finishes a request in progress before closing the database pool', async () => {
    const client = new GraphQLTestClient(api.url);
    await client.signIn(DEMO_USERS.parent.email, DEMO_PASSWORD);
    // Hold a lock the request needs, so it is still running when shutdown starts.
    const blocker = new Client({ connectionString: api.config.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE students IN ACCESS EXCLUSIVE MODE');
    const pending = client.request<{ students: Array<{ firstName: string }> }>('{ students { firstName } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = shutdownGracefully(api.app, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await blocker.query('COMMIT');
    await blocker.end();
    const result = await pending;
    expect(result.errors).toBeUndefined();
    expect(result.data!.students.map((s) => s.firstName).sort()).toEqual(['Leo', 'Lucas', 'Maya']);
    await expect(stopped).resolves.toBe(true);
    await expect(fetch(`${api.url}/health/live`)).rejects.toThrow();
  });

  afterAll(() => api.close());
});
