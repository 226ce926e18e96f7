import { connect, createServer, type Server, type Socket } from 'node:net';
import { demoPartId, DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, testRedisUrl, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const SAVE = `mutation($input: SaveIepPartInput!) { saveIepPart(input: $input) { id version } }`;
const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';

/**
 * Redis goes away (a relay in front of the real one is closed) while a case manager saves a part of a
 * draft. PostgreSQL is the truth: the save succeeds and is counted once; only what rides on Redis (live
 * updates to other editors, queued e-mail) degrades, and comes back with Redis.
 */
describe('a save while Redis is down', () => {
  let api: TestApi;
  let relay: { port: number; close(): Promise<void> };
  let target = 6379;
  let caseManager: GraphQLTestClient;

  beforeAll(async () => {
    target = Number(new URL(testRedisUrl()).port || 6379);
    const db = new URL(testRedisUrl()).pathname;
    relay = await relayTo(target);
    api = await startTestApi(createApiApp, { REDIS_URL: `redis://127.0.0.1:${relay.port}${db}` });
    await seedDemoDistrict(api.db, api.sealer);
    caseManager = new GraphQLTestClient(api.url);
    expect((await caseManager.signIn(DEMO_USERS.caseManager.email, DEMO_PASSWORD)).errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    // Redis comes back (the relay listens again on its port), so the API's clients close cleanly.
    const back = await relayTo(target, relay.port);
    await api.close();
    await back.close();
  });

  it('saves, once, and answers without waiting for Redis', async () => {
    const partId = demoPartId(MAYA_DRAFT, 3);
    const [{ version }] = await api.db.query(`SELECT version FROM iep_parts WHERE id = $1`, [partId]);
    await relay.close();

    const started = Date.now();
    const saved = await caseManager.request<{ saveIepPart: { id: string; version: number } }>(SAVE, {
      input: { partId, baseVersion: version, content: { academic: 'Reads 60 words per minute (Redis down).', functional: 'Follows a visual schedule.' } },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveIepPart).toEqual({ id: partId, version: version + 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const revisions = await api.db.query(`SELECT count(*)::int AS n FROM iep_part_revisions WHERE part_id = $1 AND version = $2`, [partId, version + 1]);
    expect(revisions).toEqual([{ n: 1 }]);
    const [row] = await api.db.query(`SELECT version, content->>'academic' AS academic FROM iep_parts WHERE id = $1`, [partId]);
    expect(row).toEqual({ version: version + 1, academic: 'Reads 60 words per minute (Redis down).' });
  }, 60_000);
});

/** A TCP relay to the real Redis on a free port; closing it is Redis going down for every client of it. */
async function relayTo(target: number, listenOn = 0): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let closed = false;
  const server: Server = createServer((client) => {
    // A client that reconnects while the relay closes is turned away, not left half-connected.
    if (closed) return void client.destroy();
    const upstream = connect(target, '127.0.0.1');
    for (const [socket, other] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(socket);
      // One side gone is the whole connection gone: no half-open socket outlives the relay.
      socket.on('close', () => {
        sockets.delete(socket);
        other.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(listenOn, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        const wasClosed = closed;
        closed = true;
        for (const socket of sockets) socket.destroy();
        if (wasClosed) return resolve();
        server.close(() => resolve());
      }),
  };
}
