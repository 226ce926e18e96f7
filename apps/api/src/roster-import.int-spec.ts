import { getDataSourceToken } from '@nestjs/typeorm';
import { Worker, type ConnectionOptions } from 'bullmq';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { AuditService } from '@iep/api/audit';
import { createClock, redisOptions } from '@iep/api/core';
import { RosterImportRepository, RosterImportRunner } from '@iep/api/district-admin';
import { JobName, QueueName } from '@iep/api/jobs';
import { DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, ROSTER_SAMPLE_ZIP, rosterSampleFiles, startTestApi, zipFiles, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const IMPORT_FIELDS = `id fileName byteSize status mode progress rows changeCount unchanged skipped problemCount failure
  counts { entity created updated deactivated } changes { entity action sourcedId name } problems { file line column problem message }`;
const Q = {
  rosterImport: `query($id: ID!) { rosterImport(id: $id) { ${IMPORT_FIELDS} } }`,
  rosterImports: `{ rosterImports { id status } }`,
  apply: `mutation($id: ID!) { applyRosterImport(id: $id) { id status } }`,
  students: `query($search: String) { districtStudents(search: $search, first: 50) { totalCount nodes { id firstName lastName } } }`,
};

interface RosterImport {
  id: string; status: string; mode: string | null; progress: number; rows: number; changeCount: number; unchanged: number; skipped: number;
  problemCount: number; failure: string | null; byteSize: number;
  counts: Array<{ entity: string; created: number; updated: number; deactivated: number }>;
  changes: Array<{ entity: string; action: string; sourcedId: string | null; name: string }>;
  problems: Array<{ file: string; line: number; column: string | null; problem: string; message: string }>;
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const DONE = ['VALIDATED', 'INVALID', 'APPLIED', 'FAILED'];

describe('roster import (OneRoster 1.2 CSV) against the real PostgreSQL and Redis', () => {
  let api: TestApi;
  let worker: Worker;
  let admin: GraphQLTestClient;
  let lakeshoreAdmin: GraphQLTestClient;
  let teacher: GraphQLTestClient;

  async function signedIn(email: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  /** POST /api/roster-imports as a browser form would, with the preflight header the page sends. */
  async function upload(client: GraphQLTestClient, zip: Buffer, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'roster.zip');
    const response = await fetch(`${api.url}/api/roster-imports`, { method: 'POST', body: form, headers: { cookie: client.sessionCookie ?? '', ...headers } });
    return { status: response.status, body: (await response.json()) as { id?: string; status?: string; code?: string } };
  }

  async function settled(client: GraphQLTestClient, id: string): Promise<RosterImport> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const result = await client.request<{ rosterImport: RosterImport }>(Q.rosterImport, { id });
      expect(result.errors).toBeUndefined();
      if (DONE.includes(result.data!.rosterImport.status)) return result.data!.rosterImport;
      if (Date.now() > deadline) throw new Error(`import ${id} stuck in ${result.data!.rosterImport.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function dryRun(zip: Buffer): Promise<RosterImport> {
    const { status, body } = await upload(admin, zip);
    expect(status).toBe(201);
    return settled(admin, body.id!);
  }

  async function applied(zip: Buffer): Promise<RosterImport> {
    const dry = await dryRun(zip);
    expect(dry.problems).toEqual([]);
    expect(dry.status).toBe('VALIDATED');
    const result = await admin.request(Q.apply, { id: dry.id });
    expect(result.errors).toBeUndefined();
    return settled(admin, dry.id);
  }

  const count = (counts: RosterImport['counts'], entity: string) => counts.find((c) => c.entity === entity)!;
  const sample = () => readFileSync(ROSTER_SAMPLE_ZIP);
  const bundleWith = (change: (files: Record<string, string>) => void) => {
    const files = rosterSampleFiles();
    change(files);
    return zipFiles(files);
  };
  const dropLines = (text: string, ...prefixes: string[]) => text.split('\n').filter((line) => !prefixes.some((p) => line.startsWith(p))).join('\n');

  async function rosterTotals() {
    const [row] = await api.db.query(`SELECT
      (SELECT count(*)::int FROM students WHERE sourced_id IS NOT NULL) AS students,
      (SELECT count(*)::int FROM users WHERE sourced_id IS NOT NULL) AS users,
      (SELECT count(*)::int FROM schools WHERE sourced_id IS NOT NULL) AS schools,
      (SELECT count(*)::int FROM guardianships WHERE sourced_id IS NOT NULL) AS links,
      (SELECT count(*)::int FROM students) AS "allStudents", (SELECT count(*)::int FROM users) AS "allUsers"`);
    return row as Record<string, number>;
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    // The worker's job, on the API's queue prefix: the same runner the worker process registers (RosterProcessor).
    const appDb = api.app.get<DataSource>(getDataSourceToken());
    const imports = new RosterImportRepository(appDb);
    const runner = new RosterImportRunner(appDb, imports, new AuditService(appDb), pino({ level: 'silent' }), createClock());
    worker = new Worker(
      QueueName.Roster,
      async (job) => (job.name === JobName.ApplyRosterImport ? runner.apply(job.data.importId) : runner.validate(job.data.importId)),
      { connection: redisOptions(api.config.REDIS_URL) as ConnectionOptions, prefix: api.config.QUEUE_PREFIX },
    );
    admin = await signedIn(DEMO_USERS.admin.email);
    lakeshoreAdmin = await signedIn(OTHER_DISTRICT.users.admin.email);
    teacher = await signedIn(DEMO_USERS.teacher.email);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('dry-runs the sample bundle: counts and lists what it would create, and writes nothing', async () => {
    const before = await rosterTotals();
    const dry = await dryRun(sample());
    expect(dry).toMatchObject({ status: 'VALIDATED', mode: 'BULK', progress: 100, rows: 27, problemCount: 0, skipped: 1 });
    expect(dry.counts).toEqual([
      { entity: 'SCHOOL', created: 2, updated: 0, deactivated: 0 },
      { entity: 'STUDENT', created: 3, updated: 0, deactivated: 0 },
      { entity: 'GUARDIAN', created: 3, updated: 0, deactivated: 0 },
      { entity: 'STAFF', created: 3, updated: 0, deactivated: 0 },
      { entity: 'GUARDIAN_LINK', created: 4, updated: 0, deactivated: 0 },
    ]);
    expect(dry.changes).toContainEqual({ entity: 'STUDENT', action: 'CREATE', sourcedId: 'usr-stu-1002', name: 'Ben Carter' });
    expect(dry.changes).toContainEqual({ entity: 'SCHOOL', action: 'CREATE', sourcedId: 'org-maple-grove', name: 'Maple Grove Elementary' });
    expect(await rosterTotals()).toEqual(before);
    const [uploaded] = await api.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'ROSTER_IMPORT_UPLOADED' AND data->>'importId' = $1`, [dry.id]);
    expect(uploaded).toMatchObject({ actor_id: DEMO_USERS.admin.id, data: { fileName: 'roster.zip' } });
  });

  it('applies the sample in one go, with roles mapped and guardians linked, and audits it', async () => {
    const done = await applied(sample());
    expect(done.status).toBe('APPLIED');
    const students = await api.db.query(
      `SELECT s.sourced_id, s.first_name, to_char(s.date_of_birth, 'YYYY-MM-DD') AS dob, s.grade, sc.name AS school
         FROM students s JOIN schools sc ON sc.id = s.school_id WHERE s.sourced_id IS NOT NULL ORDER BY s.sourced_id`);
    expect(students).toEqual([
      { sourced_id: 'usr-stu-1001', first_name: 'Ana', dob: '2018-03-14', grade: '3', school: 'Maple Grove Elementary' },
      { sourced_id: 'usr-stu-1002', first_name: 'Ben', dob: '2014-11-02', grade: '7', school: 'Cedar Ridge Middle School' },
      { sourced_id: 'usr-stu-1003', first_name: 'Chloe', dob: '2021-06-30', grade: 'K', school: 'Maple Grove Elementary' },
    ]);
    const users = await api.db.query(`SELECT sourced_id, email, role, password_hash FROM users WHERE sourced_id IS NOT NULL ORDER BY sourced_id`);
    expect(users.map((u: { sourced_id: string; role: string }) => [u.sourced_id, u.role])).toEqual([
      ['usr-adm-3003', 'DISTRICT_REPRESENTATIVE'],
      ['usr-par-2001', 'PARENT'],
      ['usr-par-2002', 'PARENT'],
      ['usr-par-2003', 'PARENT'],
      ['usr-tch-3001', 'GENERAL_EDUCATION_TEACHER'],
      ['usr-tch-3002', 'SPECIALIST'],
    ]);
    expect(users.every((u: { password_hash: string | null }) => u.password_hash === null)).toBe(true);
    const links = await api.db.query(
      `SELECT g.sourced_id, g.relationship, g.rights_holder FROM guardianships g WHERE g.sourced_id IS NOT NULL ORDER BY g.sourced_id`);
    expect(links).toEqual([
      { sourced_id: 'usr-stu-1001/usr-par-2001', relationship: 'Parent', rights_holder: true },
      { sourced_id: 'usr-stu-1001/usr-par-2002', relationship: 'Guardian', rights_holder: true },
      { sourced_id: 'usr-stu-1002/usr-par-2003', relationship: 'Parent', rights_holder: true },
      { sourced_id: 'usr-stu-1003/usr-par-2003', relationship: 'Parent', rights_holder: true },
    ]);
    const [audit] = await api.db.query(
      `SELECT actor_id, cardinality(student_ids) AS students, data FROM audit_events WHERE event = 'ROSTER_IMPORT_APPLIED' AND data->>'importId' = $1`, [done.id]);
    expect(audit).toMatchObject({ actor_id: DEMO_USERS.admin.id, students: 3, data: { mode: 'BULK' } });
    const [{ requested }] = await api.db.query(
      `SELECT count(*)::int AS requested FROM audit_events WHERE event = 'ROSTER_IMPORT_APPLY_REQUESTED' AND data->>'importId' = $1`, [done.id]);
    expect(requested).toBe(1);
    // Once applied, the bundle is gone and the import cannot be applied again.
    const [{ chunks }] = await api.db.query(`SELECT count(*)::int AS chunks FROM roster_import_chunks WHERE import_id = $1`, [done.id]);
    expect(chunks).toBe(0);
    expect(code(await admin.request(Q.apply, { id: done.id }))).toBe('CONFLICT');
  });

  it('re-running the same bundle updates nothing and duplicates nothing', async () => {
    const before = await rosterTotals();
    const again = await applied(sample());
    expect(again.status).toBe('APPLIED');
    expect(again.changeCount).toBe(0);
    expect(again.unchanged).toBe(2 + 3 + 6 + 4);
    expect(await rosterTotals()).toEqual(before);
  });

  it('a full import deactivates the people and schools it no longer lists, and keeps their records', async () => {
    const zip = bundleWith((files) => {
      files['users.csv'] = dropLines(files['users.csv'], 'usr-stu-1003', 'usr-tch-3002').replace('"usr-stu-1002,usr-stu-1003"', 'usr-stu-1002');
      files['roles.csv'] = dropLines(files['roles.csv'], 'rol-1003', 'rol-3002');
      files['demographics.csv'] = dropLines(files['demographics.csv'], 'usr-stu-1003');
    });
    const dry = await dryRun(zip);
    expect(dry.status).toBe('VALIDATED');
    expect(dry.changes).toEqual(expect.arrayContaining([
      { entity: 'STUDENT', action: 'DEACTIVATE', sourcedId: 'usr-stu-1003', name: 'Chloe Carter' },
      { entity: 'STAFF', action: 'DEACTIVATE', sourcedId: 'usr-tch-3002', name: 'Fatima Said' },
      { entity: 'GUARDIAN_LINK', action: 'DEACTIVATE', sourcedId: 'usr-stu-1003/usr-par-2003', name: 'usr-stu-1003/usr-par-2003' },
    ]));
    const before = await rosterTotals();
    const result = await admin.request(Q.apply, { id: dry.id });
    expect(result.errors).toBeUndefined();
    expect((await settled(admin, dry.id)).status).toBe('APPLIED');

    const [chloe] = await api.db.query(`SELECT active FROM students WHERE sourced_id = 'usr-stu-1003'`);
    expect(chloe.active).toBe(false);
    const [fatima] = await api.db.query(`SELECT active FROM users WHERE sourced_id = 'usr-tch-3002'`);
    expect(fatima.active).toBe(false);
    // Deactivated, never deleted; hidden from the district's student list.
    expect((await rosterTotals()).allStudents).toBe(before.allStudents);
    const list = await admin.request<{ districtStudents: { nodes: Array<{ firstName: string }> } }>(Q.students, { search: 'Carter' });
    expect(list.data!.districtStudents.nodes.map((n) => n.firstName)).toContain('Ben');
    expect(list.data!.districtStudents.nodes.map((n) => n.firstName)).not.toContain('Chloe');

    // Listed again: reactivated, still one record.
    const back = await applied(sample());
    expect(back.changes).toContainEqual({ entity: 'STUDENT', action: 'UPDATE', sourcedId: 'usr-stu-1003', name: 'Chloe Carter' });
    const [again] = await api.db.query(`SELECT count(*)::int AS n, bool_and(active) AS active FROM students WHERE sourced_id = 'usr-stu-1003'`);
    expect(again).toEqual({ n: 1, active: true });
  });

  it('a delta import updates what it lists and deactivates nothing else', async () => {
    const zip = bundleWith((files) => {
      files['manifest.csv'] = files['manifest.csv'].replace(/,bulk/g, ',delta');
      files['users.csv'] = [files['users.csv'].split('\n')[0], files['users.csv'].split('\n').find((l) => l.startsWith('usr-tch-3001'))!.replace('Evan,Brooks', 'Evan,Brooks-Hale').replace(',,,true,', ',active,2026-09-01T00:00:00Z,true,')].join('\n');
      files['roles.csv'] = dropLines(files['roles.csv'], 'rol-1', 'rol-2', 'rol-3002', 'rol-3003', 'rol-3004');
      files['orgs.csv'] = files['orgs.csv'].split('\n')[0];
      files['demographics.csv'] = files['demographics.csv'].split('\n')[0];
    });
    const done = await applied(zip);
    expect(done.mode).toBe('DELTA');
    expect(done.counts.reduce((sum, c) => sum + c.deactivated, 0)).toBe(0);
    expect(count(done.counts, 'STAFF').updated).toBe(1);
    const [evan] = await api.db.query(`SELECT display_name FROM users WHERE sourced_id = 'usr-tch-3001'`);
    expect(evan.display_name).toBe('Evan Brooks-Hale');
    const [{ active }] = await api.db.query(`SELECT count(*)::int AS active FROM students WHERE sourced_id IS NOT NULL AND active`);
    expect(active).toBe(3);
  });

  it('a bundle with any error writes nothing, and the report names file, line, column and problem', async () => {
    const zip = bundleWith((files) => {
      files['users.csv'] = files['users.csv'].concat('usr-stu-1004,,,true,dnew,,Dora,New,,1004,,,,usr-par-9999,05,,,,,,,org-maple-grove,\n');
      files['roles.csv'] += 'rol-1004,,,usr-stu-1004,primary,student,,,org-maple-grove,\n';
      files['demographics.csv'] = files['demographics.csv'].replace('2014-11-02', '2014-13-02');
      files['orgs.csv'] = files['orgs.csv'].replace(',school,061234500202', ',campus,061234500202');
    });
    const before = await rosterTotals();
    const dry = await dryRun(zip);
    expect(dry.status).toBe('INVALID');
    expect(dry.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'orgs.csv', line: 4, column: 'type', problem: 'BAD_VALUE' }),
      expect.objectContaining({ file: 'users.csv', line: 12, column: 'agentSourcedIds', problem: 'UNKNOWN_REFERENCE' }),
      expect.objectContaining({ file: 'demographics.csv', line: 3, column: 'birthDate', problem: 'BAD_DATE' }),
    ]));
    expect(dry.problems.find((p) => p.column === 'agentSourcedIds')!.message).toContain('usr-par-9999');
    expect(code(await admin.request(Q.apply, { id: dry.id }))).toBe('CONFLICT');
    expect(await rosterTotals()).toEqual(before);

    const missingHeader = await dryRun(bundleWith((files) => {
      files['users.csv'] = files['users.csv'].replace(',givenName,', ',firstName,');
    }));
    expect(missingHeader.problems).toEqual([expect.objectContaining({ file: 'users.csv', line: 1, column: 'givenName', problem: 'MISSING_HEADER' })]);
    expect(await rosterTotals()).toEqual(before);
  });

  it('refuses other districts, other roles, uploads without the CSRF header, and files that are not ZIPs', async () => {
    const { body } = await upload(admin, sample());
    const mine = await settled(admin, body.id!);

    const denialsBefore = await deniedCount(OTHER_DISTRICT.users.admin.id);
    expect(code(await lakeshoreAdmin.request(Q.rosterImport, { id: mine.id }))).toBe('NOT_FOUND');
    expect(code(await lakeshoreAdmin.request(Q.apply, { id: mine.id }))).toBe('NOT_FOUND');
    expect(await deniedCount(OTHER_DISTRICT.users.admin.id)).toBe(denialsBefore + 2);
    const theirs = await lakeshoreAdmin.request<{ rosterImports: unknown[] }>(Q.rosterImports);
    expect(theirs.data!.rosterImports).toEqual([]);

    expect(code(await teacher.request(Q.rosterImport, { id: mine.id }))).toBe('FORBIDDEN');
    expect(code(await teacher.request(Q.apply, { id: mine.id }))).toBe('FORBIDDEN');
    expect((await upload(teacher, sample())).status).toBe(403);
    expect((await upload(new GraphQLTestClient(api.url), sample())).status).toBe(401);

    const noHeader = await upload(admin, sample(), {});
    expect(noHeader).toEqual({ status: 400, body: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
    const notZip = await upload(admin, Buffer.from('sourcedId,status\n1,active\n'));
    expect(notZip).toEqual({ status: 400, body: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
  });

  it('streams a 100 MB upload into the database without holding it in memory', async () => {
    const size = 100 * 1024 * 1024;
    const boundary = 'iep-roster-boundary';
    const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.zip"\r\ncontent-type: application/zip\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const block = Buffer.alloc(64 * 1024, 0x61);
    const first = Buffer.from(block);
    first.write('PK\u0003\u0004', 0, 'latin1');
    // What the process holds after a collection, at each quarter of the upload: garbage awaiting the collector
    // is not held, a buffered upload would be (the client, the API and their buffers all live in this process).
    // V8 frees dead buffers' memory on a background thread after a collection; on a busy machine that can lag,
    // so each reading collects twice with a pause between: the second collection waits for the first one's sweep.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const settle = async () => {
      collect();
      await new Promise((resolve) => setTimeout(resolve, 50));
      collect();
      const now = process.memoryUsage();
      return now.heapUsed + now.arrayBuffers;
    };
    const baseline = await settle();
    const held: number[] = [];
    const quarter = size / 4;
    const body = Readable.from((async function* () {
      yield head;
      for (let sent = 0; sent < size; sent += block.length) {
        if (sent > 0 && sent % quarter === 0) held.push((await settle()) - baseline);
        yield sent === 0 ? first : block;
      }
      yield tail;
    })());
    const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${api.url}/api/roster-imports`, {
        method: 'POST',
        headers: {
          cookie: admin.sessionCookie!, 'apollo-require-preflight': 'true',
          'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length),
        },
      }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      body.pipe(req);
    });
    expect(response.status).toBe(201);
    const { id } = JSON.parse(response.text) as { id: string };
    const [stored] = await api.db.query(
      `SELECT r.byte_size::float8 AS size, count(c.seq)::int AS chunks FROM roster_imports r JOIN roster_import_chunks c ON c.import_id = r.id WHERE r.id = $1 GROUP BY r.byte_size`, [id]);
    expect(stored).toEqual({ size, chunks: 100 });
    held.push((await settle()) - baseline);
    expect(held).toHaveLength(4);
    // Buffered, the upload would hold at least 75 MB at the third quarter; streamed, it holds a chunk or two.
    expect(Math.max(...held)).toBeLessThan(40 * 1024 * 1024);
    const done = await settled(admin, id);
    expect(done).toMatchObject({ status: 'INVALID', byteSize: size, problems: [expect.objectContaining({ problem: 'NOT_A_ZIP' })] });
  }, 300_000);

  async function deniedCount(actorId: string): Promise<number> {
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE event = 'ACCESS_DENIED' AND actor_id = $1`, [actorId]);
    return n;
  }
});
