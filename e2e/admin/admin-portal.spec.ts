import { expect, test } from '../support/fixtures.ts';
import { expectPortalForAccount } from '../support/portal.ts';
import { demoAccount, openNavigation, signIn } from '../support/session.ts';

test('the demo organisation administrator signs in to the administration portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('admin'),
    displayName: 'Chen Wei',
    path: '/admin',
    title: 'Administration portal',
    role: 'Organisation administrator',
    navigation: [
      'Home',
      'Members',
      'Invitations',
      'Emergency alerts',
      'Import records',
      'API documentation',
      'Account',
    ],
  });
});

test('the demo platform administrator signs in to the administration portal', async ({ page }) => {
  await expectPortalForAccount(page, {
    email: demoAccount('platform'),
    displayName: 'Platform Operator',
    path: '/admin',
    title: 'Administration portal',
    role: 'Platform administrator',
    navigation: ['Home', 'Members', 'Outbox', 'Audit log', 'API documentation', 'Account'],
  });
});

test('the administration home shows this installation and leads to the API documentation', async ({
  page,
}) => {
  await signIn(page, demoAccount('admin'), { reuse: true });
  const installation = page.getByRole('region', { name: 'This installation' });
  await expect(installation).toContainText('LifeCare Nexus');
  await expect(installation).toContainText('Embedded (PGlite, data on this server)');
  await expect(installation).toContainText('Demo: demo clinic and accounts are seeded');

  const integrations = page.getByRole('region', { name: 'Integrations' });
  await expect(integrations.getByRole('link', { name: 'Open the API documentation' })).toHaveAttribute(
    'href',
    '/api/docs',
  );
  const nav = await openNavigation(page);
  await expect(nav.getByRole('link', { name: 'API documentation' })).toHaveAttribute('href', '/api/docs');

  // The documentation is served by the server (outside this app and its accessibility checks).
  const docs = await page.request.get('/api/docs', { headers: { accept: 'text/html' } });
  expect(docs.ok()).toBe(true);
  const openApi = await page.request.get('/api/openapi.json');
  expect((await openApi.json()).openapi).toMatch(/^3\./);
});
