import { NotificationList, NotificationParams, Problem } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { NotificationInbox } from './notification-inbox.service.ts';

const tags = ['Notifications'];

/** The signed-in user's notifications (the bell): the list and marking one read. */
export function notificationsRoutes(deps: { inbox: NotificationInbox }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/notifications',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Your notifications, newest first',
          response: { 200: NotificationList, 401: Problem },
        },
      },
      async (request) => deps.inbox.list(actorOf(request)),
    );
    app.post(
      '/api/v1/notifications/:notificationId/read',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Mark a notification read',
          params: NotificationParams,
          response: { 204: z.null(), 400: Problem, 401: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        await deps.inbox.markRead(actorOf(request), request.params.notificationId);
        return reply.status(204).send(null);
      },
    );
  };
}
