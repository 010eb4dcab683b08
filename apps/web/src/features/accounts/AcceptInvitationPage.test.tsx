import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { buildPlatformInfo, buildProblem, jsonResponse, problemResponse } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const TOKEN = 'aW52aXRhdGlvbi10b2tlbi1mcm9tLXRoZS1tYWls';
const platform = () => jsonResponse(200, buildPlatformInfo());
const invitation = (hasAccount: boolean) => ({
  organisationName: 'Riverside Clinic',
  role: 'doctor',
  email: 'jordan@example.org',
  displayName: 'Dr Jordan Lee',
  hasAccount,
});

describe('accept-invitation page', () => {
  it('creates a new account with a name and a new password', async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/invitations/lookup': () => jsonResponse(200, invitation(false)),
      'POST /api/v1/auth/invitations/accept': () =>
        jsonResponse(200, {
          email: 'jordan@example.org',
          organisationName: 'Riverside Clinic',
          role: 'doctor',
          isNewAccount: true,
        }),
    });
    const { user } = renderApp(`/accept-invitation#token=${TOKEN}`);
    expect(await screen.findByText(/You are invited to join Riverside Clinic as a doctor\./)).toBeTruthy();
    const name = screen.getByLabelText('Your name', { exact: false });
    expect((name as HTMLInputElement).value).toBe('Dr Jordan Lee');
    await user.clear(name);
    await user.type(name, 'Jordan Lee');
    await user.type(screen.getByLabelText('Choose a password', { exact: false }), 'glacier-tulip-orbit-47');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(
      await screen.findByText(/Your account has been created and you are now a doctor at Riverside Clinic/),
    ).toBeTruthy();
    const sent = calls.find((call) => call.path === '/api/v1/auth/invitations/accept');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({
      token: TOKEN,
      password: 'glacier-tulip-orbit-47',
      displayName: 'Jordan Lee',
    });
  });

  it('asks an existing account for its current password, and says when it is wrong', async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/invitations/lookup': () => jsonResponse(200, invitation(true)),
      'POST /api/v1/auth/invitations/accept': () =>
        problemResponse(
          buildProblem({
            status: 400,
            code: 'wrong_password',
            detail: 'This is not the password of your account.',
            errors: [{ pointer: '/body/password', detail: 'Enter the current password of your account.' }],
          }),
        ),
    });
    const { user } = renderApp(`/accept-invitation#token=${TOKEN}`);
    expect(await screen.findByText(/You already have an account with jordan@example.org/)).toBeTruthy();
    expect(screen.queryByLabelText('Your name', { exact: false })).toBeNull();
    await user.type(screen.getByLabelText('Your current password'), 'my old password');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByText('Enter the current password of your account.')).toBeTruthy();
    const sent = calls.find((call) => call.path === '/api/v1/auth/invitations/accept');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({ token: TOKEN, password: 'my old password' });
  });

  it('explains a withdrawn invitation', async () => {
    stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/invitations/lookup': () =>
        problemResponse(
          buildProblem({ status: 400, code: 'link_revoked', detail: 'This link has been withdrawn.' }),
        ),
    });
    renderApp(`/accept-invitation#token=${TOKEN}`);
    expect((await screen.findByRole('alert')).textContent).toContain('This link has been withdrawn.');
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
  });
});
