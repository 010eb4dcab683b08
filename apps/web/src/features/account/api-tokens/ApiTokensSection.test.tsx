import type { ApiTokenSummary } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountPageRoutes, stubApi } from '../../../test/fake-api.ts';
import {
  buildApiTokenSummary,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const SECRET = 'nxp_3f9c2d7e1a4b8c6d0e5f7a9b1c3d5e7f';
const backup = buildApiTokenSummary();
const created = buildApiTokenSummary({
  id: '00000000-0000-4000-8000-000000000802',
  name: 'Lab import',
  scopes: ['read', 'write'],
});

function accountWith(initial: ApiTokenSummary[], routes: Parameters<typeof stubApi>[0] = {}) {
  let tokens = initial;
  const api = stubApi({
    ...accountPageRoutes(),
    'GET /api/v1/session': () => jsonResponse(200, signedInState()),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    'GET /api/v1/account/api-tokens': () => jsonResponse(200, { tokens }),
    ...routes,
  });
  const view = renderApp('/patient/account');
  return {
    ...api,
    ...view,
    setTokens: (next: ApiTokenSummary[]) => {
      tokens = next;
    },
  };
}

const section = () => screen.findByRole('region', { name: 'API tokens' });

describe('API tokens on the account page', () => {
  it('shows a new token once, to copy, and never again after "Done"', async () => {
    const { user, calls, setTokens } = accountWith([backup], {
      'POST /api/v1/account/api-tokens': () => {
        setTokens([created, backup]);
        return jsonResponse(201, { token: SECRET, summary: created });
      },
    });
    const region = await section();
    await user.type(within(region).getByLabelText('Token name'), 'Lab import');
    await user.click(within(region).getByRole('radio', { name: /Read and change/ }));
    await user.selectOptions(within(region).getByLabelText('Expires after'), '90');
    await user.click(within(region).getByRole('button', { name: 'Create token' }));

    const panel = await within(region).findByRole('region', { name: 'Copy your new token now' });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(panel).getByRole('heading', { name: 'Copy your new token now' }),
      ),
    );
    expect(panel.textContent).toContain(SECRET);
    expect(panel.textContent).toContain('This is the only time the token is shown');
    const body = JSON.parse(String(calls.find((call) => call.method === 'POST')?.init?.body));
    expect(body).toEqual({ name: 'Lab import', scopes: ['read', 'write'], expiresInDays: 90 });
    expect((within(region).getByLabelText('Token name') as HTMLInputElement).value).toBe('');

    await user.click(within(panel).getByRole('button', { name: 'Copy token' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(SECRET);

    const list = await within(region).findByRole('list', { name: 'Your API tokens' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Lab importRead and change');

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Copy your new token now' })).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('asks for a name before creating a token', async () => {
    const { user, calls } = accountWith([]);
    const region = await section();
    expect(await within(region).findByText('You have no API tokens.')).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Create token' }));
    expect(await within(region).findByText('Give the token a name.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('revokes a token after confirmation', async () => {
    const { user, calls, setTokens } = accountWith([backup], {
      [`DELETE /api/v1/account/api-tokens/${backup.id}`]: () => {
        setTokens([]);
        return new Response(null, { status: 204 });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke token Backup script' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));

    expect(await screen.findByText('The token “Backup script” has been revoked.')).toBeTruthy();
    expect(await screen.findByText('You have no API tokens.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(1);
  });

  it("shows the server's explanation when a token cannot be created", async () => {
    const { user } = accountWith([], {
      'POST /api/v1/account/api-tokens': () =>
        problemResponse(
          buildProblem({ status: 400, code: 'validation_failed', detail: 'The name is too long.' }),
        ),
    });
    const region = await section();
    await user.type(within(region).getByLabelText('Token name'), 'x');
    await user.click(within(region).getByRole('button', { name: 'Create token' }));
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toContain('The token could not be created');
    expect(alert.textContent).toContain('The name is too long.');
  });
});
