import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';

const PARENT = 'parent@riverbend.example';
const CASE_MANAGER = 'sped.cedar@riverbend.example';
const SLOW = 180_000;

/** Mantine fades dialogs in; colours are only checkable once that has finished. */
async function settled(dialog: Locator) {
  await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}

async function downloadedPdf(page: Page, link: Locator): Promise<{ name: string; head: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), head: bytes.subarray(0, 5).toString('latin1') };
}

describe('journey: a parent consents to the proposed IEP and downloads it; the team starts an amendment', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'e-records disclosure, statement of intent, typed name and password; PDF, certificate and a verified digest',
    async () => {
      // The parent, on a phone, goes from the list to Leo's IEP that waits for a decision.
      const parent = await newPage(browser, { phone: true });
      await signIn(parent.page, PARENT);
      await parent.page
        .getByRole('article', { name: 'Leo Carter' })
        .getByRole('link', { name: /^Status and signatures – .*, Ready for your review$/ })
        .click();
      await parent.page.getByRole('heading', { level: 1, name: "Leo's IEP: status and signatures" }).waitFor();
      const iepId = /\/ieps\/([^/]+)\/status/.exec(parent.page.url())![1]!;
      await parent.page.getByText('The team has finished this IEP and sent it to the family.').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      await parent.page.getByRole('link', { name: 'Review and decide' }).click();
      await parent.page.getByRole('heading', { level: 1, name: "Review Leo's IEP" }).waitFor();
      const goal = parent.page.getByRole('region', { name: 'Annual goal 1: Math fact fluency' });
      await goal.getByText('22 facts correct in 2 minutes (grade 7 fall probe).').waitFor();
      // Every field says what it means, in plain words.
      await goal.getByText('What the student can do today. Progress is measured from here.').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // "Reviewed" is offered, and clearly is not consent.
      const reviewed = parent.page.getByRole('region', { name: 'I have read it' });
      await reviewed.getByRole('button', { name: 'Mark as reviewed (not consent)' }).click();
      await reviewed.getByText(/^You marked this version as reviewed on .*This is not consent\.$/).waitFor();

      const decide = parent.page.getByRole('region', { name: 'Your decision' });
      await decide.getByRole('button', { name: 'Continue to signing' }).click();
      await decide.getByText('Choose one of the options.').waitFor();
      await decide.getByLabel('I consent to the whole IEP').check();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await decide.getByRole('button', { name: 'Continue to signing' }).click();

      // First the agreement to electronic records, from the API, with the right to paper and how to withdraw.
      await parent.page.getByRole('heading', { level: 2, name: 'Agreement to use electronic records and signatures' }).waitFor();
      await parent.page.getByText(/You have the right to receive any of these documents on paper, free of charge/).waitFor();
      await parent.page.getByText(/You may withdraw this agreement at any time/).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByRole('button', { name: 'Agree and continue' }).click();
      await parent.page.getByText('Check the box to agree, or ask the school for paper copies instead.').waitFor();
      await parent.page.getByLabel('I have read this agreement and I agree to receive and sign IEP documents electronically.').check();
      await parent.page.getByRole('button', { name: 'Agree and continue' }).click();

      // Then exactly what is signed, the statement of intent, the typed name and the password.
      await parent.page.getByRole('heading', { level: 2, name: 'Sign your decision' }).waitFor();
      const summary = parent.page.getByRole('region', { name: 'What you are signing' });
      await summary.getByText('I consent to the whole IEP').waitFor();
      await summary.getByText(/^Version \d+$/).waitFor();
      const digest = (await summary.locator('dd').last().textContent())!.trim();
      expect(digest).toMatch(/^[0-9a-f]{64}$/);
      await parent.page.getByText('By typing my name below I sign this IEP electronically.', { exact: false }).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      await parent.page.getByLabel('Type your full name').fill('alex carter');
      await parent.page.getByLabel('Your password').fill('not-my-password-123');
      await parent.page.getByRole('button', { name: 'Sign and give consent' }).click();
      await parent.page.getByText('That password is not correct. Try again.').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByLabel('Your password').fill(DEMO_PASSWORD);
      await parent.page.getByRole('button', { name: 'Sign and give consent' }).click();

      // The confirmation: signature details, the PDFs, and a check that the document is intact.
      const confirmation = parent.page.getByRole('status').filter({ hasText: 'Your decision is signed and recorded' });
      await confirmation.waitFor();
      await confirmation.getByText('The IEP is in effect and the school will start the services.', { exact: false }).waitFor();
      await confirmation.getByText('alex carter').waitFor();
      await confirmation.getByText(digest).waitFor();
      expect(parent.page.url()).toMatch(new RegExp(`/ieps/${iepId}/versions/\\d+\\?decision=`));
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      const pdf = await downloadedPdf(parent.page, parent.page.getByRole('link', { name: 'Download the IEP (PDF)' }));
      expect(pdf.name).toMatch(/\.pdf$/);
      expect(pdf.head).toBe('%PDF-');
      const certificate = await downloadedPdf(parent.page, parent.page.getByRole('link', { name: 'Download the signature certificate (PDF)' }));
      expect(certificate.name).toMatch(/\.pdf$/);
      expect(certificate.head).toBe('%PDF-');

      await parent.page.getByRole('button', { name: 'Verify document' }).click();
      await parent.page.getByText('Intact: the document has not changed').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // The status page shows the IEP in effect, and the parent can withdraw the e-records agreement.
      await parent.page.getByRole('link', { name: 'Status and signatures' }).click();
      await parent.page.getByRole('heading', { level: 1, name: "Leo's IEP: status and signatures" }).waitFor();
      await parent.page.getByText('This IEP is in effect.', { exact: false }).waitFor();
      const history = parent.page.getByRole('region', { name: 'History of this IEP' });
      await history.getByText('Consent given', { exact: true }).waitFor();
      await history.getByText('Marked as reviewed (not consent)').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByRole('button', { name: 'Withdraw consent to electronic records' }).click();
      const dialog = parent.page.getByRole('dialog', { name: 'Withdraw consent to electronic records?' });
      await dialog.waitFor();
      await settled(dialog);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
      await parent.page.getByText('Your consent to electronic records was withdrawn.').waitFor();
      await parent.context.close();

      // The case manager starts an amendment from the IEP in effect and changes one goal.
      const manager = await newPage(browser);
      await signIn(manager.page, CASE_MANAGER);
      await manager.page.goto(`/ieps/${iepId}/status`);
      await manager.page.getByRole('heading', { level: 1, name: "Leo's IEP: status and signatures" }).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await manager.page.getByRole('button', { name: 'Start amendment' }).click();
      await manager.page.waitForURL(/\/ieps\/[^/]+$/);
      const amendmentId = /\/ieps\/([^/]+)$/.exec(manager.page.url())![1]!;
      expect(amendmentId).not.toBe(iepId);
      await manager.page.getByRole('heading', { level: 1, name: "Leo's IEP" }).waitFor();
      const amendedGoal = manager.page.getByRole('region', { name: 'Annual goal 1: Math fact fluency', exact: true });
      await amendedGoal.getByRole('button', { name: 'Edit Annual goal 1: Math fact fluency' }).click();
      await amendedGoal.getByLabel('Target', { exact: true }).fill('70 facts correct in 2 minutes.');
      await amendedGoal.getByRole('button', { name: 'Save', exact: true }).click();
      await manager.page.getByText('Annual goal 1: Math fact fluency saved.').waitFor();
      // The family follows the amendment from its draft on.
      await manager.page.getByRole('button', { name: 'Share draft with family' }).click();
      await manager.page.getByRole('dialog', { name: 'Share this draft with the family?' }).getByRole('button', { name: 'Share the draft' }).click();
      await manager.page.getByText('The draft was shared with the family.').first().waitFor();

      // What the amendment changes, word by word, also in words for screen readers.
      await manager.page.goto(`/ieps/${amendmentId}/amendment-changes`);
      await manager.page.getByRole('heading', { level: 1, name: "What Leo's new IEP changes" }).waitFor();
      const changed = manager.page.getByRole('region', { name: 'Annual goal 1: Math fact fluency' });
      await changed.locator('ins').filter({ hasText: '70' }).waitFor();
      await changed.locator('del').filter({ hasText: '60' }).waitFor();
      expect(await changed.locator('ins').first().textContent()).toContain('[added: ');
      expect(await accessibilityViolations(manager.page)).toEqual([]);

      // Finalized for the family, acknowledging each warning: the next sign-off starts from here.
      await manager.page.goto(`/ieps/${amendmentId}/finalize`);
      await manager.page.getByRole('heading', { level: 1, name: "Finalize Leo's IEP" }).waitFor();
      const warnings = manager.page.getByRole('group', { name: 'I have checked each warning' }).getByRole('checkbox');
      await warnings.first().waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      for (const warning of await warnings.all()) await warning.check();
      await manager.page.getByRole('button', { name: 'Finalize and send to the family' }).click();
      await manager.page.waitForURL(`**/ieps/${amendmentId}/versions/1`);
      expect((await manager.page.getByTestId('version-digest').textContent())!.trim()).toMatch(/^[0-9a-f]{64}$/);
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await manager.context.close();
    },
    SLOW,
  );
});
