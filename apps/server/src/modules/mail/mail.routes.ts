import { DemoOutbox, DemoOutboxQuery, OutboxPage, OutboxQuery, Problem } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { OutboxReader } from './mail.service.ts';

export function mailRoutes(deps: { reader: OutboxReader; isDemo: boolean }): FastifyPluginAsyncZod {
  const { reader } = deps;
  return async (app) => {
    app.get(
      '/api/v1/admin/outbox',
      {
        config: { access: { kind: 'platform', action: 'platform.read-outbox' } },
        schema: {
          tags: ['admin'],
          summary:
            "The platform's outgoing e-mail, newest first (platform administrators; every read is audited)",
          querystring: OutboxQuery,
          response: { 200: OutboxPage, 400: Problem, 401: Problem, 403: Problem },
        },
      },
      async (request) =>
        reader.list(actorOf(request), request.query, { sourceIp: request.ip, requestId: request.id }),
    );

    // A demo installation holds no real people, so its mail may be read by anyone who knows the
    // address: a visitor signing up can open their verification link without a mailbox. Elsewhere the
    // route does not exist.
    if (!deps.isDemo) return;
    app.get(
      '/api/v1/demo/outbox',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['demo'],
          summary: 'Demo only: the last 24 hours of e-mail to one address (404 outside the demo)',
          querystring: DemoOutboxQuery,
          response: { 200: DemoOutbox, 400: Problem },
        },
      },
      async (request) => reader.demoInbox(request.query.to),
    );
  };
}
