import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';

// What a case manager and a family tripped over (issue 21), each checked the way a person meets it.

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const ETHAN_DRAFT = '00000000-0000-4000-8000-000000000406';
const MAYA = '00000000-0000-4000-8000-000000000301';
const CASE_MANAGER = 'case.manager@riverbend.example';
const PARENT = 'parent@riverbend.example';
const SLOW = 240_000;

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function openDraft(page: Page, iepId = MAYA_DRAFT) {
  await page.goto(`/ieps/${iepId}`);
  await page.getByRole('region', { name: 'The plan, part by part' }).waitFor();
}

describe('journey: what a case manager and a family tripped over', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'sharing again tells the family what changed (in the language they read), and nothing new is refused; decided proposals stay listed',
    async () => {
      const manager = await newPage(browser);
      await signIn(manager.page, CASE_MANAGER);
      await openDraft(manager.page);

      // Something changes, then the draft is shared again.
      const goal = manager.page.getByRole('region', { name: 'Annual goal 2: Articulation', exact: true });
      await goal.getByRole('button', { name: 'Edit Annual goal 2: Articulation' }).click();
      await goal.getByLabel('Target', { exact: true }).fill('80% accuracy in structured conversation.');
      await goal.getByRole('button', { name: 'Save', exact: true }).click();
      await manager.page.getByText('Annual goal 2: Articulation saved.').waitFor();
      const sharedAt = async () =>
        (await graphql<{ iep: { sharedWithFamilyAt: string } }>(manager.page, `query($id: ID!) { iep(id: $id) { sharedWithFamilyAt } }`, { id: MAYA_DRAFT })).iep
          .sharedWithFamilyAt;
      const sharedBefore = await sharedAt();
      await manager.page.getByRole('button', { name: 'Share the latest draft with the family again' }).click();
      const dialog = manager.page.getByRole('dialog', { name: 'Share this draft with the family?' });
      await dialog.getByText(/are told which parts changed since the draft was shared on/).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Tell the family what changed' }).click();
      await manager.page.getByText('The family was told what changed since the last share.').waitFor();
      // The date moves.
      expect(Date.parse(await sharedAt())).toBeGreaterThan(Date.parse(sharedBefore));

      // Nothing new since: refused with the reason, not announced.
      await manager.page.getByRole('button', { name: 'Share the latest draft with the family again' }).click();
      await dialog.getByRole('button', { name: 'Tell the family what changed' }).click();
      await dialog.getByText(/Nothing in the draft has changed since it was shared with the family/).waitFor();
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).last().click();

      // The parent reads what changed, and reads it in Spanish after switching, whatever their profile says.
      const parent = await newPage(browser);
      await signIn(parent.page, PARENT);
      await parent.page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      const bell = parent.page.getByRole('dialog', { name: 'Notifications' });
      const item = bell.getByRole('listitem').filter({ hasText: "Priya Natarajan shared the draft of Maya's IEP with you again" }).first();
      await item.getByText(/^Changed since it was shared on .*\bgoals\b/).waitFor();
      await parent.page.keyboard.press('Escape');
      await parent.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await parent.page.getByRole('button', { name: /^Notificaciones, \d+ sin leer$/ }).click();
      const campana = parent.page.getByRole('dialog', { name: 'Notificaciones' });
      await campana.getByText('Priya Natarajan compartió de nuevo el borrador del IEP de Maya').first().waitFor();
      await parent.page.keyboard.press('Escape');

      // People change their own profile language (e-mail and new notifications), then change it back.
      await parent.page.goto('/settings/notifications');
      const language = parent.page.getByRole('radiogroup', { name: 'Idioma de sus correos y notificaciones' });
      await language.getByRole('radio', { name: 'Español' }).click();
      await parent.page.getByRole('status').filter({ hasText: 'Se guardó su idioma.' }).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      expect(await graphql<{ me: { locale: string } }>(parent.page, '{ me { locale } }')).toEqual({ me: { locale: 'es' } });
      await language.getByRole('radio', { name: 'English' }).click();
      await language.getByRole('radio', { name: 'English' }).and(parent.page.locator(':checked')).waitFor();
      expect(await graphql<{ me: { locale: string } }>(parent.page, '{ me { locale } }')).toEqual({ me: { locale: 'en' } });

      // A proposal the case manager turns down stays on their page, with its outcome and reason.
      const { iep } = await graphql<{ iep: { parts: Array<{ id: string; kind: string; version: number; content: Record<string, unknown> }> } }>(
        parent.page, `query($id: ID!) { iep(id: $id) { parts { id kind version content } } }`, { id: MAYA_DRAFT });
      const concerns = iep.parts.find((p) => p.kind === 'PARENT_CONCERNS')!;
      const { proposeIepChange } = await graphql<{ proposeIepChange: { id: string } }>(
        parent.page,
        `mutation($input: ProposeIepChangeInput!) { proposeIepChange(input: $input) { id } }`,
        { input: { iepId: MAYA_DRAFT, partId: concerns.id, partKind: 'PARENT_CONCERNS', baseVersion: concerns.version, content: { ...concerns.content, concerns: 'Maya needs a quiet place for tests.' }, rationale: 'Her teacher suggested it.' } },
      );
      await graphql(manager.page, `mutation($input: RejectIepSuggestionInput!) { rejectIepSuggestion(input: $input) { id } }`, {
        input: { suggestionId: proposeIepChange.id, reason: 'Already in the accommodations.' },
      });
      await manager.page.reload();
      const decided = manager.page.getByRole('region', { name: /^Decided proposals \(\d+\)$/ });
      const row = decided.getByRole('listitem').filter({ hasText: 'proposed by Alex Carter' }).filter({ hasText: 'Already in the accommodations.' });
      await row.getByText('Not accepted', { exact: true }).waitFor();
      await row.getByText(/^Not accepted by Priya Natarajan, .* Reason: Already in the accommodations\.$/).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await parent.context.close();
      await manager.context.close();
    },
    SLOW,
  );

  it(
    'a student with no guardian: sharing and meeting notices are refused and finalizing waits, each saying how to add one',
    async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, CASE_MANAGER);
      await openDraft(page, ETHAN_DRAFT);
      await page.getByRole('button', { name: 'Share draft with family' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this draft with the family?' });
      await dialog.getByRole('button', { name: 'Share the draft' }).click();
      await dialog.getByText(/Ethan has no parent or guardian on record, so there is nobody to share the draft with/).waitFor();
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).last().click();

      await page.goto(`/ieps/${ETHAN_DRAFT}/meeting`);
      const schedule = page.getByRole('region', { name: 'Schedule a meeting' });
      await schedule.getByText('No parent or guardian on record', { exact: true }).waitFor();
      await schedule.getByText(/A district administrator adds guardians under Administration, Students/).waitFor();
      await schedule.getByText('No parent or guardian is on record yet', { exact: false }).waitFor();
      expect(await schedule.getByText('The parent always receives the notice.').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`/ieps/${ETHAN_DRAFT}/finalize`);
      await page.getByText(/so the proposed IEP would be sent to nobody/).waitFor();
      expect(await page.getByRole('button', { name: 'Finalize and send to the family' }).isDisabled()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'meetings: a meeting whose date has passed is no longer upcoming and asks nobody to attend; "-5" minutes is refused with why',
    async () => {
      const parent = await newPage(browser, { phone: true });
      await signIn(parent.page, PARENT);
      // The seeded annual-review meeting was on 30 November 2026 and is still marked scheduled.
      await parent.page.goto(`/ieps/${MAYA_DRAFT}/meeting`);
      const past = parent.page.getByRole('region', { name: 'Past meetings' });
      const seeded = past.getByRole('article', { name: /^Annual review – .*(November|Nov) 30, 2026/ });
      await seeded.waitFor();
      expect(await seeded.getByRole('button', { name: 'I will attend' }).count()).toBe(0);
      expect(await parent.page.getByRole('region', { name: 'Upcoming meetings' }).getByRole('article', { name: /(November|Nov) 30, 2026/ }).count()).toBe(0);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.context.close();

      const manager = await newPage(browser);
      await signIn(manager.page, CASE_MANAGER);
      // The purpose offered for an initial IEP's meeting is the first IEP meeting, not an annual review.
      await manager.page.goto(`/ieps/${MAYA_ACTIVE}/meeting`);
      const purpose = manager.page.getByRole('region', { name: 'Schedule a meeting' }).getByLabel('Purpose');
      expect(await purpose.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('First IEP meeting');

      await openDraft(manager.page);
      const service = manager.page.getByRole('region', { name: /^Service 1/ });
      await service.getByRole('button', { name: /^Edit Service 1/ }).click();
      const minutes = service.getByLabel('Minutes');
      await minutes.fill('-5');
      expect(await minutes.inputValue()).toBe('-5');
      await service.getByText('Use a number no smaller than 1; negative numbers are not allowed here.').waitFor();
      await service.getByRole('button', { name: 'Save', exact: true }).click();
      await service.getByText('Use a number no smaller than 1; negative numbers are not allowed here.').waitFor();
      expect(await manager.page.getByText(/^Service 1.* saved\.$/).count()).toBe(0);
      await service.getByRole('button', { name: 'Cancel' }).click();
      await manager.context.close();
    },
    SLOW,
  );

  it(
    'a server failure is told apart from a lost connection, in the editor and on the error page, with the request id',
    async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, CASE_MANAGER);
      await openDraft(page);
      let failure: 'server' | 'network' = 'server';
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'SaveIepPart') return route.continue();
        if (failure === 'network') return route.abort('internetdisconnected');
        return route.fulfill({
          status: 200,
          headers: { 'content-type': 'application/json', 'x-request-id': 'req-e2e-0001' },
          body: JSON.stringify({ data: null, errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
        });
      });
      const goal = page.getByRole('region', { name: 'Annual goal 2: Articulation', exact: true });
      await goal.getByRole('button', { name: 'Edit Annual goal 2: Articulation' }).click();
      await goal.getByLabel('Target', { exact: true }).fill('82% accuracy in conversation.');
      await goal.getByRole('button', { name: 'Save', exact: true }).click();
      await goal.getByText(/IEP Team had a problem on its side .* Request id: req-e2e-0001/).waitFor();
      expect(await goal.getByText(/Check your internet connection/).count()).toBe(0);
      failure = 'network';
      await goal.getByRole('button', { name: 'Save', exact: true }).click();
      await goal.getByText(/Check your internet connection/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await goal.getByRole('button', { name: 'Cancel' }).click();
      await page.unroute('**/graphql');

      // A page whose code cannot be downloaded: the router's error page says it is the connection.
      await page.route('**/assets/notification-settings-route-*.js', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      await page.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: 'Notification settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor();
      await page.getByText(/Check your internet connection/).waitFor();
      await page.getByRole('button', { name: 'Reload the page' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'each role sees what applies to it; on a phone the name, the access record and a long draft stay usable',
    async () => {
      // "Ready for your review" is only for the person who decides.
      const rep = await newPage(browser);
      await signIn(rep.page, 'lea.rep@riverbend.example');
      await rep.page.getByText("Proposed: waiting for the family's decision").first().waitFor();
      expect(await rep.page.getByText('Ready for your review').count()).toBe(0);
      await rep.context.close();

      // A guest is not told "when you sign it".
      const guest = await newPage(browser);
      await signIn(guest.page, 'advocate@riverbend.example');
      await openDraft(guest.page);
      await guest.page.getByText(/once the family has signed it/).waitFor();
      expect(await guest.page.getByText(/when you sign it/).count()).toBe(0);
      await guest.context.close();

      // A family on an IEP in effect is shown no "must fix" checks; the Spanish name is whole on a phone.
      const padre = await newPage(browser, { phone: true, locale: 'es-ES' });
      await signIn(padre.page, 'padre@riverbend.example', { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' });
      await padre.page.setViewportSize({ width: 390, height: 844 });
      const name = padre.page.getByRole('banner').getByText('Lucía Ramírez');
      await name.waitFor();
      expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= 390)).toBe(true);
      await padre.page.goto('/ieps/00000000-0000-4000-8000-000000000405');
      await padre.page.getByRole('region', { name: 'El plan, parte por parte' }).waitFor();
      expect(await padre.page.getByRole('region', { name: 'Revisión de calidad' }).count()).toBe(0);
      await padre.context.close();

      // The access record on a phone: each access is a card with "what" on screen; on a desktop the table scrolls by keyboard.
      const parent = await newPage(browser, { phone: true });
      await signIn(parent.page, PARENT);
      await parent.page.setViewportSize({ width: 390, height: 844 });
      await parent.page.goto(`/students/${MAYA}/access-record`);
      const cards = parent.page.getByRole('list', { name: 'Who looked at or changed the records, newest first' });
      await cards.getByRole('listitem').first().waitFor();
      expect(await parent.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.page.setViewportSize({ width: 1366, height: 900 });
      const table = parent.page.getByRole('region', { name: /recorded accesses, newest first/ });
      await table.waitFor();
      expect(await table.getAttribute('tabindex')).toBe('0');
      await parent.context.close();

      // A long draft on a phone: a sticky way to jump to a part, reached by keyboard, and parts that fold.
      const manager = await newPage(browser, { phone: true });
      await signIn(manager.page, CASE_MANAGER);
      await manager.page.setViewportSize({ width: 390, height: 844 });
      await openDraft(manager.page);
      const nav = manager.page.getByRole('navigation', { name: 'Parts of the IEP' });
      const jump = nav.getByLabel('Go to a part');
      await jump.focus();
      await jump.selectOption({ label: 'Annual goal 2: Articulation' });
      await manager.page.waitForFunction(() => document.activeElement?.textContent === 'Annual goal 2: Articulation');
      const box = await nav.boundingBox();
      expect(box && box.y >= 0 && box.y < 844).toBe(true);
      const tall = await manager.page.evaluate(() => document.documentElement.scrollHeight);
      await nav.getByRole('button', { name: 'Fold every part' }).click();
      const articulation = manager.page.getByRole('region', { name: 'Annual goal 2: Articulation', exact: true });
      expect(await articulation.getByRole('button', { name: 'Open Annual goal 2: Articulation' }).getAttribute('aria-expanded')).toBe('false');
      expect(await manager.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(tall / 2);
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await articulation.getByRole('button', { name: 'Open Annual goal 2: Articulation' }).click();
      await articulation.getByRole('button', { name: 'Edit Annual goal 2: Articulation' }).waitFor();
      await manager.context.close();
    },
    SLOW,
  );
});
