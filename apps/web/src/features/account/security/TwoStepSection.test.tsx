import type { SecurityOverview } from '@nexus/contracts';
import { startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountPageRoutes, stubApi } from '../../../test/fake-api.ts';
import {
  buildPasskeySummary,
  buildPlatformInfo,
  buildProblem,
  buildRecoveryCodes,
  buildSecurityOverview,
  buildTotpSetup,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

vi.mock(import('@simplewebauthn/browser'), async (importOriginal) => ({
  ...(await importOriginal()),
  browserSupportsWebAuthn: () => true,
  startRegistration: vi.fn(),
  startAuthentication: vi.fn(),
}));

afterEach(() => {
  vi.mocked(startRegistration).mockReset();
  vi.mocked(startAuthentication).mockReset();
});

const laptop = buildPasskeySummary({ id: '00000000-0000-4000-8000-000000000701', name: 'Work laptop' });
const key = buildPasskeySummary({
  id: '00000000-0000-4000-8000-000000000702',
  name: 'Blue key',
  lastUsedAt: '2025-04-02T08:00:00.000Z',
});
const stepUpRequired = () =>
  problemResponse(
    buildProblem({
      status: 403,
      code: 'step_up_required',
      detail: 'Confirm it is you with a code from your authenticator app or a recovery code.',
    }),
  );
const noContent = () => new Response(null, { status: 204 });

/** The account page of a user whose second factors are `initial`; `setOverview` changes them. */
function accountWith(initial: SecurityOverview, routes: Parameters<typeof stubApi>[0] = {}) {
  let overview = initial;
  const api = stubApi({
    ...accountPageRoutes(),
    'GET /api/v1/session': () => jsonResponse(200, signedInState()),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    'GET /api/v1/account/security': () => jsonResponse(200, overview),
    ...routes,
  });
  const view = renderApp('/patient/account');
  return {
    ...api,
    ...view,
    setOverview: (next: SecurityOverview) => {
      overview = next;
    },
  };
}

const section = () => screen.findByRole('region', { name: 'Two-step verification' });
const callsTo = (calls: ReturnType<typeof stubApi>['calls'], method: string, path: string) =>
  calls.filter((call) => call.method === method && call.path === path);

describe('two-step verification on the account page', () => {
  it('shows the app, the recovery codes left and the passkeys', async () => {
    accountWith(buildSecurityOverview({ recoveryCodesRemaining: 2, passkeys: [laptop, key] }));
    const region = await section();
    expect(await within(region).findByText('On since 1 Mar 2025.')).toBeTruthy();
    expect(within(region).getByText(/2 recovery codes left\. You are running low/)).toBeTruthy();
    const passkeys = within(region).getByRole('list', { name: 'Passkeys' });
    const items = within(passkeys).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Work laptopAdded 4 Mar 2025 · not used yet'),
      expect.stringContaining('Blue keyAdded 4 Mar 2025 · last used 2 Apr 2025'),
    ]);
    expect(within(region).getByRole('button', { name: 'Remove passkey Blue key' })).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Replace authenticator app' })).toBeTruthy();
  });

  it('asks to confirm it is you when the server wants a step-up, then makes the change', async () => {
    let isFresh = false;
    const { user, calls, setOverview } = accountWith(buildSecurityOverview({ passkeys: [laptop, key] }), {
      [`DELETE /api/v1/account/passkeys/${key.id}`]: () => {
        if (!isFresh) return stepUpRequired();
        setOverview(buildSecurityOverview({ passkeys: [laptop] }));
        return noContent();
      },
      'POST /api/v1/account/step-up': (init) => {
        const { code } = JSON.parse(String(init?.body));
        if (code !== '135790') {
          return problemResponse(buildProblem({ status: 401, code: 'invalid_second_factor' }));
        }
        isFresh = true;
        return jsonResponse(200, { freshUntil: new Date(Date.now() + 300_000).toISOString() });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Remove passkey Blue key' }));
    await user.click(await screen.findByRole('button', { name: 'Remove passkey' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    const code = within(dialog).getByLabelText('Authentication code');
    await waitFor(() => expect(document.activeElement).toBe(code));
    await user.type(code, '000000');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('That code is not right.');
    // A wrong code in the dialog does not end the session.
    expect(screen.getByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();

    await user.clear(code);
    await user.type(code, '135790');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The passkey “Blue key” has been removed.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'DELETE', `/api/v1/account/passkeys/${key.id}`)).toHaveLength(2);
    const stepUps = callsTo(calls, 'POST', '/api/v1/account/step-up');
    expect(JSON.parse(String(stepUps.at(-1)?.init?.body))).toEqual({ method: 'totp', code: '135790' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove passkey Blue key' })).toBeNull());
  });

  it('confirms with a recovery code instead, when asked', async () => {
    let isFresh = false;
    const { user, calls } = accountWith(buildSecurityOverview(), {
      'POST /api/v1/account/recovery-codes': () =>
        isFresh ? jsonResponse(200, { recoveryCodes: buildRecoveryCodes('wxyz') }) : stepUpRequired(),
      'POST /api/v1/account/step-up': () => {
        isFresh = true;
        return jsonResponse(200, { freshUntil: new Date(Date.now() + 300_000).toISOString() });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Create new recovery codes' }));
    await user.click(await screen.findByRole('button', { name: 'Create new codes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    // This account has no passkeys to confirm with.
    expect(within(dialog).queryByRole('button', { name: 'Use a passkey' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(within(dialog).getByLabelText('Recovery code'), 'abcd-efgh-ijkl-mnop');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await screen.findByRole('dialog', { name: 'Your new recovery codes' });
    expect(JSON.parse(String(callsTo(calls, 'POST', '/api/v1/account/step-up')[0]?.init?.body))).toEqual({
      method: 'recovery_code',
      code: 'abcd-efgh-ijkl-mnop',
    });
  });

  it('confirms with a passkey instead of a code, then makes the change', async () => {
    const assertion = { id: 'cred-1', rawId: 'cred-1', type: 'public-key', response: {} };
    vi.mocked(startAuthentication).mockResolvedValue(assertion as never);
    let isFresh = false;
    const { user, calls, setOverview } = accountWith(buildSecurityOverview({ passkeys: [laptop, key] }), {
      [`DELETE /api/v1/account/passkeys/${key.id}`]: () => {
        if (!isFresh) return stepUpRequired();
        setOverview(buildSecurityOverview({ passkeys: [laptop] }));
        return noContent();
      },
      'POST /api/v1/account/step-up/passkey/options': () =>
        jsonResponse(200, { challenge: 'c3RlcC11cA', rpId: 'localhost', allowCredentials: [] }),
      'POST /api/v1/account/step-up/passkey': (init) => {
        if (JSON.parse(String(init?.body)).response?.id !== 'cred-1') {
          return problemResponse(buildProblem({ status: 401, code: 'invalid_second_factor' }));
        }
        isFresh = true;
        return jsonResponse(200, { freshUntil: new Date(Date.now() + 300_000).toISOString() });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Remove passkey Blue key' }));
    await user.click(await screen.findByRole('button', { name: 'Remove passkey' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    // The code stays the first choice; the passkey is offered beside it.
    expect(within(dialog).getByLabelText('Authentication code')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Use a passkey' }));

    expect(await screen.findByText('The passkey “Blue key” has been removed.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(startAuthentication).toHaveBeenCalledWith({
      optionsJSON: { challenge: 'c3RlcC11cA', rpId: 'localhost', allowCredentials: [] },
    });
    expect(
      JSON.parse(String(callsTo(calls, 'POST', '/api/v1/account/step-up/passkey')[0]?.init?.body)),
    ).toEqual({ response: assertion });
    // Refused once, then sent again after the passkey: no code was asked for.
    expect(callsTo(calls, 'DELETE', `/api/v1/account/passkeys/${key.id}`)).toHaveLength(2);
    expect(callsTo(calls, 'POST', '/api/v1/account/step-up')).toHaveLength(0);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove passkey Blue key' })).toBeNull());
  });

  it('explains a cancelled or rejected passkey in the dialog, and makes no change', async () => {
    const cancelled = new WebAuthnError({
      message: 'The operation either timed out or was not allowed.',
      code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
      cause: new DOMException('Not allowed', 'NotAllowedError'),
    });
    vi.mocked(startAuthentication)
      .mockRejectedValueOnce(cancelled)
      .mockResolvedValue({ id: 'cred-9', rawId: 'cred-9', type: 'public-key', response: {} } as never);
    // Passkeys only: no app, no recovery codes left.
    const { user, calls } = accountWith(
      buildSecurityOverview({ totp: null, recoveryCodesRemaining: 0, passkeys: [laptop, key] }),
      {
        [`DELETE /api/v1/account/passkeys/${key.id}`]: stepUpRequired,
        'POST /api/v1/account/step-up/passkey/options': () => jsonResponse(200, { challenge: 'abc' }),
        'POST /api/v1/account/step-up/passkey': () =>
          problemResponse(buildProblem({ status: 401, code: 'invalid_second_factor', detail: 'Server.' })),
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Remove passkey Blue key' }));
    await user.click(await screen.findByRole('button', { name: 'Remove passkey' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    expect(within(dialog).getByText(/confirm with one of your passkeys/)).toBeTruthy();
    expect(within(dialog).queryByLabelText('Authentication code')).toBeNull();
    expect(within(dialog).queryByLabelText('Recovery code')).toBeNull();
    const passkey = within(dialog).getByRole('button', { name: 'Use a passkey' });
    await waitFor(() => expect(document.activeElement).toBe(passkey));

    await user.click(passkey);
    expect((await within(dialog).findByRole('alert')).textContent).toContain('The passkey was not used.');
    expect(callsTo(calls, 'POST', '/api/v1/account/step-up/passkey')).toHaveLength(0);

    await user.click(passkey);
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toContain('The passkey could not be verified.'),
    );
    // A rejected passkey is an answer in the dialog: the session goes on, the change was not made.
    expect(screen.getByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
    expect(callsTo(calls, 'DELETE', `/api/v1/account/passkeys/${key.id}`)).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(passkey));
  });

  it('makes no change when the step-up is cancelled', async () => {
    const { user, calls } = accountWith(buildSecurityOverview({ passkeys: [laptop] }), {
      'DELETE /api/v1/account/totp': stepUpRequired,
    });
    await user.click(await screen.findByRole('button', { name: 'Remove authenticator app' }));
    await user.click(await screen.findByRole('button', { name: 'Remove app' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'DELETE', '/api/v1/account/totp')).toHaveLength(1);
    expect(callsTo(calls, 'POST', '/api/v1/account/step-up')).toHaveLength(0);
    expect(within(await section()).queryByRole('alert')).toBeNull();
  });

  it('explains that the last strong factor cannot be removed', async () => {
    const { user } = accountWith(buildSecurityOverview(), {
      'DELETE /api/v1/account/totp': () =>
        problemResponse(buildProblem({ status: 409, code: 'last_factor', detail: 'Server wording.' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Remove authenticator app' }));
    await user.click(await screen.findByRole('button', { name: 'Remove app' }));
    const alert = await within(await section()).findByRole('alert');
    expect(alert.textContent).toContain('The authenticator app could not be removed');
    expect(alert.textContent).toContain('needs at least one authenticator app or passkey');
  });

  it('shows new recovery codes once, and closes only when they are saved', async () => {
    const codes = buildRecoveryCodes('qrst');
    const { user, setOverview } = accountWith(buildSecurityOverview({ recoveryCodesRemaining: 0 }), {
      'POST /api/v1/account/recovery-codes': () => {
        setOverview(buildSecurityOverview({ recoveryCodesRemaining: 10 }));
        return jsonResponse(200, { recoveryCodes: codes });
      },
    });
    expect(await screen.findByText(/You have no recovery codes left/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create new recovery codes' }));
    await user.click(await screen.findByRole('button', { name: 'Create new codes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your new recovery codes' });
    const list = within(dialog).getByRole('list', { name: 'Your recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(codes);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(within(dialog).getByText(/Confirm that you have saved your recovery codes/)).toBeTruthy();

    await user.click(within(dialog).getByRole('checkbox', { name: 'I have saved my recovery codes' }));
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(
      await screen.findByText('Your new recovery codes are in force. The old ones no longer work.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/10 recovery codes left\./)).toBeTruthy();
  });

  it('sets up an authenticator app: QR code, then a code from the app', async () => {
    const { user, calls, setOverview } = accountWith(
      buildSecurityOverview({ totp: null, passkeys: [laptop] }),
      {
        'POST /api/v1/account/totp/setup': () => jsonResponse(200, buildTotpSetup()),
        'POST /api/v1/account/totp/confirm': () => {
          setOverview(buildSecurityOverview({ passkeys: [laptop] }));
          return jsonResponse(200, { recoveryCodes: null, me: signedInState().me });
        },
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up your authenticator app' });
    expect(within(dialog).getByRole('img', { name: 'QR code for your authenticator app' })).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Authentication code'), '112233');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('Your authenticator app is set up.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(JSON.parse(String(callsTo(calls, 'POST', '/api/v1/account/totp/confirm')[0]?.init?.body))).toEqual(
      {
        code: '112233',
      },
    );
    expect(await screen.findByRole('button', { name: 'Replace authenticator app' })).toBeTruthy();
  });

  it('adds a passkey through the browser, under the name given', async () => {
    const attestation = { id: 'cred-2', rawId: 'cred-2', type: 'public-key', response: {} };
    vi.mocked(startRegistration).mockResolvedValue(attestation as never);
    const added = buildPasskeySummary({ id: '00000000-0000-4000-8000-000000000703', name: 'Phone' });
    const { user, calls, setOverview } = accountWith(buildSecurityOverview(), {
      'POST /api/v1/account/passkeys/options': () => jsonResponse(200, { challenge: 'cmVnaXN0ZXI', rp: {} }),
      'POST /api/v1/account/passkeys': () => {
        setOverview(buildSecurityOverview({ passkeys: [added] }));
        return jsonResponse(201, added);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Add passkey' }));
    expect(await screen.findByText('Give the passkey a name.')).toBeTruthy();
    expect(calls.some((call) => call.path === '/api/v1/account/passkeys/options')).toBe(false);

    await user.type(screen.getByLabelText('Passkey name'), '  Phone ');
    await user.click(screen.getByRole('button', { name: 'Add passkey' }));
    expect(await screen.findByText('The passkey “Phone” has been added.')).toBeTruthy();
    expect(startRegistration).toHaveBeenCalledWith({ optionsJSON: { challenge: 'cmVnaXN0ZXI', rp: {} } });
    expect(JSON.parse(String(callsTo(calls, 'POST', '/api/v1/account/passkeys')[0]?.init?.body))).toEqual({
      name: 'Phone',
      response: attestation,
    });
    expect(await screen.findByRole('button', { name: 'Remove passkey Phone' })).toBeTruthy();
  });
});
