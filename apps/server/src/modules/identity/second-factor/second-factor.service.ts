import type {
  PasskeySummary,
  SecondFactorMethod,
  SecurityOverview,
  StepUpRequest,
  TotpSetup,
  WebAuthnJson,
} from '@nexus/contracts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { EnvelopeCipher } from '../../../platform/crypto/envelope.ts';
import { type Executor, withTransaction } from '../../../platform/db/database.ts';
import { AppError, conflict, forbidden, notFound, unauthorized } from '../../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../../audit/index.ts';
import type { IdentityRepo } from '../identity.repo.ts';
import type { PasskeyCeremony } from './passkey-ceremony.ts';
import { qrCodeDataUrl } from './qr-code.ts';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.ts';
import type { SecondFactorRepo } from './second-factor.repo.ts';
import { matchTotpStep, newTotpSecret, totpUri } from './totp.ts';

/** How long a proven second factor allows sensitive changes without asking again. */
export const STEP_UP_MINUTES = 5;
const CHALLENGE_MINUTES = 5;
/** Wrong step-up codes one session may try before it is ended. */
const STEP_UP_ATTEMPTS = 5;

export type TotpCheck = 'ok' | 'wrong' | 'used';

const totpContext = (userId: string) => `totp:${userId}`;

/** Authenticator apps, recovery codes and passkeys: enrolment, proof at sign-in, and step-up. */
export function createSecondFactorService(deps: {
  db: Executor;
  repo: SecondFactorRepo;
  identityRepo: IdentityRepo;
  cipher: EnvelopeCipher;
  clock: Clock;
  audit: AuditRecorder;
  ceremony: PasskeyCeremony;
  /** Told when a session is ended here (too many wrong step-up codes). */
  onSessionEnded: (sessionId: string) => void;
}) {
  const { db, repo, identityRepo, cipher, clock, audit, ceremony } = deps;

  const record = (
    actorUserId: string,
    action: string,
    origin: RequestOrigin | undefined,
    details?: Record<string, string | number | boolean | null>,
    outcome: 'success' | 'failure' = 'success',
  ) =>
    audit.record({
      actorUserId,
      action,
      outcome,
      ...(details ? { details } : {}),
      ...(origin ? { origin } : {}),
    });

  async function checkTotp(userId: string, code: string): Promise<TotpCheck> {
    const totp = await repo.findTotp(db, userId);
    if (!totp?.secretEnvelope) return 'wrong';
    const secret = cipher.decryptText(totp.secretEnvelope, totpContext(userId));
    const step = matchTotpStep(secret, code, clock.now());
    if (step === null) return 'wrong';
    return (await repo.claimTotpStep(db, userId, step)) ? 'ok' : 'used';
  }

  async function checkRecoveryCode(userId: string, code: string): Promise<boolean> {
    const normalised = normaliseRecoveryCode(code);
    if (!normalised) return false;
    return repo.useRecoveryCode(db, userId, hashRecoveryCode(normalised), clock.now());
  }

  async function checkPasskey(sessionId: string, userId: string, response: WebAuthnJson): Promise<boolean> {
    const challenge = await repo.takeChallenge(db, sessionId, 'authenticate', clock.now());
    if (!challenge) return false;
    const passkeys = await repo.listPasskeys(db, userId);
    const verified = await ceremony.verifyAuthentication(response, challenge, passkeys);
    if (!verified) return false;
    await repo.recordPasskeyUse(db, verified.passkey.id, verified.newCounter, clock.now());
    return true;
  }

  async function issueRecoveryCodes(executor: Executor, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    const hashes = codes.map((code) => hashRecoveryCode(normaliseRecoveryCode(code) as string));
    await repo.replaceRecoveryCodes(executor, userId, hashes);
    return codes;
  }

  /** Refuses a sensitive change unless a second factor was proven on this session in the last minutes. */
  async function requireFresh(actor: Actor): Promise<void> {
    const at = await identityRepo.secondFactorAt(db, actor.sessionId);
    if (!at || clock.now().getTime() - at.getTime() > STEP_UP_MINUTES * 60_000) {
      throw forbidden(
        'step_up_required',
        'Confirm it is you with your authenticator app, a passkey or a recovery code.',
      );
    }
  }

  async function strongFactorCount(userId: string): Promise<{ hasTotp: boolean; passkeys: number }> {
    const [totp, passkeys] = await Promise.all([repo.findTotp(db, userId), repo.listPasskeys(db, userId)]);
    return { hasTotp: Boolean(totp?.secretEnvelope), passkeys: passkeys.length };
  }

  const LAST_FACTOR = () =>
    conflict(
      'last_factor',
      'Two factors are required: add a passkey or an authenticator app before removing this one.',
    );

  return {
    /** The second factors the account can prove now; empty means it must enrol one first. */
    async methodsOf(userId: string): Promise<SecondFactorMethod[]> {
      const [{ hasTotp, passkeys }, recovery] = await Promise.all([
        strongFactorCount(userId),
        repo.countUnusedRecoveryCodes(db, userId),
      ]);
      if (!hasTotp && passkeys === 0) return [];
      return [
        ...(hasTotp ? (['totp'] as const) : []),
        ...(passkeys > 0 ? (['passkey'] as const) : []),
        ...(recovery > 0 ? (['recovery_code'] as const) : []),
      ];
    },

    checkTotp,
    checkRecoveryCode,

    async passkeyChallenge(sessionId: string, userId: string): Promise<WebAuthnJson> {
      const passkeys = await repo.listPasskeys(db, userId);
      if (passkeys.length === 0) throw notFound('no_passkeys', 'This account has no passkeys.');
      const options = await ceremony.authenticationOptions(passkeys);
      await repo.saveChallenge(db, {
        sessionId,
        purpose: 'authenticate',
        challenge: options.challenge,
        expiresAt: new Date(clock.now().getTime() + CHALLENGE_MINUTES * 60_000),
      });
      return options as unknown as WebAuthnJson;
    },

    checkPasskey,

    /**
     * A new authenticator-app secret to scan. Replacing an app in force is a sensitive change; the
     * first one (at enrolment) is not.
     */
    async setupTotp(who: { userId: string; email: string }, actor: Actor | null): Promise<TotpSetup> {
      const existing = await repo.findTotp(db, who.userId);
      if (existing?.secretEnvelope) {
        if (!actor) throw forbidden('totp_already_enrolled', 'An authenticator app is already set up.');
        await requireFresh(actor);
      }
      const secret = newTotpSecret();
      await repo.savePendingTotp(
        db,
        who.userId,
        cipher.encrypt(secret, totpContext(who.userId)),
        clock.now(),
      );
      const otpauthUri = totpUri(secret, who.email);
      return { secret, otpauthUri, qrCodeDataUrl: await qrCodeDataUrl(otpauthUri) };
    },

    /** Proves the app being set up with one of its codes; issues recovery codes if the account has none. */
    async confirmTotp(
      userId: string,
      code: string,
      origin?: RequestOrigin,
    ): Promise<{ recoveryCodes: string[] | null }> {
      const totp = await repo.findTotp(db, userId);
      if (!totp?.pendingSecretEnvelope) {
        throw notFound('no_totp_setup', 'Start setting up an authenticator app first.');
      }
      const secret = cipher.decryptText(totp.pendingSecretEnvelope, totpContext(userId));
      const step = matchTotpStep(secret, code, clock.now());
      if (step === null) {
        throw unauthorized(
          'invalid_second_factor',
          'That code is not right. Check the time on your phone and try the current code.',
        );
      }
      return withTransaction(db, async (trx) => {
        await repo.confirmPendingTotp(trx, userId, clock.now(), step);
        const hasCodes = (await repo.countUnusedRecoveryCodes(trx, userId)) > 0;
        const recoveryCodes = hasCodes ? null : await issueRecoveryCodes(trx, userId);
        await audit.record(
          {
            actorUserId: userId,
            action: 'factor.totp_enrolled',
            outcome: 'success',
            details: { recoveryCodesIssued: recoveryCodes !== null },
            ...(origin ? { origin } : {}),
          },
          trx,
        );
        return { recoveryCodes };
      });
    },

    /**
     * Puts an authenticator app in force without a code: only for provisioning accounts whose secret
     * is handed over out of band (the demo clinic, test fixtures), never reachable over HTTP.
     */
    async provisionTotp(userId: string, secret: string): Promise<void> {
      const now = clock.now();
      await repo.savePendingTotp(db, userId, cipher.encrypt(secret, totpContext(userId)), now);
      await repo.confirmPendingTotp(db, userId, now, 0);
    },

    async overview(actor: Actor): Promise<SecurityOverview> {
      const [totp, recovery, passkeys, at] = await Promise.all([
        repo.findTotp(db, actor.userId),
        repo.countUnusedRecoveryCodes(db, actor.userId),
        repo.listPasskeys(db, actor.userId),
        identityRepo.secondFactorAt(db, actor.sessionId),
      ]);
      const freshUntil = at ? new Date(at.getTime() + STEP_UP_MINUTES * 60_000) : null;
      return {
        totp: totp?.confirmedAt ? { enabledAt: totp.confirmedAt.toISOString() } : null,
        recoveryCodesRemaining: recovery,
        passkeys: passkeys.map(toPasskeySummary),
        freshUntil: freshUntil && freshUntil > clock.now() ? freshUntil.toISOString() : null,
      };
    },

    /** Proves a second factor again on a finished session, for the next few minutes' sensitive changes. */
    async stepUp(
      actor: Actor,
      request: StepUpRequest | { method: 'passkey'; response: WebAuthnJson },
      origin?: RequestOrigin,
    ): Promise<Date> {
      const isOk =
        request.method === 'totp'
          ? (await checkTotp(actor.userId, request.code)) === 'ok'
          : request.method === 'passkey'
            ? await checkPasskey(actor.sessionId, actor.userId, request.response)
            : await checkRecoveryCode(actor.userId, request.code);
      if (!isOk) {
        await record(actor.userId, 'auth.step_up', origin, { method: request.method }, 'failure');
        const failures = await identityRepo.countSecondFactorFailure(
          db,
          actor.sessionId,
          STEP_UP_ATTEMPTS,
          clock.now(),
        );
        if (failures >= STEP_UP_ATTEMPTS) deps.onSessionEnded(actor.sessionId);
        throw unauthorized('invalid_second_factor', 'That code is not right, or it has been used already.');
      }
      const now = clock.now();
      await identityRepo.markSecondFactor(db, actor.sessionId, now);
      await record(actor.userId, 'auth.step_up', origin, { method: request.method });
      return new Date(now.getTime() + STEP_UP_MINUTES * 60_000);
    },

    async regenerateRecoveryCodes(actor: Actor, origin?: RequestOrigin): Promise<string[]> {
      await requireFresh(actor);
      const { hasTotp, passkeys } = await strongFactorCount(actor.userId);
      if (!hasTotp && passkeys === 0)
        throw conflict('no_factor', 'Set up an authenticator app or a passkey first.');
      return withTransaction(db, async (trx) => {
        const codes = await issueRecoveryCodes(trx, actor.userId);
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'factor.recovery_codes_generated',
            outcome: 'success',
            ...(origin ? { origin } : {}),
          },
          trx,
        );
        return codes;
      });
    },

    async removeTotp(actor: Actor, origin?: RequestOrigin): Promise<void> {
      await requireFresh(actor);
      const { hasTotp, passkeys } = await strongFactorCount(actor.userId);
      if (!hasTotp) throw notFound('no_totp', 'No authenticator app is set up.');
      if (passkeys === 0) throw LAST_FACTOR();
      await repo.deleteTotp(db, actor.userId);
      await record(actor.userId, 'factor.totp_removed', origin);
    },

    async passkeyRegistrationOptions(actor: Actor): Promise<WebAuthnJson> {
      const existing = await repo.listPasskeys(db, actor.userId);
      const options = await ceremony.registrationOptions(actor, existing);
      await repo.saveChallenge(db, {
        sessionId: actor.sessionId,
        purpose: 'register',
        challenge: options.challenge,
        expiresAt: new Date(clock.now().getTime() + CHALLENGE_MINUTES * 60_000),
      });
      return options as unknown as WebAuthnJson;
    },

    async registerPasskey(
      actor: Actor,
      name: string,
      response: WebAuthnJson,
      origin?: RequestOrigin,
    ): Promise<PasskeySummary> {
      const challenge = await repo.takeChallenge(db, actor.sessionId, 'register', clock.now());
      if (!challenge)
        throw new AppError('passkey_challenge_expired', 400, 'The passkey request expired. Try again.');
      const credential = await ceremony.verifyRegistration(response, challenge);
      if (!credential)
        throw new AppError('passkey_not_verified', 400, 'The passkey could not be verified. Try again.');
      const id = await repo.insertPasskey(db, { userId: actor.userId, name, ...credential });
      await record(actor.userId, 'factor.passkey_added', origin);
      const passkey = (await repo.listPasskeys(db, actor.userId)).find((p) => p.id === id);
      if (!passkey) throw notFound('passkey_not_found', 'The passkey was not saved.');
      return toPasskeySummary(passkey);
    },

    async removePasskey(actor: Actor, passkeyId: string, origin?: RequestOrigin): Promise<void> {
      await requireFresh(actor);
      const { hasTotp, passkeys } = await strongFactorCount(actor.userId);
      if (!hasTotp && passkeys <= 1) throw LAST_FACTOR();
      if (!(await repo.deletePasskey(db, actor.userId, passkeyId))) {
        throw notFound('passkey_not_found', 'You have no passkey with this id.');
      }
      await record(actor.userId, 'factor.passkey_removed', origin);
    },
  };
}
export type SecondFactorService = ReturnType<typeof createSecondFactorService>;

function toPasskeySummary(p: {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}): PasskeySummary {
  return {
    id: p.id,
    name: p.name,
    createdAt: p.createdAt.toISOString(),
    lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
  };
}
