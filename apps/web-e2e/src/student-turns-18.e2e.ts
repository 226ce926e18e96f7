import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';

// Valentina (DEMO_JOURNEYS in the seed): turns 18 on the day the demo is seeded; her mother, Lucía, reads Spanish.
const VALENTINA = '00000000-0000-4000-8000-000000000310';
const SLOW = 180_000;

/** The worker's sweep runs when it starts and then hourly: the page is reloaded until its notification has arrived. */
async function waitForNotification(page: Page, bell: RegExp, title: string) {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await page.getByRole('button', { name: bell }).click();
    const link = page.getByRole('dialog').getByRole('link', { name: title });
    // The list loads as the dialog opens.
    if (await link.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return link;
    await page.waitForTimeout(2_000);
    await page.reload();
  }
  throw new Error(`no notification "${title}"`);
}

describe('journey: a student turns 18; the rights pass to her by themselves; she and her mother are told, and the student page shows it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'the daily sweep transfers the rights; the student reads it in English, her mother in Spanish, accessible at every step',
    async () => {
      const student = await newPage(browser);
      await signIn(student.page, 'valentina.ramirez@riverbend.example');
      await student.page.getByRole('heading', { level: 1 }).first().waitFor();
      const told = await waitForNotification(student.page, /^Notifications/, 'You now hold your educational rights');
      await told.click();
      await student.page.waitForURL(`**/students/${VALENTINA}/rights`);
      const rights = student.page.getByRole('region', { name: 'Educational rights' });
      await rights.getByText(/^The educational rights passed to Valentina on .*, at the age of majority \(18\)\. The parents keep receiving every notice\.$/).waitFor();
      await rights.getByText(/^Age of majority: 18 \(34 CFR 300\.520\(a\)\)$/).waitFor();
      // Now the rights holder, she may revoke consent herself (she has no services, so the district would refuse it).
      expect(await accessibilityViolations(student.page)).toEqual([]);

      const parent = await newPage(browser, { locale: 'es-ES', phone: true });
      await signIn(parent.page, 'padre@riverbend.example', { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' });
      await parent.page.getByRole('heading', { level: 1 }).first().waitFor();
      const toldParent = await waitForNotification(parent.page, /^Notificaciones/, 'Los derechos educativos pasaron a Valentina');
      await toldParent.waitFor();
      // The open panel too: an unread notice's link stands on a light-blue ground.
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.keyboard.press('Escape');
      await parent.page.goto(`/students/${VALENTINA}`);
      await parent.page.getByRole('heading', { level: 1, name: 'Valentina Ramírez' }).waitFor();
      const section = parent.page.getByRole('region', { name: 'Derechos educativos' });
      await section.getByText(/^Los derechos educativos pasaron a Valentina el .*, a la mayoría de edad \(18\)\. Los padres siguen recibiendo todos los avisos\.$/).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      await parent.context.close();
      await student.context.close();
    },
    SLOW,
  );
});
