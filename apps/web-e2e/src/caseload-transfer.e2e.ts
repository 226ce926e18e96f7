import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchBrowser, newPage, signIn } from './support/browser';

const DISTRICT = '00000000-0000-4000-8000-000000000001';
const MAPLE_GROVE = '00000000-0000-4000-8000-000000000101';
const LEO = '00000000-0000-4000-8000-000000000302';
const CASE_MANAGER = '00000000-0000-4000-8000-000000000203';
/** Two special education teachers and a student of their own, so the journey moves nobody the other journeys know. */
const JORDAN = { id: '00000000-0000-4000-8000-00000000e201', email: 'jordan.ellis@riverbend.example', name: 'Jordan Ellis' };
const ROSA = { id: '00000000-0000-4000-8000-00000000e202', email: 'rosa.delgado@riverbend.example', name: 'Rosa Delgado' };
const NINA = '00000000-0000-4000-8000-00000000e301';

/**
 * What the district's information system and the years before would have left: Jordan manages Nina, whose
 * three-yearly reevaluation is overdue (the rule and dates of Leo's, which the deadline service computed).
 */
async function arrange(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through apps/web-e2e/jest.config.cjs');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    for (const person of [JORDAN, ROSA]) {
      await db.query(
        `INSERT INTO users (id, district_id, email, password_hash, display_name, role)
         SELECT $1, $2, $3, password_hash, $4, 'SPECIAL_EDUCATION_TEACHER' FROM users WHERE id = $5
         ON CONFLICT (id) DO NOTHING`,
        [person.id, DISTRICT, person.email, person.name, CASE_MANAGER],
      );
    }
    await db.query(
      `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
       VALUES ($1, $2, $3, 'Nina', 'Okonkwo', '2014-03-08', '6') ON CONFLICT (id) DO NOTHING`,
      [NINA, DISTRICT, MAPLE_GROVE],
    );
    await db.query(`INSERT INTO caseloads (student_id, case_manager_id) VALUES ($1, $2) ON CONFLICT (student_id) DO NOTHING`, [NINA, JORDAN.id]);
    await db.query(
      `INSERT INTO deadlines (district_id, school_id, student_id, kind, event_kind, event_date, due_date, explanation, responsible_user_id)
       SELECT district_id, $2, $1, kind, event_kind, event_date, due_date, explanation, $3 FROM deadlines
        WHERE student_id = $4 AND kind = 'REEVALUATION' AND met_on IS NULL
       ON CONFLICT DO NOTHING`,
      [NINA, MAPLE_GROVE, JORDAN.id, LEO],
    );
  } finally {
    await db.end();
  }
}

async function noSideways(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('journey: the district moves a caseload, and the new case manager starts the day from it', () => {
  let browser: Browser;

  beforeAll(async () => {
    await arrange();
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a district representative transfers a caseload; the new case manager sees the overdue deadline on a phone and opens the student page', async () => {
    const rep = await newPage(browser);
    await signIn(rep.page, 'lea.rep@riverbend.example');
    await rep.page.getByRole('link', { name: 'Caseloads' }).first().click();
    await rep.page.getByRole('heading', { level: 1, name: 'Caseloads' }).waitFor();
    await rep.page.getByLabel('Case manager', { exact: true }).selectOption({ label: JORDAN.name });
    const students = rep.page.getByRole('region', { name: `Students of ${JORDAN.name}` });
    await students.getByRole('link', { name: 'Nina Okonkwo' }).waitFor();
    await students.getByText('1 overdue deadline').waitFor();
    expect(await accessibilityViolations(rep.page)).toEqual([]);

    const transfer = rep.page.getByRole('region', { name: `Move the whole caseload of ${JORDAN.name}` });
    await transfer.getByLabel('New case manager').selectOption({ label: ROSA.name });
    await transfer.getByRole('button', { name: 'Move the caseload' }).click();
    const dialog = rep.page.getByRole('dialog', { name: 'Move the whole caseload?' });
    await dialog.getByText(`The 1 student of ${JORDAN.name} moves to ${ROSA.name}.`, { exact: false }).waitFor();
    expect(await accessibilityViolations(rep.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Move the caseload' }).click();
    await rep.page.getByRole('status').filter({ hasText: `The caseload of ${JORDAN.name} moved to ${ROSA.name}.` }).waitFor();
    await students.getByText('No students on this caseload.').waitFor();
    expect(await accessibilityViolations(rep.page)).toEqual([]);
    await rep.context.close();

    // Rosa, on her phone: the bell says why, and her caseload flags the overdue reevaluation.
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(ROSA.email);
    await page.getByLabel('Password', { exact: true }).fill('iep-demo-district-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await page.getByRole('link', { name: 'My caseload' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const nina = page.getByRole('article', { name: 'Nina Okonkwo' });
    await nina.getByText('1 overdue deadline').waitFor();
    await nina.getByText('You are the case manager.').waitFor();
    const deadlines = nina.getByRole('list', { name: 'Next deadlines of Nina Okonkwo' });
    expect(await deadlines.getByRole('listitem').first().textContent()).toMatch(/^Overdue\s*Reevaluation/);
    await noSideways(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await nina.getByRole('link', { name: 'Nina Okonkwo' }).click();
    await page.waitForURL(`**/students/${NINA}`);
    await page.getByRole('heading', { level: 1, name: 'Nina Okonkwo' }).waitFor();
    const studentDeadlines = page.getByRole('region', { name: 'Deadlines' });
    await studentDeadlines.getByRole('list', { name: 'Open deadlines' }).getByText('Overdue').waitFor();
    await page.getByRole('region', { name: 'IEPs and versions' }).getByText('There is no IEP to show yet.').waitFor();
    await page.getByRole('region', { name: 'Access record' }).waitFor();
    await noSideways(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same day in Spanish.
    await page.goto('/caseload');
    await page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mis casos' }).waitFor();
    await page.getByRole('article', { name: 'Nina Okonkwo' }).getByText('1 plazo vencido').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('is not there for a parent', async () => {
    const parent = await newPage(browser);
    await signIn(parent.page, 'parent@riverbend.example');
    expect(await parent.page.getByRole('link', { name: 'My caseload' }).count()).toBe(0);
    expect(await parent.page.getByRole('link', { name: 'Caseloads' }).count()).toBe(0);
    await parent.page.goto('/caseload');
    await parent.page.getByRole('alert').or(parent.page.getByText(/do not have access/i)).first().waitFor();
    await parent.context.close();
  });
});
