import type { AssignableRole, Member } from '@nexus/contracts';
import type { Logger } from 'pino';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { PatientRecordCreated } from '../fhir/patient-resources.ts';
import type { MemberRow, MembersRepo } from './members.repo.ts';

const present = (row: MemberRow, actor: Actor): Member => ({
  userId: row.userId,
  displayName: row.displayName,
  email: row.email,
  roles: row.roles,
  status: row.isDisabled ? 'disabled' : 'active',
  isYou: row.userId === actor.userId,
});

const memberNotFound = () => notFound('member_not_found', 'This organisation has no member with this id.');

/**
 * An organisation's administration of its members: roles, and disabling or re-enabling accounts.
 * Who may call it is the routes' access rule (organisation.manage-members); the rules here protect
 * administrators from locking themselves or a platform administrator out.
 */
export function createMembersService(deps: {
  db: Executor;
  repo: MembersRepo;
  clock: Clock;
  audit: AuditRecorder;
  log: Logger;
  /** Drops the user's cached sessions, so a change of roles or status applies to their next request. */
  onAccountChanged: (userId: string) => void;
  /** Gives a new patient record its FHIR Patient resource, in the same transaction. */
  onPatientRecordCreated?: PatientRecordCreated;
}) {
  const { db, repo, clock, audit, log, onAccountChanged } = deps;
  const isPlatformAdmin = (actor: Actor) => actor.memberships.some((m) => m.role === 'platform_admin');

  /** The member, checked to be one the actor may change. */
  async function changeableMember(trx: Executor, actor: Actor, organisationId: string, userId: string) {
    const member = await repo.find(trx, organisationId, userId);
    if (!member) throw memberNotFound();
    if (!isPlatformAdmin(actor) && (await repo.holdsRoleAnywhere(trx, userId, 'platform_admin'))) {
      throw forbidden(
        'member_protected',
        'Only a platform administrator can change a platform administrator.',
      );
    }
    return member;
  }

  async function setDisabled(
    actor: Actor,
    organisationId: string,
    userId: string,
    isDisabled: boolean,
    origin: RequestOrigin,
  ): Promise<Member> {
    if (isDisabled && userId === actor.userId) {
      throw conflict('cannot_disable_self', 'You cannot disable your own account.');
    }
    const changed = await withTransaction(db, async (trx) => {
      const member = await changeableMember(trx, actor, organisationId, userId);
      if (member.isDisabled === isDisabled) return member;
      const now = clock.now();
      await repo.setDisabled(trx, userId, isDisabled, now);
      const sessionsEnded = isDisabled ? await repo.revokeAllSessions(trx, userId, now) : 0;
      await audit.record(
        {
          actorUserId: actor.userId,
          action: isDisabled ? 'account.disabled' : 'account.enabled',
          outcome: 'success',
          resourceType: 'user',
          resourceId: userId,
          details: isDisabled ? { organisationId, sessionsEnded } : { organisationId },
          origin,
        },
        trx,
      );
      log.info({ userId, organisationId, isDisabled }, 'account status changed');
      return { ...member, isDisabled };
    });
    onAccountChanged(userId);
    return present(changed, actor);
  }

  return {
    async list(actor: Actor, organisationId: string): Promise<Member[]> {
      return (await repo.list(db, organisationId)).map((row) => present(row, actor));
    },

    /** Sets the member's roles here; platform_admin is neither given nor taken away this way. */
    async changeRoles(
      actor: Actor,
      organisationId: string,
      userId: string,
      roles: readonly AssignableRole[],
      origin: RequestOrigin,
    ): Promise<Member> {
      const updated = await withTransaction(db, async (trx) => {
        const member = await changeableMember(trx, actor, organisationId, userId);
        if (userId === actor.userId && member.roles.includes('org_admin') && !roles.includes('org_admin')) {
          throw conflict('cannot_remove_own_admin', 'You cannot remove your own administrator role here.');
        }
        await repo.replaceRoles(trx, organisationId, userId, roles, ['platform_admin']);
        if (roles.includes('patient')) {
          const patientId = await repo.ensurePatientRecord(trx, userId, member.displayName);
          if (patientId)
            await deps.onPatientRecordCreated?.(trx, { id: patientId, displayName: member.displayName });
        }
        const after = await repo.find(trx, organisationId, userId);
        if (!after) throw memberNotFound();
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'account.roles_changed',
            outcome: 'success',
            resourceType: 'user',
            resourceId: userId,
            details: { organisationId, previousRoles: member.roles.join(','), roles: after.roles.join(',') },
            origin,
          },
          trx,
        );
        return after;
      });
      onAccountChanged(userId);
      return present(updated, actor);
    },

    disable: (actor: Actor, organisationId: string, userId: string, origin: RequestOrigin) =>
      setDisabled(actor, organisationId, userId, true, origin),

    enable: (actor: Actor, organisationId: string, userId: string, origin: RequestOrigin) =>
      setDisabled(actor, organisationId, userId, false, origin),
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
