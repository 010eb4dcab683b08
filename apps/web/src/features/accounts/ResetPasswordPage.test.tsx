import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { buildPlatformInfo, buildProblem, jsonResponse, problemResponse } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const TOKEN = 'Zm9vYmFyYmF6cXV4LXJlc2V0LXRva2VuLTEyMzQ1Ng';
/** The text of what a field's aria-describedby points at (its description and error). */
const descriptionOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

const platform = () => jsonResponse(200, buildPlatformInfo());

describe('forgot-password page', () => {
  it('asks for a link and says where it went, without saying whether the account exists', async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/password-reset': () =>
        jsonResponse(202, { status: 'accepted', message: 'Check your e-mail.' }),
    });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('E-mail address'), 'kim@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(
      await screen.findByText(/If an account uses kim@example.org, we have sent it a link/),
    ).toBeTruthy();
    const sent = calls.find((call) => call.path === '/api/v1/auth/password-reset');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({ email: 'kim@example.org' });
  });

  it('shows a rate limit as the server explains it', async () => {
    stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/password-reset': () =>
        problemResponse(
          buildProblem({ status: 429, code: 'too_many_requests', detail: 'Too many e-mails.' }),
        ),
    });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('E-mail address'), 'kim@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many e-mails.');
  });
});

describe('reset-password page', () => {
  it('sends the token from the link with the new password, then offers to sign in', async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/password-reset/complete': () => jsonResponse(200, { email: 'kim@example.org' }),
    });
    const { user } = renderApp(`/reset-password#token=${TOKEN}`);
    await user.type(
      await screen.findByLabelText('Choose a password', { exact: false }),
      'velvet otters juggle 9 lemons',
    );
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(await screen.findByText(/Sign in as kim@example.org with your new password/)).toBeTruthy();
    const signIn = screen.getByRole('link', { name: 'Sign in' });
    expect(signIn.getAttribute('href')).toBe('/sign-in');
    await waitFor(() => expect(document.activeElement).toBe(signIn));
    const sent = calls.find((call) => call.path === '/api/v1/auth/password-reset/complete');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({
      token: TOKEN,
      password: 'velvet otters juggle 9 lemons',
    });
  });

  it('shows a weak password at the field and lets the user try another', async () => {
    let attempts = 0;
    stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/password-reset/complete': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(
              buildProblem({
                status: 400,
                code: 'weak_password',
                detail: 'Choose a stronger password.',
                errors: [
                  { pointer: '/body/password', detail: 'Repeated characters like "aaa" are easy to guess.' },
                ],
              }),
            )
          : jsonResponse(200, { email: 'kim@example.org' });
      },
    });
    const { user } = renderApp(`/reset-password#token=${TOKEN}`);
    const field = await screen.findByLabelText('Choose a password', { exact: false });
    await user.type(field, 'aaaaaaaaaaaaaaaa');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('Repeated characters like "aaa" are easy to guess.')).toBeTruthy();
    expect(descriptionOf(field)).toContain('Repeated characters like "aaa" are easy to guess.');

    await user.clear(field);
    await user.type(field, 'velvet otters juggle 9 lemons');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your password has been changed' }),
    ).toBeTruthy();
  });

  it('explains an expired link and points to a new one', async () => {
    stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/password-reset/complete': () =>
        problemResponse(
          buildProblem({
            status: 400,
            code: 'link_expired',
            detail: 'This link has expired. Ask for a new link.',
          }),
        ),
    });
    const { user } = renderApp(`/reset-password#token=${TOKEN}`);
    await user.type(
      await screen.findByLabelText('Choose a password', { exact: false }),
      'velvet otters juggle 9 lemons',
    );
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This link has expired.');
    expect(screen.queryByLabelText('Choose a password', { exact: false })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('says so when the link came without its token', async () => {
    const { calls } = stubApi({ 'GET /api/v1/platform': platform });
    renderApp('/reset-password');
    expect(await screen.findByText('This link is incomplete')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
