import { Me, Problem, SessionState, SignInRequest } from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
        config: { isPublic: true },
        schema: {
          tags: ['identity'],
          summary: 'Sign in with e-mail and password; sets the session cookie',
          body: SignInRequest,
          response: { 200: Me, 400: Problem, 401: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const session = await service.signIn(request.body, originOf(request), request.headers['user-agent']);
        setSessionCookie(reply, session.token, session.expiresAt, cookie);
        return service.profile(session.userId);
      },
    );

    app.post(
      '/api/v1/auth/sign-out',
      {
        config: { isPublic: true },
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
        config: { isPublic: true },
        schema: {
          tags: ['identity'],
          summary: 'Who is signed in on this browser, if anyone (never 401)',
          response: { 200: SessionState },
        },
      },
      async (request) => {
        const token = readSessionToken(request, cookie);
        const actor = token ? await service.authenticate(token) : undefined;
        return { me: actor ? service.me(actor) : null };
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
      },
      async (request) => service.me(actorOf(request)),
    );
  };
}
