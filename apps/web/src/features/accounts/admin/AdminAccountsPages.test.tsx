import type { Invitation } from '@nexus/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import {
  buildMe,
  buildMembership,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const ORG = '00000000-0000-4000-8000-000000000001';
const orgAdmin = buildMe({ memberships: [buildMembership({ role: 'org_admin' })] });
const platformAdmin = buildMe({ memberships: [buildMembership({ role: 'platform_admin' })] });

const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: '00000000-0000-4000-8000-000000000701',
  organisationId: ORG,
  email: 'jordan@example.org',
  displayName: 'Dr Jordan Lee',
  role: 'doctor',
  status: 'pending',
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-08T09:00:00.000Z',
  acceptedAt: null,
  revokedAt: null,
  ...overrides,
});

function signedInAs(me: typeof orgAdmin, routes: Parameters<typeof stubApi>[0]) {
  return stubApi({
    'GET /api/v1/session': () => jsonResponse(200, signedInState(me)),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    ...routes,
  });
}

describe('invitations page', () => {
  it('invites someone with a role and shows the list, refreshed', async () => {
    let invitations: Invitation[] = [];
    const { calls } = signedInAs(orgAdmin, {
      [`GET /api/v1/organisations/${ORG}/invitations`]: () => jsonResponse(200, { invitations }),
      [`POST /api/v1/organisations/${ORG}/invitations`]: () => {
        invitations = [invitation({ role: 'nurse', email: 'sam@example.org', displayName: 'Sam Nurse' })];
        return jsonResponse(201, invitations[0]);
      },
    });
    const { user } = renderApp('/admin/invitations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Invitations' })).toBeTruthy();
    expect(await screen.findByText('No invitations yet.')).toBeTruthy();

    await user.type(screen.getByLabelText('E-mail address'), 'sam@example.org');
    await user.type(screen.getByLabelText('Name', { exact: false }), 'Sam Nurse');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Nurse');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('Invitation sent to sam@example.org.')).toBeTruthy();
    const sent = calls.find((call) => call.method === 'POST');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({
      email: 'sam@example.org',
      displayName: 'Sam Nurse',
      role: 'nurse',
    });
    const list = await screen.findByRole('region', { name: 'Sent invitations' });
    expect((await within(list).findByRole('listitem')).textContent).toContain('sam@example.org · Nurse');
  });

  it('withdraws a waiting invitation', async () => {
    let invitations = [
      invitation(),
      invitation({
        id: '00000000-0000-4000-8000-000000000702',
        status: 'accepted',
        email: 'done@example.org',
        acceptedAt: '2026-03-02T09:00:00.000Z',
      }),
    ];
    const { calls } = signedInAs(orgAdmin, {
      [`GET /api/v1/organisations/${ORG}/invitations`]: () => jsonResponse(200, { invitations }),
      [`DELETE /api/v1/organisations/${ORG}/invitations/00000000-0000-4000-8000-000000000701`]: () => {
        invitations = invitations.map((i) =>
          i.status === 'pending' ? { ...i, status: 'revoked' as const } : i,
        );
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/admin/invitations');
    const list = await screen.findByRole('region', { name: 'Sent invitations' });
    expect(await within(list).findAllByRole('listitem')).toHaveLength(2);
    // Only the waiting invitation can be withdrawn.
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    await user.click(
      within(list).getByRole('button', { name: 'Withdraw the invitation to jordan@example.org' }),
    );

    expect(await screen.findByText('The invitation to jordan@example.org has been withdrawn.')).toBeTruthy();
    expect(await within(list).findByText('Withdrawn')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(1);
  });

  it('explains that only organisation administrators invite', async () => {
    signedInAs(platformAdmin, {});
    renderApp('/admin/invitations');
    expect(await screen.findByText('No organisation to invite to')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send invitation' })).toBeNull();
  });
});

describe('outbox page', () => {
  it('shows platform administrators the mail and whether it is delivered', async () => {
    signedInAs(platformAdmin, {
      'GET /api/v1/admin/outbox': () =>
        jsonResponse(200, {
          isDelivering: false,
          nextCursor: null,
          mails: [
            {
              id: '00000000-0000-4000-8000-000000000801',
              to: 'robin@example.org',
              subject: 'Choose a new password for LifeCare Nexus',
              text: 'Open http://localhost:3000/reset-password#token=abc',
              createdAt: '2026-03-01T09:00:00.000Z',
              sentAt: null,
              attempts: 0,
              lastError: null,
              status: 'kept',
            },
          ],
        }),
    });
    renderApp('/admin/outbox');
    const mail = await screen.findByRole('article', { name: 'Choose a new password for LifeCare Nexus' });
    expect(mail.textContent).toContain('To robin@example.org');
    expect(mail.textContent).toContain('Kept here');
    expect(screen.getByText(/No SMTP server is configured/)).toBeTruthy();
  });

  it('is closed to organisation administrators, without asking the server', async () => {
    const { calls } = signedInAs(orgAdmin, {
      'GET /api/v1/admin/outbox': () => problemResponse(buildProblem({ status: 403, code: 'forbidden' })),
    });
    renderApp('/admin/outbox');
    expect(await screen.findByText('For platform administrators')).toBeTruthy();
    expect(calls.some((call) => call.path === '/api/v1/admin/outbox')).toBe(false);
  });
});
