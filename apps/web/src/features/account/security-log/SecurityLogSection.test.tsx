import type { SecurityLogEntry } from '@nexus/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountPageRoutes, stubApi } from '../../../test/fake-api.ts';
import { buildPlatformInfo, jsonResponse, signedInState } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const entry = (
  overrides: Partial<SecurityLogEntry> & Pick<SecurityLogEntry, 'id' | 'action'>,
): SecurityLogEntry => ({
  occurredAt: '2025-03-04T09:30:00.000Z',
  outcome: 'success',
  sourceIp: '203.0.113.7',
  byOther: false,
  ...overrides,
});

describe('security log on the account page', () => {
  it('lists the events in words, marks failures, and loads older ones on request', async () => {
    let pages = 0;
    const { fetchMock } = stubApi({
      ...accountPageRoutes(),
      'GET /api/v1/session': () => jsonResponse(200, signedInState()),
      'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
      'GET /api/v1/account/security-log': () => {
        pages += 1;
        return jsonResponse(
          200,
          pages === 1
            ? {
                entries: [
                  entry({ id: '30', action: 'factor.passkey_added' }),
                  entry({ id: '29', action: 'auth.sign_in', outcome: 'failure', sourceIp: null }),
                  entry({ id: '28', action: 'account.roles_changed', byOther: true }),
                ],
                nextBefore: '28',
              }
            : { entries: [entry({ id: '12', action: 'something.new' })], nextBefore: null },
        );
      },
    });
    const { user } = renderApp('/patient/account');
    const region = await screen.findByRole('region', { name: 'Security log' });
    const list = await within(region).findByRole('list', { name: 'Security events' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain('Passkey added');
    expect(items[0]?.textContent).toContain('from 203.0.113.7');
    expect(items[0]?.textContent).not.toContain('Failed');
    expect(items[1]?.textContent).toContain('Sign-inFailed');
    expect(items[2]?.textContent).toContain('Roles changed');
    expect(items[2]?.textContent).toContain('by an administrator');

    await user.click(within(region).getByRole('button', { name: 'Show older events' }));
    expect(await within(list).findByText('something.new')).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Show older events' })).toBeNull();
    const requested = fetchMock.mock.calls
      .map(([input]) => String(input))
      .filter((url) => url.startsWith('/api/v1/account/security-log'));
    expect(requested).toEqual([
      '/api/v1/account/security-log?limit=20',
      '/api/v1/account/security-log?limit=20&before=28',
    ]);
  });
});
