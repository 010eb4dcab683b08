import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';

test('signing out from the account menu ends the session', async ({ page, a11y }) => {
  await signIn(page, demoAccount('doctor'));
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Dr Samira Haddad' })).toBeVisible();

  await page.getByRole('button', { name: 'Dr Samira Haddad, account menu' }).click();
  await expect(page.getByRole('menu')).toContainText('doctor@demo.lifecare.test');
  await a11y.check('account menu open');
  await page.getByRole('menuitem', { name: 'Sign out' }).click();

  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);

  // The portal is closed now: it sends the visitor back to sign in, remembering the way.
  await page.goto('/doctor');
  await expect(page).toHaveURL('/sign-in?next=%2Fdoctor');
});

test('signing out from the account page', async ({ page }) => {
  await signIn(page, demoAccount('pharmacist'), { path: '/pharmacy/account' });
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in');
});
