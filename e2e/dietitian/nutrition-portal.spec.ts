import { test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount } from '../support/session.ts';

test('the demo dietitian signs in to the nutrition portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('dietitian'),
    displayName: 'Lena Fischer',
    path: '/nutrition',
    title: 'Nutrition portal',
    role: 'Dietitian',
    navigation: ['Home', 'Account'],
  });
});
