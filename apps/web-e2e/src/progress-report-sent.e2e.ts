import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';
import { sql } from './support/database';

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';


// The co-writing teacher is the team's speech-language pathologist, whose goal the articulation goal is: the
// plan in force is frozen, and the demo assigns no goal of it to the classroom teacher.
/** The fall report card's report on the page (the heading names the period, then its days). */
const fallReport = (page: Page) => page.getByRole('region', { name: /^Fall report card:/ });

describe('journey: a case manager writes and sends a progress report, with the speech teacher co-writing', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the district adds its reporting period on the calendar page; each IEP in force gets its progress report deadline', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.goto('/admin/calendar');
    const section = page.getByRole('region', { name: 'Reporting periods' });
    const form = section.getByRole('form', { name: 'Add reporting period' });
    await form.getByLabel('Name').fill('Fall report card');
    await form.getByLabel('First day').fill('2026-08-24');
    await form.getByLabel('Last day').fill('2026-11-13');
    await form.getByRole('button', { name: 'Add reporting period' }).click();
    await section.getByRole('status').filter({ hasText: /progress report deadlines? (was|were) written or moved/ }).waitFor();
    await section.getByRole('cell', { name: 'Fall report card', exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM deadlines d JOIN reporting_periods p ON p.id = d.reporting_period_id WHERE p.name = 'Fall report card' AND d.iep_id = $1`,
      [MAYA_ACTIVE],
    );
    expect(n).toBe(1);
    await context.close();
  });

  it('the speech teacher writes his goal; the case manager writes the other and sends it; the report is frozen and the deadline met', async () => {
    const teacher = await newPage(browser);
    await signIn(teacher.page, 'slp@riverbend.example');
    await teacher.page.goto(`/ieps/${MAYA_ACTIVE}/progress-reports`);
    await teacher.page.getByRole('heading', { level: 1, name: 'Progress reports for Maya' }).waitFor();
    // Other journeys add periods of their own: this one writes the fall report card's report.
    const teachersFall = fallReport(teacher.page);
    // Only the articulation goal is his to write; the reading goal reads as not written yet.
    expect(await teachersFall.getByRole('form', { name: /^Progress on/ }).count()).toBe(1);
    const speech = teachersFall.getByRole('form', { name: 'Progress on Articulation' });
    await speech.getByLabel('Progress').selectOption('INSUFFICIENT_PROGRESS');
    await speech.getByLabel('What the data show').fill('Maya says /r/ correctly in single words, not yet in sentences.');
    await speech.getByRole('button', { name: 'Save' }).click();
    await teacher.page.getByText('Saved.').first().waitFor();
    expect(await accessibilityViolations(teacher.page)).toEqual([]);
    await teacher.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'case.manager@riverbend.example');
    await page.goto(`/ieps/${MAYA_ACTIVE}/progress-reports`);
    const fall = fallReport(page);
    const speechForm = fall.getByRole('form', { name: 'Progress on Articulation' });
    // The speech teacher's words are there for the case manager to read and build on.
    await speechForm.waitFor();
    expect(await speechForm.getByLabel('What the data show').inputValue()).toBe('Maya says /r/ correctly in single words, not yet in sentences.');
    await fall.getByText('1 goal still needs a code and its words before the report can be sent.').waitFor();
    const reading = fall.getByRole('form', { name: 'Progress on Reading fluency' });
    await reading.getByLabel('Progress').selectOption('SUFFICIENT_PROGRESS');
    await reading.getByLabel('What the data show').fill('Maya reads grade 3 passages more smoothly each week.');
    await reading.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').first().waitFor();
    const send = fall.getByRole('button', { name: 'Send to the family' });
    await send.click();
    const dialog = page.getByRole('dialog', { name: 'Send this progress report?' });
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Send to the family' }).click();
    await page.getByText('Progress report sent to the family.').waitFor();
    await fall.getByText(/^Sent to the family on .* by Priya Natarajan\.$/).waitFor();
    await fall.getByText('The family has not said they read it yet.').waitFor();
    // Frozen: no form remains to write in.
    expect(await fall.getByRole('form', { name: /^Progress on/ }).count()).toBe(0);
    await fall.getByText('Not making enough progress to meet the goal').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const [report] = await sql<{ status: string; digest: string; met: boolean }>(
      `SELECT r.status, r.digest, d.met_on IS NOT NULL AS met FROM progress_reports r
         JOIN deadlines d ON d.iep_id = r.iep_id AND d.reporting_period_id = r.reporting_period_id
         JOIN reporting_periods p ON p.id = r.reporting_period_id WHERE r.iep_id = $1 AND p.name = 'Fall report card'`, [MAYA_ACTIVE]);
    expect(report).toEqual({ status: 'SENT', digest: expect.stringMatching(/^[0-9a-f]{64}$/), met: true });
    const [{ emails }] = await sql<{ emails: number }>(
      `SELECT count(*)::int AS emails FROM outbound_emails WHERE to_address = 'parent@riverbend.example' AND subject = 'Progress report for Maya: Fall report card'`,
    );
    expect(emails).toBe(1);
    await context.close();
  });

  it('the district deletes a period added by mistake, after confirming; the period whose report was sent stays, and says why', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.goto('/admin/calendar');
    const section = page.getByRole('region', { name: 'Reporting periods' });
    const form = section.getByRole('form', { name: 'Add reporting period' });
    await form.getByLabel('Name').fill('Typo period');
    await form.getByLabel('First day').fill('2027-07-05');
    await form.getByLabel('Last day').fill('2027-07-30');
    await form.getByRole('button', { name: 'Add reporting period' }).click();
    await section.getByRole('cell', { name: 'Typo period', exact: true }).waitFor();

    await section.getByRole('button', { name: 'Delete Typo period' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Typo period?' });
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await section.getByRole('status').filter({ hasText: /^Deleted\. \d+ open progress report deadlines? (was|were) closed\.$/ }).waitFor();
    await section.getByRole('cell', { name: 'Typo period', exact: true }).waitFor({ state: 'detached' });
    const [{ deleted }] = await sql<{ deleted: boolean }>(`SELECT deleted_at IS NOT NULL AS deleted FROM reporting_periods WHERE name = 'Typo period'`);
    expect(deleted).toBe(true);

    // The fall report card went to Maya's family: deleting it is refused inside the dialog, which stays open to cancel.
    await section.getByRole('button', { name: 'Delete Fall report card' }).click();
    const refused = page.getByRole('dialog', { name: 'Delete Fall report card?' });
    await refused.getByRole('button', { name: 'Delete' }).click();
    await refused.getByText(/"Fall report card" cannot be deleted: \d+ progress reports? (was|were) already sent to families/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await refused.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await section.getByRole('cell', { name: 'Fall report card', exact: true }).waitFor();
    await context.close();
  });
});
