import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

const PASSWORD = 'iep-demo-district-2026';
// Diego's initial IEP (DEMO_JOURNEYS in the seed): drafted by the school, not yet shared with the family,
// and used by this journey only.
const DIEGO_DRAFT = '00000000-0000-4000-8000-000000000411';
const MEETINGS = `/ieps/${DIEGO_DRAFT}/meeting`;
const TIME_ZONE = 'America/New_York';

/** The district's date `days` from today, as the product reads it (the demo district's clock). */
function districtDay(days: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((part) => [part.type, part.value]),
  );
  const today = Date.parse(`${parts.year}-${parts.month}-${parts.day}T00:00:00Z`);
  return new Date(today + days * 86_400_000).toISOString().slice(0, 10);
}

async function signIn(page: Page, email: string, labels = { email: 'Email', password: 'Password', submit: 'Sign in' }) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
}

async function settled(page: Page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

describe('journey: the case manager schedules an IEP meeting on a draft; the parent, in Spanish, asks for another time and then accepts; the team signs its attendance', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('schedules, moves at the parent’s request, records the answer, the attendance and its signatures, accessible at every step', async () => {
    // The case manager, on a desktop, goes from the team page to the meetings.
    const staff = await newPage(browser);
    await signIn(staff.page, 'sped.cedar@riverbend.example');
    await staff.page.getByRole('heading', { level: 1, name: 'Students' }).waitFor();
    await staff.page.goto(`/ieps/${DIEGO_DRAFT}/team`);
    await staff.page.getByRole('heading', { level: 1, name: "Diego's IEP team" }).waitFor();
    await staff.page.getByRole('link', { name: 'Meetings', exact: true }).click();
    await staff.page.waitForURL(`**${MEETINGS}`);
    await staff.page.getByRole('heading', { level: 1, name: "Meetings about Diego's IEP" }).waitFor();
    await staff.page.getByText('No meeting is scheduled.').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    const form = staff.page.getByRole('region', { name: 'Schedule a meeting' });
    // The purpose follows the IEP's kind: Diego's is an initial IEP, so its meeting is the first IEP meeting.
    expect(await form.getByLabel('Purpose').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('First IEP meeting');
    await form.getByLabel('Date').fill(districtDay(5));
    await form.getByLabel('Time').fill('15:30');
    await form.getByLabel('Place').fill('Cedar Ridge, room 114');
    await form.getByRole('button', { name: 'Schedule and send the notice' }).click();
    // Five days is less notice than the state requires: the form says so and goes back to the date.
    await form.getByText(/must be sent notice at least 10 days before the meeting/).waitFor();
    expect(await form.getByLabel('Date').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await form.getByLabel('Date').fill(districtDay(20));
    await form.getByRole('button', { name: 'Schedule and send the notice' }).click();
    await form.getByRole('status').getByText('The meeting is scheduled and the notice was sent.').waitFor();
    const upcoming = staff.page.getByRole('region', { name: 'Upcoming meetings' });
    const staffMeeting = upcoming.getByRole('article', { name: /^First IEP meeting – / });
    await staffMeeting.waitFor();
    await staffMeeting.getByRole('region', { name: 'Invited' }).getByText('Lucía Ramírez', { exact: true }).waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    // The parent, on a phone, in Spanish, follows the notice from the bell. The draft is not shared with
    // the family yet: the page shows the meeting, not the IEP.
    const parent = await newPage(browser, { locale: 'es-ES', phone: true });
    await signIn(parent.page, 'padre@riverbend.example', { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' });
    await parent.page.getByRole('heading', { level: 1 }).waitFor();
    await parent.page.getByRole('button', { name: /^Notificaciones, \d+ sin leer$/ }).click();
    await parent.page
      .getByRole('dialog', { name: 'Notificaciones' })
      .getByRole('link', { name: 'Aviso de reunión: primera reunión del IEP de Diego' })
      .click();
    await parent.page.waitForURL(new RegExp(`${MEETINGS}\\?meeting=`));
    await parent.page.getByRole('heading', { level: 1, name: 'Reuniones sobre el IEP de Diego' }).waitFor();
    await parent.page.getByText('La escuela todavía no ha compartido este IEP con usted.', { exact: false }).waitFor();
    const notice = parent.page.getByRole('article', { name: /^Primera reunión del IEP – / });
    await notice.getByText('Cedar Ridge, room 114').waitFor();
    await notice.getByRole('button', { name: 'Asistiré' }).waitFor();
    expect(await parent.page.locator('html').getAttribute('lang')).toBe('es');
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    await notice.getByRole('button', { name: 'Pedir otra fecha y hora' }).click();
    await notice.getByRole('button', { name: 'Enviar la solicitud' }).click();
    await notice.getByText('Escriba un mensaje o sugiera una fecha y hora.').waitFor();
    await notice.getByLabel('Mensaje para el responsable del caso').fill('Trabajo por la mañana; por la tarde puedo.');
    await notice.getByLabel('Fecha', { exact: true }).fill(districtDay(27));
    await notice.getByLabel('Hora', { exact: true }).fill('16:00');
    expect(await accessibilityViolations(parent.page)).toEqual([]);
    await notice.getByRole('button', { name: 'Enviar la solicitud' }).click();
    await notice.getByRole('status').getByText('Se envió su solicitud de otra fecha y hora.').waitFor();
    await notice.getByText('Se pidió otra fecha').first().waitFor();
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    // The case manager sees the request and moves the meeting to the time the parent suggested.
    await staff.page.reload();
    await staffMeeting.getByText('Another time requested').waitFor();
    await staffMeeting.getByText('Message: Trabajo por la mañana; por la tarde puedo.').waitFor();
    // One action at a time: each opens from its own button, and opening one closes the other.
    await staffMeeting.getByRole('button', { name: 'Move the meeting' }).click();
    const move = staffMeeting.getByRole('region', { name: 'Move the meeting' });
    expect(await move.getByLabel('Date').inputValue()).toBe(districtDay(27));
    expect(await move.getByLabel('Time').inputValue()).toBe('16:00');
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await move.getByRole('button', { name: 'Move and send a new notice' }).click();
    await move.getByRole('status').getByText('The meeting was moved and a new notice was sent.').waitFor();
    await staffMeeting.getByText('Scheduled', { exact: true }).waitFor();

    // The parent accepts the new time.
    await parent.page.reload();
    await notice.getByText('Su respuesta: Sin respuesta').waitFor();
    await notice.getByRole('button', { name: 'Asistiré' }).click();
    await notice.getByRole('status').getByText('Usted aceptó la reunión.').waitFor();
    await notice.getByText('Su respuesta: Aceptó').waitFor();
    // The meeting goes into her calendar as the same event the e-mailed invitations update (one UID, the next SEQUENCE).
    const calendar = notice.getByRole('link', { name: 'Agregar a mi calendario (archivo .ics)' });
    const ics = decodeURIComponent((await calendar.getAttribute('href'))!.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(ics).toMatch(/\r\nUID:iep-meeting-[0-9a-f-]+@iep-team\r\n/);
    expect(ics).toContain('\r\nSEQUENCE:1\r\n');
    expect(ics).toContain('\r\nSUMMARY:Primera reunión del IEP: Diego\r\n');
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    // The case manager records who came.
    await staff.page.reload();
    await staffMeeting.getByRole('region', { name: 'Invited' }).getByText('Lucía Ramírez', { exact: true }).waitFor();
    await staffMeeting.getByText('Parent · Accepted').waitFor();
    await staffMeeting.getByRole('button', { name: 'Attendance', exact: true }).click();
    await move.waitFor({ state: 'hidden' });
    const attendance = staffMeeting.getByRole('region', { name: 'Attendance' });
    await attendance.getByLabel('Hana Sato – School psychologist').selectOption({ label: 'Absent' });
    await attendance.getByLabel("Outside attendee's name (optional)").fill('Marta Díaz');
    await attendance.getByLabel('In what capacity').fill('Interpreter');
    await settled(staff.page);
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await attendance.getByRole('button', { name: 'Save attendance' }).click();
    await attendance.getByRole('status').getByText('Attendance was saved.').waitFor();
    await attendance.getByText('Marta Díaz – Interpreter: Present').waitFor();
    // The required members of 300.321: the psychologist, absent, no longer fills the seat of who interprets the evaluations.
    const required = attendance.getByRole('region', { name: 'Required members (34 CFR 300.321)' });
    await required.getByText('Someone who can interpret the evaluation results: missing').waitFor();
    await required.getByText('Special education teacher: present').waitFor();
    await required.getByText('Regular education teacher: missing').waitFor();
    expect(await attendance.getByLabel('Hana Sato – School psychologist').inputValue()).toBe('ABSENT');
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    // The case manager signs their own attendance: first the agreement to electronic records, then the statement.
    const signatures = staffMeeting.getByRole('region', { name: 'Attendance signatures' });
    await signatures.getByText('Nobody has signed their attendance yet.').waitFor();
    await signatures.getByRole('button', { name: 'Sign my attendance' }).click();
    await signatures.getByRole('heading', { name: 'Agreement to use electronic records and signatures' }).waitFor();
    await signatures.getByLabel('I have read this agreement and I agree to receive and sign IEP documents electronically.').check();
    await signatures.getByRole('button', { name: 'Agree and continue' }).click();
    await signatures.getByRole('heading', { name: 'Sign your attendance' }).waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await signatures.getByLabel('Type your full name').fill('Tomás Herrera');
    await signatures.getByLabel('Your password').fill(PASSWORD);
    await signatures.getByRole('button', { name: 'Sign attendance' }).click();
    await signatures.getByRole('status').getByText(/^You signed your attendance on /).waitFor();
    // The attendance list says who has signed.
    await signatures.getByText(/^Tomás Herrera – signed on /).waitFor();
    await attendance.getByText(/^Signed their attendance on /).waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    // The parent sees the signature too; she may sign hers once the school shares the IEP with her.
    await parent.page.reload();
    await notice.getByRole('region', { name: 'Firmas de asistencia' }).getByText(/^Tomás Herrera – firmó el /).waitFor();
    expect(await notice.getByRole('button', { name: 'Firmar mi asistencia' }).count()).toBe(0);
    expect(await accessibilityViolations(parent.page)).toEqual([]);

    await parent.context.close();
    await staff.context.close();
  });
});
