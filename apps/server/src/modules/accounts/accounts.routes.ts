import {
  PasswordResetCompletion,
  PasswordResetRequest,
  PasswordResetResult,
  Problem,
  RequestAccepted,
  SignUpRequest,
  VerifyEmailRequest,
  VerifyEmailResult,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/auth/access-rule.ts';
import type { RequestOrigin } from '../audit/index.ts';
import type { PasswordResetService } from './password-reset.service.ts';
import type { RegistrationService } from './registration.service.ts';

export const originOf = (request: FastifyRequest): RequestOrigin => ({
  sourceIp: request.ip,
  requestId: request.id,
});

/** Sign-up with e-mail verification and password reset: public, answered the same for any address. */
export function accountRoutes(deps: {
  registration: RegistrationService;
  passwordReset: PasswordResetService;
}): FastifyPluginAsyncZod {
  const { registration, passwordReset } = deps;
  return async (app) => {
    app.post(
      '/api/v1/auth/sign-up',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['accounts'],
          summary: 'Register as a patient: e-mails a verification link (24 hours)',
          description:
            'Always 202 with the same body, whether or not the address has an account (its owner is then told by e-mail instead). 400 weak_password with a field error on `password` when it is too easy to guess; 429 when too many requests came from this network or for this address.',
          body: SignUpRequest,
          response: { 202: RequestAccepted, 400: Problem, 429: Problem, 503: Problem },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await registration.signUp(request.body, originOf(request))),
    );

    app.post(
      '/api/v1/auth/verify-email',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['accounts'],
          summary: 'Create the account of a sign-up from its e-mailed link (single use)',
          description:
            'The token comes from the link’s fragment (`#token=…`). 400 link_unknown, link_used or link_expired when it cannot be used.',
          body: VerifyEmailRequest,
          response: { 200: VerifyEmailResult, 400: Problem, 503: Problem },
        },
      },
      async (request) => registration.verifyEmail(request.body.token, originOf(request)),
    );

    app.post(
      '/api/v1/auth/password-reset',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['accounts'],
          summary: 'Ask for a password-reset link by e-mail (30 minutes, single use)',
          description: 'Always 202 with the same body, whether or not the address has an account.',
          body: PasswordResetRequest,
          response: { 202: RequestAccepted, 400: Problem, 429: Problem },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await passwordReset.request(request.body.email, originOf(request))),
    );

    app.post(
      '/api/v1/auth/password-reset/complete',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['accounts'],
          summary: 'Set a new password from a reset link; signs the account out everywhere',
          description:
            'The second factor stays as it is and is needed at the next sign-in. 400 weak_password (field error on `password`), or link_unknown / link_used / link_expired.',
          body: PasswordResetCompletion,
          response: { 200: PasswordResetResult, 400: Problem },
        },
      },
      async (request) => passwordReset.complete(request.body, originOf(request)),
    );
  };
}
