import { demoTotpSecret } from '../../apps/server/src/modules/demo/demo-seed.ts';
import { expect, test } from '../support/fixtures.ts';
import { demoAccount, enterTotpCode, signIn } from '../support/session.ts';

test('the first Tab reaches a skip link that jumps to the main content', async ({ page }) => {
  await signIn(page, demoAccount('nurse'), { reuse: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Jonas Berg' })).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the sign-in form works from the keyboard alone, with visible focus', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const email = page.getByLabel('E-mail address');
  while (!(await email.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type(demoAccount('donor'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type('Nexus-Demo-2026!');
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: 'Show password' });
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Forgot your password?' })).toBeFocused();
  await page.keyboard.press('Tab');
  const submit = page.getByRole('button', { name: 'Sign in' });
  await expect(submit).toBeFocused();
  const outline = await submit.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  // The second step takes the focus to its code field, ready for typing.
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible();
  await expect(page.getByLabel('Authentication code')).toBeFocused();
  await enterTotpCode(page, demoTotpSecret(demoAccount('donor')));
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Maria Rossi' })).toBeVisible();
});
