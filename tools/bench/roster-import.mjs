// The `roster-import` scenario: a OneRoster 1.2 CSV bundle of 50,000 people (× BENCH_SCALE) — students,
// their parents, staff — at 40 schools, imported by the real worker: the dry run (every row validated,
// the plan computed against the district), then the apply in one transaction. The bundle is stored as the
// upload endpoint stores it (chunks in roster_import_chunks) and the jobs are enqueued as the API does.
// Target: the whole import (dry run and apply) in under a minute.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { ROOT, startService, stopChild } from '../lib/processes.mjs';
import { DEMO } from './generate.mjs';

const QUEUE_PREFIX = 'bench-roster';
const TARGET_SECONDS = 60;
const CHUNK_BYTES = 1024 * 1024;

const USERS_HEADER = 'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns';
const ROLES_HEADER = 'sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId';
const DEMOGRAPHICS_HEADER = 'sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus';
const GRADES = ['KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const GIVEN = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Iris', 'Jamal', 'Kai', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya'];
const FAMILY = ['Lopez', 'Carter', 'Nguyen', 'Okafor', 'Schmidt', 'Haddad', 'Kim', 'Silva', 'Novak', 'Reyes', 'Patel', 'Moreau'];

/**
 * A full (bulk) bundle of `people` users: 48 % students, 48 % a parent each, 4 % staff. Every row carries
 * the standard's full header; students have a birth date in demographics.csv and their parent as agent.
 */
export function rosterBundle(people) {
  const schools = 40;
  const staff = Math.max(1, Math.round(people * 0.04));
  const students = Math.floor((people - staff) / 2);
  const orgs = ['sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId', 'bench-district,,,Bench District,district,,'];
  for (let s = 0; s < schools; s++) orgs.push(`bench-sch-${s},,,Bench School ${s + 1},school,S${s},bench-district`);
  const users = [USERS_HEADER];
  const roles = [ROLES_HEADER];
  const demographics = [DEMOGRAPHICS_HEADER];
  for (let i = 0; i < students; i++) {
    const school = `bench-sch-${i % schools}`;
    const given = GIVEN[i % GIVEN.length];
    const family = FAMILY[(i * 7) % FAMILY.length];
    const grade = GRADES[i % GRADES.length];
    users.push(`bench-stu-${i},,,true,stu${i},,${given},${family},,${i},,,,bench-par-${i},${grade},,,,,,,${school},`);
    roles.push(`bench-rol-stu-${i},,,bench-stu-${i},primary,student,,,${school},`);
    const year = 2008 + (i % 14);
    demographics.push(`bench-stu-${i},,,${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},female,,,,,,,,,,,`);
    users.push(`bench-par-${i},,,true,par${i}@families.bench.example,,${GIVEN[(i + 3) % GIVEN.length]},${family},,P${i},par${i}@families.bench.example,,,bench-stu-${i},,,,,,,,${school},`);
    roles.push(`bench-rol-par-${i},,,bench-par-${i},primary,parent,,,${school},`);
  }
  for (let i = 0; i < people - 2 * students; i++) {
    const school = `bench-sch-${i % schools}`;
    users.push(`bench-stf-${i},,,true,stf${i},,${GIVEN[i % GIVEN.length]},${FAMILY[i % FAMILY.length]},,T${i},stf${i}@staff.bench.example,,,,,,,,,,,${school},`);
    roles.push(`bench-rol-stf-${i},,,bench-stf-${i},primary,${i % 10 === 0 ? 'counselor' : 'teacher'},,,${school},`);
  }
  const manifest = ['propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.2', 'file.orgs,bulk', 'file.users,bulk', 'file.roles,bulk', 'file.demographics,bulk',
    'source.systemName,IEP Team bench', 'source.systemCode,BENCH'];
  const files = {
    'manifest.csv': `${manifest.join('\n')}\n`,
    'orgs.csv': `${orgs.join('\n')}\n`,
    'users.csv': `${users.join('\n')}\n`,
    'roles.csv': `${roles.join('\n')}\n`,
    'demographics.csv': `${demographics.join('\n')}\n`,
  };
  return { zip: zipFiles(files), rows: orgs.length + users.length + roles.length + demographics.length - 4, people: users.length - 1 };
}

/** Zipped with Info-ZIP's `zip`, as a district's system would hand the bundle over. */
function zipFiles(files) {
  const dir = mkdtempSync(join(tmpdir(), 'iep-bench-roster-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    execFileSync('zip', ['-q', '-j', join(dir, 'bundle.zip'), ...Object.keys(files).map((name) => join(dir, name))]);
    return readFileSync(join(dir, 'bundle.zip'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function storeUpload(db, zip, adminId) {
  const { rows: [row] } = await db.query(
    `INSERT INTO roster_imports (district_id, uploaded_by_id, file_name, byte_size, status) VALUES ($1, $2, 'bench-roster.zip', $3, 'QUEUED') RETURNING id`,
    [DEMO.districtId, adminId, zip.length]);
  for (let seq = 0; seq * CHUNK_BYTES < zip.length; seq++) {
    await db.query(`INSERT INTO roster_import_chunks (import_id, seq, bytes) VALUES ($1, $2, $3)`, [row.id, seq, zip.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES)]);
  }
  return row.id;
}

async function waitFor(db, id, statuses, worker) {
  const limit = performance.now() + 10 * 60_000;
  for (;;) {
    if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode} (see ${join('bench-results', 'logs', 'worker.log')})`);
    const { rows: [row] } = await db.query(`SELECT status, report FROM roster_imports WHERE id = $1`, [id]);
    if (statuses.includes(row.status)) return row;
    if (['INVALID', 'FAILED'].includes(row.status)) throw new Error(`the import is ${row.status}: ${JSON.stringify(row.report).slice(0, 500)}`);
    if (performance.now() > limit) throw new Error(`the import is still ${row.status} after 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs the scenario on the bench database; `say` prints a line. */
export async function runRosterImport({ databaseUrl, appDatabaseUrl, redisUrl, logDir, say }) {
  const scale = Number(process.env.BENCH_SCALE ?? 1) || 1;
  const people = Math.round(50_000 * scale);
  let t = performance.now();
  const bundle = rosterBundle(people);
  say(`  bundle: ${bundle.people.toLocaleString('en')} people, ${bundle.rows.toLocaleString('en')} rows, ${(bundle.zip.length / 1024 / 1024).toFixed(1)} MB zipped, made in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-roster' });
  await db.connect();
  const queue = new Queue('roster', { connection: new Redis(redisUrl, { maxRetriesPerRequest: null }), prefix: QUEUE_PREFIX });
  let worker = null;
  const stopOnExit = () => worker?.kill('SIGTERM');
  try {
    await deleteQueueKeys(redisUrl);
    const { rows: [admin] } = await db.query(`SELECT id FROM users WHERE district_id = $1 AND role = 'DISTRICT_ADMIN' ORDER BY email LIMIT 1`, [DEMO.districtId]);
    worker = startService('worker', join(ROOT, 'dist/worker/main.mjs'), {
      DATABASE_URL: appDatabaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX, SMTP_URL: 'noop://', LOG_LEVEL: 'warn', NODE_ENV: 'production',
    }, logDir);
    process.once('exit', stopOnExit);
    const id = await storeUpload(db, bundle.zip, admin.id);

    await queue.add('roster.validate-import', { importId: id }, { jobId: `roster-validate-${id}`, removeOnComplete: true, removeOnFail: true });
    // The clock starts when the worker takes the job: the worker's own start is not the import's time.
    await waitFor(db, id, ['VALIDATING', 'VALIDATED'], worker);
    t = performance.now();
    const validated = await waitFor(db, id, ['VALIDATED'], worker);
    const dryRunSeconds = (performance.now() - t) / 1000;
    const created = validated.report.counts.reduce((sum, c) => sum + c.created, 0);
    say(`  dry run: ${dryRunSeconds.toFixed(1)} s, ${created.toLocaleString('en')} records to create`);

    t = performance.now();
    await db.query(`UPDATE roster_imports SET status = 'APPLY_QUEUED', applied_by_id = $2 WHERE id = $1`, [id, admin.id]);
    await queue.add('roster.apply-import', { importId: id }, { jobId: `roster-apply-${id}`, removeOnComplete: true, removeOnFail: true });
    await waitFor(db, id, ['APPLIED'], worker);
    const applySeconds = (performance.now() - t) / 1000;
    const { rows: [written] } = await db.query(
      `SELECT (SELECT count(*)::int FROM students WHERE sourced_id LIKE 'bench-stu-%') AS students,
              (SELECT count(*)::int FROM users WHERE sourced_id LIKE 'bench-%') AS accounts,
              (SELECT count(*)::int FROM guardianships WHERE sourced_id LIKE 'bench-%') AS links`);
    const totalSeconds = dryRunSeconds + applySeconds;
    const result = {
      people: bundle.people, rows: bundle.rows, zippedBytes: bundle.zip.length, written,
      dryRunSeconds: Number(dryRunSeconds.toFixed(2)), applySeconds: Number(applySeconds.toFixed(2)), totalSeconds: Number(totalSeconds.toFixed(2)),
      targetSeconds: TARGET_SECONDS, meetsTarget: totalSeconds < TARGET_SECONDS,
      // A busy machine (other processes) slows every step; the one-minute load average says how busy.
      loadAverage: Number(os.loadavg()[0].toFixed(1)),
    };
    say(`  apply: ${applySeconds.toFixed(1)} s; ${written.students.toLocaleString('en')} students, ${written.accounts.toLocaleString('en')} accounts, ${written.links.toLocaleString('en')} guardian links written`);
    say(`  machine load average ${result.loadAverage} on ${os.cpus().length} CPUs`);
    say(`  total ${result.totalSeconds} s for ${bundle.people.toLocaleString('en')} people (target < ${TARGET_SECONDS} s) → ${result.meetsTarget ? 'meets the target' : 'MISSES THE TARGET'}`);
    if (written.students + written.accounts !== bundle.people) throw new Error(`written records do not match the bundle: ${JSON.stringify(result)}`);
    return result;
  } finally {
    if (worker) await stopChild(worker);
    process.removeListener('exit', stopOnExit);
    await queue.close();
    await db.end();
    await deleteQueueKeys(redisUrl);
  }
}

async function deleteQueueKeys(redisUrl) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = [];
    for await (const batch of redis.scanStream({ match: `${QUEUE_PREFIX}:*`, count: 1000 })) keys.push(...batch);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  } finally {
    redis.disconnect();
  }
}
