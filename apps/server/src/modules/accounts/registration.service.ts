import type { RequestAccepted, SignUpRequest, VerifyEmailResult } from '@nexus/contracts';
import type { Logger } from 'pino';
import { hashPassword } from '../../platform/auth/password.ts';
import { assertStrongPassword } from '../../platform/auth/password-strength.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { IdentityService } from '../identity/index.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { AccountDirectory } from './account-directory.ts';
import { linkTo, signUpForExistingAccountMail, verificationMail } from './account-emails.ts';
import type { AccountsRepo } from './accounts.repo.ts';
import { linkError, linkProblem } from './link-errors.ts';
import type { RequestLimits } from './request-limits.ts';

/** A verification link works this long. */
export const REGISTRATION_VALID_HOURS = 24;

export const SIGN_UP_ACCEPTED: RequestAccepted = {
  status: 'accepted',
  message: `Check your e-mail: we have sent a message to the address you gave. Follow its link within ${REGISTRATION_VALID_HOURS} hours to finish creating your account.`,
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const registrationUnavailable = () =>
  new AppError(
    'registration_unavailable',
    503,
    'Registration is not open on this installation yet. Ask the clinic that runs it.',
  );

/** Patient self-registration: sign-up, then the e-mailed link creates the account. */
export function createRegistrationService(deps: {
  db: Executor;
  repo: Pick<AccountsRepo, 'insertPendingRegistration' | 'lockPendingRegistration' | 'markRegistrationUsed'>;
  directory: Pick<AccountDirectory, 'findUserByEmail' | 'registrationOrganisation'>;
  identity: Pick<IdentityService, 'createUser'>;
  outbox: MailOutbox;
  audit: AuditRecorder;
  limits: RequestLimits;
  clock: Clock;
  log: Logger;
  publicUrl: string;
  registrationOrganisationId: string | undefined;
}) {
  const { db, repo, directory, clock, audit, log } = deps;
  const organisation = async (executor: Executor) => {
    const id = await directory.registrationOrganisation(executor, deps.registrationOrganisationId);
    if (!id) throw registrationUnavailable();
    return id;
  };

  return {
    /**
     * Stores the sign-up and mails a verification link, or, if the address has an account already, mails
     * its owner a notice instead. Both ways do the same work (password hash, one registration row, one
     * mail, one audit entry) and answer the same, so neither the answer nor its timing tells which.
     */
    async signUp(input: SignUpRequest, origin?: RequestOrigin): Promise<RequestAccepted> {
      const email = normaliseEmail(input.email);
      await deps.limits.countSource('sign-up', origin?.sourceIp ?? null);
      await organisation(db);
      await assertStrongPassword(input.password, [email, input.displayName]);
      await deps.limits.countAddress('sign-up', email);
      const passwordHash = await hashPassword(input.password);
      const existing = await directory.findUserByEmail(db, email);
      const token = newToken();
      const now = clock.now();
      const mail = existing
        ? signUpForExistingAccountMail(email, existing.displayName, {
            signIn: `${deps.publicUrl}/sign-in`,
            resetPassword: `${deps.publicUrl}/forgot-password`,
          })
        : verificationMail(email, linkTo(deps.publicUrl, 'verify-email', token), REGISTRATION_VALID_HOURS);
      await withTransaction(db, async (trx) => {
        await repo.insertPendingRegistration(trx, {
          email,
          displayName: input.displayName,
          passwordHash,
          tokenHash: hashToken(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + REGISTRATION_VALID_HOURS * 3_600_000),
          // The token of a sign-up for a taken address is never sent; the row is stored spent.
          usedAt: existing ? now : null,
        });
        await deps.outbox.enqueue(mail, trx);
        await audit.record(
          {
            actorUserId: null,
            action: 'account.sign_up_requested',
            outcome: 'success',
            resourceType: existing ? 'user' : null,
            resourceId: existing?.id ?? null,
            ...(origin ? { origin } : {}),
          },
          trx,
        );
      });
      return SIGN_UP_ACCEPTED;
    },

    /** Creates the patient account of a verified sign-up; the link works once. */
    async verifyEmail(token: string, origin?: RequestOrigin): Promise<VerifyEmailResult> {
      const result = await withTransaction(db, async (trx) => {
        const registration = await repo.lockPendingRegistration(trx, hashToken(token));
        const now = clock.now();
        const problem = linkProblem(registration, now);
        if (problem || !registration)
          throw linkError(problem ?? 'unknown', 'Sign up again to get a new link.');
        await repo.markRegistrationUsed(trx, registration.id, now);
        if (await directory.findUserByEmail(trx, registration.email)) {
          throw new AppError(
            'already_registered',
            400,
            'This e-mail address already has an account. Sign in, or reset your password if you have forgotten it.',
          );
        }
        const userId = await deps.identity.createUser(
          {
            email: registration.email,
            displayName: registration.displayName,
            passwordHash: registration.passwordHash,
            memberships: [{ organisationId: await organisation(trx), role: 'patient' }],
          },
          trx,
        );
        await audit.record(
          {
            actorUserId: userId,
            action: 'account.registered',
            outcome: 'success',
            resourceType: 'user',
            resourceId: userId,
            ...(origin ? { origin } : {}),
          },
          trx,
        );
        return { userId, email: registration.email };
      });
      log.info({ userId: result.userId }, 'account registered');
      return { email: result.email };
    },
  };
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
