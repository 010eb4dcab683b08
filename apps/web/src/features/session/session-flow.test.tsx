import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { stubApi } from '../../test/fake-api.ts';
import {
  anonymousState,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  pendingState,
  problemResponse,
  signedInState,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const notSignedIn = () => jsonResponse(200, anonymousState());
const platform = () => jsonResponse(200, buildPlatformInfo());

describe('session', () => {
  it('sends someone who is not signed in to sign in, keeping where they were going', async () => {
    stubApi({ 'GET /api/v1/session': notSignedIn, 'GET /api/v1/platform': platform });
    const { router } = renderApp('/doctor/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fdoctor%2Faccount');
  });

  it('sends someone half-way through signing in to the second step, keeping where they were going', async () => {
    stubApi({
      'GET /api/v1/session': () => jsonResponse(200, pendingState()),
      'GET /api/v1/platform': platform,
    });
    const { router } = renderApp('/doctor/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Two-step verification' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fdoctor%2Faccount');
    expect(screen.queryByText('Your session has ended')).toBeNull();
  });

  it('sends an account without a second factor to set one up', async () => {
    stubApi({
      'GET /api/v1/session': () =>
        jsonResponse(200, pendingState({ step: 'enrolment', email: 'new@example.org' })),
      'GET /api/v1/platform': platform,
    });
    const { router } = renderApp('/patient');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up two-step verification' }),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?next=%2Fpatient');
  });

  it('when any query answers 401, ends the session and asks to sign in again', async () => {
    stubApi({
      'GET /api/v1/session': () => jsonResponse(200, signedInState()),
      'GET /api/v1/platform': platform,
    });
    const { router, queryClient } = renderApp('/patient/account');
    await screen.findByRole('heading', { level: 1, name: 'Your account' });

    const expired = new ApiError(buildProblem({ status: 401, code: 'not_signed_in' }));
    await queryClient
      .fetchQuery({ queryKey: ['records'], queryFn: () => Promise.reject(expired) })
      .catch(() => undefined);

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/patient/account');
    expect(await screen.findByText('Your session has ended')).toBeTruthy();
  });

  it('signs out from the account menu and forgets the user', async () => {
    const { calls } = stubApi({
      'GET /api/v1/session': () => jsonResponse(200, signedInState()),
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/sign-out': () => new Response(null, { status: 204 }),
    });
    const { user, router, queryClient } = renderApp('/patient');
    await user.click(await screen.findByRole('button', { name: 'Alex Morgan, account menu' }));
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('');
    expect(calls.some((call) => call.method === 'POST' && call.path === '/api/v1/auth/sign-out')).toBe(true);
    expect(queryClient.getQueryData(['session'])).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });

  it('keeps the user signed in and says so when signing out fails', async () => {
    stubApi({
      'GET /api/v1/session': () => jsonResponse(200, signedInState()),
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/sign-out': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const { user, router } = renderApp('/patient/account');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('Signing out did not work')).toBeTruthy();
    expect(screen.getByText(/cannot reach its server/)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/patient/account');
  });

  it('explains a failure to load, with the reference for support', async () => {
    stubApi({
      'GET /api/v1/session': () =>
        problemResponse(
          buildProblem({
            status: 503,
            code: 'not_ready',
            detail: 'The server is starting. Try again in a moment.',
            requestId: 'req-503',
          }),
        ),
      'GET /api/v1/platform': platform,
    });
    renderApp('/patient');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByText('The server is starting. Try again in a moment.')).toBeTruthy();
    expect(screen.getByText('req-503')).toBeTruthy();
  });

  it('shows its own page for an address no route knows', async () => {
    stubApi({ 'GET /api/v1/platform': platform });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the start page' }).getAttribute('href')).toBe('/');
  });
});
