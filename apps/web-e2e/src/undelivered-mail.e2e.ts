import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';

const RIVERBEND = '00000000-0000-4000-8000-000000000001';

function database(): pg.Client {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through apps/web-e2e/jest.config.cjs');
  return new pg.Client({ connectionString: url });
}

/**
 * A message as the worker leaves it after its last failed attempt (the product's mail server in these
 * journeys accepts everything, so the failure is arranged in the database).
 */
async function failedEmail(db: pg.Client, to: string, subject: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body, district_id, attempts, failed_at, last_error, last_attempt_at)
     VALUES ($1, $2, $3, 'Hello.', $4, 6, now(), '550 5.1.1 mailbox unavailable', now()) RETURNING id`,
    [`e2e-undelivered-${Date.now()}-${to}`, to, subject, RIVERBEND],
  );
  return rows[0].id;
}

async function violations(page: Page): Promise<string[]> {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 });
  return accessibilityViolations(page);
}

describe('journey: a district administrator sends again an e-mail that could not be sent', () => {
  let browser: Browser;
  let db: pg.Client;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = database();
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
  });

  it('sees who, what, why and when, sends one again, and the worker delivers it; accessible', async () => {
    const id = await failedEmail(db, 'case.manager@riverbend.example', 'Annual review meeting for Maya');
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Undelivered e-mail' }).click();
    await page.waitForURL('**/admin/mail');
    await page.getByRole('heading', { level: 1, name: 'E-mail that could not be sent' }).waitFor();
    await page.locator('caption').filter({ hasText: /Messages that could not be sent/ }).waitFor();
    const row = page.getByRole('row', { name: /Annual review meeting for Maya/ });
    expect(await row.getByText('550 5.1.1 mailbox unavailable').count()).toBe(1);
    expect(await row.getByText('6 attempts').count()).toBe(1);
    expect(await row.getByText('case.manager@riverbend.example').count()).toBe(1);
    expect(await violations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Send again: "Annual review meeting for Maya" to case.manager@riverbend.example' }).click();
    await page.getByText('The message to case.manager@riverbend.example will be sent again.').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByText('Every e-mail was sent. Nothing is waiting for you here.').waitFor();
    expect(await violations(page)).toEqual([]);

    // The worker takes the queued retry and the dev mailbox accepts it.
    const deadline = Date.now() + 20_000;
    let sent = false;
    while (!sent && Date.now() < deadline) {
      const { rows } = await db.query<{ sent: boolean }>(`SELECT sent_at IS NOT NULL AS sent FROM outbound_emails WHERE id = $1`, [id]);
      sent = rows[0].sent;
      if (!sent) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(sent).toBe(true);
    await context.close();
  });

  it('reads in Spanish, accessible', async () => {
    await failedEmail(db, 'teacher@riverbend.example', 'Reunión anual');
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    await page.getByLabel('Correo electrónico').fill('admin@riverbend.example');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('heading', { level: 1, name: 'Estudiantes' }).waitFor();
    await page.goto('/admin/mail');
    await page.getByRole('heading', { level: 1, name: 'Correos que no se pudieron enviar' }).waitFor();
    const row = page.getByRole('row', { name: /Reunión anual/ });
    await row.waitFor();
    expect(await row.getByText('6 intentos').count()).toBe(1);
    expect(await row.getByRole('button', { name: 'Enviar de nuevo «Reunión anual» a teacher@riverbend.example' }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
