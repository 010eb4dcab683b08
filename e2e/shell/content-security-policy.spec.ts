import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';

test('the app runs under the strict Content-Security-Policy, its styles carrying the nonce', async ({
  page,
}) => {
  await signIn(page, demoAccount('nurse'), { reuse: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Jonas Berg' })).toBeVisible();

  const response = await page.reload();
  const policy = response?.headers()['content-security-policy'] ?? '';
  // Scripts only from this origin: no nonce is needed, because the app has no inline script at all.
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain('unsafe-inline');
  const styleNonce = /style-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
  expect(styleNonce).toBeTruthy();

  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Jonas Berg' })).toBeVisible();
  // Every <style> element the app (Mantine) wrote carries this response's nonce; the fixture fails the
  // test on any CSP violation in the console.
  const nonces = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.nonce),
  );
  expect(nonces.length).toBeGreaterThan(0);
  for (const nonce of nonces) expect(nonce).toBe(styleNonce);
});
