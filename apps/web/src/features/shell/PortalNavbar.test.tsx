import { AppShell } from '@mantine/core';
import type { Role } from '@nexus/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { portalsFor } from '../../portals/registry.ts';
import { buildMe, buildMembership } from '../../test/fixtures.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { PortalNavbar } from './PortalNavbar.tsx';

function renderNavbarFor(role: Role, path: string) {
  const me = buildMe({ memberships: [buildMembership({ role })] });
  const [portal] = portalsFor(me);
  if (!portal) throw new Error(`no portal for ${role}`);
  renderWithProviders(
    <AppShell navbar={{ width: 260, breakpoint: 'sm' }}>
      <AppShell.Navbar aria-label="Portal navigation">
        <PortalNavbar me={me} portal={portal} portals={[portal]} />
      </AppShell.Navbar>
    </AppShell>,
    { path },
  );
  return within(screen.getByRole('navigation', { name: 'Portal navigation' }));
}

const linkNames = (nav: ReturnType<typeof renderNavbarFor>) =>
  nav.getAllByRole('link').map((link) => link.textContent);

describe('portal navigation', () => {
  it.each([
    [
      'patient',
      '/patient',
      'Patient portal',
      [
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
    ],
    [
      'doctor',
      '/doctor',
      'Doctor portal',
      ['Home', 'My patients', 'Reviews', 'Population', 'Adherence', 'Account'],
    ],
    ['nurse', '/nurse', 'Nurse portal', ['Home', 'My patients', 'Account']],
    ['pharmacist', '/pharmacy', 'Pharmacy portal', ['Home', 'Dispense', 'Account']],
    ['dietitian', '/nutrition', 'Nutrition portal', ['Home', 'Account']],
    ['blood_bank_staff', '/blood-bank', 'Blood bank portal', ['Home', 'Account']],
    ['donor', '/donor', 'Donor portal', ['Home', 'Account']],
  ] as const)('shows a %s their portal’s pages', (role, path, title, pages) => {
    const nav = renderNavbarFor(role, path);
    expect(nav.getByText(title)).toBeTruthy();
    expect(linkNames(nav)).toEqual(pages);
    expect(nav.getByRole('link', { name: 'Home' }).getAttribute('href')).toBe(path);
    expect(nav.getByRole('link', { name: 'Account' }).getAttribute('href')).toBe(`${path}/account`);
  });

  it.each([
    [
      'org_admin',
      [
        'Home',
        'Members',
        'Invitations',
        'Emergency alerts',
        'Import records',
        'API documentation',
        'Account',
      ],
    ],
    ['platform_admin', ['Home', 'Members', 'Outbox', 'Audit log', 'API documentation', 'Account']],
  ] as const)('lists for a %s the administration pages meant for them', (role, pages) => {
    const nav = renderNavbarFor(role, '/admin');
    expect(linkNames(nav)).toEqual(pages);
    expect(nav.getByRole('link', { name: 'API documentation' }).getAttribute('href')).toBe('/api/docs');
  });

  it.each([
    [
      'doctor',
      '/doctor/patients/00000000-0000-4000-8000-000000000201',
      ['Reviews', 'Population', 'Adherence'],
    ],
    ['nurse', '/nurse/patients/00000000-0000-4000-8000-000000000201', []],
  ] as const)(
    'does not list the chart (a hidden entry) and shows a %s on it where they are',
    (role, path, riskPages) => {
      const nav = renderNavbarFor(role, path);
      expect(linkNames(nav)).toEqual(['Home', 'My patients', ...riskPages, 'Account']);
      expect(nav.getByRole('link', { name: 'My patients' }).getAttribute('aria-current')).toBe('page');
      expect(nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
    },
  );

  it('says where and as what the user is signed in', () => {
    const nav = renderNavbarFor('nurse', '/nurse');
    expect(nav.getByText('LifeCare Demo Clinic')).toBeTruthy();
    expect(nav.getByText('Nurse · Clinic')).toBeTruthy();
  });
});
