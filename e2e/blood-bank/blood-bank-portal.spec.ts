import { test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount } from '../support/session.ts';

test('the demo blood bank staff member signs in to the blood bank portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('bloodbank'),
    displayName: 'Kwame Mensah',
    path: '/blood-bank',
    title: 'Blood bank portal',
    role: 'Blood bank staff',
    navigation: ['Home', 'Account'],
  });
});
