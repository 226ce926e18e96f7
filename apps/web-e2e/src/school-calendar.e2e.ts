import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Staff land on their students, a parent on their children's IEPs.
  await page.getByRole('heading', { level: 1, name: /^(Students|My children's IEPs)$/ }).waitFor();
}

/** axe-core once confirmations have faded out (mid-fade, text would be measured at a contrast nobody sees at rest). */
async function violations(page: Page): Promise<string[]> {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 });
  return accessibilityViolations(page);
}

describe('journey: a district administrator keeps the school calendar', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('adds a holiday and sees the deadlines recomputed, then removes it again; the page is accessible and the job queues open', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Administration' }).click();
    const nav = page.getByRole('navigation', { name: 'District administration' });
    await nav.getByRole('link', { name: 'School calendar' }).click();
    await page.waitForURL('**/admin/calendar');
    await page.getByRole('heading', { level: 1, name: 'School calendar' }).waitFor();
    await page.locator('caption').filter({ hasText: /10 holidays, breaks and non-school days in 2026–27/ }).waitFor();
    expect(await page.getByLabel('School year', { exact: true }).inputValue()).toBe('2026–27');
    // The profile in use, explained in plain words.
    expect(await page.getByLabel('Rule profile', { exact: true }).inputValue()).toBe('IDEA');
    await page.getByText('Services start within 10 school days of the parent’s signature.').waitFor();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add a day without school' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a day without school' });
    await dialog.waitFor();
    await dialog.getByLabel('Kind').selectOption({ label: 'Holiday' });
    await dialog.getByLabel('Name').fill('Founders Day');
    await dialog.getByLabel('First day').fill('2026-12-01');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });

    const status = page.getByRole('status').filter({ hasText: /deadlines? recomputed/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/\d+ deadlines? recomputed\. \d+ due dates? moved\./);
    const row = page.getByRole('row', { name: /Founders Day/ });
    await row.waitFor();
    expect(await row.getByText('Holiday', { exact: true }).count()).toBe(1);
    await page.locator('caption').filter({ hasText: /11 holidays, breaks and non-school days/ }).waitFor();
    expect(await violations(page)).toEqual([]);

    // Removing it puts the calendar back as the seed had it, for every other journey.
    await row.getByRole('button', { name: 'Remove Founders Day' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove Founders Day' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /deadlines? recomputed/ }).waitFor();

    // The job queues, served by the API behind the same sign-in.
    expect(await nav.getByRole('link', { name: 'Job queues' }).getAttribute('href')).toBe('/admin/queues');
    const board = await page.request.get('/admin/queues', { headers: { accept: 'text/html' } });
    expect(board.status()).toBe(200);
    expect(await board.text()).toContain('<title>IEP Team queues</title>');
    await context.close();

    // Anyone else: the board is refused, and the calendar page does not exist for them.
    const parent = await newPage(browser);
    await signIn(parent.page, 'parent@riverbend.example');
    expect((await parent.page.request.get('/admin/queues', { headers: { accept: 'text/html' } })).status()).toBe(403);
    await parent.context.close();
  });

  it('works on a phone from the keyboard, in Spanish', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'admin@riverbend.example');
    await page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    await page.goto('/admin/calendar');
    await page.getByRole('heading', { level: 1, name: 'Calendario escolar' }).waitFor();
    await page.locator('caption').filter({ hasText: /en 2026–27/ }).waitFor();
    const add = page.getByRole('button', { name: 'Agregar un día sin clases' });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Agregar un día sin clases' });
    await dialog.waitFor();
    // An empty form is checked in the browser, next to its fields.
    await dialog.getByRole('button', { name: /Guardar/ }).click();
    await dialog.getByText('Escriba una fecha.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
