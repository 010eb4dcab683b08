import { Me, Problem, SessionState, SignInRequest, SignInResult } from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import {
  clearSessionCookie,
  readSessionToken,
  type SessionCookieOptions,
  setSessionCookie,
} from '../../platform/auth/session-cookie.ts';
import type { RequestOrigin } from '../audit/index.ts';
import type { IdentityService } from './identity.service.ts';

export const originOf = (request: FastifyRequest): RequestOrigin => ({
  sourceIp: request.ip,
  requestId: request.id,
});

export function identityRoutes(deps: {
  service: IdentityService;
  cookie: SessionCookieOptions;
}): FastifyPluginAsyncZod {
  const { service, cookie } = deps;
  return async (app) => {
    app.post(
      '/api/v1/auth/sign-in',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['identity'],
          summary: 'Sign in with e-mail and password: the first of two steps',
          description:
            'A right password sets a half-way session cookie (10 minutes) and answers what is still due: a second factor (POST /api/v1/auth/second-factor/…) or, for an account without one, setting up an authenticator app (POST /api/v1/account/totp/setup and …/confirm).',
          body: SignInRequest,
          response: { 200: SignInResult, 400: Problem, 401: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const session = await service.signIn(request.body, originOf(request), request.headers['user-agent']);
        setSessionCookie(reply, session.token, session.expiresAt, cookie);
        return session.pending;
      },
    );

    app.post(
      '/api/v1/auth/sign-out',
      {
        config: { access: PUBLIC },
        schema: { tags: ['identity'], summary: 'End this session', response: { 204: z.null() } },
      },
      async (request, reply) => {
        const token = readSessionToken(request, cookie);
        if (token) await service.signOut(token, originOf(request));
        clearSessionCookie(reply, cookie);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/session',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['identity'],
          summary: 'Who is signed in on this browser, if anyone, or how far a sign-in has got (never 401)',
          response: { 200: SessionState },
        },
      },
      async (request) => {
        const token = readSessionToken(request, cookie);
        const authentication = token ? await service.authenticate(token) : undefined;
        if (!authentication) return { me: null, pending: null };
        if (authentication.stage === 'pending') {
          return { me: null, pending: await service.pendingStep(authentication.pending) };
        }
        return { me: service.me(authentication.actor), pending: null };
      },
    );

    app.get(
      '/api/v1/me',
      {
        schema: {
          tags: ['identity'],
          summary: 'The signed-in user and their roles in each organisation',
          security: [{ session: [] }],
          response: { 200: Me, 401: Problem },
        },
        config: { access: SELF },
      },
      async (request) => service.me(actorOf(request)),
    );
  };
}
