import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unauthorized } from '../http/errors.ts';
import type { Actor } from './actor.ts';
import { readSessionToken, type SessionCookieOptions } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in itself, health, docs). Everything else requires a session. */
    isPublic?: boolean;
  }
}

const PROTECTED_PREFIXES = ['/api/', '/fhir/'];

/**
 * Secure by default: every route under /api and /fhir needs a live session unless it is declared
 * public in its config. The actor is resolved once per request and attached to it.
 */
export async function registerAuthentication(
  app: FastifyInstance,
  options: { cookie: SessionCookieOptions; authenticate: (token: string) => Promise<Actor | undefined> },
): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (!url || request.routeOptions.config.isPublic) return;
    if (!PROTECTED_PREFIXES.some((prefix) => url.startsWith(prefix))) return;
    const token = readSessionToken(request, options.cookie);
    const actor = token ? await options.authenticate(token) : undefined;
    if (!actor) throw unauthorized('not_signed_in', 'Sign in to continue.');
    request.actor = actor;
  });
}

/** The request's actor; only call from routes behind authentication (all non-public /api routes). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('not_signed_in', 'Sign in to continue.');
  return request.actor;
}
