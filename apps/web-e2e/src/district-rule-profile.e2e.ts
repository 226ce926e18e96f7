import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
}

describe("journey: a district administrator reads each rule's source and derives the district's own profile", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows every rule beside its source, keeps the form within the bounds, saves the profile, and reads in Spanish', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Deadline rules' }).click();
    await page.waitForURL('**/admin/rules');
    await page.getByRole('heading', { level: 1, name: 'Deadline rules' }).waitFor();

    // The federal profile in use names the state choices as such, each beside its regulation.
    const table = page.getByRole('table', { name: 'The rules of IDEA federal defaults' });
    await table.waitFor();
    const notice = table.getByRole('row', { name: /Meeting notice/ });
    expect(await notice.textContent()).toContain('34 CFR 300.322(a)(1)');
    expect(await notice.textContent()).toContain('Common state choice, not a federal rule');
    expect(await table.getByRole('row', { name: /Annual review/ }).textContent()).toContain('Within 12 months');
    // The age of majority is a state's choice under 300.520, shown with its source.
    const majority = table.getByRole('row', { name: /Age of majority/ });
    expect(await majority.textContent()).toContain('At age 18');
    expect(await majority.textContent()).toContain('34 CFR 300.520(a)');
    expect(await accessibilityViolations(page)).toEqual([]);

    // California: records in five business days, from its Education Code.
    await page.getByLabel('Profile to read').selectOption('CA');
    const ca = page.getByRole('table', { name: 'The rules of California (illustrative)' });
    const records = ca.getByRole('row', { name: /Records request/ });
    expect(await records.textContent()).toContain('5 business days');
    expect(await records.textContent()).toContain('Cal. Educ. Code 56504');

    // The district's own profile, from Massachusetts: a value past the bound is refused beside its field.
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: "Your district's own profile" }) });
    await form.getByLabel('Start from').selectOption('MA');
    await form.getByLabel('Profile name', { exact: false }).fill('Riverbend timelines');
    await form.getByLabel('Records request').fill('60');
    await form.getByLabel('Age of majority', { exact: false }).fill('22');
    // Not used yet, so the demo district's deadlines stay as every other journey expects them.
    await form.getByLabel("Use this profile for the district's deadlines").uncheck();
    await form.getByRole('button', { name: "Save the district's profile" }).click();
    await form.getByText('Records request: enter a whole number from 1 to 45.').waitFor();
    await form.getByText('Age of majority: enter a whole number from 18 to 21.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel('Records request').fill('10');
    await form.getByLabel('Initial evaluation').fill('45');
    await form.getByLabel('Age of majority', { exact: false }).fill('19');
    await form.getByRole('button', { name: "Save the district's profile" }).click();
    await page.getByRole('status').filter({ hasText: 'Profile saved.' }).waitFor();
    await page.getByLabel('Profile to read').selectOption('DISTRICT');
    const own = page.getByRole('table', { name: 'The rules of Riverbend timelines' });
    const evaluation = own.getByRole('row', { name: /Initial evaluation/ });
    expect(await evaluation.textContent()).toContain('45 school days');
    expect(await evaluation.textContent()).toContain("District's own rule");
    expect(await own.getByRole('row', { name: /Records request/ }).textContent()).toContain('603 CMR 23.07(2)');
    const ownMajority = own.getByRole('row', { name: /Age of majority/ });
    expect(await ownMajority.textContent()).toContain('At age 19');
    expect(await ownMajority.textContent()).toContain("District's own rule");
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same page in Spanish.
    await page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reglas de los plazos' }).waitFor();
    await page.getByLabel('Perfil para consultar').selectOption('IDEA');
    const federal = page.getByRole('table', { name: 'Las reglas de IDEA federal defaults' });
    expect(await federal.getByRole('row', { name: /Aviso de reunión/ }).textContent()).toContain('Elección común de los estados');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
