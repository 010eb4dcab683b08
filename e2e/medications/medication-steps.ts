import { expect, type Locator, type Page } from '@playwright/test';
import { ReminderPreferencesView } from '../../packages/contracts/src/reminders.ts';

/** The signed-in patient's record id and reminder time zone, read with their session. */
export async function patientReminderZone(page: Page): Promise<{ patientId: string; zone: string }> {
  const session = await page.request.get('/api/v1/session');
  expect(session.ok(), 'the session is readable').toBe(true);
  const { me } = (await session.json()) as { me: { patientId: string | null } };
  if (!me.patientId) throw new Error('the signed-in user has no patient record');
  const preferences = await page.request.get(`/api/v1/patients/${me.patientId}/reminder-preferences`);
  expect(preferences.ok(), 'the reminder preferences are readable').toBe(true);
  return { patientId: me.patientId, zone: ReminderPreferencesView.parse(await preferences.json()).zone };
}

/**
 * A dose time a little ahead: the next whole minute plus two, as the clock of `zone` shows it, with
 * that clock's date (so a dose just after midnight starts on the right day).
 */
export function doseTimeSoon(zone: string, now = new Date()): { time: string; date: string } {
  const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 3 * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { time: `${parts.hour}:${parts.minute}`, date: `${parts.year}-${parts.month}-${parts.day}` };
}

/** Types into the catalogue combobox and chooses one product from its options. */
export async function chooseMedicine(page: Page, scope: Locator, search: string, product: string) {
  const box = scope.getByRole('combobox', { name: 'Medicine' });
  await box.click();
  await box.fill(search);
  await page.getByRole('option', { name: product, exact: true }).click();
  await expect(box).toHaveValue(product);
}

/** Fills in the prescribe dialog: a product, once a day at `time` from `date` for a week, 14 tablets. */
export async function fillPrescription(
  page: Page,
  dialog: Locator,
  prescription: { search: string; product: string; time: string; date: string },
) {
  await chooseMedicine(page, dialog, prescription.search, prescription.product);
  await dialog.getByRole('combobox', { name: 'When' }).selectOption({ label: 'At set times' });
  await dialog.getByLabel('Time 1').fill(prescription.time);
  await dialog.getByLabel('First day').fill(prescription.date);
  await dialog.getByRole('textbox', { name: /^Number of days/ }).fill('7');
  await dialog.getByRole('textbox', { name: /^Quantity/ }).fill('14');
}

/** Runs the safety check and waits for what it found. */
export async function runSafetyCheck(dialog: Locator) {
  await dialog.getByRole('button', { name: /^Check/ }).click();
  await expect(dialog.getByRole('heading', { name: /^Safety check/ })).toBeVisible();
}

/** A signed code with one character of its middle part (the payload) changed. */
export function tamperedCode(token: string): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const at = Math.floor(payload.length / 2);
  const changed = payload.charAt(at) === 'A' ? 'B' : 'A';
  return [header, `${payload.slice(0, at)}${changed}${payload.slice(at + 1)}`, signature].join('.');
}

/**
 * Gets the page ready for a full-page screenshot: scrolled to the top (the sticky header is drawn
 * where the page was scrolled to otherwise), and the layout fitting the window (after the window
 * narrows, the shell's navigation slides out over a short transition).
 */
export async function layoutSettled(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}
