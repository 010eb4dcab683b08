import type { Member } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import {
  buildMe,
  buildMembership,
  buildPlatformInfo,
  jsonResponse,
  signedInState,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const ORG = buildMembership().organisationId;
const base = `/api/v1/organisations/${ORG}/members`;
const admin = buildMe({ patientId: null, memberships: [buildMembership({ role: 'org_admin' })] });

const member = (overrides: Partial<Member> & Pick<Member, 'userId' | 'displayName'>): Member => ({
  email: `${overrides.displayName.split(' ')[0]?.toLowerCase()}@example.org`,
  roles: ['doctor'],
  status: 'active',
  isYou: false,
  ...overrides,
});
const you = member({ userId: admin.id, displayName: 'Alex Morgan', roles: ['org_admin'], isYou: true });
const bo = member({ userId: '00000000-0000-4000-8000-000000000901', displayName: 'Bo Doctor' });

function membersPageWith(routes: Parameters<typeof stubApi>[0] = {}) {
  let members = [you, bo];
  const api = stubApi({
    'GET /api/v1/session': () => jsonResponse(200, signedInState(admin)),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    [`GET ${base}`]: () => jsonResponse(200, { members }),
    [`PUT ${base}/${bo.userId}/roles`]: (init) => {
      const updated = { ...bo, roles: JSON.parse(String(init?.body)).roles };
      members = [you, updated];
      return jsonResponse(200, updated);
    },
    [`POST ${base}/${bo.userId}/disable`]: () => {
      const updated: Member = { ...bo, status: 'disabled' };
      members = [you, updated];
      return jsonResponse(200, updated);
    },
    ...routes,
  });
  return { ...api, ...renderApp('/admin/members') };
}

describe('organisation members', () => {
  it('lists members with roles and status, and offers no way to disable yourself', async () => {
    membersPageWith();
    const list = await screen.findByRole('list', { name: 'Members of the organisation' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Alex Morgan');
    expect(first?.textContent).toContain('You');
    expect(first?.textContent).toContain('Organisation administrator');
    expect(within(first as HTMLElement).queryByRole('button', { name: /Disable/ })).toBeNull();
    expect(second?.textContent).toContain('Bo DoctorActive');
    expect(second?.textContent).toContain('bo@example.org');
  });

  it("changes a member's roles", async () => {
    const { user, calls } = membersPageWith();
    await user.click(await screen.findByRole('button', { name: 'Change roles of Bo Doctor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Bo Doctor' });
    expect(within(dialog).queryByRole('checkbox', { name: 'Platform administrator' })).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Nurse' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Doctor' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect(await screen.findByText('The roles of Bo Doctor are saved.')).toBeTruthy();
    const put = calls.find((call) => call.method === 'PUT');
    expect(JSON.parse(String(put?.init?.body))).toEqual({ roles: ['nurse'] });
  });

  it('disables a member after confirmation', async () => {
    const { user, calls } = membersPageWith();
    await user.click(await screen.findByRole('button', { name: 'Disable Bo Doctor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable this account?' });
    expect(dialog.textContent).toContain('Bo Doctor will be signed out everywhere');
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('Bo Doctor is disabled and signed out everywhere.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enable Bo Doctor' })).toBeTruthy());
    expect(calls.filter((call) => call.method === 'POST' && call.path.endsWith('/disable'))).toHaveLength(1);
  });
});
