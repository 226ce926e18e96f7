import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser; the flags keep it off a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The password of every seeded demo account. */
export const DEMO_PASSWORD = 'iep-demo-district-2026';

/** The sign-in page's labels in Spanish, for a person whose browser asks for Spanish. */
export const SPANISH_SIGN_IN = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' };

/** Signs in on the sign-in page and waits for the page the person lands on. */
export async function signIn(
  page: Page,
  email: string,
  labels: { email: string; password: string; submit: string } = { email: 'Email', password: 'Password', submit: 'Sign in' },
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: labels.submit }).waitFor();
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through apps/web-e2e/jest.config.cjs');
  return url;
}

export async function newPage(browser: Browser, options: { locale?: string; phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: options.locale ?? 'en-US',
    viewport: options.phone ? { width: 375, height: 812 } : { width: 1280, height: 900 },
  });
  return { context, page: await context.newPage() };
}

/** WCAG 2.1 A and AA rules; returns the violations in a readable form so a failure says what is wrong. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Axe judges colours as painted: a dialog still fading in has not reached the contrast a reader sees.
  // Endless animations (loaders) never finish, so only those with an end are awaited.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // axe is injected once per document (a resize keeps it), and asked for violations only: collecting every
  // passing node as well made each check take seconds on a long page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join('; ')})`);
}

let mailboxCookie: Promise<string> | null = null;

/**
 * The dev mailbox's page, read as the district administrator it is served to (anyone else is refused:
 * it holds live reset links). The journeys read e-mail there the way a developer would.
 */
export async function devMailbox(): Promise<string> {
  mailboxCookie ??= (async () => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: 'admin@riverbend.example', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('iep_session='));
    if (!cookie) throw new Error(`could not sign in to read the dev mailbox: ${await response.text()}`);
    return cookie.split(';')[0]!;
  })();
  const page = await fetch(`${baseUrl()}/dev/mail`, { headers: { cookie: await mailboxCookie } });
  if (!page.ok) throw new Error(`the dev mailbox answered ${page.status}`);
  return page.text();
}
