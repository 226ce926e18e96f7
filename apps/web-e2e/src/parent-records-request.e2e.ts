import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn, SPANISH_SIGN_IN } from './support/browser';

// Sofía (demo seed): her mother holds the rights and reads Spanish; her case manager is Tomás Herrera.
const SOFIA = '00000000-0000-4000-8000-000000000303';

describe('journey: a parent asks to inspect her child’s records; the case manager prepares the export; the parent downloads the ZIP, which delivers it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('asks in Spanish, is answered with one ZIP and its digest, and the download meets the deadline, accessible at every step', async () => {
    // The parent, in Spanish on a phone, goes from her child's rights page to the records page and asks.
    const parent = await newPage(browser, { locale: 'es-ES', phone: true });
    await signIn(parent.page, 'padre@riverbend.example', SPANISH_SIGN_IN);
    await parent.page.goto(`/students/${SOFIA}/rights`);
    await parent.page.getByRole('heading', { level: 1, name: 'Derechos y avisos de Sofía' }).waitFor();
    await parent.page.getByRole('link', { name: 'Expedientes educativos de Sofía: pedir verlos' }).click();
    await parent.page.waitForURL(`**/students/${SOFIA}/records`);
    await parent.page.getByRole('heading', { level: 1, name: 'Expedientes educativos: Sofía' }).waitFor();
    await parent.page.getByText('Nadie ha pedido estos expedientes todavía.').waitFor();
    expect(await accessibilityViolations(parent.page)).toEqual([]);
    const ask = parent.page.getByRole('region', { name: 'Pedir ver los expedientes' });
    await ask.getByLabel('Algo que la escuela deba saber (opcional)').fill('Sobre todo las evaluaciones.');
    await ask.getByRole('button', { name: 'Pedir ver los expedientes' }).click();
    await parent.page.getByRole('status').getByText('Su solicitud se envió. La escuela ya lo sabe, y la fecha límite aparece abajo.').waitFor();
    const requests = parent.page.getByRole('region', { name: 'Solicitudes' });
    await requests.getByText('La escuela está preparando los expedientes.').waitFor();
    await requests.getByText(/^Fecha límite: \d{1,2} de [a-z]+ de \d{4}\.$/).waitFor();
    await requests.getByText('Nota: Sobre todo las evaluaciones.').waitFor();
    // One request at a time: the form is gone while it is open.
    expect(await parent.page.getByRole('region', { name: 'Pedir ver los expedientes' }).count()).toBe(0);
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    // The case manager opens the same page and prepares the export.
    const staff = await newPage(browser);
    await signIn(staff.page, 'sped.cedar@riverbend.example');
    await staff.page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await staff.page.goto(`/students/${SOFIA}/records`);
    await staff.page.getByRole('heading', { level: 1, name: 'Education records: Sofía' }).waitFor();
    await staff.page.getByText('The school is preparing the records.').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await staff.page.getByRole('button', { name: 'Prepare the records export' }).click();
    await staff.page.getByRole('status').getByText('The records export is ready, and the family has been told.').waitFor();
    await staff.page.getByText('The records are ready to download.').waitFor();
    await staff.page.getByText(/^Prepared on .+ by Tomás Herrera: \d+ files\.$/).waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    // The parent is told in the app, follows the notice, and downloads the ZIP.
    await parent.page.reload();
    await parent.page.getByRole('button', { name: /^Notificaciones, \d+ sin leer$/ }).click();
    await parent.page.getByRole('dialog', { name: 'Notificaciones' }).getByRole('link', { name: 'Los expedientes de Sofía están listos' }).click();
    await parent.page.waitForURL(`**/students/${SOFIA}/records`);
    await parent.page.getByText('Los expedientes están listos para descargar.').waitFor();
    const digestLine = await parent.page.getByText(/^SHA-256 del ZIP: [0-9a-f]{64}$/).textContent();
    expect(await accessibilityViolations(parent.page)).toEqual([]);
    const [download] = await Promise.all([
      parent.page.waitForEvent('download'),
      parent.page.getByRole('link', { name: /^Descargar los expedientes \(ZIP, \d+ KB\)$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^records-ramirez-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await readFile((await download.path())!);
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    // What the family holds is what the district recorded.
    expect(`SHA-256 del ZIP: ${createHash('sha256').update(zip).digest('hex')}`).toBe(digestLine);

    // The download is the delivery: the page says so; the day's request is answered, so the form waits for another day.
    await parent.page.reload();
    await parent.page.getByText('Los expedientes fueron entregados.').waitFor();
    await parent.page.getByText(/^Entregados el .+ \(fecha límite: .+\)\.$/).waitFor();
    expect(await parent.page.getByRole('region', { name: 'Pedir ver los expedientes' }).count()).toBe(0);
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    await staff.context.close();
    await parent.context.close();
  }, 180_000);
});
