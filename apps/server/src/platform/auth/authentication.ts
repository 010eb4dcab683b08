import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../http/errors.ts';
import { type AccessRule, isProtectedPath } from './access-rule.ts';
import type { Actor, Authentication, PendingSignIn } from './actor.ts';
import { hasValidCsrfToken } from './csrf.ts';
import { readSessionToken, type SessionCookieOptions } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The fully signed-in caller; set on every non-public /api and /fhir route. */
    actor: Actor | null;
    /** A sign-in half-way through (second factor or enrolment due); only on `sign-in-step` routes. */
    pendingSignIn: PendingSignIn | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route (see access-rule.ts); required on every /api and /fhir route. */
    access?: AccessRule;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Account security stays with the person at the browser: tokens cannot manage sessions, factors or tokens. */
const BROWSER_ONLY_PREFIXES = ['/api/v1/account', '/api/v1/sessions', '/api/v1/auth/'];
const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

export type AuthenticationOptions = {
  cookie: SessionCookieOptions;
  /** The session behind a cookie token, finished or half-way, or undefined if it is not live. */
  authenticate: (token: string) => Promise<Authentication | undefined>;
  /** The actor behind a personal API token, or undefined if it is unknown, expired or revoked. */
  authenticateApiToken: (token: string) => Promise<Actor | undefined>;
};

/**
 * Secure by default: every route under /api and /fhir needs a finished sign-in (password and second
 * factor) unless its access rule says otherwise; a half-way sign-in reaches only `sign-in-step` routes.
 * Cookie sessions must send the CSRF header with every state-changing request; API tokens (Bearer) need
 * the scope for the method and cannot reach account-security routes.
 */
export async function registerAuthentication(
  app: FastifyInstance,
  options: AuthenticationOptions,
): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('pendingSignIn', null);
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (!url || !isProtectedPath(url)) return;
    const rule = request.routeOptions.config.access;
    if (rule?.kind === 'public') return;

    const bearer = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (request.headers.authorization !== undefined) {
      if (!bearer) throw unauthorized('invalid_api_token', 'The API token is missing or malformed.');
      if (rule?.kind === 'sign-in-step' || BROWSER_ONLY_PREFIXES.some((prefix) => url.startsWith(prefix))) {
        throw forbidden('api_token_not_allowed', 'API tokens cannot be used for this; sign in in a browser.');
      }
      const actor = await options.authenticateApiToken(bearer);
      if (actor?.credential.kind !== 'api_token') {
        throw unauthorized('invalid_api_token', 'This API token is not valid (unknown, expired or revoked).');
      }
      const needed = SAFE_METHODS.has(request.method) ? 'read' : 'write';
      if (!actor.credential.scopes.includes(needed)) {
        throw forbidden('insufficient_scope', `This API token does not have the "${needed}" scope.`);
      }
      request.actor = actor;
      return;
    }

    const token = readSessionToken(request, options.cookie);
    const authentication = token ? await options.authenticate(token) : undefined;
    if (!token || !authentication) throw unauthorized('not_signed_in', 'Sign in to continue.');
    if (!SAFE_METHODS.has(request.method) && !hasValidCsrfToken(request, token)) {
      throw forbidden(
        'csrf_token_invalid',
        'This request is missing its CSRF token. Reload the page and try again.',
      );
    }
    if (authentication.stage === 'pending') {
      if (rule?.kind !== 'sign-in-step') {
        throw unauthorized('sign_in_incomplete', 'Finish signing in with your second factor to continue.');
      }
      request.pendingSignIn = authentication.pending;
      return;
    }
    request.actor = authentication.actor;
  });
}

/** The request's actor; only call from routes that need a finished sign-in. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('not_signed_in', 'Sign in to continue.');
  return request.actor;
}

/** The half-way sign-in of a `sign-in-step` route, or a 401 when there is none. */
export function pendingSignInOf(request: FastifyRequest): PendingSignIn {
  if (!request.pendingSignIn) throw unauthorized('not_signed_in', 'Sign in to continue.');
  return request.pendingSignIn;
}
