import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';

test('an unknown address shows the app’s own not-found page', async ({ page }) => {
  const response = await page.goto('/this/page/does-not-exist');
  // The server hands every client route to the app, which decides what exists.
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · LifeCare Nexus');
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL('/sign-in');
});

test('an unknown page inside a portal keeps the portal around it', async ({ page }) => {
  await signIn(page, demoAccount('patient'), { path: '/patient/no-such-page', reuse: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('LifeCare Nexus');
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL('/patient');
});
