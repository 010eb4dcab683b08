import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { buildPlatformInfo, buildProblem, jsonResponse, problemResponse } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const ACCEPTED = { status: 'accepted', message: 'Check your e-mail.' };

/** The text of what a field's aria-describedby points at (its description and error). */
const descriptionOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

const platform = (isDemo: boolean) => () => jsonResponse(200, buildPlatformInfo({ isDemo }));

async function fillIn(
  user: ReturnType<typeof renderApp>['user'],
  values: { email?: string; name?: string; password?: string },
) {
  if (values.email) await user.type(await screen.findByLabelText('E-mail address'), values.email);
  if (values.name) await user.type(screen.getByLabelText('Your name', { exact: false }), values.name);
  if (values.password)
    await user.type(screen.getByLabelText('Choose a password', { exact: false }), values.password);
}

describe('sign-up page', () => {
  it('checks the fields before asking the server', async () => {
    const { calls } = stubApi({ 'GET /api/v1/platform': platform(false) });
    const { user } = renderApp('/sign-up');
    await fillIn(user, { email: 'not-an-address', password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Enter an e-mail address in the form name@example.org.')).toBeTruthy();
    expect(screen.getByText('Enter your name.')).toBeTruthy();
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail address'));
    expect(calls.some((call) => call.path === '/api/v1/auth/sign-up')).toBe(false);
  });

  it("shows the server's verdict on a weak password at the password field", async () => {
    stubApi({
      'GET /api/v1/platform': platform(false),
      'POST /api/v1/auth/sign-up': () =>
        problemResponse(
          buildProblem({
            status: 400,
            code: 'weak_password',
            detail: 'Choose a stronger password.',
            errors: [{ pointer: '/body/password', detail: 'This is similar to a commonly used password.' }],
          }),
        ),
    });
    const { user } = renderApp('/sign-up');
    await fillIn(user, { email: 'robin@example.org', name: 'Robin Patel', password: 'password1234' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('This is similar to a commonly used password.')).toBeTruthy();
    const password = screen.getByLabelText('Choose a password', { exact: false });
    expect(descriptionOf(password)).toContain('This is similar to a commonly used password.');
    expect(document.activeElement).toBe(password);
    expect(screen.getByRole('alert').textContent).toContain('Choose a stronger password.');
  });

  it('sends the form and then asks to check the e-mail; a demo links to its mailbox', async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': platform(true),
      'POST /api/v1/auth/sign-up': () => jsonResponse(202, ACCEPTED),
    });
    const { user } = renderApp('/sign-up');
    await fillIn(user, {
      email: ' robin@example.org ',
      name: 'Robin Patel',
      password: 'glacier-tulip-orbit-47',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeTruthy();
    expect(screen.getByText(/We have sent a message to robin@example.org/)).toBeTruthy();
    const sent = calls.find((call) => call.path === '/api/v1/auth/sign-up');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({
      email: 'robin@example.org',
      displayName: 'Robin Patel',
      password: 'glacier-tulip-orbit-47',
    });
    const mailbox = screen.getByRole('link', { name: 'Open the demo mailbox' });
    expect(mailbox.getAttribute('href')).toBe('/demo-outbox?to=robin%40example.org');

    await user.click(screen.getByRole('button', { name: 'Use another address' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Create an account' })).toBeTruthy();
  });

  it('has no demo mailbox on a real installation', async () => {
    stubApi({
      'GET /api/v1/platform': platform(false),
      'POST /api/v1/auth/sign-up': () => jsonResponse(202, ACCEPTED),
    });
    const { user } = renderApp('/sign-up');
    await fillIn(user, {
      email: 'robin@example.org',
      name: 'Robin Patel',
      password: 'glacier-tulip-orbit-47',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' });
    expect(screen.queryByRole('link', { name: 'Open the demo mailbox' })).toBeNull();
  });

  it('links to sign-in for people who have an account', async () => {
    stubApi({ 'GET /api/v1/platform': platform(false) });
    renderApp('/sign-up');
    const main = await screen.findByRole('main');
    expect(within(main).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
  });
});
