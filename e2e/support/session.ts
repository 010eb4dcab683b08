import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { demoTotpSecret } from '../../apps/server/src/modules/demo/demo-seed.ts';
import { totpCodeAt, totpStepAt } from '../../apps/server/src/modules/identity/second-factor/totp.ts';

/** Printed by the server at start; the demo clinic is seeded into every e2e server's fresh database. */
export const DEMO_PASSWORD = 'Nexus-Demo-2026!';

export const demoAccount = (name: string) => `${name}@demo.lifecare.test`;

/** Where the setup project keeps each demo account's signed-in browser state. */
export const storedSessionPath = (email: string) => join(import.meta.dirname, '..', '.auth', `${email}.json`);

/**
 * Enters an authenticator-app code on the second-factor step, as a person with the app would. A code
 * can be used once only, and other tests sign in as the same demo account, so when the server says a
 * code was used it takes the next step's code (one step ahead is accepted), or waits for a new one.
 */
export async function enterTotpCode(page: Page, secret: string) {
  test.info().setTimeout(test.info().timeout + 45_000);
  const codeField = page.getByLabel('Authentication code');
  let step = totpStepAt(new Date());
  for (let attempt = 0; attempt < 4; attempt++) {
    await codeField.fill(totpCodeAt(secret, new Date(step * 30_000)));
    await page.getByRole('button', { name: 'Verify' }).click();
    if ((await outcomeOfCode(page)) === 'accepted') return;
    step += 1;
    const wait = step * 30_000 - 30_000 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait + 500);
  }
  throw new Error('no fresh authenticator code was accepted');
}

const SECOND_STEP_HEADING = /^(Two-step verification|Set up two-step verification)$/;

/** Waits until the page has taken the code (left the step, or shows the recovery codes) or says it was used. */
async function outcomeOfCode(page: Page): Promise<'accepted' | 'used'> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await page.getByRole('list', { name: 'Your recovery codes' }).isVisible()) return 'accepted';
    for (const text of await page.getByRole('main').getByRole('alert').allInnerTexts()) {
      if (text.includes('used already')) return 'used';
      if (/not right|Too many|timed out/.test(text)) throw new Error(`the code was refused: ${text}`);
    }
    if (!(await page.getByRole('heading', { level: 1, name: SECOND_STEP_HEADING }).isVisible()))
      return 'accepted';
    await page.waitForTimeout(150);
  }
  throw new Error('the second-factor step did not answer');
}

/** The password step only: for tests about the password itself. */
export async function submitPassword(page: Page, email: string, password: string, path?: string) {
  await page.goto(path ?? '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs a demo account in through the sign-in page: password, then a code from its authenticator app
 * (the demo secrets are known). With `reuse`, a session the setup project stored is put in the browser
 * instead (each code can be used once, so most tests share one sign-in per account).
 */
export async function signIn(page: Page, email: string, options: { path?: string; reuse?: boolean } = {}) {
  const stored = storedSessionPath(email);
  if (options.reuse && existsSync(stored)) {
    const state = JSON.parse(readFileSync(stored, 'utf8')) as {
      cookies: Parameters<BrowserContext['addCookies']>[0];
    };
    await page.context().addCookies(state.cookies);
    await page.goto(options.path ?? '/');
    return;
  }
  await submitPassword(page, email, DEMO_PASSWORD, options.path);
  await enterTotpCode(page, demoTotpSecret(email));
}

/** The portal navigation; on a phone it first opens it with the burger button. */
export async function openNavigation(page: Page) {
  const burger = page.getByRole('button', { name: 'Open navigation' });
  const nav = page.getByRole('navigation', { name: 'Portal navigation' });
  // Wait for the page to show one or the other: right after a navigation, neither may be rendered yet.
  await expect(burger.or(nav).first()).toBeVisible();
  if (await burger.isVisible()) await burger.click();
  await expect(nav).toBeVisible();
  return nav;
}
