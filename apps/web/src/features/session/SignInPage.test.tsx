import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import {
  anonymousState,
  buildMe,
  buildMembership,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  problemResponse,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const platform =
  (isDemo = false) =>
  () =>
    jsonResponse(
      200,
      buildPlatformInfo({
        isDemo,
        demoAccounts: isDemo
          ? [
              { email: 'patient@demo.lifecare.test', role: 'patient' },
              { email: 'doctor@demo.lifecare.test', role: 'doctor' },
              { email: 'nurse@demo.lifecare.test', role: 'nurse' },
            ]
          : [],
      }),
    );

const anonymous = () => jsonResponse(200, anonymousState());

describe('sign-in page', () => {
  it("shows the server's explanation when the credentials are wrong", async () => {
    stubApi({
      'GET /api/v1/session': anonymous,
      'GET /api/v1/platform': platform(),
      'POST /api/v1/auth/sign-in': () =>
        problemResponse(
          buildProblem({
            status: 401,
            code: 'invalid_credentials',
            detail: 'The e-mail address or password is not correct.',
          }),
        ),
    });
    const { user, router } = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('E-mail address'), 'alex@example.org');
    await user.type(screen.getByLabelText('Password', { exact: true }), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The e-mail address or password is not correct.');
    // Wrong credentials are not an ended session: the page stays as it is.
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
  });

  it('checks the fields before asking the server', async () => {
    const { calls } = stubApi({ 'GET /api/v1/session': anonymous, 'GET /api/v1/platform': platform() });
    const { user } = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('E-mail address'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter an e-mail address in the form name@example.org.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(screen.getByLabelText('E-mail address').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.path === '/api/v1/auth/sign-in')).toBe(false);
  });

  it('shows field errors the server reports', async () => {
    stubApi({
      'GET /api/v1/session': anonymous,
      'GET /api/v1/platform': platform(),
      'POST /api/v1/auth/sign-in': () =>
        problemResponse(
          buildProblem({
            status: 400,
            code: 'validation_failed',
            detail: 'The request body is not valid.',
            errors: [{ pointer: '/body/email', detail: 'This address is too long.' }],
          }),
        ),
    });
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-mail address'), 'alex@example.org');
    await user.type(screen.getByLabelText('Password', { exact: true }), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('This address is too long.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('The request body is not valid.');
  });

  it('signs in with password and app code, and goes on to where the user was going', async () => {
    const doctor = buildMe({ memberships: [buildMembership({ role: 'doctor' })] });
    const { calls } = stubApi({
      'GET /api/v1/session': anonymous,
      'GET /api/v1/platform': platform(),
      'POST /api/v1/auth/sign-in': () =>
        jsonResponse(200, { step: 'second_factor', email: 'Alex@Example.org', methods: ['totp'] }),
      'POST /api/v1/auth/second-factor/totp': () => jsonResponse(200, doctor),
    });
    const { user, router } = renderApp('/sign-in?next=%2Fdoctor%2Faccount');

    await user.type(await screen.findByLabelText('E-mail address'), ' Alex@Example.org ');
    await user.type(screen.getByLabelText('Password', { exact: true }), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Two-step verification' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    const signIn = calls.find((call) => call.path === '/api/v1/auth/sign-in');
    expect(JSON.parse(String(signIn?.init?.body))).toEqual({
      email: 'Alex@Example.org',
      password: 'correct horse',
    });

    await user.type(screen.getByLabelText('Authentication code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/doctor/account'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
    const totp = calls.find((call) => call.path === '/api/v1/auth/second-factor/totp');
    expect(JSON.parse(String(totp?.init?.body))).toEqual({ code: '123456' });
  });

  it('links to creating an account and to resetting a forgotten password', async () => {
    stubApi({ 'GET /api/v1/session': anonymous, 'GET /api/v1/platform': platform() });
    renderApp('/sign-in');
    expect((await screen.findByRole('link', { name: 'Create an account' })).getAttribute('href')).toBe(
      '/sign-up',
    );
    expect(screen.getByRole('link', { name: 'Forgot your password?' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('on a demo installation, lists the demo accounts and fills in the one chosen', async () => {
    stubApi({ 'GET /api/v1/session': anonymous, 'GET /api/v1/platform': platform(true) });
    const { user } = renderApp('/sign-in');

    const hint = await screen.findByRole('region', { name: 'Demo installation' });
    expect(hint.textContent).toContain('printed in the server console');
    expect(hint.textContent).not.toContain('Nexus-Demo');
    const items = within(hint).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    await user.click(within(hint).getByRole('button', { name: /nurse@demo\.lifecare\.test/ }));
    expect((screen.getByLabelText('E-mail address') as HTMLInputElement).value).toBe(
      'nurse@demo.lifecare.test',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Password', { exact: true }));
  });

  it('shows no demo hint on a regular installation', async () => {
    stubApi({ 'GET /api/v1/session': anonymous, 'GET /api/v1/platform': platform(false) });
    renderApp('/sign-in');
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Demo installation' })).toBeNull());
  });

  it('explains why when the session ended', async () => {
    stubApi({ 'GET /api/v1/session': anonymous, 'GET /api/v1/platform': platform() });
    renderApp('/sign-in?reason=expired&next=%2Fnurse');
    expect(await screen.findByText('Your session has ended')).toBeTruthy();
  });
});
