import { expect, type Page } from '@playwright/test';
import { openNavigation, signIn } from './session.ts';

type PortalExpectation = {
  email: string;
  displayName: string;
  path: string;
  title: string;
  role: string;
  navigation: string[];
};

/**
 * Signs in as a demo account and checks that it lands in its portal: the greeting, its role at the
 * demo clinic, the portal's navigation, and its account page with the profile from /api/v1/me.
 */
export async function expectPortalForAccount(page: Page, portal: PortalExpectation) {
  await signIn(page, portal.email, { reuse: true });
  await expect(page).toHaveURL(portal.path);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${portal.displayName}` })).toBeVisible();
  await expect(page.getByText(`${portal.role} at LifeCare Demo Clinic`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What this portal is for' })).toBeVisible();
  await expect(page).toHaveTitle(`${portal.title} · LifeCare Nexus`);

  const nav = await openNavigation(page);
  await expect(nav.getByText(portal.title)).toBeVisible();
  await expect(nav.getByRole('link')).toHaveText(portal.navigation);
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveURL(`${portal.path}/account`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText(portal.displayName)).toBeVisible();
  await expect(profile.getByText(portal.email)).toBeVisible();
  const memberships = page.getByRole('region', { name: 'Organisations and roles' });
  await expect(
    memberships.getByRole('row', { name: `LifeCare Demo Clinic Clinic ${portal.role}` }),
  ).toBeVisible();
}
