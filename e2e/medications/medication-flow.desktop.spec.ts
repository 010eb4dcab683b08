import { actAs, DEMO_PATIENT, openChartOf, openPatientPage } from '../records/record-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { demoAccount, openNavigation, signIn } from '../support/session.ts';
import {
  chooseMedicine,
  doseTimeSoon,
  fillPrescription,
  layoutSettled,
  patientReminderZone,
  runSafetyCheck,
  tamperedCode,
} from './medication-steps.ts';

const MEDICINE = 'Clarithromycin 500 mg tablet';
const OWN_MEDICINE = 'Simvastatin 40 mg tablet';

/**
 * A prescription end to end, with the real reminder job: the patient says she takes simvastatin; the
 * doctor prescribes clarithromycin for a time two or three minutes ahead on the patient's clock, signs
 * through the contraindicated interaction with a reason; the reminder reaches the patient's Today list
 * at that minute, she takes the dose and her adherence shows it; the pharmacist verifies the code she
 * shows (and refuses a tampered one) and dispenses half. Desktop only: the dose can be taken once.
 */
test('a prescription is reminded, taken, counted and dispensed', async ({ page, a11y }) => {
  test.setTimeout(420_000);

  await signIn(page, demoAccount('patient'), { reuse: true });
  const { zone } = await patientReminderZone(page);
  await openPatientPage(page, 'Medicines');
  await page.getByRole('tab', { name: 'My medicines' }).click();
  const add = page.getByRole('region', { name: 'Add a medicine I take' });
  await chooseMedicine(page, add, 'simva', OWN_MEDICINE);
  await add.getByLabel('Remind me to take it').uncheck();
  await add.getByRole('button', { name: 'Add medicine' }).click();
  await expect(add.getByText(`${OWN_MEDICINE} is added to your medicines.`)).toBeVisible();
  await a11y.check('my medicines, a medicine added');

  await actAs(page, demoAccount('doctor'));
  await openChartOf(page, DEMO_PATIENT);
  await page.getByRole('tab', { name: 'Prescriptions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prescribe' });
  // Any time does for the screenshots; the dose time is set just before signing.
  const draft = { search: 'clarith', product: MEDICINE, time: '06:00', date: doseTimeSoon(zone).date };
  const openWithAlerts = async () => {
    if (!(await dialog.isVisible())) {
      await page.getByRole('button', { name: 'Prescribe' }).click();
      await fillPrescription(page, dialog, draft);
      await runSafetyCheck(dialog);
    }
    await expect(dialog.getByRole('article').first()).toBeVisible();
    await layoutSettled(page);
  };
  await openWithAlerts();
  await expect(dialog.getByRole('article', { name: /Simvastatin with Clarithromycin/ })).toContainText(
    'Contraindicated',
  );
  await expect(dialog.getByRole('button', { name: 'Sign prescription' })).toBeDisabled();
  await a11y.check('prescribe dialog with alerts');
  await shoot(page, 'prescribe-dialog-alerts', openWithAlerts);

  const { time, date } = doseTimeSoon(zone);
  await dialog.getByLabel('Time 1').fill(time);
  await dialog.getByLabel('First day').fill(date);
  if (time !== draft.time || date !== draft.date)
    await expect(dialog.getByText(/changed since the check/)).toBeVisible();
  await runSafetyCheck(dialog);
  const reasons = dialog.getByRole('textbox', { name: /^Reason to prescribe anyway/ });
  for (const reason of await reasons.all())
    await reason.fill('Statin suspended for the 7-day course; patient told.');
  await dialog.getByRole('button', { name: 'Sign prescription' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`The prescription for ${MEDICINE} is signed.`)).toBeVisible();
  await expect(page.getByRole('article', { name: MEDICINE }).first()).toContainText('Active');

  await actAs(page, demoAccount('patient'));
  await openPatientPage(page, 'Medicines');
  const dose = page.getByRole('article', { name: `${time} · ${MEDICINE}` });
  // The reminder job fires at the dose's minute; the list is read again every 30 seconds.
  await expect(dose.getByText('Time to take')).toBeVisible({ timeout: 210_000 });
  await a11y.check('today, a dose reminded');
  await shoot(page, 'medicines-today', async () => {
    await expect(dose).toBeVisible();
    await layoutSettled(page);
  });
  await dose.getByRole('button', { name: `Take ${MEDICINE}, ${time} dose` }).click();
  await expect(page.getByText(`Well done: your ${MEDICINE} dose is marked as taken.`)).toBeVisible();
  await expect(dose.getByText('Taken', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'How I’m doing' }).click();
  const week = page.getByRole('region', { name: 'Last 7 days' });
  await expect(week).toContainText(/[1-9]\d* of \d+ doses? taken/);
  await expect(week).toContainText(/\d+% taken/);
  await a11y.check('adherence');
  await shoot(page, 'medicines-adherence', async () => {
    await expect(week).toContainText(/\d+% taken/);
    await layoutSettled(page);
  });

  await page.getByRole('tab', { name: 'My medicines' }).click();
  const prescription = page.getByRole('article', { name: MEDICINE }).first();
  await prescription.getByRole('button', { name: 'Show prescription code' }).click();
  const code = prescription.getByRole('region', { name: 'Prescription code' });
  await expect(code.getByRole('img', { name: `QR code of your prescription for ${MEDICINE}` })).toBeVisible();
  const token = (await code.getByRole('textbox', { name: 'Code as text' }).inputValue()).trim();
  expect(token.split('.')).toHaveLength(3);
  await a11y.check('my medicines, the prescription code shown');

  await actAs(page, demoAccount('pharmacist'));
  const nav = await openNavigation(page);
  await nav.getByRole('link', { name: 'Dispense' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dispense' })).toBeVisible();
  const codeField = page.getByRole('textbox', { name: 'Prescription code' });
  const verify = async (text: string) => {
    await codeField.fill(text);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
  };
  await verify(token);
  const valid = page.getByRole('alert', { name: 'Valid prescription' });
  await expect(valid).toContainText(DEMO_PATIENT);
  await expect(valid).toContainText(MEDICINE);
  await expect(valid).toContainText('14 of 14 units');
  await page.getByRole('textbox', { name: /^Units to dispense/ }).fill('7');
  await page.getByRole('button', { name: 'Dispense', exact: true }).click();
  await expect(page.getByText('Dispensed 7 units. 7 units remain on this prescription.')).toBeVisible();
  await expect(valid).toContainText('7 of 14 units');
  await a11y.check('dispensed');
  await shoot(page, 'pharmacy-dispense', async () => {
    if (!(await valid.isVisible())) await verify(token);
    await expect(valid).toContainText('7 of 14 units');
    await layoutSettled(page);
  });

  await verify(tamperedCode(token));
  const refused = page.getByRole('alert', { name: 'Do not dispense' });
  await expect(refused).toContainText(/changed or forged|not a prescription code/);
  await expect(page.getByRole('button', { name: 'Dispense', exact: true })).toBeHidden();
  await a11y.check('a tampered code refused');
});
