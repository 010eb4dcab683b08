import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';

const scheme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.dataset.mantineColorScheme);

test.describe('with a light operating system', () => {
  test.use({ colorScheme: 'light' });

  test('the colour scheme toggle switches to dark and back, and is remembered', async ({ page }) => {
    await signIn(page, demoAccount('patient'), { reuse: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Alex Morgan' })).toBeVisible();
    expect(await scheme(page)).toBe('light');

    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to light colour scheme' })).toBeVisible();
    expect(await scheme(page)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Alex Morgan' })).toBeVisible();
    expect(await scheme(page)).toBe('dark');

    await page.getByRole('button', { name: 'Switch to light colour scheme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to dark colour scheme' })).toBeVisible();
    expect(await scheme(page)).toBe('light');
  });
});

test.describe('with a dark operating system', () => {
  test.use({ colorScheme: 'dark' });

  test('the app follows it until the user chooses', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await scheme(page)).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light colour scheme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to dark colour scheme' })).toBeVisible();
    expect(await scheme(page)).toBe('light');
  });
});
