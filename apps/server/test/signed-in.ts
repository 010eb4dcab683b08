import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { totpCodeAt, totpStepAt } from '../src/modules/identity/second-factor/totp.ts';
import { CSRF_HEADER } from '../src/platform/auth/csrf.ts';
import type { TestApp } from './test-app.ts';

export const SESSION_COOKIE = '__Host-nexus_session';
export const CSRF_COOKIE = '__Host-nexus_csrf';

/** A browser signed in as one user: every request carries the session cookie and the CSRF header. */
export type SignedInClient = {
  sessionCookie: string;
  csrfToken: string;
  request(options: {
    method: NonNullable<InjectOptions['method']>;
    url: string;
    payload?: InjectOptions['payload'];
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
};

type Credentials = { email: string; password: string; totpSecret: string };

/** The last TOTP step used per secret, so that signing in twice never replays a code. */
const lastStep = new Map<string, number>();

/**
 * A code the server has not seen yet: the current step's, or the next one's (one step of skew is
 * allowed); if both were used, the fake clock moves on by a step.
 */
export function freshTotpCode(t: TestApp, secret: string): string {
  const current = totpStepAt(t.clock.now());
  let step = Math.max(current - 1, (lastStep.get(secret) ?? Number.NEGATIVE_INFINITY) + 1);
  if (step > current + 1) {
    t.clock.advance((step - current - 1) * 30_000);
    step = totpStepAt(t.clock.now()) + 1;
  }
  lastStep.set(secret, step);
  return totpCodeAt(secret, new Date(step * 30_000));
}

export const clientFor = (t: TestApp, sessionCookie: string, csrfToken: string): SignedInClient => ({
  sessionCookie,
  csrfToken,
  request: ({ method, url, payload, headers }) =>
    t.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload }),
      cookies: { [SESSION_COOKIE]: sessionCookie },
      headers: { [CSRF_HEADER]: csrfToken, ...headers },
    }),
});

function cookiesOf(response: LightMyRequestResponse): { session: string; csrf: string } {
  const session = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  const csrf = response.cookies.find((c) => c.name === CSRF_COOKIE)?.value;
  if (!session || !csrf)
    throw new Error(`no session cookies in a ${response.statusCode} response: ${response.body}`);
  return { session, csrf };
}

/** The password step; returns the half-way session. */
export async function signInWithPassword(
  t: TestApp,
  user: { email: string; password: string },
  options: { userAgent?: string; remoteAddress?: string } = {},
): Promise<SignedInClient & { response: LightMyRequestResponse }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: user.email, password: user.password },
    ...(options.userAgent ? { headers: { 'user-agent': options.userAgent } } : {}),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const { session, csrf } = cookiesOf(response);
  return { ...clientFor(t, session, csrf), response };
}

/** Signs in with password and a fresh authenticator-app code, as a browser would. */
export async function signedIn(
  t: TestApp,
  user: Credentials,
  options: { userAgent?: string; remoteAddress?: string } = {},
): Promise<SignedInClient> {
  const halfWay = await signInWithPassword(t, user, options);
  const response = await halfWay.request({
    method: 'POST',
    url: '/api/v1/auth/second-factor/totp',
    payload: { code: freshTotpCode(t, user.totpSecret) },
    ...(options.userAgent ? { headers: { 'user-agent': options.userAgent } } : {}),
  });
  if (response.statusCode !== 200)
    throw new Error(`second factor failed: ${response.statusCode} ${response.body}`);
  const { session, csrf } = cookiesOf(response);
  return clientFor(t, session, csrf);
}
