import { Problem, PushSubscriptionEndpoint, PushSubscriptionRequest, VapidPublicKey } from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { PushSubscriptions } from './push-subscriptions.service.ts';

const tags = ['Notifications'];
const originOf = (request: FastifyRequest) => ({ sourceIp: request.ip, requestId: request.id });

/** Web push: the key browsers subscribe with, and this browser's subscription for the signed-in user. */
export function pushRoutes(deps: { subscriptions: PushSubscriptions }): FastifyPluginAsyncZod {
  const { subscriptions } = deps;
  return async (app) => {
    app.get(
      '/api/v1/push/vapid-public-key',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: "The platform's VAPID public key, for PushManager.subscribe({ applicationServerKey })",
          response: { 200: VapidPublicKey, 401: Problem },
        },
      },
      async () => subscriptions.publicKey(),
    );
    app.post(
      '/api/v1/push/subscriptions',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary:
            "Send your notifications to this browser too (the PushSubscription's JSON; https endpoints only)",
          body: PushSubscriptionRequest,
          response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem },
        },
      },
      async (request, reply) => {
        await subscriptions.subscribe(actorOf(request), request.body, originOf(request));
        return reply.status(204).send(null);
      },
    );
    app.delete(
      '/api/v1/push/subscriptions',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Stop sending your notifications to this browser (by its endpoint)',
          body: PushSubscriptionEndpoint,
          response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem },
        },
      },
      async (request, reply) => {
        await subscriptions.unsubscribe(actorOf(request), request.body.endpoint, originOf(request));
        return reply.status(204).send(null);
      },
    );
  };
}
