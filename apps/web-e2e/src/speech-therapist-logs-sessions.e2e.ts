import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchBrowser, signIn } from './support/browser';

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
const PHONE = { width: 390, height: 844 };

/** The speech service's part of the page: its own section, named by its heading. */
const speechSection = (page: Page) => page.getByRole('region', { name: 'Speech-language therapy' });

async function logSession(page: Page, date: string, status = 'Delivered') {
  const section = speechSection(page);
  await section.getByLabel('Date', { exact: true }).fill(date);
  await section.getByLabel('What happened', { exact: true }).selectOption({ label: status });
  await section.getByLabel('Minutes', { exact: true }).fill('30');
  await section.getByLabel('Group size', { exact: true }).fill('3');
  await section.getByRole('button', { name: 'Log session' }).click();
}

const sessionItems = (page: Page, text: string) => speechSection(page).getByRole('listitem').filter({ hasText: text });

describe('journey: a speech therapist on a phone logs a week of group sessions, one of them offline', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('logs three sessions; the offline one waits on the phone and is sent once when the connection returns', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signIn(page, 'slp@riverbend.example');
    await page.goto(`/ieps/${MAYA_ACTIVE}/team`);
    await page.getByRole('link', { name: 'Services and sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Services for Maya' }).waitFor();
    const section = speechSection(page);
    await section.getByText('Compensatory minutes owed: 30').waitFor();
    await section.getByText('Under-delivered').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Tuesday and Wednesday, online.
    await logSession(page, '2026-11-17');
    await section.getByText('Session logged.').waitFor();
    await sessionItems(page, 'November 17, 2026').waitFor();
    await logSession(page, '2026-11-18');
    await sessionItems(page, 'November 18, 2026').waitFor();

    // Thursday, in a room without signal.
    await context.setOffline(true);
    await logSession(page, '2026-11-19', 'Provider absent or cancelled');
    await section.getByText('You are offline. The session is kept on this device').waitFor();
    await page.getByText('1 session waiting to be sent').waitFor();
    expect(await sessionItems(page, 'November 19, 2026').count()).toBe(0);
    const kept = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('iep.serviceSessionOutbox.')));
    expect(kept).toBeDefined();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back online: the waiting session goes out, and the missed minutes are owed.
    await context.setOffline(false);
    await page.getByText('1 session kept on this device was sent.').waitFor();
    await sessionItems(page, 'November 19, 2026').waitFor();
    await page.getByText('1 session waiting to be sent').waitFor({ state: 'detached' });
    await section.getByText('Compensatory minutes owed: 60').waitFor();
    // Owed minutes in plain words; the service ended on 1 December, so no make-up session can be planned inside it.
    await section.getByText('The school owes Maya 60 minutes of this service, to be given back in make-up sessions.').waitFor();
    await section.getByText('Planned so far: 0 minutes. Already made up: 0 minutes.').waitFor();
    expect(await section.getByRole('button', { name: 'Plan make-up session' }).count()).toBe(0);

    // A second send of the same entry (a flush cut off before it heard back) finds the session already logged.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), kept!);
    await page.reload();
    await page.getByText('1 session kept on this device was sent.').waitFor();
    await section.getByText('Compensatory minutes owed: 60').waitFor();
    expect(await sessionItems(page, 'November 19, 2026').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses 600 minutes beside the field, with the rule the server also checks', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, 'slp@riverbend.example');
    await page.goto(`/ieps/${MAYA_ACTIVE}/services`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const section = speechSection(page);
    await section.getByLabel('Minutes', { exact: true }).fill('600');
    await section.getByRole('button', { name: 'Log session' }).click();
    await section.getByText('Minutes must be a whole number from 1 to 480.').waitFor();
    await context.close();
  });
});
