import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';

const LABELS = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in', home: 'Students' },
  es: { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión', home: 'Estudiantes' },
};

async function signIn(page: Page, email: string, language: keyof typeof LABELS = 'en') {
  const labels = LABELS[language];
  await page.goto('/sign-in');
  // A language picked with the switcher wins over the one saved in the person's profile.
  if (language === 'es') {
    await page.getByRole('group', { name: /Language|Idioma/ }).getByRole('button', { name: 'Español' }).click();
  }
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByRole('heading', { level: 1, name: labels.home }).waitFor();
}

/**
 * axe-core over the page once confirmations have faded out: mid-fade, a notification's text is
 * semi-transparent and would be measured at a contrast the person never sees at rest.
 */
async function violations(page: Page): Promise<string[]> {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 });
  return accessibilityViolations(page);
}

/** Waits until the table's caption is there, i.e. the list has arrived. */
async function tableLoaded(page: Page, caption: RegExp) {
  await page.locator('caption').filter({ hasText: caption }).waitFor();
}

describe('journey: a district administrator manages accounts, students and guardians', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('creates and deactivates a staff account, creates a student and links a guardian; every page accessible', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');

    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await tableLoaded(page, /Accounts in your district/);
    expect(await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Accounts' }).getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);

    // A staff account, created without a password.
    await page.getByRole('button', { name: 'New staff account' }).click();
    const create = page.getByRole('dialog', { name: 'New staff account' });
    await create.waitFor();
    expect(await create.getByText('Forgot your password?', { exact: false }).count()).toBe(1);
    await create.getByRole('button', { name: 'Create account' }).click();
    await create.getByText('Fill in this field.').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await create.getByLabel('Email').fill('ruth.okonkwo@riverbend.example');
    await create.getByLabel('Name', { exact: true }).fill('Ruth Okonkwo');
    await create.getByLabel('Role').selectOption({ label: 'Specialist' });
    await create.getByLabel('Specialty (optional)').fill('Occupational therapist');
    await create.getByRole('button', { name: 'Create account' }).click();
    await create.waitFor({ state: 'detached' });

    await page.getByLabel('Search by name or email').fill('okonkwo');
    const ruth = page.getByRole('row', { name: /Ruth Okonkwo/ });
    await ruth.waitFor();
    expect(await ruth.getByText('No password yet').count()).toBe(1);
    expect(await ruth.getByText('Specialist', { exact: true }).count()).toBe(1);

    // A second account with the same address is refused with the API's own explanation.
    await page.getByRole('button', { name: 'New staff account' }).click();
    const duplicate = page.getByRole('dialog', { name: 'New staff account' });
    await duplicate.getByLabel('Email').fill('Ruth.Okonkwo@riverbend.example');
    await duplicate.getByLabel('Name', { exact: true }).fill('Ruth Again');
    await duplicate.getByRole('button', { name: 'Create account' }).click();
    await expect(duplicate.getByRole('alert').textContent()).resolves.toMatch(/already exists/);
    await duplicate.getByRole('button', { name: 'Cancel' }).click();
    await duplicate.waitFor({ state: 'detached' });

    // Deactivation asks first, then takes effect.
    await page.getByRole('button', { name: 'Deactivate Ruth Okonkwo' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Ruth Okonkwo?' });
    await confirm.waitFor();
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reactivate Ruth Okonkwo' }).waitFor();
    expect(await ruth.getByText('Deactivated').count()).toBe(1);

    // A student, then a parent linked to them.
    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Students' }).click();
    await page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await tableLoaded(page, /Students in your district/);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New student' }).click();
    const student = page.getByRole('dialog', { name: 'New student' });
    await student.getByLabel('First name').fill('Jonah');
    await student.getByLabel('Last name').fill('Abernathy');
    await student.getByLabel('Date of birth').fill('2099-05-14');
    await student.getByLabel('Grade').selectOption({ label: 'Grade 2' });
    await student.getByLabel('School').selectOption({ label: 'Maple Grove Elementary School' });
    await student.getByRole('button', { name: 'Add student' }).click();
    await student.getByText('The date of birth must be in the past.').waitFor();
    await student.getByLabel('Date of birth').fill('2018-05-14');
    await student.getByRole('button', { name: 'Add student' }).click();
    await student.waitFor({ state: 'detached' });

    await page.getByLabel('Search by name').fill('abernathy');
    const jonah = page.getByRole('row', { name: /Abernathy, Jonah/ });
    await jonah.waitFor();
    expect(await jonah.getByText('May 14, 2018').count()).toBe(1);
    expect(await jonah.getByText('None yet').count()).toBe(1);

    await page.getByRole('button', { name: 'Guardians of Jonah Abernathy' }).click();
    const guardians = page.getByRole('dialog', { name: 'Parents and guardians of Jonah Abernathy' });
    await guardians.waitFor();
    expect(await guardians.getByText('Forgot your password?', { exact: false }).count()).toBe(1);
    await guardians.getByLabel('Email').fill('miriam.abernathy@example.org');
    await guardians.getByLabel('Name', { exact: true }).fill('Miriam Abernathy');
    await guardians.getByLabel('Relationship to the student').fill('Mother');
    await guardians.getByLabel('Preferred language').selectOption({ label: 'Spanish' });
    await guardians.getByRole('button', { name: 'Link parent or guardian' }).click();
    await guardians.getByRole('row', { name: /Miriam Abernathy/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await guardians.getByRole('button', { name: 'Close' }).click();
    await guardians.waitFor({ state: 'detached' });
    await jonah.getByText('Miriam Abernathy (Mother)').waitFor();

    // The parent's new account shows up among the district's accounts, waiting for a password.
    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Search by name or email').fill('miriam');
    const miriam = page.getByRole('row', { name: /Miriam Abernathy/ });
    await miriam.waitFor();
    expect(await miriam.getByText('Parent or guardian').count()).toBe(1);

    await page.getByRole('navigation', { name: 'District administration' }).getByRole('link', { name: 'Schools' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schools' }).waitFor();
    await tableLoaded(page, /Schools in your district/);
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('School name').fill('Birch Hollow Elementary School');
    await page.getByRole('button', { name: 'Add school' }).click();
    await page.getByRole('row', { name: /Birch Hollow Elementary School/ }).waitFor();
    await context.close();
  });

  it('withdraws and confirms a guardian’s educational rights: only the district designates them', async () => {
    // Continues with the student and the guardian the journey above made.
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example');
    await page.goto('/admin/students');
    await page.getByLabel('Search by name').fill('abernathy');
    await page.getByRole('button', { name: 'Guardians of Jonah Abernathy' }).click();
    const guardians = page.getByRole('dialog', { name: 'Parents and guardians of Jonah Abernathy' });
    await guardians.waitFor();
    const miriamRow = guardians.getByRole('row', { name: /Miriam Abernathy/ });
    await miriamRow.waitFor();

    // Only the district designates who holds the educational rights: withdrawn, then confirmed again.
    await miriamRow.getByRole('button', { name: 'Withdraw rights: Miriam Abernathy' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Withdraw the educational rights of Miriam Abernathy?' });
    await withdraw.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await withdraw.getByRole('button', { name: 'Withdraw rights' }).click();
    await withdraw.waitFor({ state: 'detached' });
    const confirmButton = guardians.getByRole('button', { name: 'Confirm rights: Miriam Abernathy' });
    await confirmButton.waitFor();
    expect(await miriamRow.getByText('No', { exact: true }).count()).toBe(1);
    await confirmButton.click();
    const confirmRights = page.getByRole('dialog', { name: 'Confirm Miriam Abernathy as a holder of educational rights?' });
    await confirmRights.waitFor();
    await confirmRights.getByRole('button', { name: 'Confirm rights' }).click();
    await confirmRights.waitFor({ state: 'detached' });
    await guardians.getByRole('button', { name: 'Withdraw rights: Miriam Abernathy' }).waitFor();
    expect(await miriamRow.getByText('Yes', { exact: true }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('shows the educational-rights control in Spanish', async () => {
    // The same control in Spanish (looked at, not used: the demo parents' rights stay as they are).
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@riverbend.example', 'es');
    await page.goto('/admin/students');
    await page.getByRole('button', { name: 'Tutores de Maya Carter' }).click();
    const tutores = page.getByRole('dialog', { name: 'Padres y tutores de Maya Carter' });
    await tutores.waitFor();
    expect(await violations(page)).toEqual([]);
    await tutores.getByRole('button', { name: 'Retirar derechos: Alex Carter' }).click();
    const withdraw = page.getByRole('dialog', { name: '¿Retirar los derechos educativos de Alex Carter?' });
    await withdraw.waitFor();
    expect(await withdraw.getByText('ya no puede dar o negar su consentimiento', { exact: false }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await withdraw.getByRole('button', { name: 'Cancelar' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await tutores.getByRole('button', { name: 'Retirar derechos: Alex Carter' }).waitFor();
    await context.close();
  });

  it('on a phone, in Spanish: the tables scroll sideways inside the page, and the pages stay accessible', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'admin@riverbend.example', 'es');
    for (const [path, heading] of [['/admin/users', 'Cuentas'], ['/admin/students', 'Estudiantes'], ['/admin/schools', 'Escuelas']]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('caption').waitFor();
      expect(await violations(page)).toEqual([]);
      // Nothing but the table's own container is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    const table = page.locator('table').first();
    await page.goto('/admin/students');
    await table.waitFor();
    const scrollsSideways = await table.evaluate((element) => {
      for (let box = element.parentElement; box; box = box.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return box.scrollWidth > box.clientWidth;
      }
      return false;
    });
    expect(scrollsSideways).toBe(true);
    await context.close();
  });

  it('shows a teacher neither the link nor the pages', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'teacher@riverbend.example');
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await context.close();
  });
});
