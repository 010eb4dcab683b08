import { test as setup } from '@playwright/test';
import { DEMO_ACCOUNT_NAMES } from './support/demo-accounts.ts';
import { demoAccount, signIn, storedSessionPath } from './support/session.ts';

/**
 * Signs every demo account in once, through the real sign-in page with password and authenticator
 * code, and keeps the browser state for the tests that only need to be signed in.
 */
setup('sign in every demo account once', async ({ browser }) => {
  setup.setTimeout(120_000);
  for (const name of DEMO_ACCOUNT_NAMES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, demoAccount(name));
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await context.storageState({ path: storedSessionPath(demoAccount(name)) });
    await context.close();
  }
});
