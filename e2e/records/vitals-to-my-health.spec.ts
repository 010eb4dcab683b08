import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';
import { actAs, DEMO_PATIENT, openChartOf, openPatientPage } from './record-steps.ts';

test('a doctor records a blood pressure on the chart, and the patient sees it in My health', async ({
  page,
  a11y,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoAccount('doctor'), { reuse: true });
  await openChartOf(page, DEMO_PATIENT);
  await expect(page.getByRole('note', { name: 'Allergies' })).toBeVisible();

  await page.getByRole('button', { name: 'Record vitals' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record vital signs' });
  await expect(dialog.getByRole('group', { name: 'Blood pressure (mmHg)' })).toBeVisible();
  await a11y.check('record vitals dialog');
  await dialog.getByRole('textbox', { name: 'Systolic (mmHg)' }).fill('132');
  await dialog.getByRole('textbox', { name: 'Diastolic (mmHg)' }).fill('84');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('The vital signs are recorded.')).toBeVisible();

  await page.getByRole('tab', { name: 'Vitals' }).click();
  const pressure = page.getByRole('region', { name: 'Blood pressure', exact: true });
  await expect(pressure.getByRole('figure')).toContainText('132 mmHg');
  // The chart's table alternative: the label is the visible control (the radio input itself is hidden).
  await pressure.getByText('Table', { exact: true }).click();
  const table = pressure.getByRole('table', { name: 'Blood pressure: every result, newest first' });
  await expect(
    table.getByRole('row').filter({ hasText: '132 mmHg' }).filter({ hasText: '84 mmHg' }).first(),
  ).toBeVisible();

  await actAs(page, demoAccount('patient'));
  await openPatientPage(page, 'My health');
  const vitals = page.getByRole('table', { name: 'The latest value of each vital sign' });
  await expect(vitals).toContainText('132/84 mmHg');
});
