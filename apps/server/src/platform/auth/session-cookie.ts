import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearCsrfCookie, setCsrfCookie } from './csrf.ts';

export type SessionCookieOptions = { isSecure: boolean };

/** With Secure, the __Host- prefix pins the cookie to this exact origin: no Domain, Path=/, HTTPS only. */
export const sessionCookieName = (options: SessionCookieOptions) =>
  options.isSecure ? '__Host-nexus_session' : 'nexus_session';

export function readSessionToken(request: FastifyRequest, options: SessionCookieOptions): string | undefined {
  const value = request.cookies[sessionCookieName(options)];
  return value && value.length <= 128 ? value : undefined;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  options: SessionCookieOptions,
) {
  reply.setCookie(sessionCookieName(options), token, {
    httpOnly: true,
    secure: options.isSecure,
    sameSite: 'strict',
    path: '/',
    expires: expiresAt,
  });
  setCsrfCookie(reply, token, expiresAt, options);
}

export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions) {
  reply.clearCookie(sessionCookieName(options), {
    httpOnly: true,
    secure: options.isSecure,
    sameSite: 'strict',
    path: '/',
  });
  clearCsrfCookie(reply, options);
}
