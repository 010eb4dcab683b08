import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { enterTotpCode, submitPassword } from './session.ts';

export type NewPatient = {
  name: string;
  email: string;
  password: string;
  totpSecret: string;
  recoveryCodes: string[];
};

/**
 * A new patient, the whole way a person would go: sign up, confirm the address from the demo mailbox,
 * sign in, set up an authenticator app (the test reads the setup key and computes codes from it),
 * save the recovery codes, and land in the patient portal.
 */
export async function signUpAndEnrol(page: Page): Promise<NewPatient> {
  const id = randomUUID().slice(0, 8);
  const patient = {
    name: `Robin Test ${id}`,
    email: `robin-${id}@example.org`,
    password: `Violet harbour lanterns ${id}`,
  };

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await page.getByLabel('Your name').fill(patient.name);
  await page.getByLabel('E-mail address').fill(patient.email);
  await page.getByLabel('Choose a password').fill(patient.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

  await page.getByRole('link', { name: 'Open the demo mailbox' }).click();
  const verifyLink = page.getByRole('link', { name: /\/verify-email#token=/ });
  await expect(verifyLink).toBeVisible({ timeout: 15_000 });
  await verifyLink.click();
  await expect(page.getByRole('alert', { name: 'Your account is ready' })).toBeVisible();

  await submitPassword(page, patient.email, patient.password, '/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step verification' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const shownKey = await page
    .locator('code')
    .filter({ hasText: /^[A-Z2-7]{4}( [A-Z2-7]{4})+$/ })
    .innerText();
  const totpSecret = shownKey.replaceAll(' ', '');
  await enterTotpCode(page, totpSecret);

  const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allInnerTexts()).map((code) => code.trim());
  await page.getByRole('button', { name: 'Continue to LifeCare Nexus' }).click();
  await expect(
    page.getByText('Confirm that you have saved your recovery codes before you continue.'),
  ).toBeVisible();
  await page.getByLabel('I have saved my recovery codes').check();
  await page.getByRole('button', { name: 'Continue to LifeCare Nexus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${patient.name}` })).toBeVisible();
  return { ...patient, totpSecret, recoveryCodes };
}

/** Signs out from the account menu and waits for the sign-in page. */
export async function signOut(page: Page, name: string) {
  await page.getByRole('button', { name: `${name}, account menu` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}
