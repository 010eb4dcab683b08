import { test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount } from '../support/session.ts';

test('the demo donor signs in to the donor portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('donor'),
    displayName: 'Maria Rossi',
    path: '/donor',
    title: 'Donor portal',
    role: 'Blood donor',
    navigation: ['Home', 'Account'],
  });
});
