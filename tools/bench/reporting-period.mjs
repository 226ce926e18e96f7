// A district administrator of the 200,000-IEP compliance district saves a new reporting period: the
// API writes that period's PROGRESS_REPORT deadline (and its reminders) for every ACTIVE IEP it concerns
// in the same transaction (libs/api/deadlines/src/progress-report-deadlines.ts). Target: under a minute.

import pg from 'pg';
import { COMPLIANCE } from './generate.mjs';

const SAVE_PERIOD = `mutation BenchSavePeriod($input: SaveReportingPeriodInput!) {
  saveReportingPeriod(input: $input) { __typename }
}`;

const TARGET_SECONDS = 60;

/** The district's date as the API reads it (the bench districts keep the default zone). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function runReportingPeriodGeneration({ databaseUrl, apiUrl, signIn, say }) {
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'iep-bench-periods' });
  await db.connect();
  try {
    const count = async () => (await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT iep_id)::int AS ieps FROM deadlines
        WHERE district_id = $1 AND kind = 'PROGRESS_REPORT' AND reporting_period_id IS NOT NULL`, [COMPLIANCE.districtId])).rows[0];
    const { rows: [{ active }] } = await db.query(
      `SELECT count(*)::int AS active FROM ieps i JOIN students s ON s.id = i.student_id WHERE s.district_id = $1 AND i.status = 'ACTIVE'`,
      [COMPLIANCE.districtId]);
    const before = await count();
    const cookie = await signIn(COMPLIANCE.adminEmail);
    // A period inside every generated IEP's year (each came into force within the last year, for a year).
    const input = { name: 'Bench reporting period', firstDay: addDays(today(), 1), lastDay: addDays(today(), 20) };
    say(`  saving "${input.name}" (${input.firstDay} – ${input.lastDay}) for a district with ${active.toLocaleString('en')} ACTIVE IEPs…`);
    const started = performance.now();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: SAVE_PERIOD, variables: { input } }),
      signal: AbortSignal.timeout(10 * 60_000),
    });
    const json = await response.json();
    const seconds = (performance.now() - started) / 1000;
    if (json.errors?.length) throw new Error(`saveReportingPeriod failed: ${JSON.stringify(json.errors).slice(0, 500)}`);
    const after = await count();
    const written = after.n - before.n;
    // Every ACTIVE IEP whose year holds the period gets exactly one deadline for it.
    if (written < active * 0.9) throw new Error(`only ${written} deadlines were written for ${active} ACTIVE IEPs`);
    const { rows: [{ reminders }] } = await db.query(
      `SELECT count(*)::int AS reminders FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
        JOIN reporting_periods p ON p.id = d.reporting_period_id WHERE p.district_id = $1 AND p.name = $2`,
      [COMPLIANCE.districtId, input.name]);
    say(`  ${written.toLocaleString('en')} PROGRESS_REPORT deadlines and ${reminders.toLocaleString('en')} reminders in ${seconds.toFixed(1)} s ` +
      `(target under ${TARGET_SECONDS} s) ${seconds < TARGET_SECONDS ? 'met' : 'NOT MET'}`);
    return { activeIeps: active, deadlinesWritten: written, reminders, seconds: Number(seconds.toFixed(2)), targetSeconds: TARGET_SECONDS, met: seconds < TARGET_SECONDS };
  } finally {
    await db.end();
  }
}
