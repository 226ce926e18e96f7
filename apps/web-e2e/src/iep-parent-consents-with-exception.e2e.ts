import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';
// Mateo's proposed amendment (DEMO_JOURNEYS in the seed), used by this journey only.
const MATEO_AMENDMENT = '00000000-0000-4000-8000-000000000410';
const SLOW = 150_000;

async function signIn(page: Page, email: string, labels = { email: 'Email', password: 'Password', submit: 'Sign in' }) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: /Sign in|Iniciar sesión/ }).waitFor();
}

const SHOW_PASSWORD_ES = 'Mostrar caracteres';

describe('journey: a Spanish-speaking parent consents to an amendment except one service; the team gets an amendment draft', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'in Spanish on a phone: names the excepted service, agrees to e-records, signs; the case manager sees the new draft and the notice',
    async () => {
      const parent = await newPage(browser, { locale: 'es-ES', phone: true });
      await signIn(parent.page, 'padre@riverbend.example', { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' });
      await parent.page
        .getByRole('article', { name: 'Mateo Ramírez' })
        .getByRole('link', { name: 'Estado y firmas – Enmienda, Listo para su revisión' })
        .click();
      await parent.page.getByRole('heading', { level: 1, name: 'IEP de Mateo: estado y firmas' }).waitFor();
      expect(await parent.page.locator('html').getAttribute('lang')).toBe('es');
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      await parent.page.getByRole('link', { name: 'Revisar y decidir' }).click();
      await parent.page.getByRole('heading', { level: 1, name: 'Revisar el IEP de Mateo' }).waitFor();
      await parent.page.getByText('O solo marcarlo como revisado: así el equipo sabe que lo leyó. No es consentimiento', { exact: false }).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      const decide = parent.page.getByRole('region', { name: 'Su decisión' });
      await decide.getByLabel('Doy mi consentimiento, excepto a los puntos que indico').check();
      await decide.getByRole('button', { name: 'Continuar a la firma' }).click();
      await decide.getByText('Elija al menos un punto al que no da su consentimiento.').waitFor();
      const items = decide.getByRole('group', { name: '¿A qué puntos no da su consentimiento?' });
      const service = items.getByLabel(/^Servicio \d+: Speech-to-text software/);
      await service.check();
      await decide.getByLabel('¿Por qué no estos puntos? (opcional)').fill('Queremos probar primero con un teclado adaptado.');
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await decide.getByRole('button', { name: 'Continuar a la firma' }).click();

      // The agreement to electronic records comes from the API in Spanish.
      await parent.page.getByRole('heading', { level: 2, name: 'Acuerdo para usar documentos y firmas electrónicas' }).waitFor();
      await parent.page.getByText(/Tiene derecho a recibir cualquiera de estos documentos en papel/).waitFor();
      await parent.page.getByText(/Puede retirar este acuerdo en cualquier momento/).waitFor();
      // It names the page where the agreement is withdrawn as the page is called.
      await parent.page.getByText(/en la página «Estado y firmas» del IEP/).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByLabel('He leído este acuerdo y acepto recibir y firmar los documentos del IEP de forma electrónica.').check();
      await parent.page.getByRole('button', { name: 'Aceptar y continuar' }).click();

      await parent.page.getByRole('heading', { level: 2, name: 'Firmar su decisión' }).waitFor();
      const summary = parent.page.getByRole('region', { name: 'Lo que va a firmar' });
      await summary.getByText('Doy mi consentimiento, excepto a los puntos que indico').waitFor();
      await summary.getByText(/^Servicio \d+: Speech-to-text software/).waitFor();
      await summary.getByText('Versión 1', { exact: true }).waitFor();
      await parent.page.getByText('Al escribir mi nombre abajo firmo este IEP electrónicamente.', { exact: false }).waitFor();
      // The show-password button is named in Spanish too, not Mantine's English "Toggle password visibility".
      await parent.page.getByRole('button', { name: SHOW_PASSWORD_ES }).waitFor();
      expect(await parent.page.getByRole('button', { name: 'Toggle password visibility' }).count()).toBe(0);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      // Without accents, as on a keyboard that has none: still her name.
      await parent.page.getByLabel('Escriba su nombre completo').fill('Lucia Ramirez');
      await parent.page.getByLabel('Su contraseña').fill(PASSWORD);
      await parent.page.getByRole('button', { name: 'Firmar y dar mi consentimiento con excepciones' }).click();

      const confirmation = parent.page.getByRole('status').filter({ hasText: 'Su decisión quedó firmada y registrada' });
      await confirmation.waitFor();
      await confirmation.getByText(/excepto los puntos que indicó/).waitFor();
      await confirmation.getByText(/^Servicio \d+: Speech-to-text software/).waitFor();
      // The excepted service is marked in the document as not in effect.
      await parent.page.getByText('Sin consentimiento – no está en vigor').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.getByRole('button', { name: 'Verificar el documento' }).click();
      await parent.page.getByText('Íntegro: el documento no ha cambiado').waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.context.close();

      // The case manager sees the decision, the amendment draft it opened and the notice to complete.
      const manager = await newPage(browser);
      await signIn(manager.page, 'sped.cedar@riverbend.example');
      await manager.page.goto(`/ieps/${MATEO_AMENDMENT}/status`);
      await manager.page.getByRole('heading', { level: 1, name: "Mateo's IEP: status and signatures" }).waitFor();
      const history = manager.page.getByRole('region', { name: 'History of this IEP' });
      await history.getByText('Consent given, with exceptions').waitFor();
      await history.getByText('One item not consented to').waitFor();
      await history.getByText('Queremos probar primero con un teclado adaptado.').waitFor();
      const notices = manager.page.getByRole('region', { name: 'Prior written notices' });
      await notices.getByRole('link', { name: 'Notice: items not consented to' }).waitFor();
      await notices.getByText('Draft – not sent').waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);

      await history.getByRole('link', { name: 'Open the amendment for the items not consented to' }).click();
      await manager.page.getByRole('heading', { level: 1, name: "Mateo's IEP: status and signatures" }).waitFor();
      await manager.page.waitForURL((url) => !url.pathname.includes(MATEO_AMENDMENT));
      const now = manager.page.getByRole('region', { name: 'Where things stand' });
      await now.getByText('Amendment', { exact: true }).waitFor();
      await now.getByText('Draft', { exact: true }).waitFor();
      await now.getByRole('link', { name: 'Finalize for the family' }).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await now.getByRole('link', { name: 'What this IEP changes' }).click();
      await manager.page.getByRole('heading', { level: 1, name: "What Mateo's new IEP changes" }).waitFor();
      await manager.page.getByText(/^Compared with version 1 of the IEP it was copied from/).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await manager.context.close();
    },
    SLOW,
  );
});
