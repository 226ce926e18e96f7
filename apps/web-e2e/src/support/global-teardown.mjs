import pg from 'pg';
import { stopChild } from '../../../../tools/lib/processes.mjs';

export default async function globalTeardown() {
  const state = globalThis.__E2E__;
  if (!state) return;
  await Promise.all([stopChild(state.api), stopChild(state.worker)]);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${state.database} WITH (FORCE)`);
  await admin.end();
}
