import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { buildPlatformInfo, buildProblem, jsonResponse, problemResponse } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const TOKEN = 'dmVyaWZpY2F0aW9uLXRva2VuLWZyb20tdGhlLW1haWw';
const platform = () => jsonResponse(200, buildPlatformInfo());

describe('verify-email page', () => {
  it('confirms the address from the link once, then offers to sign in', async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/verify-email': () => jsonResponse(200, { email: 'robin@example.org' }),
    });
    renderApp(`/verify-email#token=${TOKEN}`);
    expect(await screen.findByText(/Your address robin@example.org is confirmed/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    const posts = calls.filter((call) => call.path === '/api/v1/auth/verify-email');
    expect(posts).toHaveLength(1);
    expect(JSON.parse(String(posts[0]?.init?.body))).toEqual({ token: TOKEN });
  });

  it('explains a used link and offers to sign up again', async () => {
    stubApi({
      'GET /api/v1/platform': platform,
      'POST /api/v1/auth/verify-email': () =>
        problemResponse(
          buildProblem({
            status: 400,
            code: 'link_used',
            detail: 'This link has already been used. Sign up again.',
          }),
        ),
    });
    renderApp(`/verify-email#token=${TOKEN}`);
    expect((await screen.findByRole('alert')).textContent).toContain('This link has already been used.');
    expect(screen.getByRole('link', { name: 'Sign up again' }).getAttribute('href')).toBe('/sign-up');
  });

  it('does not call the server without a token', async () => {
    const { calls } = stubApi({ 'GET /api/v1/platform': platform });
    renderApp('/verify-email#something=else');
    expect(await screen.findByText('This link is incomplete')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
