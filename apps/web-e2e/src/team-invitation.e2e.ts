import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, devMailbox, launchBrowser, newPage } from './support/browser';

const DEMO_PASSWORD = 'iep-demo-district-2026';
const ADVOCATE = { email: 'rosa.alvarez@example.org', name: 'Rosa Alvarez' };
const ADVOCATE_PASSWORD = 'Lantern-orchard-57-quietly';
const MAYA_DRAFT_IEP = '00000000-0000-4000-8000-000000000402';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The invitation link of the newest message to an address in the dev mailbox, as the invitee would click it. */
async function invitationLink(page: Page, address: string): Promise<string> {
  const html = await devMailbox();
  const message = html.split('<article>').find((part) => part.includes(`To ${address} `));
  const link = /https?:\/\/[^\s<"]+\/invitation\?token=[A-Za-z0-9_-]{43}/.exec(message ?? '')?.[0];
  if (!link) throw new Error(`No invitation e-mail to ${address} in /dev/mail`);
  return link;
}

describe('journey: a case manager invites an advocate, who joins the IEP team from the e-mail', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('invites, accepts with a new password (also shown in Spanish), lands on the team page; removal ends access', async () => {
    // The case manager, on a desktop.
    const staff = await newPage(browser);
    await signIn(staff.page, 'case.manager@riverbend.example');
    await staff.page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await staff.page
      .getByRole('article', { name: 'Maya Carter' })
      .getByRole('link', { name: /^Team and invitations – Annual review/ })
      .click();
    await staff.page.waitForURL(`**/ieps/${MAYA_DRAFT_IEP}/team`);
    await staff.page.getByRole('heading', { level: 1, name: "Maya's IEP team" }).waitFor();
    await staff.page.getByRole('region', { name: 'Members' }).getByText('Priya Natarajan').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    const invite = staff.page.getByRole('region', { name: 'Invite someone' });
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    // Nothing filled in: the form says what is missing and goes to the first field.
    await invite.getByText('Enter your email address.').waitFor();
    expect(await invite.getByLabel('Email').evaluate((input) => input === document.activeElement)).toBe(true);
    await invite.getByLabel('Email').fill(ADVOCATE.email);
    await invite.getByLabel('Name').fill(ADVOCATE.name);
    await invite.getByLabel('Role', { exact: true }).selectOption({ label: 'Guest' });
    await invite.getByLabel('Role on this team').fill('Parent advocate');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByRole('status').getByText(`Invitation sent to ${ADVOCATE.email}.`).waitFor();
    const pending = staff.page.getByRole('region', { name: 'Invitations waiting for an answer' });
    await pending.getByText(ADVOCATE.name).waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    const link = await invitationLink(staff.page, ADVOCATE.email);

    // The same link read in Spanish (a Spanish browser), before anyone accepts it.
    const spanish = await newPage(browser, { locale: 'es-ES', phone: true });
    await spanish.page.goto(link);
    await spanish.page.getByRole('heading', { level: 1, name: 'Únase al equipo del IEP de Maya' }).waitFor();
    await spanish.page.getByRole('button', { name: 'Aceptar y crear mi cuenta' }).waitFor();
    expect(await spanish.page.locator('html').getAttribute('lang')).toBe('es');
    expect(await accessibilityViolations(spanish.page)).toEqual([]);
    await spanish.context.close();

    // The advocate, on a phone, opens the link from the e-mail.
    const advocate = await newPage(browser, { phone: true });
    await advocate.page.goto(link);
    await advocate.page.getByRole('heading', { level: 1, name: "Join Maya's IEP team" }).waitFor();
    await advocate.page.getByText('Priya Natarajan invited you to join Maya\'s IEP team as Parent advocate.').waitFor();
    expect(await advocate.page.getByLabel('Your name').inputValue()).toBe(ADVOCATE.name);
    expect(await accessibilityViolations(advocate.page)).toEqual([]);

    await advocate.page.getByLabel('New password', { exact: true }).fill('short');
    await advocate.page.getByLabel('Type the new password again').fill('short');
    await advocate.page.getByRole('button', { name: 'Accept and create my account' }).click();
    await advocate.page.getByText('Use at least 12 characters.').first().waitFor();
    await advocate.page.getByLabel('New password', { exact: true }).fill(ADVOCATE_PASSWORD);
    await advocate.page.getByLabel('Type the new password again').fill(ADVOCATE_PASSWORD);
    await advocate.page.getByRole('button', { name: 'Accept and create my account' }).click();

    await advocate.page.waitForURL(`**/ieps/${MAYA_DRAFT_IEP}/team`);
    await advocate.page.getByRole('heading', { level: 1, name: "Maya's IEP team" }).waitFor();
    await advocate.page.getByRole('region', { name: 'Members' }).getByText(ADVOCATE.name).waitFor();
    expect(await advocate.page.getByRole('region', { name: 'Invite someone' }).count()).toBe(0);
    expect(await advocate.page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    expect(await accessibilityViolations(advocate.page)).toEqual([]);

    // The case manager sees the advocate on the team, and removes them after confirming.
    await staff.page.reload();
    const remove = staff.page.getByRole('button', { name: `Remove ${ADVOCATE.name} from the team` });
    await remove.click();
    const dialog = staff.page.getByRole('dialog', { name: `Remove ${ADVOCATE.name} from the team?` });
    await dialog.waitFor();
    // Colours are only checkable once the dialog has finished fading in.
    await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await staff.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await remove.click();
    await dialog.getByRole('button', { name: 'Remove from the team' }).click();
    await staff.page.getByText(`${ADVOCATE.name} was removed from the team.`).waitFor();
    expect(await remove.count()).toBe(0);

    // Their access ended with the removal: the page no longer shows the team.
    await advocate.page.reload();
    await advocate.page.getByRole('alert').filter({ hasText: 'The team could not be loaded' }).waitFor();
    expect(await advocate.page.getByText('Parent advocate').count()).toBe(0);

    await advocate.context.close();
    await staff.context.close();
  });
});
