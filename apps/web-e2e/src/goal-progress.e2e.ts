import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';
import { sql } from './support/database';

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
const SOFIA_ACTIVE = '00000000-0000-4000-8000-000000000405';
/** Maya's speech goal, assigned to the SLP (seed-drafting numbers goals from slot 100). */
const MAYA_SPEECH_GOAL = '00000000-0000-4000-8000-000140100101';
/** Sofía's writing goal, her case manager's. */
const SOFIA_WRITING_GOAL = '00000000-0000-4000-8000-000140500100';

async function pointsOf(partId: string): Promise<Array<{ value: number; setting: string }>> {
  return sql(`SELECT value::float8 AS value, setting FROM goal_data_points WHERE part_id = $1 ORDER BY recorded_at`, [partId]);
}

/** Fills the recording form of one goal (its section is named by its heading) and submits it. */
async function recordPoint(page: Page, goal: string, entry: { value: string; date?: string; setting: string }) {
  const section = page.getByRole('region', { name: goal });
  const form = section.getByRole('form', { name: /Record a measurement/ });
  await form.getByLabel('Value').fill(entry.value);
  if (entry.date) await form.getByLabel('Date').fill(entry.date);
  await form.getByLabel('Setting').fill(entry.setting);
  await form.getByRole('button', { name: 'Record measurement' }).click();
}

describe('journey: progress on a goal — recorded on a phone, offline too, and read by a Spanish-reading parent with its alert', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the SLP records on a phone; a measurement taken without a connection waits on the device and is sent once when it returns', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'slp@riverbend.example');
    await page.goto(`/ieps/${MAYA_ACTIVE}/progress`);
    await page.getByRole('heading', { level: 1, name: "Progress on Maya's goals" }).waitFor();
    const speech = 'Annual goal 2: Articulation';
    // Only the speech goal is hers to record on.
    expect(await page.getByRole('button', { name: 'Record measurement' }).count()).toBe(1);
    await page.getByRole('region', { name: speech }).getByText('Percent accuracy: from 30 % to 80 % by December 1, 2026').waitFor();

    await recordPoint(page, speech, { value: '45', setting: 'Speech room' });
    await page.getByText('Measurement recorded.').waitFor();
    await page.getByRole('region', { name: speech }).getByRole('table').getByRole('cell', { name: '45 %' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A value off the goal's scale is refused in the form, as the API would refuse it.
    await recordPoint(page, speech, { value: '120', setting: 'Speech room' });
    await page.getByText('Use a value from 0 to 100.').waitFor();

    await context.setOffline(true);
    await recordPoint(page, speech, { value: '52', setting: 'Classroom' });
    await page.getByText('No connection: the measurement is kept on this device and sent when the connection returns.').waitFor();
    await page.getByRole('status').filter({ hasText: 'One measurement waiting to be sent.' }).waitFor();
    expect(await pointsOf(MAYA_SPEECH_GOAL)).toEqual([{ value: 45, setting: 'Speech room' }]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await context.setOffline(false);
    await page.getByText('One measurement kept on this device was sent.').waitFor();
    await page.getByRole('region', { name: speech }).getByRole('table').getByRole('cell', { name: '52 %' }).waitFor();
    expect(await page.getByText('One measurement waiting to be sent.').count()).toBe(0);
    // Reloading sends nothing again: the entry left the device once the API had it.
    await page.reload();
    await page.getByRole('region', { name: speech }).getByRole('table').getByRole('cell', { name: '52 %' }).waitFor();
    expect(await pointsOf(MAYA_SPEECH_GOAL)).toEqual([{ value: 45, setting: 'Speech room' }, { value: 52, setting: 'Classroom' }]);
    await context.close();
  });

  it("the SLP records today's session for her group on a phone, every goal in one form", async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'slp@riverbend.example');
    await page.goto(`/ieps/${MAYA_ACTIVE}/progress`);
    await page.getByRole('link', { name: "Today's session: record several students at once" }).click();
    await page.getByRole('heading', { level: 1, name: "Today's session" }).waitFor();
    const before = await pointsOf(MAYA_SPEECH_GOAL);
    await page.getByRole('checkbox', { name: 'Maya Carter' }).check();
    await page.getByLabel('Articulation (Percent accuracy)').fill('58');
    await page.getByLabel('Setting').fill('Speech room');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByText('One measurement recorded.').waitFor();
    expect(await pointsOf(MAYA_SPEECH_GOAL)).toEqual([...before, { value: 58, setting: 'Speech room' }]);
    await context.close();
  });

  it('the case manager records a month of essays; the parent reads the chart, its table and the alert in Spanish', async () => {
    const staff = await newPage(browser);
    await signIn(staff.page, 'sped.cedar@riverbend.example');
    await staff.page.goto(`/ieps/${SOFIA_ACTIVE}/progress`);
    const goal = 'Annual goal 1: Written expression';
    await staff.page.getByRole('region', { name: goal }).waitFor();
    for (const [date, value] of [['2026-10-05', '45'], ['2026-10-12', '44'], ['2026-10-19', '46'], ['2026-10-26', '45']]) {
      await recordPoint(staff.page, goal, { value: value!, date, setting: 'Learning center' });
      await staff.page.getByRole('region', { name: goal }).getByRole('table').getByRole('rowheader', { name: new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }) }).waitFor();
    }
    const slower = staff.page.getByRole('alert').filter({ hasText: 'Progress is slower than planned' });
    await slower.waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    // The case manager reviews the alert with what was changed; the family reads that too.
    await slower.getByLabel('What was changed, or why nothing needs to change').fill('Añadimos un organizador gráfico para cada ensayo.');
    await slower.getByRole('button', { name: 'Save review' }).click();
    await staff.page.getByText('Reviewed by Tomás Herrera: Añadimos un organizador gráfico para cada ensayo.').waitFor();
    await staff.context.close();

    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'padre@riverbend.example', { email: 'Email', password: 'Password', submit: 'Sign in' });
    await page.goto(`/ieps/${SOFIA_ACTIVE}/progress`);
    await page.getByRole('heading', { level: 1, name: 'Progreso en las metas de Sofía' }).waitFor();
    const section = page.getByRole('region', { name: 'Meta anual 1: Written expression' });
    await section.getByText('El progreso es más lento de lo previsto').waitFor();
    await section.getByText('Las últimas cuatro mediciones están todas por debajo de la línea que lleva a la meta.', { exact: false }).waitFor();
    await section.getByText('Revisado por Tomás Herrera: Añadimos un organizador gráfico para cada ensayo.').waitFor();
    await section.getByText('Puede que la meta no se alcance a tiempo').waitFor();
    await section.getByRole('img', { name: 'Gráfico de Written expression' }).waitFor();
    const table = section.getByRole('table', { name: 'Mediciones de Written expression' });
    // A heading row and one row a measurement: the four above, and any another journey of the run recorded.
    expect(await table.getByRole('row').count()).toBe(1 + (await pointsOf(SOFIA_WRITING_GOAL)).length);
    await table.getByRole('cell', { name: '45 %' }).first().waitFor();
    // The family reads; recording and reviewing alerts are the team's.
    expect(await page.getByRole('button', { name: 'Registrar medición' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Guardar revisión' }).count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
