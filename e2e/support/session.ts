import { expect, type Page } from '@playwright/test';

/** Printed by the server at start; the demo clinic is seeded into every e2e server's fresh database. */
export const DEMO_PASSWORD = 'Nexus-Demo-2026!';

export const demoAccount = (name: string) => `${name}@demo.lifecare.test`;

/** Signs in through the sign-in page, starting at `path` (which sends an anonymous visitor there). */
export async function signIn(page: Page, email: string, options: { password?: string; path?: string } = {}) {
  await page.goto(options.path ?? '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The portal navigation; on a phone it first opens it with the burger button. */
export async function openNavigation(page: Page) {
  const burger = page.getByRole('button', { name: 'Open navigation' });
  if (await burger.isVisible()) await burger.click();
  const nav = page.getByRole('navigation', { name: 'Portal navigation' });
  await expect(nav).toBeVisible();
  return nav;
}
