import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, signIn } from './support/browser';

const MAYA_DRAFT_IEP = '00000000-0000-4000-8000-000000000402';
const TEACHER = 'teacher@riverbend.example';
const SLP = 'slp@riverbend.example';
const CASE_MANAGER = 'case.manager@riverbend.example';
const PARENT = 'parent@riverbend.example';
const SLOW = 240_000;
const SECOND_CASE_MANAGER = 'sped.cedar@riverbend.example';

async function openMayaDraft(page: Page) {
  await page.goto(`/ieps/${MAYA_DRAFT_IEP}`);
  await page.getByRole('heading', { level: 1, name: "Maya's IEP" }).waitFor();
  await page.getByRole('region', { name: 'The plan, part by part' }).waitFor();
}

/** A desktop page of someone signed in, on Maya's shared draft. */
async function onMayaDraft(browser: Browser, email: string) {
  const session = await newPage(browser);
  await signIn(session.page, email);
  await openMayaDraft(session.page);
  return session;
}

function part(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** Mantine fades dialogs and drawers in; colours are only checkable once that has finished. */
async function settled(locator: Locator) {
  await locator.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}

describe('journey: a teacher, the case manager and a parent co-draft an IEP live', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'a goal edited by the speech therapist it is assigned to appears live for the parent with what changed; the parent proposes a change, the case manager accepts it and the parent is told',
    async () => {
      // The parent, on a phone, opens the draft from the list of their children's IEPs.
      const parent = await newPage(browser, { phone: true });
      await signIn(parent.page, PARENT);
      await parent.page
        .getByRole('article', { name: 'Maya Carter' })
        .getByRole('link', { name: /^Open the IEP – Annual review/ })
        .click();
      await parent.page.waitForURL(`**/ieps/${MAYA_DRAFT_IEP}`);
      await parent.page.getByRole('heading', { level: 1, name: "Maya's IEP" }).waitFor();
      const parentGoal = part(parent.page, 'Annual goal 2: Articulation');
      // Every part and field says what it means, in plain words.
      await parentGoal.getByText('Something the team expects the student to learn or do within one year.').waitFor();
      await parentGoal.getByText('What the student can do today. Progress is measured from here.').waitFor();
      await parent.page.getByText('Nothing here is final.', { exact: false }).waitFor();
      expect(await parentGoal.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
      // Where the IEP stands (status and signatures) is one link away.
      expect(await parent.page.getByRole('link', { name: 'Status and signatures' }).getAttribute('href')).toBe(`/ieps/${MAYA_DRAFT_IEP}/status`);
      // Nothing is wider than the phone.
      expect(await parent.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // The speech therapist, whose goal it is, edits it on a desktop.
      const teacher = await onMayaDraft(browser, SLP);
      const goal = part(teacher.page, 'Annual goal 2: Articulation');
      await goal.getByText('Assigned to you').waitFor();
      await goal.getByRole('button', { name: 'Edit Annual goal 2: Articulation' }).click();
      await goal.getByLabel('Target', { exact: true }).fill('85% accuracy in conversation with classmates.');
      expect(await accessibilityViolations(teacher.page)).toEqual([]);
      await goal.getByRole('button', { name: 'Save', exact: true }).click();
      await teacher.page.getByText('Annual goal 2: Articulation saved.').waitFor();
      await goal.getByText('85% accuracy in conversation with classmates.').waitFor();

      // Without reloading, the parent sees the new text and what changed, word by word.
      await parentGoal.getByText('Owen Mbeki just changed this part').waitFor();
      await parentGoal.getByText('85% accuracy in conversation with classmates.').waitFor();
      await parentGoal.getByRole('button', { name: 'Show what changed' }).click();
      await parentGoal.locator('ins').filter({ hasText: 'classmates' }).first().waitFor();
      expect(await parentGoal.locator('ins').first().textContent()).toContain('[added:');
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      // The parent proposes a change to transportation, with a reason.
      const transport = part(parent.page, 'Transportation');
      await transport.getByRole('button', { name: 'Suggest a change to Transportation' }).click();
      await transport.getByLabel('Details').fill('Rides the regular school bus and sits near the driver.');
      await transport.getByLabel('Why do you suggest this? (optional)').fill('Maya gets anxious on a crowded bus.');
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await transport.getByRole('button', { name: 'Send suggestion' }).click();
      await transport.getByText('Waiting for a decision').waitFor();
      await transport.getByRole('button', { name: 'Withdraw my suggestion' }).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await teacher.context.close();

      // The case manager sees the proposal as tracked changes and accepts it.
      const manager = await onMayaDraft(browser, CASE_MANAGER);
      const managerTransport = part(manager.page, 'Transportation');
      await managerTransport.getByRole('heading', { name: /^Suggestion by Alex Carter/ }).waitFor();
      await managerTransport.locator('ins').filter({ hasText: 'near the driver' }).first().waitFor();
      await managerTransport.getByText('Maya gets anxious on a crowded bus.').waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await managerTransport.getByRole('button', { name: 'Accept', exact: true }).click();
      await managerTransport.getByText('Rides the regular school bus and sits near the driver.').first().waitFor();
      await managerTransport.getByRole('heading', { name: /^Suggestion by Alex Carter/ }).waitFor({ state: 'detached' });

      // The parent is told, live, and the part shows the accepted text.
      await parent.page.getByText('Priya Natarajan accepted your suggestion for Transportation.').first().waitFor();
      await transport.getByText('Rides the regular school bus and sits near the driver.').first().waitFor();

      await manager.context.close();
      await parent.context.close();
    },
    SLOW,
  );

  it(
    'the case manager gives Placement to the teacher, who then edits it, while the speech therapist can only suggest a change',
    async () => {
      const name = 'Placement and least restrictive environment';
      const manager = await onMayaDraft(browser, CASE_MANAGER);
      const managerPart = part(manager.page, name);
      await managerPart.getByText('Drafted by the case manager, Priya Natarajan').waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await managerPart.getByLabel(`Who drafts ${name}`).selectOption({ label: 'Grace Lindqvist' });
      await manager.page.getByText(`${name} is now drafted by Grace Lindqvist.`).waitFor();
      await managerPart.getByText('Drafted by Grace Lindqvist').waitFor();
      // The case manager still edits every part.
      await managerPart.getByRole('button', { name: `Edit ${name}` }).waitFor();

      const teacher = await onMayaDraft(browser, TEACHER);
      const teacherPart = part(teacher.page, name);
      await teacherPart.getByText('Assigned to you').waitFor();
      await teacherPart.getByRole('button', { name: `Edit ${name}` }).click();
      await teacherPart.getByLabel('Why', { exact: true }).fill('Reading support in the resource room; every other subject in her class.');
      expect(await accessibilityViolations(teacher.page)).toEqual([]);
      await teacherPart.getByRole('button', { name: 'Save', exact: true }).click();
      await teacher.page.getByText(`${name} saved.`).waitFor();

      const slp = await onMayaDraft(browser, SLP);
      const slpPart = part(slp.page, name);
      await slpPart.getByText('Drafted by Grace Lindqvist').waitFor();
      expect(await slpPart.getByRole('button', { name: `Edit ${name}` }).count()).toBe(0);
      await slpPart.getByRole('button', { name: `Suggest a change to ${name}` }).waitFor();
      expect(await slpPart.getByLabel(`Who drafts ${name}`).count()).toBe(0);
      expect(await accessibilityViolations(slp.page)).toEqual([]);

      await slp.context.close();
      await teacher.context.close();
      await manager.context.close();
    },
    SLOW,
  );

  it(
    'two staff save the same part: the second sees both versions side by side and saves a merge',
    async () => {
      const teacher = await onMayaDraft(browser, TEACHER);
      const manager = await onMayaDraft(browser, CASE_MANAGER);
      const name = 'Present levels of performance';
      const teacherPart = part(teacher.page, name);
      const managerPart = part(manager.page, name);

      await teacherPart.getByRole('button', { name: `Edit ${name}` }).click();
      await managerPart.getByRole('button', { name: `Edit ${name}` }).click();
      await teacherPart.getByLabel('Functional performance').fill('Maya volunteers to read aloud and now leads her reading group.');
      await managerPart.getByLabel('Academic achievement').fill('Maya reads 64 words correct per minute on grade 3 passages.');

      await teacherPart.getByRole('button', { name: 'Save', exact: true }).click();
      await teacher.page.getByText(`${name} saved.`).waitFor();

      // The case manager is told while still typing; nothing they typed is gone.
      await managerPart.getByText('A newer version was saved').waitFor();
      expect(await managerPart.getByLabel('Academic achievement').inputValue()).toBe('Maya reads 64 words correct per minute on grade 3 passages.');
      await managerPart.getByRole('button', { name: 'Save', exact: true }).click();
      const conflict = managerPart.getByRole('region', { name: 'Someone else saved this part first' });
      await conflict.waitFor();
      await conflict.getByText('Their version (Grace Lindqvist, version 2)').first().waitFor();
      await conflict.getByText('Your version').first().waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      // Each side changed a different field, so the merge keeps both without asking.
      expect(await conflict.getByRole('radiogroup', { name: 'Keep for “Academic achievement”' }).getByLabel('My version').isChecked()).toBe(true);
      expect(await conflict.getByRole('radiogroup', { name: 'Keep for “Functional performance”' }).getByLabel('Their version').isChecked()).toBe(true);
      await conflict.getByRole('button', { name: 'Save merged version' }).click();
      await manager.page.getByText(`${name} saved.`).waitFor();
      await managerPart.getByText('Maya reads 64 words correct per minute on grade 3 passages.').waitFor();
      await managerPart.getByText('Maya volunteers to read aloud and now leads her reading group.').waitFor();

      await teacher.context.close();
      await manager.context.close();
    },
    SLOW,
  );

  it(
    'a comment with an @mention, and the word diff between two versions in the history',
    async () => {
      const teacher = await onMayaDraft(browser, TEACHER);
      const manager = await onMayaDraft(browser, CASE_MANAGER);

      const goal = part(teacher.page, 'Annual goal 1: Reading fluency');
      await goal.getByRole('button', { name: /^Comments \(0 open\)/ }).click();
      const start = goal.getByRole('form', { name: 'Start a new thread on Annual goal 1: Reading fluency' });
      // @mentions complete what was typed (a WAI-ARIA combobox): "@Pri" offers Priya Natarajan, Enter takes her.
      const box = start.getByRole('combobox', { name: 'Your comment' });
      await box.fill('Is 95 words per minute realistic for grade 4? @Pri');
      const options = teacher.page.getByRole('listbox', { name: 'People you can mention' });
      await options.getByRole('option', { name: 'Priya Natarajan' }).waitFor();
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      expect(await accessibilityViolations(teacher.page)).toEqual([]);
      await box.press('Enter');
      expect(await box.inputValue()).toBe('Is 95 words per minute realistic for grade 4? @Priya Natarajan ');
      await options.waitFor({ state: 'hidden' });
      await start.getByRole('button', { name: 'Post comment' }).click();
      const thread = goal.getByRole('article', { name: /^Grace Lindqvist started this thread/ });
      await thread.getByText('Mentioned: Priya Natarajan').waitFor();
      expect(await accessibilityViolations(teacher.page)).toEqual([]);

      // The case manager sees the new thread live, replies and resolves it.
      const managerGoal = part(manager.page, 'Annual goal 1: Reading fluency');
      await managerGoal.getByRole('button', { name: /^Comments \(1 open\)/ }).waitFor();
      await managerGoal.getByRole('button', { name: /^Comments \(1 open\)/ }).click();
      const managerThread = managerGoal.getByRole('article', { name: /^Grace Lindqvist started this thread/ });
      await managerThread.getByText('Is 95 words per minute realistic for grade 4?', { exact: false }).waitFor();
      await managerThread.getByLabel('Your reply').fill('Yes: her growth this year supports it.');
      await managerThread.getByRole('button', { name: 'Send reply' }).click();
      await managerThread.getByText('Yes: her growth this year supports it.').waitFor();
      await managerThread.getByRole('button', { name: 'Mark resolved' }).click();
      await managerGoal.getByText('One resolved thread').waitFor();
      // The teacher's open panel and the part's count follow live (the reply is in the folded resolved thread).
      await goal.getByText('One resolved thread').waitFor();
      await goal.getByText('Yes: her growth this year supports it.').waitFor({ state: 'attached' });
      await goal.getByRole('button', { name: /^Comments \(0 open\)/ }).waitFor();

      // History: two versions of the articulation goal, compared word by word.
      const articulation = part(teacher.page, 'Annual goal 2: Articulation');
      await articulation.getByRole('button', { name: 'History – Annual goal 2: Articulation' }).click();
      const drawer = teacher.page.getByRole('dialog', { name: 'History of Annual goal 2: Articulation' });
      await drawer.waitFor();
      await drawer.getByLabel('From version').selectOption({ index: 1 });
      await drawer.getByLabel('To version').selectOption({ index: 0 });
      await drawer.getByText('What changed from version 1 to version 2:').waitFor();
      await drawer.locator('ins').filter({ hasText: 'classmates' }).first().waitFor();
      await drawer.locator('del').first().waitFor();
      await settled(drawer);
      expect(await accessibilityViolations(teacher.page)).toEqual([]);
      await teacher.page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      await teacher.context.close();
      await manager.context.close();
    },
    SLOW,
  );

  it(
    'unsaved text survives a reload, with a notice and a way to discard it',
    async () => {
      const teacher = await onMayaDraft(browser, TEACHER);
      const name = 'Accommodations';
      const accommodations = part(teacher.page, name);
      await accommodations.getByRole('button', { name: `Edit ${name}` }).click();
      const typed = 'Extended time (1.5×); a quiet room; breaks every 20 minutes.';
      await accommodations.getByLabel('On tests').fill(typed);

      await teacher.page.reload();
      await teacher.page.getByRole('heading', { level: 1, name: "Maya's IEP" }).waitFor();
      await accommodations.getByText('Restored unsaved changes').waitFor();
      expect(await accommodations.getByLabel('On tests').inputValue()).toBe(typed);
      expect(await accessibilityViolations(teacher.page)).toEqual([]);

      // Discarding brings back the saved text; typing again and saving clears the kept copy.
      await accommodations.getByRole('button', { name: 'Discard my unsaved changes' }).click();
      expect(await accommodations.getByLabel('On tests').inputValue()).not.toBe(typed);
      await accommodations.getByLabel('On tests').fill(typed);
      await accommodations.getByRole('button', { name: 'Save', exact: true }).click();
      await teacher.page.getByText(`${name} saved.`).waitFor();
      await teacher.page.reload();
      await accommodations.getByText(typed).waitFor();
      expect(await accommodations.getByText('Restored unsaved changes').count()).toBe(0);
      await teacher.context.close();
    },
    SLOW,
  );

  it(
    'the parent reads the draft in Spanish: the page, a suggestion, comments and history are accessible',
    async () => {
      const parent = await newPage(browser, { phone: true });
      await signIn(parent.page, PARENT);
      await parent.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await parent.page.goto(`/ieps/${MAYA_DRAFT_IEP}`);
      await parent.page.getByRole('heading', { level: 1, name: 'IEP de Maya' }).waitFor();
      expect(await parent.page.locator('html').getAttribute('lang')).toBe('es');
      expect(await parent.page.getByRole('link', { name: 'Estado y firmas' }).getAttribute('href')).toBe(`/ieps/${MAYA_DRAFT_IEP}/status`);
      const esy = part(parent.page, 'Año escolar extendido (ESY)');
      await esy.getByText('para no perder las habilidades', { exact: false }).waitFor();
      // Since the last visit, others changed parts: listed with their word-level differences.
      await parent.page.getByRole('region', { name: /^Cambios desde su última visita/ }).waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      await esy.getByRole('button', { name: 'Sugerir un cambio en Año escolar extendido (ESY)' }).click();
      await esy.getByLabel('Razones').fill('Maya olvidó mucho durante el verano pasado.');
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await esy.getByRole('button', { name: 'Cancelar' }).click();

      const goal = part(parent.page, 'Meta anual 1: Reading fluency');
      await goal.getByRole('button', { name: /^Comentarios/ }).click();
      await goal.getByRole('article', { name: /^Grace Lindqvist abrió esta conversación/ }).or(goal.getByText('Una conversación resuelta')).first().waitFor();
      expect(await accessibilityViolations(parent.page)).toEqual([]);

      await goal.getByRole('button', { name: 'Historial – Meta anual 1: Reading fluency' }).click();
      const drawer = parent.page.getByRole('dialog', { name: 'Historial de Meta anual 1: Reading fluency' });
      await drawer.getByText('Todas las versiones, de la más nueva a la más antigua').waitFor();
      await settled(drawer);
      expect(await accessibilityViolations(parent.page)).toEqual([]);
      await parent.context.close();
    },
    SLOW,
  );

  it(
    'a case manager starts an amendment from the student card; the copied parts say they are unchanged since last year',
    async () => {
      const manager = await newPage(browser);
      await signIn(manager.page, SECOND_CASE_MANAGER);
      const card = manager.page.getByRole('article', { name: 'Ava Thompson' });
      await card.getByRole('button', { name: 'Start a new IEP for Ava Thompson' }).click();
      const dialog = manager.page.getByRole('dialog', { name: 'Start a new IEP for Ava Thompson' });
      await dialog.getByLabel('Amendment').check();
      await settled(dialog);
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Start the IEP' }).click();
      await manager.page.waitForURL(/\/ieps\/[0-9a-f-]{36}$/);
      await manager.page.getByRole('heading', { level: 1, name: "Ava's IEP" }).waitFor();
      const goal = part(manager.page, 'Annual goal 1: Written expression');
      await goal.getByText('Unchanged since last year').waitFor();
      await manager.page.getByRole('region', { name: 'Quality checks' }).waitFor();
      expect(await accessibilityViolations(manager.page)).toEqual([]);
      await manager.context.close();
    },
    SLOW,
  );
});
