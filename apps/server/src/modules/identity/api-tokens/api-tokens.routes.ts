import {
  ApiTokenIdParams,
  ApiTokenList,
  CreateApiTokenRequest,
  CreatedApiToken,
  Problem,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELF } from '../../../platform/auth/access-rule.ts';
import { actorOf } from '../../../platform/auth/authentication.ts';
import { originOf } from '../identity.routes.ts';
import type { ApiTokenService } from './api-tokens.service.ts';

const tags = ['account security'];

export function apiTokenRoutes(deps: { tokens: ApiTokenService }): FastifyPluginAsyncZod {
  const { tokens } = deps;
  return async (app) => {
    app.get(
      '/api/v1/account/api-tokens',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Your personal API tokens (live ones)',
          response: { 200: ApiTokenList, 401: Problem },
        },
      },
      async (request) => ({ tokens: await tokens.list(actorOf(request)) }),
    );

    app.post(
      '/api/v1/account/api-tokens',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Create a personal API token (shown once)',
          description:
            'Send it as `Authorization: Bearer nxp_…`. Scope read allows GET, write the other methods; tokens act with your roles and cannot manage sessions, factors or tokens.',
          body: CreateApiTokenRequest,
          response: { 201: CreatedApiToken, 400: Problem, 401: Problem },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await tokens.create(actorOf(request), request.body, originOf(request))),
    );

    app.delete(
      '/api/v1/account/api-tokens/:tokenId',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Revoke a personal API token',
          params: ApiTokenIdParams,
          response: { 204: z.null(), 401: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        await tokens.revoke(actorOf(request), request.params.tokenId, originOf(request));
        return reply.status(204).send(null);
      },
    );
  };
}
