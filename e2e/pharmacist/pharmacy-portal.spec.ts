import { test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount } from '../support/session.ts';

test('the demo pharmacist signs in to the pharmacy portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('pharmacist'),
    displayName: 'Priya Nair',
    path: '/pharmacy',
    title: 'Pharmacy portal',
    role: 'Pharmacist',
    navigation: ['Home', 'Dispense', 'Account'],
  });
});
