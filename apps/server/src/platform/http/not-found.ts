import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HTTPMethod } from 'find-my-way';
import FindMyWay from 'find-my-way';
import { sendProblem } from './problem.ts';

const noop = () => {};

/** Gets the first look at a request no route matched (the web app's client-side routes); undefined passes. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;

/**
 * Unknown paths get 404, known paths with the wrong method get 405 with an Allow header. Fastify itself
 * answers 404 for both, so every registered route is mirrored into a router that only answers
 * "which methods does this path have?".
 */
export function registerNotFound(app: FastifyInstance, fallback?: NotFoundFallback): void {
  const known = FindMyWay({ ignoreTrailingSlash: true });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods.map((m) => m.toUpperCase()) as HTTPMethod[]) {
      if (method === 'HEAD' || known.hasRoute(method, route.url)) continue;
      known.on(method, route.url, noop);
    }
  });

  const allowedMethods = (url: string): string[] => {
    const path = url.split('?')[0] ?? url;
    return (['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const).filter(
      (m) => known.find(m, path) !== null,
    );
  };

  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(request.url);
    if (allowed.length > 0) {
      if (allowed.includes('GET')) allowed.push('HEAD');
      reply.header('allow', allowed.join(', '));
      return sendProblem(request, reply, {
        status: 405,
        code: 'method_not_allowed',
        detail: `${request.method} is not allowed here; use ${allowed.join(', ')}.`,
      });
    }
    const handled = fallback?.(request, reply);
    if (handled) return handled;
    return sendProblem(request, reply, {
      status: 404,
      code: 'not_found',
      detail: 'There is nothing at this address.',
    });
  });
}
