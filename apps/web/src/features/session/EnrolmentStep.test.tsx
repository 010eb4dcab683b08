import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import {
  buildMe,
  buildPlatformInfo,
  buildProblem,
  buildRecoveryCodes,
  buildTotpSetup,
  jsonResponse,
  pendingState,
  problemResponse,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const me = buildMe({ email: 'new@example.org' });
const codes = buildRecoveryCodes();
const setup = buildTotpSetup({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });

afterEach(() => {
  vi.restoreAllMocks();
});

/** The sign-in page of an account with no second factor yet, whose password was right. */
function enrolling(routes: Parameters<typeof stubApi>[0] = {}) {
  const api = stubApi({
    'GET /api/v1/session': () =>
      jsonResponse(200, pendingState({ step: 'enrolment', email: 'new@example.org' })),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    'POST /api/v1/account/totp/setup': () => jsonResponse(200, setup),
    'POST /api/v1/account/totp/confirm': () => jsonResponse(200, { recoveryCodes: codes, me }),
    ...routes,
  });
  return { ...api, ...renderApp('/sign-in?next=%2Fpatient') };
}

async function confirmApp(user: ReturnType<typeof renderApp>['user'], code = '246810') {
  await user.type(await screen.findByLabelText('Authentication code'), code);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
}

describe('setting up two-step verification while signing in', () => {
  it('explains why, then shows the QR code and the key to type in', async () => {
    const { calls } = enrolling();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Set up two-step verification' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/two proofs of who they are/)).toBeTruthy();

    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr.getAttribute('src')).toBe(setup.qrCodeDataUrl);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy setup key' })).toBeTruthy();
    // One secret per visit: a second setup would replace the one being scanned.
    expect(calls.filter((call) => call.path === '/api/v1/account/totp/setup')).toHaveLength(1);
  });

  it('copies the setup key', async () => {
    const { user } = enrolling();
    await user.click(await screen.findByRole('button', { name: 'Copy setup key' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(setup.secret);
    expect(await screen.findByText('Setup key copied')).toBeTruthy();
  });

  it('says so when the code from the new app is wrong', async () => {
    const { user } = enrolling({
      'POST /api/v1/account/totp/confirm': () =>
        problemResponse(buildProblem({ status: 401, code: 'invalid_second_factor' })),
    });
    await confirmApp(user, '111111');
    expect((await screen.findByRole('alert')).textContent).toContain('That code is not right.');
    expect(document.activeElement).toBe(screen.getByLabelText('Authentication code'));
    expect(screen.queryByRole('heading', { name: 'Save your recovery codes' })).toBeNull();
  });

  it('shows the ten recovery codes, and goes on only once they are saved', async () => {
    const { user, router, calls, queryClient } = enrolling();
    await confirmApp(user);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Save your recovery codes' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const list = screen.getByRole('list', { name: 'Your recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(codes);
    expect(
      JSON.parse(String(calls.find((c) => c.path === '/api/v1/account/totp/confirm')?.init?.body)),
    ).toEqual({ code: '246810' });

    await user.click(screen.getByRole('button', { name: 'Continue to LifeCare Nexus' }));
    expect(
      await screen.findByText('Confirm that you have saved your recovery codes before you continue.'),
    ).toBeTruthy();
    const checkbox = screen.getByRole('checkbox', { name: 'I have saved my recovery codes' });
    expect(document.activeElement).toBe(checkbox);
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(queryClient.getQueryData(['session'])).toMatchObject({ status: 'pending' });

    await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Continue to LifeCare Nexus' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/patient'));
    expect(queryClient.getQueryData(['session'])).toEqual({ status: 'signed-in', me });
  });

  it('downloads the recovery codes as a text file', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:codes');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = enrolling();
    await confirmApp(user);
    await user.click(await screen.findByRole('button', { name: 'Download' }));

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('lifecare-nexus-recovery-codes.txt');
    expect(clicked[0]?.href).toBe('blob:codes');
    const blob = createObjectURL.mock.calls[0]?.[0];
    if (!(blob instanceof Blob)) throw new Error('expected a Blob');
    const text = await blob.text();
    expect(text).toContain('Account: new@example.org');
    for (const code of codes) expect(text).toContain(code);
  });

  it('copies the recovery codes, one a line', async () => {
    const { user } = enrolling();
    await confirmApp(user);
    await user.click(await screen.findByRole('button', { name: 'Copy' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(codes.join('\n'));
  });

  it('goes straight on when the account had recovery codes already', async () => {
    const { user, router } = enrolling({
      'POST /api/v1/account/totp/confirm': () => jsonResponse(200, { recoveryCodes: null, me }),
    });
    await confirmApp(user);
    await waitFor(() => expect(router.state.location.pathname).toBe('/patient'));
  });
});
