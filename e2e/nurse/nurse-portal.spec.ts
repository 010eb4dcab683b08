import { test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount } from '../support/session.ts';

test('the demo nurse signs in to the nurse portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('nurse'),
    displayName: 'Jonas Berg',
    path: '/nurse',
    title: 'Nurse portal',
    role: 'Nurse',
    navigation: ['Home', 'My patients', 'Account'],
  });
});
