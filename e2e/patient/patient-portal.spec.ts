import { expect, test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount, signIn } from '../support/session.ts';

test('the demo patient signs in to the patient portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('patient'),
    displayName: 'Alex Morgan',
    path: '/patient',
    title: 'Patient portal',
    role: 'Patient',
    navigation: [
      'Home',
      'My health',
      'Medicines',
      'Timeline',
      'Charts',
      'Documents',
      'Symptoms & history',
      'Assistant',
      'My risks',
      'Sharing & access',
      'Account',
    ],
  });
});

test('the patient portal says what it is for and where the patient is registered', async ({ page }) => {
  await signIn(page, demoAccount('patient'), { reuse: true });
  const purpose = page.getByRole('region', { name: 'What this portal is for' });
  await expect(purpose).toContainText('Your own space for your health');
  await expect(purpose.getByRole('listitem')).toHaveCount(4);
  const roles = page.getByRole('region', { name: 'Your roles in this portal' });
  await expect(roles).toContainText('LifeCare Demo Clinic');
  await expect(roles).toContainText('Patient');
});

test('a patient cannot open a clinician portal', async ({ page }) => {
  await signIn(page, demoAccount('patient'), { reuse: true });
  await expect(page).toHaveURL('/patient');
  await page.goto('/doctor');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This portal is not available to you' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Go to your start page' }).click();
  await expect(page).toHaveURL('/patient');
});
