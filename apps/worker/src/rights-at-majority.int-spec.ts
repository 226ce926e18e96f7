import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_JOURNEYS, DEMO_STUDENTS, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { testSealer } from '@iep/api/testing';
import { MaintenanceProcessor } from './maintenance.processor';
import { useWorkerHarness } from './worker-test-harness';

// Sofía (born 2010-02-18, demo seed): her mother holds the rights; her own account is linked here.
const SOFIA = DEMO_STUDENTS.sofia.id;

/** The daily transfer of rights at the age of majority (34 CFR 300.520): the day comes from the clock seam (CLOCK_TODAY). */
describe('the rights pass to the student at the age of majority by themselves, unless a guardianship is recorded', () => {
  const harness = useWorkerHarness('majority');

  beforeAll(async () => {
    await seedDemoDistrict(harness.db, testSealer());
    await harness.db.query(`UPDATE students SET user_id = $2 WHERE id = $1`, [SOFIA, DEMO_USERS.student.id]);
  });

  async function sweep(today: string) {
    const worker: INestApplicationContext = await harness.startWorker(harness.newPrefix(), undefined, { CLOCK_TODAY: today });
    return worker.get(MaintenanceProcessor).transferRightsAtMajority();
  }
  const holders = async (studentId: string) =>
    (await harness.db.query(`SELECT user_id FROM guardianships WHERE student_id = $1 AND rights_holder ORDER BY user_id`, [studentId])).map(
      (row: { user_id: string }) => row.user_id,
    );

  it('passes the rights of the journey student who turns 18 on the seeding day on the first sweep, telling her', async () => {
    const worker: INestApplicationContext = await harness.startWorker(harness.newPrefix());
    // The worker runs the sweep as it starts, as well as here: either run may be the one that transfers her.
    await worker.get(MaintenanceProcessor).transferRightsAtMajority();
    const [valentina] = await harness.db.query(`SELECT to_char(rights_transferred_on, 'YYYY-MM-DD') AS on FROM students WHERE id = $1`, [DEMO_JOURNEYS.valentina.student.id]);
    expect(valentina.on).toBe(harness.today);
    const told: Array<{ user_id: string; title: string }> = await harness.db.query(
      `SELECT user_id, title FROM notifications WHERE kind = 'RIGHTS_TRANSFERRED' AND data->>'studentId' = $1 ORDER BY user_id`, [DEMO_JOURNEYS.valentina.student.id],
    );
    expect(told).toEqual([
      { user_id: DEMO_USERS.parentEs.id, title: 'Los derechos educativos pasaron a Valentina' },
      { user_id: DEMO_JOURNEYS.valentina.user.id, title: 'You now hold your educational rights' },
    ]);
  }, 60_000);

  it('leaves the rights with the parents the day before the 18th birthday, and passes them on the day, telling the student and the parent', async () => {
    await sweep('2028-02-17');
    expect((await harness.db.query(`SELECT rights_transferred_on FROM students WHERE id = $1`, [SOFIA]))[0].rights_transferred_on).toBeNull();
    expect(await holders(SOFIA)).toEqual([DEMO_USERS.parentEs.id]);

    await sweep('2028-02-18');
    expect(await holders(SOFIA)).toEqual([DEMO_USERS.student.id]);
    const [student] = await harness.db.query(`SELECT to_char(rights_transferred_on, 'YYYY-MM-DD') AS on FROM students WHERE id = $1`, [SOFIA]);
    expect(student.on).toBe('2028-02-18');
    // The parent stays a guardian on record: she keeps reading and receiving every notice.
    const [parent] = await harness.db.query(`SELECT rights_holder FROM guardianships WHERE student_id = $1 AND user_id = $2`, [SOFIA, DEMO_USERS.parentEs.id]);
    expect(parent).toEqual({ rights_holder: false });
    const told: Array<{ user_id: string; title: string }> = await harness.db.query(
      `SELECT user_id, title FROM notifications WHERE kind = 'RIGHTS_TRANSFERRED' AND data->>'studentId' = $1 ORDER BY user_id`, [SOFIA],
    );
    expect(told).toEqual([
      { user_id: DEMO_USERS.parentEs.id, title: 'Los derechos educativos pasaron a Sofía' },
      { user_id: DEMO_USERS.student.id, title: 'Ahora usted tiene sus derechos educativos' },
    ]);
    const [audit] = await harness.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'RIGHTS_TRANSFERRED_AT_MAJORITY' AND student_id = $1`, [SOFIA]);
    expect(audit).toMatchObject({ actor_id: null, data: { ageOfMajority: 18, transferredOn: '2028-02-18', studentUserId: DEMO_USERS.student.id } });
  }, 60_000);

  it('is idempotent: a later sweep transfers and tells nobody twice', async () => {
    const again = await sweep('2028-02-19');
    expect(again.transferred).toEqual([]);
    const [{ count }] = await harness.db.query(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'RIGHTS_TRANSFERRED' AND data->>'studentId' = $1`, [SOFIA]);
    expect(count).toBe(2);
    const [{ audits }] = await harness.db.query(`SELECT count(*)::int AS audits FROM audit_events WHERE event = 'RIGHTS_TRANSFERRED_AT_MAJORITY' AND student_id = $1`, [SOFIA]);
    expect(audits).toBe(1);
  }, 60_000);

  it('keeps the rights with the parents when a guardianship of the adult student is recorded', async () => {
    const LEO = DEMO_STUDENTS.leo.id; // born 2013-09-30
    await harness.db.query(`UPDATE students SET adult_guardianship_on = '2031-09-01', adult_guardianship_note = 'Probate court order' WHERE id = $1`, [LEO]);
    const result = await sweep('2031-10-01');
    expect(result.transferred).not.toContain(LEO);
    expect(await holders(LEO)).toEqual([DEMO_USERS.parent.id]);
    // Students without a guardianship who reached 18 by then did pass (Leo's age-mates are not seeded; Sofía already had).
    const [{ pending }] = await harness.db.query(
      `SELECT count(*)::int AS pending FROM students WHERE date_of_birth + interval '18 years' <= '2031-10-01' AND rights_transferred_on IS NULL AND adult_guardianship_on IS NULL AND active`,
    );
    expect(pending).toBe(0);
  }, 60_000);
});
