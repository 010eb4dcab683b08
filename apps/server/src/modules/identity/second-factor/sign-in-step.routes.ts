import {
  Me,
  PasskeyResponse,
  Problem,
  RecoveryCodeRequest,
  TotpCode,
  TotpConfirmed,
  TotpSetup,
  WebAuthnJson,
} from '@nexus/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SIGN_IN_STEP } from '../../../platform/auth/access-rule.ts';
import type { PendingSignIn } from '../../../platform/auth/actor.ts';
import { pendingSignInOf } from '../../../platform/auth/authentication.ts';
import {
  readSessionToken,
  type SessionCookieOptions,
  setSessionCookie,
} from '../../../platform/auth/session-cookie.ts';
import { forbidden, unauthorized } from '../../../platform/http/errors.ts';
import { originOf } from '../identity.routes.ts';
import type { IdentityService } from '../identity.service.ts';
import type { SecondFactorService } from './second-factor.service.ts';

const tags = ['sign-in'];
const WRONG_CODE = 'That code is not right. Check the time on your phone and try the current code.';

/**
 * The second half of signing in: prove a second factor (authenticator-app code, recovery code or
 * passkey), or — for an account without one — set up an authenticator app. Success rotates the session
 * token and sets the finished session's cookie.
 */
export function signInStepRoutes(deps: {
  identity: IdentityService;
  factors: SecondFactorService;
  cookie: SessionCookieOptions;
}): FastifyPluginAsyncZod {
  const { identity, factors, cookie } = deps;

  function awaitingSecondFactor(request: FastifyRequest): PendingSignIn {
    const pending = pendingSignInOf(request);
    if (pending.stage !== 'second_factor') {
      throw forbidden('enrolment_required', 'Set up an authenticator app to finish signing in.');
    }
    return pending;
  }

  async function finish(
    request: FastifyRequest,
    reply: FastifyReply,
    pending: PendingSignIn,
    method: Parameters<IdentityService['completeSignIn']>[2],
  ) {
    const oldToken = readSessionToken(request, cookie);
    if (!oldToken) throw unauthorized('not_signed_in', 'Sign in to continue.');
    const session = await identity.completeSignIn(pending, oldToken, method, originOf(request));
    setSessionCookie(reply, session.token, session.expiresAt, cookie);
    return identity.profile(session.userId);
  }

  return async (app) => {
    app.post(
      '/api/v1/auth/second-factor/totp',
      {
        config: { access: SIGN_IN_STEP },
        schema: {
          tags,
          summary: 'Finish signing in with a code from the authenticator app',
          body: TotpCode,
          response: { 200: Me, 400: Problem, 401: Problem, 403: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const pending = awaitingSecondFactor(request);
        const check = await factors.checkTotp(pending.userId, request.body.code);
        if (check !== 'ok') {
          await identity.secondFactorFailed(
            pending,
            'totp',
            check === 'used' ? 'code_used' : 'wrong_code',
            originOf(request),
          );
          if (check === 'used') {
            throw unauthorized(
              'totp_code_used',
              'That code has been used already. Wait for the next one and enter it.',
            );
          }
          throw unauthorized('invalid_second_factor', WRONG_CODE);
        }
        return finish(request, reply, pending, 'totp');
      },
    );

    app.post(
      '/api/v1/auth/second-factor/recovery-code',
      {
        config: { access: SIGN_IN_STEP },
        schema: {
          tags,
          summary: 'Finish signing in with a one-time recovery code',
          body: RecoveryCodeRequest,
          response: { 200: Me, 400: Problem, 401: Problem, 403: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const pending = awaitingSecondFactor(request);
        if (!(await factors.checkRecoveryCode(pending.userId, request.body.code))) {
          await identity.secondFactorFailed(pending, 'recovery_code', 'wrong_code', originOf(request));
          throw unauthorized(
            'invalid_second_factor',
            'That recovery code is not right, or it has been used already.',
          );
        }
        return finish(request, reply, pending, 'recovery_code');
      },
    );

    app.post(
      '/api/v1/auth/second-factor/passkey/options',
      {
        config: { access: SIGN_IN_STEP },
        schema: {
          tags,
          summary: 'A WebAuthn challenge for signing in with a passkey',
          response: { 200: WebAuthnJson, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => {
        const pending = awaitingSecondFactor(request);
        return factors.passkeyChallenge(pending.sessionId, pending.userId);
      },
    );

    app.post(
      '/api/v1/auth/second-factor/passkey',
      {
        config: { access: SIGN_IN_STEP },
        schema: {
          tags,
          summary: "Finish signing in with the passkey's answer to the challenge",
          body: PasskeyResponse,
          response: { 200: Me, 400: Problem, 401: Problem, 403: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const pending = awaitingSecondFactor(request);
        if (!(await factors.checkPasskey(pending.sessionId, pending.userId, request.body.response))) {
          await identity.secondFactorFailed(pending, 'passkey', 'wrong_code', originOf(request));
          throw unauthorized('invalid_second_factor', 'The passkey could not be verified. Try again.');
        }
        return finish(request, reply, pending, 'passkey');
      },
    );

    app.post(
      '/api/v1/account/totp/setup',
      {
        config: { access: SIGN_IN_STEP },
        schema: {
          tags: ['account security'],
          summary: 'Start setting up an authenticator app: a new secret and its QR code',
          description:
            'While enrolling (a new account signing in) or when signed in. Replacing an app already set up needs a recent second factor (step-up).',
          response: { 200: TotpSetup, 401: Problem, 403: Problem },
        },
      },
      async (request) => {
        if (request.actor) return factors.setupTotp(request.actor, request.actor);
        const pending = pendingSignInOf(request);
        if (pending.stage !== 'enrolment')
          throw forbidden('second_factor_required', 'Finish signing in first.');
        return factors.setupTotp(pending, null);
      },
    );

    app.post(
      '/api/v1/account/totp/confirm',
      {
        config: { access: SIGN_IN_STEP },
        schema: {
          tags: ['account security'],
          summary: 'Confirm the authenticator app with one of its codes',
          description:
            'Issues ten recovery codes when the account has none. While enrolling, this finishes signing in.',
          body: TotpCode,
          response: { 200: TotpConfirmed, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        if (request.actor) {
          const { recoveryCodes } = await factors.confirmTotp(
            request.actor.userId,
            request.body.code,
            originOf(request),
          );
          return { recoveryCodes, me: identity.me(request.actor) };
        }
        const pending = pendingSignInOf(request);
        if (pending.stage !== 'enrolment')
          throw forbidden('second_factor_required', 'Finish signing in first.');
        const { recoveryCodes } = await factors.confirmTotp(
          pending.userId,
          request.body.code,
          originOf(request),
        );
        const me = await finish(request, reply, pending, 'enrolment');
        return { recoveryCodes, me };
      },
    );
  };
}
