import { expect, test } from '../support/fixtures.ts';
import { DEMO_PASSWORD, demoAccount, signIn, submitPassword } from '../support/session.ts';

test('a wrong password is refused with the server’s explanation', async ({ page, a11y }) => {
  await submitPassword(page, demoAccount('patient'), 'not the password');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sign-in failed');
  await expect(alert).toContainText('The e-mail address or password is not correct.');
  await expect(page).toHaveURL('/sign-in');
  await a11y.check('sign-in with an error');
});

test('empty fields are explained before anything is sent', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your e-mail address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toBeFocused();
});

test('the demo installation lists its accounts, and choosing one fills in the e-mail', async ({ page }) => {
  await page.goto('/sign-in');
  const hint = page.getByRole('region', { name: 'Demo installation' });
  await expect(hint).toContainText('printed in the server console');
  await expect(hint).not.toContainText(DEMO_PASSWORD);
  await expect(hint.getByRole('listitem')).toHaveCount(9);
  await hint.getByRole('button', { name: /doctor@demo\.lifecare\.test/ }).click();
  await expect(page.getByLabel('E-mail address')).toHaveValue('doctor@demo.lifecare.test');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
});

test('after signing in the user lands where they were going', async ({ page }) => {
  await signIn(page, demoAccount('nurse'), { path: '/nurse/account' });
  await expect(page).toHaveURL('/nurse/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});

test('someone already signed in skips the sign-in page', async ({ page }) => {
  await signIn(page, demoAccount('donor'), { reuse: true });
  await expect(page).toHaveURL('/donor');
  await page.getByRole('link', { name: 'LifeCare Nexus, start page' }).click();
  await expect(page).toHaveURL('/donor');
});
