import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';
const LEO_IEP = '00000000-0000-4000-8000-000000000403';
const LEO = '00000000-0000-4000-8000-000000000302';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
}

/** The dashboard has answered for the filter in the address (its status line says so). */
async function dashboardLoaded(page: Page, updated = 'Up to date.') {
  await page.getByRole('status').filter({ hasText: updated }).waitFor();
}

describe('journey: the district representative follows up the district’s deadlines', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens the dashboard, filters it, downloads the CSV and drills down to an overdue IEP and student; accessible in English and Spanish', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'lea.rep@riverbend.example');

    await page.getByRole('link', { name: 'Compliance' }).first().click();
    await page.waitForURL('**/compliance');
    await page.getByRole('heading', { level: 1, name: 'Compliance dashboard' }).waitFor();
    await dashboardLoaded(page);
    const overdue = page.getByRole('region', { name: 'Overdue deadlines, longest overdue first' });
    const leoFirstMeeting = overdue.getByRole('row', { name: /Leo Carter/ }).filter({ hasText: 'First IEP meeting' });
    await leoFirstMeeting.waitFor();
    // The rule behind the date, in words.
    expect(await leoFirstMeeting.textContent()).toContain('30 calendar days after eligibility was determined on 15 September 2026');
    expect(await page.getByRole('table', { name: 'Deadlines by kind and status' }).getByRole('row').count()).toBe(10);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The weekly chart has its numbers as a table too.
    await page.getByText('Show the weeks as a table').click();
    const weeks = page.getByRole('table', { name: /Open deadlines due each week/ });
    await weeks.waitFor();
    expect(await weeks.getByRole('row').count()).toBe(13);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Filters go into the address, and the CSV link follows them.
    await page.getByLabel('School', { exact: true }).selectOption({ label: 'Cedar Ridge Middle and High School' });
    await page.waitForURL(/\/compliance\?school=/);
    await page.getByLabel('Deadline', { exact: true }).selectOption({ label: 'Reevaluation' });
    await page.waitForURL(/kind=REEVALUATION/);
    await dashboardLoaded(page);
    await overdue.getByRole('row', { name: /Leo Carter/ }).filter({ hasText: 'Reevaluation' }).waitFor();
    // The first IEP meeting is not a reevaluation: it leaves the list once the filtered counts arrive.
    await overdue.getByRole('row', { name: /Leo Carter/ }).filter({ hasText: 'First IEP meeting' }).waitFor({ state: 'detached' });
    const schools = page.getByRole('table', { name: /Deadlines by school/ });
    expect(await schools.getByRole('rowheader').allTextContents()).toEqual(['Cedar Ridge Middle and High School']);
    const csvLink = page.getByRole('link', { name: 'Download CSV' });
    expect(await csvLink.getAttribute('href')).toMatch(/^\/exports\/compliance\.csv\?schoolId=[0-9a-f-]{36}&kind=REEVALUATION$/);
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('Student,Student ID,School,Case manager,Deadline,Status,Due date,Met on,Days overdue,Rule,IEP ID,Deadline ID');
    // Evaluated on 9 November 2023: due within 36 months, on 9 November 2026.
    expect(csv.slice(1).some((line) => line.startsWith(`Leo Carter,${LEO},Cedar Ridge Middle and High School,`) && line.includes(',REEVALUATION,OVERDUE,2026-11-09,'))).toBe(true);
    expect(csv.slice(1).every((line) => line.includes(',REEVALUATION,'))).toBe(true);

    // The filter survives a reload, since it is in the address.
    await page.reload();
    await dashboardLoaded(page);
    expect(await page.getByLabel('Deadline', { exact: true }).inputValue()).toBe('REEVALUATION');

    // Drill down: the overdue first IEP meeting's IEP, then the student.
    await page.getByLabel('Deadline', { exact: true }).selectOption({ label: 'All deadlines' });
    await dashboardLoaded(page);
    await page.getByRole('link', { name: 'Open the IEP of Leo Carter (First IEP meeting)' }).click();
    await page.waitForURL(`**/ieps/${LEO_IEP}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await dashboardLoaded(page);
    await overdue.getByRole('row', { name: /Leo Carter/ }).filter({ hasText: 'Reevaluation' }).getByRole('link', { name: 'Leo Carter' }).click();
    await page.waitForURL(`**/students/${LEO}`);
    await page.getByRole('heading', { level: 1, name: 'Leo Carter' }).waitFor();

    // In Spanish.
    await page.goto('/compliance');
    await page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Panel de cumplimiento' }).waitFor();
    await dashboardLoaded(page, 'Actualizado.');
    await page.getByRole('region', { name: 'Plazos vencidos, primero los de más retraso' }).getByRole('row', { name: /Leo Carter/ }).first().waitFor();
    expect(await page.getByText('30 días calendario después de que se determinó la elegibilidad el 15 de septiembre de 2026').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('works on a 375 px phone, and is not there for a teacher', async () => {
    const phone = await newPage(browser, { phone: true });
    await signIn(phone.page, 'admin@riverbend.example');
    await phone.page.getByRole('link', { name: 'Compliance' }).first().click();
    await phone.page.getByRole('heading', { level: 1, name: 'Compliance dashboard' }).waitFor();
    await dashboardLoaded(phone.page);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await phone.context.close();

    const teacher = await newPage(browser);
    await signIn(teacher.page, 'teacher@riverbend.example');
    expect(await teacher.page.getByRole('link', { name: 'Compliance' }).count()).toBe(0);
    await teacher.page.goto('/compliance');
    await teacher.page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    await teacher.context.close();
  });
});
