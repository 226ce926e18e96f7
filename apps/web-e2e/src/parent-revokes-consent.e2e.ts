import type { Browser } from 'playwright-core';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';

// Lucas (DEMO_JOURNEYS in the seed): Alex Carter's son with an IEP in effect, used by this journey only.
const LUCAS = '00000000-0000-4000-8000-000000000309';
const LUCAS_IEP = '00000000-0000-4000-8000-000000000413';
const SLOW = 180_000;

function isoDaysFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

describe('journey: a parent revokes consent for services; the case manager sends the prior written notice; the deadlines close', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'revokes in writing with an e-signature, answered by a notice naming the last day, accessible at every step',
    async () => {
      const parent = await newPage(browser);
      await signIn(parent.page, 'parent@riverbend.example');
      await parent.page.getByRole('heading', { level: 1 }).first().waitFor();
      await parent.page.goto(`/students/${LUCAS}/rights`);
      await parent.page.getByRole('heading', { level: 1, name: "Lucas's rights and notices" }).waitFor();
      const revoke = parent.page.getByRole('region', { name: 'Stop special education services' });
      await revoke.getByRole('button', { name: 'Revoke consent for services' }).click();

      // The agreement to electronic records comes first when the parent has not given it yet.
      const agreement = parent.page.getByLabel('I have read this agreement and I agree to receive and sign IEP documents electronically.');
      const typedName = revoke.getByLabel('Type your full name');
      await agreement.or(typedName).first().waitFor();
      if (await agreement.isVisible()) {
        expect(await accessibilityViolations(parent.page)).toEqual([]);
        await agreement.check();
        await parent.page.getByRole('button', { name: 'Agree and continue' }).click();
      }
      await typedName.waitFor();
      await revoke.getByText(/I revoke my consent for the district to continue providing special education and related services/).waitFor();
      await revoke.getByLabel('Why (optional)').fill('We will support Lucas at home this year.');
      await typedName.fill('Alex Carter');
      await revoke.getByLabel('Your password').fill('not-my-password-123');
      await revoke.getByRole('button', { name: 'Sign and revoke consent' }).click();
      await revoke.getByText('That password is not correct. Try again.').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await revoke.getByLabel('Your password').fill(DEMO_PASSWORD);
      await revoke.getByRole('button', { name: 'Sign and revoke consent' }).click();

      const status = parent.page.getByRole('region', { name: 'Consent for special education services' });
      await status.getByText(/^Consent for services was revoked on .* by Alex Carter\.$/).waitFor();
      await status.getByText('The district will send a prior written notice naming the last day of services. Until then, services continue.').waitFor();
      expect(await parent.page.getByRole('region', { name: 'Stop special education services' }).count()).toBe(0);
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // The case manager is told, opens the rights page and names the last day of services.
      const staff = await newPage(browser);
      await signIn(staff.page, 'sped.cedar@riverbend.example');
      await staff.page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
      await staff.page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      await staff.page.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: 'Consent revoked: Lucas' }).click();
      await staff.page.waitForURL(`**/students/${LUCAS}/rights`);
      const answer = staff.page.getByRole('region', { name: 'Answer the revocation' });
      await answer.getByLabel('Last day of services').fill(isoDaysFromToday(60));
      await answer.getByRole('button', { name: 'Send the notice' }).click();
      await answer.getByText('Services end within 30 days of the notice, as the parent revoked consent.').waitFor();
      expect(await accessibilityViolations(staff.page)).toEqual([]);
      await answer.getByLabel('Last day of services').fill(isoDaysFromToday(7));
      await answer.getByRole('button', { name: 'Send the notice' }).click();
      const answered = staff.page.getByRole('region', { name: 'Consent for special education services' });
      await answered.getByText(/^Services continue until .*, the last day named in the district's prior written notice\.$/).waitFor();
      await answered.getByRole('link', { name: 'Read the prior written notice (PDF)' }).waitFor();
      expect(await staff.page.getByRole('region', { name: 'Answer the revocation' }).count()).toBe(0);

      // The student page shows the annual review closed, with its reason, and no longer open.
      await staff.page.goto(`/students/${LUCAS}`);
      await staff.page.getByRole('heading', { level: 1, name: 'Lucas Carter' }).waitFor();
      const closed = staff.page.getByRole('list', { name: 'No longer apply' });
      // Other journeys' reporting periods give Lucas's IEP progress report deadlines, closed with it.
      const review = closed.getByRole('listitem').filter({ hasText: 'Annual review' });
      await review.getByText(/^Closed on .*: consent for services was revoked$/).waitFor();
      expect(await accessibilityViolations(staff.page)).toEqual([]);

      // The parent reads the notice's day on the rights page.
      await parent.page.reload();
      await parent.page.getByText(/^Services continue until .*, the last day named in the district's prior written notice\.$/).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // Lucas's IEP says so before anything else, with the day services end and the way to the notice.
      await parent.page.goto(`/ieps/${LUCAS_IEP}`);
      const banner = parent.page.getByRole('region', { name: 'Consent for services was revoked' });
      await banner.getByText(/^Consent for special education services was revoked on .*\.$/).waitFor();
      await banner.getByText(/^Services end on .*, the last day named in the district's prior written notice\.$/).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
      const bannerEs = parent.page.getByRole('region', { name: 'Se revocó el consentimiento para los servicios' });
      await bannerEs.getByText(/^Los servicios terminan el .*, el último día indicado en el aviso previo por escrito del distrito\.$/).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await bannerEs.getByRole('link', { name: 'Derechos y avisos, con el aviso previo por escrito' }).click();
      await parent.page.waitForURL(`**/students/${LUCAS}/rights`);
      await parent.page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'English' }).click();

      // The case manager reads it on the IEP too.
      await staff.page.goto(`/ieps/${LUCAS_IEP}`);
      await staff.page.getByRole('region', { name: 'Consent for services was revoked' }).waitFor();

      await staff.context.close();
      await parent.context.close();
    },
    SLOW,
  );
});
