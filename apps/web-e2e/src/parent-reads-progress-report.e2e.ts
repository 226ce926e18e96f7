import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, baseUrl, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';
import { sql } from './support/database';

const SOFIA_ACTIVE = '00000000-0000-4000-8000-000000000405';
/** Sofía's writing goal: percent accuracy, 40 → 80 by 2027-03-01, her case manager's. */
const SOFIA_GOAL = '00000000-0000-4000-8000-000140500100';


/** The school's side of the journey, done through the API as the app does it: signed in, one operation at a time. */
async function signedInApi(email: string) {
  let cookie = '';
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      if (pair!.startsWith('iep_session=')) cookie = pair!;
    }
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  await call(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password: DEMO_PASSWORD } });
  return call;
}

describe('journey: a Spanish-reading parent reads the progress report, with its chart and alert in plain Spanish, says so and asks on a goal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The district's winter reporting period, and the report Sofía's case manager wrote from a month of essays.
    const admin = await signedInApi('admin@riverbend.example');
    const saved = await admin(`mutation($input: SaveReportingPeriodInput!) { saveReportingPeriod(input: $input) { period { id } } }`, {
      input: { name: 'Informe de invierno', firstDay: '2026-11-16', lastDay: '2026-12-04' },
    });
    const periodId = (saved['saveReportingPeriod'] as { period: { id: string } }).period.id;
    const staff = await signedInApi('sped.cedar@riverbend.example');
    for (const [observedOn, value] of [['2026-11-02', 45], ['2026-11-09', 44], ['2026-11-16', 46], ['2026-11-23', 45]] as const) {
      await staff(`mutation($input: RecordGoalDataPointInput!) { recordGoalDataPoint(input: $input) { id } }`, {
        input: { partId: SOFIA_GOAL, idempotencyKey: randomUUID(), value, observedOn, setting: 'Aula de apoyo', note: '' },
      });
    }
    await staff(`mutation($input: SaveProgressReportEntryInput!) { saveProgressReportEntry(input: $input) { version } }`, {
      input: {
        iepId: SOFIA_ACTIVE, periodId, partId: SOFIA_GOAL, baseVersion: 0, code: 'INSUFFICIENT_PROGRESS',
        narrative: 'Sofía escribe párrafos con una idea clara, pero todavía le cuesta apoyar sus ideas con evidencia.',
      },
    });
    await staff(`mutation($iep: ID!, $period: ID!) { sendProgressReport(iepId: $iep, periodId: $period) { status } }`, { iep: SOFIA_ACTIVE, period: periodId });
  });
  afterAll(() => browser.close());

  it('the parent reads the report in Spanish, sees the chart and the alert, marks it read and asks a question; the team sees both', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'padre@riverbend.example');
    await page.goto(`/ieps/${SOFIA_ACTIVE}/progress-reports`);
    await page.getByRole('heading', { level: 1, name: 'Informes de progreso de Sofía' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const goal = page.getByRole('region', { name: 'Meta anual 1: Written expression' });
    await goal.getByText('Progreso: No progresa lo suficiente para alcanzar la meta').waitFor();
    await goal.getByText('Sofía escribe párrafos con una idea clara, pero todavía le cuesta apoyar sus ideas con evidencia.').waitFor();
    await goal.getByText('El progreso es más lento de lo previsto').waitFor();
    await goal.getByText('Las últimas cuatro mediciones están todas por debajo de la línea que lleva a la meta.', { exact: false }).waitFor();
    await goal.getByRole('img', { name: 'Gráfico de Written expression' }).waitFor();
    await goal.getByRole('table', { name: 'Mediciones de Written expression' }).waitFor();
    // The family reads: nothing to write, nothing to send.
    expect(await page.getByRole('button', { name: 'Guardar' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enviar a la familia' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ya leí este informe' }).click();
    await page.getByText('Gracias. El equipo ve que usted lo leyó.').waitFor();
    await page.getByText(/^Leído por Lucía Ramírez el /).waitFor();

    await goal.getByLabel('Haga una pregunta sobre Written expression').fill('¿Cómo podemos practicar en casa?');
    await goal.getByRole('button', { name: 'Enviar pregunta' }).click();
    await page.getByText('Pregunta enviada al equipo.').waitFor();
    await goal.getByText('¿Cómo podemos practicar en casa?').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The report as sent, to keep: a PDF in Spanish from the same renderer as the IEP, with each goal's chart.
    const pdfLink = page.getByRole('link', { name: 'Descargar el informe en PDF (Informe de invierno)' });
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe('progress-report-informe-de-invierno.pdf');
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const pages = ((await extractText(document, { mergePages: false })).text as string[]).map((text) => text.replace(/\s+/g, ' '));
    pages.forEach((text, index) => expect(text).toContain(`Sofía Ramírez · Informe de invierno · Página ${index + 1} de ${pages.length}`));
    const text = pages.join(' ');
    for (const words of [
      'Informe de progreso', 'Meta 1: Written expression', 'No progresa lo suficiente para alcanzar la meta', 'Última medición', 'Tendencia',
      'El progreso es más lento de lo previsto', 'Gráfica', 'mínimos cuadrados',
    ]) expect(text).toContain(words);
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    // Each chart is a tagged figure with its alternative text.
    expect(pdf.toString('latin1')).toMatch(/\/S \/Figure\n\/Alt /);

    const [report] = await sql<{ read: boolean; questions: number }>(
      `SELECT r.read_by_id = $2 AS read, (SELECT count(*)::int FROM progress_report_questions q WHERE q.report_id = r.id AND q.part_id = $3) AS questions
         FROM progress_reports r WHERE r.iep_id = $1 AND r.status = 'SENT'`,
      [SOFIA_ACTIVE, '00000000-0000-4000-8000-000000000209', SOFIA_GOAL],
    );
    expect(report).toEqual({ read: true, questions: 1 });
    await context.close();

    // The case manager sees the read receipt and the question.
    const staff = await newPage(browser);
    await signIn(staff.page, 'sped.cedar@riverbend.example');
    await staff.page.goto(`/ieps/${SOFIA_ACTIVE}/progress-reports`);
    await staff.page.getByText(/^Read by Lucía Ramírez on /).waitFor();
    await staff.page.getByText('¿Cómo podemos practicar en casa?').waitFor();
    const staffLink = staff.page.getByRole('link', { name: 'Download the report as a PDF (Informe de invierno)' });
    const [staffDownload] = await Promise.all([staff.page.waitForEvent('download'), staffLink.click()]);
    const staffPdf = await readFile((await staffDownload.path())!);
    const staffText = ((await extractText(await getDocumentProxy(new Uint8Array(staffPdf)), { mergePages: true })).text as string).replace(/\s+/g, ' ');
    expect(staffText).toContain('Not making enough progress to meet the goal');
    await staff.context.close();
  });
});
