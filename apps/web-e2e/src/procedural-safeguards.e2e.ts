import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn, SPANISH_SIGN_IN } from './support/browser';

// Sofía (demo seed): her mother reads Spanish; her case manager is Tomás Herrera.
const SOFIA = '00000000-0000-4000-8000-000000000303';

describe('journey: the case manager gives the procedural safeguards notice; the dashboard stops flagging the family; the parent, in Spanish, sees when she received it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('gives the yearly notice in the app, records it in the parent’s language, accessible at every step', async () => {
    // The district representative sees the family flagged on the compliance dashboard and follows the link.
    const rep = await newPage(browser);
    await signIn(rep.page, 'lea.rep@riverbend.example');
    await rep.page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await rep.page.goto('/compliance');
    const flagged = rep.page.getByRole('region', { name: 'Families without the procedural safeguards notice this school year' });
    await flagged.getByRole('link', { name: 'Sofía Ramírez' }).waitFor();
    expect(await accessibilityViolations(rep.page)).toEqual([]);

    // The case manager opens Sofía's rights page and sends the yearly copy in the app.
    const staff = await newPage(browser);
    await signIn(staff.page, 'sped.cedar@riverbend.example');
    await staff.page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await staff.page.getByRole('link', { name: "Sofía Ramírez's rights and notices" }).click();
    await staff.page.waitForURL(`**/students/${SOFIA}/rights`);
    await staff.page.getByRole('heading', { level: 1, name: "Sofía's rights and notices" }).waitFor();
    await staff.page.getByText('The family has not received it yet.').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    const give = staff.page.getByRole('region', { name: 'Give the notice' });
    await give.getByLabel('Why it is given').selectOption({ label: 'Yearly copy' });
    await give.getByLabel('How it is given').selectOption({ label: 'In the app' });
    await give.getByRole('button', { name: 'Send the notice to the parents' }).click();
    await give.getByRole('status').getByText('The notice was sent in the app to each parent, in their language.').waitFor();
    await staff.page.getByText(/^The family last received it on /).waitFor();
    const copies = staff.page.getByRole('table', { name: 'Every copy given, latest first' });
    await copies.getByRole('cell', { name: 'Lucía Ramírez' }).waitFor();
    await copies.getByRole('cell', { name: 'Spanish' }).waitFor();
    // A paper copy asks for its day.
    await give.getByLabel('How it is given').selectOption({ label: 'On paper' });
    await give.getByLabel('Day the paper copy was given').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    // The dashboard no longer flags the family.
    await rep.page.reload();
    await rep.page.getByRole('region', { name: 'Families without the procedural safeguards notice this school year' }).waitFor();
    expect(await flagged.getByRole('link', { name: 'Sofía Ramírez' }).count()).toBe(0);

    // The parent, in Spanish, follows the notice from the bell to the rights page.
    const parent = await newPage(browser, { locale: 'es-ES', phone: true });
    await signIn(parent.page, 'padre@riverbend.example', SPANISH_SIGN_IN);
    await parent.page.getByRole('heading', { level: 1 }).waitFor();
    await parent.page.getByRole('button', { name: /^Notificaciones, \d+ sin leer$/ }).click();
    await parent.page.getByRole('dialog', { name: 'Notificaciones' }).getByRole('link', { name: 'Sus garantías procesales: Sofía' }).click();
    await parent.page.waitForURL(`**/students/${SOFIA}/rights`);
    await parent.page.getByRole('heading', { level: 1, name: 'Derechos y avisos de Sofía' }).waitFor();
    await parent.page.getByText(/^La familia lo recibió por última vez el /).waitFor();
    expect(await parent.page.getByRole('region', { name: 'Entregar el aviso' }).count()).toBe(0);
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    await parent.context.close();
    await staff.context.close();
    await rep.context.close();
  }, 120_000);
});
