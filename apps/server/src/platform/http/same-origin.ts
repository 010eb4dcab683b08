import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from './errors.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether the request comes from a page of another site: its Origin names another host than the one
 * asked (or is malformed). Requests without Origin (server-to-server clients, curl) are not browsers
 * acting for a user, so they are not foreign.
 */
export function isCrossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/** The refusal of a request from another site. */
export const crossOriginRefused = () =>
  forbidden('cross_origin_request', 'Requests from other sites are not accepted.');

/**
 * Browsers send Origin with every cross-site state-changing request. Refusing those whose Origin is
 * not this server stops cross-site request forgery at the door, on top of SameSite=Strict cookies.
 * (WebSocket upgrades are GET requests; the live route checks them with isCrossOrigin itself.)
 */
export function registerSameOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (UNSAFE_METHODS.has(request.method) && isCrossOrigin(request)) throw crossOriginRefused();
  });
}
