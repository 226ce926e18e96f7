import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';

describe('journey: the district representative finds an under-delivered service and its compensatory balance', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('goes from the compliance dashboard to the services to look at, drills down by provider, and opens the student\'s services', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'lea.rep@riverbend.example');
    await page.goto('/compliance');
    await page.getByRole('heading', { level: 1, name: 'Compliance dashboard' }).waitFor();
    await page.getByRole('link', { name: 'Services under-delivered' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service delivery' }).waitFor();

    // Maya's daily reading instruction has no session logged: under-delivered.
    const reading = page.getByRole('article', { name: 'Maya Carter: Specialized reading instruction (structured literacy)' });
    await reading.getByText('Under-delivered').waitFor();
    expect(await page.getByRole('link', { name: /Download session logs for Medicaid billing/ }).getAttribute('href')).toBe('/exports/service-sessions.csv');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Drill down: the speech-language pathologist's services, and what the school owes back.
    await page.getByRole('table', { name: 'By provider' }).getByRole('link', { name: 'Owen Mbeki' }).click();
    await page.getByText('Showing: Owen Mbeki').waitFor();
    // The whole district's list stays on screen until the provider's arrives.
    await page.waitForFunction(() => document.querySelectorAll('article').length === 1);
    const speech = page.getByRole('article', { name: 'Maya Carter: Speech-language therapy' });
    const owed = await speech.getByText(/Compensatory minutes owed: \d+/).textContent();
    expect(Number(owed!.match(/owed: (\d+)/)![1])).toBeGreaterThanOrEqual(30);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The service's own page: the same balance, week by week.
    await speech.getByRole('link', { name: 'Maya Carter: Speech-language therapy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Services for Maya' }).waitFor();
    await page.getByRole('region', { name: 'Speech-language therapy' }).getByText(`Compensatory minutes owed: ${owed!.match(/owed: (\d+)/)![1]}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
