import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';

test('on a phone the navigation folds into a burger menu', async ({ page, a11y }) => {
  await signIn(page, demoAccount('dietitian'), { reuse: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Lena Fischer' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Portal navigation' });
  await expect(nav).toBeHidden();
  const burger = page.getByRole('button', { name: 'Open navigation' });
  await expect(burger).toHaveAttribute('aria-expanded', 'false');

  await burger.click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close navigation' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await a11y.check('phone navigation open');

  await nav.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
});

test('the header fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demoAccount('bloodbank'), { reuse: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Kwame Mensah' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ['Open navigation', 'Switch to dark colour scheme', 'Kwame Mensah, account menu']) {
    await expect(page.getByRole('button', { name })).toBeInViewport();
  }
});
