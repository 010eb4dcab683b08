import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { secretsEqual } from './tokens.ts';

/**
 * CSRF protection beyond SameSite=Strict and the Origin check: every state-changing request made with
 * the session cookie must also carry `x-csrf-token`, which only a page of this origin can read (from a
 * cookie that is not HttpOnly). The token is derived from the session token, so it needs no storage,
 * changes whenever the session token does, and reveals nothing about the session token itself.
 */
export const CSRF_HEADER = 'x-csrf-token';

export const csrfCookieName = (options: { isSecure: boolean }) =>
  options.isSecure ? '__Host-nexus_csrf' : 'nexus_csrf';

export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`nexus-csrf\0${sessionToken}`).digest('base64url');
}

export function setCsrfCookie(
  reply: FastifyReply,
  sessionToken: string,
  expiresAt: Date,
  options: { isSecure: boolean },
) {
  reply.setCookie(csrfCookieName(options), csrfTokenFor(sessionToken), {
    httpOnly: false,
    secure: options.isSecure,
    sameSite: 'strict',
    path: '/',
    expires: expiresAt,
  });
}

export function clearCsrfCookie(reply: FastifyReply, options: { isSecure: boolean }) {
  reply.clearCookie(csrfCookieName(options), { secure: options.isSecure, sameSite: 'strict', path: '/' });
}

export function hasValidCsrfToken(request: FastifyRequest, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  return typeof sent === 'string' && sent.length <= 128 && secretsEqual(sent, csrfTokenFor(sessionToken));
}
