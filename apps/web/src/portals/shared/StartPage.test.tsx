import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { buildMe, buildMembership, jsonResponse } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const signedInAs = (me = buildMe()) =>
  stubApi({ 'GET /api/v1/session': () => jsonResponse(200, { me, pending: null }) });

const doctorAndAdmin = buildMe({
  displayName: 'Dr Samira Haddad',
  memberships: [
    buildMembership({ role: 'doctor' }),
    buildMembership({
      role: 'org_admin',
      organisationName: 'Riverside Hospital',
      organisationKind: 'hospital',
    }),
  ],
});

describe('start page and portal choice', () => {
  it('takes someone with one role straight into their portal', async () => {
    signedInAs(buildMe({ memberships: [buildMembership({ role: 'pharmacist' })] }));
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Alex Morgan' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/pharmacy');
  });

  it('lets someone with several roles choose, and remembers the choice', async () => {
    signedInAs(doctorAndAdmin);
    const { user, router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a portal' })).toBeTruthy();
    const doctorCard = screen.getByRole('region', { name: 'Doctor portal' });
    expect(doctorCard.textContent).toContain('Doctor at LifeCare Demo Clinic');
    expect(screen.getByRole('region', { name: 'Administration portal' }).textContent).toContain(
      'Organisation administrator at Riverside Hospital',
    );

    await user.click(within(doctorCard).getByRole('link', { name: 'Open the doctor portal' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/doctor'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Dr Samira Haddad' })).toBeTruthy();

    await router.navigate('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/doctor'));
  });

  it('switches portal from the header', async () => {
    signedInAs(doctorAndAdmin);
    const { user, router } = renderApp('/doctor');

    const [switcher] = await screen.findAllByRole('button', { name: 'Doctor portal, switch portal' });
    if (!switcher) throw new Error('no portal switcher');
    await user.click(switcher);
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Doctor portal', 'Administration portal']);
    await user.click(screen.getByRole('menuitem', { name: 'Administration portal' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(await screen.findByRole('link', { name: 'API documentation' })).toBeTruthy();
  });

  it('offers no switcher to someone with one portal', async () => {
    signedInAs();
    renderApp('/patient');
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Alex Morgan' });
    expect(screen.queryByRole('button', { name: /switch portal/ })).toBeNull();
  });

  it('tells someone who opens a portal that is not theirs', async () => {
    signedInAs();
    renderApp('/blood-bank');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This portal is not available to you' }),
    ).toBeTruthy();
  });

  it('tells someone without any role what to do', async () => {
    signedInAs(buildMe({ memberships: [] }));
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'No role yet' })).toBeTruthy();
  });
});
