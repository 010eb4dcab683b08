import {
  PasskeyIdParams,
  PasskeyRegistration,
  PasskeyResponse,
  PasskeySummary,
  Problem,
  RecoveryCodes,
  SecurityOverview,
  StepUpRequest,
  StepUpResult,
  WebAuthnJson,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELF } from '../../../platform/auth/access-rule.ts';
import { actorOf } from '../../../platform/auth/authentication.ts';
import { originOf } from '../identity.routes.ts';
import type { SecondFactorService } from './second-factor.service.ts';

const tags = ['account security'];
const sensitive =
  'Needs a second factor proven on this session in the last 5 minutes (POST /api/v1/account/step-up); otherwise 403 step_up_required.';

/** The signed-in user's own second factors. */
export function accountSecurityRoutes(deps: { factors: SecondFactorService }): FastifyPluginAsyncZod {
  const { factors } = deps;
  return async (app) => {
    app.get(
      '/api/v1/account/security',
      {
        config: { access: SELF },
        schema: { tags, summary: 'Your second factors', response: { 200: SecurityOverview, 401: Problem } },
      },
      async (request) => factors.overview(actorOf(request)),
    );

    app.post(
      '/api/v1/account/step-up',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Prove a second factor again before a sensitive change',
          body: StepUpRequest,
          response: { 200: StepUpResult, 400: Problem, 401: Problem },
        },
      },
      async (request) => {
        const freshUntil = await factors.stepUp(actorOf(request), request.body, originOf(request));
        return { freshUntil: freshUntil.toISOString() };
      },
    );

    app.post(
      '/api/v1/account/step-up/passkey/options',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'A WebAuthn challenge for proving a second factor again with a passkey',
          response: { 200: WebAuthnJson, 401: Problem, 404: Problem },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return factors.passkeyChallenge(actor.sessionId, actor.userId);
      },
    );

    app.post(
      '/api/v1/account/step-up/passkey',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: "Prove a second factor again with the passkey's answer to the challenge",
          body: PasskeyResponse,
          response: { 200: StepUpResult, 400: Problem, 401: Problem },
        },
      },
      async (request) => {
        const freshUntil = await factors.stepUp(
          actorOf(request),
          { method: 'passkey', response: request.body.response },
          originOf(request),
        );
        return { freshUntil: freshUntil.toISOString() };
      },
    );

    app.post(
      '/api/v1/account/recovery-codes',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Replace your recovery codes with ten new ones (the old ones stop working)',
          description: sensitive,
          response: { 200: RecoveryCodes, 401: Problem, 403: Problem, 409: Problem },
        },
      },
      async (request) => ({
        recoveryCodes: await factors.regenerateRecoveryCodes(actorOf(request), originOf(request)),
      }),
    );

    app.delete(
      '/api/v1/account/totp',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Remove your authenticator app (a passkey must remain)',
          description: sensitive,
          response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request, reply) => {
        await factors.removeTotp(actorOf(request), originOf(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/account/passkeys/options',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'A WebAuthn challenge for registering a new passkey',
          response: { 200: WebAuthnJson, 401: Problem },
        },
      },
      async (request) => factors.passkeyRegistrationOptions(actorOf(request)),
    );

    app.post(
      '/api/v1/account/passkeys',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: "Register a passkey from the browser's answer to the challenge",
          body: PasskeyRegistration,
          response: { 201: PasskeySummary, 400: Problem, 401: Problem },
        },
      },
      async (request, reply) => {
        const passkey = await factors.registerPasskey(
          actorOf(request),
          request.body.name,
          request.body.response,
          originOf(request),
        );
        return reply.status(201).send(passkey);
      },
    );

    app.delete(
      '/api/v1/account/passkeys/:passkeyId',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Remove a passkey (another second factor must remain)',
          description: sensitive,
          params: PasskeyIdParams,
          response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request, reply) => {
        await factors.removePasskey(actorOf(request), request.params.passkeyId, originOf(request));
        return reply.status(204).send(null);
      },
    );
  };
}
