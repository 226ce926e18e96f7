import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';

const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const SLP_ID = '00000000-0000-4000-8000-000000000206';
const PARENT_ID = '00000000-0000-4000-8000-000000000208';
/** The bell polls once a minute; live, a mention must show long before that. */
const LIVE_WITHIN_MS = 15_000;

/** The bell's accessible name carries the count: "Notifications, 3 unread" / "Notificaciones, 3 sin leer". */
async function unreadCount(page: Page, pattern: RegExp): Promise<number> {
  const bell = page.getByRole('button', { name: pattern });
  await bell.waitFor();
  return Number(pattern.exec((await bell.getAttribute('aria-label')) ?? '')![1]);
}

async function graphql(page: Page, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** The case manager starts a thread on a goal of Maya's draft, mentioning `mentionIds`. */
async function mention(page: Page, mentionIds: string[], body: string): Promise<void> {
  const { iep } = (await graphql(page, `query($id: ID!) { iep(id: $id) { parts { id kind } } }`, { id: MAYA_DRAFT })) as {
    iep: { parts: Array<{ id: string; kind: string }> };
  };
  const goal = iep.parts.find((part) => part.kind === 'GOAL')!;
  await graphql(page, `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`, {
    input: { iepId: MAYA_DRAFT, partId: goal.id, body, mentionIds },
  });
}

/** Resolves when the page has asked the API for its notification events over the live connection. */
function bellSubscribed(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('myNotificationEvents') && resolve()));
  });
}

/**
 * Subscriptions have no "subscribed" acknowledgement: once the page has subscribed, the API is ready to
 * tell it when its connection listening for new notifications is open.
 */
async function apiListens(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through apps/web-e2e/jest.config.cjs');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    for (let tries = 0; tries < 50; tries += 1) {
      const { rows } = await db.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'iep-team-live' AND query LIKE 'LISTEN %'`);
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The API never listened for new notifications');
  } finally {
    await db.end();
  }
}

describe('journey: notifications arrive live', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a mention shows in the other person’s bell without a reload, within seconds, in English and in Spanish on a phone; accessible', async () => {
    const manager = await newPage(browser);
    await signIn(manager.page, 'case.manager@riverbend.example');

    // The sign-in page opens no live connection (its code loads with the first subscription); the signed-in app does.
    const slp = await newPage(browser);
    const sockets: string[] = [];
    slp.page.on('websocket', (socket) => sockets.push(socket.url()));
    const slpSubscribed = bellSubscribed(slp.page);
    await slp.page.goto('/sign-in');
    await slp.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(sockets).toEqual([]);
    await signIn(slp.page, 'slp@riverbend.example');
    const english = /^Notifications, (\d+) unread$/;
    const before = await unreadCount(slp.page, english);
    await slpSubscribed;
    expect(sockets).toHaveLength(1);
    await apiListens();
    // A mark on the page: a reload or navigation would lose it.
    await slp.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const started = Date.now();
    await mention(manager.page, [SLP_ID], 'Owen, could you confirm the articulation baseline?');
    await slp.page.getByRole('button', { name: `Notifications, ${before + 1} unread` }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    expect(await slp.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    await slp.page.getByRole('button', { name: english }).click();
    const dialog = slp.page.getByRole('dialog', { name: 'Notifications' });
    await dialog.waitFor();
    const title = 'Priya Natarajan mentioned you in a comment';
    await dialog.getByRole('listitem').first().filter({ hasText: title }).waitFor();
    expect(await accessibilityViolations(slp.page)).toEqual([]);

    // With the list open, the next mention joins it at the top, still without a reload.
    await mention(manager.page, [SLP_ID], 'And the fluency probe from last week, please.');
    await slp.page.getByRole('button', { name: `Notifications, ${before + 2} unread` }).waitFor({ timeout: LIVE_WITHIN_MS });
    await dialog.getByRole('listitem').first().filter({ hasText: 'fluency probe' }).waitFor({ timeout: LIVE_WITHIN_MS });
    await slp.context.close();

    // The family, in Spanish on a phone.
    const parent = await newPage(browser, { phone: true });
    const parentSubscribed = bellSubscribed(parent.page);
    await signIn(parent.page, 'parent@riverbend.example');
    await parent.page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
    const spanish = /^Notificaciones, (\d+) sin leer$/;
    const parentBefore = await unreadCount(parent.page, spanish);
    await parentSubscribed;
    const startedEs = Date.now();
    await mention(manager.page, [PARENT_ID], 'Alex, ¿podemos hablar de las metas de lectura?');
    await parent.page.getByRole('button', { name: `Notificaciones, ${parentBefore + 1} sin leer` }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - startedEs).toBeLessThan(LIVE_WITHIN_MS);
    expect(await accessibilityViolations(parent.page)).toEqual([]);
    await parent.context.close();
    await manager.context.close();
  });
});
