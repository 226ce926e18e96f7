import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchBrowser, signIn } from './support/browser';
import { sql } from './support/database';

const PHONE = { width: 390, height: 844 };
const CASE_MANAGER = 'sped.cedar@riverbend.example';
const CASE_MANAGER_ID = '00000000-0000-4000-8000-000000000204';
/** Three of the case manager's students with special education in force since before December. */
const GROUP = ['Mateo Ramírez', 'Sofía Ramírez', 'Ava Thompson'];


const sessionsOn = async (date: string) =>
  sql<{ status: string; minutes: number; group_size: number }>(
    `SELECT status, minutes, group_size FROM service_sessions WHERE provider_id = $1 AND session_date = $2 ORDER BY status`, [CASE_MANAGER_ID, date],
  );

const pointsByCaseManager = async () =>
  Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM goal_data_points WHERE recorded_by_id = $1`, [CASE_MANAGER_ID]))[0].n);

/** Picks the three students, one of them absent, and fills the group's fields. */
async function enterGroup(page: Page, date: string): Promise<string[]> {
  const kind = page.getByLabel('Service type', { exact: true });
  if (await kind.count()) await kind.selectOption({ label: 'Special education' });
  // Named, not the first three: an IEP that comes into force during the run (the consent journey's) adds a
  // student whose services start after these days.
  const students = page.getByRole('group', { name: 'Students in the group' });
  for (const student of GROUP) await students.getByRole('checkbox', { name: new RegExp(`^${student} · `) }).check();
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Minutes', { exact: true }).fill('40');
  await page.getByLabel('Where', { exact: true }).fill('Learning center');
  // The group size follows the students picked.
  expect(await page.getByLabel('Group size', { exact: true }).inputValue()).toBe('3');
  const names = await page.locator('fieldset legend').allInnerTexts();
  expect(names).toHaveLength(3);
  await page.getByLabel(`What happened for ${names[1]}`, { exact: true }).selectOption({ label: 'Student absent' });
  return names;
}

describe('journey: a case manager on a phone logs a group session for three students, one absent, one group offline', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('saves the group in one request, and a group entered offline once the connection returns, never twice', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signIn(page, CASE_MANAGER);
    await page.goto('/services/group-session');
    await page.getByRole('heading', { level: 1, name: 'Group session' }).waitFor();
    await page.getByRole('group', { name: 'Students in the group' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Tuesday, online, with a data point on each measured goal of the students who were there.
    const pointsBefore = await pointsByCaseManager();
    const names = await enterGroup(page, '2026-12-01');
    const scale = (name: string) => page.getByLabel(new RegExp(`for ${name} \\(\\d+ to \\d+\\)$`));
    let points = 0;
    for (const name of [names[0], names[2]]) {
      for (const input of await scale(name).all()) {
        await input.fill('1');
        points += 1;
      }
    }
    expect(points).toBeGreaterThan(0);
    // The absent student takes no data point.
    expect(await scale(names[1]).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the session for 3 students' }).click();
    await page.getByText('Group session logged for 3 students.').waitFor();
    expect(await pointsByCaseManager()).toBe(pointsBefore + points);
    expect(await sessionsOn('2026-12-01')).toEqual([
      { status: 'DELIVERED', minutes: 40, group_size: 3 }, { status: 'DELIVERED', minutes: 40, group_size: 3 }, { status: 'STUDENT_ABSENT', minutes: 40, group_size: 3 },
    ]);

    // Wednesday, in a room without signal: the group waits on the phone.
    await context.setOffline(true);
    await enterGroup(page, '2026-12-02');
    await page.getByRole('button', { name: 'Save the session for 3 students' }).click();
    await page.getByText('You are offline. The group session is kept on this device').waitFor();
    await page.getByText('1 group session waiting to be sent').waitFor();
    expect(await sessionsOn('2026-12-02')).toEqual([]);
    const kept = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('iep.groupSessionOutbox.')));
    expect(kept).toBeDefined();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back online: the group goes out whole.
    await context.setOffline(false);
    await page.getByText('1 group session kept on this device was sent.').waitFor();
    await page.getByText('1 group session waiting to be sent').waitFor({ state: 'detached' });
    expect(await sessionsOn('2026-12-02')).toHaveLength(3);

    // A second send of the same group (a flush cut off before it heard back) finds it already logged.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), kept!);
    await page.reload();
    await page.getByText('1 group session kept on this device was sent.').waitFor();
    expect(await sessionsOn('2026-12-02')).toHaveLength(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

/** The next weekday after today, as YYYY-MM-DD (the first half of December holds school every weekday). */
function nextWeekday(): string {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

describe('journey: the case manager plans make-up minutes the school owes, and a Spanish-reading parent reads the plan', () => {
  let browser: Browser;
  const SOFIA_ACTIVE = '00000000-0000-4000-8000-000000000405';
  const section = (page: Page) => page.getByRole('region', { name: 'Academic support period (writing)' });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a missed session is owed; a make-up session is planned against it; the family sees owed and planned in plain Spanish', async () => {
    const staff = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await staff.newPage();
    await signIn(page, CASE_MANAGER);
    await page.goto(`/ieps/${SOFIA_ACTIVE}/services`);
    await section(page).waitFor();
    const before = Number((await section(page).getByText(/^Compensatory minutes owed: /).innerText()).replace(/\D+/g, ''));

    // The case manager was absent: the 50 minutes are owed.
    await section(page).getByLabel('What happened', { exact: true }).selectOption({ label: 'Provider absent or cancelled' });
    await section(page).getByLabel('Minutes', { exact: true }).fill('50');
    await section(page).getByRole('button', { name: 'Log session' }).click();
    await section(page).getByText(`Compensatory minutes owed: ${before + 50}`).waitFor();

    const day = nextWeekday();
    await section(page).getByLabel('Make-up date', { exact: true }).fill(day);
    await section(page).getByLabel('Make-up minutes', { exact: true }).fill('30');
    await section(page).getByRole('button', { name: 'Plan make-up session' }).click();
    await section(page).getByText(/^Make-up session of 30 minutes planned for /).waitFor();
    await section(page).getByText(/Planned so far: 30 minutes\./).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await staff.close();

    const family = await browser.newContext({ baseURL: baseUrl(), locale: 'es-MX', viewport: PHONE, hasTouch: true, isMobile: true });
    const parent = await family.newPage();
    await signIn(parent, 'padre@riverbend.example', { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' });
    await parent.goto(`/ieps/${SOFIA_ACTIVE}/services`);
    await section(parent).getByText(new RegExp(`La escuela le debe a .+ ${before + 50} minutos de este servicio`)).waitFor();
    await section(parent).getByText('Planificados hasta ahora: 30 minutos. Ya recuperados: 0 minutos.').waitFor();
    await section(parent).getByRole('list', { name: 'Sesiones de recuperación planificadas' }).getByText(/hay planificada una sesión de recuperación de 30 minutos/).waitFor();
    // The family reads the plan; only staff plan.
    expect(await section(parent).getByRole('button', { name: 'Planificar sesión de recuperación' }).count()).toBe(0);
    expect(await accessibilityViolations(parent)).toEqual([]);
    await family.close();
  });
});
