import type { PendingSignIn } from '@nexus/contracts';
import { startAuthentication, WebAuthnError } from '@simplewebauthn/browser';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import {
  buildMe,
  buildMembership,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  pendingState,
  problemResponse,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

vi.mock(import('@simplewebauthn/browser'), async (importOriginal) => ({
  ...(await importOriginal()),
  browserSupportsWebAuthn: () => true,
  startAuthentication: vi.fn(),
}));

afterEach(() => {
  vi.mocked(startAuthentication).mockReset();
});

const nurse = buildMe({ memberships: [buildMembership({ role: 'nurse' })] });
const secondFactor = (methods: Array<'totp' | 'recovery_code' | 'passkey'>): PendingSignIn => ({
  step: 'second_factor',
  email: 'alex@example.org',
  methods,
});
const problem = (status: number, code: string, detail?: string) => () =>
  problemResponse(buildProblem({ status, code, ...(detail ? { detail } : {}) }));

/** The sign-in page of a browser half-way through signing in (password done), e.g. after a reload. */
function halfWay(
  methods: Array<'totp' | 'recovery_code' | 'passkey'>,
  routes: Parameters<typeof stubApi>[0] = {},
) {
  const api = stubApi({
    'GET /api/v1/session': () => jsonResponse(200, pendingState(secondFactor(methods))),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    ...routes,
  });
  return { ...api, ...renderApp('/sign-in?next=%2Fnurse') };
}

const bodyOf = (calls: ReturnType<typeof stubApi>['calls'], path: string) =>
  JSON.parse(String(calls.find((call) => call.path === path)?.init?.body));

describe('second step of signing in', () => {
  it('starts in the code field, which suits one-time codes', async () => {
    halfWay(['totp', 'recovery_code']);
    const field = await screen.findByLabelText('Authentication code');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute('inputmode')).toBe('numeric');
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(screen.getByText('Signing in as alex@example.org.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).toBeNull();
  });

  it('says so when the code is wrong, and keeps the user here to try again', async () => {
    const { user, router } = halfWay(['totp', 'recovery_code'], {
      'POST /api/v1/auth/second-factor/totp': problem(401, 'invalid_second_factor', 'Server wording.'),
    });
    await user.type(await screen.findByLabelText('Authentication code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That code is not right.');
    const field = screen.getByLabelText('Authentication code');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    // A wrong code is an answer, not an ended session.
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeTruthy();
  });

  it('asks to wait for the next code when this one was used already', async () => {
    const { user } = halfWay(['totp'], {
      'POST /api/v1/auth/second-factor/totp': problem(401, 'totp_code_used'),
    });
    await user.type(await screen.findByLabelText('Authentication code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That code has been used already. Wait until your app shows the next code',
    );
  });

  it("passes on the server's word on too many attempts", async () => {
    const { user } = halfWay(['totp'], {
      'POST /api/v1/auth/second-factor/totp': problem(
        429,
        'too_many_attempts',
        'Too many attempts. Try again in 4 minutes.',
      ),
    });
    await user.type(await screen.findByLabelText('Authentication code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in 4 minutes.');
  });

  it('checks the code has six digits before sending it', async () => {
    const { user, calls } = halfWay(['totp']);
    await user.type(await screen.findByLabelText('Authentication code'), '12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Enter the 6-digit code from your authenticator app.')).toBeTruthy();
    expect(calls.some((call) => call.path.startsWith('/api/v1/auth/second-factor'))).toBe(false);
  });

  it('finishes signing in and goes on to where the user was going', async () => {
    const { user, router, calls } = halfWay(['totp'], {
      'POST /api/v1/auth/second-factor/totp': () => jsonResponse(200, nurse),
    });
    await user.type(await screen.findByLabelText('Authentication code'), '654321');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/nurse'));
    expect(bodyOf(calls, '/api/v1/auth/second-factor/totp')).toEqual({ code: '654321' });
  });

  it('goes on when the session turns out to be signed in (finished in another tab)', async () => {
    const { router, queryClient } = halfWay(['totp']);
    await screen.findByLabelText('Authentication code');
    act(() => queryClient.setQueryData(['session'], { status: 'signed-in', me: nurse }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/nurse'));
  });

  it('switches to a recovery code and back', async () => {
    const { user, router, calls } = halfWay(['totp', 'recovery_code'], {
      'POST /api/v1/auth/second-factor/recovery-code': () => jsonResponse(200, nurse),
    });
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    const field = screen.getByLabelText('Recovery code');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.queryByLabelText('Authentication code')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Use your authenticator app' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Authentication code')));
    await user.click(screen.getByRole('button', { name: 'Use a recovery code' }));

    await user.type(screen.getByLabelText('Recovery code'), ' ABCD-efgh-2345-wxyz ');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/nurse'));
    expect(bodyOf(calls, '/api/v1/auth/second-factor/recovery-code')).toEqual({
      code: 'ABCD-efgh-2345-wxyz',
    });
  });

  it('says a wrong recovery code may have been used already', async () => {
    const { user } = halfWay(['totp', 'recovery_code'], {
      'POST /api/v1/auth/second-factor/recovery-code': problem(401, 'invalid_second_factor'),
    });
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-2345-wxyz');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That recovery code is not right, or it has been used already.',
    );
  });

  it('signs in with a passkey: challenge, browser, check', async () => {
    const assertion = { id: 'credential-1', rawId: 'credential-1', type: 'public-key', response: {} };
    vi.mocked(startAuthentication).mockResolvedValue(assertion as never);
    const { user, router, calls } = halfWay(['totp', 'passkey', 'recovery_code'], {
      'POST /api/v1/auth/second-factor/passkey/options': () =>
        jsonResponse(200, { challenge: 'c2lnbi1pbg', rpId: 'localhost', allowCredentials: [] }),
      'POST /api/v1/auth/second-factor/passkey': () => jsonResponse(200, nurse),
    });
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/nurse'));
    expect(startAuthentication).toHaveBeenCalledWith({
      optionsJSON: { challenge: 'c2lnbi1pbg', rpId: 'localhost', allowCredentials: [] },
    });
    expect(bodyOf(calls, '/api/v1/auth/second-factor/passkey')).toEqual({ response: assertion });
  });

  it('starts with the passkey for an account without an app, and explains a cancelled passkey', async () => {
    const cancelled = new WebAuthnError({
      message: 'The operation either timed out or was not allowed.',
      code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
      cause: new DOMException('Not allowed', 'NotAllowedError'),
    });
    vi.mocked(startAuthentication).mockRejectedValue(cancelled);
    const { user, calls } = halfWay(['passkey', 'recovery_code'], {
      'POST /api/v1/auth/second-factor/passkey/options': () => jsonResponse(200, { challenge: 'abc' }),
    });
    const passkey = await screen.findByRole('button', { name: 'Use a passkey' });
    await waitFor(() => expect(document.activeElement).toBe(passkey));
    expect(screen.queryByLabelText('Authentication code')).toBeNull();

    await user.click(passkey);
    expect((await screen.findByRole('alert')).textContent).toContain('The passkey was not used.');
    expect(calls.some((call) => call.path === '/api/v1/auth/second-factor/passkey')).toBe(false);
    expect(screen.getByRole('button', { name: 'Use a recovery code' })).toBeTruthy();
  });

  it('goes back to the password when the half-way sign-in has timed out', async () => {
    const { user } = halfWay(['totp'], {
      'POST /api/v1/auth/second-factor/totp': problem(401, 'not_signed_in', 'Sign in to continue.'),
    });
    await user.type(await screen.findByLabelText('Authentication code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Your sign-in timed out')).toBeTruthy();
    expect((screen.getByLabelText('E-mail address') as HTMLInputElement).value).toBe('alex@example.org');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Password', { exact: true })),
    );
  });

  it('starts again: ends the half-way sign-in and asks for the password', async () => {
    const { user, calls, router } = halfWay(['totp'], {
      'POST /api/v1/auth/sign-out': () => new Response(null, { status: 204 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Start again' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.path === '/api/v1/auth/sign-out')).toBe(true);
    expect(screen.queryByText('Your sign-in timed out')).toBeNull();
    expect(router.state.location.search).toBe('?next=%2Fnurse');
  });
});
