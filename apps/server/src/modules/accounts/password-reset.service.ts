import type { PasswordResetCompletion, PasswordResetResult, RequestAccepted } from '@nexus/contracts';
import type { Logger } from 'pino';
import { hashPassword } from '../../platform/auth/password.ts';
import { assertStrongPassword } from '../../platform/auth/password-strength.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { AccountDirectory } from './account-directory.ts';
import {
  linkTo,
  passwordChangedMail,
  passwordResetForDisabledAccountMail,
  passwordResetMail,
  passwordResetWithoutAccountMail,
} from './account-emails.ts';
import type { AccountsRepo } from './accounts.repo.ts';
import { linkError, linkProblem } from './link-errors.ts';
import { normaliseEmail } from './registration.service.ts';
import type { RequestLimits } from './request-limits.ts';

/** A reset link works this long. */
export const RESET_VALID_MINUTES = 30;

export const RESET_ACCEPTED: RequestAccepted = {
  status: 'accepted',
  message: `Check your e-mail: if an account uses this address, we have sent it a link to choose a new password. The link works for ${RESET_VALID_MINUTES} minutes.`,
};

/** Stands in for "no user" in statements that both paths run, so both cost the same. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** Forgotten passwords: a single-use, short-lived link by e-mail, then a new password. */
export function createPasswordResetService(deps: {
  db: Executor;
  repo: Pick<AccountsRepo, 'invalidateResets' | 'insertReset' | 'findReset' | 'markResetUsed'>;
  directory: Pick<
    AccountDirectory,
    'findUserByEmail' | 'findUserById' | 'setPasswordHash' | 'revokeAllSessions'
  >;
  outbox: MailOutbox;
  audit: AuditRecorder;
  limits: RequestLimits;
  clock: Clock;
  log: Logger;
  publicUrl: string;
  forgetUserSessions: (userId: string) => void;
}) {
  const { db, repo, directory, clock, audit, log } = deps;
  const resetAgain = `${deps.publicUrl}/forgot-password`;

  return {
    /**
     * Mails a reset link to an enabled account; to an address without one (or with a disabled one) it
     * mails why there is no link. Either way the same statements run and the answer is the same.
     */
    async request(emailInput: string, origin?: RequestOrigin): Promise<RequestAccepted> {
      const email = normaliseEmail(emailInput);
      await deps.limits.countSource('password-reset', origin?.sourceIp ?? null);
      await deps.limits.countAddress('password-reset', email);
      const user = await directory.findUserByEmail(db, email);
      const usable = user && !user.isDisabled ? user : undefined;
      const token = newToken();
      const now = clock.now();
      const mail = usable
        ? passwordResetMail(
            email,
            usable.displayName,
            linkTo(deps.publicUrl, 'reset-password', token),
            RESET_VALID_MINUTES,
          )
        : user
          ? passwordResetForDisabledAccountMail(email, user.displayName)
          : passwordResetWithoutAccountMail(email, `${deps.publicUrl}/sign-up`);
      await withTransaction(db, async (trx) => {
        await repo.invalidateResets(trx, user?.id ?? NO_USER, now);
        await repo.insertReset(trx, {
          userId: usable?.id ?? null,
          tokenHash: hashToken(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000),
          usedAt: usable ? null : now,
        });
        await deps.outbox.enqueue(mail, trx);
        await audit.record(
          {
            actorUserId: null,
            action: 'auth.password_reset_requested',
            outcome: 'success',
            resourceType: user ? 'user' : null,
            resourceId: user?.id ?? null,
            ...(origin ? { origin } : {}),
          },
          trx,
        );
      });
      return RESET_ACCEPTED;
    },

    /**
     * Sets the new password from a valid link, uses the link up, signs the account out everywhere and
     * tells its owner by e-mail. The second factor is untouched: it is still needed to sign in.
     */
    async complete(input: PasswordResetCompletion, origin?: RequestOrigin): Promise<PasswordResetResult> {
      const tokenHash = hashToken(input.token);
      const whatToDo = 'Ask for a new link on the "Forgot your password?" page.';
      const now = clock.now();
      const reset = await repo.findReset(db, tokenHash);
      const problem = linkProblem(reset, now);
      if (problem || !reset?.userId) throw linkError(problem ?? 'unknown', whatToDo);
      const user = await directory.findUserById(db, reset.userId);
      if (!user || user.isDisabled) throw linkError('unknown', whatToDo);
      // Checked and hashed before the transaction: argon2 takes tens of milliseconds.
      await assertStrongPassword(input.password, [user.email, user.displayName]);
      const passwordHash = await hashPassword(input.password);
      const ended = await withTransaction(db, async (trx) => {
        const locked = await repo.findReset(trx, tokenHash, true);
        const stillProblem = linkProblem(locked, clock.now());
        if (stillProblem) throw linkError(stillProblem, whatToDo);
        const changedAt = clock.now();
        await repo.markResetUsed(trx, reset.id, changedAt);
        await directory.setPasswordHash(trx, user.id, passwordHash, changedAt);
        const sessions = await directory.revokeAllSessions(trx, user.id, changedAt);
        await deps.outbox.enqueue(passwordChangedMail(user.email, user.displayName, resetAgain), trx);
        await audit.record(
          {
            actorUserId: user.id,
            action: 'auth.password_reset',
            outcome: 'success',
            resourceType: 'user',
            resourceId: user.id,
            details: { sessionsEnded: sessions },
            ...(origin ? { origin } : {}),
          },
          trx,
        );
        return sessions;
      });
      deps.forgetUserSessions(user.id);
      log.info({ userId: user.id, sessionsEnded: ended }, 'password reset');
      return { email: user.email };
    },
  };
}
export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
