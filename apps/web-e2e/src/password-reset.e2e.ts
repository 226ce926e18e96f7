import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, devMailbox, launchBrowser, newPage } from './support/browser';

const DEMO_PASSWORD = 'iep-demo-district-2026';

/**
 * The newest reset link written to `address`, read from the dev mailbox the way a developer (or the
 * person, in their inbox) would. Messages are listed newest first.
 */
async function resetLinkFor(context: BrowserContext, address: string): Promise<URL> {
  const html = await devMailbox();
  const message = html
    .split('<article>')
    .find((article) => article.includes(`To ${address} `) && article.includes('/reset-password?token='));
  const link = /(https?:\/\/[^\s<"]+\/reset-password\?token=[A-Za-z0-9_-]{43})/.exec(message ?? '')?.[1];
  if (!link) throw new Error(`no reset e-mail to ${address} in /dev/mail`);
  return new URL(link);
}

async function signIn(page: Page, labels: { email: string; password: string; submit: string }, email: string, password: string) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

describe('journey: a person who forgot their password sets a new one from an e-mailed link', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('in English, on a phone: forgot password, link from the mailbox, new password, sign in, change it back', async () => {
    const email = 'teacher@riverbend.example';
    const newPassword = 'harbor-kettle-violin-42';
    const { context, page } = await newPage(browser, { phone: true });

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').filter({ hasText: 'Check your email' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Check your email' }).textContent()).toContain(`If ${email} belongs to an IEP Team account`);
    expect(await accessibilityViolations(page)).toEqual([]);

    const link = await resetLinkFor(context, email);
    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const field = page.getByLabel('New password', { exact: true });
    await field.fill('password1234');
    await page.getByText('This password is on a list of common or leaked passwords.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await field.fill(newPassword);
    await page.getByText('This password meets the rules.').waitFor();
    await page.getByLabel('Type the new password again', { exact: true }).fill(`${newPassword}x`);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByLabel('Type the new password again', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();

    await page.waitForURL('**/sign-in');
    await page.getByRole('status').filter({ hasText: 'Your new password is saved. Sign in with it.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, { email: 'Email', password: 'Password', submit: 'Sign in' }, email, newPassword);
    await page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();

    // The same link does not work twice.
    await page.goto(link.pathname + link.search);
    await page.getByLabel('New password', { exact: true }).fill('lantern-orchard-compass-7');
    await page.getByLabel('Type the new password again', { exact: true }).fill('lantern-orchard-compass-7');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('alert').filter({ hasText: 'This link has expired or was already used. Ask for a new one.' }).waitFor();

    // Back to the demo password through the change-password page, so the other journeys can sign in.
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Current password', { exact: true }).fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Type the new password again', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your current password is not right.').waitFor();
    await page.getByLabel('Current password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await signIn(page, { email: 'Email', password: 'Password', submit: 'Sign in' }, email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await context.close();
  });

  it('in Spanish: the e-mail, the reset page with its feedback, and the change back', async () => {
    const email = 'padre@riverbend.example';
    const newPassword = 'orchard-compass-velvet-58';
    const { context, page } = await newPage(browser, { locale: 'es-ES' });

    await page.goto('/sign-in');
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Restablecer la contraseña' }).waitFor();
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByRole('button', { name: 'Enviarme un enlace' }).click();
    await page.getByRole('status').filter({ hasText: 'Revise su correo electrónico' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const mailbox = await devMailbox();
    expect(mailbox).toContain('Restablezca su contraseña de IEP Team');
    const link = await resetLinkFor(context, email);
    await page.goto(link.pathname + link.search);
    await page.getByRole('heading', { level: 1, name: 'Elija una contraseña nueva' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await accessibilityViolations(page)).toEqual([]);

    const field = page.getByLabel('Contraseña nueva', { exact: true });
    await field.fill('contraseña');
    await page.getByText('Use al menos 12 caracteres.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Only the API knows whose link this is: it refuses the name, and the page says so in Spanish.
    await field.fill('lucia-ramirez-violin');
    await page.getByLabel('Escriba otra vez la contraseña nueva', { exact: true }).fill('lucia-ramirez-violin');
    await page.getByRole('button', { name: 'Guardar la contraseña nueva' }).click();
    await page.getByText('No incluya su nombre en la contraseña.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await field.fill(newPassword);
    await page.getByLabel('Escriba otra vez la contraseña nueva', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Guardar la contraseña nueva' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('status').filter({ hasText: 'Su nueva contraseña está guardada.' }).waitFor();
    await signIn(page, { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' }, email, newPassword);
    await page.getByRole('heading', { level: 1, name: 'Los IEP de mis hijos' }).waitFor();

    await page.getByRole('link', { name: 'Cambiar contraseña' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cambiar la contraseña' }).waitFor();
    await page.getByLabel('Contraseña actual', { exact: true }).fill(newPassword);
    await page.getByLabel('Contraseña nueva', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Escriba otra vez la contraseña nueva', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Cambiar la contraseña' }).click();
    await page.getByRole('status').filter({ hasText: 'Contraseña cambiada' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
