import type { Browser, BrowserContext, Page } from 'playwright-core';
import { declaredPagePaths } from './support/app-routes';
import { accessibilityViolations, baseUrl, DEMO_PASSWORD, launchBrowser } from './support/browser';

// Every page, as every role that can reach it, at a phone's and a desktop's size, checked by axe-core
// (WCAG 2.1 A and AA). One browser and one signed-in page per role; each page is loaded once and checked at
// both sizes by resizing, which keeps the whole sweep to a few minutes.

type Role = 'signedOut' | 'admin' | 'districtRep' | 'caseManager' | 'teacher' | 'specialist' | 'parent' | 'student' | 'guest';

const EMAIL: Record<Exclude<Role, 'signedOut'>, string> = {
  admin: 'admin@riverbend.example',
  districtRep: 'lea.rep@riverbend.example',
  caseManager: 'case.manager@riverbend.example',
  teacher: 'teacher@riverbend.example',
  specialist: 'slp@riverbend.example',
  parent: 'parent@riverbend.example',
  student: 'sofia.ramirez@riverbend.example',
  guest: 'advocate@riverbend.example',
};

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const LEO_PROPOSED = '00000000-0000-4000-8000-000000000403';
const SOFIA_ACTIVE = '00000000-0000-4000-8000-000000000405';
const MAYA = '00000000-0000-4000-8000-000000000301';
const SOFIA = '00000000-0000-4000-8000-000000000303';
/** No notice is seeded (one is drafted when a family declines, see iep-parent-declines): its page says so. */
const UNKNOWN_NOTICE = '00000000-0000-4000-8000-0000000009ff';

const SIGNED_IN: Role[] = ['admin', 'districtRep', 'caseManager', 'teacher', 'specialist', 'parent', 'student', 'guest'];
/** The IEP each role is on the team of (or, for district staff, in the district of). */
const IEP_OF: Partial<Record<Role, string>> = {
  admin: MAYA_ACTIVE,
  districtRep: MAYA_DRAFT,
  caseManager: MAYA_DRAFT,
  teacher: MAYA_DRAFT,
  specialist: MAYA_DRAFT,
  parent: MAYA_DRAFT,
  student: SOFIA_ACTIVE,
  guest: MAYA_DRAFT,
};
const everyIep = (suffix: string, roles: Role[] = SIGNED_IN): Array<[Role, string]> => roles.map((role) => [role, `/ieps/${IEP_OF[role]}${suffix}`]);

/** Route pattern → who can reach it, and at which address. A page added to the app must be added here. */
const VISITS: Record<string, Array<[Role, string]>> = {
  '/sign-in': [['signedOut', '/sign-in']],
  '/forgot-password': [['signedOut', '/forgot-password']],
  '/reset-password': [['signedOut', '/reset-password?token=not-a-real-token']],
  '/invitation': [['signedOut', '/invitation?token=not-a-real-token-not-a-real-token-not-a-r']],
  '/': SIGNED_IN.map((role) => [role, '/']),
  '/change-password': SIGNED_IN.map((role) => [role, '/change-password']),
  '/settings/notifications': SIGNED_IN.map((role) => [role, '/settings/notifications']),
  '/students/:studentId': SIGNED_IN.filter((role) => role !== 'student').map((role): [Role, string] => [role, `/students/${MAYA}`]).concat([['student', `/students/${SOFIA}`]]),
  '/caseload': (['caseManager', 'teacher', 'specialist'] as Role[]).map((role) => [role, '/caseload']),
  '/caseloads': (['admin', 'districtRep'] as Role[]).map((role) => [role, '/caseloads']),
  // The family's view, the recorder's (with the referral form) and a team teacher's read-only one.
  '/students/:studentId/evaluations': (['parent', 'districtRep', 'teacher'] as Role[]).map((role) => [role, `/students/${MAYA}/evaluations`]),
  '/students/:studentId/access-record': (['parent', 'admin', 'districtRep'] as Role[]).map((role) => [role, `/students/${MAYA}/access-record`]),
  '/students/:studentId/rights': (['parent', 'caseManager', 'districtRep'] as Role[]).map((role) => [role, `/students/${MAYA}/rights`]),
  '/students/:studentId/records': (['parent', 'caseManager', 'districtRep'] as Role[]).map((role) => [role, `/students/${MAYA}/records`]),
  '/ieps/:iepId': everyIep(''),
  '/ieps/:iepId/team': everyIep('/team'),
  '/ieps/:iepId/meeting': everyIep('/meeting', ['districtRep', 'caseManager', 'teacher', 'specialist', 'parent', 'guest']),
  '/ieps/:iepId/status': everyIep('/status'),
  // Progress on the goals in force (the SLP and the case manager see the recording form), and on a draft's goals.
  '/ieps/:iepId/progress': [
    ...(['admin', 'districtRep', 'caseManager', 'teacher', 'specialist', 'parent'] as Role[]).map((role): [Role, string] => [role, `/ieps/${MAYA_ACTIVE}/progress`]),
    ['student', `/ieps/${SOFIA_ACTIVE}/progress`],
    ['guest', `/ieps/${MAYA_DRAFT}/progress`],
  ],
  '/ieps/:iepId/services': [...everyIep('/services'), ['specialist', `/ieps/${MAYA_ACTIVE}/services`], ['parent', `/ieps/${MAYA_ACTIVE}/services`]],
  '/ieps/:iepId/progress-reports': [
    ...(['admin', 'districtRep', 'caseManager', 'teacher', 'specialist', 'parent'] as Role[]).map((role): [Role, string] => [role, `/ieps/${MAYA_ACTIVE}/progress-reports`]),
    ['student', `/ieps/${SOFIA_ACTIVE}/progress-reports`],
  ],
  '/progress/session': (['districtRep', 'caseManager', 'teacher', 'specialist'] as Role[]).map((role): [Role, string] => [role, '/progress/session']),
  // A group session: the SLP has one service on their caseload, the case manager the services of the IEPs they manage.
  '/services/group-session': (['caseManager', 'specialist'] as Role[]).map((role): [Role, string] => [role, '/services/group-session']),
  '/ieps/:iepId/review': [
    ['parent', `/ieps/${LEO_PROPOSED}/review`],
    ['districtRep', `/ieps/${LEO_PROPOSED}/review`],
    ['student', `/ieps/${SOFIA_ACTIVE}/review`],
    ['guest', `/ieps/${MAYA_DRAFT}/review`],
  ],
  '/ieps/:iepId/finalize': everyIep('/finalize', ['caseManager', 'districtRep']),
  '/ieps/:iepId/versions/:version': [
    ...(['admin', 'caseManager', 'teacher', 'specialist', 'parent'] as Role[]).map((role): [Role, string] => [role, `/ieps/${MAYA_ACTIVE}/versions/1`]),
    ['districtRep', `/ieps/${LEO_PROPOSED}/versions/1`],
    ['student', `/ieps/${SOFIA_ACTIVE}/versions/1`],
  ],
  '/ieps/:iepId/notices/:noticeId': (['caseManager', 'parent'] as Role[]).map((role) => [role, `/ieps/${MAYA_ACTIVE}/notices/${UNKNOWN_NOTICE}`]),
  '/ieps/:iepId/amendment-changes': (['caseManager', 'parent'] as Role[]).map((role) => [role, `/ieps/${MAYA_ACTIVE}/amendment-changes`]),
  '/admin': [['admin', '/admin']],
  '/admin/users': [['admin', '/admin/users']],
  '/admin/students': [['admin', '/admin/students']],
  '/admin/schools': [['admin', '/admin/schools']],
  '/admin/calendar': [['admin', '/admin/calendar']],
  '/admin/mail': [['admin', '/admin/mail']],
  '/admin/rules': [['admin', '/admin/rules']],
  '/admin/roster': [['admin', '/admin/roster']],
  '/compliance': [
    ['admin', '/compliance'],
    ['districtRep', '/compliance'],
  ],
  '/compliance/services': [
    ['admin', '/compliance/services'],
    ['districtRep', '/compliance/services'],
    ['districtRep', `/compliance/services?provider=00000000-0000-4000-8000-000000000206`],
  ],
};

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function signedInContext(browser: Browser, role: Role): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: DESKTOP });
  if (role !== 'signedOut') {
    const response = await context.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', variables: { input: { email: EMAIL[role], password: DEMO_PASSWORD } } },
    });
    expect(await response.json()).toMatchObject({ data: { signIn: { user: { id: expect.any(String) } } } });
  }
  return context;
}

/** The page has its heading and has stopped loading (no loading indicator left). */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.getByText(/^(Loading…|Cargando…)$/).first().waitFor({ state: 'detached' });
}

describe('every page is accessible, for every role that can reach it, on a phone and on a desktop', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('visits every page the app declares (a new page without a visit fails here)', () => {
    expect(Object.keys(VISITS).sort()).toEqual(declaredPagePaths());
  });

  it('axe finds no WCAG 2.1 AA violation on any page, as any role, at 390×844 and at 1366×900', async () => {
    const started = Date.now();
    const failures: string[] = [];
    const byRole = new Map<Role, string[]>();
    for (const visits of Object.values(VISITS)) for (const [role, url] of visits) byRole.set(role, [...(byRole.get(role) ?? []), url]);
    // A page the router does not know is a page too.
    byRole.get('signedOut')!.push('/no-such-page');

    let checks = 0;
    for (const [role, urls] of byRole) {
      const context = await signedInContext(browser, role);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      let size = DESKTOP;
      for (const url of urls) {
        const t0 = Date.now();
        await page.goto(url);
        await settle(page);
        const t1 = Date.now();
        // A signed-in role that can reach the page stays on it (the admin index forwards to its first tab).
        if (role !== 'signedOut') expect([url.split('?')[0], url === '/admin' ? '/admin/users' : null]).toContain(new URL(page.url()).pathname);
        for (const next of size === DESKTOP ? [DESKTOP, PHONE] : [PHONE, DESKTOP]) {
          if (next !== size) {
            await page.setViewportSize(next);
            size = next;
          }
          const violations = await accessibilityViolations(page);
          checks += 1;
          if (violations.length > 0) {
            failures.push(`${role} ${url} at ${next.width}×${next.height}:\n  ${violations.join('\n  ')}`);
            if (process.env.E2E_TIMING) process.stderr.write(`${failures.at(-1)}\n`);
          }
        }
        if (process.env.E2E_TIMING) process.stderr.write(`${role} ${url}: load ${t1 - t0} ms, axe ${Date.now() - t1} ms\n`);
      }
      await context.close();
    }
    console.log(`axe: ${checks} checks in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(failures).toEqual([]);
  }, 600_000);
});
