import {
  ChangeRolesRequest,
  Member,
  MemberList,
  MemberParams,
  OrganisationIdParams,
  Problem,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AccessRule } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { RequestOrigin } from '../audit/index.ts';
import type { MembersService } from './members.service.ts';

const originOf = (request: FastifyRequest): RequestOrigin => ({
  sourceIp: request.ip,
  requestId: request.id,
});

const tags = ['admin'];
const MANAGE: AccessRule = {
  kind: 'organisation',
  action: 'organisation.manage-members',
  organisationIdParam: 'organisationId',
};

/** An organisation's members for its administrators: list, roles, disable and re-enable. */
export function membersRoutes(deps: { members: MembersService }): FastifyPluginAsyncZod {
  const { members } = deps;
  return async (app) => {
    app.get(
      '/api/v1/organisations/:organisationId/members',
      {
        config: { access: MANAGE },
        schema: {
          tags,
          summary: "The organisation's members, their roles here and whether their account is active",
          params: OrganisationIdParams,
          response: { 200: MemberList, 401: Problem, 403: Problem },
        },
      },
      async (request) => ({ members: await members.list(actorOf(request), request.params.organisationId) }),
    );

    app.put(
      '/api/v1/organisations/:organisationId/members/:userId/roles',
      {
        config: { access: MANAGE },
        schema: {
          tags,
          summary: "Set a member's roles in the organisation",
          description:
            'platform_admin cannot be given (or taken) here; you cannot remove your own org_admin role; only a platform administrator changes a platform administrator.',
          params: MemberParams,
          body: ChangeRolesRequest,
          response: { 200: Member, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request) =>
        members.changeRoles(
          actorOf(request),
          request.params.organisationId,
          request.params.userId,
          request.body.roles,
          originOf(request),
        ),
    );

    app.post(
      '/api/v1/organisations/:organisationId/members/:userId/disable',
      {
        config: { access: MANAGE },
        schema: {
          tags,
          summary: "Disable a member's account and end all its sessions (not your own)",
          params: MemberParams,
          response: { 200: Member, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request) =>
        members.disable(
          actorOf(request),
          request.params.organisationId,
          request.params.userId,
          originOf(request),
        ),
    );

    app.post(
      '/api/v1/organisations/:organisationId/members/:userId/enable',
      {
        config: { access: MANAGE },
        schema: {
          tags,
          summary: "Enable a member's disabled account again",
          params: MemberParams,
          response: { 200: Member, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) =>
        members.enable(
          actorOf(request),
          request.params.organisationId,
          request.params.userId,
          originOf(request),
        ),
    );
  };
}
