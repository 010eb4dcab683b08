import { expect, test } from '../support/fixtures.ts';
import { signOut, signUpAndEnrol } from '../support/new-patient.ts';
import { enterTotpCode, submitPassword } from '../support/session.ts';

test('a new patient signs up, confirms the address, sets up an app, and signs in with password and code', async ({
  page,
  a11y,
}) => {
  test.setTimeout(120_000);
  const patient = await signUpAndEnrol(page);
  await signOut(page, patient.name);

  await submitPassword(page, patient.email, patient.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible();
  await expect(page.getByText(`Signing in as ${patient.email}.`)).toBeVisible();
  await a11y.check('second-factor step');
  await enterTotpCode(page, patient.totpSecret);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${patient.name}` })).toBeVisible();
});

test('a recovery code signs in once and only once', async ({ page }) => {
  test.setTimeout(120_000);
  const patient = await signUpAndEnrol(page);
  const code = patient.recoveryCodes[0] as string;
  await signOut(page, patient.name);

  await submitPassword(page, patient.email, patient.password);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${patient.name}` })).toBeVisible();
  await signOut(page, patient.name);

  await submitPassword(page, patient.email, patient.password);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('has been used already');
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible();
});

test('a passkey added on the account page signs in through Chromium’s virtual authenticator', async ({
  page,
  a11y,
}) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const patient = await signUpAndEnrol(page);
  await page.goto('/patient/account');
  const passkeys = page.getByRole('region', { name: 'Two-step verification' });
  await passkeys.getByLabel('Passkey name').fill('This laptop');
  await passkeys.getByRole('button', { name: 'Add passkey' }).click();
  await expect(page.getByText('The passkey “This laptop” has been added.')).toBeVisible();
  await a11y.check('passkey added');
  await signOut(page, patient.name);

  await submitPassword(page, patient.email, patient.password);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${patient.name}` })).toBeVisible();
  // The virtual authenticator holds the one credential, and it has signed (registration, then sign-in).
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.signCount).toBeGreaterThanOrEqual(1);
});
