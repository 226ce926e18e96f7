import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';
const MAYA_IEP = '00000000-0000-4000-8000-000000000401';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Staff land on their students, a parent on their children's IEPs.
  await page.getByRole('heading', { level: 1, name: /^(Students|My children's IEPs)$/ }).waitFor();
}

/** The bell's accessible name carries the count: "Notifications, 3 unread". */
async function unreadCount(page: Page, pattern = /^Notifications, (\d+) unread$/): Promise<number> {
  const bell = page.getByRole('button', { name: pattern });
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(pattern.exec(name)![1]);
}

describe('journey: the notification bell', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a case manager sees a new notification counted on the bell, follows it and marks everything read; EN and ES, phone and keyboard, accessible', async () => {
    // The parent invites an advocate to Maya's IEP: the case manager is told in the app.
    const parent = await newPage(browser);
    await signIn(parent.page, 'parent@riverbend.example');
    const invited = await parent.page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: `mutation($input: InviteToTeamInput!) { inviteToTeam(input: $input) { id } }`,
        variables: { input: { iepId: MAYA_IEP, email: 'bell.advocate@example.org', displayName: 'Robin Bellamy', role: 'GUEST', teamRole: 'Parent advocate' } },
      },
    });
    expect(await invited.json()).toMatchObject({ data: { inviteToTeam: { id: expect.any(String) } } });
    await parent.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'case.manager@riverbend.example');
    const before = await unreadCount(page);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Notifications' });
    await dialog.waitFor();
    const title = "Alex Carter invited Robin Bellamy to Maya's IEP team";
    const item = dialog.getByRole('listitem').filter({ hasText: title });
    await item.waitFor();
    // Newest first: the invitation that just happened heads the list.
    expect(await dialog.getByRole('listitem').first().textContent()).toContain(title);
    expect(await item.getByRole('link', { name: title }).getAttribute('href')).toBe(`/ieps/${MAYA_IEP}/team`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await item.getByRole('button', { name: `Mark as read: “${title}”` }).click();
    await page.getByRole('button', { name: `Notifications, ${before - 1} unread` }).waitFor();
    await item.getByRole('button', { name: /^Mark as read: “/ }).waitFor({ state: 'detached' });

    if (before - 1 > 0) {
      await dialog.getByRole('button', { name: 'Mark all as read' }).click();
      await page.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();
    }
    // Following the link closes the bell and opens the IEP's team.
    await item.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/ieps/${MAYA_IEP}/team`);
    await dialog.waitFor({ state: 'detached' });
    await context.close();

    // In Spanish on a phone, from the keyboard.
    const phone = await newPage(browser, { phone: true });
    await signIn(phone.page, 'case.manager@riverbend.example');
    await phone.page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    const bell = phone.page.getByRole('button', { name: 'Notificaciones, 0 sin leer' });
    await bell.waitFor();
    await bell.focus();
    await phone.page.keyboard.press('Enter');
    const dialogEs = phone.page.getByRole('dialog', { name: 'Notificaciones' });
    await dialogEs.waitFor();
    expect(await dialogEs.getByText('0 sin leer').count()).toBe(1);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await phone.page.keyboard.press('Escape');
    await dialogEs.waitFor({ state: 'detached' });
    await phone.page.getByRole('button', { name: 'Notificaciones, 0 sin leer' }).waitFor();

    // The settings page the bell leads to.
    await phone.page.goto('/settings/notifications');
    await phone.page.getByRole('heading', { level: 1, name: 'Ajustes de notificaciones' }).waitFor();
    const annual = phone.page.getByRole('checkbox', { name: 'Recordatorios por correo: Revisión anual' });
    expect(await annual.isChecked()).toBe(true);
    await annual.uncheck();
    await phone.page.getByRole('button', { name: 'Guardar preferencias' }).click();
    await phone.page.getByRole('status').filter({ hasText: 'Sus preferencias se guardaron.' }).waitFor();
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await phone.page.reload();
    await phone.page.getByRole('checkbox', { name: 'Recordatorios por correo: Revisión anual' }).waitFor();
    expect(await phone.page.getByRole('checkbox', { name: 'Recordatorios por correo: Revisión anual' }).isChecked()).toBe(false);
    await phone.context.close();
  });
});
