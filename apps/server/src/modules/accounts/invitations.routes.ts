import {
  Invitation,
  InvitationAcceptance,
  InvitationAccepted,
  InvitationIdParams,
  InvitationList,
  InvitationLookup,
  InvitationLookupRequest,
  InvitationRequest,
  InvitationsParams,
  Problem,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessRule, PUBLIC } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { originOf } from './accounts.routes.ts';
import type { InvitationsService } from './invitations.service.ts';

const MANAGE_MEMBERS: AccessRule = {
  kind: 'organisation',
  action: 'organisation.manage-members',
  organisationIdParam: 'organisationId',
};

/** Inviting people to an organisation (its administrators) and accepting (the invitee, by link). */
export function invitationRoutes(deps: { invitations: InvitationsService }): FastifyPluginAsyncZod {
  const { invitations } = deps;
  return async (app) => {
    app.post(
      '/api/v1/organisations/:organisationId/invitations',
      {
        config: { access: MANAGE_MEMBERS },
        schema: {
          tags: ['admin'],
          summary: 'Invite someone to the organisation with a role (e-mails a link valid 7 days)',
          description:
            'Any role but platform_admin. A new invitation to the same address replaces an open one. 409 already_member when the person already holds the role here.',
          params: InvitationsParams,
          body: InvitationRequest,
          response: { 201: Invitation, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await invitations.invite(
              actorOf(request),
              request.params.organisationId,
              request.body,
              originOf(request),
            ),
          ),
    );

    app.get(
      '/api/v1/organisations/:organisationId/invitations',
      {
        config: { access: MANAGE_MEMBERS },
        schema: {
          tags: ['admin'],
          summary: "The organisation's invitations, newest first",
          params: InvitationsParams,
          response: { 200: InvitationList, 401: Problem, 403: Problem },
        },
      },
      async (request) => ({
        invitations: await invitations.list(actorOf(request), request.params.organisationId),
      }),
    );

    app.delete(
      '/api/v1/organisations/:organisationId/invitations/:invitationId',
      {
        config: { access: MANAGE_MEMBERS },
        schema: {
          tags: ['admin'],
          summary: 'Withdraw an invitation that has not been accepted',
          params: InvitationIdParams,
          response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request, reply) => {
        await invitations.revoke(
          actorOf(request),
          request.params.organisationId,
          request.params.invitationId,
          originOf(request),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/invitations/lookup',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['accounts'],
          summary: 'What an invitation link is for: organisation, role, address, whether it has an account',
          body: InvitationLookupRequest,
          response: { 200: InvitationLookup, 400: Problem },
        },
      },
      async (request) => invitations.lookup(request.body.token),
    );

    app.post(
      '/api/v1/auth/invitations/accept',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['accounts'],
          summary: 'Accept an invitation: create the account, or join with an existing account’s password',
          description:
            'New address: `password` is the new account’s (strength-checked: 400 weak_password). Existing account: `password` is its current password (400 wrong_password; after 5 the invitation is withdrawn).',
          body: InvitationAcceptance,
          response: { 200: InvitationAccepted, 400: Problem, 409: Problem },
        },
      },
      async (request) => invitations.accept(request.body, originOf(request)),
    );
  };
}
