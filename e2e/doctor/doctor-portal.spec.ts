import { test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount } from '../support/session.ts';

test('the demo doctor signs in to the doctor portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('doctor'),
    displayName: 'Dr Samira Haddad',
    path: '/doctor',
    title: 'Doctor portal',
    role: 'Doctor',
    navigation: ['Home', 'My patients', 'Reviews', 'Population', 'Adherence', 'Account'],
  });
});
