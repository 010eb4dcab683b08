import type {
  Invitation,
  InvitationAcceptance,
  InvitationAccepted,
  InvitationLookup,
  InvitationRequest,
} from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/password.ts';
import { assertStrongPassword } from '../../platform/auth/password-strength.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { IdentityService } from '../identity/index.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { AccountDirectory } from './account-directory.ts';
import { invitationMail, linkTo } from './account-emails.ts';
import { toInvitation } from './accounts.presenter.ts';
import type { AccountsRepo, InvitationRow } from './accounts.repo.ts';
import { linkError, linkProblem } from './link-errors.ts';
import { normaliseEmail } from './registration.service.ts';

/** An invitation link works this long. */
export const INVITATION_VALID_DAYS = 7;
/** Wrong passwords an existing account may give to accept before the invitation is withdrawn. */
const ACCEPT_ATTEMPTS = 5;
const LIST_LIMIT = 200;

const ASK_AGAIN = 'Ask the organisation for a new invitation.';

/** Invitations to an organisation, sent by its administrators, accepted through the e-mailed link. */
export function createInvitationsService(deps: {
  db: Executor;
  repo: AccountsRepo;
  directory: Pick<
    AccountDirectory,
    'findUserByEmail' | 'hasMembership' | 'addMembership' | 'organisationName'
  >;
  identity: Pick<IdentityService, 'createUser'>;
  outbox: MailOutbox;
  audit: AuditRecorder;
  clock: Clock;
  log: Logger;
  publicUrl: string;
  forgetUserSessions: (userId: string) => void;
}) {
  const { db, repo, directory, clock, audit, log } = deps;

  /** The invitation a link names, if it can still be accepted. */
  async function openInvitation(executor: Executor, token: string, lock = false): Promise<InvitationRow> {
    const invitation = await repo.findInvitationByToken(executor, hashToken(token), lock);
    const problem = linkProblem(
      invitation && {
        usedAt: invitation.acceptedAt,
        expiresAt: invitation.expiresAt,
        revokedAt: invitation.revokedAt,
      },
      clock.now(),
    );
    if (problem || !invitation) throw linkError(problem ?? 'unknown', ASK_AGAIN);
    return invitation;
  }

  return {
    async invite(
      actor: Actor,
      organisationId: string,
      input: InvitationRequest,
      origin?: RequestOrigin,
    ): Promise<Invitation> {
      const email = normaliseEmail(input.email);
      const organisationName = await directory.organisationName(db, organisationId);
      if (!organisationName) throw notFound('organisation_not_found', 'This organisation does not exist.');
      const user = await directory.findUserByEmail(db, email);
      if (user && (await directory.hasMembership(db, user.id, organisationId, input.role))) {
        throw conflict('already_member', 'This person already holds that role in your organisation.');
      }
      const token = newToken();
      const now = clock.now();
      const id = await withTransaction(db, async (trx) => {
        await repo.revokeOpenInvitations(trx, organisationId, email, now);
        const invitationId = await repo.insertInvitation(trx, {
          organisationId,
          email,
          displayName: input.displayName,
          role: input.role,
          tokenHash: hashToken(token),
          invitedBy: actor.userId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
        });
        await deps.outbox.enqueue(
          invitationMail(
            email,
            {
              displayName: input.displayName,
              organisationName,
              role: input.role,
              inviterName: actor.displayName,
            },
            linkTo(deps.publicUrl, 'accept-invitation', token),
            INVITATION_VALID_DAYS,
          ),
          trx,
        );
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'account.invited',
            outcome: 'success',
            resourceType: 'invitation',
            resourceId: invitationId,
            details: { organisationId, role: input.role },
            ...(origin ? { origin } : {}),
          },
          trx,
        );
        return invitationId;
      });
      log.info({ invitationId: id, organisationId }, 'invitation sent');
      const created = await repo.findInvitation(db, organisationId, id);
      if (!created) throw notFound('invitation_not_found', 'This invitation does not exist.');
      return toInvitation(created, clock.now());
    },

    async list(_actor: Actor, organisationId: string): Promise<Invitation[]> {
      const now = clock.now();
      return (await repo.listInvitations(db, organisationId, LIST_LIMIT)).map((row) =>
        toInvitation(row, now),
      );
    },

    /** Withdraws an invitation that has not been accepted; withdrawing twice is fine. */
    async revoke(
      actor: Actor,
      organisationId: string,
      invitationId: string,
      origin?: RequestOrigin,
    ): Promise<void> {
      await withTransaction(db, async (trx) => {
        const invitation = await repo.findInvitation(trx, organisationId, invitationId);
        if (!invitation) throw notFound('invitation_not_found', 'This invitation does not exist.');
        if (invitation.acceptedAt) {
          throw conflict(
            'invitation_accepted',
            'This invitation has been accepted; change the member’s roles instead.',
          );
        }
        if (invitation.revokedAt) return;
        await repo.revokeInvitation(trx, invitationId, clock.now());
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'account.invitation_revoked',
            outcome: 'success',
            resourceType: 'invitation',
            resourceId: invitationId,
            details: { organisationId },
            ...(origin ? { origin } : {}),
          },
          trx,
        );
      });
    },

    /** What the accept page shows. Only the holder of the link (the invitee's mailbox) can ask. */
    async lookup(token: string): Promise<InvitationLookup> {
      const invitation = await openInvitation(db, token);
      return {
        organisationName: invitation.organisationName,
        role: invitation.role,
        email: invitation.email,
        displayName: invitation.displayName,
        hasAccount: (await directory.findUserByEmail(db, invitation.email)) !== undefined,
      };
    },

    /**
     * Accepts an invitation: a new address gets an account with the chosen (strength-checked) password;
     * an existing account proves itself with its current password and gains the membership.
     */
    async accept(input: InvitationAcceptance, origin?: RequestOrigin): Promise<InvitationAccepted> {
      const invitation = await openInvitation(db, input.token);
      const user = await directory.findUserByEmail(db, invitation.email);
      const done = (isNewAccount: boolean): InvitationAccepted => ({
        email: invitation.email,
        organisationName: invitation.organisationName,
        role: invitation.role,
        isNewAccount,
      });

      if (!user) {
        const displayName = input.displayName ?? invitation.displayName;
        await assertStrongPassword(input.password, [invitation.email, displayName]);
        const passwordHash = await hashPassword(input.password);
        await withTransaction(db, async (trx) => {
          await openInvitation(trx, input.token, true);
          const userId = await deps.identity.createUser(
            {
              email: invitation.email,
              displayName,
              passwordHash,
              memberships: [{ organisationId: invitation.organisationId, role: invitation.role }],
            },
            trx,
          );
          await accepted(trx, invitation, userId, true, origin);
        });
        return done(true);
      }

      if (user.isDisabled) {
        await verifyAgainstDummy(input.password);
        throw new AppError(
          'account_disabled',
          400,
          'The account with this address is disabled. Ask your organisation’s administrator.',
        );
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        await wrongPassword(invitation, user.id, origin);
      }
      await withTransaction(db, async (trx) => {
        await openInvitation(trx, input.token, true);
        await directory.addMembership(trx, user, invitation.organisationId, invitation.role);
        await accepted(trx, invitation, user.id, false, origin);
      });
      // The new role counts from the account's next request, not after the session cache's moment.
      deps.forgetUserSessions(user.id);
      return done(false);
    },
  };

  async function accepted(
    trx: Executor,
    invitation: InvitationRow,
    userId: string,
    isNewAccount: boolean,
    origin: RequestOrigin | undefined,
  ): Promise<void> {
    await repo.markInvitationAccepted(trx, invitation.id, userId, clock.now());
    await audit.record(
      {
        actorUserId: userId,
        action: 'account.invitation_accepted',
        outcome: 'success',
        resourceType: 'invitation',
        resourceId: invitation.id,
        details: { organisationId: invitation.organisationId, role: invitation.role, isNewAccount },
        ...(origin ? { origin } : {}),
      },
      trx,
    );
    log.info({ invitationId: invitation.id, userId }, 'invitation accepted');
  }

  /** Counts the wrong password; after a few the invitation is withdrawn. Always throws. */
  async function wrongPassword(
    invitation: InvitationRow,
    userId: string,
    origin?: RequestOrigin,
  ): Promise<never> {
    const isWithdrawn = await withTransaction(db, async (trx) => {
      const failures = await repo.countInvitationFailure(trx, invitation.id);
      const withdraw = failures >= ACCEPT_ATTEMPTS;
      if (withdraw) await repo.revokeInvitation(trx, invitation.id, clock.now());
      await audit.record(
        {
          actorUserId: userId,
          action: 'account.invitation_accepted',
          outcome: 'failure',
          resourceType: 'invitation',
          resourceId: invitation.id,
          details: { reason: 'wrong_password', withdrawn: withdraw },
          ...(origin ? { origin } : {}),
        },
        trx,
      );
      return withdraw;
    });
    if (isWithdrawn) throw linkError('revoked', `Too many wrong passwords. ${ASK_AGAIN}`);
    throw new AppError('wrong_password', 400, 'This is not the password of your account.', [
      { pointer: '/body/password', detail: 'Enter the current password of your LifeCare Nexus account.' },
    ]);
  }
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
