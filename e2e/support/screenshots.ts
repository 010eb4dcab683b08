import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Where the page screenshots go (kept with the run's results). */
const SCREENSHOTS = 'test-results/screenshots';
const WIDTHS = [1280, 390] as const;

/** Nothing wider than the window: wide tables scroll inside their own region instead. */
export const expectNoSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

/** The page at each width, light, and at desktop width dark too (each is also scanned by axe). */
export async function shoot(page: Page, name: string, isReady: () => Promise<void>) {
  mkdirSync(SCREENSHOTS, { recursive: true });
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
