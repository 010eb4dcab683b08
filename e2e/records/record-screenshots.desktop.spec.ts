import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';
import { actAs, DEMO_PATIENT, openChartOf, openPatientPage } from './record-steps.ts';

const SCREENSHOTS = 'test-results/screenshots';
const WIDTHS = [1280, 390] as const;

/** Nothing wider than the window: wide tables scroll inside their own region instead. */
const expectNoSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

/** The page at each width, light, and at desktop width dark too (each is also scanned by axe). */
async function shoot(page: Page, name: string, isReady: () => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
    await isReady();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  // The app follows the system's scheme until the user picks one; a reload makes it read it afresh.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await isReady();
  expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark');
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-1280-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await isReady();
}

test('screenshots of My health, the chart and Charts at 1280 and 390 px', async ({ page }) => {
  test.setTimeout(150_000);
  mkdirSync(SCREENSHOTS, { recursive: true });

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
