import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { demoAccount, signIn } from '../support/session.ts';
import { actAs, DEMO_PATIENT, openChartOf, openPatientPage } from './record-steps.ts';

test('screenshots of My health, the chart and Charts at 1280 and 390 px', async ({ page }) => {
  test.setTimeout(150_000);

  await signIn(page, demoAccount('patient'), { reuse: true });
  await openPatientPage(page, 'My health');
  await shoot(page, 'my-health', () =>
    expect(page.getByRole('region', { name: 'Problems and diagnoses' })).toBeVisible(),
  );

  await openPatientPage(page, 'Charts');
  await shoot(page, 'charts', async () => {
    await expect(
      page
        .getByRole('combobox', { name: 'Measure' })
        .or(page.getByText('No results over time recorded yet.')),
    ).toBeVisible();
  });

  await actAs(page, demoAccount('doctor'));
  await openChartOf(page, DEMO_PATIENT);
  await shoot(page, 'patient-chart', () =>
    expect(page.getByRole('tablist', { name: 'Parts of the record' })).toBeVisible(),
  );
  await page.getByRole('tab', { name: 'Labs' }).click();
  await shoot(page, 'patient-chart-labs', () =>
    expect(page.getByRole('heading', { level: 2, name: 'Lab results' })).toBeVisible(),
  );
});
