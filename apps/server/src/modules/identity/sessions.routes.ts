import { EndedCount, Problem, SessionIdParams, SessionList } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { originOf } from './identity.routes.ts';
import type { SessionManagementService } from './session-management.service.ts';

const MemberParams = z.object({ organisationId: z.uuid(), userId: z.uuid() });

/** "Your sessions" for every user, and ending a user's sessions for their administrators. */
export function sessionsRoutes(deps: { sessions: SessionManagementService }): FastifyPluginAsyncZod {
  const { sessions } = deps;
  return async (app) => {
    app.get(
      '/api/v1/sessions',
      {
        config: { access: SELF },
        schema: {
          tags: ['identity'],
          summary: 'Your open sign-in sessions, newest first',
          response: { 200: SessionList, 401: Problem },
        },
      },
      async (request) => ({ sessions: await sessions.list(actorOf(request)) }),
    );

    app.delete(
      '/api/v1/sessions/:sessionId',
      {
        config: { access: SELF },
        schema: {
          tags: ['identity'],
          summary: 'End one of your sessions',
          params: SessionIdParams,
          response: { 204: z.null(), 401: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        await sessions.end(actorOf(request), request.params.sessionId, originOf(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/sessions/end-others',
      {
        config: { access: SELF },
        schema: {
          tags: ['identity'],
          summary: 'End all your sessions except this one',
          response: { 200: EndedCount, 401: Problem },
        },
      },
      async (request) => ({ ended: await sessions.endOthers(actorOf(request), originOf(request)) }),
    );

    app.post(
      '/api/v1/organisations/:organisationId/members/:userId/sessions/end',
      {
        config: {
          access: {
            kind: 'organisation',
            action: 'organisation.manage-members',
            organisationIdParam: 'organisationId',
          },
        },
        schema: {
          tags: ['admin'],
          summary: "End all of a member's sessions (the organisation's administrators)",
          params: MemberParams,
          response: { 200: EndedCount, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => ({
        ended: await sessions.endAllOfMember(
          actorOf(request),
          request.params.organisationId,
          request.params.userId,
          originOf(request),
        ),
      }),
    );
  };
}
