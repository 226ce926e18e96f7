import { Client } from 'pg';
import { DEMO_PASSWORD, DEMO_SIGNOFF, DEMO_STUDENTS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { GraphQLTestClient, startTestApi, TEST_SEAL_KEYS, type TestApi } from '@iep/api/testing';
import { contentDigest, IEP_STATUS_TRANSITIONS, IepStatus, type CanonicalJsonValue } from '@iep/domain';
import { createApiApp } from './bootstrap';

const LEO = DEMO_SIGNOFF.leoProposedIepId;
const SOFIA_AMENDMENT = DEMO_SIGNOFF.sofiaAmendmentIepId;
const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';

const VERIFY = `query($id: ID!, $v: Int!) {
  verifyIepVersion(iepId: $id, version: $v) { storedDigest computedDigest intact sealed sealKeyId liveContentMatches signatures { matches sealed } }
}`;
const AGREE = `mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideOnIepInput!) { decideOnIep(input: $input) { id kind } }`;

interface Verification {
  storedDigest: string;
  computedDigest: string;
  intact: boolean;
  sealed: boolean;
  sealKeyId: string | null;
  liveContentMatches: boolean | null;
  signatures: Array<{ matches: boolean; sealed: boolean }>;
}

/** The PostgreSQL error code of a statement, or null when it succeeded. */
async function refusal(client: Client, sql: string, params: unknown[] = []): Promise<string | null> {
  try {
    await client.query(sql, params);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  }
}

describe('the database’s own safeguards: least privilege, sealed signatures, the status lifecycle (real PostgreSQL)', () => {
  let api: TestApi;
  let parent: GraphQLTestClient;
  let parentEs: GraphQLTestClient;

  async function signedIn(email: string, on = api): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(on.url);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  async function verify(client: GraphQLTestClient, id: string, v = 1): Promise<Verification> {
    const result = await client.request<{ verifyIepVersion: Verification }>(VERIFY, { id, v });
    expect(result.errors).toBeUndefined();
    return result.data!.verifyIepVersion;
  }

  /** Writes as the owner with the triggers off: what someone with the owner's database credentials could do. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await api.db.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(sql, params);
    });
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    parent = await signedIn(DEMO_USERS.parent.email);
    parentEs = await signedIn(DEMO_USERS.parentEs.email);
  });
  afterAll(() => api.close());

  it('seals a version and the parent’s signature; verify checks both, and the live parts of the IEP in force', async () => {
    expect((await parent.request(AGREE, { input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale: 'en' } })).errors).toBeUndefined();
    const decided = await parent.request(DECIDE, {
      input: { iepId: LEO, version: 1, decision: 'CONSENT', typedName: DEMO_USERS.parent.displayName, password: DEMO_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION },
    });
    expect(decided.errors).toBeUndefined();
    const [stored] = await api.db.query(`SELECT seal FROM iep_signatures WHERE iep_id = $1 AND purpose = 'PARENT_DECISION'`, [LEO]);
    expect(stored.seal).toMatch(/^t1:[A-Za-z0-9+/]{43}=$/);
    const verified = await verify(parent, LEO);
    expect(verified).toEqual(expect.objectContaining({ intact: true, sealed: true, sealKeyId: 't1', liveContentMatches: true, signatures: [{ matches: true, sealed: true }] }));
    expect(verified.computedDigest).toBe(verified.storedDigest);
  });

  it('catches content and digest rewritten together, and a signature record rewritten', async () => {
    const [{ content }] = await api.db.query(`SELECT content FROM iep_versions WHERE iep_id = $1 AND number = 1`, [LEO]);
    const forged = { ...content, student: { ...content.student, lastName: 'Forged' } };
    await tamper(`UPDATE iep_versions SET content = $2::jsonb, digest = $3 WHERE iep_id = $1 AND number = 1`, [
      LEO, JSON.stringify(forged), contentDigest(forged as CanonicalJsonValue),
    ]);
    const afterVersion = await verify(parent, LEO);
    // The digest is consistent with the forged content: only the seal, made with a key the database never saw, tells.
    expect(afterVersion.computedDigest).toBe(afterVersion.storedDigest);
    expect(afterVersion).toEqual(expect.objectContaining({ sealed: false, intact: false }));
    // The signature names the digest it was made over, which is not the forged one.
    expect(afterVersion.signatures).toEqual([{ matches: false, sealed: true }]);

    await tamper(`UPDATE iep_signatures SET typed_name = 'Someone Else' WHERE iep_id = $1 AND purpose = 'PARENT_DECISION'`, [LEO]);
    expect((await verify(parent, LEO)).signatures).toEqual([{ matches: false, sealed: false }]);
  });

  it('for an ACTIVE IEP, notices live parts that no longer match the version in force', async () => {
    expect(await verify(parent, MAYA_ACTIVE)).toEqual(expect.objectContaining({ intact: true, liveContentMatches: true }));
    await tamper(
      `UPDATE iep_parts SET content = jsonb_set(content, '{baseline}', '"rewritten in place"') WHERE id = (
         SELECT id FROM iep_parts WHERE iep_id = $1 AND kind = 'GOAL' AND removed_at IS NULL ORDER BY id LIMIT 1)`,
      [MAYA_ACTIVE],
    );
    const after = await verify(parent, MAYA_ACTIVE);
    expect(after).toEqual(expect.objectContaining({ sealed: true, liveContentMatches: false, intact: false }));
    expect(after.computedDigest).toBe(after.storedDigest);
  });

  it('refuses a status moved by SQL outside the lifecycle, even for the owner', async () => {
    const [before] = await api.db.query(`SELECT status FROM ieps WHERE id = $1`, [MAYA_ACTIVE]);
    await expect(api.db.query(`UPDATE ieps SET status = 'DRAFT' WHERE id = $1`, [MAYA_ACTIVE])).rejects.toThrow(/IEP_STATUS: an IEP cannot go from ACTIVE to DRAFT/);
    await expect(api.db.query(`UPDATE ieps SET status = 'ACTIVE' WHERE id = $1`, ['00000000-0000-4000-8000-000000000404'])).rejects.toThrow(/IEP_STATUS/);
    const [after] = await api.db.query(`SELECT status FROM ieps WHERE id = $1`, [MAYA_ACTIVE]);
    expect(after).toEqual(before);
  });

  it('the status trigger allows exactly the transitions of the domain’s lifecycle', async () => {
    const statuses = Object.values(IepStatus);
    const allowed = new Set(IEP_STATUS_TRANSITIONS.map(([from, to]) => `${from}->${to}`));
    const runner = api.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    const observed: Record<string, boolean> = {};
    const expected: Record<string, boolean> = {};
    try {
      const [{ id: studentId }] = await runner.query(
        `INSERT INTO students (district_id, school_id, first_name, last_name, date_of_birth, grade)
         SELECT district_id, school_id, 'Lifecycle', 'Probe', '2015-01-01', '5' FROM students WHERE id = $1 RETURNING id`,
        [DEMO_STUDENTS.maya.id],
      );
      for (const from of statuses) {
        for (const to of statuses.filter((status) => status !== from)) {
          await runner.query(`SAVEPOINT probe`);
          const [{ id }] = await runner.query(`INSERT INTO ieps (student_id, kind, status, case_manager_id) VALUES ($1, 'INITIAL', $2, $3) RETURNING id`, [
            studentId, from, DEMO_USERS.caseManager.id,
          ]);
          let moved = true;
          try {
            await runner.query(`UPDATE ieps SET status = $2 WHERE id = $1`, [id, to]);
          } catch (error) {
            expect((error as { driverError?: { code?: string } }).driverError?.code).toBe('23514');
            moved = false;
          }
          await runner.query(`ROLLBACK TO SAVEPOINT probe`);
          observed[`${from}->${to}`] = moved;
          expected[`${from}->${to}`] = allowed.has(`${from}->${to}`);
        }
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(observed).toEqual(expected);
  });

  it('the API and the worker connect as a role that owns nothing and is refused what would undo the record', async () => {
    const app = new Client({ connectionString: api.config.DATABASE_URL });
    await app.connect();
    try {
      const { rows: [me] } = await app.query(
        `SELECT current_user AS name, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication FROM pg_roles WHERE rolname = current_user`,
      );
      expect(me).toEqual({ name: 'iep_app', rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false });
      const { rows: [{ owned }] } = await app.query(
        `SELECT count(*)::int AS owned FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      );
      expect(owned).toBe(0);

      const denied = '42501';
      // The signed version and its signature (LEO's, signed above) cannot be rewritten or removed.
      expect(await refusal(app, `UPDATE iep_versions SET digest = digest WHERE iep_id = $1`, [LEO])).toBe(denied);
      expect(await refusal(app, `UPDATE iep_signatures SET typed_name = typed_name WHERE iep_id = $1`, [LEO])).toBe(denied);
      expect(await refusal(app, `DELETE FROM iep_decisions WHERE iep_id = $1`, [LEO])).toBe(denied);
      expect(await refusal(app, `UPDATE audit_events SET data = '{}' WHERE id = (SELECT min(id) FROM audit_events)`)).toBe(denied);
      expect(await refusal(app, `DELETE FROM audit_events`)).toBe(denied);
      expect(await refusal(app, `TRUNCATE iep_part_revisions`)).toBe(denied);
      // Nor can it switch the guards off, or change the schema.
      expect(await refusal(app, `ALTER TABLE iep_versions DISABLE TRIGGER iep_versions_frozen`)).toBe(denied);
      expect(await refusal(app, `ALTER TABLE ieps DISABLE TRIGGER ALL`)).toBe(denied);
      expect(await refusal(app, `SET session_replication_role = replica`)).toBe(denied);
      expect(await refusal(app, `CREATE TABLE intruder (id int)`)).toBe(denied);
      expect(await refusal(app, `SELECT * FROM migrations`)).toBe(denied);
      // The same status guard binds it as it binds the owner.
      expect(await refusal(app, `UPDATE ieps SET status = 'DRAFT' WHERE id = $1`, [MAYA_ACTIVE])).toBe('23514');
    } finally {
      await app.end();
    }
  });

  it('verifies with every listed key after a rotation, and with none it does not list', async () => {
    const rotated = await startTestApi(createApiApp, {
      DATABASE_URL: api.config.DATABASE_URL, DATABASE_MIGRATION_URL: api.config.DATABASE_MIGRATION_URL!,
      SEAL_KEYS: `k2:${Buffer.alloc(32, 2).toString('base64')},${TEST_SEAL_KEYS}`,
    });
    const replaced = await startTestApi(createApiApp, {
      DATABASE_URL: api.config.DATABASE_URL, DATABASE_MIGRATION_URL: api.config.DATABASE_MIGRATION_URL!,
      SEAL_KEYS: `k2:${Buffer.alloc(32, 2).toString('base64')}`,
    });
    try {
      expect(await verify(await signedIn(DEMO_USERS.parentEs.email, rotated), SOFIA_AMENDMENT)).toEqual(
        expect.objectContaining({ intact: true, sealed: true, sealKeyId: 't1' }),
      );
      expect(await verify(await signedIn(DEMO_USERS.parentEs.email, replaced), SOFIA_AMENDMENT)).toEqual(
        expect.objectContaining({ intact: false, sealed: false, sealKeyId: 't1' }),
      );
      expect((await verify(parentEs, SOFIA_AMENDMENT)).intact).toBe(true);
    } finally {
      // Last in this file: closing a second API in the process disturbs the first one's connections.
      await rotated.close();
      await replaced.close();
    }
  });
});
