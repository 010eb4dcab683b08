import type { FastifyInstance } from 'fastify';
import { forbidden } from './errors.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Browsers send Origin with every cross-site state-changing request. Refusing those whose Origin is
 * not this server stops cross-site request forgery at the door, on top of SameSite=Strict cookies.
 * Requests without Origin (server-to-server clients, curl) are not browsers acting for a user.
 */
export function registerSameOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw forbidden('cross_origin_request', 'Requests from other sites are not accepted.');
    }
    if (originHost !== request.host) {
      throw forbidden('cross_origin_request', 'Requests from other sites are not accepted.');
    }
  });
}
