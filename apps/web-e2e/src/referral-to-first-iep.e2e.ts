import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';

const PARENT = 'parent@riverbend.example';
const DISTRICT_REP = 'lea.rep@riverbend.example';
const SPECIALIST = 'slp@riverbend.example';
/** A first-grader of Alex Carter's with no IEP yet, added for this journey. */
const NORA = '00000000-0000-4000-8000-00000000e3e2';
const SLOW = 300_000;

async function addStudent(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through apps/web-e2e/jest.config.cjs');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO students (id, district_id, school_id, first_name, last_name, date_of_birth, grade)
       SELECT $1, s.district_id, s.id, 'Nora', 'Carter', '2019-05-02', '1' FROM schools s WHERE s.name = 'Maple Grove Elementary School'
       ON CONFLICT (id) DO NOTHING`,
      [NORA],
    );
    await db.query(
      `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder)
       SELECT $1, u.id, 'Parent', true FROM users u WHERE u.email = $2 ON CONFLICT DO NOTHING`,
      [NORA, PARENT],
    );
  } finally {
    await db.end();
  }
}

async function axeClean(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('journey: from a parent’s request for evaluation through consent and evaluation to eligibility and the first IEP', () => {
  let browser: Browser;

  beforeAll(async () => {
    await addStudent();
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'request → e-signed consent (timeline starts) → plan → reports, one attached → eligibility with its notice → initial IEP started',
    async () => {
      // The parent asks for an evaluation from Nora's card.
      const parent = await newPage(browser);
      await signIn(parent.page, PARENT);
      await parent.page.getByRole('article', { name: 'Nora Carter' }).getByRole('link', { name: 'Referral and evaluations: Nora Carter' }).click();
      await parent.page.getByRole('heading', { level: 1, name: 'Referral and evaluations: Nora Carter' }).waitFor();
      await parent.page.getByText('No referral or evaluation yet.').waitFor();
      await axeClean(parent.page);
      await parent.page.getByRole('button', { name: 'Ask for an evaluation' }).click();
      await parent.page.getByRole('button', { name: 'Send the request' }).click();
      await parent.page.getByText('Say why the evaluation is asked for.').waitFor();
      await axeClean(parent.page);
      await parent.page.getByLabel("What worries you about your child's learning").fill('Nora cannot yet read simple words and says her ears hurt.');
      await parent.page.getByRole('button', { name: 'Send the request' }).click();
      await parent.page.getByText(/^The parent asked for an evaluation on /).waitFor();

      // The parent consents by e-signature: the agreement to electronic records first, when not given yet.
      await parent.page.getByRole('button', { name: 'Give consent to evaluate' }).click();
      const disclosure = parent.page.getByRole('heading', { level: 2, name: 'Agreement to use electronic records and signatures' });
      const statement = parent.page.getByText('I give my consent for the district to evaluate my child', { exact: false });
      await disclosure.or(statement).first().waitFor();
      if (await disclosure.isVisible()) {
        await parent.page.getByLabel('I have read this agreement and I agree to receive and sign IEP documents electronically.').check();
        await parent.page.getByRole('button', { name: 'Agree and continue' }).click();
        const open = parent.page.getByRole('button', { name: 'Give consent to evaluate' });
        await open.or(statement).first().waitFor();
        if (await open.isVisible()) await open.click();
      }
      await statement.waitFor();
      await parent.page.getByLabel('Type your full name').fill('Alex Carter');
      await parent.page.getByLabel('Your password').fill(DEMO_PASSWORD);
      await parent.page.getByRole('button', { name: 'Sign and give consent' }).click();
      await parent.page.getByText(/^The parent gave consent on .*, signed electronically by Alex Carter\.$/).waitFor();
      await parent.page.getByText('Evaluation timeline', { exact: true }).waitFor();
      await parent.page.getByText(/calendar days after the parent.*consent/i).first().waitFor();
      await axeClean(parent.page);

      // The district representative plans the evaluation: an assessor for each area.
      const rep = await newPage(browser);
      await signIn(rep.page, DISTRICT_REP);
      await rep.page.goto(`/students/${NORA}/evaluations`);
      await rep.page.getByRole('heading', { level: 1, name: 'Referral and evaluations: Nora Carter' }).waitFor();
      await rep.page.getByRole('button', { name: 'Plan the evaluation' }).click();
      await rep.page.getByLabel('Academic performance').check();
      await rep.page.getByLabel('Assessor for Academic performance').selectOption({ label: 'Hana Sato' });
      await rep.page.getByLabel('Communication').check();
      await rep.page.getByLabel('Assessor for Communication').selectOption({ label: 'Owen Mbeki' });
      await axeClean(rep.page);
      await rep.page.getByRole('button', { name: 'Save the plan' }).click();
      await rep.page.getByText('Communication: assessed by Owen Mbeki').waitFor();

      // The speech-language pathologist writes their report; the representative attaches the psychologist's.
      const slp = await newPage(browser);
      await signIn(slp.page, SPECIALIST);
      await slp.page.goto(`/students/${NORA}/evaluations`);
      await slp.page.getByRole('button', { name: 'Give the report: Communication' }).click();
      await slp.page.getByLabel('Report, or summary of the attached file').fill('Expressive and receptive language within normal limits.');
      await slp.page.getByRole('button', { name: 'Save the report' }).click();
      await slp.page.getByText('Expressive and receptive language within normal limits.').waitFor();
      expect(await slp.page.getByRole('button', { name: 'Give the report: Academic performance' }).count()).toBe(0);
      await axeClean(slp.page);

      await rep.page.reload();
      await rep.page.getByRole('button', { name: 'Give the report: Academic performance' }).click();
      await rep.page.getByLabel('Report, or summary of the attached file').fill('Reading decoding two grades below; see the attached report.');
      await rep.page.locator('input[type="file"]').setInputFiles({ name: 'reading.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% reading\n%%EOF\n') });
      await rep.page.getByRole('button', { name: 'Save the report' }).click();
      await rep.page.getByRole('link', { name: 'Download the report (reading.pdf)' }).waitFor();

      // The eligibility meeting: eligible, with its category; the notice goes to the family.
      await rep.page.getByRole('button', { name: 'Record the eligibility decision' }).click();
      await rep.page.getByRole('button', { name: 'Record the decision and send the notice' }).click();
      await rep.page.getByText('Choose the disability category.').waitFor();
      await axeClean(rep.page);
      await rep.page.getByLabel('Disability category').selectOption({ label: 'Specific learning disability' });
      await rep.page.getByLabel('What the team found').fill('Nora has a specific learning disability in reading and needs special education.');
      await rep.page.getByRole('button', { name: 'Record the decision and send the notice' }).click();
      await rep.page.getByText(/the team found the child eligible for special education \(Specific learning disability\)/).waitFor();
      await rep.page.getByText('Prior written notice', { exact: true }).waitFor();
      await rep.page.getByText('First IEP meeting', { exact: true }).first().waitFor();
      await axeClean(rep.page);

      // The initial IEP starts from the evaluation, through the one start-an-IEP path.
      await rep.page.getByRole('button', { name: 'Start the initial IEP' }).click();
      await rep.page.getByRole('button', { name: 'Start the initial IEP' }).click();
      await rep.page.getByRole('link', { name: 'Open the initial IEP' }).click();
      await rep.page.waitForURL(/\/ieps\/[0-9a-f-]+$/);
      await rep.page.getByRole('heading', { level: 1 }).waitFor();

      // The family reads the decision, the notice and the first IEP meeting's date in plain words.
      await parent.page.reload();
      await parent.page.getByText(/the team found the child eligible for special education/).waitFor();
      await parent.page.getByText('What the district proposes or refuses').waitFor();
      await parent.page.getByText(/proposes to identify Nora as a student with a disability/).waitFor();
      await parent.page.getByText('Reevaluation', { exact: true }).waitFor();
      await axeClean(parent.page);
      for (const context of [parent.context, rep.context, slp.context]) await context.close();
    },
    SLOW,
  );
});
