import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';

/** The OneRoster 1.2 sample bundle the API's tests use: the standard's files and headers. */
const SAMPLE = fileURLToPath(new URL('../../../libs/api/testing/src/oneroster-sample.zip', import.meta.url));

describe('journey: a district administrator imports the roster from a OneRoster bundle', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('uploads the sample, reads the dry run, applies it and sees progress and the report; accessible', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Roster import' }).click();
    await page.waitForURL('**/admin/roster');
    await page.getByRole('heading', { level: 1, name: 'Roster import' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sending without a file is stopped in the page, with the reason next to the field.
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('Choose the bundle to upload.').waitFor();

    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('Dry run ready', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar', { name: 'Dry run ready: progress' }).getAttribute('aria-valuenow')).toBe('100');
    const counts = page.getByRole('table', { name: 'What the import creates, updates and deactivates' });
    expect(await counts.getByRole('row', { name: 'Students 3 0 0' }).count()).toBe(1);
    expect(await counts.getByRole('row', { name: 'Guardian links 4 0 0' }).count()).toBe(1);
    const changes = page.getByRole('table', { name: /Records changed/ });
    expect(await changes.getByRole('row', { name: /Ben Carter Students Created usr-stu-1002/ }).count()).toBe(1);
    await page.getByText(/Nothing has been written yet/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Apply the import' }).click();
    // The bar follows the worker (polled from the import's row) and stays full with the report.
    await page.getByText('The roster import was applied.').waitFor({ timeout: 60_000 });
    await page.getByText('Applied', { exact: true }).waitFor();
    const bar = page.getByRole('progressbar', { name: 'Applied: progress' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    await page.getByText(/^Applied 27 rows/).waitFor();
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The imported students are on the district's list, at their schools.
    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Students' }).click();
    await page.getByLabel('Search by name').fill('Chloe');
    await page.getByRole('row', { name: /Carter, Chloe.*Maple Grove Elementary/ }).waitFor();
    await context.close();
  });
});
