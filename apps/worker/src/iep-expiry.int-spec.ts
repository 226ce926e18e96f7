import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_IEPS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { MaintenanceProcessor } from './maintenance.processor';
import { testSealer } from '@iep/api/testing';
import { useWorkerHarness } from './worker-test-harness';

const AVA_IEP = DEMO_IEPS.find((iep) => iep.id === '00000000-0000-4000-8000-000000000407')!;
const SOFIA_IEP = DEMO_IEPS.find((iep) => iep.id === '00000000-0000-4000-8000-000000000405')!;

/** The daily expiry job: the day comes from the clock seam (CLOCK_TODAY here), never from the database. */
describe('IEPs past their annual review become EXPIRED by themselves', () => {
  const harness = useWorkerHarness('expiry');

  beforeAll(async () => {
    await seedDemoDistrict(harness.db, testSealer());
    // Sofia's IEP waits for the last test: the earlier ones move the clock years ahead, past its review.
    await harness.db.query(`UPDATE ieps SET annual_review_due = '2040-01-01' WHERE id = $1`, [SOFIA_IEP.id]);
  });

  // Only the date moves: an IEP's status changes only along the lifecycle (a trigger refuses the rest),
  // so each test takes an IEP still in effect.
  async function reviewDueOn(iepId: string, due: string) {
    await harness.db.query(`UPDATE ieps SET annual_review_due = $2 WHERE id = $1 AND status = 'ACTIVE'`, [iepId, due]);
  }

  async function worker(today: string): Promise<INestApplicationContext> {
    return harness.startWorker(harness.newPrefix(), undefined, { CLOCK_TODAY: today });
  }

  const status = async (iepId: string) => (await harness.db.query(`SELECT status FROM ieps WHERE id = $1`, [iepId]))[0].status;

  it('the seeded demo IEPs in force stay in effect on the seeding day (their review is relative to the clock); runs first, before later tests move the clock years ahead', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const rows: Array<{ due: string }> = await harness.db.query(
      `SELECT to_char(annual_review_due, 'YYYY-MM-DD') AS due FROM ieps WHERE id = ANY($1) AND status = 'ACTIVE'`,
      [DEMO_IEPS.filter((iep) => iep.status === 'ACTIVE' && iep.id !== AVA_IEP.id && iep.id !== SOFIA_IEP.id).map((iep) => iep.id)],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.due > today).toBe(true);
  });
  it('keeps an IEP in effect on its review date and expires it the day after, telling the case manager and the district representative', async () => {
    await reviewDueOn(AVA_IEP.id, '2031-01-10');
    const onTheDay = await worker('2031-01-10');
    await onTheDay.get(MaintenanceProcessor).expireLapsedIeps();
    expect(await status(AVA_IEP.id)).toBe('ACTIVE');

    const dayAfter = await worker('2031-01-11');
    await dayAfter.get(MaintenanceProcessor).expireLapsedIeps();
    expect(await status(AVA_IEP.id)).toBe('EXPIRED');

    const notified: Array<{ user_id: string }> = await harness.db.query(
      `SELECT user_id FROM notifications WHERE kind = 'IEP_EXPIRED' AND data->>'iepId' = $1 ORDER BY user_id`, [AVA_IEP.id],
    );
    expect(notified.map((n) => n.user_id)).toEqual([DEMO_USERS.districtRep.id, AVA_IEP.caseManagerId].sort());
    const emails: Array<{ to_address: string; subject: string }> = await harness.db.query(
      `SELECT to_address, subject FROM outbound_emails WHERE dedupe_key LIKE $1 ORDER BY to_address`, [`iep-expired:${AVA_IEP.id}:%`],
    );
    expect(emails).toHaveLength(2);
    expect(emails.every((e) => /expired without an annual review|venció sin revisión anual/.test(e.subject))).toBe(true);
    const [audit] = await harness.db.query(`SELECT data, actor_id FROM audit_events WHERE event = 'IEP_EXPIRED' AND iep_id = $1`, [AVA_IEP.id]);
    expect(audit).toEqual({ data: { annualReviewDueOn: '2031-01-10', today: '2031-01-11' }, actor_id: null });
  });

  it('is idempotent and safe with several workers: each IEP is expired and announced once', async () => {
    await reviewDueOn(SOFIA_IEP.id, '2032-03-01');
    await harness.db.query(`DELETE FROM notifications WHERE kind = 'IEP_EXPIRED'`);
    const [a, b] = await Promise.all([worker('2032-03-05'), worker('2032-03-05')]);
    await Promise.all([
      a.get(MaintenanceProcessor).expireLapsedIeps(),
      b.get(MaintenanceProcessor).expireLapsedIeps(),
      a.get(MaintenanceProcessor).expireLapsedIeps(),
    ]);
    expect(await status(SOFIA_IEP.id)).toBe('EXPIRED');
    const [{ count }] = await harness.db.query(
      `SELECT count(*)::int AS count FROM notifications WHERE kind = 'IEP_EXPIRED' AND data->>'iepId' = $1`, [SOFIA_IEP.id],
    );
    expect(count).toBe(2);
    const [{ audits }] = await harness.db.query(
      `SELECT count(*)::int AS audits FROM audit_events WHERE event = 'IEP_EXPIRED' AND iep_id = $1 AND data->>'annualReviewDueOn' = '2032-03-01'`, [SOFIA_IEP.id],
    );
    expect(audits).toBe(1);
  });

});
