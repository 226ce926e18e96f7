import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';

const PARENT = 'parent@riverbend.example';
const CASE_MANAGER = 'sped.cedar@riverbend.example';
const DISTRICT_REP = 'lea.rep@riverbend.example';
const SLOW = 200_000;

async function settled(page: Page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

describe('journey: a parent declines the proposed IEP with reasons; the team sends a prior written notice and proposes it again', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'decline with reasons → draft and notice for the team → notice completed (after a conflict) and sent → finalized again with warnings acknowledged',
    async () => {
      // The parent declines Leo's proposed IEP.
      const parent = await newPage(browser);
      await signIn(parent.page, PARENT);
      await parent.page
        .getByRole('article', { name: 'Leo Carter' })
        .getByRole('link', { name: /^Status and signatures – .*, Ready for your review$/ })
        .click();
      await parent.page.getByRole('heading', { level: 1, name: "Leo's IEP: status and signatures" }).waitFor();
      const iepId = /\/ieps\/([^/]+)\/status/.exec(parent.page.url())![1]!;
      await parent.page.getByRole('link', { name: 'Review and decide' }).click();
      const decide = parent.page.getByRole('region', { name: 'Your decision' });
      await decide.getByLabel('I do not consent').check();
      await decide.getByRole('button', { name: 'Continue to signing' }).click();
      await decide.getByText('Write why you do not consent.').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await decide.getByLabel('Why do you not consent?').fill('Forty minutes a week is not enough math support for Leo.');
      await decide.getByRole('button', { name: 'Continue to signing' }).click();

      await parent.page.getByRole('heading', { level: 2, name: 'Agreement to use electronic records and signatures' }).waitFor();
      await parent.page.getByLabel('I have read this agreement and I agree to receive and sign IEP documents electronically.').check();
      await parent.page.getByRole('button', { name: 'Agree and continue' }).click();
      await parent.page.getByRole('heading', { level: 2, name: 'Sign your decision' }).waitFor();
      const summary = parent.page.getByRole('region', { name: 'What you are signing' });
      await summary.getByText('I do not consent').waitFor();
      await summary.getByText('Forty minutes a week is not enough math support for Leo.').waitFor();
      await parent.page.getByText('that I do not give my consent to it, for the reasons I wrote', { exact: false }).waitFor();
      await parent.page.getByLabel('Type your full name').fill('Someone Else');
      await parent.page.getByLabel('Your password').fill(DEMO_PASSWORD);
      await parent.page.getByRole('button', { name: 'Sign and decline' }).click();
      await parent.page.getByText('The name must match your account: Alex Carter.').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByLabel('Type your full name').fill('Alex Carter');
      await parent.page.getByRole('button', { name: 'Sign and decline' }).click();
      const confirmation = parent.page.getByRole('status').filter({ hasText: 'Your decision is signed and recorded' });
      await confirmation.getByText('The IEP is not in effect.', { exact: false }).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // The parent keeps paper as an option: the e-records agreement is withdrawn again.
      await parent.page.getByRole('link', { name: 'Status and signatures' }).click();
      await parent.page.getByRole('button', { name: 'Withdraw consent to electronic records' }).click();
      await parent.page.getByRole('dialog', { name: 'Withdraw consent to electronic records?' }).getByRole('button', { name: 'Withdraw consent' }).click();
      await parent.page.getByText('Your consent to electronic records was withdrawn.').waitFor();

      // The case manager finds the IEP back in draft, with the reasons and a notice to complete.
      const manager = await newPage(browser);
      await signIn(manager.page, CASE_MANAGER);
      await manager.page.goto(`/ieps/${iepId}/status`);
      const now = manager.page.getByRole('region', { name: 'Where things stand' });
      await now.getByText('Draft', { exact: true }).waitFor();
      const history = manager.page.getByRole('region', { name: 'History of this IEP' });
      await history.getByText('Consent declined').waitFor();
      await history.getByText('Forty minutes a week is not enough math support for Leo.').waitFor();
      const notices = manager.page.getByRole('region', { name: 'Prior written notices' });
      await notices.getByText('Draft – not sent').first().waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await notices.getByRole('link', { name: 'Notice: the IEP was not consented to' }).first().click();
      await manager.page.getByRole('heading', { level: 1, name: "Prior written notice about Leo's IEP" }).waitFor();
      const noticeUrl = manager.page.url();
      const form = manager.page.getByRole('form', { name: 'Complete the notice' });
      for (const label of ['1. The action', '2. Why', '3. What the decision is based on', '4. Your rights (procedural safeguards)', '5. Where to get help', '6. Other options considered', '7. Other factors']) {
        await form.getByLabel(label).waitFor();
      }
      await form.getByText('Explain why the school proposes or refuses the action.').waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);

      // The district representative saves the same notice first.
      const rep = await newPage(browser);
      await signIn(rep.page, DISTRICT_REP);
      await rep.page.goto(noticeUrl);
      const repForm = rep.page.getByRole('form', { name: 'Complete the notice' });
      await repForm.getByLabel('7. Other factors').fill('The family asked for a meeting in the afternoon.');
      await repForm.getByRole('button', { name: 'Save draft' }).click();
      await rep.page.getByText('The notice was saved.').waitFor();
      await rep.context.close();

      // The system's draft marks what only the team can write; the notice cannot be sent with it.
      expect(await form.getByLabel('2. Why').inputValue()).toContain('[TO COMPLETE:');
      await form.getByRole('button', { name: 'Send to the family' }).click();
      await form.getByText(/^\d+ elements must be completed before the notice can be sent\.$/).waitFor();
      await form.getByText("Replace the part marked [TO COMPLETE: …] with the team's own words.").first().waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);

      // The case manager's save meets the newer version: their text stays, the saved text is shown.
      await form.getByLabel('2. Why').fill('The team will add a second weekly math session and proposes the IEP again.');
      await form.getByLabel('3. What the decision is based on').fill('Fall math probes (22 facts in 2 minutes) and the present levels in the IEP.');
      await form.getByLabel('6. Other options considered').fill('Keeping 40 minutes a week was considered and rejected after the family’s reasons.');
      await form.getByRole('button', { name: 'Save draft' }).click();
      const conflict = form.getByRole('alert').filter({ hasText: 'Someone else saved this notice first' });
      await conflict.waitFor();
      await form.getByText('The family asked for a meeting in the afternoon.').waitFor();
      expect(await form.getByLabel('2. Why').inputValue()).toBe('The team will add a second weekly math session and proposes the IEP again.');
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await form.getByRole('button', { name: 'Use the saved text for “Other factors”' }).click();
      expect(await form.getByLabel('7. Other factors').inputValue()).toBe('The family asked for a meeting in the afternoon.');
      await form.getByRole('button', { name: 'Send to the family' }).click();
      await manager.page.getByText('The notice was sent to the family.').waitFor();
      await manager.page.getByText('Sent to the family').first().waitFor();
      await manager.page.getByText('The team will add a second weekly math session and proposes the IEP again.').waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);

      // Finalized again: every warning must be acknowledged first.
      await manager.page.goto(`/ieps/${iepId}/status`);
      await manager.page.getByRole('link', { name: 'Finalize for the family' }).click();
      await manager.page.getByRole('heading', { level: 1, name: "Finalize Leo's IEP" }).waitFor();
      await manager.page.getByText('No blocking problems.').waitFor();
      const warnings = manager.page.getByRole('group', { name: 'I have checked each warning' });
      await warnings.getByRole('checkbox').first().waitFor();
      await manager.page.getByRole('button', { name: 'Finalize and send to the family' }).click();
      await manager.page.getByText(/^Acknowledge the (remaining warning|\d+ remaining warnings) first\.$/).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      for (const warning of await warnings.getByRole('checkbox').all()) await warning.check();
      await manager.page.getByRole('button', { name: 'Finalize and send to the family' }).click();
      await manager.page.waitForURL(new RegExp(`/ieps/${iepId}/versions/\\d+$`));
      expect((await manager.page.getByTestId('version-digest').textContent())!.trim()).toMatch(/^[0-9a-f]{64}$/);
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await manager.context.close();

      // The parent reads the sent notice, in English and in Spanish.
      await parent.page.goto(`/ieps/${iepId}/status`);
      await parent.page.getByText('The team has finished this IEP and sent it to the family.').waitFor();
      await parent.page.getByRole('region', { name: 'Prior written notices' }).getByRole('link', { name: 'Notice: the IEP was not consented to' }).first().click();
      await parent.page.getByRole('heading', { level: 1, name: "Prior written notice about Leo's IEP" }).waitFor();
      await parent.page.getByText('2. Why').waitFor();
      await parent.page.getByText('The team will add a second weekly math session and proposes the IEP again.').waitFor();
      expect(await parent.page.getByRole('textbox').count()).toBe(0);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await parent.page.getByRole('heading', { level: 1, name: 'Aviso previo por escrito sobre el IEP de Leo' }).waitFor();
      await parent.page.getByText('2. Por qué').waitFor();
      await settled(parent.page);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.context.close();
    },
    SLOW,
  );
});
